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
void PrintSpooled(SpooledReport& report, std::ostream& out) {
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
  report.ForEachStory([&](const StoryReport& s) { stories.Add(StoryJson(s)); });
  stories.End();
  nlohmann::json summary = {{"files", report.files()},
                            {"stories", report.stories()},
                            {"error", report.Count(Severity::kError)},
                            {"warning", report.Count(Severity::kWarning)},
                            {"info", report.Count(Severity::kInfo)}};
  out << ",\n  \"summary\": ";
  out << Indented(Dump(summary), "  ");
  out << ",\n  \"version\": 1\n}\n";
}

class JsonReporter : public Reporter {
 public:
  explicit JsonReporter(size_t memory) : memory_(memory) {}

  void Render(const LintReport& report, std::ostream& out) const override {
    out << Dump(ToJson(report)) << '\n';
  }

  // Stories and findings wait in spools, not in memory, until lint is done.
  std::unique_ptr<LintSink> Stream(std::ostream& out) const override {
    // Half the text table's budget: json and sarif also hold the errors and
  // the bank-wide findings, and stay within what text output takes.
  return std::make_unique<SpooledReport>(
        [&out](SpooledReport& report) { PrintSpooled(report, out); }, memory_);
  }

 private:
  size_t memory_;  // spooled in memory up to this, then in a scratch file
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

nlohmann::json ToJson(const LintReport& report) {
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
                  {"info", report.Count(Severity::kInfo)}};
  return j;
}

std::unique_ptr<Reporter> MakeJsonReporter(const RenderOptions& options) {
  // Half the text table's budget: json and sarif also hold the errors and
  // the bank-wide findings, and stay within what text output takes.
  return std::make_unique<JsonReporter>(options.table_memory / 2);
}

}  // namespace starbank
