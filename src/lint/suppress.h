// Suppressions: the `# starbank: ignore[...]` comments of one story file.
//
//   result: |   # starbank: ignore[vague-result] -- the quote is the point
//   # starbank: ignore[no-setback,too-short] -- a deliberately short one
//   action: ...
//   # starbank: ignore-file[we-ownership]      (before the file's first key)
//
// `ignore` on the line of a key, or on comment lines directly above it,
// silences the named rules for that key and its whole value. `ignore-file`
// in the file's header silences them for the file. yaml-cpp drops comments,
// so directives are read from the raw text; a '#' inside a block scalar or a
// quoted string is text. One Suppressions object belongs to one file; Lint
// applies it to the file's findings and, at the end, to bank-wide ones.
#ifndef STARBANK_LINT_SUPPRESS_H_
#define STARBANK_LINT_SUPPRESS_H_

#include <string>
#include <string_view>
#include <vector>

#include "lint/rule.h"
#include "starbank/diagnostic.h"

namespace starbank {

struct LintOptions;

/// One parsed `ignore` or `ignore-file` comment.
struct SuppressDirective {
  struct Entry {
    std::string rule;   ///< A known rule id.
    Mark mark;          ///< Where the id is written.
    bool used = false;  ///< Silenced at least one finding.
  };
  Mark mark;               ///< Where the comment's '#' is.
  bool file_wide = false;  ///< `ignore-file`: covers every line.
  int first_line = 0;      ///< First and last line covered (inclusive).
  int last_line = 0;
  std::vector<Entry> rules;
  std::string reason;      ///< Text after "--", trimmed; may be empty.
};

/// What the reader could not accept in a `# starbank:` comment; the
/// invalid-suppression rule (src/rules/invalid_suppression.cc) reports it.
struct DirectiveProblem {
  enum class Kind {
    kEmpty,         ///< "# starbank:" with nothing after it
    kUnknownWord,   ///< not ignore or ignore-file; `text` is the word
    kNoBrackets,    ///< no [rules] after `text` (ignore, ignore-file)
    kTrailing,      ///< `text` follows the ']' without "--"
    kNoRule,        ///< "ignore[]"
    kUnknownRule,   ///< `text` names no rule; `near` is the closest id, or ""
    kFileWideLate,  ///< ignore-file after the file's first key
    kNotAtKey,      ///< ignore neither on nor right above a key
  };
  Kind kind;
  Mark mark;         ///< Where the problem is written.
  std::string text;
  std::string near;
};

class Suppressions {
 public:
  /// Reads the directives in `content`, the raw text of `file`. A directive
  /// may name the rules of `rules` only; others are invalid.
  static Suppressions Parse(std::string_view file, std::string_view content,
                            const RuleSet& rules);
  /// The same with `content` already split by SplitSourceLines (text/lines.h).
  static Suppressions Parse(std::string_view file, std::string_view content,
                            const std::vector<std::string_view>& lines,
                            const RuleSet& rules);

  /// Removes from `diagnostics` every finding a directive covers.
  void Apply(std::vector<Diagnostic>* diagnostics);
  /// True when a directive covers `d` (a finding in this file); records use.
  bool Silences(const Diagnostic& d);
  /// The findings of the rules of `rules` that check directives
  /// (Rule::CheckDirectives: invalid-suppression, unused-suppression), each
  /// only when its rule is on, at the rule's effective severity. Call after
  /// every finding of the file went through Apply or Silences.
  std::vector<Diagnostic> Problems(const LintOptions& options, const RuleSet& rules) const;

  const std::vector<SuppressDirective>& directives() const { return directives_; }
  /// What the reader could not accept, in file order.
  const std::vector<DirectiveProblem>& problems() const { return invalid_; }
  const std::string& file() const { return file_; }

 private:
  std::string file_;
  std::vector<SuppressDirective> directives_;
  std::vector<DirectiveProblem> invalid_;
};

}  // namespace starbank

#endif  // STARBANK_LINT_SUPPRESS_H_
