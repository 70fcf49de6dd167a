// Lint: loads story files, runs every rule, scores each story.
//
// LintFiles walks the given paths, lints each file independently (in
// parallel when jobs > 1) and keeps, per story, only a small StoryReport and
// a fingerprint; bank-wide rules run on those at the end. Output order does
// not depend on the thread count.
#ifndef STARBANK_LINT_H_
#define STARBANK_LINT_H_

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "starbank/diagnostic.h"
#include "starbank/score.h"

namespace starbank {

class Catalog;

struct LintOptions {
  int level = 5;                 ///< 4..7: the I:we target tightens with level.
  int words_per_minute = 150;
  int max_seconds = 120;
  int min_seconds = 30;
  double max_setup_share = 0.35;
  /// Per-rule severity override; nullopt turns the rule off.
  std::map<std::string, std::optional<Severity>> rule_overrides;
  std::vector<std::string> confidential;
  std::vector<std::string> exclude;  ///< Globs matched against walked paths.
  int jobs = 0;                      ///< 0: one per core.
  size_t max_file_bytes = 1 << 20;
  /// Called from the worker threads after each file with (files done, total);
  /// may be empty. Must be thread-safe.
  std::function<void(size_t, size_t)> progress;
  /// Fill StoryReport::fit (principle inference, for the bank views).
  bool infer = false;

  /// The I:we ratio the action must reach at this level.
  double OwnershipRatio() const;
};

/// What lint keeps of each story.
struct StoryReport {
  std::string file;
  int line = 0;
  std::string id;
  std::string title;
  std::vector<std::string> principles;  ///< Resolved principle ids.
  int score = 0;
  int words = 0;
  int seconds = 0;
  Dimensions dimensions;
  std::string lead_result;  ///< First sentence of the result.
  std::vector<std::string> prompts;  ///< The story's `prompts:`, as written.
  /// Inferred fit per catalog principle (catalog order), ignoring the tags;
  /// empty unless LintOptions::infer.
  std::vector<float> fit;
};

struct LintReport {
  std::vector<StoryReport> stories;
  std::vector<Diagnostic> diagnostics;  ///< Rule findings, sorted.
  std::vector<Diagnostic> errors;       ///< Load, I/O and usage errors.
  int files = 0;

  int Count(Severity s) const;
};

/// An input to lint: a path, and its content when already in memory.
struct LintInput {
  std::string path;
  bool explicit_path = false;  ///< Named on the command line, not walked.
  bool has_content = false;
  std::string content;
};

/// Expands files and directories (recursing, skipping hidden folders) into
/// inputs sorted by path; missing paths become errors.
std::vector<LintInput> DiscoverInputs(const std::vector<std::string>& paths,
                                      const LintOptions& options,
                                      std::vector<Diagnostic>* errors);

/// Lints the inputs as one bank.
LintReport Lint(const std::vector<LintInput>& inputs, const Catalog& catalog,
                const LintOptions& options);

/// Convenience for tests: lints one in-memory file.
LintReport LintString(const std::string& path, const std::string& content,
                      const Catalog& catalog, const LintOptions& options = {});

}  // namespace starbank

#endif  // STARBANK_LINT_H_
