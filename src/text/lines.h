// Source lines: a file's text split the way positions count lines.
#ifndef STARBANK_TEXT_LINES_H_
#define STARBANK_TEXT_LINES_H_

#include <string_view>
#include <vector>

namespace starbank {

/// `source` split at '\n' (a trailing '\r' dropped from each line).
std::vector<std::string_view> SplitSourceLines(std::string_view source);

}  // namespace starbank

#endif  // STARBANK_TEXT_LINES_H_
