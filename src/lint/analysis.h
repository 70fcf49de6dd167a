// StoryAnalysis: the facts about one story that rules and the score share.
//
// Computed once per story, before any rule runs, so that no rule and the
// score re-scan the same text. Every span keeps its byte offset into the
// section it was found in, for precise finding positions.
#ifndef STARBANK_LINT_ANALYSIS_H_
#define STARBANK_LINT_ANALYSIS_H_

#include <string>
#include <vector>

#include "starbank/story.h"
#include "text/tokens.h"

namespace starbank {

class Catalog;
struct Principle;

/// A span found in one section of a story.
struct Found {
  Part part;
  Span span;
};

struct StoryAnalysis {
  /// Each spoken section's tokens, made once and shared by every finder,
  /// the rules and the duplicate fingerprint.
  std::vector<Token> tokens[kPartCount];
  int words[kPartCount] = {};
  int total_words = 0;      ///< Over situation, task, action, result, learning.
  int seconds = 0;          ///< Spoken time at the configured words per minute.
  double setup_share = 0;   ///< (situation + task) / total words.

  std::vector<Span> result_quantities;
  std::vector<Span> result_comparisons;
  /// The result's amounts that ask for a baseline it does not name: empty
  /// when it names one (a comparison) or has no amount; else every quantity
  /// but those that date the result ("on March 3", "two weeks later").
  /// no-baseline and the score read this.
  std::vector<Span> result_unbaselined;
  std::vector<Span> vague_phrases;     ///< In the result.
  std::vector<Found> effort_phrases;   ///< Anywhere.
  /// The first setback told (text/setbacks.h), or "tradeoffs": the rules
  /// and the score ask only whether there is one.
  std::vector<Found> setbacks;
  /// The first problem told that is no setback (text/setbacks.h): the
  /// motivating problem ("checkout was slow") or a cause found while
  /// diagnosing. Searched only until a setback is found.
  std::vector<Found> problems;
  /// No setback is told, but the motivating problem is: the story says
  /// what was wrong, not what stood in the way of fixing it. The score
  /// forgives part of a missing setback for it.
  bool problem_only = false;
  /// "overcame many challenges": an obstacle named only in the abstract.
  std::vector<Found> abstract_setbacks;
  std::vector<Found> stock_claims;     ///< Unsupported stock phrases.

  /// Clauses of the action by who acts in them (text/clauses.h): the
  /// speaker ("I ...", or a leading verb in notes and bullets), we / the
  /// team / everyone as the acting subject, an agentless passive.
  int first_person = 0;
  double collective = 0;
  int passive = 0;
  int action_clauses = 0;
  std::vector<Span> collective_spans;  ///< The subject of each "we" clause.

  std::vector<const Principle*> principles;  ///< Resolved tags.
  std::vector<const PrincipleRef*> unknown_principles;
  bool expects_setback = false;  ///< Some tagged principle expects one.
};

/// Words per minute and other knobs the analysis depends on.
struct AnalysisOptions {
  int words_per_minute = 150;
};

StoryAnalysis Analyze(const Story& story, const Catalog& catalog,
                      const AnalysisOptions& options);

/// Resolves a story's principle tags, joining "Are Right" + "A Lot" that a
/// YAML flow list split at the comma. Unresolved refs go to `unknown`.
void ResolvePrinciples(const Story& story, const Catalog& catalog,
                       std::vector<const Principle*>* resolved,
                       std::vector<const PrincipleRef*>* unknown);

}  // namespace starbank

#endif  // STARBANK_LINT_ANALYSIS_H_
