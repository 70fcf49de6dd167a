// Interview-loop planning as an assignment problem (see plan.h).
#include "views/plan.h"

#include <algorithm>
#include <cstdint>
#include <cstddef>
#include <functional>
#include <limits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lint/infer.h"
#include "starbank/catalog.h"
#include "starbank/lint.h"

namespace starbank {
namespace {

// Hungarian algorithm (potentials, shortest augmenting paths) on an n x m
// cost matrix with n <= m; returns the column assigned to each row.
// O(n^2 m).
std::vector<int> MinCostAssignment(const std::vector<std::vector<double>>& cost,
                                   size_t m) {
  const size_t n = cost.size();
  const double kInf = std::numeric_limits<double>::infinity();
  // 1-based as in the textbook formulation; row 0 / column 0 are sentinels.
  std::vector<double> u(n + 1, 0), v(m + 1, 0);
  std::vector<size_t> match(m + 1, 0), way(m + 1, 0);  // match[col] = row
  for (size_t row = 1; row <= n; ++row) {
    match[0] = row;
    size_t col0 = 0;
    std::vector<double> min_to(m + 1, kInf);
    std::vector<bool> used(m + 1, false);
    do {
      used[col0] = true;
      size_t row0 = match[col0], col1 = 0;
      double delta = kInf;
      for (size_t col = 1; col <= m; ++col) {
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
      for (size_t col = 0; col <= m; ++col) {
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
  for (size_t col = 1; col <= m; ++col) {
    if (match[col] != 0) assigned[match[col] - 1] = static_cast<int>(col - 1);
  }
  return assigned;
}

// The columns an optimal assignment can need: each row's `rows` heaviest
// positive columns (ties to the lower index), in ascending order. Some
// optimum uses only these: if row r holds a column outside its list, the
// other rows hold at most rows - 1 columns, so one of r's listed columns,
// which weighs at least as much, is free to take instead.
std::vector<size_t> CandidateColumns(const std::vector<std::vector<double>>& weight) {
  const size_t rows = weight.size();
  std::vector<size_t> out;
  std::vector<size_t> order;
  for (const std::vector<double>& row : weight) {
    order.clear();
    for (size_t c = 0; c < row.size(); ++c) {
      if (row[c] > 0) order.push_back(c);
    }
    auto heavier = [&row](size_t a, size_t b) {
      return row[a] != row[b] ? row[a] > row[b] : a < b;
    };
    if (order.size() > rows) {
      std::nth_element(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(rows),
                       order.end(), heavier);
      order.resize(rows);
    }
    out.insert(out.end(), order.begin(), order.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool IsTagged(const StoryReport& story, const Principle& principle) {
  return std::find(story.principles.begin(), story.principles.end(), principle.id) !=
         story.principles.end();
}

}  // namespace

std::vector<int> MaxWeightAssignment(const std::vector<std::vector<double>>& weight) {
  const size_t rows = weight.size();
  // Only rows^2 columns at most can matter, so the work is polynomial in the
  // number of principles and linear in the number of stories.
  std::vector<size_t> columns = CandidateColumns(weight);
  // Pad with zero columns so that rows <= columns; a padded or non-positive
  // pair weighs 0, the same as leaving the row unassigned. Maximising weight
  // is minimising -weight.
  const size_t m = std::max(rows, columns.size());
  std::vector<std::vector<double>> cost(rows, std::vector<double>(m, 0.0));
  for (size_t r = 0; r < rows; ++r) {
    for (size_t c = 0; c < columns.size(); ++c) {
      cost[r][c] = -std::max(0.0, weight[r][columns[c]]);
    }
  }
  std::vector<int> chosen = MinCostAssignment(cost, m);
  std::vector<int> out(rows, -1);
  for (size_t r = 0; r < rows; ++r) {
    auto c = static_cast<size_t>(chosen[r]);
    if (chosen[r] >= 0 && c < columns.size() && weight[r][columns[c]] > 0) {
      out[r] = static_cast<int>(columns[c]);
    }
  }
  return out;
}

double PlanFit(const StoryReport& story, const Principle& principle,
               const Catalog& catalog) {
  size_t index = catalog.IndexOf(principle);
  double inferred = index < story.fit.size() ? story.fit[index] : 0.0;
  return PlanFit(IsTagged(story, principle), inferred, story.score);
}

double PlanFit(bool tagged, double inferred, int score) {
  double relevance = 0;
  if (tagged) {
    relevance = 0.75 + 0.25 * inferred;
  } else if (inferred >= kCouldFitThreshold) {
    relevance = 0.5 * inferred;
  }
  double quality = 0.5 + 0.5 * std::clamp(score, 0, 100) / 100.0;
  return quality * relevance;
}

std::vector<const Principle*> Plan::Uncovered() const {
  std::vector<const Principle*> out;
  for (const PlanSlot& s : slots) {
    if (s.story == nullptr) out.push_back(s.principle);
  }
  return out;
}

namespace {

// For row `p`, left without a story: its heaviest story, which the
// assignment gave to another row (a free one would have been taken).
void NoteTaken(size_t p, const std::vector<std::vector<double>>& weight,
               const std::vector<std::vector<size_t>>& told,
               const std::vector<int>& chosen,
               const std::vector<const Principle*>& principles,
               const std::function<const StoryReport*(size_t)>& story_at,
               PlanSlot* slot) {
  int best = -1;
  for (size_t c = 0; c < weight[p].size(); ++c) {
    if (weight[p][c] > 0 &&
        (best < 0 || weight[p][c] > weight[p][static_cast<size_t>(best)])) {
      best = static_cast<int>(c);
    }
  }
  if (best < 0) return;
  for (size_t q = 0; q < chosen.size(); ++q) {
    if (chosen[q] != best) continue;
    slot->taken = story_at(told[q][static_cast<size_t>(best)]);
    slot->taken_by = principles[q];
  }
}

}  // namespace

Plan MakePlan(const std::vector<const Principle*>& principles,
              const std::vector<StoryReport>& stories, const Catalog& catalog,
              const std::vector<std::vector<uint32_t>>& near_copies) {
  return MakePlan(
      principles, stories.size(),
      [&](size_t p, size_t s) { return PlanFit(stories[s], *principles[p], catalog); },
      [&](size_t s) { return &stories[s]; }, near_copies);
}

Plan MakePlan(const std::vector<const Principle*>& principles, size_t stories,
              const std::function<double(size_t, size_t)>& fit,
              const std::function<const StoryReport*(size_t)>& story_at,
              const std::vector<std::vector<uint32_t>>& near_copies) {
  const size_t rows = principles.size();
  // A cluster of copies is one column, its first story's: for each
  // principle it weighs what its best member weighs (the first among
  // equals), and that member is the one told. The others weigh nothing.
  std::vector<bool> copy(stories, false);         // in a cluster, not its first
  std::unordered_map<size_t, size_t> cluster_at;  // a cluster's first story -> cluster
  for (size_t c = 0; c < near_copies.size(); ++c) {
    cluster_at.emplace(near_copies[c][0], c);
    for (uint32_t m : near_copies[c]) copy[m] = m != near_copies[c][0];
  }
  auto weigh = [&](size_t p, size_t column, size_t* story) -> double {
    *story = column;
    if (copy[column]) return 0;
    auto it = cluster_at.find(column);
    if (it == cluster_at.end()) return fit(p, column);
    const std::vector<uint32_t>& cluster = near_copies[it->second];
    double w = fit(p, cluster[0]);
    for (uint32_t m : cluster) {
      double x = fit(p, m);
      if (x > w) {
        w = x;
        *story = m;
      }
    }
    return w;
  };
  // Not the whole rows x stories matrix (8 principles x 100,000 stories are
  // 6.4 MB): only the columns MaxWeightAssignment can use, each row's `rows`
  // heaviest positive ones (ties to the lower index, as CandidateColumns).
  // On those columns, in order, it picks what it would pick from the whole.
  std::vector<size_t> columns;
  std::vector<std::pair<double, size_t>> top;  // a heap, the lightest (then last) first
  auto heavier = [](const std::pair<double, size_t>& a, const std::pair<double, size_t>& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  };
  std::vector<size_t> candidates(rows, 0);
  for (size_t p = 0; p < rows; ++p) {
    top.clear();
    for (size_t c = 0; c < stories; ++c) {
      size_t story;
      double w = weigh(p, c, &story);
      if (w <= 0) continue;
      ++candidates[p];
      if (top.size() == rows && !(w > top.front().first)) continue;
      if (top.size() == rows) {
        std::pop_heap(top.begin(), top.end(), heavier);
        top.pop_back();
      }
      top.emplace_back(w, c);
      std::push_heap(top.begin(), top.end(), heavier);
    }
    for (const auto& t : top) columns.push_back(t.second);
  }
  std::sort(columns.begin(), columns.end());
  columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
  std::vector<std::vector<double>> weight(rows, std::vector<double>(columns.size(), 0.0));
  std::vector<std::vector<size_t>> told(rows, std::vector<size_t>(columns.size()));
  for (size_t p = 0; p < rows; ++p) {
    for (size_t c = 0; c < columns.size(); ++c) weight[p][c] = weigh(p, columns[c], &told[p][c]);
  }
  std::vector<int> chosen = MaxWeightAssignment(weight);
  Plan plan;
  for (size_t p = 0; p < principles.size(); ++p) {
    PlanSlot slot;
    slot.principle = principles[p];
    if (chosen[p] >= 0) {
      auto column = static_cast<size_t>(chosen[p]);
      slot.story_index = told[p][column];
      slot.story = story_at(told[p][column]);
      slot.fit = weight[p][column];
      slot.tagged = IsTagged(*slot.story, *principles[p]);
      plan.total += slot.fit;
    } else {
      NoteTaken(p, weight, told, chosen, principles, story_at, &slot);
      slot.candidates = candidates[p];
    }
    plan.slots.push_back(slot);
  }
  return plan;
}

Plan MakePlanAvoiding(const std::vector<const Principle*>& principles, size_t stories,
                      const std::function<double(size_t, size_t)>& fit,
                      const std::function<const StoryReport*(size_t)>& story_at,
                      const std::vector<std::vector<uint32_t>>& near_copies,
                      const std::function<bool(size_t)>& avoid) {
  std::vector<bool> avoided(stories);
  for (size_t s = 0; s < stories; ++s) avoided[s] = avoid(s);
  Plan plan = MakePlan(
      principles, stories,
      [&](size_t p, size_t s) {
        return avoided[s] ? fit(p, s) * kAvoidedWeight : fit(p, s);
      },
      story_at, near_copies);
  plan.total = 0;
  for (size_t p = 0; p < plan.slots.size(); ++p) {
    PlanSlot& slot = plan.slots[p];
    size_t candidates = 0;
    for (size_t s = 0; s < stories; ++s) {
      if (fit(p, s) <= 0) continue;
      ++candidates;
      if (!avoided[s]) ++slot.untold;
    }
    if (slot.story != nullptr) slot.candidates = candidates;
    if (slot.story != nullptr && avoided[slot.story_index]) {
      slot.avoided = true;
      slot.fit = fit(p, slot.story_index);
    }
    plan.total += slot.fit;
  }
  return plan;
}

}  // namespace starbank
