// Setbacks told, not named: the clauses of a section that tell something
// going wrong or standing in the way of the goal (domain.md).
//
// A word list finds "bug" in "bug bash" and "risk" in "risk review", and
// misses "the vendor began serving stale prices". This finder reads each
// clause: an adverse event (a verb: slipped, broke, refused, was cut), a
// problem noun heading its phrase (an outage, a bug in the retry path, not
// a "crash-rate dashboard"), an adverse state (stale, flaky, had no
// connector, could not), or a constraint with stakes, wherever it is told
// (a hard deadline, 19 days out, only two engineers, a 72-hour window, no
// budget to hire, "without downtime" in the task). Negation turns a cue off
// ("no outage", "zero incidents"). The problem statement of the situation
// does not count, unless a person causes it ("a teammate kept changing the
// requirements"), nor does a cause found while diagnosing ("traced it to a
// full scan") or a safeguard the speaker built ("added timeouts"): a
// setback stands in the way of the fix.
#ifndef STARBANK_SRC_TEXT_SETBACKS_H_
#define STARBANK_SRC_TEXT_SETBACKS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/clauses.h"
#include "text/tokens.h"

namespace starbank {

/// Where a section sits in the story, which decides what counts in it.
enum class SetbackScope {
  kSetup,   ///< situation and task: constraints, outside events, people, own failures
  kAction,  ///< the action (and trade-offs): every kind of cue
  kResult,  ///< the result: only a contrast clause ("despite the slip")
};

/// The cue of each clause that tells a setback, as spans of `text`, up to
/// `limit` of them (lint needs only whether one is told, and stops at the
/// first). `skip` holds spans (celebrated effort) whose words never count.
///
/// With `problems` (and while it is empty), the cue of the first clause
/// that tells only a problem, no setback, goes there: the motivating
/// problem of the setup ("checkout was slow") or a cause found while
/// diagnosing ("traced it to a full scan"). The result is not searched.
std::vector<Span> FindSetbacks(std::string_view text, const std::vector<Token>& tokens,
                               const std::vector<Clause>& clauses, SetbackScope scope,
                               const std::vector<Span>& skip, size_t limit = SIZE_MAX,
                               std::vector<Span>* problems = nullptr);

}  // namespace starbank

#endif  // STARBANK_SRC_TEXT_SETBACKS_H_
