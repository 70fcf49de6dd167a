// `starbank lint [PATH...]`
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "commands/commands.h"
#include "starbank/report.h"

namespace starbank {
namespace {

struct LintArgs {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string fail_on = "warning";
  int min_score = -1;
  bool quiet = false;
  bool statistics = false;
  LintOptions options;
};

int RunLint(const LintArgs& args, const GlobalOptions& g) {
  const Catalog* catalog = LoadCatalogOrReport(g);
  if (catalog == nullptr) return kExitError;
  std::vector<Diagnostic> errors;
  std::vector<std::string> paths = args.paths.empty() ? std::vector<std::string>{"."}
                                                      : args.paths;
  std::vector<LintInput> inputs = DiscoverInputs(paths, args.options, &errors);
  LintReport report = Lint(inputs, *catalog, args.options);
  report.errors.insert(report.errors.begin(), errors.begin(), errors.end());

  RenderOptions ro;
  ro.color = UseColor(g.color, STDOUT_FILENO);
  ro.quiet = args.quiet;
  ro.statistics = args.statistics;
  ro.width = TerminalWidth(STDOUT_FILENO);
  std::unique_ptr<Reporter> reporter = MakeReporter(args.format, ro);
  reporter->Render(report, std::cout);
  std::cout.flush();

  if (!report.errors.empty()) return kExitError;
  Severity fail = *ParseSeverity(args.fail_on);
  for (const Diagnostic& d : report.diagnostics) {
    if (d.severity >= fail) return kExitFindings;
  }
  if (args.min_score >= 0) {
    for (const StoryReport& s : report.stories) {
      if (s.score < args.min_score) return kExitFindings;
    }
  }
  return kExitOk;
}

}  // namespace

void RegisterLint(CLI::App& app, CommandContext& ctx) {
  auto args = std::make_shared<LintArgs>();
  CLI::App* cmd = app.add_subcommand("lint", "Score stories and report what an interviewer would mark down");
  cmd->footer(
      "Examples:\n"
      "  starbank lint stories/                 lint every *.yaml/*.yml below stories/\n"
      "  starbank lint --format json . | jq     machine-readable report\n"
      "  starbank lint --fail-on error --min-score 70 stories/\n"
      "  starbank lint --level L6 --quiet stories/a.yaml\n\n"
      "Exit status: 0 clean, 1 findings at or above --fail-on (or a score under\n"
      "--min-score), 2 usage, I/O or parse errors.");
  cmd->add_option("paths", args->paths, "Story files or folders (default: .)");
  cmd->add_option("-f,--format", args->format, "Output format")
      ->check(CLI::IsMember(ReporterNames()));
  cmd->add_option("--fail-on", args->fail_on, "Lowest severity that fails the run")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  cmd->add_option("--min-score", args->min_score, "Fail when any story scores below N")
      ->check(CLI::Range(0, 100));
  cmd->add_flag("-q,--quiet", args->quiet, "Print findings only (for hooks)");
  cmd->add_flag("--statistics", args->statistics, "Count findings per rule");
  AddLintOptions(*cmd, &args->options);
  cmd->callback([args, &ctx] { ctx.run = [args, &ctx] { return RunLint(*args, ctx.globals); }; });
}

}  // namespace starbank
