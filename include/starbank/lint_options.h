// LintOptions: what one lint run is asked to do (level, timing, rule
// severities, confidential terms, excludes, threads), filled from the
// defaults, `.starbank.yaml` and the command line.
#ifndef STARBANK_LINT_OPTIONS_H_
#define STARBANK_LINT_OPTIONS_H_

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "starbank/diagnostic.h"

namespace starbank {

struct LintOptions {
  int level = 5;                 ///< 4..7: the I:we target tightens with level.
  int words_per_minute = 150;
  int max_seconds = 120;
  int min_seconds = 30;
  double max_setup_share = 0.35;
  /// Per-rule severity override; nullopt turns the rule off.
  std::map<std::string, std::optional<Severity>> rule_overrides;
  std::vector<std::string> confidential;
  std::vector<std::string> exclude;  ///< Globs relative to the config: ConfigExcludes.
  int jobs = 0;                      ///< 0: one per core.
  size_t max_file_bytes = 1 << 20;
  /// Called from the worker threads after each file with (files done, total);
  /// may be empty. Must be thread-safe.
  std::function<void(size_t, size_t)> progress;
  /// Fill StoryReport::fit (principle inference, for the bank views).
  bool infer = false;
  /// Fill BankLint::near_copies (for plan), whether duplicate-story is on or not.
  bool near_copies = false;

  /// The I:we ratio the action must reach at this level.
  double OwnershipRatio() const;
};

}  // namespace starbank

#endif  // STARBANK_LINT_OPTIONS_H_
