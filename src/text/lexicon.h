// Lexicon: which words are English verbs, and in what form.
//
// The clause reader needs to tell "Profiled the checkout path" (a verb: the
// speaker acting, subject dropped) from "Rollback was initiated" (a noun
// phrase, then a passive). The verbs come from WordNet (Debian's
// wordnet-base), packed into the binary at build time by
// cmake/wordnet.cmake; inflections follow WordNet's own "morphy" rules and
// its list of irregular forms. Words WordNet lacks ("sharded", "deduped")
// still read as past tense by their -ed ending.
#ifndef STARBANK_SRC_TEXT_LEXICON_H_
#define STARBANK_SRC_TEXT_LEXICON_H_

#include <string>
#include <string_view>

#include "text/tokens.h"

namespace starbank {

enum class VerbForm {
  kNone,    ///< not a verb form we know
  kBase,    ///< "ship", "write": base form (also present tense)
  kThird,   ///< "ships", "writes"
  kPast,    ///< "shipped", "wrote", "written": past tense or participle
  kGerund,  ///< "shipping", "writing"
};

/// Whether `word` (lowercase) is a WordNet verb lemma.
bool IsVerbLemma(std::string_view word);

/// The form of `word` (lowercase) as a verb, and its lemma in *lemma when
/// known ("" for an -ed word outside WordNet).
VerbForm ClassifyVerb(std::string_view word, std::string* lemma = nullptr);

/// ClassifyVerb(t.norm, lemma), remembered in the token (Token::verb) and
/// looked up by its hash: the same answer, asked again at the cost of a
/// load when no lemma is wanted, or the lemma is "" or the word itself.
VerbForm ClassifyVerb(const Token& t, std::string* lemma = nullptr);

/// VerbLemma(t.norm), through ClassifyVerb(t).
std::string VerbLemma(const Token& t);

/// The verb lemma of `word` ("wrote" -> "write", "slipped" -> "slip"), or
/// "" when the word is no form of a WordNet verb.
std::string VerbLemma(std::string_view word);

}  // namespace starbank

#endif  // STARBANK_SRC_TEXT_LEXICON_H_
