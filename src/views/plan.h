// Plan: which story to tell for which principle in one interview loop.
//
// Every (principle, story) pair gets a fit in [0, 1] from the story's tag,
// score and inferred fit (PlanFit). The plan is the assignment with the
// largest total fit in which each principle gets at most one story and each
// story is told at most once: a maximum-weight bipartite matching, solved
// with the Hungarian algorithm, never by trying permutations. For P
// principles only each one's P best stories can matter, so the work is
// O(P * N) to pick those and O(P^4) to match: linear in the bank's size.
#ifndef STARBANK_VIEWS_PLAN_H_
#define STARBANK_VIEWS_PLAN_H_

#include <cstdint>
#include <functional>
#include <vector>

namespace starbank {

class Catalog;
struct Principle;
struct StoryReport;

/// Maximum-weight assignment of rows to columns. `weight` is rectangular
/// (every row the same length); pairs with weight <= 0 are never chosen.
/// Returns, per row, the chosen column or -1. Among optimal answers the
/// result is deterministic.
std::vector<int> MaxWeightAssignment(const std::vector<std::vector<double>>& weight);

/// How well `story` serves the catalog principle at `index`, in [0, 1]:
///   quality   = 0.5 + 0.5 * score / 100
///   relevance = 0.75 + 0.25 * inferred   when the story is tagged with it,
///               0.5 * inferred           when untagged and inferred >=
///               kCouldFitThreshold, 0                        otherwise (the story is not
///               eligible)
///   fit       = quality * relevance
/// so a tagged story always outranks an untagged one of the same score.
/// `story.fit` must be filled (LintOptions::infer); without it inferred is 0.
double PlanFit(const StoryReport& story, const Principle& principle,
               const Catalog& catalog);
/// The same from what it reads: whether the story is tagged with the
/// principle, its inferred fit for it and its score.
double PlanFit(bool tagged, double inferred, int score);

/// One principle of a plan and the story chosen for it (nullptr: uncovered).
struct PlanSlot {
  const Principle* principle = nullptr;
  const StoryReport* story = nullptr;
  double fit = 0;
  bool tagged = false;  ///< The story is tagged with the principle.
  /// When uncovered: how many stories could have served it (fit > 0), and
  /// the best of them with the principle it is told for instead.
  size_t candidates = 0;
  const StoryReport* taken = nullptr;
  const Principle* taken_by = nullptr;
  /// The chosen story's ordinal (as MakePlan's `story_at` takes it).
  size_t story_index = 0;
  /// MakePlanAvoiding: the chosen story is one to avoid, chosen because no
  /// other could serve; `untold` of the stories that could serve it are not
  /// to be avoided, and `candidates` counts them all, covered or not.
  bool avoided = false;
  size_t untold = 0;
};

struct Plan {
  std::vector<PlanSlot> slots;  ///< In the order the principles were asked.
  double total = 0;             ///< Sum of the chosen fits.

  /// The principles left without a story.
  std::vector<const Principle*> Uncovered() const;
};

/// Chooses at most one distinct story per principle to maximise total fit,
/// and at most one story of each cluster of `near_copies` (indices into
/// `stories`, as LintReport::near_copies): two principles never get two
/// tellings of the same story.
Plan MakePlan(const std::vector<const Principle*>& principles,
              const std::vector<StoryReport>& stories, const Catalog& catalog,
              const std::vector<std::vector<uint32_t>>& near_copies = {});

/// The same over `stories` stories known by ordinal: `fit(p, s)` is
/// PlanFit of story s for principles[p], `story_at(s)` the story (called
/// only for the chosen ones, so a bank view can keep the rest compact).
Plan MakePlan(const std::vector<const Principle*>& principles, size_t stories,
              const std::function<double(size_t, size_t)>& fit,
              const std::function<const StoryReport*(size_t)>& story_at,
              const std::vector<std::vector<uint32_t>>& near_copies);

/// How much an avoided story weighs, against its fit: small enough that any
/// story not avoided outweighs it (fits of eligible stories are >= 0.1).
inline constexpr double kAvoidedWeight = 1e-3;

/// MakePlan that avoids the stories `avoid(s)` names (told already at the
/// company being planned for): one is never chosen for a principle while a
/// story not avoided could take its place; when one is chosen anyway, its
/// slot is marked `avoided` and its fit is its own, unscaled.
Plan MakePlanAvoiding(const std::vector<const Principle*>& principles, size_t stories,
                      const std::function<double(size_t, size_t)>& fit,
                      const std::function<const StoryReport*(size_t)>& story_at,
                      const std::vector<std::vector<uint32_t>>& near_copies,
                      const std::function<bool(size_t)>& avoid);

}  // namespace starbank

#endif  // STARBANK_VIEWS_PLAN_H_
