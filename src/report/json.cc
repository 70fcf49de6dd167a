// Machine output, version 1 (spec section 4). Keys are stable.
#include <nlohmann/json.hpp>

#include "reporters.h"

namespace starbank {
namespace {

nlohmann::json DiagnosticJson(const Diagnostic& d, bool finding) {
  nlohmann::json j;
  j["file"] = d.file;
  j["line"] = d.mark.line;
  j["column"] = d.mark.column;
  if (finding) {
    j["severity"] = SeverityName(d.severity);
    j["rule"] = d.rule;
    j["story"] = d.story;
  }
  j["message"] = d.message;
  return j;
}

class JsonReporter : public Reporter {
 public:
  explicit JsonReporter(int min_score) : min_score_(min_score) {}

  void Render(const LintReport& report, std::ostream& out) const override {
    // Paths and quoted values may hold bytes that are not UTF-8 (a file
    // named in Latin-1, say): replace them rather than throw.
    out << ToJson(report, min_score_)
               .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
        << '\n';
  }

 private:
  int min_score_;
};

// The stories scoring under --min-score, in input order: what made lint
// exit 1 when no finding did.
nlohmann::json BelowMinScore(const LintReport& report, int min_score) {
  nlohmann::json below = nlohmann::json::array();
  if (min_score < 0) return below;
  for (const StoryReport& s : report.stories) {
    if (s.score >= min_score) continue;
    below.push_back({{"id", s.id}, {"file", s.file}, {"line", s.line}, {"score", s.score}});
  }
  return below;
}

}  // namespace

nlohmann::json StoryJson(const StoryReport& s) {
  nlohmann::json j;
  j["file"] = s.file;
  j["line"] = s.line;
  j["id"] = s.id;
  j["title"] = s.title;
  j["principles"] = s.principles;
  j["score"] = s.score;
  j["words"] = s.words;
  j["seconds"] = s.seconds;
  j["dimensions"] = {{"quantified", s.dimensions.quantified},
                     {"ownership", s.dimensions.ownership},
                     {"setback", s.dimensions.setback},
                     {"length", s.dimensions.length},
                     {"structure", s.dimensions.structure}};
  return j;
}

nlohmann::json ToJson(const LintReport& report, int min_score) {
  nlohmann::json j;
  j["version"] = 1;
  j["stories"] = nlohmann::json::array();
  for (const StoryReport& s : report.stories) j["stories"].push_back(StoryJson(s));
  j["diagnostics"] = nlohmann::json::array();
  for (const Diagnostic& d : report.diagnostics) j["diagnostics"].push_back(DiagnosticJson(d, true));
  j["errors"] = nlohmann::json::array();
  for (const Diagnostic& d : report.errors) j["errors"].push_back(DiagnosticJson(d, false));
  j["summary"] = {{"files", report.files},
                  {"stories", report.stories.size()},
                  {"error", report.Count(Severity::kError)},
                  {"warning", report.Count(Severity::kWarning)},
                  {"info", report.Count(Severity::kInfo)},
                  {"min_score", min_score < 0 ? nlohmann::json(nullptr) : nlohmann::json(min_score)},
                  {"below_min_score", BelowMinScore(report, min_score)}};
  return j;
}

std::unique_ptr<Reporter> MakeJsonReporter(const RenderOptions& options) {
  return std::make_unique<JsonReporter>(options.min_score);
}

}  // namespace starbank
