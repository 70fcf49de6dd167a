// `starbank map [PATH...]` and `starbank map --principle NAME [PATH...]`,
// plus the helpers every bank view shares (LoadBank, FindPrincipleOrReport).
#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "report/reporters.h"
#include "starbank/bank.h"
#include "starbank/config.h"
#include "starbank/infer.h"

namespace starbank {
namespace {

constexpr int kNameWidth = 26;  // Principle column; the row fits 80 columns.
constexpr int kMaxStrip = 24;   // Heatmap cells (one per story) at most.

struct MapArgs {
  std::vector<std::string> paths;
  std::string principle;
  std::string format = "text";
  LintOptions options;
};

// ANSI colour, or the text unchanged when colour is off.
struct Paint {
  bool on = false;
  std::string operator()(std::string_view code, std::string_view text) const {
    return on ? fmt::format("\033[{}m{}\033[0m", code, text) : std::string(text);
  }
};

const char* ScoreColor(int score) {
  return score >= 80 ? "32" : score >= 60 ? "33" : "31";  // green, yellow, red
}

std::string Truncate(const std::string& s, size_t width) {
  if (s.size() <= width) return s;
  return s.substr(0, width - 1) + "~";
}

// The stories the heatmap has a column for: the best kMaxStrip.
std::vector<const StoryReport*> StripStories(const LintReport& report) {
  std::vector<const StoryReport*> all;
  for (const StoryReport& s : report.stories) all.push_back(&s);
  std::sort(all.begin(), all.end(), BetterStory);
  if (all.size() > kMaxStrip) all.resize(kMaxStrip);
  return all;
}

// One heatmap cell: tagged (by score band), inferred fit, or nothing.
std::string Cell(const StoryReport& s, const Principle& p, size_t index,
                 const Paint& paint) {
  bool tagged =
      std::find(s.principles.begin(), s.principles.end(), p.id) != s.principles.end();
  if (tagged) return paint.on ? paint(ScoreColor(s.score), "\u2588") : "#";
  if (index < s.fit.size() && s.fit[index] >= kCouldFitThreshold) {
    return paint.on ? paint("36", "\u2592") : "+";
  }
  return paint.on ? paint("90", "\u00b7") : ".";
}

std::string GapText(Gap gap, const Paint& paint) {
  if (gap == Gap::kNoStory) return paint("31;1", "no story");
  if (gap == Gap::kNoBackup) return paint("33", "no backup");
  return "";
}

// `head` then `list`, wrapped at 80 columns under a hanging indent.
std::string WrapList(const std::string& head, const std::string& list) {
  std::string out = head, indent(head.size(), ' ');
  size_t column = head.size();
  for (size_t i = 0; i < list.size();) {
    size_t space = list.find(' ', i);
    std::string word =
        list.substr(i, space == std::string::npos ? std::string::npos : space - i);
    if (column > head.size() && column + 1 + word.size() > 79) {
      out += "\n" + indent;
      column = indent.size();
    } else if (column > head.size()) {
      out += ' ';
      ++column;
    }
    out += word;
    column += word.size();
    i = space == std::string::npos ? list.size() : space + 1;
  }
  return out + "\n";
}

void PrintLegend(const std::vector<const StoryReport*>& strip, size_t total) {
  std::string line = "stories:";
  for (size_t i = 0; i < strip.size(); ++i) {
    std::string item = fmt::format(" {}={}", static_cast<char>('a' + i), strip[i]->id);
    if (line.size() + item.size() > 79) {
      std::cout << line << '\n';
      line = "        ";
    }
    line += item;
  }
  std::cout << line << '\n';
  if (total > strip.size()) {
    std::cout << fmt::format("({} more stories not shown in the grid)\n",
                             total - strip.size());
  }
  std::cout
      << "cells: # tagged (colour: score), + untagged but the text fits, . neither\n";
}

void PrintCoverageText(const BankInput& bank, const Paint& paint) {
  const LintReport& report = bank.report;
  std::vector<Coverage> coverage = CoverageOf(report, *bank.catalog);
  std::vector<const StoryReport*> strip = StripStories(report);
  std::string letters;
  for (size_t i = 0; i < strip.size(); ++i) letters += static_cast<char>('a' + i);
  std::cout << fmt::format("{:<{}} {:>2} {:>4} {:>5}  {:<{}}  {}\n", "principle",
                           kNameWidth, "n", "best", "time", letters, strip.size(), "gap");
  std::vector<std::string> none, backup;
  for (const Coverage& c : coverage) {
    const StoryReport* best = c.best();
    std::string cells;
    size_t index = bank.catalog->IndexOf(*c.principle);
    for (const StoryReport* s : strip) cells += Cell(*s, *c.principle, index, paint);
    std::string score =
        best ? paint(ScoreColor(best->score), fmt::format("{:>4}", best->score)) : "   -";
    std::string time = best ? fmt::format("{:>4}s", best->seconds) : "    -";
    std::cout << fmt::format(
        "{:<{}} {:>2} {} {}  {}  {}\n", Truncate(c.principle->name, kNameWidth),
        kNameWidth, c.stories.size(), score, time, cells, GapText(c.gap(), paint));
    if (c.gap() == Gap::kNoStory) none.push_back(c.principle->name);
    if (c.gap() == Gap::kNoBackup) backup.push_back(c.principle->name);
  }
  std::cout << '\n';
  if (!strip.empty()) PrintLegend(strip, report.stories.size());
  std::cout << fmt::format("\n{} stories, {} principles. ", report.stories.size(),
                           coverage.size());
  if (none.empty() && backup.empty()) {
    std::cout << "Every principle has a primary and a backup story.\n";
    return;
  }
  std::cout << "Gaps:\n";
  if (!none.empty()) std::cout << WrapList("  no story:  ", JoinNames(none));
  if (!backup.empty()) std::cout << WrapList("  no backup: ", JoinNames(backup));
}

nlohmann::json BriefJson(const StoryReport& s) {
  return {{"id", s.id},       {"file", s.file},   {"line", s.line},
          {"title", s.title}, {"score", s.score}, {"seconds", s.seconds}};
}

nlohmann::json ErrorsJson(const LintReport& report) {
  nlohmann::json j = nlohmann::json::array();
  for (const Diagnostic& d : report.errors) {
    j.push_back({{"file", d.file},
                 {"line", d.mark.line},
                 {"column", d.mark.column},
                 {"message", d.message}});
  }
  return j;
}

void PrintCoverageJson(const BankInput& bank) {
  nlohmann::json rows = nlohmann::json::array();
  int counts[3] = {0, 0, 0};
  for (const Coverage& c : CoverageOf(bank.report, *bank.catalog)) {
    nlohmann::json stories = nlohmann::json::array();
    for (const StoryReport* s : c.stories) stories.push_back(BriefJson(*s));
    PrincipleView view =
        ViewPrinciple(bank.report, *bank.catalog, *c.principle, kCouldFitThreshold);
    nlohmann::json could = nlohmann::json::array();
    for (const CouldFit& f : view.could_fit) could.push_back(f.story->id);
    ++counts[static_cast<int>(c.gap())];
    rows.push_back({{"principle", c.principle->id},
                    {"name", c.principle->name},
                    {"count", c.stories.size()},
                    {"best", c.best() ? BriefJson(*c.best()) : nlohmann::json(nullptr)},
                    {"gap", GapName(c.gap())},
                    {"stories", stories},
                    {"could_fit", could}});
  }
  nlohmann::json j = {{"version", 1},
                      {"principles", rows},
                      {"summary",
                       {{"stories", bank.report.stories.size()},
                        {"covered", counts[static_cast<int>(Gap::kCovered)]},
                        {"no_backup", counts[static_cast<int>(Gap::kNoBackup)]},
                        {"no_story", counts[static_cast<int>(Gap::kNoStory)]}}},
                      {"errors", ErrorsJson(bank.report)}};
  std::cout << j.dump(2) << '\n';
}

void PrintEntry(const StoryReport& s, std::string_view head) {
  std::cout << fmt::format("  {}  {:>3}  {:>4}s  {}\n", head, s.score, s.seconds,
                           s.title);
  std::cout << fmt::format("  {:{}}  {}:{}\n", "", head.size() + 11, s.file, s.line);
  if (!s.lead_result.empty()) {
    std::cout << fmt::format("  {:{}}  {}\n", "", head.size() + 11, s.lead_result);
  }
}

void PrintPrincipleText(const PrincipleView& view) {
  const std::string& name = view.principle->name;
  std::cout << fmt::format("{}: {} tagged stor{}, best first\n", name, view.tagged.size(),
                           view.tagged.size() == 1 ? "y" : "ies");
  if (view.tagged.empty()) {
    std::cout << fmt::format(
        "  none yet; start one with: starbank new \"TITLE\" "
        "--principle \"{}\"\n",
        name);
  }
  for (size_t i = 0; i < view.tagged.size(); ++i) {
    PrintEntry(*view.tagged[i], fmt::format("{:>2}.", i + 1));
  }
  std::cout << fmt::format("\ncould also fit (untagged, inferred fit >= {:.2f}):\n",
                           kCouldFitThreshold);
  if (view.could_fit.empty()) std::cout << "  none\n";
  for (const CouldFit& f : view.could_fit) {
    PrintEntry(*f.story, fmt::format("fit {:.2f}", f.fit));
  }
}

void PrintPrincipleJson(const PrincipleView& view, const LintReport& report) {
  nlohmann::json tagged = nlohmann::json::array(), could = nlohmann::json::array();
  for (const StoryReport* s : view.tagged) {
    nlohmann::json j = BriefJson(*s);
    j["lead_result"] = s->lead_result;
    tagged.push_back(j);
  }
  for (const CouldFit& f : view.could_fit) {
    nlohmann::json j = BriefJson(*f.story);
    j["lead_result"] = f.story->lead_result;
    j["fit"] = RoundFit(f.fit);
    could.push_back(j);
  }
  nlohmann::json j = {
      {"version", 1},
      {"principle", {{"id", view.principle->id}, {"name", view.principle->name}}},
      {"stories", tagged},
      {"could_fit", could},
      {"threshold", kCouldFitThreshold},
      {"errors", ErrorsJson(report)}};
  std::cout << j.dump(2) << '\n';
}

int RunMap(const CLI::App& cmd, const MapArgs& args, GlobalOptions* g) {
  BankInput bank;
  if (!LoadBank(cmd, args.paths, args.options, g, &bank, false)) return kExitError;
  bool json = args.format == "json";
  if (!json) PrintLoadErrors(bank.report);
  if (!args.principle.empty()) {
    const Principle* p = FindPrincipleOrReport(*bank.catalog, args.principle);
    if (p == nullptr) return kExitError;
    PrincipleView view =
        ViewPrinciple(bank.report, *bank.catalog, *p, kCouldFitThreshold);
    if (json) {
      PrintPrincipleJson(view, bank.report);
    } else {
      PrintPrincipleText(view);
    }
  } else if (json) {
    PrintCoverageJson(bank);
  } else {
    PrintCoverageText(bank, Paint{UseColor(g->color, STDOUT_FILENO)});
  }
  return bank.report.errors.empty() ? kExitOk : kExitError;
}

}  // namespace

bool LoadBank(const CLI::App& cmd, const std::vector<std::string>& paths,
              LintOptions options, GlobalOptions* g, BankInput* out, bool keep_findings) {
  Config config;
  if (!ResolveSettings(cmd, g, &options, &config)) return false;
  out->catalog = LoadCatalogOrReport(*g);
  if (out->catalog == nullptr) return false;
  options.infer = true;
  std::vector<Diagnostic> errors;
  std::vector<LintInput> inputs = DiscoverInputs(
      paths.empty() ? std::vector<std::string>{"."} : paths, options, &errors);
  DropExcluded(config, &inputs);
  LintCollector collector(inputs.size(), keep_findings);
  LintStream(inputs, *out->catalog, options, &collector);
  out->report = collector.Take();
  out->report.errors.insert(out->report.errors.begin(), errors.begin(), errors.end());
  return true;
}

void PrintLoadErrors(const LintReport& report) {
  for (const Diagnostic& d : report.errors) std::cerr << FormatDiagnostic(d) << '\n';
}

const Principle* FindPrincipleOrReport(const Catalog& catalog, const std::string& name) {
  if (const Principle* p = catalog.Find(name)) return p;
  std::string hint = catalog.Suggest(name);
  std::cerr << fmt::format("starbank: error: unknown principle '{}'{}\n", name,
                           hint.empty() ? "; 'starbank catalog' lists them"
                                        : fmt::format("; did you mean '{}'?", hint));
  return nullptr;
}

void RegisterMap(CLI::App& app, CommandContext& ctx) {
  auto args = std::make_shared<MapArgs>();
  CLI::App* cmd = app.add_subcommand(
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
      ->check(CLI::IsMember({"text", "json"}));
  AddLintOptions(*cmd, &args->options);
  cmd->callback([cmd, args, &ctx] {
    ctx.run = [cmd, args, &ctx] { return RunMap(*cmd, *args, &ctx.globals); };
  });
}

}  // namespace starbank
