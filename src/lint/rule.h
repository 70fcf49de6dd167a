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
#include "lint/rule_text.h"
#include "starbank/diagnostic.h"
#include "starbank/story.h"

namespace starbank {

class Catalog;
struct LintOptions;
class Suppressions;

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
  /// Reports a finding whose safe fix replaces `fix.from` at `mark` by `fix.to`.
  void Report(Mark mark, std::string message, Replacement fix);
  /// The file position of byte `offset` inside `section`'s text.
  Mark Locate(const Section& section, size_t offset) const;

  struct Raw {
    Mark mark;
    std::string message;
    std::optional<Severity> severity;
    std::optional<Replacement> fix;
  };
  std::vector<Raw> reports;

 private:
  /// Bytes Locate may still scan for exact positions. Past it, a finding
  /// points at its section's value, so a hostile file (one 1 MB line with
  /// thousands of findings) costs linear time, not quadratic.
  mutable size_t locate_budget_ = size_t{4} << 20;
};

class BankRule;

class Rule {
 public:
  /// `text` is the rule's words from data/rules (msg::kNoSetback).
  Rule(const RuleText& text, Severity severity)
      : id_(text.id), severity_(severity), summary_(text.summary), follow_up_(text.follow_up) {}
  virtual ~Rule() = default;

  const std::string& id() const { return id_; }
  Severity default_severity() const { return severity_; }
  /// One line, for `starbank rules` and SARIF.
  const std::string& summary() const { return summary_; }
  /// What an interviewer asks about a finding of this rule, and when
  /// (`starbank drill`); order 0 when the rule has no follow-up.
  const FollowUp& probe() const { return follow_up_; }

  /// Checks one story.
  virtual void Check(RuleContext& /*ctx*/) const {}
  /// Checks one file's `# starbank:` directives (lint/suppress.h), once
  /// every finding of the file went through them; appends findings with
  /// their mark and message (and fix) set.
  virtual void CheckDirectives(const Suppressions& /*file*/, const LintOptions& /*options*/,
                               std::vector<Diagnostic>* /*out*/) const {}
  /// False for a rule about the directives themselves: no directive
  /// silences its findings, so none is offered as a fix.
  virtual bool silenceable() const { return true; }
  /// The bank-wide interface of a rule that compares the whole bank
  /// instead of one story at a time (BankRule); nullptr for a story rule.
  virtual const BankRule* AsBankRule() const { return nullptr; }

 private:
  std::string id_;
  Severity severity_;
  std::string summary_;
  FollowUp follow_up_;
};

/// What a bank rule finds in the whole bank.
struct BankFindings {
  /// Findings (rule and severity unset), in an order that does not depend
  /// on the thread count.
  std::vector<Diagnostic> findings;
  /// The bank index of the story each finding is on, in step with
  /// `findings`. A story a bank rule reports on has a copy in the bank: the
  /// engine lowers its score (PenalizeDuplicate) unless the finding is
  /// silenced.
  std::vector<uint32_t> stories;
  /// The clusters of near-identical stories (bank indices, ascending, each
  /// two or more, ordered by their first story), the same on any number of
  /// threads. Filled by CheckBank, not by CheckBankFor.
  std::vector<std::vector<uint32_t>> clusters;
  /// In: false when the caller reads only which stories were found. A rule
  /// then adds the stories alone (AddStory), each finding being at its
  /// story's fingerprint mark, and makes no message: a bank of 100,000
  /// templated stories has tens of thousands of them.
  bool messages = true;

  void Add(uint32_t story, Diagnostic d) {
    stories.push_back(story);
    findings.push_back(std::move(d));
  }
  void AddStory(uint32_t story) { stories.push_back(story); }
};

/// A rule that compares the stories of the whole bank (duplicate-story) by
/// their fingerprints, once every file was read, and returns clusters.
class BankRule : public Rule {
 public:
  using Rule::Rule;
  const BankRule* AsBankRule() const override { return this; }

  /// Checks the whole bank on up to `jobs` threads: findings and clusters.
  virtual void CheckBank(const std::vector<StoryFingerprint>& bank, int jobs,
                         BankFindings* out) const = 0;
  /// CheckBank's findings for the stories of `file` only (those whose
  /// fingerprint's file spells `file`), the same as CheckBank gives them;
  /// no clusters. The language server asks this on every keystroke.
  virtual void CheckBankFor(const std::vector<StoryFingerprint>& bank,
                            std::string_view file, int jobs, BankFindings* out) const = 0;
  /// Only the clusters of `bank`, as CheckBank gives them (plan asks for
  /// them whether the rule is on or not).
  virtual void Clusters(const std::vector<StoryFingerprint>& bank, int jobs,
                        std::vector<std::vector<uint32_t>>* out) const = 0;
};

/// The rules one lint run uses, as the caller hands them to the engine.
using RuleSet = std::vector<const Rule*>;

/// The rule of `rules` with id `id`, or nullptr.
const Rule* FindRuleIn(const RuleSet& rules, std::string_view id);

/// Whether `options` leaves the rule `id` on (no override turns it off).
bool RuleEnabled(std::string_view id, const LintOptions& options);
/// The severity a finding of `rule` is reported at: the override in
/// `options` if any (nullopt: the rule is off), else `reported` (what the
/// rule asked for), else the rule's default. The one place severity is
/// decided.
std::optional<Severity> EffectiveSeverity(const Rule& rule, const LintOptions& options,
                                          std::optional<Severity> reported = std::nullopt);

}  // namespace starbank

#endif  // STARBANK_LINT_RULE_H_
