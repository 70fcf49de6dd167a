// `starbank new`: file names from titles, and a template that always loads,
// whatever the title holds.
#include <catch2/catch.hpp>

#include "starbank/catalog.h"
#include "starbank/lint.h"
#include "starbank/loader.h"
#include "views/bank.h"
#include "views/template.h"
#include "rules/registry.h"

namespace starbank {
namespace {

TEST_CASE("titles become short, safe file names") {
  auto [title, slug] = GENERATE(table<std::string, std::string>({
      {"Checkout p95 under 1 s", "checkout-p95-under-1-s"},
      {"  Saved 30% on logs!  ", "saved-30-on-logs"},
      {"Don't ship on Fridays", "dont-ship-on-fridays"},
      {"../../etc/passwd", "etc-passwd"},
      {"Café → 2× faster", "cafe-2-faster"},
      {"Café résumé", "cafe-resume"},
      {"ÉCOLE Über Straße", "ecole-uber-strasse"},
      {"Don’t panic", "dont-panic"},
      {"日本語 launch", "日本語-launch"},
      {"tab\there\x1b[2J", "tab-here-2j"},
      {"!!!", "story"},
      {"", "story"},
      {"a very long title that keeps going well past the sixty character limit of a slug",
       "a-very-long-title-that-keeps-going-well-past-the-sixty"},
  }));
  CAPTURE(title);
  CHECK(Slugify(title) == slug);
  CHECK(Slugify(title).size() <= 60);
}

TEST_CASE("the template loads without errors, whatever the title") {
  auto title = GENERATE(as<std::string>{}, "Checkout p95 under 1 s",
                        "Quotes \"inside\" and a back\\slash",
                        "key: value # not a comment", "{{title}} and {{prompts}}",
                        "- a list? [no] {no}", "Café → 2×", "tab\there");
  const Catalog& c = Catalog::Default();
  std::vector<const Principle*> principles = {c.Find("Are Right, A Lot"),
                                              c.Find("Dive Deep")};
  std::string yaml = RenderStoryTemplate(title, principles);
  CAPTURE(title, yaml);
  bool unfilled = yaml.find("{{") != std::string::npos;
  CHECK((!unfilled || title.find("{{") != std::string::npos));
  LoadResult r = LoadStories("new.yaml", yaml);
  REQUIRE(r.errors.empty());
  REQUIRE(r.stories.size() == 1);
  CHECK(r.stories[0].title.text == title);
  REQUIRE(r.stories[0].principles.size() == 2);
  CHECK(c.Find(r.stories[0].principles[0].name)->id == "are-right-a-lot");
  CHECK(c.Find(r.stories[0].principles[1].name)->id == "dive-deep");
  CHECK(r.stories[0].prompts.empty());  // suggestions stay comments
}

TEST_CASE("the template carries guidance and the principle's prompts") {
  const Principle* dr = Catalog::Default().Find("Deliver Results");
  std::string yaml = RenderStoryTemplate("T", {dr});
  for (const std::string& prompt : dr->prompts) {
    CHECK(yaml.find("#  - " + prompt + "\n") != std::string::npos);
  }
  CHECK(yaml.find("#  - question: \"" + dr->followups[0] + "\"") != std::string::npos);
  for (const char* key :
       {"\nsituation:", "\ntask:", "\naction:", "\nresult:", "\nlearning:"}) {
    CHECK(yaml.find(key) != std::string::npos);
  }
}

TEST_CASE("a fresh template lints as unfinished, not as broken") {
  std::string yaml = RenderStoryTemplate("T", {Catalog::Default().Find("Frugality")});
  LintReport r = LintString("new.yaml", yaml, Catalog::Default(), AllRules());
  CHECK(r.errors.empty());
  int missing = 0;
  for (const Diagnostic& d : r.diagnostics) missing += d.rule == "missing-section";
  CHECK(missing == 4);  // situation, task, action, result
}

TEST_CASE("YamlQuote round-trips through the loader") {
  auto text = GENERATE(as<std::string>{}, "plain", "a \"quoted\" word", "back\\slash",
                       "line\nbreak", "bell\x07", "#hash: colon");
  std::string yaml = "title: " + YamlQuote(text) + "\nsituation: s\n";
  LoadResult r = LoadStories("q.yaml", yaml);
  REQUIRE(r.errors.empty());
  CHECK(r.stories[0].title.text == text);
}

}  // namespace
}  // namespace starbank
