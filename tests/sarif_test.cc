// The machine formats: SARIF 2.1.0 structure (rules from the registry,
// results with ruleId, level, message and region) and GitHub annotations.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "lint/rule.h"
#include "rules/registry.h"
#include "starbank/report.h"

namespace starbank {
namespace {

Diagnostic Finding(std::string file, Mark mark, Severity s, std::string rule,
                   std::string message) {
  Diagnostic d;
  d.file = std::move(file);
  d.mark = mark;
  d.severity = s;
  d.rule = std::move(rule);
  d.story = "a";
  d.message = std::move(message);
  return d;
}

LintReport SampleReport() {
  LintReport r;
  r.files = 2;
  r.diagnostics = {
      Finding("stories/a b.yaml", {12, 3}, Severity::kWarning, "unquantified-result",
              "result states no number"),
      Finding("./stories/a.yaml", {4, 14}, Severity::kError, "unknown-principle",
              "unknown principle 'Customer Obsesion'"),
      Finding("stories/a.yaml", {1, 1}, Severity::kInfo, "missing-learning", "no learning"),
  };
  Diagnostic load;
  load.file = "stories/bad.yaml";
  load.mark = {3, 5};
  load.message = "unterminated quote";
  r.errors = {load};
  return r;
}

std::string Render(const std::string& format, const LintReport& r) {
  std::ostringstream out;
  RenderOptions ro;
  ro.rules = AllRules();
  MakeReporter(format, ro)->Render(r, out);
  return out.str();
}

TEST_CASE("sarif: version, rules from the registry, results with regions", "[sarif]") {
  nlohmann::json s = nlohmann::json::parse(Render("sarif", SampleReport()));
  CHECK(s["version"] == "2.1.0");
  CHECK(s["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  const nlohmann::json& run = s["runs"][0];
  CHECK(run["tool"]["driver"]["name"] == "starbank");
  const nlohmann::json& rules = run["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == AllRules().size());
  for (size_t i = 0; i < rules.size(); ++i) {
    CHECK(rules[i]["id"] == AllRules()[i]->id());
    CHECK(rules[i]["shortDescription"]["text"] == AllRules()[i]->summary());
  }
  size_t unquantified = 0;
  while (AllRules()[unquantified]->id() != "unquantified-result") ++unquantified;
  const nlohmann::json& results = run["results"];
  REQUIRE(results.size() == 3);
  CHECK(results[0] ==
        nlohmann::json::parse(R"({
          "ruleId": "unquantified-result",
          "level": "warning",
          "message": {"text": "result states no number"},
          "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": "stories/a%20b.yaml", "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": 12, "startColumn": 3}}}],
          "ruleIndex": )" + std::to_string(unquantified) + R"(,
          "properties": {"story": "a"}})"));
  CHECK(results[1]["level"] == "error");
  CHECK(results[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "stories/a.yaml");
  CHECK(results[2]["level"] == "note");
  for (const nlohmann::json& res : results) {
    CHECK(rules[res["ruleIndex"].get<size_t>()]["id"] == res["ruleId"]);
  }
  const nlohmann::json& inv = run["invocations"][0];
  CHECK(inv["executionSuccessful"] == false);
  CHECK(inv["toolExecutionNotifications"][0]["message"]["text"] == "unterminated quote");
}

TEST_CASE("sarif: default levels map error, warning and info to error, warning, note",
          "[sarif]") {
  nlohmann::json s = nlohmann::json::parse(Render("sarif", LintReport{}));
  for (const nlohmann::json& rule : s["runs"][0]["tool"]["driver"]["rules"]) {
    const Rule* r = FindRule(rule["id"].get<std::string>());
    REQUIRE(r != nullptr);
    const char* want = r->default_severity() == Severity::kError     ? "error"
                       : r->default_severity() == Severity::kWarning ? "warning"
                                                                     : "note";
    CHECK(rule["defaultConfiguration"]["level"] == want);
  }
  CHECK(s["runs"][0]["results"].empty());
  CHECK(s["runs"][0]["invocations"][0]["executionSuccessful"] == true);
}

TEST_CASE("github: one workflow command per finding, escaped", "[github]") {
  LintReport r = SampleReport();
  r.diagnostics[0].file = "odd,dir/a:b.yaml";
  r.diagnostics[0].message = "100% vague\nsecond line";
  CHECK(Render("github", r) ==
        "::error file=stories/bad.yaml,line=3,col=5::unterminated quote\n"
        "::warning file=odd%2Cdir/a%3Ab.yaml,line=12,col=3,title=unquantified-result::"
        "100%25 vague%0Asecond line [unquantified-result]\n"
        "::error file=./stories/a.yaml,line=4,col=14,title=unknown-principle::unknown "
        "principle 'Customer Obsesion' [unknown-principle]\n"
        "::notice file=stories/a.yaml,line=1,col=1,title=missing-learning::no learning "
        "[missing-learning]\n");
}

}  // namespace
}  // namespace starbank
