// Drill: what to practise next, which prompt to tell it to, and which
// follow-up questions to ask after.
//
// Built on a linted bank (StoryReports and their findings) and the practice
// log; everything is a pure function of those, the day and a seeded random
// engine, so a run with --seed and a fixed clock is repeatable. Results
// point into the report and the catalog, which must outlive them.
#ifndef STARBANK_SRC_VIEWS_DRILL_H_
#define STARBANK_SRC_VIEWS_DRILL_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "starbank/diagnostic.h"
#include "starbank/story.h"
#include "views/practice_log.h"
#include "views/schedule.h"

namespace starbank {

class Catalog;
struct Principle;
struct StoryReport;
struct LintReport;

/// One story's practice so far and when it is due.
struct StoryStatus {
  const StoryReport* story = nullptr;
  StoryState state;
  Day due = 0;
  std::string last_at;  ///< The last attempt's `at`; empty if never practised.
};

/// The status of every story in `stories` (bank order) from the log's
/// entries for its id, replayed oldest first. A telling over `max_seconds`
/// counts against it (NextBox).
std::vector<StoryStatus> StatusOf(const std::vector<const StoryReport*>& stories,
                                  const std::vector<PracticeEntry>& log, int max_seconds,
                                  Day today);
/// The same for every story of a report.
std::vector<StoryStatus> StatusOf(const std::vector<StoryReport>& stories,
                                  const std::vector<PracticeEntry>& log, int max_seconds,
                                  Day today);

/// Most due first: never practised (in bank order), then due or overdue
/// (earliest due first, then the lower last rating), then the rest (lowest
/// mean rating first, then earliest due). Ties keep bank order.
std::vector<const StoryStatus*> RankDue(const std::vector<StoryStatus>& statuses,
                                        Day today);

/// The prompt to tell `story` to: one of its own `prompts:` unless
/// `principle_first`, else (or when it has none) one of `principle`'s
/// catalog prompts; the title as a question when neither has any.
std::string ChoosePrompt(const Story& story, const Principle* principle,
                         bool principle_first, std::mt19937* rng);

/// A follow-up question, with the story's prepared answer when it has one.
struct FollowupQuestion {
  std::string question;
  std::string rule;             ///< The finding it probes; empty for a catalog one.
  std::string prepared_answer;  ///< From the story's `followups:`; may be empty.
};

/// Up to kMaxFollowups questions: one per probed finding of the story (a
/// rule's follow-up in data/rules, asked by its order), then `principle`'s catalog
/// follow-ups in a seeded order until there are three. Each carries the
/// prepared answer whose question is the same (SamePrompt).
std::vector<FollowupQuestion> ChooseFollowups(const std::vector<Diagnostic>& findings,
                                              const Principle* principle,
                                              const std::vector<Followup>& prepared,
                                              std::mt19937* rng);
inline constexpr size_t kMaxFollowups = 3;

/// Seconds a telling should take: the window the timer marks.
inline constexpr int kWindowLow = 60, kWindowHigh = 90;

/// The timer's bar at `seconds`: 24 cells of 5 s over two minutes in
/// brackets, the 60-90 s window's empty cells drawn '-' and the others '.';
/// the filled part is '=' and turns to '#' at 90 s. With `color`, the
/// filled part is a green block that turns red, and empty cells are dimmed.
std::string TimerBar(int seconds, bool color);

/// 84 -> "1:24".
std::string ClockText(int seconds);

/// What a telling's length says: "inside the 60-90 s window", "over the
/// 60-90 s window", "short of the 60-90 s window", or over `max_seconds`
/// "over 120 s: it comes back sooner; cut the setup".
std::string Verdict(int seconds, int max_seconds);

/// The seconds a telling timed elsewhere took, when `line` (its first line
/// of input) is one ("84" or "84s"); nullopt otherwise.
std::optional<int> StatedSeconds(std::string line);

/// A story to drill, and the principle whose prompt it is told to.
struct DrillItem {
  const StoryReport* story = nullptr;
  const Principle* principle = nullptr;  ///< The prompt's principle; may be null.
  bool principle_first = false;          ///< Ask the principle's prompt, not the story's.
};

/// The first principle `s` is tagged with, or nullptr.
const Principle* FirstPrinciple(const StoryReport& s, const Catalog& catalog);

/// Up to `count` stories of `pool` to drill, most due first (RankDue); each
/// told to `only`'s prompt when given, else to its first principle's.
std::vector<DrillItem> DueItems(const std::vector<const StoryReport*>& pool,
                                const std::vector<PracticeEntry>& log, int max_seconds,
                                Day today, size_t count, const Principle* only,
                                const Catalog& catalog);

/// The findings of one story of `report`.
std::vector<Diagnostic> FindingsOf(const LintReport& report, const StoryReport& s);

/// When a story is due, as `drill --status` says it: "now (new)",
/// "2026-11-30 overdue", "2026-12-04 in 3 days".
std::string DueText(const StoryStatus& s, Day today);

/// A story's practice in a line, for `show` and `map --principle`: "never
/// practised", or "practised 2026-12-01 (rated 4), due 2026-12-04".
std::string PracticedLine(const StoryStatus& s);

/// `drill --status` as a table, most due first, with a summary line
/// naming `log_path`.
std::string StatusText(const std::vector<const StoryStatus*>& ranked, Day today,
                       const std::string& log_path);

/// `drill --status --format json` (docs/drill.md).
nlohmann::json StatusJson(const std::vector<const StoryStatus*>& ranked, Day today,
                          const std::string& log_path,
                          const std::vector<Diagnostic>& errors);

}  // namespace starbank

#endif  // STARBANK_SRC_VIEWS_DRILL_H_
