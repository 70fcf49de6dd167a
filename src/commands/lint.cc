// `starbank lint [PATH...]`
#include <unistd.h>

#include <cstdint>
#include <algorithm>
#include <functional>
#include <iostream>
#include <optional>

#include "commands/commands.h"
#include "commands/lint_io.h"
#include "rules/registry.h"
#include "starbank/report.h"
#include "starbank/score.h"

namespace starbank {
namespace {

struct LintArgs {
  InputArgs input;
  std::string format = "text";
  std::string fail_on = "warning";
  int min_score = -1;
  bool quiet = false;
  bool statistics = false;
  bool fix = false;   // --fix: apply the safe fixes in place
  bool diff = false;  // --diff: print them as a unified diff instead
  std::string output;  // --output FILE; "" or "-" for stdout
  LintOptions options;
};

// Passes lint's results on to the reporter's sink, counting what the exit
// status needs: load errors, the worst finding, every story's final score
// (one byte a story, so the count stays flat for a streaming reporter).
class Tally : public LintSink {
 public:
  Tally(LintSink* next, std::function<void()> before_output)
      : next_(next), before_output_(std::move(before_output)) {}

  void File(FileLint& file) override {
    errors_ += file.errors.size();
    for (const Diagnostic& d : file.findings) Note(d);
    if (before_output_ && !(file.errors.empty() && file.findings.empty())) before_output_();
    next_->File(file);
  }

  void Bank(BankLint& bank) override {
    for (const Diagnostic& d : bank.findings) Note(d);
    scores_.reserve(bank.scores.size());
    for (const StoryScore& s : bank.scores) scores_.push_back(static_cast<uint8_t>(s.Total()));
    if (before_output_) before_output_();
    next_->Bank(bank);
  }

  int Exit(Severity fail_on, int min_score) const {
    if (errors_ > 0) return kExitError;
    if (worst_ && *worst_ >= fail_on) return kExitFindings;
    for (uint8_t score : scores_) {
      if (min_score >= 0 && score < min_score) return kExitFindings;
    }
    return kExitOk;
  }

 private:
  void Note(const Diagnostic& d) {
    if (!worst_ || d.severity > *worst_) worst_ = d.severity;
  }

  LintSink* next_;
  std::function<void()> before_output_;
  size_t errors_ = 0;
  std::optional<Severity> worst_;
  std::vector<uint8_t> scores_;  // finished scores, in input order
};

int RunLint(const cli::Command& cmd, LintArgs args, GlobalOptions g) {
  if (args.fix && args.diff) {
    std::cerr << "starbank: error: --fix and --diff do not go together: --diff shows the "
                 "fixes and writes nothing, --fix writes them; pick one\n";
    return kExitError;
  }
  Config config;
  if (!ResolveSettings(cmd, &g, &args.options, &config)) return kExitError;
  const Catalog* catalog = LoadCatalogOrReport(g);
  if (catalog == nullptr) return kExitError;
  std::vector<Diagnostic> errors;
  std::vector<LintInput> inputs;
  if (!GatherInputs(args.input, config, args.options, &inputs, &errors)) return kExitError;
  if (args.fix || args.diff) {
    bool from_stdin = std::find(args.input.paths.begin(), args.input.paths.end(), "-") !=
                      args.input.paths.end();
    if (from_stdin && !args.diff) {
      std::cerr << "starbank: error: --fix cannot write standard input back; use --diff "
                   "to see the fixes\n";
      return kExitError;
    }
    size_t fixed = 0;
    if (!FixInputs(&inputs, *catalog, args.options, args.diff, args.quiet, &fixed)) {
      return kExitError;
    }
    // --diff is a check, as ruff's is: it fails while fixes are waiting.
    if (args.diff) return !errors.empty() ? kExitError : fixed > 0 ? kExitFindings : kExitOk;
  }
  // Hooks (--only-stories) are handed whatever files changed: none may be a story.
  std::vector<std::string> named = args.input.paths.empty() ? std::vector<std::string>{"."}
                                                              : args.input.paths;
  bool nothing =
      !args.input.only_stories && WarnPathsWithoutStories(named, inputs, errors, config);
  // Nothing linted is no "all clear": the warnings above say why (the data
  // formats still print their empty report).
  if (nothing && errors.empty() && args.format == "text") return kExitError;
  bool to_file = !args.output.empty() && args.output != "-";

  RenderOptions ro;
  ro.color = !to_file && UseColor(g.color, STDOUT_FILENO);
  ro.quiet = args.quiet;
  ro.statistics = args.statistics;
  ro.min_score = args.min_score;
  ro.width = to_file ? 0 : TerminalWidth(STDOUT_FILENO);
  ro.rules = AllRules();
  std::unique_ptr<Reporter> reporter = MakeReporter(args.format, ro);
  // --output: the report streams into a temporary file that takes FILE's
  // name once whole; FILE is checked before lint starts.
  ReportFile file;
  if (to_file && !file.Open(args.output)) return kExitError;
  std::ostream& out = to_file ? file.out() : std::cout;
  // Text and github print each file's findings as soon as lint has them,
  // so memory stays flat however large the bank; json and sarif are one
  // document, printed once lint is done.
  std::unique_ptr<LintSink> stream = reporter->Stream(out);
  LintCollector collector(stream ? 0 : inputs.size());
  int exit;
  {
    ProgressBar progress(!args.quiet);
    args.options.progress = progress.Callback();
    Tally tally(stream ? stream.get() : static_cast<LintSink*>(&collector),
                [&progress] { progress.Clear(); });
    if (!errors.empty()) {  // paths that do not exist, stdin that cannot be read
      FileLint missing;
      missing.errors = std::move(errors);
      tally.File(missing);
    }
    LintStream(inputs, *catalog, AllRules(), args.options, &tally);
    exit = tally.Exit(*ParseSeverity(args.fail_on), args.min_score);
  }
  if (!stream) reporter->Render(collector.Take(), out);
  if (to_file) {
    if (!file.Commit()) return kExitError;
  } else {
    std::cout.flush();
  }
  return nothing ? kExitError : exit;
}

}  // namespace

void RegisterLint(cli::Command& app, CommandContext& ctx) {
  auto args = std::make_shared<LintArgs>();
  cli::Command* cmd = app.add_subcommand(
      "lint", "Score stories and report what an interviewer would mark down");
  cmd->footer(
      "Examples:\n"
      "  starbank lint stories/                 lint every *.yaml/*.yml below stories/\n"
      "  starbank lint --format json . | jq     machine-readable report\n"
      "  starbank lint --fail-on error --min-score 70 stories/\n"
      "  starbank lint --level L6 --quiet stories/a.yaml\n"
      "  starbank lint --format sarif --output starbank.sarif stories/\n"
      "  git show :a.yaml | starbank lint - --stdin-filename a.yaml\n"
      "  starbank lint --fix stories/            fix misspelled principles and keys in place\n"
      "  starbank lint --diff stories/           show those fixes as a diff; write nothing\n\n"
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
      ->check(cli::IsMember(ReporterNames()));
  cmd->add_option("--fail-on", args->fail_on, "Lowest severity that fails the run")
      ->check(cli::IsMember({"error", "warning", "info"}));
  cmd->add_option("--min-score", args->min_score,
                  "Fail when any story scores below N, and name those stories")
      ->check(cli::Range(0, 100));
  cmd->add_flag("-q,--quiet", args->quiet, "Print findings only (for hooks)");
  cmd->add_flag("--statistics", args->statistics, "Count findings per rule");
  cmd->add_flag("--fix", args->fix,
                "Apply the safe fixes in place (a misspelled principle or key with one "
                "clear suggestion, an unused suppression), then lint the result");
  cmd->add_flag("--diff", args->diff,
                "Print the safe fixes as a unified diff instead of writing them; exit 1 "
                "when there are any");
  AddLintOptions(*cmd, &args->options);
  cmd->callback([cmd, args, &ctx] {
    ctx.run = [cmd, args, &ctx] { return RunLint(*cmd, *args, ctx.globals); };
  });
}

}  // namespace starbank
