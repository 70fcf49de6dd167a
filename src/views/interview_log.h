// InterviewLog: which story was told to which company, as a plain YAML file.
//
// The log sits at the bank's root beside the practice log (interviews.yaml
// by default, `interview_log:` in the config moves it) and is meant to be
// committed and edited by hand. It is a YAML list, one interview round a
// block, keys always in the same order:
//
//   - company: Acme
//     date: 2026-11-03
//     round: phone screen
//     asked:
//       - Deliver Results
//     told:
//       - checkout-latency
//     notes: "Asked for the numbers twice."
//     outcome: "onsite invited"
//
// `starbank interview add` only ever appends blocks, so two branches that
// each add rounds merge as two blocks (`merge=union`). A second block with
// the same company, date and round adds to that round: the reader folds
// blocks with one key together (asked and told joined without repeats, the
// later notes and outcome added), so nothing a hand wrote is rewritten.
// None of the keys is a story key, so a walked `lint` skips the file.
// Reading never throws; problems come back as Diagnostics with file:line:col.
#ifndef STARBANK_SRC_VIEWS_INTERVIEW_LOG_H_
#define STARBANK_SRC_VIEWS_INTERVIEW_LOG_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "io/log.h"
#include "starbank/diagnostic.h"
#include "views/schedule.h"

namespace starbank {

// Where the log is: InterviewLogPath (io/config.h).

/// One interview round.
struct InterviewRound {
  std::string company;
  std::string date;   ///< ISO date, YYYY-MM-DD.
  std::string round;  ///< Free text: "phone screen", "onsite 2"; may be empty.
  std::vector<std::string> asked;  ///< Principles asked, as written (catalog names).
  std::vector<std::string> told;   ///< Story ids told.
  std::string notes;
  std::string outcome;
  Day day = 0;   ///< `date` as a day number (when read).
  int line = 0;  ///< Where the (first) block starts in the file (when read).
};

/// Whether two rounds are the same round: company (case and spacing
/// aside), date and round (case and spacing aside).
bool SameRound(const InterviewRound& a, const InterviewRound& b);

/// Whether `company` names the round's company (case and spacing aside).
bool AtCompany(const InterviewRound& r, std::string_view company);

/// Parses a log: each block one InterviewRound in file order (blocks of one
/// round not yet folded). Each problem is a Diagnostic; false when any.
bool ParseInterviewLog(std::string_view file, std::string_view content,
                       std::vector<InterviewRound>* blocks,
                       std::vector<Diagnostic>* errors);

/// Folds blocks of the same round into the first of them, in file order.
std::vector<InterviewRound> FoldRounds(const std::vector<InterviewRound>& blocks);

/// Reads and folds the log at `path`; a missing file is an empty log.
bool ReadInterviewLog(const std::string& path, std::vector<InterviewRound>* rounds,
                      std::vector<Diagnostic>* errors);

/// The YAML block for one round, ending in a newline.
std::string RenderRound(const InterviewRound& round);

/// What appending `add` to a log holding `rounds` (folded) must write: the
/// whole round when it is new; for a round already there, a block with only
/// the asked principles and told stories not yet in it and the notes and
/// outcome when they differ. False when the log holds all of it already.
bool RoundToAppend(const std::vector<InterviewRound>& rounds, const InterviewRound& add,
                   InterviewRound* block);

/// What happened to an AppendInterviewRound.
enum class AppendResult { kAppended, kAddedTo, kAlreadyThere, kFailed };

struct InterviewAppend {
  AppendResult result = AppendResult::kFailed;
  InterviewRound block;  ///< What was (or was to be) appended.
  /// When kFailed: why (file:line:col for a log that does not parse), how
  /// to repair the log, and the side file the block was kept in, if any.
  LogAppendResult log;
};

/// Appends `round` to the log at `path`: folds what the log holds, and
/// appends only what is new (RoundToAppend) through AppendToLog (io/log.h):
/// under the log's lock, re-read and checked there, the old bytes never
/// rewritten. A log that does not parse is reported before anything is
/// written (kFailed, nothing kept aside); a block another run's round
/// repeats meanwhile folds away on reading.
InterviewAppend AppendInterviewRound(const std::string& path,
                                     const InterviewRound& round);

/// How to repair the interview log at `path` when it does not parse.
std::string InterviewLogRepair(const std::string& path);

/// Per story id, the rounds it was told in, in log order.
std::map<std::string, std::vector<const InterviewRound*>> TellingsByStory(
    const std::vector<InterviewRound>& rounds);

}  // namespace starbank

#endif  // STARBANK_SRC_VIEWS_INTERVIEW_LOG_H_
