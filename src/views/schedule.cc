#include "views/schedule.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>

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

std::optional<std::time_t> ParseInstant(const std::string& s) {
  std::tm tm{};
  int y, mo, d, h = 0, mi = 0, sec = 0, used = 0;
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d%n", &y, &mo, &d, &used) != 3 || !ParseIsoDay(s))
    return std::nullopt;
  std::string rest = s.substr(static_cast<size_t>(used));
  if (!rest.empty() && (rest[0] == 'T' || rest[0] == ' ')) {
    int n = 0;
    if (std::sscanf(rest.c_str() + 1, "%2d:%2d%n", &h, &mi, &n) != 2) return std::nullopt;
    rest = rest.substr(1 + static_cast<size_t>(n));
    if (!rest.empty() && rest[0] == ':') {
      if (std::sscanf(rest.c_str() + 1, "%2d%n", &sec, &n) != 1) return std::nullopt;
      rest = rest.substr(1 + static_cast<size_t>(n));
    }
  }
  tm.tm_year = y - 1900, tm.tm_mon = mo - 1, tm.tm_mday = d;
  tm.tm_hour = h, tm.tm_min = mi, tm.tm_sec = sec;
  if (rest.empty()) {
    tm.tm_isdst = -1;
    return std::mktime(&tm);
  }
  int sign = rest[0] == '-' ? -1 : 1, oh = 0, om = 0;
  if (rest != "Z" && (std::sscanf(rest.c_str() + 1, "%2d:%2d", &oh, &om) != 2 ||
                      (rest[0] != '+' && rest[0] != '-') || rest.size() != 6))
    return std::nullopt;
  return timegm(&tm) - sign * (oh * 3600 + om * 60);
}

std::string FormatInstant(std::time_t t) {
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[40];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S%z", &tm);
  std::string s = buf;
  if (s.size() >= 5) s.insert(s.size() - 2, ":");
  return s;
}

Day LocalDay(std::time_t t) { return *ParseIsoDay(FormatInstant(t)); }

std::string RelativeDay(Day day, Day today) {
  Day n = day - today;
  if (n == 0) return "today";
  if (n == 1) return "tomorrow";
  if (n > 0) return fmt::format("in {} days", n);
  return n == -1 ? "yesterday" : fmt::format("{} days ago", -n);
}

}  // namespace starbank
