// `starbank map [PATH...]` and `starbank map --principle NAME [PATH...]`,
// plus the helpers every bank view shares (LoadBank, FindPrincipleOrReport).
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "io/config.h"
#include "lint/infer.h"
#include "report/reporters.h"
#include "rules/registry.h"
#include "text/printable.h"
#include "views/bank.h"
#include "views/render.h"

namespace starbank {
namespace {

constexpr size_t kNameWidth = 26;     // Principle column; the row fits 80 columns.
constexpr size_t kMinNameWidth = 12;  // Narrowest it gets on a small terminal.
constexpr size_t kMaxStrip = 24;      // Heatmap cells (one per story) at most.
constexpr size_t kMinStrip = 4;
// A coverage row besides the name and the cells: " nn best  time  " and
// "  no backup".
constexpr size_t kRowFixed = 1 + 2 + 1 + 4 + 1 + 5 + 2 + 2 + 9;
constexpr size_t kDefaultWidth = 80;  // Not a terminal: the layout of old.

struct MapArgs {
  std::vector<std::string> paths;
  std::string principle;
  std::string format = "text";
  LintOptions options;
};

const char* ScoreColor(int score) {
  return score >= 80 ? "32" : score >= 60 ? "33" : "31";  // green, yellow, red
}

// `s` made printable, cut to `width` columns and padded to them.
std::string Column(const std::string& s, size_t width) {
  std::string cut = FitWidth(Printable(s), width);
  return cut + std::string(width - std::min(width, DisplayWidth(cut)), ' ');
}

// How the coverage grid fits `columns`: the principle column and the number
// of story cells, narrowed (cells first, then names) on a small terminal.
struct Layout {
  size_t columns = kDefaultWidth;
  size_t name = kNameWidth;
  size_t strip = kMaxStrip;
};

Layout LayoutFor(int terminal) {
  Layout l;
  if (terminal <= 0) return l;
  l.columns = static_cast<size_t>(terminal);
  size_t room = l.columns > kRowFixed + l.name ? l.columns - kRowFixed - l.name : 0;
  l.strip = std::max(kMinStrip, std::min(kMaxStrip, room));
  if (kRowFixed + l.name + l.strip > l.columns) {
    size_t over = kRowFixed + l.name + l.strip - l.columns;
    l.name = std::max(kMinNameWidth, l.name > over ? l.name - over : 0);
  }
  return l;
}

// The stories the heatmap has a column for: the best `max`. Only those are
// put in order: Better is a total order (no two stories share a file and a
// line), so they are the first `max` of the whole bank sorted.
std::vector<const StoryReport*> StripStories(const BankStories& stories, size_t max) {
  std::vector<uint32_t> all(stories.size());
  for (size_t k = 0; k < all.size(); ++k) all[k] = static_cast<uint32_t>(k);
  auto better = [&](uint32_t a, uint32_t b) { return stories.Better(a, b); };
  if (all.size() > max) {
    std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(max), all.end(),
                      better);
    all.resize(max);
  } else {
    std::sort(all.begin(), all.end(), better);
  }
  std::vector<const StoryReport*> out;
  for (uint32_t k : all) out.push_back(&stories.Report(k));
  return out;
}

// CoverageOf and ViewPrinciple over the compact records, as ordinals: the
// stories tagged with one principle, best first, and the untagged ones whose
// fit reaches kCouldFitThreshold, best fit first.
struct Covered {
  const Principle* principle = nullptr;
  std::vector<uint32_t> stories;
  std::vector<std::pair<uint32_t, double>> could_fit;

  Gap gap() const {
    if (stories.empty()) return Gap::kNoStory;
    return stories.size() < 2 ? Gap::kNoBackup : Gap::kCovered;
  }
};

// Adds story k to `c` (the principle's), as tagged or as could-fit, unless
// it is there already (a principle tagged twice).
void AddKept(Covered* c, uint32_t k, bool tagged, float fit) {
  if (tagged) {
    if (c->stories.empty() || c->stories.back() != k) c->stories.push_back(k);
  } else if (fit >= kCouldFitThreshold) {
    c->could_fit.emplace_back(k, fit);
  }
}

// Best first: tagged stories by BetterStory, could-fit ones by fit, then so.
void RankCovered(const BankStories& stories, Covered* c) {
  auto better = [&](uint32_t a, uint32_t b) { return stories.Better(a, b); };
  std::sort(c->stories.begin(), c->stories.end(), better);
  std::stable_sort(c->could_fit.begin(), c->could_fit.end(), [&](const auto& a, const auto& b) {
    if (a.second != b.second) return a.second > b.second;
    return better(a.first, b.first);
  });
}

Covered CoverOne(const BankStories& stories, const Catalog& catalog, const Principle& p) {
  Covered c;
  c.principle = &p;
  size_t index = catalog.IndexOf(p);
  for (size_t k = 0; k < stories.size(); ++k) {
    stories.ForEachKept(k, [&](size_t principle, bool tagged, float fit) {
      if (principle == index) AddKept(&c, static_cast<uint32_t>(k), tagged, fit);
    });
  }
  RankCovered(stories, &c);
  return c;
}

// Only the best tagged story first, the rest as they come: all the grid
// prints of a principle is its best story and how many it has.
void BestFirst(const BankStories& stories, Covered* c) {
  auto best = std::min_element(c->stories.begin(), c->stories.end(),
                               [&](uint32_t a, uint32_t b) { return stories.Better(a, b); });
  if (best != c->stories.end()) std::iter_swap(c->stories.begin(), best);
}

// Every principle's, in one pass over the stories. `ranked`: each list in
// order (RankCovered); else only the best tagged story is first (BestFirst)
// and could-fit stories are not kept.
std::vector<Covered> CoverAll(const BankStories& stories, const Catalog& catalog,
                              bool ranked) {
  std::vector<Covered> out(catalog.principles().size());
  for (size_t i = 0; i < out.size(); ++i) out[i].principle = &catalog.principles()[i];
  for (size_t k = 0; k < stories.size(); ++k) {
    stories.ForEachKept(k, [&](size_t principle, bool tagged, float fit) {
      if (principle >= out.size() || (!ranked && !tagged)) return;
      AddKept(&out[principle], static_cast<uint32_t>(k), tagged, fit);
    });
  }
  for (Covered& c : out) ranked ? RankCovered(stories, &c) : BestFirst(stories, &c);
  return out;
}

// The three kinds of cell, as drawn with colour and without; the legend
// uses the same glyphs.
const char* Glyph(int kind, bool colour) {
  static const char* const kPlain[] = {"#", "+", "."};
  static const char* const kColour[] = {"\u2588", "\u2592", "\u00b7"};
  return colour ? kColour[kind] : kPlain[kind];
}

// One heatmap cell: tagged (by score band), inferred fit, or nothing.
std::string Cell(const StoryReport& s, const Principle& p, size_t index,
                 const Paint& paint) {
  bool tagged =
      std::find(s.principles.begin(), s.principles.end(), p.id) != s.principles.end();
  if (tagged) return paint(ScoreColor(s.score), Glyph(0, paint.on));
  if (index < s.fit.size() && s.fit[index] >= kCouldFitThreshold) {
    return paint("36", Glyph(1, paint.on));
  }
  return paint("90", Glyph(2, paint.on));
}

std::string GapText(Gap gap, const Paint& paint) {
  if (gap == Gap::kNoStory) return paint("31;1", "no story");
  if (gap == Gap::kNoBackup) return paint("33", "no backup");
  return "";
}

void PrintLegend(const std::vector<const StoryReport*>& strip, size_t total,
                 const Paint& paint, size_t columns) {
  std::string line = "stories:";
  size_t width = line.size();
  for (size_t i = 0; i < strip.size(); ++i) {
    std::string item = fmt::format(" {}={}", static_cast<char>('a' + i),
                                   FitWidth(Printable(strip[i]->id), columns - 11));
    if (width + DisplayWidth(item) > columns - 1) {
      std::cout << line << '\n';
      line = "        ";
      width = line.size();
    }
    line += item;
    width += DisplayWidth(item);
  }
  std::cout << line << '\n';
  if (total > strip.size()) {
    std::cout << fmt::format("({} not shown in the grid)\n",
                             Counted(total - strip.size(), "more story", "more stories"));
  }
  // The cells as drawn: the same glyphs and colours as the grid. One line,
  // or one item a line where that does not fit.
  std::string tagged =
      paint.on ? "tagged (colour: score 80+ green, 60+ yellow, lower red)" : "tagged";
  std::vector<std::pair<std::string, size_t>> items = {
      {paint("32", Glyph(0, paint.on)) + " " + tagged, 2 + tagged.size()},
      {paint("36", Glyph(1, paint.on)) + " untagged but the text fits", 28},
      {paint("90", Glyph(2, paint.on)) + " neither", 9}};
  size_t one_line = 7 + 2 * (items.size() - 1);
  for (const auto& item : items) one_line += item.second;
  std::string sep = one_line <= columns - 1 ? ", " : ",\n       ";
  std::cout << "cells: " << items[0].first << sep << items[1].first << sep << items[2].first
            << '\n';
}

void PrintCoverageText(const BankInput& bank, const Paint& paint, const Layout& layout) {
  const BankStories& stories = *bank.stories;
  std::vector<Covered> coverage = CoverAll(stories, *bank.catalog, false);
  std::vector<const StoryReport*> strip = StripStories(stories, layout.strip);
  std::string letters;
  for (size_t i = 0; i < strip.size(); ++i) letters += static_cast<char>('a' + i);
  std::cout << fmt::format("{} {:>2} {:>4} {:>5}  {:<{}}  {}\n",
                           Column("principle", layout.name), "n", "best", "time", letters,
                           strip.size(), "gap");
  std::vector<std::string> none, backup;
  for (const Covered& c : coverage) {
    const StoryReport* best = c.stories.empty() ? nullptr : &stories.Report(c.stories[0]);
    std::string cells;
    size_t index = bank.catalog->IndexOf(*c.principle);
    for (const StoryReport* s : strip) cells += Cell(*s, *c.principle, index, paint);
    std::string score =
        best ? paint(ScoreColor(best->score), fmt::format("{:>4}", best->score)) : "   -";
    std::string time = best ? fmt::format("{:>4}s", best->seconds) : "    -";
    std::string row = fmt::format("{} {:>2} {} {}  {}  {}",
                                  Column(c.principle->name, layout.name), c.stories.size(),
                                  score, time, cells, GapText(c.gap(), paint));
    while (!row.empty() && row.back() == ' ') row.pop_back();
    std::cout << row << '\n';
    if (c.gap() == Gap::kNoStory) none.push_back(c.principle->name);
    if (c.gap() == Gap::kNoBackup) backup.push_back(c.principle->name);
  }
  std::cout << '\n';
  if (!strip.empty()) PrintLegend(strip, stories.size(), paint, layout.columns);
  std::cout << fmt::format("\n{}, {}. ", Counted(stories.size(), "story", "stories"),
                           Counted(coverage.size(), "principle", "principles"));
  if (none.empty() && backup.empty()) {
    std::cout << "Every principle has a primary and a backup story.\n";
    return;
  }
  std::cout << "Gaps:\n";
  if (!none.empty()) {
    std::cout << WrapHanging("  no story:  ", Printable(JoinNames(none)), layout.columns - 1);
  }
  if (!backup.empty()) {
    std::cout << WrapHanging("  no backup: ", Printable(JoinNames(backup)), layout.columns - 1);
  }
}

nlohmann::json BriefJson(const StoryReport& s) {
  return {{"id", s.id},       {"file", s.file},   {"line", s.line},
          {"title", s.title}, {"score", s.score}, {"seconds", s.seconds}};
}

nlohmann::json BriefJson(const BankStories& stories, size_t k) {
  return {{"id", std::string(stories.Id(k))},
          {"file", std::string(stories.FileOf(k))},
          {"line", stories.Line(k)},
          {"title", std::string(stories.Title(k))},
          {"score", stories.Score(k)},
          {"seconds", stories.Seconds(k)}};
}

void PrintCoverageJson(const BankInput& bank) {
  nlohmann::json rows = nlohmann::json::array();
  int counts[3] = {0, 0, 0};
  const BankStories& all = *bank.stories;
  for (const Covered& c : CoverAll(all, *bank.catalog, true)) {
    nlohmann::json stories = nlohmann::json::array();
    for (uint32_t k : c.stories) stories.push_back(BriefJson(all, k));
    nlohmann::json could = nlohmann::json::array();
    for (const auto& f : c.could_fit) could.push_back(std::string(all.Id(f.first)));
    ++counts[static_cast<int>(c.gap())];
    rows.push_back({{"principle", c.principle->id},
                    {"name", c.principle->name},
                    {"count", c.stories.size()},
                    {"best", c.stories.empty() ? nlohmann::json(nullptr)
                                               : BriefJson(all, c.stories[0])},
                    {"gap", GapName(c.gap())},
                    {"stories", stories},
                    {"could_fit", could}});
  }
  nlohmann::json j = {{"version", 1},
                      {"principles", rows},
                      {"summary",
                       {{"stories", all.size()},
                        {"covered", counts[static_cast<int>(Gap::kCovered)]},
                        {"no_backup", counts[static_cast<int>(Gap::kNoBackup)]},
                        {"no_story", counts[static_cast<int>(Gap::kNoStory)]}}},
                      {"errors", ErrorsJson(bank.report.errors)}};
  std::cout << j.dump(2) << '\n';
}

// One ranked story: score, time and title, then its place and lead result
// under the title, each cut to the terminal's width (`columns`, 0: none);
// `practised`: when it was last practised ("" without a practice log).
void PrintEntry(const StoryReport& s, std::string_view head, size_t columns,
                const std::string& practised, const std::string& told) {
  size_t indent = 2 + head.size() + 13;
  auto fit = [&](const std::string& text) {
    std::string p = Printable(text);
    return columns > indent + 10 ? FitWidth(p, columns - indent - 1) : p;
  };
  std::cout << fmt::format("  {}  {:>3}  {:>4}s  {}\n", head, s.score, s.seconds,
                           fit(s.title));
  std::cout << fmt::format("  {:{}}  {}:{}\n", "", head.size() + 11, Printable(s.file),
                           s.line);
  if (!practised.empty()) {
    std::cout << fmt::format("  {:{}}  {}\n", "", head.size() + 11, practised);
  }
  if (!told.empty())
    std::cout << fmt::format("  {:{}}  {}\n", "", head.size() + 11, told);
  if (!s.lead_result.empty()) {
    std::cout << fmt::format("  {:{}}  {}\n", "", head.size() + 11, fit(s.lead_result));
  }
}

void PrintPrincipleText(const PrincipleView& view, size_t columns,
                        std::map<std::string, std::string> practised,
                        const Tellings& tellings) {
  const std::string name = Printable(view.principle->name);
  std::cout << fmt::format("{}: {} tagged stor{}, best first\n", name, view.tagged.size(),
                           view.tagged.size() == 1 ? "y" : "ies");
  if (view.tagged.empty()) {
    std::cout << fmt::format(
        "  none yet; start one with: starbank new \"TITLE\" "
        "--principle \"{}\"\n",
        name);
  }
  for (size_t i = 0; i < view.tagged.size(); ++i) {
    PrintEntry(*view.tagged[i], fmt::format("{:>2}.", i + 1), columns,
               practised[view.tagged[i]->id], ToldLine(tellings, view.tagged[i]->id));
  }
  std::cout << fmt::format("\ncould also fit (untagged, inferred fit >= {:.2f}):\n",
                           kCouldFitThreshold);
  if (view.could_fit.empty()) std::cout << "  none\n";
  for (const CouldFit& f : view.could_fit) {
    PrintEntry(*f.story, fmt::format("fit {:.2f}", f.fit), columns,
               practised[f.story->id], ToldLine(tellings, f.story->id));
  }
}

void PrintPrincipleJson(const PrincipleView& view, const LintReport& report,
                        const Tellings& tellings) {
  nlohmann::json tagged = nlohmann::json::array(), could = nlohmann::json::array();
  for (const StoryReport* s : view.tagged) {
    nlohmann::json j = BriefJson(*s);
    j["lead_result"] = s->lead_result;
    if (!tellings.rounds.empty()) j["interviews"] = TellingsJson(tellings, s->id);
    tagged.push_back(j);
  }
  for (const CouldFit& f : view.could_fit) {
    nlohmann::json j = BriefJson(*f.story);
    j["lead_result"] = f.story->lead_result;
    j["fit"] = RoundFit(f.fit);
    if (!tellings.rounds.empty()) j["interviews"] = TellingsJson(tellings, f.story->id);
    could.push_back(j);
  }
  nlohmann::json j = {
      {"version", 1},
      {"principle", {{"id", view.principle->id}, {"name", view.principle->name}}},
      {"stories", tagged},
      {"could_fit", could},
      {"threshold", kCouldFitThreshold},
      {"errors", ErrorsJson(report.errors)}};
  std::cout << j.dump(2) << '\n';
}

int RunMap(const cli::Command& cmd, const MapArgs& args, GlobalOptions* g) {
  BankInput bank;
  bank.stories = std::make_unique<BankStories>(args.principle);  // leads for --principle only
  if (!LoadBank(cmd, args.paths, args.options, g, &bank)) return kExitError;
  bool json = args.format == "json";
  if (!json) PrintLoadErrors(bank.report);
  if (!args.principle.empty()) {
    const Principle* p = FindPrincipleOrReport(*bank.catalog, args.principle);
    if (p == nullptr) return kExitError;
    Covered c = CoverOne(*bank.stories, *bank.catalog, *p);
    PrincipleView view;
    view.principle = p;
    for (uint32_t k : c.stories) view.tagged.push_back(&bank.stories->Report(k));
    for (const auto& f : c.could_fit) {
      view.could_fit.push_back(CouldFit{&bank.stories->Report(f.first), f.second});
    }
    Tellings tellings;
    ReadTellings(bank.config, &tellings);
    if (json) {
      PrintPrincipleJson(view, bank.report, tellings);
    } else {
      std::vector<const StoryReport*> shown = view.tagged;
      for (const CouldFit& f : view.could_fit) shown.push_back(f.story);
      PrintPrincipleText(view,
                         static_cast<size_t>(std::max(0, TerminalWidth(STDOUT_FILENO))),
                         PracticedLines(bank, &shown), tellings);
    }
  } else if (json) {
    PrintCoverageJson(bank);
  } else {
    PrintCoverageText(bank, Paint{UseColor(g->color, STDOUT_FILENO)},
                      LayoutFor(TerminalWidth(STDOUT_FILENO)));
  }
  return bank.report.errors.empty() ? kExitOk : kExitError;
}

}  // namespace

void RegisterMap(cli::Command& app, CommandContext& ctx) {
  auto args = std::make_shared<MapArgs>();
  cli::Command* cmd = app.add_subcommand(
      "map", "Show which principles the bank covers, and the best story for each");
  cmd->footer(
      "Examples:\n"
      "  starbank map stories/                       coverage and gaps per principle\n"
      "  starbank map --principle \"Deliver Results\"  its stories, best first, then\n"
      "                                              untagged stories that could fit\n"
      "  starbank map --principle dive-deep --format json\n\n"
      "A principle needs two stories, a primary and a backup; fewer is a gap.\n"
      "Exit status: 0 shown, 2 unknown principle, usage, config or load errors.");
  cmd->add_option("paths", args->paths, "Story files or folders (default: .)");
  cmd->add_option("-p,--principle", args->principle,
                  "List the stories for one principle (name, id or alias)");
  cmd->add_option("-f,--format", args->format, "Output format")
      ->check(cli::IsMember({"text", "json"}));
  AddLintOptions(*cmd, &args->options);
  cmd->callback([cmd, args, &ctx] {
    ctx.run = [cmd, args, &ctx] { return RunMap(*cmd, *args, &ctx.globals); };
  });
}

}  // namespace starbank
