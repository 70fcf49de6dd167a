// Schedule: when a story is due for practice again, from its past attempts.
//
// The rule is Leitner's boxes (docs/drill.md). Every story sits in one of
// five boxes; box N waits kBoxDays[N] days after the last attempt. A story
// never practised is due at once. After each attempt:
//   rating 4-5: one box up (at most box 5)
//   rating 3:   the same box
//   rating 1-2: back to box 1
//   a telling over the spoken-time limit (max_seconds, default 120 s) then
//   drops one more box (never below box 1)
// Only a telling on or after the due day moves a story up: an early repeat
// (the same day, say) is logged and counted, but keeps the box and the due
// day unless it sends the story down.
// so a bad or over-long telling comes back sooner, a good one later. Dates
// are whole days (the attempt's local calendar day); everything here is a
// pure function so tests can replay any history.
#ifndef STARBANK_SRC_VIEWS_SCHEDULE_H_
#define STARBANK_SRC_VIEWS_SCHEDULE_H_

#include <cstdint>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace starbank {

/// A calendar day as a count of days since 1970-01-01.
using Day = int64_t;

/// Days a story waits in box 1..5 (index 0 unused).
inline constexpr int kBoxDays[] = {0, 1, 3, 7, 14, 30};
inline constexpr int kTopBox = 5;

/// The day of a proleptic Gregorian date.
Day DayOf(int year, int month, int day);
/// "YYYY-MM-DD".
std::string IsoDate(Day day);
/// The day of text starting "YYYY-MM-DD" (an ISO date or date-time);
/// nullopt when it does not start with a valid date.
std::optional<Day> ParseIsoDay(std::string_view text);

/// Parses "YYYY-MM-DD[THH:MM[:SS]][Z|+HH:MM|-HH:MM]"; a time without a zone
/// is local time. nullopt when it is not one.
std::optional<std::time_t> ParseInstant(const std::string& s);
/// Local time as ISO 8601 with its offset: 2026-12-01T20:45:12+01:00.
std::string FormatInstant(std::time_t t);
/// The local day of an instant.
Day LocalDay(std::time_t t);
/// "today", "tomorrow", "in 3 days", "yesterday", "2 days ago".
std::string RelativeDay(Day day, Day today);

/// One attempt as the schedule sees it.
struct Rated {
  Day day = 0;
  int rating = 0;   ///< 1..5
  int seconds = 0;  ///< How long the telling took.
};

/// The box after an attempt rated `rating` that took `seconds`, from `box`
/// (1..5; a story never practised is in box 1).
int NextBox(int box, int rating, int seconds, int max_seconds);

/// Where a story stands after its attempts.
struct StoryState {
  int attempts = 0;
  int box = 1;
  std::optional<Day> last;  ///< Day of the last attempt; none if never practised.
  /// Day the box's wait counts from: the last attempt that was due (or
  /// overdue) or that sent the story down. An early repeat leaves it.
  std::optional<Day> since;
  int last_rating = 0;      ///< 0 if never practised.
  double mean_rating = 0;
  double mean_seconds = 0;
  /// The day it is due: since + kBoxDays[box], or `today` if never practised.
  Day Due(Day today) const { return since ? *since + kBoxDays[box] : today; }
};

/// Replays `attempts` (oldest first) through NextBox.
StoryState Replay(const std::vector<Rated>& attempts, int max_seconds);

}  // namespace starbank

#endif  // STARBANK_SRC_VIEWS_SCHEDULE_H_
