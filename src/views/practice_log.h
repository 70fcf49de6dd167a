// PracticeLog: the attempts `starbank drill` records, as a plain YAML file.
//
// The log sits at the bank's root (practice.yaml by default) and is meant to
// be committed. It is a YAML list, one attempt a block, keys always in the
// same order, and only ever appended to, so two branches that each add
// attempts merge as two blocks (with `merge=union`, without conflicts):
//
//   - at: 2026-12-01T20:45:12+00:00
//     story: checkout-latency
//     principle: deliver-results
//     prompt: "Tell me about a time you delivered under a tight deadline."
//     seconds: 84
//     estimate: 74
//     rating: 4
//     asked:
//       - "What was it before, and what was the target?"
//
// None of these keys is a story key, so a walked `lint` skips the file as
// it skips any YAML that holds no story. Reading never throws; problems come
// back as Diagnostics with file:line:col.
#ifndef STARBANK_SRC_VIEWS_PRACTICE_LOG_H_
#define STARBANK_SRC_VIEWS_PRACTICE_LOG_H_

#include <string>
#include <string_view>
#include <vector>

#include "io/log.h"
#include "starbank/diagnostic.h"

namespace starbank {

/// The file name the log gets at the bank's root.
inline constexpr const char* kPracticeLogName = "practice.yaml";

struct Config;

/// Where the bank's log is: the config's `practice_log:` when set, else
/// practice.yaml beside the config file in effect, else at the top of the
/// git repository holding the current folder, else in the current folder.
/// Relative to the current folder.
std::string PracticeLogPath(const Config& config);

/// One recorded attempt.
struct PracticeEntry {
  std::string at;         ///< Local date-time, ISO 8601 with offset.
  std::string story;      ///< Story id.
  std::string principle;  ///< Principle id the prompt was for; may be empty.
  std::string prompt;
  int seconds = 0;                 ///< How long the telling took.
  int estimate = 0;                ///< The story's estimated spoken time then.
  int rating = 0;                  ///< 1..5
  std::vector<std::string> asked;  ///< The follow-up questions, in order.
  int line = 0;                    ///< Where the entry starts in the file (when read).
};

/// Parses a log. An empty file (or one holding only comments) has no
/// entries. Each problem is a Diagnostic; false when there was any.
bool ParsePracticeLog(std::string_view file, std::string_view content,
                      std::vector<PracticeEntry>* entries,
                      std::vector<Diagnostic>* errors);

/// Reads the log at `path`; a missing file is an empty log.
bool ReadPracticeLog(const std::string& path, std::vector<PracticeEntry>* entries,
                     std::vector<Diagnostic>* errors);

/// The YAML block for one entry, ending in a newline.
std::string RenderEntry(const PracticeEntry& entry);

/// `old` (a log's bytes, maybe empty) with `entry` appended: a header
/// comment first when the log is new, a newline first if `old` lacks one.
std::string AppendEntry(std::string_view old, const PracticeEntry& entry);

/// How to repair the log at `path` when it does not parse (one clause:
/// "repair practice.yaml (...)").
std::string PracticeLogRepair(const std::string& path);

/// Appends `entry` to the log at `path` through AppendToLog (io/log.h):
/// under a lock, re-read and checked, the old bytes never rewritten. When
/// the entry cannot be logged (the lock is held, the log does not parse,
/// the write fails), the result says why and where the entry was kept.
LogAppendResult AppendPracticeLog(const std::string& path, const PracticeEntry& entry);

}  // namespace starbank

#endif  // STARBANK_SRC_VIEWS_PRACTICE_LOG_H_
