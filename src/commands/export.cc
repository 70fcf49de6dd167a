// `starbank export [--format markdown|html] [-o FILE] [--force] [PATH...]`:
// the bank as a one-page Markdown cheat sheet, or as a self-contained HTML
// report (src/views/html_report.h), printed or written atomically.
#include <cerrno>
#include <cstdlib>
#include <iostream>
#include <set>

#include "commands/commands.h"
#include "io/fs.h"
#include "starbank/loader.h"
#include "text/printable.h"
#include "views/bank.h"
#include "views/html_report.h"
#include "views/plan.h"
#include "views/story_markdown.h"

namespace starbank {
namespace {

struct ExportArgs {
  std::vector<std::string> paths;
  /// Empty: html for an -o FILE ending in .html or .htm, else markdown.
  std::string format;
  std::string output;
  bool force = false;
  std::vector<std::string> principles;  ///< The loop of the HTML report.
  LintOptions options;
};

bool EndsWith(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() &&
         s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::string FormatOf(const ExportArgs& args) {
  if (!args.format.empty()) return args.format == "md" ? "markdown" : args.format;
  std::string out = args.output;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return EndsWith(out, ".html") || EndsWith(out, ".htm") ? "html" : "markdown";
}

// SOURCE_DATE_EPOCH (reproducible-builds.org): the one date the report may
// carry. Unset: no date, so the same bank gives the same bytes.
bool DateEpoch(std::optional<long long>* out) {
  const char* env = std::getenv("SOURCE_DATE_EPOCH");
  if (env == nullptr || *env == '\0') return true;
  char* end = nullptr;
  errno = 0;
  long long value = std::strtoll(env, &end, 10);
  if (errno != 0 || *end != '\0' || value < 0) {
    std::cerr << "starbank: error: SOURCE_DATE_EPOCH must be a number of seconds, not '"
              << env << "'\n";
    return false;
  }
  *out = value;
  return true;
}

// The stories' text, reloaded from the files lint read (lint keeps only
// reports). A file that no longer reads gives cards without text.
std::vector<Story> LoadTexts(const LintReport& report, const LintOptions& options) {
  std::vector<Story> texts;
  std::set<std::string> files;
  for (const StoryReport& s : report.stories) files.insert(s.file);
  for (const std::string& file : files) {
    std::string content, error;
    if (!ReadFile(file, &content, &error, options.max_file_bytes)) continue;
    for (Story& st : LoadStories(file, content).stories) texts.push_back(std::move(st));
  }
  return texts;
}

// Every story in full, file by file, in the layout `starbank import` reads
// back to the same stories: the sheet's last section.
std::string StoriesSection(const LintReport& report, const LintOptions& options,
                           const Catalog& catalog) {
  std::set<std::string> files;
  for (const StoryReport& s : report.stories) files.insert(s.file);
  std::string out;
  for (const std::string& file : files) {
    std::string content, error;
    if (!ReadFile(file, &content, &error, options.max_file_bytes)) continue;
    out += RenderStoryFileMarkdown(file, content, catalog);
  }
  return out.empty() ? "" : "\n## Stories\n\n" + out;
}

// The loop to plan: --principles, else the catalog's first set (the
// typical loop), else none. Prints an error; false on an unknown name.
bool LoopOf(const Catalog& catalog, const std::vector<std::string>& asked,
            std::vector<const Principle*>* loop, std::string* label) {
  if (asked.empty()) {
    if (catalog.sets().empty()) return true;
    const PrincipleSet& set = catalog.sets()[0];
    *label = set.name + " (" + set.id + ", the catalog's first set)";
    return ResolvePrincipleList(catalog, {set.id}, loop);
  }
  if (asked.size() == 1) {
    if (const PrincipleSet* set = catalog.FindSet(asked[0])) {
      *label = set->name + " (" + set->id + ")";
    }
  }
  return ResolvePrincipleList(catalog, asked, loop);
}

bool RenderHtml(const BankInput& bank, const ExportArgs& args, std::string* page) {
  HtmlReportInput in;
  if (!DateEpoch(&in.date_epoch)) return false;
  std::vector<const Principle*> loop;
  if (!LoopOf(*bank.catalog, args.principles, &loop, &in.plan_label)) return false;
  Plan plan;
  if (!loop.empty()) {
    plan = MakePlan(loop, bank.report.stories, *bank.catalog, bank.report.near_copies);
    in.plan = &plan;
  }
  // The practice log, when the bank has one: "2026-12-01 (rated 4), due ...".
  for (auto& [id, line] : PracticedLines(bank)) {
    const std::string kPrefix = "practised ";
    if (line.compare(0, kPrefix.size(), kPrefix) == 0) {
      in.last_practised[id] = line.substr(kPrefix.size());
    }
  }
  // The interview log, when the bank has one: the Interviews section.
  Tellings tellings;
  ReadTellings(bank.config, &tellings);
  in.interviews = &tellings.rounds;
  in.interview_log = InterviewLogPath(bank.config);
  in.today = in.date_epoch ? *in.date_epoch / 86400 : CommandToday();
  std::vector<Story> texts = LoadTexts(bank.report, args.options);
  in.report = &bank.report;
  in.catalog = bank.catalog;
  in.texts = &texts;
  *page = RenderHtmlReport(in);
  return true;
}

int RunExport(const cli::Command& cmd, const ExportArgs& args, GlobalOptions* g) {
  std::string format = FormatOf(args);
  if (format != "html" && !args.principles.empty()) {
    std::cerr << "starbank: error: --principles is for --format html (the report's "
                 "loop section)\n";
    return kExitError;
  }
  BankInput bank;
  if (!LoadBank(cmd, args.paths, args.options, g, &bank)) return kExitError;
  PrintLoadErrors(bank.report);
  std::string page;
  if (format == "html") {
    if (!RenderHtml(bank, args, &page)) return kExitError;
  } else {
    page = RenderCheatSheet(bank.report, *bank.catalog) +
           StoriesSection(bank.report, args.options, *bank.catalog);
  }
  if (args.output.empty() || args.output == "-") {
    std::cout << page;
  } else {
    WriteOptions write;
    write.overwrite = args.force;
    write.force_flag = "--force";
    std::string error;
    if (!WriteFileAtomic(args.output, page, write, &error)) {
      std::cerr << "starbank: error: " << Printable(error) << '\n';
      return kExitError;
    }
    std::cout << Printable(args.output) << '\n';
  }
  return bank.report.errors.empty() ? kExitOk : kExitError;
}

}  // namespace

void RegisterExport(cli::Command& app, CommandContext& ctx) {
  auto args = std::make_shared<ExportArgs>();
  cli::Command* cmd = app.add_subcommand(
      "export", "Write the bank as a Markdown cheat sheet or a one-page HTML report");
  cmd->footer(
      "Examples:\n"
      "  starbank export stories/                      print the Markdown sheet\n"
      "  starbank export -o cheatsheet.md stories/     write it (never overwrites)\n"
      "  starbank export -o cheatsheet.md --force stories/\n"
      "  starbank export --format html -o bank.html stories/\n"
      "  starbank export -o bank.html -P loop-core stories/   the loop for a set\n"
      "  starbank export -o bank.html -P \"Ownership,Dive Deep\" stories/\n\n"
      "The sheet holds the best story per principle (title, lead result, time),\n"
      "the bank table, the gaps, and every story in full, in the layout\n"
      "'starbank import' reads back to the same stories. The HTML report is one\n"
      "self-contained page (nothing is fetched; it reads on a phone and prints): a\n"
      "summary, the coverage heatmap, the gaps, the loop 'starbank plan' would\n"
      "pick for --principles (default: the catalog's first set), a sortable story\n"
      "table, and a card per story with its score by dimension, its text and its\n"
      "findings. -o FILE ending in .html picks html. The same bank gives the same\n"
      "bytes; SOURCE_DATE_EPOCH, when set, dates the page. Files are written\n"
      "atomically. See docs/bank-views.md.\n"
      "Exit status: 0 done, 2 file exists (without --force), unknown principle,\n"
      "usage, config, load or I/O errors.");
  cmd->add_option("paths", args->paths, "Story files or folders (default: .)");
  cmd->add_option("-f,--format", args->format,
                  "Output format: markdown (default) or html")
      ->check(cli::IsMember({"markdown", "md", "html"}));
  cmd->add_option("-o,--output", args->output,
                  "Write to FILE instead of standard output");
  cmd->add_flag("--force", args->force, "Replace FILE if it exists");
  cmd->add_option("-P,--principles", args->principles,
                  "The loop to plan in the HTML report: principles or a catalog set")
      ->allow_extra_args(false);  // One value per flag: paths may follow.
  AddLintOptions(*cmd, &args->options);
  cmd->callback([cmd, args, &ctx] {
    ctx.run = [cmd, args, &ctx] { return RunExport(*cmd, *args, &ctx.globals); };
  });
}

}  // namespace starbank
