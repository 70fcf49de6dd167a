// What the build-time packers (pack_catalog.cc, pack_lexicon.cc) share:
// reading a file whole, writing C++ string literals, and replacing their
// output only when its bytes change, so an unchanged input rebuilds nothing.
#ifndef STARBANK_SRC_TOOLS_PACK_UTIL_H_
#define STARBANK_SRC_TOOLS_PACK_UTIL_H_

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

namespace starbank {
namespace pack {

inline bool ReadAll(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

// `s` as a C++ string literal: printable ASCII as is, every other byte
// (UTF-8, quotes, backslashes) as a three-digit octal escape. With
// `split` > 0, a new literal (on a new line) every `split` bytes of `s`:
// adjacent literals join, and the generated lines stay short.
inline std::string Literal(const std::string& s, size_t split = 0) {
  std::string out = "\"";
  size_t in_literal = 0;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7F && c != '"' && c != '\\' && c != '?') {
      out += c;
    } else {
      char esc[5];
      std::snprintf(esc, sizeof esc, "\\%03o", u);
      out += esc;
    }
    if (split > 0 && ++in_literal == split) {
      out += "\"\n    \"";
      in_literal = 0;
    }
  }
  return out + "\"";
}

// Writes `text` to `path` (through a temporary file and a rename) unless
// `path` already holds it; false when it cannot be written.
inline bool WriteIfChanged(const std::string& path, const std::string& text) {
  std::string old;
  if (ReadAll(path, &old) && old == text) return true;
  std::string tmp = path + ".tmp";
  std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  return out && std::rename(tmp.c_str(), path.c_str()) == 0;
}

}  // namespace pack
}  // namespace starbank

#endif  // STARBANK_SRC_TOOLS_PACK_UTIL_H_
