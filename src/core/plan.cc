// Interview-loop planning as an assignment problem (see plan.h).
#include "starbank/plan.h"

#include <algorithm>
#include <limits>

#include "starbank/catalog.h"
#include "starbank/infer.h"
#include "starbank/lint.h"

namespace starbank {
namespace {

// Hungarian algorithm (potentials, shortest augmenting paths) on a square
// cost matrix; returns the column assigned to each row. O(n^3).
std::vector<int> MinCostPerfect(const std::vector<std::vector<double>>& cost) {
  const size_t n = cost.size();
  const double kInf = std::numeric_limits<double>::infinity();
  // 1-based as in the textbook formulation; row 0 / column 0 are sentinels.
  std::vector<double> u(n + 1, 0), v(n + 1, 0);
  std::vector<size_t> match(n + 1, 0), way(n + 1, 0);  // match[col] = row
  for (size_t row = 1; row <= n; ++row) {
    match[0] = row;
    size_t col0 = 0;
    std::vector<double> min_to(n + 1, kInf);
    std::vector<bool> used(n + 1, false);
    do {
      used[col0] = true;
      size_t row0 = match[col0], col1 = 0;
      double delta = kInf;
      for (size_t col = 1; col <= n; ++col) {
        if (used[col]) continue;
        double reduced = cost[row0 - 1][col - 1] - u[row0] - v[col];
        if (reduced < min_to[col]) {
          min_to[col] = reduced;
          way[col] = col0;
        }
        if (min_to[col] < delta) {
          delta = min_to[col];
          col1 = col;
        }
      }
      for (size_t col = 0; col <= n; ++col) {
        if (used[col]) {
          u[match[col]] += delta;
          v[col] -= delta;
        } else {
          min_to[col] -= delta;
        }
      }
      col0 = col1;
    } while (match[col0] != 0);
    do {  // Flip the augmenting path.
      size_t col1 = way[col0];
      match[col0] = match[col1];
      col0 = col1;
    } while (col0 != 0);
  }
  std::vector<int> assigned(n, -1);
  for (size_t col = 1; col <= n; ++col) {
    if (match[col] != 0) assigned[match[col] - 1] = static_cast<int>(col - 1);
  }
  return assigned;
}

bool IsTagged(const StoryReport& story, const Principle& principle) {
  return std::find(story.principles.begin(), story.principles.end(), principle.id) !=
         story.principles.end();
}

}  // namespace

std::vector<int> MaxWeightAssignment(const std::vector<std::vector<double>>& weight) {
  const size_t rows = weight.size();
  const size_t cols = rows == 0 ? 0 : weight[0].size();
  const size_t n = std::max(rows, cols);
  // Pad to a square; a padded or non-positive pair weighs 0, which is the
  // same as leaving the row unassigned. Maximising weight = minimising -weight.
  std::vector<std::vector<double>> cost(n, std::vector<double>(n, 0.0));
  for (size_t r = 0; r < rows; ++r) {
    for (size_t c = 0; c < cols; ++c) cost[r][c] = -std::max(0.0, weight[r][c]);
  }
  std::vector<int> square = MinCostPerfect(cost);
  std::vector<int> out(rows, -1);
  for (size_t r = 0; r < rows; ++r) {
    int c = square[r];
    if (c >= 0 && static_cast<size_t>(c) < cols && weight[r][c] > 0) out[r] = c;
  }
  return out;
}

double PlanFit(const StoryReport& story, const Principle& principle,
               const Catalog& catalog) {
  size_t index = catalog.IndexOf(principle);
  double inferred = index < story.fit.size() ? story.fit[index] : 0.0;
  double relevance = 0;
  if (IsTagged(story, principle)) {
    relevance = 0.75 + 0.25 * inferred;
  } else if (inferred >= kCouldFitThreshold) {
    relevance = 0.5 * inferred;
  }
  double quality = 0.5 + 0.5 * std::clamp(story.score, 0, 100) / 100.0;
  return quality * relevance;
}

std::vector<const Principle*> Plan::Uncovered() const {
  std::vector<const Principle*> out;
  for (const PlanSlot& s : slots) {
    if (s.story == nullptr) out.push_back(s.principle);
  }
  return out;
}

Plan MakePlan(const std::vector<const Principle*>& principles,
              const std::vector<StoryReport>& stories, const Catalog& catalog) {
  std::vector<std::vector<double>> weight(principles.size(),
                                          std::vector<double>(stories.size(), 0.0));
  for (size_t p = 0; p < principles.size(); ++p) {
    for (size_t s = 0; s < stories.size(); ++s) {
      weight[p][s] = PlanFit(stories[s], *principles[p], catalog);
    }
  }
  std::vector<int> chosen = MaxWeightAssignment(weight);
  Plan plan;
  for (size_t p = 0; p < principles.size(); ++p) {
    PlanSlot slot;
    slot.principle = principles[p];
    if (chosen[p] >= 0) {
      slot.story = &stories[static_cast<size_t>(chosen[p])];
      slot.fit = weight[p][static_cast<size_t>(chosen[p])];
      slot.tagged = IsTagged(*slot.story, *principles[p]);
      plan.total += slot.fit;
    }
    plan.slots.push_back(slot);
  }
  return plan;
}

}  // namespace starbank
