#include "views/drill.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "rules/registry.h"
#include "starbank/catalog.h"
#include "starbank/lint.h"
#include "text/printable.h"
#include "text/tokens.h"
#include "views/bank.h"
#include "views/render.h"

namespace starbank {
namespace {

// The rules an interviewer probes, in the order they ask: each rule's
// follow-up question and its order are in its data file (data/rules).
std::vector<const Rule*> ProbedRules() {
  std::vector<const Rule*> out;
  for (const Rule* r : AllRules()) {
    if (r->probe().order > 0) out.push_back(r);
  }
  std::stable_sort(out.begin(), out.end(), [](const Rule* a, const Rule* b) {
    return a->probe().order < b->probe().order;
  });
  return out;
}

// A pick in [0, n) that is the same on every platform for a seed (the
// standard distributions are not).
size_t Pick(std::mt19937* rng, size_t n) { return n == 0 ? 0 : (*rng)() % n; }

std::string PreparedAnswer(const std::string& question,
                           const std::vector<Followup>& prepared) {
  for (const Followup& f : prepared) {
    if (SamePrompt(question, f.question)) return f.answer;
  }
  return "";
}

}  // namespace

std::vector<StoryStatus> StatusOf(const std::vector<StoryReport>& stories,
                                  const std::vector<PracticeEntry>& log, int max_seconds,
                                  Day today) {
  std::vector<const StoryReport*> all;
  for (const StoryReport& s : stories) all.push_back(&s);
  return StatusOf(all, log, max_seconds, today);
}

std::vector<StoryStatus> StatusOf(const std::vector<const StoryReport*>& stories,
                                  const std::vector<PracticeEntry>& log, int max_seconds,
                                  Day today) {
  // Oldest first; the file is append-only, but a union merge can interleave.
  std::vector<const PracticeEntry*> sorted;
  for (const PracticeEntry& e : log) sorted.push_back(&e);
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
    return ParseIsoDay(a->at).value_or(0) < ParseIsoDay(b->at).value_or(0);
  });
  std::map<std::string, std::vector<const PracticeEntry*>> by_story;
  for (const PracticeEntry* e : sorted) by_story[e->story].push_back(e);
  std::vector<StoryStatus> out;
  for (const StoryReport* s : stories) {
    StoryStatus status;
    status.story = s;
    std::vector<Rated> rated;
    for (const PracticeEntry* e : by_story[s->id]) {
      rated.push_back({ParseIsoDay(e->at).value_or(0), e->rating, e->seconds});
      status.last_at = e->at;
    }
    status.state = Replay(rated, max_seconds);
    status.due = status.state.Due(today);
    out.push_back(std::move(status));
  }
  return out;
}

std::vector<const StoryStatus*> RankDue(const std::vector<StoryStatus>& statuses,
                                        Day today) {
  std::vector<const StoryStatus*> out;
  for (const StoryStatus& s : statuses) out.push_back(&s);
  auto group = [today](const StoryStatus* s) {
    return s->state.attempts == 0 ? 0 : s->due <= today ? 1 : 2;
  };
  std::stable_sort(out.begin(), out.end(),
                   [&](const StoryStatus* a, const StoryStatus* b) {
                     int ga = group(a), gb = group(b);
                     if (ga != gb) return ga < gb;
                     if (ga == 1) {
                       if (a->due != b->due) return a->due < b->due;
                       return a->state.last_rating < b->state.last_rating;
                     }
                     if (ga == 2) {
                       if (a->state.mean_rating != b->state.mean_rating)
                         return a->state.mean_rating < b->state.mean_rating;
                       return a->due < b->due;
                     }
                     return false;
                   });
  return out;
}

std::string ChoosePrompt(const Story& story, const Principle* principle,
                         bool principle_first, std::mt19937* rng) {
  const std::vector<std::string>* from = &story.prompts;
  bool catalog = principle != nullptr && !principle->prompts.empty();
  if (catalog && (principle_first || story.prompts.empty())) from = &principle->prompts;
  if (!from->empty()) return (*from)[Pick(rng, from->size())];
  return "Tell me about this: " + story.title.text;
}

std::vector<FollowupQuestion> ChooseFollowups(const std::vector<Diagnostic>& findings,
                                              const Principle* principle,
                                              const std::vector<Followup>& prepared,
                                              std::mt19937* rng) {
  std::vector<FollowupQuestion> out;
  static const std::vector<const Rule*> probed = ProbedRules();
  for (const Rule* rule : probed) {
    bool found = std::any_of(findings.begin(), findings.end(),
                             [&](const Diagnostic& d) { return d.rule == rule->id(); });
    if (found && out.size() < kMaxFollowups) {
      const std::string question = rule->probe().question;
      out.push_back({question, rule->id(), PreparedAnswer(question, prepared)});
    }
  }
  std::vector<std::string> pool;
  if (principle != nullptr) pool = principle->followups;
  while (out.size() < kMaxFollowups && !pool.empty()) {
    size_t i = Pick(rng, pool.size());
    std::string q = pool[i];
    pool.erase(pool.begin() + static_cast<std::ptrdiff_t>(i));
    bool repeat = std::any_of(out.begin(), out.end(), [&](const FollowupQuestion& f) {
      return SamePrompt(f.question, q);
    });
    if (!repeat) out.push_back({q, "", PreparedAnswer(q, prepared)});
  }
  return out;
}

std::string TimerBar(int seconds, bool color) {
  constexpr int kCells = 24, kSpan = 120;
  auto paint = [color](const char* code, const char* text) {
    return color ? std::string("\033[") + code + "m" + text + "\033[0m"
                 : std::string(text);
  };
  bool turned = seconds >= kWindowHigh;
  int filled = std::min(kCells, std::max(0, seconds) * kCells / kSpan);
  std::string bar = "[";
  for (int i = 0; i < kCells; ++i) {
    int at = i * kSpan / kCells;
    bool window = at >= kWindowLow && at < kWindowHigh;
    if (i < filled) {
      bar += color ? paint(turned ? "31" : "32", "\u2588") : (turned ? "#" : "=");
    } else {
      bar += window ? paint("33", "-") : paint("90", ".");
    }
  }
  return bar + "]";
}

std::string ClockText(int seconds) {
  return fmt::format("{}:{:02}", seconds / 60, seconds % 60);
}

std::string Verdict(int seconds, int max_seconds) {
  if (seconds > max_seconds)
    return fmt::format("over {} s: it comes back sooner; cut the setup", max_seconds);
  if (seconds > kWindowHigh) return "over the 60-90 s window";
  if (seconds >= kWindowLow) return "inside the 60-90 s window";
  return "short of the 60-90 s window";
}

std::optional<int> StatedSeconds(std::string line) {
  line = FoldSpace(line);
  if (!line.empty() && line.back() == 's') line.pop_back();
  if (line.empty() || line.size() > 5 ||
      line.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  return std::stoi(line);
}

const Principle* FirstPrinciple(const StoryReport& s, const Catalog& catalog) {
  return s.principles.empty() ? nullptr : catalog.Find(s.principles[0]);
}

std::vector<DrillItem> DueItems(const std::vector<const StoryReport*>& pool,
                                const std::vector<PracticeEntry>& log, int max_seconds,
                                Day today, size_t count, const Principle* only,
                                const Catalog& catalog) {
  std::vector<DrillItem> items;
  std::vector<StoryStatus> statuses = StatusOf(pool, log, max_seconds, today);
  for (const StoryStatus* s : RankDue(statuses, today)) {
    if (items.size() >= count) break;
    const StoryReport* story = s->story;
    items.push_back({story, only ? only : FirstPrinciple(*story, catalog), only != nullptr});
  }
  return items;
}

std::vector<Diagnostic> FindingsOf(const LintReport& report, const StoryReport& s) {
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : report.diagnostics) {
    if (d.file == s.file && d.story == s.id) out.push_back(d);
  }
  return out;
}

std::string DueText(const StoryStatus& s, Day today) {
  if (s.state.attempts == 0) return "now (new)";
  if (s.due < today) return fmt::format("{} overdue", IsoDate(s.due));
  return fmt::format("{} {}", IsoDate(s.due), RelativeDay(s.due, today));
}

std::string PracticedLine(const StoryStatus& s) {
  return s.state.attempts == 0
             ? "never practised"
             : fmt::format("practised {} (rated {}), due {}", IsoDate(*s.state.last),
                           s.state.last_rating, IsoDate(s.due));
}

std::string StatusText(const std::vector<const StoryStatus*>& ranked, Day today,
                       const std::string& log_path) {
  size_t width = 5;
  for (const StoryStatus* s : ranked) width = std::max(width, s->story->id.size());
  width = std::min<size_t>(width, 32);
  std::string out = fmt::format("{:<{}}  {:>5}  {:<10}  {:>6}  {:>11}  {}\n", "story", width,
                                "tries", "last", "rating", "time/est", "due");
  int due_now = 0, fresh = 0;
  for (const StoryStatus* s : ranked) {
    const StoryState& st = s->state;
    bool practised = st.attempts > 0;
    std::string rating = practised ? fmt::format("{:.1f}", st.mean_rating) : "-";
    std::string time = fmt::format(
        "{}/{}", practised ? ClockText(static_cast<int>(std::lround(st.mean_seconds))) : "-",
        ClockText(s->story->seconds));
    out += fmt::format("{:<{}}  {:>5}  {:<10}  {:>6}  {:>11}  {}\n",
                       Printable(s->story->id).substr(0, width), width, st.attempts,
                       practised ? IsoDate(*st.last) : "never", rating, time,
                       DueText(*s, today));
    if (s->due <= today) ++due_now;
    if (!practised) ++fresh;
  }
  out += fmt::format("\n{} of {} stor{} due today ({} never practised); log: {}\n", due_now,
                     ranked.size(), ranked.size() == 1 ? "y" : "ies", fresh,
                     Printable(log_path));
  if (due_now > 0) out += "Practise the most due one with: starbank drill\n";
  return out;
}

nlohmann::json StatusJson(const std::vector<const StoryStatus*>& ranked, Day today,
                          const std::string& log_path,
                          const std::vector<Diagnostic>& errors) {
  nlohmann::json stories = nlohmann::json::array();
  for (const StoryStatus* s : ranked) {
    const StoryState& st = s->state;
    bool practised = st.attempts > 0;
    auto or_null = [practised](auto v) {
      return practised ? nlohmann::json(v) : nlohmann::json(nullptr);
    };
    stories.push_back(
        {{"id", s->story->id},
         {"file", s->story->file},
         {"line", s->story->line},
         {"title", s->story->title},
         {"attempts", st.attempts},
         {"last_practised", practised ? nlohmann::json(IsoDate(*st.last)) : nullptr},
         {"last_rating", or_null(st.last_rating)},
         {"mean_rating", or_null(std::round(st.mean_rating * 100) / 100)},
         {"mean_seconds", or_null(std::lround(st.mean_seconds))},
         {"estimate", s->story->seconds},
         {"box", st.box},
         {"due", IsoDate(s->due)},
         {"due_now", s->due <= today}});
  }
  return {{"version", 1},
          {"log", log_path},
          {"today", IsoDate(today)},
          {"stories", stories},
          {"errors", ErrorsJson(errors)}};
}

}  // namespace starbank
