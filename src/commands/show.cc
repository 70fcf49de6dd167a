// `starbank show STORY [PATH...]`: one story pretty-printed with its score,
// dimensions, spoken time, findings and inferred principles. STORY is a
// file, `file#N` (the Nth story in it) or an id found under PATH.
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "io/fs.h"
#include "lint/infer.h"
#include "report/reporters.h"
#include "starbank/loader.h"
#include "text/closest.h"
#include "text/printable.h"
#include "text/tokens.h"
#include "views/bank.h"
#include "views/render.h"

namespace starbank {
namespace {

constexpr size_t kTopInferred = 5;  // Inferred principles the text view lists.

struct ShowArgs {
  std::string story;
  std::vector<std::string> paths;
  std::string format = "text";
  LintOptions options;
};

// Where to look for STORY: a file (and maybe an index), or an id.
struct StoryRef {
  std::string file;  ///< Empty: look the id up in the bank.
  int index = 0;     ///< 1-based story in `file`; 0: the file's only story.
  std::string id;
};

bool IsFile(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

StoryRef ParseRef(const std::string& text) {
  StoryRef ref;
  size_t hash = text.rfind('#');
  if (hash != std::string::npos && hash + 1 < text.size() &&
      text.find_first_not_of("0123456789", hash + 1) == std::string::npos &&
      IsFile(text.substr(0, hash))) {
    ref.file = text.substr(0, hash);
    ref.index = std::stoi(text.substr(hash + 1, 6));
  } else if (IsFile(text)) {
    ref.file = text;
  } else {
    ref.id = text;
  }
  return ref;
}

// Whether `file` gave no story and an error of its own: the error, printed
// already, is the whole answer.
bool FailedWhole(const LintReport& report, const std::string& file) {
  auto of_file = [&file](const auto& x) { return x.file == file; };
  return std::none_of(report.stories.begin(), report.stories.end(), of_file) &&
         std::any_of(report.errors.begin(), report.errors.end(), of_file);
}

// Finds the one StoryReport `ref` names; prints why not and returns null.
const StoryReport* Pick(const StoryRef& ref, const LintReport& report,
                        const std::vector<Story>& loaded, const std::string& arg) {
  std::vector<const StoryReport*> found;
  for (const StoryReport& s : report.stories) {
    if (!ref.id.empty() ? s.id == ref.id : s.file == ref.file) found.push_back(&s);
  }
  if (ref.index > 0) {
    found.clear();
    for (const Story& st : loaded) {
      if (st.index != ref.index) continue;
      for (const StoryReport& s : report.stories) {
        if (s.file == st.file && s.line == st.mark.line) found.push_back(&s);
      }
    }
    if (found.empty()) {
      std::cerr << fmt::format("starbank: error: '{}' holds {} stor{}; there is no #{}\n",
                               Printable(ref.file), loaded.size(), loaded.size() == 1 ? "y" : "ies",
                               ref.index);
      return nullptr;
    }
  }
  if (found.size() == 1) return found[0];
  if (found.empty()) {
    Closest closest(ToLower(ref.id), TypoAllowance(ref.id.size()));
    for (const StoryReport& s : report.stories) closest.Offer(s.id, ToLower(s.id));
    std::cerr << fmt::format(
        "starbank: error: no story '{}' (not a file, and no story has that id){}\n",
        Printable(arg),
        closest.found() ? fmt::format("; did you mean '{}'?", Printable(closest.name())) : "");
    return nullptr;
  }
  std::cerr << fmt::format("starbank: error: '{}' names {} stories; pick one:\n",
                           Printable(arg), found.size());
  for (const StoryReport* s : found) {
    std::cerr << fmt::format("  {}  ({}:{})\n", Printable(s->id), Printable(s->file), s->line);
  }
  if (!ref.file.empty())
    std::cerr << fmt::format("  e.g. starbank show '{}#1'\n", Printable(ref.file));
  return nullptr;
}

// Wraps each paragraph of `text` at `width` columns, each line indented;
// the blank lines between paragraphs kept.
std::string WrapParagraphs(const std::string& text, size_t width, const std::string& indent) {
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t blank = text.find("\n\n", start);
    out += Wrap(PrintableLine(text.substr(
                    start, blank == std::string::npos ? std::string::npos : blank - start)),
                indent, width);
    if (blank == std::string::npos) break;
    out += '\n';
    start = blank + 2;
  }
  return out;
}

std::string PrincipleNames(const StoryReport& s, const Catalog& catalog) {
  std::vector<std::string> names;
  for (const std::string& id : s.principles) {
    const Principle* p = catalog.Find(id);
    names.push_back(p ? p->name : id);
  }
  return names.empty() ? "(none resolved)" : Printable(JoinNames(names));
}

void PrintText(const Story& story, const StoryReport& s, const Catalog& catalog,
               const std::vector<Diagnostic>& findings, const std::string& practised,
               const std::string& told) {
  const Dimensions& d = s.dimensions;
  std::cout << fmt::format("{}\n{}  ({}:{})\n\n", Printable(s.title), Printable(s.id),
                           Printable(s.file), s.line);
  std::cout << fmt::format("principles  {}\n", PrincipleNames(s, catalog));
  std::cout << fmt::format(
      "score       {}/100  quantified {}/{}, ownership {}/{}, setback {}/{}, "
      "length {}/{}, structure {}/{}\n",
      s.score, d.quantified, Dimensions::kQuantifiedMax, d.ownership,
      Dimensions::kOwnershipMax, d.setback, Dimensions::kSetbackMax, d.length,
      Dimensions::kLengthMax, d.structure, Dimensions::kStructureMax);
  std::cout << fmt::format("time        {} s spoken ({} words)\n", s.seconds, s.words);
  if (!practised.empty()) std::cout << "practice    " << practised << '\n';
  if (!told.empty()) std::cout << "interviews  " << told << '\n';
  for (const std::string& p : story.prompts) std::cout << "prompt      " << Printable(p) << '\n';
  for (int i = 0; i < kPartCount; ++i) {
    const Section& section = story.parts[i];
    std::string name = PartName(static_cast<Part>(i));
    name[0] = static_cast<char>(toupper(name[0]));
    std::cout << '\n' << name << '\n';
    std::cout << (section.empty() ? "  (missing)\n" : WrapParagraphs(section.text, 78, "  "));
  }
  std::cout << fmt::format("\nFindings ({})\n", findings.size());
  if (findings.empty()) std::cout << "  none\n";
  for (const Diagnostic& f : findings) std::cout << "  " << FormatDiagnostic(f) << '\n';
  std::cout << "\nInferred principles (from the text alone, ignoring the tags)\n";
  std::vector<InferredFit> ranked = RankFits(catalog, s.fit);
  for (size_t i = 0; i < ranked.size() && i < kTopInferred; ++i) {
    bool tagged = std::find(s.principles.begin(), s.principles.end(),
                            ranked[i].principle->id) != s.principles.end();
    std::cout << fmt::format("  {:.2f}  {}{}\n", ranked[i].fit, Printable(ranked[i].principle->name),
                             tagged ? "  (tagged)" : "");
  }
}

void PrintJson(const Story& story, const StoryReport& s, const Catalog& catalog,
               const std::vector<Diagnostic>& findings, const Tellings& tellings) {
  nlohmann::json j = {{"version", 1}};
  j.update(StoryJson(s));
  j["lead_result"] = s.lead_result;
  j["prompts"] = story.prompts;
  nlohmann::json sections = nlohmann::json::object();
  for (int i = 0; i < kPartCount; ++i)
    sections[PartName(static_cast<Part>(i))] = story.parts[i].text;
  j["sections"] = sections;
  j["diagnostics"] = nlohmann::json::array();
  for (const Diagnostic& d : findings) {
    j["diagnostics"].push_back({{"file", d.file},
                                {"line", d.mark.line},
                                {"column", d.mark.column},
                                {"severity", SeverityName(d.severity)},
                                {"rule", d.rule},
                                {"message", d.message}});
  }
  if (!tellings.rounds.empty()) j["interviews"] = TellingsJson(tellings, s.id);
  j["inferred"] = nlohmann::json::array();
  for (const InferredFit& f : RankFits(catalog, s.fit)) {
    j["inferred"].push_back({{"principle", f.principle->id}, {"fit", RoundFit(f.fit)}});
  }
  std::cout << j.dump(2) << '\n';
}

int RunShow(const cli::Command& cmd, const ShowArgs& args, GlobalOptions* g) {
  StoryRef ref = ParseRef(args.story);
  if (!ref.file.empty() && !args.paths.empty()) {
    std::cerr << "starbank: error: PATH is only for looking up an id; '"
              << Printable(args.story) << "' is a file\n";
    return kExitError;
  }
  BankInput bank;
  std::vector<std::string> paths =
      ref.file.empty() ? args.paths : std::vector<std::string>{ref.file};
  if (!LoadBank(cmd, paths, args.options, g, &bank)) return kExitError;
  PrintLoadErrors(bank.report);
  if (!ref.file.empty() && FailedWhole(bank.report, ref.file)) return kExitError;
  std::vector<Story> loaded;
  if (!ref.file.empty()) {
    std::string content, error;
    if (ReadFile(ref.file, &content, &error))
      loaded = LoadStories(ref.file, content).stories;
  }
  const StoryReport* s = Pick(ref, bank.report, loaded, args.story);
  if (s == nullptr) return kExitError;
  if (ref.file.empty()) {  // Found by id: load its file for the text.
    std::string content, error;
    if (ReadFile(s->file, &content, &error))
      loaded = LoadStories(s->file, content).stories;
  }
  auto story = std::find_if(loaded.begin(), loaded.end(), [&](const Story& st) {
    return st.file == s->file && st.mark.line == s->line;
  });
  if (story == loaded.end()) {
    std::cerr << fmt::format("starbank: error: cannot reload '{}'\n", Printable(s->file));
    return kExitError;
  }
  std::vector<Diagnostic> findings;
  for (const Diagnostic& d : bank.report.diagnostics) {
    if (d.file == s->file && d.story == s->id) findings.push_back(d);
  }
  Tellings tellings;
  ReadTellings(bank.config, &tellings);
  if (args.format == "json") {
    PrintJson(*story, *s, *bank.catalog, findings, tellings);
  } else {
    std::map<std::string, std::string> practised = PracticedLines(bank);
    PrintText(*story, *s, *bank.catalog, findings, practised[s->id],
              ToldLine(tellings, s->id));
  }
  return bank.report.errors.empty() ? kExitOk : kExitError;
}

}  // namespace

void RegisterShow(cli::Command& app, CommandContext& ctx) {
  auto args = std::make_shared<ShowArgs>();
  cli::Command* cmd = app.add_subcommand(
      "show", "Show one story with its score, time, findings and inferred principles");
  cmd->footer(
      "Examples:\n"
      "  starbank show stories/checkout-latency.yaml\n"
      "  starbank show stories/bank.yaml#2          the second story in a file\n"
      "  starbank show checkout-latency stories/     by id, looked up under stories/\n"
      "  starbank show checkout-latency --format json\n\n"
      "Inferred principles come from the story's text alone, as if it had no tags.\n"
      "Exit status: 0 shown, 2 no such story, usage, config or load errors.");
  cmd->add_option("story", args->story, "A story file, FILE#N, or a story id")
      ->required();
  cmd->add_option("paths", args->paths, "Where to look an id up (default: .)");
  cmd->add_option("-f,--format", args->format, "Output format")
      ->check(cli::IsMember({"text", "json"}));
  AddLintOptions(*cmd, &args->options);
  cmd->callback([cmd, args, &ctx] {
    ctx.run = [cmd, args, &ctx] { return RunShow(*cmd, *args, &ctx.globals); };
  });
}

}  // namespace starbank
