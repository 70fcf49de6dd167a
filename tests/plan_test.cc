// Planning: the Hungarian assignment is optimal (checked against brute force
// on hundreds of random banks), and the fit formula prefers tagged, strong
// stories.
#include "views/plan.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <functional>
#include <random>

#include "lint/infer.h"
#include "starbank/catalog.h"
#include "starbank/lint.h"

namespace starbank {
namespace {

using Matrix = std::vector<std::vector<double>>;

double Total(const Matrix& w, const std::vector<int>& chosen) {
  double t = 0;
  for (size_t r = 0; r < chosen.size(); ++r) {
    if (chosen[r] >= 0) t += w[r][static_cast<size_t>(chosen[r])];
  }
  return t;
}

// The best total over every way to give each row a distinct column or none.
double BruteForce(const Matrix& w) {
  size_t cols = w.empty() ? 0 : w[0].size();
  std::vector<bool> used(cols, false);
  std::function<double(size_t)> best = [&](size_t row) -> double {
    if (row == w.size()) return 0.0;
    double b = best(row + 1);  // Leave this row uncovered.
    for (size_t c = 0; c < cols; ++c) {
      if (used[c] || w[row][c] <= 0) continue;
      used[c] = true;
      b = std::max(b, w[row][c] + best(row + 1));
      used[c] = false;
    }
    return b;
  };
  return best(0);
}

// A deterministic random bank: rows x cols fits in [0, 1], about a third 0.
Matrix RandomWeights(std::mt19937& rng) {
  size_t rows = rng() % 6, cols = rng() % 7;
  Matrix w(rows, std::vector<double>(cols, 0.0));
  for (auto& row : w) {
    for (double& x : row)
      x = rng() % 3 == 0 ? 0.0 : static_cast<double>(rng() % 1001) / 1000;
  }
  return w;
}

TEST_CASE("the assignment matches brute force on 300 random small banks") {
  std::mt19937 rng(20240611);
  for (int bank = 0; bank < 300; ++bank) {
    Matrix w = RandomWeights(rng);
    CAPTURE(bank, w.size(), w.empty() ? 0 : w[0].size());
    std::vector<int> chosen = MaxWeightAssignment(w);
    REQUIRE(chosen.size() == w.size());
    std::vector<int> seen;
    for (size_t r = 0; r < chosen.size(); ++r) {
      if (chosen[r] < 0) continue;
      CHECK(w[r][static_cast<size_t>(chosen[r])] > 0);  // never a zero pair
      CHECK(std::find(seen.begin(), seen.end(), chosen[r]) == seen.end());
      seen.push_back(chosen[r]);
    }
    CHECK(Total(w, chosen) == Approx(BruteForce(w)).margin(1e-9));
  }
}

TEST_CASE("the assignment stays optimal when stories far outnumber principles") {
  // Only each principle's best few stories are matched (CandidateColumns);
  // weights from {0, 0.5, 1} make many ties, the case that pruning could get
  // wrong if it dropped a column some optimum needs.
  std::mt19937 rng(77);
  for (int bank = 0; bank < 200; ++bank) {
    size_t rows = 1 + rng() % 3, cols = 10 + rng() % 30;
    Matrix w(rows, std::vector<double>(cols, 0.0));
    for (auto& row : w) {
      for (double& x : row) x = static_cast<double>(rng() % 3) / 2;
    }
    CAPTURE(bank, rows, cols);
    std::vector<int> chosen = MaxWeightAssignment(w);
    REQUIRE(chosen.size() == rows);
    std::vector<int> seen;
    for (size_t r = 0; r < rows; ++r) {
      if (chosen[r] < 0) continue;
      CHECK(w[r][static_cast<size_t>(chosen[r])] > 0);
      CHECK(std::find(seen.begin(), seen.end(), chosen[r]) == seen.end());
      seen.push_back(chosen[r]);
    }
    CHECK(Total(w, chosen) == Approx(BruteForce(w)).margin(1e-9));
  }
}

TEST_CASE("the assignment handles the edges") {
  auto [weights, expected] = GENERATE(table<Matrix, std::vector<int>>({
      {{}, {}},
      {{{}, {}}, {-1, -1}},                 // principles, no stories
      {{{0.0, 0.0}}, {-1}},                 // nothing eligible
      {{{0.9}, {0.8}}, {0, -1}},            // one story, two principles
      {{{0.9, 0.8}, {0.85, 0.1}}, {1, 0}},  // greedy would pick 0.9 + 0.1
      {{{0.5, 0.4, 0.3}}, {0}},             // more stories than principles
  }));
  CHECK(MaxWeightAssignment(weights) == expected);
}

StoryReport Story(std::string id, int score, std::vector<std::string> principles) {
  StoryReport s;
  s.file = id + ".yaml";
  s.line = 1;
  s.id = std::move(id);
  s.score = score;
  s.principles = std::move(principles);
  s.fit.assign(Catalog::Default().principles().size(), 0.0f);
  return s;
}

void SetFit(StoryReport* s, const char* principle, float fit) {
  const Catalog& c = Catalog::Default();
  s->fit[c.IndexOf(*c.Find(principle))] = fit;
}

TEST_CASE("PlanFit follows the documented formula") {
  const Catalog& c = Catalog::Default();
  const Principle& dr = *c.Find("Deliver Results");
  StoryReport tagged = Story("a", 80, {"deliver-results"});
  SetFit(&tagged, "Deliver Results", 0.4f);
  CHECK(PlanFit(tagged, dr, c) == Approx((0.5 + 0.5 * 0.8) * (0.75 + 0.25 * 0.4)));
  StoryReport fits = Story("b", 100, {});
  SetFit(&fits, "Deliver Results", 0.9f);
  CHECK(PlanFit(fits, dr, c) == Approx(1.0 * 0.5 * 0.9));
  StoryReport weak_fit = Story("c", 100, {});
  SetFit(&weak_fit, "Deliver Results", static_cast<float>(kCouldFitThreshold) - 0.01f);
  CHECK(PlanFit(weak_fit, dr, c) == 0);
  // A tagged story beats an untagged one of the same score, whatever its text.
  StoryReport plain = Story("d", 100, {"deliver-results"});
  CHECK(PlanFit(plain, dr, c) > PlanFit(fits, dr, c));
}

TEST_CASE("a plan tells each story once and names what it cannot cover") {
  const Catalog& c = Catalog::Default();
  std::vector<StoryReport> bank = {
      Story("both", 95, {"deliver-results", "dive-deep"}),
      Story("dive-only", 70, {"dive-deep"}),
      Story("frugal", 88, {"frugality"}),
  };
  SetFit(&bank[2], "Ownership", 0.95f);  // untagged, but its text fits Ownership
  std::vector<const Principle*> asked = {c.Find("Dive Deep"), c.Find("Deliver Results"),
                                         c.Find("Ownership"), c.Find("Think Big")};
  Plan plan = MakePlan(asked, bank, c);
  REQUIRE(plan.slots.size() == 4);
  // "both" is the better Dive Deep story, but it is needed for Deliver Results.
  CHECK(plan.slots[0].story->id == "dive-only");
  CHECK(plan.slots[1].story->id == "both");
  CHECK(plan.slots[2].story->id == "frugal");
  CHECK_FALSE(plan.slots[2].tagged);
  CHECK(plan.slots[3].story == nullptr);
  REQUIRE(plan.Uncovered().size() == 1);
  CHECK(plan.Uncovered()[0]->id == "think-big");
  double total = 0;
  for (const PlanSlot& s : plan.slots) total += s.fit;
  CHECK(plan.total == Approx(total));
}

TEST_CASE("an uncovered principle names the story it lost, and to which principle") {
  const Catalog& c = Catalog::Default();
  std::vector<StoryReport> bank = {
      Story("frugal", 90, {"frugality", "ownership"}),
      Story("deep", 80, {"dive-deep", "deliver-results"}),
  };
  SetFit(&bank[0], "Frugality", 0.9f);  // each fits its first principle best
  SetFit(&bank[1], "Dive Deep", 0.9f);
  std::vector<const Principle*> asked = {c.Find("Frugality"), c.Find("Ownership"),
                                         c.Find("Dive Deep"), c.Find("Deliver Results"),
                                         c.Find("Think Big")};
  Plan plan = MakePlan(asked, bank, c);
  REQUIRE(plan.slots.size() == 5);
  struct Row {
    size_t slot;
    const char* story;     // nullptr: uncovered
    size_t candidates;     // when uncovered
    const char* taken;     // its best story, told for...
    const char* taken_by;  // ...this principle
  };
  const Row rows[] = {
      {0, "frugal", 0, nullptr, nullptr},
      {1, nullptr, 1, "frugal", "frugality"},
      {2, "deep", 0, nullptr, nullptr},
      {3, nullptr, 1, "deep", "dive-deep"},
      {4, nullptr, 0, nullptr, nullptr},  // nothing fits Think Big
  };
  for (const Row& r : rows) {
    const PlanSlot& s = plan.slots[r.slot];
    INFO(s.principle->id);
    CHECK((s.story ? s.story->id : "") == std::string(r.story ? r.story : ""));
    CHECK(s.candidates == r.candidates);
    CHECK((s.taken ? s.taken->id : "") == std::string(r.taken ? r.taken : ""));
    CHECK((s.taken_by ? s.taken_by->id : "") == std::string(r.taken_by ? r.taken_by : ""));
  }
}

}  // namespace
}  // namespace starbank
