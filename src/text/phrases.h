// Phrase lists matched on whole words over tokens.
#ifndef STARBANK_TEXT_PHRASES_H_
#define STARBANK_TEXT_PHRASES_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokens.h"
#include "text/word_table.h"

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
  /// Phrases from several sources (lists), split into words and indexed
  /// by first word: phrase n is words[phrases[n]] from source[n], and the
  /// phrases are in source order, each source's in its own order. Phrases
  /// starting with an exact word are by_first[first_begin[id],
  /// first_begin[id + 1]) for the word's number id in first_words
  /// (first_of[n] = id), the others wildcard_first (first_of[n] = -1);
  /// both ascending. A view of arrays that outlive
  /// it: the cue lexicon's, packed at build time (src/tools/pack_lexicon.cc)
  /// with every family a source, so a process neither tokenizes its phrases
  /// nor indexes them.
  struct PackedIndex {
    const char* text;  ///< every Word's text
    const Word* words;
    const PhraseSpan* phrases;
    const uint16_t* source;
    size_t count;    ///< phrases
    size_t sources;  ///< 1 + the largest source number
    const WordTable* first_words;
    const uint32_t* first_begin;
    const uint32_t* by_first;
    const int32_t* first_of;
    const uint32_t* wildcard_first;
    size_t wildcard_count;
  };
  /// Up to 32 distinct sources of `index` matched in one pass, like
  /// Lists(): list k is source sources[k], and finds what Lists() of those
  /// sources' phrases would. Nothing is copied; phrases of other sources
  /// are passed over.
  static PhraseMatcher Packed(const PackedIndex& index, const std::vector<uint16_t>& sources);

  /// The index arrays of PackedIndex for phrases[0, count) (ascending
  /// source), as Lists() builds them at run time and the packer at build
  /// time; phrases of no words are left out.
  struct IndexArrays {
    WordTable first_words;
    std::vector<uint32_t> first_begin, by_first, wildcard_first;
    std::vector<int32_t> first_of;
  };
  static void IndexPhrases(const char* text, const Word* words, const PhraseSpan* phrases,
                           size_t count, IndexArrays* out);

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
