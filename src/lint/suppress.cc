#include "lint/suppress.h"

#include <algorithm>

#include "lint/rule.h"
#include "starbank/lint.h"
#include "text/closest.h"
#include "text/lines.h"
#include "text/tokens.h"

namespace starbank {
namespace {

// What one raw line of a YAML file is, as far as directives care.
struct LineInfo {
  enum class Kind { kBlank, kComment, kContent, kText, kMarker };
  Kind kind = Kind::kBlank;
  int indent = 0;            // Column (0-based) of the first non-space byte.
  int node = 0;              // Column of the key or item after any "- ".
  bool key = false;          // The line starts a mapping key.
  bool dash = false;         // The line starts with "- ".
  int comment = -1;          // Byte of a comment's '#', or -1.
};

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

// Scans a file's lines, tracking block scalars and multi-line quoted strings
// so that a '#' inside them is not taken for a comment.
class LineScanner {
 public:
  std::vector<LineInfo> Scan(const std::vector<std::string_view>& lines) {
    std::vector<LineInfo> out;
    for (std::string_view line : lines) out.push_back(ScanLine(line));
    return out;
  }

 private:
  LineInfo ScanLine(std::string_view line) {
    LineInfo info;
    size_t first = line.find_first_not_of(" \t");
    info.indent = first == std::string_view::npos ? 0 : static_cast<int>(first);
    if (block_parent_ >= 0) {
      if (first == std::string_view::npos || info.indent > block_parent_) {
        info.kind = LineInfo::Kind::kText;
        return info;
      }
      block_parent_ = -1;
    }
    size_t pos = 0;
    if (quote_ != 0) {
      size_t close = CloseQuote(line, 0, quote_);
      info.kind = LineInfo::Kind::kText;
      if (close == std::string_view::npos) return info;
      quote_ = 0;
      pos = close + 1;
    } else if (first == std::string_view::npos) {
      return info;
    } else if (line[first] == '#') {
      info.kind = LineInfo::Kind::kComment;
      info.comment = static_cast<int>(first);
      return info;
    } else if (first == 0 && (line.substr(0, 3) == "---" || line.substr(0, 3) == "..." ||
                              line[0] == '%')) {
      info.kind = LineInfo::Kind::kMarker;
      ScanRest(line, 3, true, &info);
      return info;
    } else {
      info.kind = LineInfo::Kind::kContent;
      pos = StartNode(line, first, &info);
    }
    ScanRest(line, pos, pos == static_cast<size_t>(info.node), &info);
    return info;
  }

  // Skips "- " prefixes and detects a key; returns where the node starts.
  static size_t StartNode(std::string_view line, size_t pos, LineInfo* info) {
    while (pos < line.size() && line[pos] == '-' &&
           (pos + 1 == line.size() || IsSpace(line[pos + 1]))) {
      info->dash = true;
      pos = line.find_first_not_of(" \t", pos + 1);
      if (pos == std::string_view::npos) pos = line.size();
    }
    info->node = static_cast<int>(pos);
    info->key = IsKeyAt(line, pos);
    return pos;
  }

  static bool IsKeyAt(std::string_view line, size_t pos) {
    if (pos >= line.size()) return false;
    char c = line[pos];
    size_t end = pos;
    if (c == '"' || c == '\'') {
      end = CloseQuote(line, pos + 1, c);
      if (end == std::string_view::npos) return false;
      ++end;
    } else if (std::string_view("[]{}#&*!|>%@`,?").find(c) != std::string_view::npos) {
      return false;
    }
    for (; end < line.size(); ++end) {
      if (line[end] == '#' && end > 0 && IsSpace(line[end - 1])) return false;
      if (line[end] == ':' && (end + 1 == line.size() || IsSpace(line[end + 1]))) {
        return true;
      }
    }
    return false;
  }

  // Index of the quote closing a string opened before `from`, or npos.
  static size_t CloseQuote(std::string_view line, size_t from, char quote) {
    for (size_t i = from; i < line.size(); ++i) {
      if (quote == '"' && line[i] == '\\') {
        ++i;
      } else if (line[i] == quote) {
        if (quote == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
          ++i;
          continue;
        }
        return i;
      }
    }
    return std::string_view::npos;
  }

  // Finds the comment (outside quotes) and a block-scalar header.
  void ScanRest(std::string_view line, size_t pos, bool scalar_start, LineInfo* info) {
    size_t value_end = line.size();
    for (size_t i = pos; i < line.size(); ++i) {
      char c = line[i];
      if (scalar_start && (c == '"' || c == '\'')) {
        size_t close = CloseQuote(line, i + 1, c);
        if (close == std::string_view::npos) {
          quote_ = c;
          return;
        }
        i = close;
        scalar_start = false;
        continue;
      }
      if (c == '#' && (i == 0 || IsSpace(line[i - 1]))) {
        info->comment = static_cast<int>(i);
        value_end = i;
        break;
      }
      if (IsSpace(c)) continue;
      scalar_start = (c == ':' && (i + 1 == line.size() || IsSpace(line[i + 1]))) ||
                     c == '[' || c == '{' || c == ',' ||
                     (c == '-' && (i + 1 == line.size() || IsSpace(line[i + 1])));
    }
    if (OpensBlock(line.substr(0, value_end))) {
      block_parent_ = info->key ? info->node : info->indent;
    }
  }

  // A value ending in a block header: "|", ">-", "|2+" after ": " or "- ".
  static bool OpensBlock(std::string_view value) {
    size_t end = value.find_last_not_of(" \t");
    if (end == std::string_view::npos) return false;
    size_t start = value.find_last_of(" \t", end);
    start = start == std::string_view::npos ? 0 : start + 1;
    std::string_view token = value.substr(start, end - start + 1);
    if (token.empty() || (token[0] != '|' && token[0] != '>') || token.size() > 3) {
      return false;
    }
    for (char c : token.substr(1)) {
      if (c != '+' && c != '-' && (c < '1' || c > '9')) return false;
    }
    size_t before = value.find_last_not_of(" \t", start == 0 ? 0 : start - 1);
    return start == 0 || before == std::string_view::npos || value[before] == ':' ||
           value[before] == '-';
  }

  int block_parent_ = -1;  // Indent a block scalar's text must exceed, or -1.
  char quote_ = 0;         // Open quote continuing onto the next line.
};

// A file's lines as directives count them: SplitSourceLines's, without the
// empty line after a final '\n'.
std::vector<std::string_view> DirectiveLines(std::string_view content,
                                             const std::vector<std::string_view>& lines) {
  size_t n = lines.size();
  if (n > 0 && (content.empty() || content.back() == '\n')) --n;
  return std::vector<std::string_view>(lines.begin(), lines.begin() + n);
}

std::string Trim(std::string_view s) {
  size_t a = s.find_first_not_of(" \t");
  if (a == std::string_view::npos) return "";
  size_t b = s.find_last_not_of(" \t");
  return std::string(s.substr(a, b - a + 1));
}

// Parses directives and decides which lines each covers.
class DirectiveParser {
 public:
  DirectiveParser(std::string_view content, const std::vector<std::string_view>& lines,
                  const RuleSet& rules)
      : rules_(rules),
        lines_(DirectiveLines(content, lines)),
        info_(LineScanner().Scan(lines_)) {}

  void Run(std::vector<SuppressDirective>* out, std::vector<DirectiveProblem>* invalid) {
    out_ = out;
    invalid_ = invalid;
    int first_key = -1;
    for (size_t i = 0; i < info_.size(); ++i) {
      if (first_key < 0 && info_[i].kind == LineInfo::Kind::kContent) first_key = i;
      if (info_[i].comment >= 0) Comment(i, first_key);
    }
  }

 private:
  void Invalid(size_t line, size_t byte, DirectiveProblem::Kind kind, std::string text = "",
               std::string near = "") {
    Mark mark{static_cast<int>(line + 1), ColumnOf(lines_[line], byte)};
    invalid_->push_back(DirectiveProblem{kind, mark, std::move(text), std::move(near)});
  }

  // Reads the comment on line `i`, if it is a directive.
  void Comment(size_t i, int first_key) {
    std::string_view line = lines_[i];
    size_t hash = static_cast<size_t>(info_[i].comment);
    std::string_view text = line.substr(hash + 1);
    size_t at = text.find_first_not_of(" \t");
    if (at == std::string_view::npos || ToLower(text.substr(at, 8)) != "starbank") return;
    size_t colon = text.find_first_not_of(" \t", at + 8);
    if (colon == std::string_view::npos || text[colon] != ':') return;
    SuppressDirective d;
    d.mark = Mark{static_cast<int>(i + 1), ColumnOf(line, hash)};
    size_t body = hash + 1 + colon + 1;
    if (!ParseBody(i, body, &d)) return;
    if (!Place(i, first_key, &d)) return;
    if (!d.rules.empty()) out_->push_back(std::move(d));
  }

  // "ignore[a, b] -- reason" starting at byte `pos` of line `i`.
  bool ParseBody(size_t i, size_t pos, SuppressDirective* d) {
    std::string_view line = lines_[i];
    pos = std::min(line.size(), line.find_first_not_of(" \t", pos));
    size_t word_end = pos;
    while (word_end < line.size() &&
           (std::isalpha(static_cast<unsigned char>(line[word_end])) || line[word_end] == '-')) {
      ++word_end;
    }
    std::string word = ToLower(line.substr(pos, word_end - pos));
    if (word != "ignore" && word != "ignore-file") {
      std::string shown = Trim(line.substr(pos, line.find_first_of(" \t[", word_end) - pos));
      if (shown.empty()) {
        Invalid(i, pos, DirectiveProblem::Kind::kEmpty);
      } else {
        Invalid(i, pos, DirectiveProblem::Kind::kUnknownWord, shown);
      }
      return false;
    }
    size_t open = std::min(line.size(), line.find_first_not_of(" \t", word_end));
    size_t close = open < line.size() && line[open] == '[' ? line.find(']', open)
                                                            : std::string_view::npos;
    if (close == std::string_view::npos) {
      Invalid(i, pos, DirectiveProblem::Kind::kNoBrackets, word);
      return false;
    }
    d->file_wide = word == "ignore-file";
    std::string rest = Trim(line.substr(close + 1));
    if (!rest.empty() && rest.rfind("--", 0) != 0) {
      Invalid(i, close + 1, DirectiveProblem::Kind::kTrailing, rest);
      return false;
    }
    if (!rest.empty()) d->reason = Trim(std::string_view(rest).substr(2));
    return ParseRules(i, open + 1, close, d);
  }

  bool ParseRules(size_t i, size_t begin, size_t end, SuppressDirective* d) {
    std::string_view line = lines_[i];
    bool any = false;
    for (size_t p = begin; p <= end;) {
      size_t comma = std::min(end, line.find(',', p));
      std::string name = Trim(line.substr(p, comma - p));
      size_t name_at = line.find_first_not_of(" \t", p);
      if (!name.empty()) {
        any = true;
        AddRule(i, name_at, name, d);
      }
      p = comma + 1;
    }
    if (!any) {
      Invalid(i, begin - 1, DirectiveProblem::Kind::kNoRule);
      return false;
    }
    return true;
  }

  void AddRule(size_t i, size_t at, const std::string& name, SuppressDirective* d) {
    std::string id = ToLower(name);
    if (FindRuleIn(rules_, id) != nullptr) {
      d->rules.push_back({id, Mark{static_cast<int>(i + 1), ColumnOf(lines_[i], at)}});
      return;
    }
    Closest closest(id, 3);
    for (const Rule* r : rules_) closest.Offer(r->id());
    Invalid(i, at, DirectiveProblem::Kind::kUnknownRule, name, closest.name());
  }

  // Sets the lines a directive on line `i` covers; false if misplaced.
  bool Place(size_t i, int first_key, SuppressDirective* d) {
    const LineInfo& here = info_[i];
    if (d->file_wide) {
      if (here.kind == LineInfo::Kind::kComment &&
          (first_key < 0 || static_cast<int>(i) < first_key)) {
        return true;
      }
      Invalid(i, here.comment, DirectiveProblem::Kind::kFileWideLate);
      return false;
    }
    size_t target = i;
    if (here.kind == LineInfo::Kind::kComment) {
      target = i + 1;
      while (target < info_.size() && info_[target].kind == LineInfo::Kind::kComment) {
        ++target;
      }
    }
    if (target >= info_.size() || info_[target].kind != LineInfo::Kind::kContent) {
      Invalid(i, here.comment, DirectiveProblem::Kind::kNotAtKey);
      return false;
    }
    d->first_line = static_cast<int>(target + 1);
    d->last_line = static_cast<int>(ValueEnd(target) + 1);
    return true;
  }

  // The last line of the value that starts on line `t`.
  size_t ValueEnd(size_t t) const {
    const LineInfo& start = info_[t];
    size_t last = t;
    for (size_t u = t + 1; u < info_.size(); ++u) {
      const LineInfo& l = info_[u];
      if (l.kind == LineInfo::Kind::kBlank || l.kind == LineInfo::Kind::kComment) continue;
      if (l.kind == LineInfo::Kind::kMarker) break;
      if (l.kind == LineInfo::Kind::kContent &&
          (l.indent < start.node || (l.indent == start.node && !(start.key && l.dash)))) {
        break;
      }
      last = u;
    }
    return last;
  }

  const RuleSet& rules_;
  std::vector<std::string_view> lines_;
  std::vector<LineInfo> info_;
  std::vector<SuppressDirective>* out_ = nullptr;
  std::vector<DirectiveProblem>* invalid_ = nullptr;
};

// Whether some '#' is followed (after spaces and tabs) by "starbank" in
// any case, as every directive is: a memchr over the file and no copy.
bool MayHoldDirective(std::string_view content) {
  static constexpr std::string_view kWord = "starbank";
  for (size_t at = content.find('#'); at != std::string_view::npos;
       at = content.find('#', at + 1)) {
    size_t p = at + 1;
    while (p < content.size() && (content[p] == ' ' || content[p] == '\t')) ++p;
    if (content.size() - p < kWord.size()) return false;
    bool same = true;
    for (size_t k = 0; k < kWord.size() && same; ++k) {
      char c = content[p + k];
      same = (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) == kWord[k];
    }
    if (same) return true;
  }
  return false;
}

}  // namespace

Suppressions Suppressions::Parse(std::string_view file, std::string_view content,
                                 const RuleSet& rules) {
  // Most files hold no directive: skip the split and the scan entirely.
  if (!MayHoldDirective(content)) return Parse(file, content, {}, rules);
  return Parse(file, content, SplitSourceLines(content), rules);
}

Suppressions Suppressions::Parse(std::string_view file, std::string_view content,
                                 const std::vector<std::string_view>& lines,
                                 const RuleSet& rules) {
  Suppressions s;
  s.file_ = std::string(file);
  // Most files hold no directive: skip the scan entirely.
  if (!MayHoldDirective(content)) return s;
  DirectiveParser(content, lines, rules).Run(&s.directives_, &s.invalid_);
  return s;
}

bool Suppressions::Silences(const Diagnostic& d) {
  bool silenced = false;
  for (SuppressDirective& dir : directives_) {
    if (!dir.file_wide && (d.mark.line < dir.first_line || d.mark.line > dir.last_line)) {
      continue;
    }
    for (SuppressDirective::Entry& e : dir.rules) {
      if (e.rule != d.rule) continue;
      e.used = true;
      silenced = true;
    }
  }
  return silenced;
}

void Suppressions::Apply(std::vector<Diagnostic>* diagnostics) {
  if (directives_.empty()) return;
  diagnostics->erase(std::remove_if(diagnostics->begin(), diagnostics->end(),
                                    [this](const Diagnostic& d) { return Silences(d); }),
                     diagnostics->end());
}

std::vector<Diagnostic> Suppressions::Problems(const LintOptions& options,
                                               const RuleSet& rules) const {
  std::vector<Diagnostic> out;
  if (directives_.empty() && invalid_.empty()) return out;  // most files
  for (const Rule* rule : rules) {
    std::optional<Severity> severity = EffectiveSeverity(*rule, options);
    if (!severity) continue;
    size_t from = out.size();
    rule->CheckDirectives(*this, options, &out);
    for (size_t k = from; k < out.size(); ++k) {
      out[k].file = file_;
      out[k].severity = *severity;
      out[k].rule = rule->id();
    }
  }
  return out;
}

}  // namespace starbank
