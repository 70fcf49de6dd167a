// The embedded catalog: complete, consistent, and resolvable by any name.
#include <catch2/catch.hpp>

#include <set>

#include "starbank/catalog.h"

namespace starbank {
namespace {

TEST_CASE("the embedded catalog holds the 16 principles in full") {
  const Catalog& c = Catalog::Default();
  REQUIRE(c.principles().size() == 16);
  std::set<std::string> ids;
  for (const Principle& p : c.principles()) {
    INFO(p.id);
    ids.insert(p.id);
    CHECK(!p.summary.empty());
    CHECK(p.signals.size() >= 12);
    CHECK(p.prompts.size() >= 3);
    CHECK(!p.followups.empty());
  }
  CHECK(ids.size() == 16);
  CHECK(c.Find("Deliver Results")->expects_setback);
}

TEST_CASE("names, ids and aliases resolve in any case and spacing") {
  const Catalog& c = Catalog::Default();
  const char* same[] = {"Have Backbone", "disagree and commit",
                        "Have Backbone; Disagree and Commit",
                        "have-backbone-disagree-and-commit"};
  const Principle* p = c.Find(same[0]);
  REQUIRE(p != nullptr);
  for (const char* name : same) CHECK(c.Find(name) == p);
  CHECK(c.Find("DELIVER-RESULTS") == c.Find("deliver results"));
  CHECK(c.Find("Are Right, A Lot") != nullptr);
  CHECK(c.Find("Earth's Best Employer") == c.Find("Strive to be Earth\xE2\x80\x99s Best Employer"));
  CHECK(c.Find("Synergy") == nullptr);
  // As people write the names in their banks: "&" for "and", no "the".
  CHECK(c.Find("Learn & Be Curious") == c.Find("learn-and-be-curious"));
  CHECK(c.Find("Hire & Develop the Best") == c.Find("hire-and-develop-the-best"));
  CHECK(c.Find("Have Backbone; Disagree & Commit") == p);
  CHECK(c.Find("Insist on Highest Standards") == c.Find("insist-on-the-highest-standards"));
  CHECK(c.Find("Learn & Be Curious") != nullptr);
  // Only the word "the" is dropped, and "&" only stands for "and".
  CHECK(c.Find("Theory") == nullptr);
  CHECK(c.Find("The") == nullptr);
  CHECK(c.Find("Learn + Be Curious") == nullptr);
  // A note in brackets beside the name, as banks mark a primary principle,
  // is not part of it; brackets alone name nothing.
  CHECK(c.Find("Ownership (primary)") == c.Find("ownership"));
  CHECK(c.Find("Dive Deep (secondary LP)") == c.Find("dive-deep"));
  CHECK(c.Find("(Ownership)") == nullptr);
  CHECK(c.Find("Ownership (") == c.Find("ownership"));
  CHECK(c.Find("Bias towards action") == c.Find("bias-for-action"));
  CHECK(c.Suggest("Frugalty") == "Frugality");
  CHECK(c.Suggest("Customer Obsesion") == "Customer Obsession");
  CHECK(c.Suggest("zzzzzzzz").empty());
}

TEST_CASE("a custom catalog replaces the default, and bad ones are refused") {
  std::vector<Diagnostic> errors;
  auto c = Catalog::Parse("c.yaml",
                          "name: Acme values\nprinciples:\n"
                          "  - id: be-kind\n    name: Be Kind\n    aliases: [kindness]\n"
                          "    expects_setback: false\n",
                          &errors);
  REQUIRE(c != nullptr);
  CHECK(c->Find("KINDNESS")->id == "be-kind");

  errors.clear();
  CHECK(Catalog::Parse("c.yaml", "principles:\n  - id: a\n    nmae: A\n", &errors) == nullptr);
  REQUIRE(!errors.empty());
  CHECK(FormatDiagnostic(errors[0]) == "c.yaml:3:5: error: unknown catalog key 'nmae'");

  errors.clear();
  CHECK(Catalog::Parse("c.yaml",
                       "principles:\n  - {id: a, name: A}\n  - {id: b, name: B, aliases: [a]}\n",
                       &errors) == nullptr);
  REQUIRE(!errors.empty());
  CHECK(FormatDiagnostic(errors[0]) == "c.yaml:3:5: error: 'a' names two principles (also at line 2)");
}

}  // namespace
}  // namespace starbank
