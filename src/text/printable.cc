// Terminal-safe text: Printable, DisplayWidth and FitWidth (text/printable.h).
#include <fmt/format.h>
#include <utf8proc.h>

#include "text/printable.h"

namespace starbank {

int32_t DecodeUtf8(std::string_view s, size_t i, size_t* len) {
  // utf8proc_iterate refuses overlong forms, surrogates, stray continuation
  // bytes, sequences cut short and code points past U+10FFFF.
  utf8proc_int32_t cp = -1;
  utf8proc_ssize_t n =
      i < s.size() ? utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                      static_cast<utf8proc_ssize_t>(s.size() - i), &cp)
                   : 0;
  *len = n > 0 ? static_cast<size_t>(n) : 0;
  return n > 0 ? cp : -1;
}

namespace {

size_t CharLength(std::string_view s, size_t i) {
  size_t n = 0;
  DecodeUtf8(s, i, &n);
  return n;
}

// The code point of the bidi control (U+202A-202E embeddings and
// overrides, U+2066-2069 isolates) of `n` bytes at s[i], else 0: they
// reorder what follows on the terminal, so a title could hide its text.
int BidiControl(std::string_view s, size_t i, size_t n) {
  if (n != 3 || static_cast<unsigned char>(s[i]) != 0xE2) return 0;
  unsigned char b1 = static_cast<unsigned char>(s[i + 1]);
  unsigned char b2 = static_cast<unsigned char>(s[i + 2]);
  int cp = 0x2000 | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ? cp : 0;
}

bool NeedsEscape(std::string_view s) {
  for (unsigned char c : s) {
    if (c < 0x20 || c >= 0x7F) return true;
  }
  return false;
}

}  // namespace

size_t Utf8CharLength(std::string_view s, size_t i) { return CharLength(s, i); }

std::string Printable(std::string_view s) {
  if (!NeedsEscape(s)) return std::string(s);
  std::string out;
  out.reserve(s.size() + 8);
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
      ++i;
    } else if (c == '\n') {
      out += "\\n", ++i;
    } else if (c == '\t') {
      out += "\\t", ++i;
    } else if (c == '\r') {
      out += "\\r", ++i;
    } else if (c < 0x80) {
      out += fmt::format("\\x{:02x}", c), ++i;
    } else if (size_t n = CharLength(s, i); n == 0) {
      out += fmt::format("\\x{:02x}", c), ++i;
    } else if (n == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned char>(s[i + 1]));  // C1
      i += 2;
    } else if (int bidi = BidiControl(s, i, n); bidi != 0) {
      out += fmt::format("\\u{:04x}", bidi);
      i += n;
    } else {
      out.append(s.data() + i, n);
      i += n;
    }
  }
  return out;
}

std::string Counted(size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

size_t DisplayWidth(std::string_view s) {
  size_t width = 0;
  for (size_t i = 0; i < s.size();) {
    size_t n = 0;
    int32_t cp = DecodeUtf8(s, i, &n);
    if (n == 0) {
      ++width, ++i;
      continue;
    }
    width += static_cast<size_t>(std::max(0, utf8proc_charwidth(cp)));
    i += n;
  }
  return width;
}

std::string FitWidth(std::string_view s, size_t width) {
  if (DisplayWidth(s) <= width) return std::string(s);
  if (width == 0) return "";
  std::string out;
  size_t used = 0;
  for (size_t i = 0; i < s.size();) {
    size_t n = 0;
    int32_t cp = DecodeUtf8(s, i, &n);
    size_t w = 1;
    if (n == 0) {
      n = 1;
    } else {
      w = static_cast<size_t>(std::max(0, utf8proc_charwidth(cp)));
    }
    if (used + w > width - 1) break;  // room for the '~'
    out.append(s.data() + i, n);
    used += w;
    i += n;
  }
  return out + "~";
}

std::string WrapHanging(std::string_view head, std::string_view text, size_t width) {
  size_t indent = DisplayWidth(head);
  std::string out(head);
  if (width == 0 || indent + DisplayWidth(text) <= width) return out.append(text) + "\n";
  size_t column = indent;
  for (size_t i = 0; i < text.size();) {
    size_t space = text.find(' ', i);
    std::string_view word = text.substr(i, space == std::string_view::npos ? text.npos : space - i);
    if (column > indent && column + 1 + DisplayWidth(word) > width) {
      out += "\n" + std::string(indent, ' ');
      column = indent;
    } else if (column > indent) {
      out += ' ';
      ++column;
    }
    out += word;
    column += DisplayWidth(word);
    i = space == std::string_view::npos ? text.size() : space + 1;
  }
  return out + "\n";
}

}  // namespace starbank
