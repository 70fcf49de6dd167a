#include "views/schedule.h"

#include <fmt/format.h>

#include <algorithm>

namespace starbank {

// Howard Hinnant's days_from_civil: exact for every Gregorian date.
Day DayOf(int year, int month, int day) {
  int y = year - (month <= 2 ? 1 : 0);
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<Day>(era) * 146097 + doe - 719468;
}

std::string IsoDate(Day days) {
  Day z = days + 719468;
  Day era = (z >= 0 ? z : z - 146096) / 146097;
  Day doe = z - era * 146097;
  Day yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  Day doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  Day mp = (5 * doy + 2) / 153;
  Day d = doy - (153 * mp + 2) / 5 + 1;
  Day m = mp < 10 ? mp + 3 : mp - 9;
  Day y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

std::optional<Day> ParseIsoDay(std::string_view t) {
  auto digits = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (i >= t.size() || t[i] < '0' || t[i] > '9') return -1;
      v = v * 10 + (t[i] - '0');
    }
    return v;
  };
  int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || t[4] != '-' || t[7] != '-')
    return std::nullopt;
  static const int kMonthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d > kMonthDays[m - 1] || (m == 2 && d == 29 && !leap)) return std::nullopt;
  if (t.size() > 10 && t[10] != 'T' && t[10] != ' ') return std::nullopt;
  return DayOf(y, m, d);
}

int NextBox(int box, int rating, int seconds, int max_seconds) {
  int next = rating >= 4 ? box + 1 : rating == 3 ? box : 1;
  if (seconds > max_seconds) --next;  // Over the limit: it needs work either way.
  return std::clamp(next, 1, kTopBox);
}

StoryState Replay(const std::vector<Rated>& attempts, int max_seconds) {
  StoryState s;
  double ratings = 0, seconds = 0;
  for (const Rated& a : attempts) {
    int next = NextBox(s.box, a.rating, a.seconds, max_seconds);
    bool early = s.since && a.day < s.Due(a.day);
    // An early repeat that would move the story up (or keep it) is practice
    // on top: the box and the day its wait counts from stay as they were.
    if (!early || next < s.box) {
      s.box = next;
      s.since = a.day;
    }
    ++s.attempts;
    s.last = a.day;
    s.last_rating = a.rating;
    ratings += a.rating;
    seconds += a.seconds;
  }
  if (s.attempts > 0) {
    s.mean_rating = ratings / s.attempts;
    s.mean_seconds = seconds / s.attempts;
  }
  return s;
}

}  // namespace starbank
