// Source lines: a file's text split the way positions count lines, and
// columns counted the way an editor counts them.
#ifndef STARBANK_TEXT_LINES_H_
#define STARBANK_TEXT_LINES_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace starbank {

/// `source` split at '\n' (a trailing '\r' dropped from each line). The text
/// after the last '\n' is the last line, empty when `source` ends with '\n'.
std::vector<std::string_view> SplitSourceLines(std::string_view source);

/// UTF-8 characters (code points) in `s`: the bytes that are not
/// continuation bytes.
size_t CountChars(std::string_view s);

/// 1-based column of byte `offset` in `line`, counting UTF-8 characters.
inline int ColumnOf(std::string_view line, size_t offset) {
  return 1 + static_cast<int>(CountChars(line.substr(0, offset)));
}

}  // namespace starbank

#endif  // STARBANK_TEXT_LINES_H_
