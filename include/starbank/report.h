// Reporters render a LintReport: text for people, json/sarif/github for
// machines. Made by name through MakeReporter, so commands never depend on
// a concrete format.
#ifndef STARBANK_REPORT_H_
#define STARBANK_REPORT_H_

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "starbank/lint.h"

namespace starbank {

struct RenderOptions {
  bool color = false;       ///< ANSI colour (text only).
  bool quiet = false;       ///< Findings only: no summary, nothing when clean.
  bool statistics = false;  ///< Counts per rule after the findings.
  int width = 0;            ///< Terminal columns to fit (0: no limit).
  int min_score = -1;       ///< --min-score: stories under it are named (-1: no bar).
  /// Bytes of the score table (text), or of the stories and of the
  /// findings (json, sarif streamed), held in memory; past it, the rest
  /// waits in a temporary file until it prints.
  size_t table_memory = size_t{1} << 20;
  /// The rules lint ran (sarif: tool.driver.rules and ruleIndex).
  RuleSet rules;
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void Render(const LintReport& report, std::ostream& out) const = 0;
  /// A sink that prints to `out` while lint runs, holding only what the
  /// output's end needs; nullptr for a format that cannot. Text and github
  /// print each file's findings at once, and differ from Render's output
  /// only in where bank-wide findings go (after every file's, not among
  /// them); json and sarif spool to a scratch file what they print at the
  /// end, and equal Render's output byte for byte.
  virtual std::unique_ptr<LintSink> Stream(std::ostream& /*out*/) const { return nullptr; }
};

/// "text", "json", "sarif" or "github"; nullptr for an unknown name.
std::unique_ptr<Reporter> MakeReporter(std::string_view format,
                                       const RenderOptions& options);

/// The formats MakeReporter knows, for help text and errors.
const std::vector<std::string>& ReporterNames();

}  // namespace starbank

#endif  // STARBANK_REPORT_H_
