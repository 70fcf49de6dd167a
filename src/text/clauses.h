// Clauses: a section split into the units a reader hears as one statement,
// each with its acting subject.
//
// Real banks are written as sentences, as terse notes ("Profiled the path;
// parallelized two calls"), as bullets and as one item a line. The rules
// that judge ownership, setbacks and effort read each clause: who acts in
// it (the speaker, "we" / the team, a named other, nobody in a passive) and
// whether a negation governs a phrase in it. Everything works on the
// section's tokens (text.h), so positions stay exact.
#ifndef STARBANK_SRC_TEXT_CLAUSES_H_
#define STARBANK_SRC_TEXT_CLAUSES_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "text/tokens.h"

namespace starbank {

/// Who acts in a clause.
enum class Actor {
  kUnknown,     ///< the reader cannot tell (a fragment, a noun phrase alone)
  kSpeaker,     ///< "I ...", "Sarah and I ...", or a leading verb: "Profiled the path"
  kCollective,  ///< "we ...", "the team ...", "everyone ..." as the acting subject
  kPassive,     ///< an agentless passive: "the flag was flipped"
  kOther,       ///< someone or something else: "the vendor ...", "it ..."
};

struct Clause {
  size_t begin = 0;  ///< First token (after bullet marks).
  size_t end = 0;    ///< One past the last token.
  Actor actor = Actor::kUnknown;
  size_t actor_token = 0;  ///< The token that decided the actor.
};

/// Splits `tokens` (= Tokenize(text)) into clauses: at sentence ends,
/// semicolons, colons, blank lines, bullets ("- ", "* ", "1. " at a line's
/// start), and before "and"/"but"/"so"/"then" when a new subject follows
/// ("I wrote the plan and we shipped it"). With `lines_are_items` (a
/// section given as a YAML list) every line break ends a clause too.
std::vector<Clause> ReadClauses(std::string_view text, const std::vector<Token>& tokens,
                                bool lines_are_items);

/// The clause holding token `i`, or nullptr (binary search).
const Clause* ClauseAt(const std::vector<Clause>& clauses, size_t i);

/// The index of the first token at or after byte `offset` (binary search).
size_t TokenAt(const std::vector<Token>& tokens, size_t offset);

/// True when a negation governs token `i` within its clause: "no", "not",
/// "never", "no longer", "without", "n't", "stopped", "instead of",
/// "rather than" before it ("no longer pulled late nights", "asked the team
/// not to work weekends").
bool Negated(const std::vector<Token>& tokens, const Clause& clause, size_t i);

/// Whether a word is a contracted negation: "didn't", "wasn't", "can't".
bool EndsInNt(const Token& w);

/// True for forms of "be" and "get" that make a passive: was, were, is,
/// are, been, being, be, got, gets, getting.
bool IsPassiveAuxiliary(const Token& t);

/// True when the clause's subject is only in a state, not acting: its verb
/// is "be" and what follows is no action ("the team was thrilled", "we
/// were two weeks behind", "we were asked to help"). A progressive ("we
/// were migrating") and "we were able to" still act.
bool TellsState(const std::vector<Token>& tokens, const Clause& clause);

/// True for a word that names people: a personal pronoun (me, us, them),
/// the team, colleagues, engineers, customers.
bool NamesPeople(const Token& t);

}  // namespace starbank

#endif  // STARBANK_SRC_TEXT_CLAUSES_H_
