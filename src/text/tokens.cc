// Tokenizer and small string helpers.
#include <algorithm>
#include <cstdint>

#include "text/tokens.h"

#include "text/lines.h"

namespace starbank {
namespace {

// Decodes the code point at s[i]; sets *len (1 for invalid bytes).
unsigned int Decode(std::string_view s, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = Utf8SequenceLength(c);
  if (i + n > s.size()) n = 1;
  unsigned int cp = n == 1 ? c : c & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  }
  *len = n;
  return cp;
}

constexpr bool IsDigit(unsigned int cp) { return cp >= '0' && cp <= '9'; }
constexpr bool IsAsciiLetter(unsigned int cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}
bool IsApostrophe(unsigned int cp) { return cp == '\'' || cp == 0x2019; }

// Non-ASCII symbols with an ASCII meaning; "" for letters.
const char* SymbolFor(unsigned int cp) {
  switch (cp) {
    case 0x2192: case 0x27F6: case 0x21D2: case 0x2794: case 0x279C: return "->";
    case 0x2190: return "<-";
    case 0x2212: case 0x2013: case 0x2010: case 0x2011: return "-";
    case 0x2014: return "--";
    case 0x2248: case 0x223C: return "~";
    case 0x00D7: return "x";
    case 0x2018: case 0x2019: return "'";
    case 0x201C: case 0x201D: case 0x00AB: case 0x00BB: return "\"";
    case 0x2026: return "...";
    case 0x2264: return "<=";
    case 0x2265: return ">=";
    case 0x20AC: case 0x00A3: case 0x00A5: case 0x20B9: return "$";
    case 0x2022: case 0x00B7: return "*";
    case 0x00B1: return "+-";
    case 0x2030: return "%";
    default: return "";
  }
}

constexpr bool IsSpace(unsigned int cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 ||
         cp == 0x202F || cp == 0x2009 || cp == 0x200B || cp == 0xFEFF ||
         cp == '\f' || cp == '\v';
}

// A code point that can be part of a word: letters, and any non-ASCII
// character that is not a known symbol or space.
bool IsWordChar(unsigned int cp) {
  if (IsAsciiLetter(cp) || IsDigit(cp)) return true;
  if (cp < 0x80) return false;
  return !IsSpace(cp) && SymbolFor(cp)[0] == '\0';
}

}  // namespace

std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                         diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::string FoldSpace(std::string_view s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

int CountWords(std::string_view text) {
  // ' ', '\t', '\n', '\v', '\f', '\r' as a bit set over the low 33 bytes.
  constexpr uint64_t kSpaces = (1ULL << ' ') | (1ULL << '\t') | (1ULL << '\n') |
                               (1ULL << '\v') | (1ULL << '\f') | (1ULL << '\r');
  int n = 0;
  bool in_word = false;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    bool space = u <= ' ' && (kSpaces >> u & 1);
    n += !space && !in_word;
    in_word = !space;
  }
  return n;
}

namespace {

// ASCII letters and digits, the bytes most words are made of.
struct AsciiClass {
  bool word[128];
  bool space[128];
};
constexpr AsciiClass MakeAsciiClass() {
  AsciiClass t{};
  for (unsigned int c = 0; c < 128; ++c) {
    t.word[c] = IsAsciiLetter(c) || IsDigit(c);
    t.space[c] = IsSpace(c);
  }
  return t;
}
constexpr AsciiClass kAscii = MakeAsciiClass();  // built at compile time

// The code point at s[i]: one byte for ASCII, else Decode.
unsigned int CodePoint(std::string_view s, size_t i, size_t* len) {
  unsigned char b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    *len = 1;
    return b;
  }
  return Decode(s, i, len);
}

bool IsWordCp(unsigned int cp) { return cp < 0x80 ? kAscii.word[cp] : IsWordChar(cp); }
bool IsSpaceCp(unsigned int cp) { return cp < 0x80 ? kAscii.space[cp] : IsSpace(cp); }

// End of the word starting at `i` (a word character): letters and digits,
// plus inner joiners: 1.8, 2,400, on-call, i'd, v2.3, but only when a word
// character follows. Sets *ascii to whether every byte was ASCII.
size_t WordEnd(std::string_view s, size_t i, bool number, bool* ascii) {
  bool has_digit = number;
  size_t j = i;
  while (j < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[j]);
    if (b < 0x80 && kAscii.word[b]) {  // the common case
      has_digit = has_digit || IsDigit(b);
      ++j;
      continue;
    }
    size_t l;
    unsigned int c = CodePoint(s, j, &l);
    if (c >= 0x80) *ascii = false;
    if (IsWordCp(c)) {
      j += l;
      continue;
    }
    if (j + l >= s.size()) break;
    size_t l2;
    unsigned int next = CodePoint(s, j + l, &l2);
    bool joins = false;
    if ((c == '.' || c == ',') && IsDigit(next) && has_digit && j > i &&
        IsDigit(static_cast<unsigned char>(s[j - 1]))) {
      joins = c == '.' || number;
    } else if ((c == '-' || c == 0x2011 || c == 0x2010) && IsWordCp(next)) {
      joins = true;
    } else if (IsApostrophe(c) && IsAsciiLetter(next) && !number) {
      joins = true;
    }
    if (!joins) break;
    j += l;
  }
  return j;
}

// Lowercased word into *out (the token's own norm, empty, so it is written
// once); curly apostrophes become straight ones. Copied in, then lowered in
// place, hashing as it goes when ASCII (*hash is then HashWord(*out)); the
// tokenizer's hottest path. Appended, not assigned: assign's general path
// (overlap, reallocation) cost 64 instructions a word, append 32.
void NormalizeWord(std::string_view word, bool ascii, std::string* out, uint32_t* hash) {
  std::string& norm = *out;
  norm.append(word.data(), word.size());
  uint32_t h = 2166136261u;
  for (char& c : norm) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  }
  *hash = h;
  if (ascii) return;
  for (size_t p = norm.find("\xE2\x80\x99"); p != std::string::npos;
       p = norm.find("\xE2\x80\x99", p)) {
    norm.replace(p, 3, "'");
  }
  // Non-breaking and Unicode hyphens inside a word: "80\u2011hour" is "80-hour".
  for (const char* dash : {"\xE2\x80\x91", "\xE2\x80\x90"}) {
    for (size_t p = norm.find(dash); p != std::string::npos; p = norm.find(dash, p)) {
      norm.replace(p, 3, "-");
    }
  }
  *hash = HashWord(norm);
}

// The symbol at s[i] (code point `cp`, `*len` bytes), normalised; may widen
// *len for "->", "=>", "-->" and "<-".
std::string SymbolAt(std::string_view s, size_t i, unsigned int cp, size_t* len) {
  if (cp >= 0x80) {
    const char* sym = SymbolFor(cp);
    return sym[0] ? std::string(sym) : std::string(s.substr(i, *len));
  }
  char c = static_cast<char>(cp);
  if ((c == '-' || c == '=') && i + 1 < s.size() && s[i + 1] == '>') {
    *len = 2;
    return "->";
  }
  if (c == '-' && i + 2 < s.size() && s[i + 1] == '-' && s[i + 2] == '>') {
    *len = 3;
    return "->";
  }
  if (c == '<' && i + 1 < s.size() && s[i + 1] == '-') {
    *len = 2;
    return "<-";
  }
  return std::string(1, c);
}

// After a newline at s[i]: whether the next line is blank.
bool BlankLineFollows(std::string_view s, size_t i) {
  size_t j = i + 1;
  while (j < s.size() && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r')) ++j;
  return j < s.size() && s[j] == '\n';
}

}  // namespace

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  out.reserve(s.size() / 4);
  bool sentence_start = true;
  size_t i = 0;
  while (i < s.size()) {
    size_t len;
    unsigned int cp = CodePoint(s, i, &len);
    if (IsSpaceCp(cp)) {
      // A blank line ends a sentence (list items, headings without periods).
      if (cp == '\n' && BlankLineFollows(s, i)) sentence_start = true;
      i += len;
      continue;
    }
    if (IsWordCp(cp)) {
      bool number = IsDigit(cp);
      bool ascii = true;
      size_t j = WordEnd(s, i, number, &ascii);
      // Built in place: the norm is written once, no token moved.
      Token& t = out.emplace_back();
      t.kind = number ? Token::Kind::kNumber : Token::Kind::kWord;
      NormalizeWord(s.substr(i, j - i), ascii, &t.norm, &t.hash);
      t.offset = i;
      t.length = j - i;
      t.sentence_start = sentence_start;
      sentence_start = false;
      i = j;
      continue;
    }
    std::string sym = SymbolAt(s, i, cp, &len);
    bool ends = (sym.size() == 1 && (sym[0] == '.' || sym[0] == '!' || sym[0] == '?')) ||
                sym == "...";
    uint32_t hash = HashWord(sym);
    out.push_back(Token{Token::Kind::kSymbol, std::move(sym), i, len, sentence_start, {}, hash});
    sentence_start = ends;
    i += len;
  }
  return out;
}

}  // namespace starbank
