// Phrase lists matched on whole words over tokens.
#ifndef STARBANK_TEXT_PHRASES_H_
#define STARBANK_TEXT_PHRASES_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokens.h"

namespace starbank {

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

  /// One word of a phrase as the matcher reads it: its kind and its text
  /// (the word; the prefix or suffix without its '*'; "*" or "#") as
  /// text[offset, +size) of the text its list is stored with.
  struct Word {
    enum class Kind : uint8_t { kExact, kAnyWord, kNumber, kPrefix, kSuffix };
    uint32_t offset;
    uint32_t size;
    Kind kind;
  };
  /// A phrase: words[begin, begin + size) of its list. A phrase of no words
  /// (a line of only spaces) never matches.
  struct PhraseSpan {
    uint32_t begin;
    uint32_t size;
  };
  /// A list of phrases already split into words (by ParsePhrase), in
  /// arrays that outlive the matcher: the cue lexicon's, written at build
  /// time (src/tools/pack_lexicon.cc), so a process tokenizes none of them.
  struct PackedList {
    const Word* words;
    const PhraseSpan* phrases;
    size_t size;  ///< phrases
  };
  /// Up to 32 packed lists, like Lists(); every Word's text is in `text`.
  /// Nothing is copied.
  static PhraseMatcher Packed(const char* text, const std::vector<PackedList>& lists);

  /// Splits `phrase` into the words a matcher compares, appending each
  /// word's text to *text and the word to *words; returns how many.
  static size_t ParsePhrase(std::string_view phrase, std::string* text,
                            std::vector<Word>* words);

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

}  // namespace starbank

#endif  // STARBANK_TEXT_PHRASES_H_
