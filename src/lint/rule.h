// Rule: one lint check with a stable id, a default severity and a
// description. Rules are registered in one explicit list (src/rules/
// registry.cc); `starbank rules` and SARIF's rules[] read the same list.
//
// A rule reads a story and its precomputed StoryAnalysis and reports through
// RuleContext::Report; it keeps no state between stories, so one Rule object
// serves every thread.
#ifndef STARBANK_LINT_RULE_H_
#define STARBANK_LINT_RULE_H_

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/analysis.h"
#include "lint/fingerprint.h"
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

}  // namespace starbank

#endif  // STARBANK_LINT_RULE_H_
