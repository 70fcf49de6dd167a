#include "views/fixes.h"

#include <fmt/format.h>

#include <algorithm>
#include <climits>

#include "lint/suppress.h"
#include "starbank/loader.h"
#include "text/lines.h"
#include "text/tokens.h"

namespace starbank {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }


// Start of the line after the one holding `at` (content.size() at the end).
size_t NextLine(std::string_view content, size_t at) {
  size_t nl = content.find('\n', at);
  return nl == std::string_view::npos ? content.size() : nl + 1;
}

// Whether byte `at` sits inside an open '[' or '{' on its line.
bool InFlow(std::string_view line_before) {
  int depth = 0;
  char quote = 0;
  for (char c : line_before) {
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return depth > 0;
}

// A scalar's text in the source: [begin, end) without quotes, and its quote.
struct Scalar {
  size_t begin = 0;
  size_t end = 0;
  char quote = 0;
  bool flow = false;
};

// The scalar starting at byte `at`: a quoted one without escapes, or a plain
// one up to ", ] }" (in a flow collection), " #", ": " (`key`) or the line end.
std::optional<Scalar> ScalarAt(std::string_view content, size_t at, bool key) {
  size_t line_start = content.rfind('\n', at == 0 ? 0 : at - 1);
  line_start = line_start == std::string_view::npos || at == 0 ? 0 : line_start + 1;
  size_t eol = LineEndOffset(content, at);
  if (at >= eol) return std::nullopt;
  Scalar s;
  s.flow = InFlow(content.substr(line_start, at - line_start));
  char c = content[at];
  if (c == '"' || c == '\'') {
    size_t close = content.find(c, at + 1);
    if (close == std::string_view::npos || close > eol) return std::nullopt;
    std::string_view inner = content.substr(at + 1, close - at - 1);
    // Escapes and doubled quotes would make source and value differ.
    if ((c == '"' && inner.find('\\') != std::string_view::npos) ||
        (c == '\'' && close + 1 < eol && content[close + 1] == '\'')) {
      return std::nullopt;
    }
    s.begin = at + 1;
    s.end = close;
    s.quote = c;
    return s;
  }
  size_t end = at;
  for (; end < eol; ++end) {
    char e = content[end];
    if (s.flow && (e == ',' || e == ']' || e == '}')) break;
    if (e == '#' && end > at && IsSpace(content[end - 1])) break;
    if (key && e == ':' && (end + 1 == eol || IsSpace(content[end + 1]))) break;
  }
  while (end > at && IsSpace(content[end - 1])) --end;
  s.begin = at;
  s.end = end;
  return s;
}

// `value` written where `s` was: bare when YAML reads it back the same.
std::string Spell(const Scalar& s, const std::string& value) {
  if (s.quote == '\'') {
    std::string out;
    for (char c : value) out += c == '\'' ? std::string("''") : std::string(1, c);
    return out;
  }
  bool bare =
      s.quote == 0 && !value.empty() &&
      std::string_view("-?:,[]{}#&*!|>'\"%@`").find(value[0]) == std::string_view::npos &&
      value.find(": ") == std::string::npos && value.find(" #") == std::string::npos &&
      !(s.flow && value.find_first_of(",[]{}") != std::string::npos) &&
      value.back() != ' ' && value.back() != ':';
  if (bare) return value;
  std::string out;
  for (char c : value) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return s.quote == '"' ? out : "\"" + out + "\"";
}

// The file's load errors: a fix must not add any.
size_t LoadErrors(std::string_view content) {
  return LoadStories("fix.yaml", content).errors.size();
}

bool KeepsLoading(std::string_view content, const std::vector<TextEdit>& edits,
                  size_t errors_before) {
  return LoadErrors(ApplyEdits(content, edits)) <= errors_before;
}

// The name at the finding (a value, or a key) replaced by the one
// suggestion the rule attached to it, while the source still holds it.
std::optional<Fix> RenameFix(std::string_view content, const Diagnostic& d) {
  if (!d.fix) return std::nullopt;
  size_t at = OffsetAt(content, d.mark.line, d.mark.column);
  if (at == std::string_view::npos) return std::nullopt;
  std::optional<Scalar> s = ScalarAt(content, at, d.fix->kind == Replacement::Kind::kKey);
  if (!s || s->begin == s->end) return std::nullopt;
  if (content.substr(s->begin, s->end - s->begin) != d.fix->from) return std::nullopt;
  Fix fix;
  fix.title = fmt::format("replace '{}' with '{}'", d.fix->from, d.fix->to);
  fix.edits.push_back({s->begin, s->end, Spell(*s, d.fix->to)});
  return fix;
}

// The directive and entry a finding points at, while it still names `d.fix->from`.
struct DirectiveAt {
  SuppressDirective directive;
  size_t entry = 0;
};

std::optional<DirectiveAt> FindEntry(std::string_view content, const Diagnostic& d,
                                     const RuleSet& rules) {
  Suppressions parsed = Suppressions::Parse(d.file, content, rules);
  for (const SuppressDirective& dir : parsed.directives()) {
    for (size_t i = 0; i < dir.rules.size(); ++i) {
      const SuppressDirective::Entry& e = dir.rules[i];
      if (e.mark.line == d.mark.line && e.mark.column == d.mark.column &&
          e.rule == d.fix->from) {
        return DirectiveAt{dir, i};
      }
    }
  }
  return std::nullopt;
}

// The comment at `hash` (to the line's end) without the rule id at `id`.
std::string WithoutEntry(std::string_view comment, size_t id, size_t id_len) {
  size_t begin = id, end = id + id_len;
  size_t after = end;
  while (after < comment.size() && IsSpace(comment[after])) ++after;
  if (after < comment.size() && comment[after] == ',') {
    end = after + 1;
    while (end < comment.size() && IsSpace(comment[end])) ++end;
  } else {
    size_t before = begin;
    while (before > 0 && IsSpace(comment[before - 1])) --before;
    if (before > 0 && comment[before - 1] == ',') begin = before - 1;
    while (begin > 0 && IsSpace(comment[begin - 1])) --begin;
  }
  return std::string(comment.substr(0, begin)) + std::string(comment.substr(end));
}

// The rule id at the finding removed from its directive, or the directive
// with it when it names no other.
std::optional<Fix> DropDirectiveFix(std::string_view content, const Diagnostic& d,
                                    const RuleSet& rules) {
  std::optional<DirectiveAt> found = FindEntry(content, d, rules);
  if (!found) return std::nullopt;
  const SuppressDirective& dir = found->directive;
  size_t hash = OffsetAt(content, dir.mark.line, dir.mark.column);
  const Mark& id_mark = dir.rules[found->entry].mark;
  size_t id = OffsetAt(content, id_mark.line, id_mark.column);
  if (hash == std::string_view::npos || id == std::string_view::npos || id < hash) {
    return std::nullopt;
  }
  size_t eol = LineEndOffset(content, hash);
  const std::string& rule = dir.rules[found->entry].rule;
  Fix fix;
  fix.title = fmt::format("remove the unused suppression of '{}'", rule);
  if (dir.rules.size() > 1) {
    std::string comment =
        WithoutEntry(content.substr(hash, eol - hash), id - hash, rule.size());
    fix.edits.push_back({hash, eol, comment});
    return fix;
  }
  size_t line_start = LineStartOffset(content, dir.mark.line);
  size_t text_end = hash;
  while (text_end > line_start && IsSpace(content[text_end - 1])) --text_end;
  if (text_end == line_start) {
    fix.edits.push_back({line_start, NextLine(content, hash), ""});  // the whole line
  } else {
    fix.edits.push_back({text_end, eol, ""});  // the comment after a key
  }
  return fix;
}

// Whether `content` holds an `ignore[rule]` directive written on `line`
// that covers `covered`.
bool DirectiveCovers(std::string_view content, int line, const std::string& rule,
                     int covered, const RuleSet& rules) {
  Suppressions parsed = Suppressions::Parse("fix.yaml", content, rules);
  for (const SuppressDirective& dir : parsed.directives()) {
    if (dir.mark.line != line || dir.file_wide) continue;
    if (covered < dir.first_line || covered > dir.last_line) continue;
    for (const SuppressDirective::Entry& e : dir.rules) {
      if (e.rule == rule) return true;
    }
  }
  return false;
}

}  // namespace

std::optional<Fix> SafeFix(std::string_view content, const Diagnostic& d,
                           const RuleSet& rules) {
  if (!d.fix) return std::nullopt;
  std::optional<Fix> fix = d.fix->kind == Replacement::Kind::kDirective
                               ? DropDirectiveFix(content, d, rules)
                               : RenameFix(content, d);
  if (fix && !KeepsLoading(content, fix->edits, LoadErrors(content))) return std::nullopt;
  return fix;
}

std::optional<Fix> IgnoreFix(std::string_view content, const Diagnostic& d,
                             const RuleSet& rules) {
  const Rule* rule = FindRuleIn(rules, d.rule);
  if (rule == nullptr || !rule->silenceable() || d.mark.line < 1) return std::nullopt;
  // The nearest line at or above the finding where a directive covers it:
  // asked of the suppression parser itself, so the two never disagree.
  for (int line = d.mark.line; line >= 1 && line > d.mark.line - 200; --line) {
    size_t start = LineStartOffset(content, line);
    if (start == std::string_view::npos) return std::nullopt;
    size_t eol = LineEndOffset(content, start);
    size_t first = start;
    while (first < eol && content[first] == ' ') ++first;
    if (first == eol || content[first] == '#') continue;
    // Only a key or a list item can carry a directive: skip text lines
    // without asking the parser, which reads the whole file each time.
    std::string_view row = content.substr(first, eol - first);
    bool key = row.find(": ") != std::string_view::npos || row.back() == ':';
    if (!key && row[0] != '-') continue;
    bool crlf = eol < content.size() && content[eol] == '\r';
    std::string comment =
        fmt::format("{}# starbank: ignore[{}] -- reason{}",
                    content.substr(start, first - start), d.rule, crlf ? "\r\n" : "\n");
    std::vector<TextEdit> edits = {{start, start, comment}};
    std::string candidate = ApplyEdits(content, edits);
    if (!DirectiveCovers(candidate, line, d.rule, d.mark.line + 1, rules)) continue;
    if (!KeepsLoading(content, edits, LoadErrors(content))) return std::nullopt;
    Fix fix;
    fix.title = fmt::format("ignore '{}' here", d.rule);
    fix.edits = std::move(edits);
    return fix;
  }
  return std::nullopt;
}

std::string ApplyEdits(std::string_view content, const std::vector<TextEdit>& edits) {
  std::string out;
  out.reserve(content.size());
  size_t at = 0;
  for (const TextEdit& e : edits) {
    out.append(content.substr(at, e.begin - at));
    out.append(e.text);
    at = e.end;
  }
  out.append(content.substr(std::min(at, content.size())));
  return out;
}

FixedFile ApplySafeFixes(std::string_view content,
                         const std::vector<Diagnostic>& findings, const RuleSet& rules) {
  FixedFile out;
  std::vector<TextEdit> taken;
  size_t errors = LoadErrors(content);
  for (const Diagnostic& d : findings) {
    std::optional<Fix> fix = SafeFix(content, d, rules);
    if (!fix) continue;
    std::vector<TextEdit> with = taken;
    bool overlaps = false;
    for (const TextEdit& e : fix->edits) {
      for (const TextEdit& t : taken) {
        overlaps |= e.begin < t.end && t.begin < e.end;
        overlaps |= e.begin == t.begin;  // two insertions at one place
      }
      with.push_back(e);
    }
    if (overlaps) {
      out.skipped = true;
      continue;
    }
    std::sort(with.begin(), with.end(),
              [](const TextEdit& a, const TextEdit& b) { return a.begin < b.begin; });
    // Two fixes may be safe alone and not together (two keys renamed to one).
    if (!KeepsLoading(content, with, errors)) {
      out.skipped = true;
      continue;
    }
    taken = std::move(with);
    Diagnostic done = d;
    done.message = fix->title;
    out.fixed.push_back(std::move(done));
  }
  out.text = ApplyEdits(content, taken);
  return out;
}

}  // namespace starbank
