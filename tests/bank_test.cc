// Bank views: coverage and gaps, the per-principle view, prompt matching and
// the Markdown cheat sheet, on small hand-made banks.
#include "views/bank.h"

#include <catch2/catch.hpp>

#include "lint/infer.h"
#include "starbank/catalog.h"

namespace starbank {
namespace {

StoryReport Story(std::string id, int score, int seconds,
                  std::vector<std::string> principles) {
  StoryReport s;
  s.file = "bank/" + id + ".yaml";
  s.line = 1;
  s.id = id;
  s.title = "Title of " + id;
  s.score = score;
  s.seconds = seconds;
  s.principles = std::move(principles);
  s.lead_result = "Lead of " + id + ".";
  s.fit.assign(Catalog::Default().principles().size(), 0.0f);
  return s;
}

const Principle& P(const char* name) { return *Catalog::Default().Find(name); }

void SetFit(StoryReport* s, const char* principle, float fit) {
  s->fit[Catalog::Default().IndexOf(P(principle))] = fit;
}

LintReport SmallBank() {
  LintReport r;
  r.stories = {Story("a", 70, 80, {"deliver-results"}),
               Story("b", 90, 95, {"deliver-results", "frugality"}),
               Story("c", 90, 60, {"deliver-results"}),
               Story("d", 60, 70, {"dive-deep"})};
  SetFit(&r.stories[3], "Deliver Results", 0.8f);
  SetFit(&r.stories[3], "Frugality", 0.59f);
  return r;
}

TEST_CASE("coverage counts tagged stories, best first, and marks gaps") {
  LintReport r = SmallBank();
  std::vector<Coverage> cov = CoverageOf(r, Catalog::Default());
  REQUIRE(cov.size() == 16);
  const Coverage& dr = cov[Catalog::Default().IndexOf(P("Deliver Results"))];
  REQUIRE(dr.stories.size() == 3);
  // Same score: the shorter story first.
  CHECK(dr.stories[0]->id == "c");
  CHECK(dr.stories[1]->id == "b");
  CHECK(dr.stories[2]->id == "a");
  CHECK(dr.gap() == Gap::kCovered);
  CHECK(cov[Catalog::Default().IndexOf(P("Frugality"))].gap() == Gap::kNoBackup);
  CHECK(cov[Catalog::Default().IndexOf(P("Think Big"))].gap() == Gap::kNoStory);
  CHECK(std::string(GapName(Gap::kNoBackup)) == "no-backup");
}

TEST_CASE("a principle's view lists tagged stories, then untagged ones that fit") {
  LintReport r = SmallBank();
  PrincipleView dr = ViewPrinciple(r, Catalog::Default(), P("Deliver Results"), 0.6);
  REQUIRE(dr.tagged.size() == 3);
  REQUIRE(dr.could_fit.size() == 1);
  CHECK(dr.could_fit[0].story->id == "d");
  CHECK(dr.could_fit[0].fit == Approx(0.8));
  // 0.59 is under the threshold; tagged stories never appear as "could fit".
  CHECK(ViewPrinciple(r, Catalog::Default(), P("Frugality"), 0.6).could_fit.empty());
  CHECK(ViewPrinciple(r, Catalog::Default(), P("Frugality"), 0.5).could_fit.size() == 1);
}

TEST_CASE("prompts match when they ask the same question in other words") {
  auto [a, b, same] = GENERATE(table<std::string, std::string, bool>({
      {"Tell me about the hardest bug you have tracked down.",
       "Tell me about the hardest bug you tracked down", true},
      {"Describe a time a metric looked wrong and you found out why.",
       "describe a time when a metric looked wrong and you found why", true},
      {"Tell me about the hardest bug you have tracked down.",
       "Tell me about a time you saved money.", false},
      {"Why Amazon?", "why amazon", true},
  }));
  CAPTURE(a, b);
  CHECK(SamePrompt(a, b) == same);
}

TEST_CASE("prompts are answered by listing them first, then by principle") {
  LintReport r = SmallBank();
  const std::string asked = P("Dive Deep").prompts[0];
  r.stories[0].prompts = {asked, "What is a question no catalog asks?"};
  PromptsView view = MapPrompts(r, Catalog::Default(), &P("Dive Deep"));
  REQUIRE(view.prompts.size() == P("Dive Deep").prompts.size());
  CHECK(view.own.empty());  // only with the whole catalog
  REQUIRE(view.prompts[0].by_prompt.size() == 1);
  CHECK(view.prompts[0].by_prompt[0]->id == "a");
  REQUIRE(view.prompts[0].by_principle.size() == 1);
  CHECK(view.prompts[0].by_principle[0]->id == "d");
  CHECK(view.prompts[1].by_prompt.empty());

  PromptsView all = MapPrompts(r, Catalog::Default(), nullptr);
  REQUIRE(all.own.size() == 1);
  CHECK(all.own[0].prompt == "What is a question no catalog asks?");
  int unanswered = 0;
  for (const PromptAnswers& a : all.prompts) unanswered += !a.answered();
  CHECK(unanswered > 0);
  for (const PromptAnswers& a : all.prompts) {
    if (a.principle->id == "think-big") CHECK_FALSE(a.answered());
  }
}

TEST_CASE("names that hold a comma are quoted in lists") {
  CHECK(JoinNames({}) == "");
  CHECK(JoinNames({"Think Big"}) == "Think Big");
  CHECK(JoinNames({"Are Right, A Lot", "Frugality"}) ==
        "\"Are Right, A Lot\", Frugality");
}

TEST_CASE("the cheat sheet holds best stories, the bank table and the gaps") {
  std::vector<Diagnostic> errors;
  auto catalog = Catalog::Parse("c.yaml",
                                "name: Tiny\nprinciples:\n"
                                "  - id: ship\n    name: Ship It\n"
                                "  - id: kind\n    name: Be Kind, Always\n"
                                "  - id: think\n    name: Think\n",
                                &errors);
  REQUIRE(catalog);
  LintReport r;
  r.stories = {Story("x", 88, 75, {"ship"}), Story("y", 64, 130, {"ship", "kind"})};
  r.stories[1].title = "Pipes | in a title";
  CHECK(
      RenderCheatSheet(r, *catalog) ==
      "# Story bank cheat sheet\n\n"
      "2 stories against 3 principles (Tiny): 1 with a backup, 1 with one story, "
      "1 with none.\n\n"
      "## Best story per principle\n\n"
      "| Principle | Story | Lead result | Time |\n| --- | --- | --- | ---: |\n"
      "| Ship It | Title of x | Lead of x. | 75 s |\n"
      "| Be Kind, Always | Pipes \\| in a title | Lead of y. | 130 s |\n"
      "\n## Bank\n\n"
      "| Story | Principles | Score | Time | File |\n| --- | --- | ---: | ---: | --- |\n"
      "| Title of x | Ship It | 88 | 75 s | `bank/x.yaml:1` |\n"
      "| Pipes \\| in a title | Ship It, \"Be Kind, Always\" | 64 | 130 s | "
      "`bank/y.yaml:1` |\n"
      "\n## Gaps\n\n"
      "- **No story:** Think\n"
      "- **No backup:** \"Be Kind, Always\"\n");
}

}  // namespace
}  // namespace starbank
