// Human output: one finding a line, then the scores and a summary.
//
// Streamed: each file's findings print as soon as lint has them, the
// bank-wide ones (duplicate-story) after the last file; the score table
// and summary close the output.
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>

#include "io/fs.h"
#include "reporters.h"
#include "spool.h"
#include "text/printable.h"

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


// The stories scoring under --min-score, for the line that says why lint
// failed: "2 stories under --min-score 90: a (72), b (85)". Lowest scores
// first; only the first few are named, so the line stays one line.
class UnderBar {
 public:
  explicit UnderBar(int bar) : bar_(bar) {}

  void Add(int score, const std::string& id) {
    if (bar_ < 0 || score >= bar_) return;
    ++count_;
    auto at = std::upper_bound(worst_.begin(), worst_.end(), score,
                               [](int s, const auto& e) { return s < e.first; });
    if (static_cast<size_t>(at - worst_.begin()) >= kNamed) return;
    worst_.insert(at, {score, id});
    if (worst_.size() > kNamed) worst_.pop_back();
  }

  size_t count() const { return count_; }

  std::string Line() const {
    std::string out = fmt::format("{} {} under --min-score {}:", count_,
                                  count_ == 1 ? "story" : "stories", bar_);
    for (size_t i = 0; i < worst_.size(); ++i) {
      out += fmt::format("{} {} ({})", i == 0 ? "" : ",", worst_[i].second, worst_[i].first);
    }
    if (count_ > worst_.size()) out += fmt::format(", and {} more", count_ - worst_.size());
    return out;
  }

 private:
  static constexpr size_t kNamed = 10;
  int bar_;
  size_t count_ = 0;
  std::vector<std::pair<int, std::string>> worst_;  // lowest first, ties in input order
};

// Prints findings as they come and keeps, per story, its row of the score
// table in a Spool.
class TextPrinter {
 public:
  TextPrinter(const RenderOptions& o, std::ostream& out)
      : o_(o), out_(out), rows_(o.table_memory) {}

  // One batch of findings (a file's, or the bank's): load errors and rule
  // findings, each sorted; printed merged, errors first among equals.
  void Findings(const std::vector<Diagnostic>& errors, const std::vector<Diagnostic>& found) {
    std::vector<const Diagnostic*> all;
    all.reserve(errors.size() + found.size());
    for (const Diagnostic& d : errors) all.push_back(&d);
    for (const Diagnostic& d : found) all.push_back(&d);
    std::stable_sort(all.begin(), all.end(), [](const Diagnostic* a, const Diagnostic* b) {
      return DiagnosticLess(*a, *b);
    });
    for (const Diagnostic* d : all) {
      out_ << Line(*d) << '\n';
      if (!d->excerpt.empty()) out_ << Excerpt(*d);
    }
    printed_ += all.size();
    load_errors_ += errors.size();
    for (const Diagnostic& d : found) {
      ++counts_[static_cast<int>(d.severity)];
      if (!o_.statistics) continue;
      auto& c = per_rule_[d.rule];
      ++c.first;
      c.second = std::max(c.second, d.severity);
    }
  }

  // The row is formatted now, while lint is still reading files, except
  // its score, which is known only once the bank is (End): scores are
  // 0-100, so the score's three columns never change the rest. --quiet
  // prints no table, but keeps the rows when --min-score needs the scores.
  void Story(const StoryReport& s) {
    ++stories_;
    if (o_.quiet && o_.min_score < 0) return;
    std::string rest;
    if (!o_.quiet) {
      std::string head = fmt::format("{:>3}  {:>4}  {}", 0,
                                     fmt::format("{}s", s.seconds), Printable(s.id));
      size_t room = o_.width > 0 ? static_cast<size_t>(std::max<int>(
                                       10, o_.width - static_cast<int>(head.size()) - 2))
                                 : std::string::npos;
      rest = fmt::format("{}{}  {}\n", Reset(), head.substr(3),
                         Ellipsize(Printable(s.title), room));
    }
    Row row{static_cast<uint32_t>(rest.size()), static_cast<uint32_t>(s.id.size())};
    rows_.Write(&row, sizeof row);
    rows_.Write(rest.data(), rest.size());
    rows_.Write(s.id.data(), s.id.size());
  }

  void Files(int n) { files_ += n; }

  // Statistics, the score table, the summary, and the stories under
  // --min-score (also with --quiet: they are why lint exits 1).
  // `score(k)`: the finished score of story k, in the order Story saw them.
  template <typename Score>
  void End(Score score) {
    if (o_.statistics) Statistics();
    if (!o_.quiet && stories_ > 0 && printed_ > 0) out_ << '\n';
    UnderBar under(o_.min_score);
    rows_.Rewind();
    std::string rest, id;
    for (size_t k = 0; k < stories_; ++k) {
      Row row;
      if (!rows_.Read(&row, sizeof row)) break;
      rest.resize(row.rest_size);
      id.resize(row.id_size);
      if (!rows_.Read(&rest[0], rest.size()) || !rows_.Read(&id[0], id.size())) break;
      int finished = score(k);
      if (!o_.quiet) out_ << fmt::format("{}{:>3}", Bold(), finished) << rest;
      under.Add(finished, Printable(id));
    }
    if (!o_.quiet) out_ << Summary() << '\n';
    if (under.count() > 0) out_ << under.Line() << '\n';
  }

 private:
  struct Row {  // followed in the spool by the row after its score, then the id
    uint32_t rest_size;
    uint32_t id_size;
  };

  std::string Bold() const { return o_.color ? "\033[1m" : ""; }
  std::string Reset() const { return o_.color ? "\033[0m" : ""; }

  // `s` cut to `width` display columns, ending in "..." when cut.
  static std::string Ellipsize(std::string_view s, size_t width) {
    if (width == std::string::npos || DisplayWidth(s) <= width) return std::string(s);
    if (width <= 3) return FitWidth(s, width);
    std::string cut = FitWidth(s, width - 2);  // width - 3 columns and a '~'
    cut.pop_back();
    return cut + "...";
  }

  std::string Line(const Diagnostic& d) const {
    if (!o_.color) return FormatDiagnostic(d);
    std::string where = Printable(d.file);
    if (d.mark.line > 0) where += fmt::format(":{}:{}", d.mark.line, std::max(1, d.mark.column));
    std::string out = fmt::format("\033[1m{}:\033[0m {}{}:\033[0m {}", where,
                                  SeverityColor(d.severity), SeverityName(d.severity),
                                  Printable(d.message));
    if (!d.rule.empty()) out += fmt::format(" \033[2m[{}]\033[0m", d.rule);
    return out;
  }

  // The offending line and a caret under the column, as compilers print;
  // the line escaped as every other text (Printable), the caret under the
  // escaped form.
  std::string Excerpt(const Diagnostic& d) const {
    size_t at = 0;  // where the column starts: a character, or a byte not UTF-8
    for (int col = 1; at < d.excerpt.size() && col < d.mark.column; ++col) {
      at += std::max<size_t>(1, Utf8CharLength(d.excerpt, at));
    }
    // A tab stays a tab (in the caret line too), so the caret lines up.
    auto shown = [](std::string_view s) {
      std::string out;
      for (size_t i = 0; i <= s.size();) {
        size_t tab = std::min(s.find('\t', i), s.size());
        out += Printable(s.substr(i, tab - i));
        if (tab < s.size()) out += '\t';
        i = tab + 1;
      }
      return out;
    };
    std::string before = shown(std::string_view(d.excerpt).substr(0, at)), caret;
    for (size_t i = 0; i <= before.size();) {
      size_t tab = std::min(before.find('\t', i), before.size());
      caret +=
          std::string(DisplayWidth(std::string_view(before).substr(i, tab - i)), ' ');
      if (tab < before.size()) caret += '\t';
      i = tab + 1;
    }
    return fmt::format("  {}\n  {}{}^{}\n", shown(d.excerpt), caret,
                       o_.color ? "\033[1;32m" : "", Reset());
  }

  void Statistics() {
    if (printed_ > 0) out_ << '\n';
    for (const auto& [rule, c] : per_rule_) {
      out_ << fmt::format("{:>5}  {:<20} {}\n", c.first, rule, SeverityName(c.second));
    }
    if (load_errors_ > 0) {
      out_ << fmt::format("{:>5}  {:<20} {}\n", load_errors_, "(load errors)", "error");
    }
  }

  std::string Summary() const {
    size_t errors = counts_[static_cast<int>(Severity::kError)] + load_errors_;
    size_t warnings = counts_[static_cast<int>(Severity::kWarning)];
    size_t infos = counts_[static_cast<int>(Severity::kInfo)];
    std::string stories = fmt::format("{} {} in {} {}", stories_,
                                      stories_ == 1 ? "story" : "stories",
                                      files_, files_ == 1 ? "file" : "files");
    if (errors + warnings + infos == 0) {
      return fmt::format("{}all clear:{} {}", o_.color ? "\033[1;32m" : "",
                         Reset(), stories);
    }
    return fmt::format("{}{} {}, {} {}, {} info{} in {}", Bold(), errors,
                       errors == 1 ? "error" : "errors", warnings,
                       warnings == 1 ? "warning" : "warnings", infos, Reset(), stories);
  }

  RenderOptions o_;
  std::ostream& out_;
  size_t printed_ = 0;      // finding and error lines so far
  size_t load_errors_ = 0;
  size_t counts_[3] = {0, 0, 0};  // rule findings by severity
  std::map<std::string, std::pair<int, Severity>> per_rule_;
  size_t stories_ = 0;
  int files_ = 0;
  Spool rows_;  // Row, id, title for each story
};

class TextStream : public LintSink {
 public:
  TextStream(const RenderOptions& o, std::ostream& out) : printer_(o, out) {}
  void File(FileLint& file) override {
    printer_.Findings(file.errors, file.findings);
    for (const StoryReport& s : file.stories) printer_.Story(s);
    printer_.Files(file.counted);
  }
  void Bank(BankLint& bank) override {
    printer_.Findings({}, bank.findings);
    printer_.End([&](size_t k) { return k < bank.scores.size() ? bank.scores[k].Total() : 0; });
  }

 private:
  TextPrinter printer_;
};

class TextReporter : public Reporter {
 public:
  explicit TextReporter(const RenderOptions& o) : o_(o) {}

  void Render(const LintReport& report, std::ostream& out) const override {
    TextPrinter printer(o_, out);
    printer.Findings(report.errors, report.diagnostics);
    for (const StoryReport& s : report.stories) printer.Story(s);
    printer.Files(report.files);
    printer.End([&](size_t k) { return report.stories[k].score; });
  }

  std::unique_ptr<LintSink> Stream(std::ostream& out) const override {
    return std::make_unique<TextStream>(o_, out);
  }

 private:
  RenderOptions o_;
};

}  // namespace

std::unique_ptr<Reporter> MakeTextReporter(const RenderOptions& o) {
  return std::make_unique<TextReporter>(o);
}

}  // namespace starbank
