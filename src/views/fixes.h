// Fixes: the text edits that resolve a finding, shared by `lint --fix` and
// the language server's quick fixes, so both change a story the same way.
//
// A fix is a list of byte-range replacements on the file's raw text, never
// a re-serialization: comments, key order, quoting and layout stay exactly
// as they were. A fix is offered only when it is certain: a misspelled
// principle or key with exactly one close suggestion, an unused
// suppression. Each is checked to leave the file loading as before.
#ifndef STARBANK_SRC_VIEWS_FIXES_H_
#define STARBANK_SRC_VIEWS_FIXES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "starbank/diagnostic.h"
#include "starbank/lint.h"

namespace starbank {

/// Replaces bytes [begin, end) of a file's text with `text`.
struct TextEdit {
  size_t begin = 0;
  size_t end = 0;
  std::string text;
};

/// A change that resolves one finding.
struct Fix {
  std::string title;            ///< "replace 'Dive Deeep' with 'Dive Deep'"
  std::vector<TextEdit> edits;  ///< Sorted by begin, not overlapping.
};

/// The safe fix for finding `d` of the file whose text is `content`: the
/// replacement the rule attached (Diagnostic::fix: a name renamed, a
/// directive's rule id removed). nullopt when there is none, and when unsure.
std::optional<Fix> SafeFix(std::string_view content, const Diagnostic& d,
                           const RuleSet& rules);

/// A fix that silences `d` where it is: `# starbank: ignore[rule] -- reason`
/// inserted on its own line above the key whose value holds the finding.
/// nullopt for file-wide findings and directive problems. `rules`: the
/// rules lint ran, that a directive may name.
std::optional<Fix> IgnoreFix(std::string_view content, const Diagnostic& d,
                             const RuleSet& rules);

/// `content` with `edits` (sorted, not overlapping) applied.
std::string ApplyEdits(std::string_view content, const std::vector<TextEdit>& edits);

/// What ApplySafeFixes did to one file.
struct FixedFile {
  std::string text;               ///< The text after the fixes.
  std::vector<Diagnostic> fixed;  ///< The findings fixed, message = fix title.
  bool skipped = false;  ///< A fix was left for a later pass (it overlapped another).
};

/// Applies the safe fixes of `findings` (the file's, sorted) to `content`,
/// skipping a fix whose edits overlap one already taken; a later pass
/// (after linting again) picks those up.
FixedFile ApplySafeFixes(std::string_view content,
                         const std::vector<Diagnostic>& findings, const RuleSet& rules);

}  // namespace starbank

#endif  // STARBANK_SRC_VIEWS_FIXES_H_
