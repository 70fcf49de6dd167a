// confidential-term, the rule meant to stop leaks: what it must find
// (whole terms in any case, inside hyphen-joined words, in non-ASCII case
// and width) and what it must leave alone (a term inside a longer word).
#include <catch2/catch.hpp>

#include "starbank/catalog.h"
#include "starbank/diagnostic.h"
#include "starbank/lint.h"
#include "test_util.h"
#include "rules/registry.h"

namespace starbank {
namespace {

// The confidential-term findings on a strong story whose situation is
// `situation` (its text starts on line 4, column 3), rendered whole.
std::vector<std::string> Findings(const std::vector<std::string>& terms,
                                  const std::string& situation) {
  LintOptions options;
  options.confidential = terms;
  auto parts = testing::StrongParts();
  parts["situation"] = situation;
  LintReport r = LintString("t.yaml", testing::StoryYaml(parts), Catalog::Default(), AllRules(), options);
  std::vector<std::string> out;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.rule == "confidential-term") out.push_back(FormatDiagnostic(d));
  }
  return out;
}

std::string Expected(int column, const std::string& term) {
  return "t.yaml:4:" + std::to_string(column) + ": error: confidential term '" + term +
         "' in the situation (line 4); replace it with a neutral description such as "
         "'a large retailer' [confidential-term]";
}

TEST_CASE("confidential-term fires on the term wherever a word carries it") {
  auto [terms, situation, column, quoted] =
      GENERATE(table<std::vector<std::string>, std::string, int, std::string>({
          {{"Northwind"}, "Northwind search was slow for 3 months.", 3, "Northwind"},
          {{"Northwind"}, "The pre-Northwind search was slow for 3 months.", 11, "Northwind"},
          {{"Northwind"}, "Our Northwind-based search was slow for 3 months.", 7, "Northwind"},
          {{"Northwind"}, "Our NORTHWIND\xE2\x80\x91" "based search was slow for 3 months.", 7,
           "NORTHWIND"},  // a non-breaking hyphen
          {{"Northwind"}, "Our Northwind's search was slow for 3 months.", 7, "Northwind's"},
          {{"équipe"}, "L'ÉQUIPE search was slow for 3 months.", 5, "ÉQUIPE"},
          {{"ÉQUIPE"}, "Our équipe search was slow for 3 months.", 7, "équipe"},
          {{"Straße"}, "Our STRASSE search was slow for 3 months.", 7, "STRASSE"},
          {{"Northwind"},
           "Our \xEF\xBC\xAE\xEF\xBD\x8F\xEF\xBD\x92\xEF\xBD\x94\xEF\xBD\x88\xEF\xBD\x97"
           "\xEF\xBD\x89\xEF\xBD\x8E\xEF\xBD\x84 search was slow for 3 months.", 7,
           "\xEF\xBC\xAE\xEF\xBD\x8F\xEF\xBD\x92\xEF\xBD\x94\xEF\xBD\x88\xEF\xBD\x97"
           "\xEF\xBD\x89\xEF\xBD\x8E\xEF\xBD\x84"},  // full-width letters
          {{"falcon*"}, "The pre-Falconry search was slow for 3 months.", 11, "Falconry"},
          {{"Acme-Corp"}, "The Acme-Corp search was slow for 3 months.", 7, "Acme-Corp"},
          {{"Project Falcon"}, "The project falcon search was slow for 3 months.", 7,
           "project falcon"},
      }));
  CAPTURE(situation);
  CHECK(Findings(terms, situation) == std::vector<std::string>{Expected(column, quoted)});
}

TEST_CASE("confidential-term stays silent on other words") {
  auto [terms, situation] = GENERATE(table<std::vector<std::string>, std::string>({
      {{"Northwind"}, "Northwinds search was slow for 3 months."},  // no '*': not a prefix
      {{"Northwind"}, "The Northwindow search was slow for 3 months."},
      {{"Northwind"}, "The preNorthwind search was slow for 3 months."},
      {{"Northwind"}, "The north-wind search was slow for 3 months."},
      {{"Northwind"}, "The north wind search was slow for 3 months."},
      {{"équipe"}, "The equipe search was slow for 3 months."},  // an accent is a letter
      {{"ÉQUIPE"}, "The équipes search was slow for 3 months."},
      {{"Acme-Corp"}, "The Acme search and the Corp team were slow for 3 months."},
      {{"falcon*"}, "A falco-peregrinus logo sat on a slow search page for 3 months."},
  }));
  CAPTURE(situation);
  CHECK(Findings(terms, situation).empty());
}

}  // namespace
}  // namespace starbank
