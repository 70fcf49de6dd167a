// Text analysis: the word-level facts the lint rules and the score rest on.
//
// Everything here is deterministic and works on UTF-8 bytes. Tokens keep
// byte offsets into the text they came from, so findings can point at the
// exact word. Typography common in real stories (→ − – ≈ ~ × and curly
// quotes) is understood: arrows and minus signs become their ASCII meaning.
#ifndef STARBANK_TEXT_H_
#define STARBANK_TEXT_H_

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

/// Quantities that make a result measurable: numbers with or without units,
/// percentages, durations, money, multipliers and counts, and spelled-out
/// amounts ("eleven days", "a dozen", "doubled", "half"). A bare year, a
/// quarter (Q2), a percentile label (p95) or a version is not a quantity.
std::vector<Span> FindQuantities(std::string_view text);
/// Same, reusing `tokens` = Tokenize(text).
std::vector<Span> FindQuantities(std::string_view text,
                                 const std::vector<Token>& tokens);

/// Comparisons that give a number a baseline: "from X to Y", "X -> Y",
/// "down 42%", "-84%", "cut by half", "3x faster", "vs a target of",
/// "instead of", "under budget", "compared with".
std::vector<Span> FindComparisons(std::string_view text);
/// Same, reusing `tokens` = Tokenize(text).
std::vector<Span> FindComparisons(std::string_view text,
                                  const std::vector<Token>& tokens);

/// Phrases from a fixed list, matched on whole words, case-insensitively.
/// A phrase may contain "*" for any one word, "#" for any number, "pre*"
/// for a word starting with "pre" and "*-hour" for a word or number ending
/// in "-hour". At each token the first phrase of the list that matches wins,
/// and matching resumes after it, so matches never overlap. Phrases are
/// indexed by their first word, so matching costs about O(tokens), not
/// O(tokens x phrases).
class PhraseMatcher {
 public:
  explicit PhraseMatcher(const std::vector<std::string>& phrases);
  /// Up to 32 lists matched in one pass over the tokens (one lookup a
  /// token, not one a list); each list keeps its own order and overlap.
  static PhraseMatcher Lists(const std::vector<std::vector<std::string>>& lists);

  /// The matches of the (first) list.
  std::vector<Span> FindAll(std::string_view text) const;
  /// Same, reusing `tokens` = Tokenize(text).
  std::vector<Span> FindAll(std::string_view text,
                            const std::vector<Token>& tokens) const;
  /// The matches of each list whose bit is set in `lists` (bit k: list k),
  /// by list: element k is what a matcher of list k alone would find; the
  /// others are empty.
  std::vector<std::vector<Span>> FindEach(std::string_view text,
                                          const std::vector<Token>& tokens,
                                          uint32_t lists = ~0u) const;

 private:
  PhraseMatcher() = default;
  struct Index;  // the phrases, by first word (src/text/phrases.cc)
  std::shared_ptr<const Index> index_;
};

/// `s` safe to print on a terminal: C0 controls, DEL, C1 controls and bytes
/// that are not UTF-8 become visible escapes (`\n`, `\t`, `\r`, `\x1b`,
/// `\x7f`, `\u009b`, `\xe9`); everything else is kept. Every human-readable
/// output passes story text, titles, principle names and file names
/// through it, so no escape sequence from a story reaches the terminal.
std::string Printable(std::string_view s);

/// "1 story", "2 stories": `n` and the noun in the number it needs.
std::string Counted(size_t n, std::string_view one, std::string_view many);

/// Columns `s` takes on a terminal (UTF-8; wide characters count 2,
/// combining marks 0; an invalid byte 1).
size_t DisplayWidth(std::string_view s);

/// `s` cut to at most `width` columns, never inside a UTF-8 character;
/// when cut, the last column is `~`.
std::string FitWidth(std::string_view s, size_t width);

/// English stem of `word` (Snowball's English stemmer, on its ASCII
/// lowercase), for inference: "making" -> "make", "career" stays "career".
/// Thread-safe: each thread has its own stemmer.
std::string Stem(std::string_view word);

}  // namespace starbank

#endif  // STARBANK_TEXT_H_
