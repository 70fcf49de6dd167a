// Rule: one lint check with a stable id, a default severity and a
// description. Rules are registered in one explicit list (src/rules/
// registry.cc); `starbank rules` and SARIF's rules[] read the same list.
//
// A rule reads a story and its precomputed StoryAnalysis and reports through
// RuleContext::Report; it keeps no state between stories, so one Rule object
// serves every thread.
#ifndef STARBANK_RULE_H_
#define STARBANK_RULE_H_

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "starbank/analysis.h"
#include "starbank/diagnostic.h"
#include "starbank/story.h"

namespace starbank {

class Catalog;
struct LintOptions;

/// What a rule sees of one story, and where it reports.
class RuleContext {
 public:
  RuleContext(const Story& story, const StoryAnalysis& analysis,
              const Catalog& catalog, const LintOptions& options,
              std::string_view source)
      : story(story), analysis(analysis), catalog(catalog), options(options),
        source(source) {}

  const Story& story;
  const StoryAnalysis& analysis;
  const Catalog& catalog;
  const LintOptions& options;
  std::string_view source;  ///< The raw file text, for precise positions.
  /// `source` split into lines, built once per file and shared by its
  /// stories; when null, Locate splits `source` itself.
  const std::vector<std::string_view>* source_lines = nullptr;

  /// Reports a finding at `mark`; `severity` overrides the rule's default.
  void Report(Mark mark, std::string message,
              std::optional<Severity> severity = std::nullopt);
  /// The file position of byte `offset` inside `section`'s text.
  Mark Locate(const Section& section, size_t offset) const;

  struct Raw {
    Mark mark;
    std::string message;
    std::optional<Severity> severity;
  };
  std::vector<Raw> reports;

 private:
  /// Bytes Locate may still scan for exact positions. Past it, a finding
  /// points at its section's value, so a hostile file (one 1 MB line with
  /// thousands of findings) costs linear time, not quadratic.
  mutable size_t locate_budget_ = size_t{4} << 20;
};

/// `source` split at '\n' (a trailing '\r' dropped from each line).
std::vector<std::string_view> SplitSourceLines(std::string_view source);

/// Hash functions in a story's MinHash signature.
constexpr int kMinHashSize = 64;
/// A MinHash signature: one-permutation hashing into 64 bins, each keeping
/// the low 8 bits of its minimum (b-bit MinHash, Li and Koenig 2010). 64
/// bytes a story, so 100,000 stories need 6.4 MB of fingerprints.
using MinHashSignature = std::array<uint8_t, kMinHashSize>;

/// A story reduced to what bank-wide rules compare. `file` and `id` view
/// strings that outlive the bank-wide check (lint's StoryReports), so a
/// fingerprint costs about 170 bytes and no allocation.
struct StoryFingerprint {
  std::string_view file;
  std::string_view id;
  Mark mark;           ///< Where to report (the id or the story start).
  bool explicit_id = false;
  bool has_minhash = false;  ///< False when the story has too little text.
  MinHashSignature minhash{};
};

class Rule {
 public:
  Rule(std::string id, Severity severity, std::string summary)
      : id_(std::move(id)), severity_(severity), summary_(std::move(summary)) {}
  virtual ~Rule() = default;

  const std::string& id() const { return id_; }
  Severity default_severity() const { return severity_; }
  /// One line, for `starbank rules` and SARIF.
  const std::string& summary() const { return summary_; }

  /// Checks one story.
  virtual void Check(RuleContext& /*ctx*/) const {}
  /// True for rules that compare the whole bank instead (duplicate-story).
  virtual bool bank_wide() const { return false; }
  /// Checks the whole bank, on up to `jobs` threads; appends findings
  /// (rule, severity unset) in an order that does not depend on `jobs`.
  virtual void CheckBank(const std::vector<StoryFingerprint>& /*bank*/, int /*jobs*/,
                         std::vector<Diagnostic>* /*out*/) const {}

 private:
  std::string id_;
  Severity severity_;
  std::string summary_;
};

/// Every rule, sorted by id. Built once; safe to share between threads.
const std::vector<std::unique_ptr<Rule>>& AllRules();
/// A rule by id, or nullptr.
const Rule* FindRule(std::string_view id);

/// MinHash signature of a story's spoken text (3-word shingles) into
/// `out`; false (and `out` untouched) when the story has too few words.
bool MinHashStory(const Story& story, MinHashSignature* out);
/// Same, from the sections' tokens (StoryAnalysis::tokens).
bool MinHashTokens(const std::vector<Token> (&parts)[kPartCount], MinHashSignature* out);
/// The clusters of near-identical stories in `bank` (duplicate-story's):
/// story indices, ascending, each cluster two or more, ordered by their
/// first story; the same on any number of threads.
std::vector<std::vector<uint32_t>> NearDuplicateClusters(
    const std::vector<StoryFingerprint>& bank, int jobs);
/// Estimated Jaccard similarity of two signatures.
double MinHashSimilarity(const MinHashSignature& a, const MinHashSignature& b);

}  // namespace starbank

#endif  // STARBANK_RULE_H_
