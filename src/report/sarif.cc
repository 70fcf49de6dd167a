// SARIF 2.1.0, for code-scanning services (GitHub, GitLab, Azure DevOps).
// rules[] comes from the rule registry; locations are relative URIs against
// %SRCROOT% (the current folder); columns count Unicode code points. Load
// errors are tool notifications, not results: they are not findings.
#include <filesystem>
#include <nlohmann/json.hpp>

#include "reporters.h"
#include "starbank/rule.h"

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

Json Rules() {
  Json rules = Json::array();
  for (const auto& r : AllRules()) {
    rules.push_back({{"id", r->id()},
                     {"shortDescription", {{"text", r->summary()}}},
                     {"defaultConfiguration", {{"level", SarifLevel(r->default_severity())}}}});
  }
  return rules;
}

Json Result(const Diagnostic& d) {
  Json j = {{"ruleId", d.rule},
                      {"level", SarifLevel(d.severity)},
                      {"message", {{"text", d.message}}},
                      {"locations", Json::array({Location(d)})}};
  const auto& rules = AllRules();
  for (size_t i = 0; i < rules.size(); ++i) {
    if (rules[i]->id() == d.rule) j["ruleIndex"] = i;
  }
  if (!d.story.empty()) j["properties"] = {{"story", d.story}};
  return j;
}

Json Invocation(const LintReport& report) {
  Json notes = Json::array();
  for (const Diagnostic& e : report.errors) {
    notes.push_back({{"level", "error"},
                     {"message", {{"text", e.message}}},
                     {"locations", Json::array({Location(e)})}});
  }
  return {{"executionSuccessful", report.errors.empty()},
          {"toolExecutionNotifications", notes}};
}

class SarifReporter : public Reporter {
 public:
  void Render(const LintReport& report, std::ostream& out) const override {
    std::error_code ec;
    std::string root = fs::current_path(ec).string();
    if (root.empty() || root.back() != '/') root += '/';
    Json results = Json::array();
    for (const Diagnostic& d : report.diagnostics) results.push_back(Result(d));
    Json run = {
        {"tool", {{"driver", {{"name", "starbank"},
                              {"semanticVersion", STARBANK_VERSION},
                              {"version", STARBANK_VERSION},
                              {"rules", Rules()}}}}},
        {"originalUriBaseIds", {{"%SRCROOT%", {{"uri", "file://" + EncodeUri(root)}}}}},
        {"columnKind", "unicodeCodePoints"},
        {"invocations", Json::array({Invocation(report)})},
        {"results", results}};
    Json sarif = {
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs", Json::array({run})}};
    // Replace bytes that are not UTF-8 (a Latin-1 file name) rather than throw.
    out << sarif.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
  }
};

}  // namespace

std::unique_ptr<Reporter> MakeSarifReporter() { return std::make_unique<SarifReporter>(); }

}  // namespace starbank
