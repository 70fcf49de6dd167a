// RuleContext: reporting, and mapping a text offset back to the file.
#include <algorithm>

#include "lint/rule.h"
#include "starbank/lint_options.h"
#include "text/lines.h"

namespace starbank {
void RuleContext::Report(Mark mark, std::string message,
                         std::optional<Severity> severity) {
  reports.push_back(Raw{mark, std::move(message), severity, std::nullopt});
}

void RuleContext::Report(Mark mark, std::string message, Replacement fix) {
  reports.push_back(Raw{mark, std::move(message), std::nullopt, std::move(fix)});
}

Mark RuleContext::Locate(const Section& section, size_t offset) const {
  const std::string& text = section.text;
  if (offset > text.size() || source.empty() || section.value.line <= 0 ||
      locate_budget_ == 0) {
    return section.value.line > 0 ? section.value : section.key;
  }
  size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  line_start = (line_start == std::string::npos || offset == 0) ? 0 : line_start + 1;
  if (offset > 0 && text[offset - 1] == '\n') line_start = offset;
  size_t line_end = text.find('\n', offset);
  if (line_end == std::string::npos) line_end = text.size();
  std::string_view text_line(text.data() + line_start, line_end - line_start);
  size_t in_line = offset - line_start;

  std::vector<std::string_view> own_lines;
  if (source_lines == nullptr) own_lines = SplitSourceLines(source);
  const std::vector<std::string_view>& lines =
      source_lines != nullptr ? *source_lines : own_lines;
  size_t first = static_cast<size_t>(section.value.line - 1);
  // The section's text lies between its value mark and the next key at the
  // same or lower indentation; search a bounded window.
  size_t last = std::min(lines.size(), first + 400);
  size_t cost = 2 * text_line.size() + (source_lines == nullptr ? source.size() : 0);
  for (size_t i = first; i < last; ++i) cost += lines[i].size();
  locate_budget_ -= std::min(locate_budget_, cost);
  auto find_from = [&](std::string_view needle, size_t skip) -> std::optional<Mark> {
    if (needle.empty()) return std::nullopt;
    for (size_t i = first; i < last; ++i) {
      size_t at = lines[i].find(needle);
      if (at == std::string_view::npos) continue;
      return Mark{static_cast<int>(i + 1), ColumnOf(lines[i], at + skip)};
    }
    return std::nullopt;
  };
  // The whole text line found verbatim: exact position.
  if (text_line.size() >= 3) {
    if (auto m = find_from(text_line, in_line)) return *m;
  }
  // Folded or flowed text: find the words themselves from where the value starts.
  size_t take = std::min<size_t>(text.size() - offset, 40);
  std::string_view needle(text.data() + offset, take);
  needle = needle.substr(0, needle.find('\n'));
  if (auto m = find_from(needle, 0)) return *m;
  return section.value;
}

const Rule* FindRuleIn(const RuleSet& rules, std::string_view id) {
  for (const Rule* r : rules) {
    if (r->id() == id) return r;
  }
  return nullptr;
}

bool RuleEnabled(std::string_view id, const LintOptions& options) {
  // Asked for every rule of every file: no key to build when nothing is set.
  if (options.rule_overrides.empty()) return true;
  auto it = options.rule_overrides.find(std::string(id));
  return it == options.rule_overrides.end() || it->second.has_value();
}

std::optional<Severity> EffectiveSeverity(const Rule& rule, const LintOptions& options,
                                          std::optional<Severity> reported) {
  auto it = options.rule_overrides.find(rule.id());
  if (it != options.rule_overrides.end()) return it->second;
  return reported ? reported : std::optional<Severity>(rule.default_severity());
}

}  // namespace starbank
