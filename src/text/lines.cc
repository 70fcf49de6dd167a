#include "text/lines.h"

#include <algorithm>

namespace starbank {

std::vector<std::string_view> SplitSourceLines(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find('\n', start);
    if (end == std::string_view::npos) end = s.size();
    std::string_view line = s.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(line);
    start = end + 1;
  }
  return out;
}

}  // namespace starbank

namespace starbank {

size_t CountChars(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

size_t CharBoundaryBefore(std::string_view s, size_t max_bytes) {
  if (max_bytes >= s.size()) return s.size();
  size_t cut = max_bytes;
  while (cut > 0 && IsUtf8Continuation(s[cut])) --cut;
  return cut;
}

size_t Utf16Length(std::string_view text) {
  size_t units = 0;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte
    units += c >= 0xF0 ? 2 : 1;        // four-byte sequences are surrogate pairs
  }
  return units;
}

size_t LineStartOffset(std::string_view text, int line) {
  if (line < 1) return std::string_view::npos;
  size_t at = 0;
  for (int l = 1; l < line; ++l) {
    at = text.find('\n', at);
    if (at == std::string_view::npos) return at;
    ++at;
  }
  return at <= text.size() ? at : std::string_view::npos;
}

size_t LineEndOffset(std::string_view text, size_t at) {
  size_t end = text.find('\n', at);
  if (end == std::string_view::npos) end = text.size();
  if (end > at && text[end - 1] == '\r') --end;
  return end;
}

size_t LineStartAt(std::string_view text, size_t at) {
  if (at == 0) return 0;
  size_t nl = text.rfind('\n', std::min(at, text.size()) - 1);
  return nl == std::string_view::npos ? 0 : nl + 1;
}

size_t OffsetAt(std::string_view text, int line, int column) {
  size_t at = LineStartOffset(text, line);
  if (at == std::string_view::npos) return at;
  if (line == 1 && text.substr(0, 3) == "\xEF\xBB\xBF") at = 3;  // as yaml-cpp counts
  size_t eol = LineEndOffset(text, at);
  for (int col = 1; col < column && at < eol; ++col) {
    ++at;
    while (at < eol && IsUtf8Continuation(text[at])) ++at;
  }
  return at;
}

Utf16Position Utf16PositionOf(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  size_t line_start = LineStartAt(text, offset);
  size_t line =
      static_cast<size_t>(std::count(text.begin(), text.begin() + line_start, '\n'));
  return {line, Utf16Length(text.substr(line_start, offset - line_start))};
}

size_t OffsetOfUtf16(std::string_view text, size_t line, size_t character) {
  size_t at = 0;
  for (size_t l = 0; l < line; ++l) {
    size_t nl = text.find('\n', at);
    if (nl == std::string_view::npos) return text.size();
    at = nl + 1;
  }
  size_t end = LineEndOffset(text, at);
  while (at < end && character > 0) {
    // As Utf16Length counts: every lead byte from 0xF0 up is a surrogate pair.
    unsigned char c = static_cast<unsigned char>(text[at]);
    size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    size_t cost = len == 4 ? 2 : 1;
    if (cost > character) break;
    character -= cost;
    at = std::min(end, at + len);
  }
  return at;
}

}  // namespace starbank
