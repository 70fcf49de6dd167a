// YAML errors in plain words: what yaml-cpp 0.7 reports when a document does
// not parse (its ErrorMsg strings), said as a person would and placed where
// the problem starts: an unclosed '[' at the '[', an unterminated quoted
// string at its opening quote, a tab at the tab. Reads the raw text only;
// the reader (yaml_tree.cc) hands over what the parser knew.
#ifndef STARBANK_SRC_MODEL_YAML_ERRORS_H_
#define STARBANK_SRC_MODEL_YAML_ERRORS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace starbank {

/// What the parser knew when it failed on one document of a file.
struct YamlFailure {
  std::string_view content;  ///< The whole file.
  size_t begin = 0;          ///< The document being parsed is [begin, end)...
  size_t end = 0;            ///< ...of `content`.
  size_t at = 0;             ///< yaml-cpp's mark, as an offset into `content`.
  std::string message;       ///< yaml-cpp's message (an ErrorMsg string).
  /// Offsets of the innermost '[' and '{' still open, npos when none.
  size_t open_list = std::string_view::npos;
  size_t open_map = std::string_view::npos;
};

/// A failure explained: where the problem starts (an offset into the
/// content, never past its last line) and what to do about it.
struct YamlProblem {
  size_t at = 0;
  std::string message;
};

/// yaml-cpp's message in plain words at the place the problem starts. A
/// message it does not know is kept, lowercased, at yaml-cpp's mark.
YamlProblem ExplainYamlError(const YamlFailure& failure);

/// The message for a quoted string opened with `quote` that never closes.
std::string UnterminatedQuoteMessage(char quote);

/// Whether the quoted string opening at content[open] closes before `end`.
bool QuoteCloses(std::string_view content, size_t open, size_t end);

/// Offset of the opening quote of the first quoted string in [begin, end)
/// of `content` that never closes; npos when every one closes.
size_t FindUnclosedQuote(std::string_view content, size_t begin, size_t end);

}  // namespace starbank

#endif  // STARBANK_SRC_MODEL_YAML_ERRORS_H_
