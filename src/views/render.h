// What the views print with: colour, wrapping and the JSON of load errors,
// once for every command.
#ifndef STARBANK_SRC_VIEWS_RENDER_H_
#define STARBANK_SRC_VIEWS_RENDER_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "starbank/diagnostic.h"

namespace starbank {

/// Story text for one line of a terminal: whitespace runs (newlines
/// included) folded to one space and trimmed (FoldSpace), then Printable.
std::string PrintableLine(std::string_view s);

/// ANSI colour (SGR `code`, as "1" or "31;1"), or the text unchanged when off.
struct Paint {
  bool on = false;
  std::string operator()(std::string_view code, std::string_view text) const;
};

/// Wraps `text` (words separated by single spaces, as FoldSpace leaves them)
/// into lines of at most `columns` display columns, `indent` included, each
/// line starting with `indent` and ending in '\n'; a longer word is kept
/// whole on a line of its own. "" for no words.
std::string Wrap(std::string_view text, std::string_view indent, size_t columns);

/// The JSON every view's --format json lists load errors in: an array of
/// {"file", "line", "column", "message"}.
nlohmann::json ErrorsJson(const std::vector<Diagnostic>& errors);

}  // namespace starbank

#endif  // STARBANK_SRC_VIEWS_RENDER_H_
