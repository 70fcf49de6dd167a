// Text for a terminal: escaped controls, plurals, display width.
#ifndef STARBANK_TEXT_PRINTABLE_H_
#define STARBANK_TEXT_PRINTABLE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace starbank {

/// `s` safe to print on a terminal: C0 controls, DEL, C1 controls, the bidi
/// controls (U+202A-202E, U+2066-2069) and bytes that are not UTF-8 become
/// visible escapes (`\n`, `\t`, `\r`, `\x1b`, `\x7f`, `\u009b`, `\u202e`,
/// `\xe9`, `\xff\xfe`); everything else is kept. Every human-readable
/// output passes story text, titles, principle names and file names
/// through it, so no escape sequence from a story reaches the terminal.
std::string Printable(std::string_view s);

/// The code point of the valid UTF-8 character at s[i], its length in
/// `*len`; -1 and `*len` 0 when the byte there does not start one (a stray
/// continuation byte, an overlong form, a surrogate, a sequence cut short or
/// past U+10FFFF). The one UTF-8 decoder: everything that walks text a
/// character at a time and must validate it calls this.
int32_t DecodeUtf8(std::string_view s, size_t i, size_t* len);

/// Bytes in the valid UTF-8 character at s[i], or 0 when the byte there
/// does not start one (DecodeUtf8).
size_t Utf8CharLength(std::string_view s, size_t i);

/// "1 story", "2 stories": `n` and the noun in the number it needs.
std::string Counted(size_t n, std::string_view one, std::string_view many);

/// Columns `s` takes on a terminal (UTF-8; wide characters count 2,
/// combining marks 0; an invalid byte 1).
size_t DisplayWidth(std::string_view s);

/// `s` cut to at most `width` columns, never inside a UTF-8 character;
/// when cut, the last column is `~`.
std::string FitWidth(std::string_view s, size_t width);

/// `head` then `text` and a newline, the text wrapped at spaces under a
/// hanging indent so no line runs past `width` columns (a word longer than
/// the room left still runs over). `width` 0: no wrapping.
std::string WrapHanging(std::string_view head, std::string_view text, size_t width);

}  // namespace starbank

#endif  // STARBANK_TEXT_PRINTABLE_H_
