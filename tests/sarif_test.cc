// The machine formats: SARIF 2.1.0 structure (rules from the registry,
// results with ruleId, level, message and region) and GitHub annotations.
#include <catch2/catch.hpp>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "lint/rule.h"
#include "rules/registry.h"
#include "starbank/report.h"
#include "starbank/score.h"

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

// Two stories, one under a bar of 80; the other over it.
// Sets `s`'s dimensions, and its score to their total, as the engine does.
void Score(StoryReport* s, int quantified, int ownership, int setback, int length,
           int structure) {
  s->dimensions.quantified = quantified;
  s->dimensions.ownership = ownership;
  s->dimensions.setback = setback;
  s->dimensions.length = length;
  s->dimensions.structure = structure;
  s->score = s->dimensions.Total();
}

LintReport ScoredReport() {
  LintReport r = SampleReport();
  StoryReport low, high;
  low.file = "stories/a,b.yaml";
  low.line = 2;
  low.id = "low";
  Score(&low, 25, 20, 10, 2, 15);  // 72
  high.file = "stories/c.yaml";
  high.line = 1;
  high.id = "high";
  Score(&high, 25, 20, 10, 20, 15);  // 90
  r.stories = {low, high};
  return r;
}

std::string Render(const std::string& format, const LintReport& r, int min_score) {
  RenderOptions o;
  o.rules = AllRules();
  o.min_score = min_score;
  std::ostringstream out;
  MakeReporter(format, o)->Render(r, out);
  return out.str();
}

// The same report handed over as lint streams it: one file, then the bank.
std::string Streamed(const std::string& format, const LintReport& r, int min_score) {
  RenderOptions o;
  o.rules = AllRules();
  o.min_score = min_score;
  std::ostringstream out;
  std::unique_ptr<LintSink> sink = MakeReporter(format, o)->Stream(out);
  REQUIRE(sink != nullptr);
  FileLint file;
  file.errors = r.errors;
  file.findings = r.diagnostics;
  std::stable_sort(file.findings.begin(), file.findings.end(), DiagnosticLess);
  file.stories = r.stories;
  file.counted = true;
  sink->File(file);
  BankLint bank;
  for (const StoryReport& s : r.stories) bank.scores.emplace_back(s.dimensions);
  sink->Bank(bank);
  return out.str();
}

TEST_CASE("sarif: a story under --min-score is an error result of its own rule", "[sarif]") {
  LintReport r = ScoredReport();
  std::stable_sort(r.diagnostics.begin(), r.diagnostics.end(), DiagnosticLess);
  std::string text = Render("sarif", r, 80);
  CHECK(Streamed("sarif", r, 80) == text);
  nlohmann::json run = nlohmann::json::parse(text)["runs"][0];
  const nlohmann::json& rules = run["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == AllRules().size() + 1);
  CHECK(rules.back() == nlohmann::json::parse(R"({
          "id": "min-score",
          "shortDescription": {"text": "the story scores under --min-score"},
          "defaultConfiguration": {"level": "error"}})"));
  const nlohmann::json& results = run["results"];
  REQUIRE(results.size() == 4);  // the three findings first
  CHECK(results[3] == nlohmann::json::parse(R"({
          "ruleId": "min-score",
          "level": "error",
          "message": {"text": "score 72 is under --min-score 80"},
          "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": "stories/a%2Cb.yaml", "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": 2, "startColumn": 1}}}],
          "ruleIndex": )" + std::to_string(AllRules().size()) + R"(,
          "properties": {"story": "low", "score": 72, "minScore": 80}})"));
  // At the bar: no such result, though the rule ran; without a bar, neither.
  for (int bar : {72, -1}) {
    nlohmann::json s = nlohmann::json::parse(Render("sarif", r, bar));
    CHECK(s["runs"][0]["results"].size() == 3);
    CHECK(s["runs"][0]["tool"]["driver"]["rules"].size() == AllRules().size() + (bar >= 0));
  }
}

TEST_CASE("github: a story under --min-score is an error annotation on its line",
          "[github]") {
  LintReport r = ScoredReport();
  r.diagnostics.clear();
  r.errors.clear();
  const std::string want =
      "::error file=stories/a%2Cb.yaml,line=2,title=min-score::score 72 is under "
      "--min-score 80\n";
  CHECK(Render("github", r, 80) == want);
  CHECK(Streamed("github", r, 80) == want);
  CHECK(Render("github", r, 72).empty());
  CHECK(Streamed("github", r, -1).empty());
}

TEST_CASE("github: a duplicate's lowered score is the one named", "[github]") {
  LintReport r = ScoredReport();
  Score(&r.stories[1], 25, 20, 10, 11, 15);  // 81
  std::ostringstream out;
  RenderOptions o;
  o.rules = AllRules();
  o.min_score = 80;
  o.table_memory = 0;  // the stories wait in a scratch file
  std::unique_ptr<LintSink> sink = MakeReporter("github", o)->Stream(out);
  FileLint file;
  file.stories = r.stories;
  for (StoryReport& s : file.stories) s.score = 100;  // not the finished score
  sink->File(file);
  // The engine finishes every score once the bank is known and hands them
  // over at the end; a copy's is lowered.
  BankLint bank;
  for (const StoryReport& s : r.stories) bank.scores.emplace_back(s.dimensions);
  Dimensions copy = r.stories[1].dimensions;
  PenalizeDuplicate(&copy);
  bank.scores[1] = StoryScore(copy);
  int penalized = copy.Total();
  sink->Bank(bank);
  REQUIRE(penalized < 80);
  CHECK(out.str() ==
        "::error file=stories/a%2Cb.yaml,line=2,title=min-score::score 72 is under "
        "--min-score 80\n"
        "::error file=stories/c.yaml,line=1,title=min-score::score " +
            std::to_string(penalized) + " is under --min-score 80\n");
}

}  // namespace
}  // namespace starbank
