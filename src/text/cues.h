// Cues: the words the text finders look for, kept as data in
// data/lexicon/*.lex and compiled into the binary at build time
// (cmake/embed_lexicon.cmake). The C++ keeps the grammar (clauses,
// subjects, negation, scope); the word lists it consults live here, each in
// a named family with a note saying why its words are cues and which rules
// use it, so a person can read and extend them without reading C++.
//
// The file format is described in data/lexicon/README.md. The build parses
// the lexicon (src/tools/pack_lexicon.cc, with ParseLexicon below) and
// writes it as constant data: each family's words as a WordTable, its
// phrases split into words (text/cue_data.h). A process reads that data in
// place, parsing and building nothing; a finder keeps a reference:
//   static const WordTable& kUnits = Cues(cue::kTimeAmountUnits);
// so a lookup costs what an inline WordTable cost. The cue:: constants are
// generated from data/lexicon at build time (cue_families.h, written by
// cmake/embed_lexicon.cmake): a family misspelt or gone is a compile error,
// and one numbered otherwise than the packed data stops the build too.
#ifndef STARBANK_SRC_TEXT_CUES_H_
#define STARBANK_SRC_TEXT_CUES_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "cue_families.h"  // generated: cue::kAdverseVerbs, ...
#include "text/phrases.h"
#include "text/word_table.h"

namespace starbank {

/// One family of cue words, as written in data/lexicon.
struct CueFamily {
  std::string name;                ///< "time-units"
  std::string file;                ///< "time.lex"
  int line = 0;                    ///< line of its "==" header in that file
  std::string why;                 ///< why these words are cues
  std::vector<std::string> rules;  ///< rule ids that use it ("no-setback")
  std::string used_by;             ///< what else reads it ("principle inference")
  std::vector<std::string> words;  ///< in the order written
  /// Phrases ("went really well", "# hours straight"), one a line in the
  /// order written, for a PhraseMatcher (text/phrases.h): order matters
  /// there, the first phrase that matches wins.
  std::vector<std::string> phrases;
};

/// Every family of the embedded lexicon, in file and line order.
const std::vector<CueFamily>& CueFamilies();

/// The words of a family as a table (constant data, nothing to build):
///   static const WordTable& kBox = Cues(cue::kTimeBoxBox);
const WordTable& Cues(cue::Words family);

/// The words of a family, in the order written, for a caller that
/// transforms them (stems them, say) before its own lookups.
const std::vector<std::string>& CueWords(cue::Words family);

/// The phrases of a family, in the order written, for a PhraseMatcher.
const std::vector<std::string>& CuePhrases(cue::Phrases family);

/// A PhraseMatcher of up to 32 distinct families, matched in one pass (as
/// PhraseMatcher::Lists of their CuePhrases), over the phrases the build
/// already split into words: it tokenizes and copies none of them.
PhraseMatcher CuePhraseMatcher(std::initializer_list<cue::Phrases> families);

/// The same by family name, for tools and tests that walk CueFamilies().
/// An unknown name is a programming error: it aborts with the name.
const WordTable& Cues(std::string_view name);
const std::vector<std::string>& CueWords(std::string_view name);
const std::vector<std::string>& CuePhrases(std::string_view name);

/// Parses lexicon text (the format of data/lexicon/*.lex, files joined with
/// "@file NAME" lines) into families; on a malformed line sets *error to
/// "FILE:LINE: what" and returns what was read before it.
std::vector<CueFamily> ParseLexicon(std::string_view text, std::string* error);

}  // namespace starbank

#endif  // STARBANK_SRC_TEXT_CUES_H_
