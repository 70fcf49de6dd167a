// `starbank lint [PATH...]`
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <sstream>

#include "commands/commands.h"
#include "commands/lint_io.h"
#include "starbank/report.h"

namespace starbank {
namespace {

struct LintArgs {
  InputArgs input;
  std::string format = "text";
  std::string fail_on = "warning";
  int min_score = -1;
  bool quiet = false;
  bool statistics = false;
  std::string output;  // --output FILE; "" or "-" for stdout
  LintOptions options;
};

int RunLint(const CLI::App& cmd, LintArgs args, GlobalOptions g) {
  Config config;
  if (!ResolveSettings(cmd, &g, &args.options, &config)) return kExitError;
  const Catalog* catalog = LoadCatalogOrReport(g);
  if (catalog == nullptr) return kExitError;
  std::vector<Diagnostic> errors;
  std::vector<LintInput> inputs;
  if (!GatherInputs(args.input, config, args.options, &inputs, &errors)) return kExitError;
  LintReport report;
  {
    ProgressBar progress(!args.quiet);
    args.options.progress = progress.Callback();
    report = Lint(inputs, *catalog, args.options);
  }
  report.errors.insert(report.errors.begin(), errors.begin(), errors.end());
  bool to_file = !args.output.empty() && args.output != "-";

  RenderOptions ro;
  ro.color = !to_file && UseColor(g.color, STDOUT_FILENO);
  ro.quiet = args.quiet;
  ro.statistics = args.statistics;
  ro.width = to_file ? 0 : TerminalWidth(STDOUT_FILENO);
  std::unique_ptr<Reporter> reporter = MakeReporter(args.format, ro);
  if (to_file) {
    std::ostringstream out;
    reporter->Render(report, out);
    if (!WriteReport(args.output, out.str())) return kExitError;
  } else {
    reporter->Render(report, std::cout);
    std::cout.flush();
  }

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
      "  starbank lint --level L6 --quiet stories/a.yaml\n"
      "  starbank lint --format sarif --output starbank.sarif stories/\n"
      "  git show :a.yaml | starbank lint - --stdin-filename a.yaml\n\n"
      "Settings come from the nearest .starbank.yaml (see 'starbank config'); flags\n"
      "override it. '# starbank: ignore[rule] -- reason' on or above a key silences\n"
      "a rule there.\n\n"
      "Exit status: 0 clean, 1 findings at or above --fail-on (or a score under\n"
      "--min-score), 2 usage, I/O or parse errors.");
  cmd->add_option("paths", args->input.paths,
                  "Story files or folders (default: .); '-' reads one file from stdin");
  cmd->add_option("--stdin-filename", args->input.stdin_filename,
                  "Name of the stdin story in messages (with '-')");
  cmd->add_flag("--only-stories", args->input.only_stories,
                "Skip named files without story keys instead of reporting them (hooks)");
  cmd->add_option("-o,--output", args->output,
                  "Write the report to FILE (replaced atomically) instead of stdout");
  cmd->add_option("-f,--format", args->format, "Output format")
      ->check(CLI::IsMember(ReporterNames()));
  cmd->add_option("--fail-on", args->fail_on, "Lowest severity that fails the run")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  cmd->add_option("--min-score", args->min_score, "Fail when any story scores below N")
      ->check(CLI::Range(0, 100));
  cmd->add_flag("-q,--quiet", args->quiet, "Print findings only (for hooks)");
  cmd->add_flag("--statistics", args->statistics, "Count findings per rule");
  AddLintOptions(*cmd, &args->options);
  cmd->callback([cmd, args, &ctx] {
    ctx.run = [cmd, args, &ctx] { return RunLint(*cmd, *args, ctx.globals); };
  });
}

}  // namespace starbank
