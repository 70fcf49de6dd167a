// Bank views over lint's StoryReports (see bank.h).
#include "views/bank.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "lint/infer.h"
#include "starbank/catalog.h"
#include "text/printable.h"
#include "text/tokens.h"
#include "views/render.h"

namespace starbank {
namespace {

bool Tagged(const StoryReport& s, const Principle& p) {
  return std::find(s.principles.begin(), s.principles.end(), p.id) != s.principles.end();
}

std::set<std::string> ContentStems(std::string_view text) {
  std::set<std::string> out;
  for (std::string& w : StemTokens(text)) {
    if (!IsStopStem(w)) out.insert(std::move(w));
  }
  return out;
}

// A Markdown table cell: one line, pipes escaped, no control characters.
std::string Cell(std::string_view text) {
  std::string out;
  for (char c : PrintableLine(text)) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) {
    if (!out.empty()) out += ", ";
    out += n.find(',') == std::string::npos ? n : "\"" + n + "\"";
  }
  return out;
}

const char* GapName(Gap gap) {
  switch (gap) {
    case Gap::kCovered:
      return "covered";
    case Gap::kNoBackup:
      return "no-backup";
    case Gap::kNoStory:
      return "no-story";
  }
  return "";
}

bool BetterStory(const StoryReport* a, const StoryReport* b) {
  return std::make_tuple(-a->score, a->seconds, a->file, a->line) <
         std::make_tuple(-b->score, b->seconds, b->file, b->line);
}

Gap Coverage::gap() const {
  if (stories.empty()) return Gap::kNoStory;
  return stories.size() < 2 ? Gap::kNoBackup : Gap::kCovered;
}

std::vector<Coverage> CoverageOf(const LintReport& report, const Catalog& catalog) {
  std::vector<Coverage> out;
  for (const Principle& p : catalog.principles()) {
    Coverage c;
    c.principle = &p;
    for (const StoryReport& s : report.stories) {
      if (Tagged(s, p)) c.stories.push_back(&s);
    }
    std::sort(c.stories.begin(), c.stories.end(), BetterStory);
    out.push_back(std::move(c));
  }
  return out;
}

PrincipleView ViewPrinciple(const LintReport& report, const Catalog& catalog,
                            const Principle& principle, double threshold) {
  PrincipleView view;
  view.principle = &principle;
  size_t index = catalog.IndexOf(principle);
  for (const StoryReport& s : report.stories) {
    if (Tagged(s, principle)) {
      view.tagged.push_back(&s);
    } else if (index < s.fit.size() && s.fit[index] >= threshold) {
      view.could_fit.push_back(CouldFit{&s, s.fit[index]});
    }
  }
  std::sort(view.tagged.begin(), view.tagged.end(), BetterStory);
  std::stable_sort(view.could_fit.begin(), view.could_fit.end(),
                   [](const CouldFit& a, const CouldFit& b) {
                     if (a.fit != b.fit) return a.fit > b.fit;
                     return BetterStory(a.story, b.story);
                   });
  return view;
}

bool SamePrompt(std::string_view a, std::string_view b) {
  std::set<std::string> x = ContentStems(a), y = ContentStems(b);
  if (x.empty() || y.empty()) return FoldName(a) == FoldName(b);
  size_t common = 0;
  for (const std::string& w : x) common += y.count(w);
  double jaccard =
      static_cast<double>(common) / static_cast<double>(x.size() + y.size() - common);
  return jaccard >= 0.6;
}

PromptsView MapPrompts(const LintReport& report, const Catalog& catalog,
                       const Principle* only) {
  PromptsView view;
  for (const Principle& p : catalog.principles()) {
    if (only != nullptr && only != &p) continue;
    for (const std::string& prompt : p.prompts) {
      PromptAnswers a;
      a.principle = &p;
      a.prompt = prompt;
      view.prompts.push_back(std::move(a));
    }
  }
  for (const StoryReport& s : report.stories) {
    std::set<size_t> matched;
    for (const std::string& own : s.prompts) {
      bool any = false;
      for (size_t i = 0; i < view.prompts.size(); ++i) {
        if (!SamePrompt(own, view.prompts[i].prompt)) continue;
        any = true;
        if (matched.insert(i).second) view.prompts[i].by_prompt.push_back(&s);
      }
      if (any || only != nullptr) continue;
      auto it = std::find_if(view.own.begin(), view.own.end(), [&](const OwnPrompt& o) {
        return SamePrompt(o.prompt, own);
      });
      if (it == view.own.end()) it = view.own.insert(view.own.end(), OwnPrompt{own, {}});
      if (std::find(it->stories.begin(), it->stories.end(), &s) == it->stories.end()) {
        it->stories.push_back(&s);
      }
    }
    for (size_t i = 0; i < view.prompts.size(); ++i) {
      if (!matched.count(i) && Tagged(s, *view.prompts[i].principle)) {
        view.prompts[i].by_principle.push_back(&s);
      }
    }
  }
  for (PromptAnswers& a : view.prompts) {
    std::sort(a.by_prompt.begin(), a.by_prompt.end(), BetterStory);
    std::sort(a.by_principle.begin(), a.by_principle.end(), BetterStory);
  }
  return view;
}

std::string RenderCheatSheet(const LintReport& report, const Catalog& catalog) {
  std::vector<Coverage> coverage = CoverageOf(report, catalog);
  std::string out = "# Story bank cheat sheet\n\n";
  int covered = 0, no_backup = 0, no_story = 0;
  for (const Coverage& c : coverage) {
    Gap g = c.gap();
    covered += g == Gap::kCovered;
    no_backup += g == Gap::kNoBackup;
    no_story += g == Gap::kNoStory;
  }
  out += fmt::format(
      "{} against {} ({}): {} with a backup, {} with one "
      "story, {} with none.\n\n",
      Counted(report.stories.size(), "story", "stories"),
      Counted(coverage.size(), "principle", "principles"), Printable(catalog.name()), covered, no_backup,
      no_story);

  out += "## Best story per principle\n\n";
  out += "| Principle | Story | Lead result | Time |\n| --- | --- | --- | ---: |\n";
  for (const Coverage& c : coverage) {
    const StoryReport* b = c.best();
    if (b == nullptr) continue;
    out += fmt::format("| {} | {} | {} | {} s |\n", Cell(c.principle->name),
                       Cell(b->title), Cell(b->lead_result), b->seconds);
  }

  out += "\n## Bank\n\n";
  out +=
      "| Story | Principles | Score | Time | File |\n| --- | --- | ---: | ---: | --- |\n";
  std::vector<const StoryReport*> bank;
  for (const StoryReport& s : report.stories) bank.push_back(&s);
  std::sort(bank.begin(), bank.end(), BetterStory);
  for (const StoryReport* s : bank) {
    std::vector<std::string> names;
    for (const std::string& id : s->principles) {
      const Principle* p = catalog.Find(id);
      names.push_back(p ? p->name : id);
    }
    out += fmt::format("| {} | {} | {} | {} s | `{}:{}` |\n", Cell(s->title),
                       Cell(JoinNames(names)), s->score, s->seconds, Printable(s->file), s->line);
  }

  out += "\n## Gaps\n\n";
  std::vector<std::string> none, backup;
  for (const Coverage& c : coverage) {
    if (c.gap() == Gap::kNoStory) none.push_back(c.principle->name);
    if (c.gap() == Gap::kNoBackup) backup.push_back(c.principle->name);
  }
  if (none.empty() && backup.empty())
    out += "Every principle has a primary and a backup story.\n";
  if (!none.empty()) out += "- **No story:** " + Cell(JoinNames(none)) + "\n";
  if (!backup.empty()) out += "- **No backup:** " + Cell(JoinNames(backup)) + "\n";
  return out;
}

}  // namespace starbank
