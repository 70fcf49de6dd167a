// UnifiedDiff: Myers' O((N+M)D) line diff, so a
// fix of two lines in a file of thousands costs a few passes, not N*M.
#include "views/unified_diff.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

namespace starbank {
namespace {

// Lines with their '\n', so a change of line ending is a change.
std::vector<std::string_view> LinesOf(std::string_view s) {
  std::vector<std::string_view> out;
  for (size_t at = 0; at < s.size();) {
    size_t nl = s.find('\n', at);
    size_t end = nl == std::string_view::npos ? s.size() : nl + 1;
    out.push_back(s.substr(at, end - at));
    at = end;
  }
  return out;
}

enum class Op { kSame, kDelete, kInsert };

// The shortest edit script from a to b, in order.
std::vector<Op> Script(const std::vector<std::string_view>& a,
                       const std::vector<std::string_view>& b) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  const int max = n + m;
  std::vector<int> v(2 * max + 2, 0);
  std::vector<std::vector<int>> trace;  // v[-d..d] after each step d
  auto at = [&](int k) -> int& { return v[k + max + 1]; };
  for (int d = 0; d <= max; ++d) {
    bool done = false;
    for (int k = -d; k <= d && !done; k += 2) {
      int x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
      int y = x - k;
      while (x < n && y < m && a[x] == b[y]) ++x, ++y;
      at(k) = x;
      done = x >= n && y >= m;
    }
    trace.emplace_back(v.begin() + (max + 1 - d), v.begin() + (max + 1 + d + 1));
    if (done) break;
  }
  std::vector<Op> ops;
  int x = n, y = m;
  for (int d = static_cast<int>(trace.size()) - 1; d > 0; --d) {
    const std::vector<int>& prev = trace[d - 1];  // v[-(d-1)..d-1]
    auto pv = [&](int k) { return prev[k + d - 1]; };
    int k = x - y;
    bool down = k == -d || (k != d && pv(k - 1) < pv(k + 1));
    int pk = down ? k + 1 : k - 1;
    int px = pv(pk), py = px - pk;
    while (x > px + (down ? 0 : 1) && y > py + (down ? 1 : 0)) {
      ops.push_back(Op::kSame), --x, --y;
    }
    ops.push_back(down ? Op::kInsert : Op::kDelete);
    x = px, y = py;
  }
  while (x > 0 && y > 0) ops.push_back(Op::kSame), --x, --y;
  std::reverse(ops.begin(), ops.end());
  return ops;
}

void AddLine(std::string* out, char mark, std::string_view line) {
  *out += mark;
  out->append(line);
  if (line.empty() || line.back() != '\n') *out += "\n\\ No newline at end of file\n";
}

std::string Range(int start, int count) {
  // GNU diff: an empty range names the line before it; ",1" is left out.
  if (count == 1) return fmt::format("{}", start + 1);
  return fmt::format("{},{}", count == 0 ? start : start + 1, count);
}

}  // namespace

std::string UnifiedDiff(const std::string& path, std::string_view before,
                        std::string_view after) {
  if (before == after) return "";
  std::vector<std::string_view> a = LinesOf(before), b = LinesOf(after);
  std::vector<Op> ops = Script(a, b);
  constexpr int kContext = 3;
  std::string out = fmt::format("--- {}\n+++ {}\n", path, path);
  size_t i = 0;
  int x = 0, y = 0;  // lines of a and b before ops[i]
  while (i < ops.size()) {
    if (ops[i] == Op::kSame) {
      ++i, ++x, ++y;
      continue;
    }
    // A hunk: from kContext lines before this change to kContext after the
    // last change that is within 2 * kContext same lines of the previous.
    size_t begin = i;
    int back = 0;
    while (back < kContext && begin > 0 && ops[begin - 1] == Op::kSame) --begin, ++back;
    size_t end = i;
    for (size_t same = 0; end < ops.size(); ++end) {
      same = ops[end] == Op::kSame ? same + 1 : 0;
      if (same > 2 * kContext) break;
    }
    size_t last_change = end;
    while (last_change > i && ops[last_change - 1] == Op::kSame) --last_change;
    end = std::min(ops.size(), last_change + kContext);
    int sx = x - back, sy = y - back, cx = 0, cy = 0;
    std::string body;
    int ax = sx, by = sy;
    for (size_t j = begin; j < end; ++j) {
      if (ops[j] == Op::kSame) {
        AddLine(&body, ' ', a[ax]), ++ax, ++by, ++cx, ++cy;
      } else if (ops[j] == Op::kDelete) {
        AddLine(&body, '-', a[ax]), ++ax, ++cx;
      } else {
        AddLine(&body, '+', b[by]), ++by, ++cy;
      }
    }
    out += fmt::format("@@ -{} +{} @@\n", Range(sx, cx), Range(sy, cy));
    out += body;
    x = ax, y = by, i = end;
  }
  return out;
}

}  // namespace starbank
