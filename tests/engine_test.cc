// The engine runs the rules it is handed, and only those: one rule, no
// rule, or the bank-wide one alone. Scores do not depend on which rules
// ran, except that duplicate-story's findings lower the copies' scores.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lint/rule.h"
#include "rules/registry.h"
#include "starbank/catalog.h"
#include "starbank/lint.h"
#include "test_util.h"

namespace starbank {
namespace {

// A story with no setback in its action, and nothing else wrong.
std::string NoSetbackStory() {
  auto parts = testing::StrongParts();
  parts["action"] =
      "I profiled every stage and found that 70% of the time went to one join "
      "that re-read the full ledger. I rewrote it as an incremental merge keyed "
      "on the change log, and I added a checksum comparison against the old "
      "output for every run. I ran both versions side by side for a week and "
      "signed off with the finance lead once the outputs matched to the cent.";
  return testing::StoryYaml(parts);
}

std::vector<std::string> Lines(const LintReport& r) {
  std::vector<std::string> out;
  for (const Diagnostic& d : r.diagnostics) out.push_back(FormatDiagnostic(d));
  return out;
}

const RuleSet& Only(const char* id) {
  static std::vector<RuleSet> sets;  // kept alive: the engine borrows them
  sets.push_back({FindRule(id)});
  REQUIRE(sets.back()[0] != nullptr);
  return sets.back();
}

TEST_CASE("the engine runs only the rule it is handed", "[engine]") {
  // Also short and without a baseline, the story trips more than one rule.
  std::string yaml = NoSetbackStory() + "# starbank: ignore[vague-result]\n";
  LintReport all = LintString("t.yaml", yaml, Catalog::Default(), AllRules());
  LintReport one = LintString("t.yaml", yaml, Catalog::Default(), Only("no-setback"));
  // Exactly the full run's no-setback findings, and nothing else.
  std::vector<std::string> expected;
  for (const Diagnostic& d : all.diagnostics) {
    if (d.rule == "no-setback") expected.push_back(FormatDiagnostic(d));
  }
  CHECK(Lines(one) == expected);
  CHECK(all.diagnostics.size() > one.diagnostics.size());  // the ignore[...] alone
  REQUIRE(one.stories.size() == 1);
  CHECK(one.stories[0].score == all.stories[0].score);
}

TEST_CASE("the engine with no rules finds nothing and still scores", "[engine]") {
  std::string yaml = NoSetbackStory() + "# starbank: ignore[nonsense]\n";
  LintOptions options;
  options.near_copies = true;
  LintReport none = LintString("t.yaml", yaml, Catalog::Default(), RuleSet{}, options);
  LintReport all = LintString("t.yaml", yaml, Catalog::Default(), AllRules(), options);
  CHECK(Lines(none).empty());
  CHECK_FALSE(Lines(all).empty());
  CHECK(none.errors.empty());
  CHECK(none.near_copies.empty());
  REQUIRE(none.stories.size() == 1);
  CHECK(none.stories[0].score == all.stories[0].score);
}

TEST_CASE("a copy's score drops only when duplicate-story runs", "[engine]") {
  std::string story = testing::StoryYaml(testing::StrongParts());
  std::vector<LintInput> bank = {{"a.yaml", true, story}, {"b.yaml", true, story}};
  LintOptions options;
  options.near_copies = true;
  LintReport none = Lint(bank, Catalog::Default(), RuleSet{}, options);
  LintReport dup = Lint(bank, Catalog::Default(), Only("duplicate-story"), options);
  LintReport all = Lint(bank, Catalog::Default(), AllRules(), options);
  CHECK(Lines(none).empty());
  CHECK(none.near_copies.empty());
  REQUIRE_FALSE(dup.diagnostics.empty());
  for (const Diagnostic& d : dup.diagnostics) CHECK(d.rule == "duplicate-story");
  CHECK(dup.near_copies == std::vector<std::vector<uint32_t>>{{0, 1}});
  REQUIRE(dup.stories.size() == 2);
  CHECK(dup.stories[1].score < none.stories[1].score);
  for (size_t k = 0; k < 2; ++k) {
    CHECK(dup.stories[k].score == all.stories[k].score);
    CHECK(dup.stories[k].score == dup.stories[k].dimensions.Total());
    CHECK(dup.stories[k].score <= none.stories[k].score);
  }
}

// A sink that reads no findings, as the bank views' (BankStories).
class StoriesOnly : public LintCollector {
 public:
  bool ReadsFindings() const override { return false; }
};

TEST_CASE("a sink that reads no findings gets the same scores and clusters", "[engine]") {
  auto parts = testing::StrongParts();
  std::string renamed = testing::StoryYaml(parts);  // its id is its file's name
  parts["id"] = "ledger";
  std::string story = testing::StoryYaml(parts);
  // b repeats a's id, e is a's text under its own id, c silences
  // duplicate-story for its file, d is no copy.
  std::vector<LintInput> bank = {
      {"a.yaml", true, story},
      {"b.yaml", true, story},
      {"c.yaml", true, "# starbank: ignore-file[duplicate-story] -- kept on purpose\n" + renamed},
      {"d.yaml", true, NoSetbackStory()},
      {"e.yaml", true, renamed}};
  LintOptions options;
  options.near_copies = true;
  LintReport all = Lint(bank, Catalog::Default(), AllRules(), options);
  StoriesOnly sink;
  LintStream(bank, Catalog::Default(), AllRules(), options, &sink);
  LintReport views = sink.Take();
  CHECK(views.diagnostics.empty());
  REQUIRE(views.stories.size() == all.stories.size());
  for (size_t k = 0; k < all.stories.size(); ++k) {
    INFO(all.stories[k].file);
    CHECK(views.stories[k].score == all.stories[k].score);
  }
  CHECK(views.near_copies == all.near_copies);
  // The premises: copies lose points, the silenced one does not.
  REQUIRE(all.stories.size() == 5);
  CHECK(all.stories[1].score < all.stories[2].score);
  CHECK(all.stories[4].score < all.stories[2].score);
}

}  // namespace
}  // namespace starbank
