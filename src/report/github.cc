// GitHub Actions workflow commands: one `::warning file=...::message` line per
// finding, which GitHub shows as an annotation on the pull request's diff.
#include <fmt/format.h>

#include "reporters.h"
#include "text/printable.h"

namespace starbank {
namespace {

const char* Command(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "notice";
  }
  return "notice";
}

// Escaping as GitHub's runner expects: '%', CR and LF in the message, and
// also ':' and ',' in property values. Every other control character (an
// escape sequence in a title) is then shown escaped (Printable), so a story
// cannot rewrite the CI log.
std::string Escape(const std::string& s, bool property) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else if (property && c == ':') out += "%3A";
    else if (property && c == ',') out += "%2C";
    else out += c;
  }
  return Printable(out);
}

std::string Line(const Diagnostic& d) {
  std::string props = "file=" + Escape(d.file, true);
  if (d.mark.line > 0) {
    props += fmt::format(",line={},col={}", d.mark.line, std::max(1, d.mark.column));
  }
  std::string message = d.message;
  if (!d.rule.empty()) {
    props += ",title=" + Escape(d.rule, true);
    message += " [" + d.rule + "]";
  }
  return fmt::format("::{} {}::{}", Command(d.severity), props, Escape(message, false));
}

// Prints each file's lines as lint finishes it; bank-wide ones come last.
class GithubStream : public LintSink {
 public:
  explicit GithubStream(std::ostream& out) : out_(out) {}
  void File(FileLint& file) override {
    for (const Diagnostic& e : file.errors) out_ << Line(e) << '\n';
    for (const Diagnostic& d : file.findings) out_ << Line(d) << '\n';
  }
  void Bank(BankLint& bank) override {
    for (const Diagnostic& d : bank.findings) out_ << Line(d) << '\n';
  }

 private:
  std::ostream& out_;
};

class GithubReporter : public Reporter {
 public:
  void Render(const LintReport& report, std::ostream& out) const override {
    for (const Diagnostic& e : report.errors) out << Line(e) << '\n';
    for (const Diagnostic& d : report.diagnostics) out << Line(d) << '\n';
  }
  std::unique_ptr<LintSink> Stream(std::ostream& out) const override {
    return std::make_unique<GithubStream>(out);
  }
};

}  // namespace

std::unique_ptr<Reporter> MakeGithubReporter() { return std::make_unique<GithubReporter>(); }

}  // namespace starbank
