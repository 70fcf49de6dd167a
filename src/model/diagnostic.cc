#include "starbank/diagnostic.h"

#include <fmt/format.h>

#include <tuple>

#include "text/lines.h"
#include "text/printable.h"
#include "text/tokens.h"

namespace starbank {

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "error";
}

std::optional<Severity> ParseSeverity(std::string_view text) {
  std::string t = ToLower(text);
  if (t == "info") return Severity::kInfo;
  if (t == "warning") return Severity::kWarning;
  if (t == "error") return Severity::kError;
  return std::nullopt;
}

std::string SourceLine(std::string_view content, int line) {
  if (line <= 0) return "";
  size_t start = 0;
  for (int l = 1; l < line; ++l) {
    start = content.find('\n', start);
    if (start == std::string_view::npos) return "";
    ++start;
  }
  size_t end = content.find('\n', start);
  std::string_view s = content.substr(start, end == std::string_view::npos ? end : end - start);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  s = s.substr(0, CharBoundaryBefore(s, 160));
  // Kept as it is: the text report escapes it (Printable) as it escapes
  // every other text, so a hostile file cannot drive the terminal.
  return std::string(s);
}

bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.file, a.mark.line, a.mark.column, a.rule, a.message) <
         std::tie(b.file, b.mark.line, b.mark.column, b.rule, b.message);
}

std::string FormatDiagnostic(const Diagnostic& d) {
  // A file name or a quoted value may hold control characters: shown escaped.
  std::string where = Printable(d.file);
  if (d.mark.line > 0) {
    where += fmt::format(":{}:{}", d.mark.line, d.mark.column > 0 ? d.mark.column : 1);
  }
  std::string out = fmt::format("{}: {}: {}", where, SeverityName(d.severity),
                                Printable(d.message));
  if (!d.rule.empty()) out += fmt::format(" [{}]", d.rule);
  return out;
}

Diagnostic FileError(std::string_view file, Mark mark, std::string message) {
  Diagnostic d;
  d.file = std::string(file);
  d.mark = mark;
  d.severity = Severity::kError;
  d.message = std::move(message);
  return d;
}

}  // namespace starbank
