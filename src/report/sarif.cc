// SARIF 2.1.0, for code-scanning services (GitHub, GitLab, Azure DevOps).
// rules[] lists the rules the run was given; locations are relative URIs against
// %SRCROOT% (the current folder); columns count Unicode code points. Load
// errors are tool notifications, not results: they are not findings.
// With --min-score, each story under the bar is a result too (rule
// "min-score", level error, at the story's first line), after the findings
// and in input order: lint exits 1 for it, as for a finding.
#include <fmt/format.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "lint/rule.h"
#include "reporters.h"
#include "lint/rule.h"
#include "spooled_report.h"

namespace starbank {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;  // Keys in the order SARIF documents them.

const char* SarifLevel(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "note";
  }
  return "none";
}

// RFC 3986 percent-encoding of everything but unreserved characters and '/'.
std::string EncodeUri(const std::string& path) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

Json ArtifactLocation(const std::string& file) {
  fs::path p = fs::path(file).lexically_normal();
  std::error_code ec;
  if (p.is_absolute()) {
    fs::path rel = p.lexically_relative(fs::current_path(ec));
    if (ec || rel.empty() || *rel.begin() == "..") {
      return {{"uri", "file://" + EncodeUri(p.string())}};
    }
    p = rel;
  }
  return {{"uri", EncodeUri(p.string())}, {"uriBaseId", "%SRCROOT%"}};
}

Json Location(const Diagnostic& d) {
  Json physical = {{"artifactLocation", ArtifactLocation(d.file)}};
  if (d.mark.line > 0) {
    physical["region"] = {{"startLine", d.mark.line},
                          {"startColumn", std::max(1, d.mark.column)}};
  }
  return {{"physicalLocation", physical}};
}

// Not a rule of the registry (it reads the score, not the text): a
// descriptor of its own, after the registry's, when --min-score is given.
constexpr const char* kMinScoreRule = "min-score";

Json Rules(const RuleSet& rules_run, int min_score) {
  Json rules = Json::array();
  for (const Rule* r : rules_run) {
    rules.push_back({{"id", r->id()},
                     {"shortDescription", {{"text", r->summary()}}},
                     {"defaultConfiguration", {{"level", SarifLevel(r->default_severity())}}}});
  }
  if (min_score >= 0) {
    rules.push_back({{"id", kMinScoreRule},
                     {"shortDescription", {{"text", "the story scores under --min-score"}}},
                     {"defaultConfiguration", {{"level", "error"}}}});
  }
  return rules;
}

Json Result(const Diagnostic& d, const RuleSet& rules) {
  Json j = {{"ruleId", d.rule},
                      {"level", SarifLevel(d.severity)},
                      {"message", {{"text", d.message}}},
                      {"locations", Json::array({Location(d)})}};
  for (size_t i = 0; i < rules.size(); ++i) {
    if (rules[i]->id() == d.rule) j["ruleIndex"] = i;
  }
  if (d.rule == kMinScoreRule) j["ruleIndex"] = rules.size();  // Rules() puts it last
  if (!d.story.empty()) j["properties"] = {{"story", d.story}};
  return j;
}

// The result for a story under --min-score, or null for one at or above it.
Json UnderBarResult(const StoryReport& s, int min_score, const RuleSet& rules) {
  if (min_score < 0 || s.score >= min_score) return nullptr;
  Diagnostic d;
  d.file = s.file;
  d.mark = {s.line, 1};
  d.severity = Severity::kError;
  d.rule = kMinScoreRule;
  d.story = s.id;
  d.message = fmt::format("score {} is under --min-score {}", s.score, min_score);
  Json j = Result(d, rules);
  j["properties"]["score"] = s.score;
  j["properties"]["minScore"] = min_score;
  return j;
}

Json Invocation(const std::vector<Diagnostic>& errors) {
  Json notes = Json::array();
  for (const Diagnostic& e : errors) {
    notes.push_back({{"level", "error"},
                     {"message", {{"text", e.message}}},
                     {"locations", Json::array({Location(e)})}});
  }
  return {{"executionSuccessful", errors.empty()},
          {"toolExecutionNotifications", notes}};
}

// Replace bytes that are not UTF-8 (a Latin-1 file name) rather than throw.
std::string Dump(const Json& j) { return j.dump(2, ' ', false, Json::error_handler_t::replace); }

// The whole log with `results` as given; `results` is the run's last key.
Json Log(const std::vector<Diagnostic>& errors, int min_score, Json results,
         const RuleSet& rules) {
  std::error_code ec;
  std::string root = fs::current_path(ec).string();
  if (root.empty() || root.back() != '/') root += '/';
  Json run = {
      {"tool", {{"driver", {{"name", "starbank"},
                            {"semanticVersion", STARBANK_VERSION},
                            {"version", STARBANK_VERSION},
                            {"rules", Rules(rules, min_score)}}}}},
      {"originalUriBaseIds", {{"%SRCROOT%", {{"uri", "file://" + EncodeUri(root)}}}}},
      {"columnKind", "unicodeCodePoints"},
      {"invocations", Json::array({Invocation(errors)})},
      {"results", std::move(results)}};
  return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
          {"version", "2.1.0"},
          {"runs", Json::array({run})}};
}

// The log of Render, printed from a SpooledReport: dumped with an empty
// `results`, whose "[]" is the last in the text (only closing brackets
// follow), and the results printed into it one by one, indented as dump(2)
// indents them (an item's every '\n' is structural).
void PrintSpooled(SpooledReport& report, std::ostream& out, int min_score,
                  const RuleSet& rules) {
  std::string text = Dump(Log(report.errors(), min_score, Json::array(), rules));
  size_t at = text.rfind("[]");
  out.write(text.data(), static_cast<std::streamsize>(at));
  const std::string pad(8, ' ');
  bool first = true;
  auto add = [&](const Json& result) {
    std::string item = Dump(result);
    std::string indented;
    indented.reserve(item.size() + item.size() / 4);
    for (char c : item) {
      indented += c;
      if (c == '\n') indented += pad;
    }
    out << (first ? "[\n" : ",\n") << pad << indented;
    first = false;
  };
  report.ForEachFinding([&](const Diagnostic& d) { add(Result(d, rules)); });
  report.ForEachStory([&](const StoryReport& s) {
    Json result = UnderBarResult(s, min_score, rules);
    if (!result.is_null()) add(result);
  });
  out << (first ? "[]" : "\n      ]") << text.substr(at + 2) << '\n';
}

class SarifReporter : public Reporter {
 public:
  SarifReporter(size_t memory, int min_score, RuleSet rules)
      : memory_(memory), min_score_(min_score), rules_(std::move(rules)) {}

  void Render(const LintReport& report, std::ostream& out) const override {
    Json results = Json::array();
    for (const Diagnostic& d : report.diagnostics) results.push_back(Result(d, rules_));
    for (const StoryReport& s : report.stories) {
      Json result = UnderBarResult(s, min_score_, rules_);
      if (!result.is_null()) results.push_back(std::move(result));
    }
    out << Dump(Log(report.errors, min_score_, std::move(results), rules_)) << '\n';
  }

  // Findings wait in a spool, not in memory, until lint is done.
  std::unique_ptr<LintSink> Stream(std::ostream& out) const override {
    // Half the text table's budget: json and sarif also hold the errors and
  // the bank-wide findings, and stay within what text output takes.
  int min_score = min_score_;
  return std::make_unique<SpooledReport>(
        [&out, min_score, rules = rules_](SpooledReport& report) {
          PrintSpooled(report, out, min_score, rules);
        },
        memory_);
  }

 private:
  size_t memory_;  // spooled in memory up to this, then in a scratch file
  int min_score_;  // --min-score, -1 without
  RuleSet rules_;  // tool.driver.rules, and what ruleIndex counts in
};

}  // namespace

std::unique_ptr<Reporter> MakeSarifReporter(const RenderOptions& options) {
  // Half the text table's budget: json and sarif also hold the errors and
  // the bank-wide findings, and stay within what text output takes.
  return std::make_unique<SarifReporter>(options.table_memory / 2, options.min_score,
                                         options.rules);
}

}  // namespace starbank
