// Source lines and positions, one way for every consumer (suppressions,
// fixes, the language server): a file's text split the way positions count
// lines; byte offsets, starbank's 1-based lines and columns (columns count
// UTF-8 characters, as a Mark does) and the language server's 0-based lines
// and UTF-16 code units, mapped into each other.
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

/// Bytes in the UTF-8 sequence a lead byte `c` starts (1 for ASCII, a
/// continuation byte or an invalid lead): the step that walks text one
/// character at a time without validating it (Utf8CharLength validates).
inline size_t Utf8SequenceLength(unsigned char c) {
  return c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3
                                          : (c & 0xF8) == 0xF0 ? 4 : 1;
}

/// Whether byte `c` continues a UTF-8 sequence (10xxxxxx).
inline bool IsUtf8Continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

/// The largest n <= `max_bytes` (and <= s.size()) at which `s` can be cut
/// without splitting a UTF-8 character.
size_t CharBoundaryBefore(std::string_view s, size_t max_bytes);

/// UTF-16 code units in `text` (UTF-8), as LSP counts a line's characters:
/// a four-byte sequence is a surrogate pair.
size_t Utf16Length(std::string_view text);

/// Byte offset where 1-based `line` starts; npos when the text has fewer lines.
size_t LineStartOffset(std::string_view text, int line);

/// End of the line holding byte `at`: before its "\n" or "\r\n".
size_t LineEndOffset(std::string_view text, size_t at);

/// Start of the line holding byte `at`.
size_t LineStartAt(std::string_view text, size_t at);

/// The byte offset of 1-based `line` and code-point `column`, as a Mark
/// holds them (the column clamped to its line; a UTF-8 byte-order mark
/// skipped on line 1, as yaml-cpp counts); npos when the line is past the end.
size_t OffsetAt(std::string_view text, int line, int column);

/// An LSP position: 0-based line, UTF-16 code units into it.
struct Utf16Position {
  size_t line = 0;
  size_t character = 0;
};

/// The LSP position of byte `offset` (clamped to the text).
Utf16Position Utf16PositionOf(std::string_view text, size_t offset);

/// The byte offset of an LSP position, clamped to its line (and the text).
size_t OffsetOfUtf16(std::string_view text, size_t line, size_t character);

}  // namespace starbank

#endif  // STARBANK_TEXT_LINES_H_
