// Diagnostic: one finding or error at a place in a file.
//
// The library never prints. Loaders, rules and commands return Diagnostics;
// reporters render them; only main() turns them into an exit code. Lines and
// columns are 1-based everywhere in starbank (yaml-cpp's 0-based marks are
// converted once, in the YAML reader).
#ifndef STARBANK_DIAGNOSTIC_H_
#define STARBANK_DIAGNOSTIC_H_

#include <optional>
#include <string>
#include <string_view>

namespace starbank {

/// Severity of a finding, ordered so that a larger value is more severe.
enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };

/// "info", "warning" or "error".
const char* SeverityName(Severity s);

/// Parses "info", "warning", "error" (any case); nullopt otherwise.
std::optional<Severity> ParseSeverity(std::string_view text);

/// A 1-based position in a file; line 0 means "the file as a whole".
struct Mark {
  int line = 0;
  int column = 0;
};

/// A change a finding suggests: the name `from` at the finding's mark becomes
/// `to`. Set only when the suggestion is unambiguous; `--fix`, `--diff` and
/// the editor's quick fix apply it while the source still holds `from`.
struct Replacement {
  /// What the name at the mark is, which says where it ends in the source.
  enum class Kind {
    kValue,      ///< a scalar value
    kKey,        ///< a mapping key, up to its ':'
    kDirective,  ///< a rule id in a `# starbank: ignore[...]` comment;
                 ///< `to` is empty: the id (or the whole comment) goes
  };
  std::string from;
  std::string to;
  Kind kind = Kind::kValue;
};

/// A lint finding (rule is set) or a load error (rule is empty).
struct Diagnostic {
  std::string file;
  Mark mark;
  Severity severity = Severity::kError;
  std::string rule;      ///< Rule id; empty for load, config and I/O errors.
  std::string story;     ///< Story id the finding concerns; may be empty.
  std::string message;   ///< Lowercase, no trailing period.
  std::string excerpt;   ///< The source line, for load errors; else empty.
  std::optional<Replacement> fix;  ///< The safe fix, when the rule offers one.
};

/// A load, config or I/O error at `mark` in `file` (no rule, no story).
Diagnostic FileError(std::string_view file, Mark mark, std::string message);

/// The 1-based `line` of `content` (without its newline), at most 160 bytes,
/// never cut inside a UTF-8 character; its bytes as they are (the text report
/// escapes them with Printable).
std::string SourceLine(std::string_view content, int line);

/// Sort order used by every reporter: file, line, column, rule, message.
bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b);

/// "file:line:col: severity: message [rule]" (no colour, no newline).
std::string FormatDiagnostic(const Diagnostic& d);

}  // namespace starbank

#endif  // STARBANK_DIAGNOSTIC_H_
