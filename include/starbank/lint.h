// Lint: loads story files, runs the given rules, scores each story.
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
#include <cstdint>
#include <vector>

#include "starbank/diagnostic.h"
#include "starbank/discover.h"
#include "starbank/lint_options.h"
#include "starbank/score.h"

namespace starbank {

class Catalog;
class Rule;

/// The rules one lint run uses. The engine runs exactly these: the caller
/// (a command, the language server, a test) picks them, usually all.
using RuleSet = std::vector<const Rule*>;

/// A story's finished score, a byte a dimension (each is at most 25), so
/// the engine can hold one for every story of a large bank until the bank
/// is known.
struct StoryScore {
  uint8_t quantified = 0, ownership = 0, setback = 0, length = 0, structure = 0;

  StoryScore() = default;
  explicit StoryScore(const Dimensions& d)
      : quantified(static_cast<uint8_t>(d.quantified)),
        ownership(static_cast<uint8_t>(d.ownership)),
        setback(static_cast<uint8_t>(d.setback)),
        length(static_cast<uint8_t>(d.length)),
        structure(static_cast<uint8_t>(d.structure)) {}
  Dimensions Unpack() const {
    Dimensions d;
    d.quantified = quantified;
    d.ownership = ownership;
    d.setback = setback;
    d.length = length;
    d.structure = structure;
    return d;
  }
  int Total() const { return quantified + ownership + setback + length + structure; }
};

/// What lint keeps of each story.
struct StoryReport {
  std::string file;
  int line = 0;
  std::string id;
  std::string title;
  std::vector<std::string> principles;  ///< Resolved principle ids.
  /// The finished score: set in a LintReport; in FileLint not yet (a copy
  /// found in the bank lowers it), BankLint::scores has it.
  int score = 0;
  int words = 0;
  int seconds = 0;
  Dimensions dimensions;  ///< As `score`.
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
  /// Clusters of near-identical stories, as indices into `stories`
  /// ascending; only with LintOptions::near_copies.
  std::vector<std::vector<uint32_t>> near_copies;

  int Count(Severity s) const;
};

/// What LintStream hands over for one input, in input order.
struct FileLint {
  std::vector<Diagnostic> errors;    ///< Load and I/O errors, sorted.
  std::vector<Diagnostic> findings;  ///< Rule findings and directive problems, sorted.
  /// In file order; ordinals continue across files. Without their score
  /// and dimensions: BankLint::scores has them.
  std::vector<StoryReport> stories;
  bool counted = false;              ///< A story file (or one that failed to load).
};

/// What is known only once every input was read.
struct BankLint {
  /// duplicate-story findings, and the directive problems of files whose
  /// directives could silence one; sorted.
  std::vector<Diagnostic> findings;
  /// Every story's finished score, by ordinal: taken once, from what the
  /// story's analysis found and whether a bank rule found a copy of it
  /// (PenalizeDuplicate).
  std::vector<StoryScore> scores;
  /// With LintOptions::near_copies: the clusters of near-identical stories
  /// (ordinals, ascending), as duplicate-story finds them.
  std::vector<std::vector<uint32_t>> near_copies;
};

/// Receives LintStream's results. Calls come from one thread at a time:
/// File once per input in input order, then Bank once.
class LintSink {
 public:
  virtual ~LintSink() = default;
  virtual void File(FileLint& file) = 0;
  virtual void Bank(BankLint& bank) = 0;
  /// Whether the sink reads findings. One that reads only stories, scores
  /// and clusters (the bank views) is handed none: the story rules do not
  /// run, and the bank rules say which stories they found without making
  /// their messages. Scores are the same either way.
  virtual bool ReadsFindings() const { return true; }
};

/// Lints the inputs as one bank, handing each file's results to `sink` as
/// soon as every file before it is done. Between files it keeps a
/// fingerprint per story (for duplicate-story), not the findings or the
/// stories, so a sink that prints as it goes holds memory flat in the text
/// of the bank.
void LintStream(const std::vector<LintInput>& inputs, const Catalog& catalog,
                const RuleSet& rules, const LintOptions& options, LintSink* sink);

/// A sink that keeps everything, for Lint and the views that read whole
/// reports (show, export, prompts, drill, the language server).
class LintCollector : public LintSink {
 public:
  /// `files`: about how many inputs, to reserve for.
  explicit LintCollector(size_t files = 0) {
    report_.stories.reserve(files);
    report_.diagnostics.reserve(2 * files + 64);
  }
  void File(FileLint& file) override;
  void Bank(BankLint& bank) override;
  /// The report, sorted; call after Bank.
  LintReport Take() { return std::move(report_); }

 private:
  LintReport report_;
};

/// Lints the inputs as one bank.
LintReport Lint(const std::vector<LintInput>& inputs, const Catalog& catalog,
                const RuleSet& rules, const LintOptions& options);

/// Convenience for tests: lints one in-memory file.
LintReport LintString(const std::string& path, const std::string& content,
                      const Catalog& catalog, const RuleSet& rules,
                      const LintOptions& options = {});

}  // namespace starbank

#endif  // STARBANK_LINT_H_
