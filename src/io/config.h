// Config: the settings of a `.starbank.yaml` and where each one came from.
//
// A story repository keeps one `.starbank.yaml`, found by walking up from the
// current directory to the repository root (the first folder holding
// `.git`). A Config starts from the built-in defaults; LoadConfig overlays a
// file's values and records, per key, the file:line it came from, so
// `starbank config` can say why a value is what it is. Command-line flags are
// applied on top by the commands. A Config is a plain value.
#ifndef STARBANK_IO_CONFIG_H_
#define STARBANK_IO_CONFIG_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "starbank/diagnostic.h"
#include "starbank/lint_options.h"

namespace starbank {

/// The file name looked for when walking up.
inline constexpr const char* kConfigFileName = ".starbank.yaml";

struct Config {
  std::string file;     ///< The file read, as found or named; "" when none.
  std::string dir;      ///< Absolute folder of `file`: catalog and exclude are relative to it.
  std::string catalog;  ///< Catalog path resolved against `dir`; "" for the built-in one.
  /// `practice_log:` resolved against `dir`; "" for the default (drill).
  std::string practice_log;
  /// `interview_log:` resolved against `dir`; "" for the default (interview).
  std::string interview_log;
  LintOptions options;  ///< Defaults, overlaid with the file's values.
  /// Where each set value came from, by key ("level", "rules.no-setback"):
  /// "file:line". Keys absent here hold their default.
  std::map<std::string, std::string> origins;
};

/// The `.starbank.yaml` governing `dir`: the nearest one in `dir` or a parent,
/// stopping at the first folder that holds `.git` (a repository root) or at
/// `/`. Returns "" when there is none. The result is relative to `dir` when
/// `dir` is relative ("." gives ".starbank.yaml" or "../.starbank.yaml").
std::string FindConfig(const std::string& dir);

/// Overlays the settings in `content` on `config`. Unknown keys, wrong types,
/// values out of range and rule ids not in `rule_ids` (the rules the caller
/// knows, for `rules:`) are errors with file:line:col.
/// Returns false when there was any error (then `config` is partly updated).
bool ParseConfig(std::string_view file, std::string_view content,
                 const std::vector<std::string>& rule_ids, Config* config,
                 std::vector<Diagnostic>* errors);

/// Reads `path` and parses it with ParseConfig.
bool LoadConfig(const std::string& path, const std::vector<std::string>& rule_ids,
                Config* config, std::vector<Diagnostic>* errors);

/// Whether the config's `exclude` globs match `path` (a story file as named
/// or walked), taken relative to the config's folder, much as .gitignore
/// does: a glob without '/' ("drafts/", "*.wip.yaml") matches any file or
/// folder name; one with '/' ("stories/old/**") is anchored at the config's
/// folder; a folder matches all below it; '*' also crosses '/'.
bool ConfigExcludes(const Config& config, const std::string& path);

/// Which glob excludes `path`, for messages: "FILE:LINE ('GLOB')" (the
/// config file and the glob's line), or "" when no glob matches.
std::string ExcludedBy(const Config& config, const std::string& path);

/// The default names of the logs at the bank's root.
inline constexpr const char* kPracticeLogFileName = "practice.yaml";
inline constexpr const char* kInterviewLogName = "interviews.yaml";

/// Where a file of the bank is: `configured` (a config key's resolved
/// value) when set, else `default_name` beside the config file in effect,
/// else at the top of the git repository holding the current folder, else
/// in the current folder. Relative to the current folder.
std::string BankFilePath(const Config& config, const std::string& configured,
                         const char* default_name);

/// The interview log: `interview_log:`, else interviews.yaml (BankFilePath).
std::string InterviewLogPath(const Config& config);

/// A file starbank reads as data, and what it is ("the practice log").
struct DataFilePath {
  std::string path;
  std::string what;
};

/// Every file starbank reads as data under `config` (story files aside):
/// the config file, the practice log, the interview log and the catalog in
/// use. The write path refuses them all (ProtectDataFile in io/fs.h).
std::vector<DataFilePath> DataFilesOf(const Config& config);

/// Where the value of `key` came from ("file:line", a flag), or "default".
std::string OriginOf(const Config& config, const std::string& key);

/// The config keys in the order `starbank config` prints them.
const std::vector<std::string>& ConfigKeys();

}  // namespace starbank

#endif  // STARBANK_IO_CONFIG_H_
