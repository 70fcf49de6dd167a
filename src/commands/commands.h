// Command-line wiring. Each command registers itself on the command line
// (cli.h, which cli.cc builds the CLI11 app from) and leaves a callable that
// main() runs; the work is done by starbank_core.
#ifndef STARBANK_SRC_COMMANDS_COMMANDS_H_
#define STARBANK_SRC_COMMANDS_COMMANDS_H_

#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "commands/cli.h"
#include "io/config.h"
#include "starbank/catalog.h"
#include "starbank/lint.h"
#include "views/bank_stories.h"
#include "views/interview_log.h"
#include "views/plan.h"
#include "views/schedule.h"
#include "workspace/workspace.h"

namespace starbank {

/// Exit codes (spec section 4).
enum ExitCode { kExitOk = 0, kExitFindings = 1, kExitError = 2 };

/// Options every command shares, filled by CLI11 before a command runs.
struct GlobalOptions {
  std::string catalog_path;   ///< --catalog
  std::string color = "auto"; ///< --color auto|always|never
  std::string config_path;    ///< --config: use this file instead of searching
  bool isolated = false;      ///< --isolated: read no config file
};

/// What main() runs once parsing is done.
using CommandRun = std::function<int()>;

struct CommandContext {
  GlobalOptions globals;
  CommandRun run;
};

/// Puts std::cout on a checked buffer over file descriptor 1 (a closed fd 1
/// is held on /dev/null, read-only, so no file we open takes its place and
/// every write to it fails). Call once, first thing in main().
void CheckStandardOutput();

/// Flushes standard output; on a write or flush error prints
/// "starbank: error: writing standard output: REASON" and returns
/// kExitError, else `code`. A closed pipe (EPIPE) stays quiet, as SIGPIPE.
int FinishStandardOutput(int code);

/// Loads --catalog, or the embedded default (LoadCatalog in
/// workspace/workspace.h). Prints errors; nullptr on failure.
const Catalog* LoadCatalogOrReport(const GlobalOptions& g);

/// Prints each problem the workspace reported, one a line, to stderr.
void PrintProblems(const std::vector<std::string>& problems);

/// Prints the notes of a walk (StoryInputs): "starbank: note: PATH: MESSAGE".
void PrintNotes(const std::vector<Diagnostic>& notes);

/// Whether to colour output written to `fd` under --color and NO_COLOR/FORCE_COLOR.
bool UseColor(const std::string& mode, int fd);

/// Columns of the terminal on `fd`, or 0 when it is not a terminal.
int TerminalWidth(int fd);

/// Adds the options `lint` shares with the bank views (--level, --wpm, ...).
void AddLintOptions(cli::Command& cmd, LintOptions* options);

/// The settings a command runs with (ResolveSettings in
/// workspace/workspace.h): the config file (found by walking up from the
/// current folder, or --config; none under --isolated) overlaid with the
/// flags given on `cmd` (their values are in `options`). Fills `config`
/// with the result and each value's origin, copies it into `options`, sets
/// g->catalog_path to the catalog in effect, and protects the data files it
/// names from this run's writes. Prints errors; false on any.
bool ResolveSettings(const cli::Command& cmd, GlobalOptions* g, LintOptions* options,
                     Config* config);

/// Prints a warning for each existing path of `paths` that none of `inputs`
/// came from: "PATH: excluded by .starbank.yaml:5 ('drafts/')" for a file
/// the config excludes, else "no story files in PATH" (an empty folder, a
/// folder named x.yaml), saying how many files the config excluded there.
/// True when `inputs` is empty: nothing at all to lint, which commands treat
/// as an error (exit 2). A path with an error of its own in `errors`
/// (unreadable, missing) is not warned about again.
bool WarnPathsWithoutStories(const std::vector<std::string>& paths,
                             const std::vector<LintInput>& inputs,
                             const std::vector<Diagnostic>& errors, const Config& config);

void RegisterLint(cli::Command& app, CommandContext& ctx);
void RegisterRules(cli::Command& app, CommandContext& ctx);
void RegisterConfig(cli::Command& app, CommandContext& ctx);
void RegisterHook(cli::Command& app, CommandContext& ctx);
void RegisterCompletion(cli::Command& app, CommandContext& ctx);
void RegisterServer(cli::Command& app, CommandContext& ctx);

// Bank views (map, plan, new, show, catalog, prompts, export). Helpers they
// share live in src/commands/map.cc.

/// A linted bank for a view: the catalog in effect and lint's report (with
/// inferred fits), load errors included.
struct BankInput {
  const Catalog* catalog = nullptr;
  Config config;  ///< The settings in effect (config file and flags).
  LintReport report;
  /// Set before LoadBank (map, plan): the stories are kept here, compact,
  /// and `report` holds only load errors and near-copies, no stories.
  std::unique_ptr<BankStories> stories;
};

/// Resolves settings and the catalog as `lint` does, then discovers and lints
/// `paths` (default ".") with inference on. Prints config and catalog errors
/// and returns false on them; load errors stay in out->report.errors.
/// With out->stories set (map and plan, which read no findings) only those
/// compact records are kept, which holds a bank of 100,000 stories in a
/// fraction of the memory.
bool LoadBank(const cli::Command& cmd, const std::vector<std::string>& paths,
              LintOptions options, GlobalOptions* g, BankInput* out);

/// Prints each load error (file:line:col: error: ...) to stderr.
void PrintLoadErrors(const LintReport& report);

/// A principle by name, id or alias; prints "unknown principle" with a
/// did-you-mean and returns nullptr when none matches.
const Principle* FindPrincipleOrReport(const Catalog& catalog, const std::string& name);

/// Expands --principles values ("A,B,set-name", the flag repeatable) into
/// principles, in order, without repeats. Prints an error with a
/// did-you-mean and returns false on an unknown name or an empty list.
bool ResolvePrincipleList(const Catalog& catalog, const std::vector<std::string>& args,
                          std::vector<const Principle*>* out);

void RegisterMap(cli::Command& app, CommandContext& ctx);
void RegisterPlan(cli::Command& app, CommandContext& ctx);
void RegisterNew(cli::Command& app, CommandContext& ctx);
void RegisterShow(cli::Command& app, CommandContext& ctx);
void RegisterCatalog(cli::Command& app, CommandContext& ctx);
void RegisterPrompts(cli::Command& app, CommandContext& ctx);
void RegisterExport(cli::Command& app, CommandContext& ctx);
void RegisterDrill(cli::Command& app, CommandContext& ctx);
void RegisterImport(cli::Command& app, CommandContext& ctx);

/// For `show` and `map --principle`: per story id, when it was last
/// practised and when it is due again ("practised 2026-12-01, rated 4, due
/// 2026-12-04"), from the bank's practice log. Empty when there is no log;
/// a log that does not parse is reported on stderr and ignored. In drill.cc.
/// With `only`, just those stories (the rest of the bank may be compact).
std::map<std::string, std::string> PracticedLines(
    const BankInput& bank, const std::vector<const StoryReport*>* only = nullptr);

/// Today's date (local), or the day STARBANK_NOW names when it is set and
/// valid (drill rejects a bad one; the other commands fall back to the
/// clock). In drill.cc.
Day CommandToday();

void RegisterInterview(cli::Command& app, CommandContext& ctx);

/// What the interview log says about one company, for `plan --company`,
/// `drill --company`, `interview list` and the report. In interview.cc.
struct CompanyHistory {
  CompanyHistory() = default;
  CompanyHistory(const CompanyHistory&) = delete;
  CompanyHistory& operator=(const CompanyHistory&) = delete;

  std::string company;  ///< As the log spells it (else as given).
  std::string log_path;
  std::vector<InterviewRound> rounds;  ///< The whole log, folded.
  /// Story id -> the rounds at this company it was told in, oldest first.
  std::map<std::string, std::vector<const InterviewRound*>> told;
  const InterviewRound* upcoming = nullptr;  ///< The next round there, if any.
};

/// Reads the bank's interview log and what it holds for `company`. Prints
/// the log's errors (file:line:col) and returns false on them.
bool LoadCompanyHistory(const Config& config, const std::string& company, Day today,
                        CompanyHistory* out);

/// Whether `r` is still ahead: after today, or today with nothing told yet.
bool IsUpcoming(const InterviewRound& r, Day today);

/// "Acme on 2026-11-03, phone screen" for a round.
std::string RoundName(const InterviewRound& r);

/// Why a slot of a company plan holds a story told there already: "the only
/// story for it; told at Acme on 2026-11-03, phone screen". "" when not.
std::string AvoidedWhy(const PlanSlot& slot, const CompanyHistory& history);

/// Every story's tellings, for `show`, `map --principle` and the report.
struct Tellings {
  Tellings() = default;
  Tellings(const Tellings&) = delete;
  Tellings& operator=(const Tellings&) = delete;
  std::vector<InterviewRound> rounds;  ///< The whole log, folded.
  /// Story id -> the rounds it was told in, oldest first.
  std::map<std::string, std::vector<const InterviewRound*>> by_story;
};

/// Reads the bank's interview log into `out`. Without a log it stays empty;
/// a log that does not parse is reported on stderr (file:line:col) and
/// left out, so the view still runs.
void ReadTellings(const Config& config, Tellings* out);

/// "told 2 times, last at Acme on 2026-11-03, phone screen; companies: Acme,
/// Globex", or "never told in an interview"; "" when the log has no rounds.
std::string ToldLine(const Tellings& tellings, const std::string& id);

/// The JSON of a story's tellings: {"count", "last": {company, date, round} or
/// null, "companies": [...], "rounds": [{company, date, round}, ...]}.
nlohmann::json TellingsJson(const Tellings& tellings, const std::string& id);

/// The principles to plan with no --principles: those asked in the
/// company's upcoming round. Prints why not (no --company, no upcoming
/// round, none asked) and returns false. In plan.cc.
bool UpcomingPrinciples(const CompanyHistory& history, const std::string& company,
                        std::vector<std::string>* asked);

/// The plan for `principles` over the bank's stories (`bank.stories` when
/// set, else the report's) that avoids the stories told at the company.
Plan MakeCompanyPlan(const BankInput& bank,
                     const std::vector<const Principle*>& principles,
                     const CompanyHistory& history);

}  // namespace starbank

#endif  // STARBANK_SRC_COMMANDS_COMMANDS_H_
