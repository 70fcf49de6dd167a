// Human output: one finding a line, then the scores and a summary.
#include <fmt/format.h>

#include <map>

#include "reporters.h"

namespace starbank {
namespace {

const char* SeverityColor(Severity s) {
  switch (s) {
    case Severity::kError: return "\033[1;31m";
    case Severity::kWarning: return "\033[1;33m";
    case Severity::kInfo: return "\033[1;36m";
  }
  return "";
}

class TextReporter : public Reporter {
 public:
  explicit TextReporter(const RenderOptions& o) : o_(o) {}

  void Render(const LintReport& report, std::ostream& out) const override {
    std::vector<const Diagnostic*> all;
    for (const Diagnostic& d : report.errors) all.push_back(&d);
    for (const Diagnostic& d : report.diagnostics) all.push_back(&d);
    std::stable_sort(all.begin(), all.end(), [](const Diagnostic* a, const Diagnostic* b) {
      return DiagnosticLess(*a, *b);
    });
    for (const Diagnostic* d : all) {
      out << Line(*d) << '\n';
      if (!d->excerpt.empty()) out << Excerpt(*d);
    }
    if (o_.statistics) Statistics(report, out);
    if (o_.quiet) return;
    if (!report.stories.empty()) {
      if (!all.empty()) out << '\n';
      for (const StoryReport& s : report.stories) {
        std::string head = fmt::format("{:>3}  {:>4}  {}", s.score,
                                       fmt::format("{}s", s.seconds), s.id);
        size_t room = o_.width > 0 ? static_cast<size_t>(std::max<int>(
                                         10, o_.width - static_cast<int>(head.size()) - 2))
                                   : std::string::npos;
        out << fmt::format("{}{:>3}{}{}  {}\n", Bold(), s.score, Reset(), head.substr(3),
                           Ellipsize(s.title, room));
      }
    }
    out << Summary(report) << '\n';
  }

 private:
  std::string Bold() const { return o_.color ? "\033[1m" : ""; }
  std::string Reset() const { return o_.color ? "\033[0m" : ""; }

  static std::string Ellipsize(const std::string& s, size_t width) {
    if (width == std::string::npos) return s;
    if (width > 3) width -= 3;
    size_t chars = 0, i = 0;
    for (; i < s.size(); ++i) {
      if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++chars > width) break;
    }
    return i < s.size() ? s.substr(0, i) + "..." : s;
  }

  std::string Line(const Diagnostic& d) const {
    if (!o_.color) return FormatDiagnostic(d);
    std::string where = d.file;
    if (d.mark.line > 0) where += fmt::format(":{}:{}", d.mark.line, std::max(1, d.mark.column));
    std::string out = fmt::format("\033[1m{}:\033[0m {}{}:\033[0m {}", where,
                                  SeverityColor(d.severity), SeverityName(d.severity),
                                  d.message);
    if (!d.rule.empty()) out += fmt::format(" \033[2m[{}]\033[0m", d.rule);
    return out;
  }

  // The offending line and a caret under the column, as compilers print.
  std::string Excerpt(const Diagnostic& d) const {
    std::string caret;
    int col = 1;
    for (char c : d.excerpt) {
      if (col >= d.mark.column) break;
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
        caret += c == '\t' ? '\t' : ' ';
        ++col;
      }
    }
    return fmt::format("  {}\n  {}{}^{}\n", d.excerpt, caret, o_.color ? "\033[1;32m" : "",
                       Reset());
  }

  void Statistics(const LintReport& report, std::ostream& out) const {
    std::map<std::string, std::pair<int, Severity>> counts;
    for (const Diagnostic& d : report.diagnostics) {
      auto& c = counts[d.rule];
      ++c.first;
      c.second = std::max(c.second, d.severity);
    }
    if (!report.diagnostics.empty() || !report.errors.empty()) out << '\n';
    for (const auto& [rule, c] : counts) {
      out << fmt::format("{:>5}  {:<20} {}\n", c.first, rule, SeverityName(c.second));
    }
    if (!report.errors.empty()) {
      out << fmt::format("{:>5}  {:<20} {}\n", report.errors.size(), "(load errors)", "error");
    }
  }

  std::string Summary(const LintReport& report) const {
    int errors = report.Count(Severity::kError) + static_cast<int>(report.errors.size());
    int warnings = report.Count(Severity::kWarning);
    int infos = report.Count(Severity::kInfo);
    std::string stories = fmt::format("{} {} in {} {}", report.stories.size(),
                                      report.stories.size() == 1 ? "story" : "stories",
                                      report.files, report.files == 1 ? "file" : "files");
    if (errors + warnings + infos == 0) {
      return fmt::format("{}all clear:{} {}", o_.color ? "\033[1;32m" : "",
                         Reset(), stories);
    }
    return fmt::format("{}{} {}, {} {}, {} info{} in {}", Bold(), errors,
                       errors == 1 ? "error" : "errors", warnings,
                       warnings == 1 ? "warning" : "warnings", infos, Reset(), stories);
  }

  RenderOptions o_;
};

}  // namespace

std::unique_ptr<Reporter> MakeTextReporter(const RenderOptions& o) {
  return std::make_unique<TextReporter>(o);
}

}  // namespace starbank
