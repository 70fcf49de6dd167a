// The scoring rubric; docs/scoring.md explains each dimension.
#include "starbank/score.h"

#include <algorithm>
#include <cmath>

#include "lint/analysis.h"
#include "starbank/lint.h"

namespace starbank {
namespace {

int Clamp(double v, int hi) {
  return std::max(0, std::min(hi, static_cast<int>(std::lround(v))));
}

int Quantified(const StoryAnalysis& a) {
  double q = 0;
  if (!a.result_quantities.empty()) q += 15;
  if (a.result_quantities.size() >= 2) q += 3;
  if (!a.result_comparisons.empty()) q += 12;
  q -= 8.0 * static_cast<double>(std::min<size_t>(a.vague_phrases.size(), 2));
  return Clamp(q, 30);
}

int Ownership(const StoryAnalysis& a, const LintOptions& o) {
  if (a.first_person == 0 && a.collective == 0) {
    // Nobody named acts: agentless passives cost; a clause-less fragment or
    // a story of others acting is neither credit nor blame.
    return a.passive >= 2 ? 4 : 14;
  }
  // The speaker never acts, only "we" does: at most 4, as for passives.
  if (a.first_person == 0) return 4;
  double target = o.OwnershipRatio();
  // share is 1 when there is no "we" and 0.5 exactly at the target ratio
  // (target "I" clauses per "we" clause), where the marks are full.
  double share = a.first_person / (a.first_person + a.collective * target);
  return Clamp(20 * std::min(1.0, share / 0.5), 20);
}

int Setback(const StoryAnalysis& a) {
  if (!a.setbacks.empty()) return 15;
  return a.expects_setback ? 0 : 6;
}

int Length(const StoryAnalysis& a, const LintOptions& o) {
  if (a.total_words == 0) return 0;
  double s = a.seconds;
  double time_score = 9;
  if (s < 60) {
    // 9 at 60 s, 3 at the floor, 0 at half the floor.
    double floor = o.min_seconds;
    time_score = s >= floor ? 3 + 6 * (s - floor) / std::max(1.0, 60 - floor)
                            : 3 * std::max(0.0, (s - floor / 2) / std::max(1.0, floor / 2));
  } else if (s > 105) {
    // 9 up to 105 s, 3 at the limit, 0 at 1.25x the limit.
    double limit = o.max_seconds;
    time_score = s <= limit ? 3 + 6 * (limit - s) / std::max(1.0, limit - 105)
                            : 3 * std::max(0.0, 1 - (s - limit) / (0.25 * limit));
  }
  double over = a.setup_share - o.max_setup_share;
  double setup = over <= 0 ? 6 : 6 * std::max(0.0, 1 - over / 0.15);
  return Clamp(time_score + setup, 15);
}

int Structure(const Story& story, const StoryAnalysis& a) {
  double s = 20;
  const Section* required[] = {&story.title, &story.part(Part::kSituation),
                               &story.part(Part::kTask), &story.part(Part::kAction),
                               &story.part(Part::kResult)};
  for (const Section* r : required) s -= r->empty() ? 8 : 0;
  if (story.principles.empty()) s -= 8;
  if (!a.unknown_principles.empty()) s -= 6;
  if (story.part(Part::kLearning).empty()) s -= 8;
  if (!a.effort_phrases.empty()) s -= 8;
  s -= 2.0 * std::min<size_t>(a.stock_claims.size(), 2);
  return Clamp(s, 20);
}

}  // namespace

Dimensions ScoreStory(const Story& story, const StoryAnalysis& analysis,
                      const LintOptions& options) {
  Dimensions d;
  d.quantified = Quantified(analysis);
  d.ownership = Ownership(analysis, options);
  d.setback = Setback(analysis);
  d.length = Length(analysis, options);
  d.structure = Structure(story, analysis);
  // A story with no result or no action cannot score on what depends on them.
  if (story.part(Part::kResult).empty()) d.quantified = 0;
  if (story.part(Part::kAction).empty()) d.ownership = 0;
  return d;
}

int DuplicatePenalty(int structure) { return std::min(std::max(0, structure), 6); }

void PenalizeDuplicate(Dimensions* d) { d->structure -= DuplicatePenalty(d->structure); }

}  // namespace starbank
