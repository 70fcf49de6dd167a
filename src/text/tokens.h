// Tokens: words, numbers and symbols with byte offsets, and small word helpers.
//
// Everything here is deterministic and works on UTF-8 bytes. Tokens keep
// byte offsets into the text they came from, so findings can point at the
// exact word. Typography common in real stories (→ − – ≈ ~ × and curly
// quotes) is understood: arrows and minus signs become their ASCII meaning.
#ifndef STARBANK_TEXT_TOKENS_H_
#define STARBANK_TEXT_TOKENS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <memory>
#include <string_view>
#include <vector>

namespace starbank {

/// ASCII lowercase copy (other bytes are kept as they are).
std::string ToLower(std::string_view s);

/// Levenshtein distance, for did-you-mean suggestions.
size_t EditDistance(std::string_view a, std::string_view b);

/// Collapses runs of whitespace (newlines too) to one space; trims.
std::string FoldSpace(std::string_view s);

/// Number of whitespace-separated words (how the spoken length is counted).
int CountWords(std::string_view text);

/// What ClassifyVerb (text/lexicon.h) answered for a token, remembered in
/// the token: the clause reader, the setback finder and the analysis ask
/// about the same token several times. A copy forgets it (the copy's norm
/// may be changed). Tokens are read by the thread that made them.
struct VerbMemo {
  static constexpr uint8_t kLemmaEmpty = 0, kLemmaSelf = 1, kLemmaOther = 2;
  int8_t form = -1;     ///< the VerbForm, or -1 before the first question
  uint8_t lemma = 0;    ///< the lemma is "", the norm itself, or another word
  VerbMemo() = default;
  VerbMemo(const VerbMemo&) noexcept {}
  VerbMemo& operator=(const VerbMemo&) noexcept {
    form = -1;
    lemma = kLemmaEmpty;
    return *this;
  }
};

struct Token {
  enum class Kind {
    kWord,    ///< letters, digits, apostrophes and inner hyphens: "i'd", "p95", "on-call"
    kNumber,  ///< starts with a digit: "42", "1.8s", "3x", "45k", "2,400", "10th"
    kSymbol,  ///< one punctuation mark or symbol, normalised: "->", "-", "%", "$", "~", "x", "."
  };
  Kind kind;
  std::string norm;    ///< Lowercased word, or normalised symbol.
  size_t offset;       ///< Byte offset in the source text.
  size_t length;       ///< Byte length in the source text.
  bool sentence_start; ///< First token after . ! ? or a blank line.
  mutable VerbMemo verb;  ///< ClassifyVerb's answer once asked (in the padding)
  uint32_t hash = 0;   ///< HashWord(norm), so word lists look tokens up cheaply.
};

/// The hash Token::hash holds: 32-bit FNV-1a of the bytes.
inline uint32_t HashWord(std::string_view word) {
  uint32_t h = 2166136261u;
  for (unsigned char c : word) h = (h ^ c) * 16777619u;
  return h;
}

/// True when `t` is the word or symbol `w` (its norm). Inline, where
/// std::string == const char* is an out-of-line call: the text finders ask
/// this of every token.
inline bool Is(const Token& t, std::string_view w) { return std::string_view(t.norm) == w; }

/// Splits text into words, numbers and symbols.
std::vector<Token> Tokenize(std::string_view text);

/// A span of text, as byte offsets into the analysed text.
struct Span {
  size_t offset = 0;
  size_t length = 0;
  std::string text;  ///< The matched source text.
};

}  // namespace starbank

#endif  // STARBANK_TEXT_TOKENS_H_
