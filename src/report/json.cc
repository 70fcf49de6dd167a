// Machine output, version 1 (spec section 4). Keys are stable.
#include <nlohmann/json.hpp>
#include <string>

#include "reporters.h"
#include "spooled_report.h"

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

// Paths and quoted values may hold bytes that are not UTF-8 (a file
// named in Latin-1, say): replace them rather than throw.
std::string Dump(const nlohmann::json& j) {
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

// `text` with `pad` after each newline.
std::string Indented(const std::string& text, const std::string& pad) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    out += c;
    if (c == '\n') out += pad;
  }
  return out;
}

// Prints a JSON array item by item as nlohmann's dump(2) prints it, with
// its items at `depth` levels of nesting: dumped alone, an item's every
// '\n' is structural (strings escape theirs), so indenting after each one
// places it.
class ArrayWriter {
 public:
  ArrayWriter(std::ostream& out, int depth) : out_(out), pad_(2 * depth, ' ') {}
  void Add(const nlohmann::json& item) {
    out_ << (first_ ? "[\n" : ",\n") << pad_ << Indented(Dump(item), pad_);
    first_ = false;
  }
  void End() {
    if (first_) {
      out_ << "[]";
    } else {
      out_ << '\n' << pad_.substr(2) << ']';
    }
  }

 private:
  std::ostream& out_;
  std::string pad_;
  bool first_ = true;
};

// The report of ToJson, printed from a SpooledReport: the keys in
// nlohmann::json's (sorted) order, each array item by item.
// The stories scoring under --min-score, in input order: what made lint
// exit 1 when no finding did.
nlohmann::json BelowEntry(const StoryReport& s) {
  return {{"id", s.id}, {"file", s.file}, {"line", s.line}, {"score", s.score}};
}

nlohmann::json MinScoreJson(int min_score) {
  return min_score < 0 ? nlohmann::json(nullptr) : nlohmann::json(min_score);
}

void PrintSpooled(SpooledReport& report, std::ostream& out, int min_score) {
  out << "{\n  \"diagnostics\": ";
  ArrayWriter diagnostics(out, 2);
  report.ForEachFinding([&](const Diagnostic& d) { diagnostics.Add(DiagnosticJson(d, true)); });
  diagnostics.End();
  out << ",\n  \"errors\": ";
  ArrayWriter errors(out, 2);
  for (const Diagnostic& e : report.errors()) errors.Add(DiagnosticJson(e, false));
  errors.End();
  out << ",\n  \"stories\": ";
  ArrayWriter stories(out, 2);
  nlohmann::json below = nlohmann::json::array();
  report.ForEachStory([&](const StoryReport& s) {
    stories.Add(StoryJson(s));
    if (min_score >= 0 && s.score < min_score) below.push_back(BelowEntry(s));
  });
  stories.End();
  nlohmann::json summary = {{"files", report.files()},
                            {"stories", report.stories()},
                            {"error", report.Count(Severity::kError)},
                            {"warning", report.Count(Severity::kWarning)},
                            {"info", report.Count(Severity::kInfo)},
                            {"min_score", MinScoreJson(min_score)},
                            {"below_min_score", std::move(below)}};
  out << ",\n  \"summary\": ";
  out << Indented(Dump(summary), "  ");
  out << ",\n  \"version\": 1\n}\n";
}

class JsonReporter : public Reporter {
 public:
  JsonReporter(size_t memory, int min_score) : memory_(memory), min_score_(min_score) {}

  void Render(const LintReport& report, std::ostream& out) const override {
    out << Dump(ToJson(report, min_score_)) << '\n';
  }

  // Stories and findings wait in spools, not in memory, until lint is done.
  std::unique_ptr<LintSink> Stream(std::ostream& out) const override {
    // Half the text table's budget: json and sarif also hold the errors and
  // the bank-wide findings, and stay within what text output takes.
    int min_score = min_score_;
    return std::make_unique<SpooledReport>(
        [&out, min_score](SpooledReport& report) { PrintSpooled(report, out, min_score); },
        memory_);
  }

 private:
  size_t memory_;  // spooled in memory up to this, then in a scratch file
  int min_score_;  // --min-score, -1 without
};

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
                  {"min_score", MinScoreJson(min_score)},
                  {"below_min_score", nlohmann::json::array()}};
  if (min_score >= 0) {
    for (const StoryReport& s : report.stories) {
      if (s.score < min_score) j["summary"]["below_min_score"].push_back(BelowEntry(s));
    }
  }
  return j;
}

std::unique_ptr<Reporter> MakeJsonReporter(const RenderOptions& options) {
  // Half the text table's budget: json and sarif also hold the errors and
  // the bank-wide findings, and stay within what text output takes.
  return std::make_unique<JsonReporter>(options.table_memory / 2, options.min_score);
}

}  // namespace starbank
