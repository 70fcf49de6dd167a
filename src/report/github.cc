// GitHub Actions workflow commands: one `::warning file=...::message` line per
// finding, which GitHub shows as an annotation on the pull request's diff.
#include <fmt/format.h>

#include "reporters.h"
#include "spool.h"
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

// A story scoring under --min-score, on its first line: an error, since
// lint exits 1 for it whatever --fail-on says. Titled as SARIF names it.
std::string UnderBarLine(const std::string& file, int line, int score, int bar) {
  std::string props = "file=" + Escape(file, true);
  if (line > 0) props += fmt::format(",line={}", line);
  return fmt::format("::error {},title=min-score::score {} is under --min-score {}", props,
                     score, bar);
}

// Prints each file's lines as lint finishes it; bank-wide ones come last,
// then the stories under --min-score, in input order. Their scores are
// final only once the bank's duplicates are known, so until then each
// story waits in a Spool (memory, then a scratch file), as text's table does.
class GithubStream : public LintSink {
 public:
  GithubStream(std::ostream& out, int min_score, size_t memory)
      : out_(out), bar_(min_score), stories_(memory) {}
  void File(FileLint& file) override {
    for (const Diagnostic& e : file.errors) out_ << Line(e) << '\n';
    for (const Diagnostic& d : file.findings) out_ << Line(d) << '\n';
    if (bar_ < 0) return;
    for (const StoryReport& s : file.stories) {
      Row row{s.line, static_cast<uint32_t>(s.file.size())};
      stories_.Write(&row, sizeof row);
      stories_.Write(s.file.data(), s.file.size());
      ++count_;
    }
  }
  void Bank(BankLint& bank) override {
    for (const Diagnostic& d : bank.findings) out_ << Line(d) << '\n';
    if (bar_ < 0) return;
    stories_.Rewind();
    std::string file;
    for (size_t k = 0; k < count_; ++k) {
      Row row;
      if (!stories_.Read(&row, sizeof row)) break;
      file.resize(row.file_size);
      if (row.file_size > 0 && !stories_.Read(&file[0], file.size())) break;
      int score = k < bank.scores.size() ? bank.scores[k].Total() : 0;
      if (score < bar_) out_ << UnderBarLine(file, row.line, score, bar_) << '\n';
    }
  }

 private:
  struct Row {  // followed in the spool by the file name
    int line;
    uint32_t file_size;
  };

  std::ostream& out_;
  int bar_;  // --min-score, -1 without
  Spool stories_;
  size_t count_ = 0;
};

class GithubReporter : public Reporter {
 public:
  explicit GithubReporter(const RenderOptions& o)
      : bar_(o.min_score), memory_(o.table_memory) {}
  void Render(const LintReport& report, std::ostream& out) const override {
    for (const Diagnostic& e : report.errors) out << Line(e) << '\n';
    for (const Diagnostic& d : report.diagnostics) out << Line(d) << '\n';
    if (bar_ < 0) return;
    for (const StoryReport& s : report.stories) {
      if (s.score < bar_) out << UnderBarLine(s.file, s.line, s.score, bar_) << '\n';
    }
  }
  std::unique_ptr<LintSink> Stream(std::ostream& out) const override {
    return std::make_unique<GithubStream>(out, bar_, memory_);
  }

 private:
  int bar_;        // --min-score, -1 without
  size_t memory_;  // of the stories waiting for their final score
};

}  // namespace

std::unique_ptr<Reporter> MakeGithubReporter(const RenderOptions& options) {
  return std::make_unique<GithubReporter>(options);
}

}  // namespace starbank
