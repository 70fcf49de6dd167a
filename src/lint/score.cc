// The scoring rubric: one cost table, read the way a bar-raiser reads a
// story. docs/scoring.md has the same table with the reason for each cost.
#include "starbank/score.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "lint/analysis.h"
#include "starbank/lint.h"

namespace starbank {
namespace {

// What each defect costs, in points of its dimension. A dimension starts at
// its maximum (starbank/score.h) and stops at 0, so two defects in one
// dimension cost at most its maximum. Each row is a defect a rule reports
// (docs/rules.md), read from the same analysis.
struct CostTable {
  // quantified (max 25): what the result shows.
  double no_number = 25;   // unquantified-result: nothing measured
  double praise = 20;      // vague-result: praise where the result should be
  double no_baseline = 4;  // no-baseline: numbers with nothing to compare them to
  double zero_share = 0.5; // share of it charged when one number is a zero
  // ownership (max 20): who acted.
  double told_as_we = 20;  // we-ownership, graded by the speaker's share
  double no_actor = 20;    // we-ownership: agentless passives, nobody acts
  // setback (max 10): what stood in the way.
  double no_setback = 10;       // no-setback where a principle expects one
  double no_setback_other = 6;  // no-setback where none does
  double problem_only = 0.5;    // share of it charged when only the problem is told
  // length (max 25): how long it takes to tell.
  double far_outside = 25;  // too-long / too-short: from 0 at the bound to this
  double far_over = 0.25;   // "far" over the limit: 25% over
  double far_under = 0.5;   // "far" under the floor: at half of it
  double short_grace = 0.1; // too-short costs nothing down to 90% of the floor
  double long_setup = 7;    // long-setup, all of it at setup_far over the limit
  double setup_far = 0.15;  // 15 points over the setup limit: 50% at 35%
  // structure (max 20): the shape of the story.
  double missing_section = 20;    // missing-section, each
  double unknown_principle = 20;  // unknown-principle
  double effort = 20;             // effort-over-outcome
  double no_learning = 6;         // missing-learning
  double stock_claim = 2;         // unsupported-claim, each of the first two
  double duplicate = 6;           // duplicate-story (PenalizeDuplicate)
};
constexpr CostTable kCost;

// An action this short may be a fragment; we-ownership does not judge it
// for the passive (src/rules/we_ownership.cc).
constexpr int kPassiveWords = 15;

int Remaining(int max, double cost) {
  return std::max(0, std::min(max, static_cast<int>(std::lround(max - cost))));
}

// "zero downtime", "0 failed payments": a count of nothing is an outcome
// that carries much of its own baseline.
bool IsZero(const Span& q) {
  std::string t;
  for (char c : q.text) t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return t == "zero" || t == "0" || t == "0%";
}

int Quantified(const StoryAnalysis& a) {
  double cost = 0;
  if (a.result_quantities.empty()) cost += kCost.no_number;
  if (!a.vague_phrases.empty()) cost += kCost.praise;
  if (!a.result_unbaselined.empty()) {
    bool zero = std::any_of(a.result_unbaselined.begin(), a.result_unbaselined.end(), IsZero);
    cost += kCost.no_baseline * (zero ? kCost.zero_share : 1.0);
  }
  return Remaining(Dimensions::kQuantifiedMax, cost);
}

// The cost of we-ownership where it would fire: the speaker's share of the
// action, I / (I + we x target), is 0.5 at the level's target ratio and 0
// when only "we" acts; the cost grows from 0 to its whole as the share falls.
double OwnershipCost(const StoryAnalysis& a, const LintOptions& o) {
  if (a.collective < 1) {
    bool hidden = a.first_person == 0 && a.passive >= 2 &&
                  a.words[static_cast<int>(Part::kAction)] >= kPassiveWords;
    return hidden ? kCost.no_actor : 0;
  }
  double target = o.OwnershipRatio();
  if (a.first_person >= target * a.collective) return 0;
  if (a.first_person > 0 && a.collective < 2) return 0;  // one stray "we"
  double share = a.first_person / (a.first_person + a.collective * target);
  return kCost.told_as_we * std::max(0.0, 1 - share / 0.5);
}

int Setback(const StoryAnalysis& a) {
  if (!a.setbacks.empty()) return Dimensions::kSetbackMax;
  double cost = a.expects_setback ? kCost.no_setback : kCost.no_setback_other;
  if (a.problem_only) cost *= kCost.problem_only;
  return Remaining(Dimensions::kSetbackMax, cost);
}

// Graded by how far outside the window [min_seconds, max_seconds] the story
// runs: nothing at the limit (or, under the floor, down to the grace), rising
// in a line to the whole far past it.
double TimeCost(const StoryAnalysis& a, const LintOptions& o) {
  double s = a.seconds;
  double past = 0;
  double floor = o.min_seconds * (1 - kCost.short_grace);
  if (s > o.max_seconds) {
    past = (s - o.max_seconds) / (kCost.far_over * std::max(1, o.max_seconds));
  } else if (s < floor) {
    past = (floor - s) /
           ((kCost.far_under - kCost.short_grace) * std::max(1, o.min_seconds));
  } else {
    return 0;
  }
  return kCost.far_outside * std::min(1.0, past);
}

// Graded by how far over the limit the setup runs: a share just over it is
// a slip, one of half the story all of long_setup.
double SetupCost(const StoryAnalysis& a, const LintOptions& o) {
  double over = a.setup_share - o.max_setup_share;
  if (over <= 0) return 0;
  return kCost.long_setup * std::min(1.0, over / kCost.setup_far);
}

int Length(const StoryAnalysis& a, const LintOptions& o) {
  if (a.total_words == 0) return 0;
  double cost = TimeCost(a, o) + SetupCost(a, o);
  return Remaining(Dimensions::kLengthMax, cost);
}

int Structure(const Story& story, const StoryAnalysis& a) {
  double cost = 0;
  const Section* required[] = {&story.title, &story.part(Part::kSituation),
                               &story.part(Part::kTask), &story.part(Part::kAction),
                               &story.part(Part::kResult)};
  for (const Section* r : required) cost += r->empty() ? kCost.missing_section : 0;
  if (story.principles.empty()) cost += kCost.missing_section;
  if (!a.unknown_principles.empty()) cost += kCost.unknown_principle;
  if (story.part(Part::kLearning).empty()) cost += kCost.no_learning;
  if (!a.effort_phrases.empty()) cost += kCost.effort;
  cost +=
      kCost.stock_claim * static_cast<double>(std::min<size_t>(a.stock_claims.size(), 2));
  return Remaining(Dimensions::kStructureMax, cost);
}

}  // namespace

Dimensions ScoreStory(const Story& story, const StoryAnalysis& analysis,
                      const LintOptions& options) {
  Dimensions d;
  d.quantified = Quantified(analysis);
  d.ownership = Remaining(Dimensions::kOwnershipMax, OwnershipCost(analysis, options));
  d.setback = Setback(analysis);
  d.length = Length(analysis, options);
  d.structure = Structure(story, analysis);
  // A story with no result or no action cannot score on what depends on them.
  if (story.part(Part::kResult).empty()) d.quantified = 0;
  if (story.part(Part::kAction).empty()) d.ownership = 0;
  return d;
}

int DuplicatePenalty(int structure) {
  return std::min(std::max(0, structure), static_cast<int>(kCost.duplicate));
}

void PenalizeDuplicate(Dimensions* d) { d->structure -= DuplicatePenalty(d->structure); }

}  // namespace starbank
