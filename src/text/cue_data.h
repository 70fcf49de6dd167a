// The cue lexicon as constant data: what src/tools/pack_lexicon.cc writes at
// build time (packed_lexicon.cc, in the build folder) from data/lexicon, read
// by src/text/cues.cc. Every family is already parsed, its words already in
// a hash table (a WordTable view) and its phrases already split into words,
// so a process maps the lexicon instead of parsing it, builds nothing on
// first use and frees nothing at exit.
//
// Strings are offsets into one blob (kText), not pointers: constant data
// that needs no relocation and no constructor.
#ifndef STARBANK_SRC_TEXT_CUE_DATA_H_
#define STARBANK_SRC_TEXT_CUE_DATA_H_

#include <cstdint>

#include "text/phrases.h"
#include "text/word_table.h"

namespace starbank {
namespace cue_data {

/// kText[offset, +size).
struct Str {
  uint32_t offset;
  uint32_t size;
};

/// One family, as ParseLexicon reads it. Lists are ranges of kStrs (or of
/// kPhrases for the phrases' words): [first, first + count).
struct Family {
  Str name;
  Str file;
  uint32_t line;
  Str why;
  Str used_by;
  uint32_t rules, rule_count;
  uint32_t words, word_count;      ///< as written, repeats kept
  uint32_t phrases, phrase_count;  ///< as written
};

/// All strings, one after another (no separators).
extern const char kText[];
/// The strings of the families' lists.
extern const Str kStrs[];
/// cue::kFamilyCount families, in file and line order (the cue:: numbers).
extern const Family kFamilies[];
/// Family numbers in the byte order of their names, for lookups by name.
extern const uint16_t kByName[];
/// Each family's words as a table (views of kEntries and kSlots; a family
/// of phrases has an empty one).
extern const WordTable kTables[];
/// Every family's phrases, split into the words a PhraseMatcher compares
/// (texts in kText) and indexed by first word, each phrase's source its
/// family.
extern const PhraseMatcher::PackedIndex kPhraseIndex;

}  // namespace cue_data
}  // namespace starbank

#endif  // STARBANK_SRC_TEXT_CUE_DATA_H_
