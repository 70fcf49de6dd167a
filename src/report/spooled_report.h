// SpooledReport: what the json and sarif reporters need to print, when
// they print only once lint is done, kept out of memory while lint runs.
//
// Stories and findings go to two Spools (in memory up to half of `memory`
// each, then a scratch file) as each file arrives; load errors, the severity counts and
// the bank-wide findings stay in memory. Read back, the stories and findings
// come in exactly the order and with the scores LintCollector would give,
// so a report printed from this equals one rendered from the whole
// LintReport byte for byte.
#ifndef STARBANK_SRC_REPORT_SPOOLED_REPORT_H_
#define STARBANK_SRC_REPORT_SPOOLED_REPORT_H_

#include <functional>
#include <vector>

#include "spool.h"
#include "starbank/lint.h"

namespace starbank {

class SpooledReport : public LintSink {
 public:
  /// `done` is called at the end of Bank, when everything can be read;
  /// `memory` bytes of spooled records are held in memory, the rest in a
  /// scratch file.
  explicit SpooledReport(std::function<void(SpooledReport&)> done,
                         size_t memory = 1 << 20);

  void File(FileLint& file) override;
  void Bank(BankLint& bank) override;

  /// Calls `f(const StoryReport&)` for each story, in input order, with its
  /// finished score. Once.
  void ForEachStory(const std::function<void(const StoryReport&)>& f);
  /// Calls `f(const Diagnostic&)` for each finding, sorted as in a LintReport. Once.
  void ForEachFinding(const std::function<void(const Diagnostic&)>& f);
  /// Load errors, sorted.
  const std::vector<Diagnostic>& errors() const { return errors_; }
  int files() const { return files_; }
  size_t stories() const { return stories_; }
  int Count(Severity s) const { return counts_[static_cast<int>(s)]; }
  bool any_findings() const { return findings_ > 0 || !bank_.empty(); }

 private:
  std::function<void(SpooledReport&)> done_;
  Spool story_spool_;
  Spool finding_spool_;
  size_t stories_ = 0;
  size_t findings_ = 0;  // in finding_spool_
  bool sorted_ = true;   // finding_spool_ is in DiagnosticLess order
  Diagnostic last_;      // the last finding spooled, to check that
  std::vector<Diagnostic> errors_;
  std::vector<Diagnostic> bank_;   // bank-wide findings, sorted
  std::vector<StoryScore> scores_;  // every story's finished score, by ordinal
  int files_ = 0;
  int counts_[3] = {0, 0, 0};
};

}  // namespace starbank

#endif  // STARBANK_SRC_REPORT_SPOOLED_REPORT_H_
