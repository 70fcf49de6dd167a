#include "import/labels.h"

#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

#include "starbank/catalog.h"
#include "text/printable.h"
#include "text/tokens.h"

namespace starbank {
namespace {

using K = LabelKind;

// The labels banks use, lowercased, single spaces, no colon.
const std::unordered_map<std::string, LabelKind>& LabelTable() {
  static const auto* table = new std::unordered_map<std::string, LabelKind>{
      {"situation", K::kSituation},
      {"s", K::kSituation},
      {"context", K::kSituation},
      {"background", K::kSituation},
      {"the situation", K::kSituation},
      {"challenge", K::kSituation},
      {"problem", K::kSituation},
      {"setting", K::kSituation},
      {"task", K::kTask},
      {"t", K::kTask},
      {"the task", K::kTask},
      {"my task", K::kTask},
      {"goal", K::kTask},
      {"goals", K::kTask},
      {"objective", K::kTask},
      {"my role", K::kTask},
      {"responsibility", K::kTask},
      {"action", K::kAction},
      {"actions", K::kAction},
      {"a", K::kAction},
      {"the action", K::kAction},
      {"what i did", K::kAction},
      {"approach", K::kAction},
      {"actions taken", K::kAction},
      {"my actions", K::kAction},
      {"steps", K::kAction},
      {"result", K::kResult},
      {"results", K::kResult},
      {"r", K::kResult},
      {"the result", K::kResult},
      {"outcome", K::kResult},
      {"outcomes", K::kResult},
      {"impact", K::kResult},
      {"learning", K::kLearning},
      {"learnings", K::kLearning},
      {"l", K::kLearning},
      {"lesson", K::kLearning},
      {"lessons", K::kLearning},
      {"lesson learned", K::kLearning},
      {"lessons learned", K::kLearning},
      {"lessons learnt", K::kLearning},
      {"reflection", K::kLearning},
      {"reflections", K::kLearning},
      {"takeaway", K::kLearning},
      {"takeaways", K::kLearning},
      {"key takeaway", K::kLearning},
      {"what i learned", K::kLearning},
      {"what i learnt", K::kLearning},
      {"what i would do differently", K::kLearning},
      {"what i'd do differently", K::kLearning},
      {"do differently", K::kLearning},
      {"what i would change", K::kLearning},
      {"tradeoffs", K::kTradeoffs},
      {"trade-offs", K::kTradeoffs},
      {"trade offs", K::kTradeoffs},
      {"tradeoff", K::kTradeoffs},
      {"trade-off", K::kTradeoffs},
      {"follow-ups", K::kFollowups},
      {"followups", K::kFollowups},
      {"follow ups", K::kFollowups},
      {"follow-up", K::kFollowups},
      {"follow-up questions", K::kFollowups},
      {"follow up questions", K::kFollowups},
      {"followup questions", K::kFollowups},
      {"likely follow-ups", K::kFollowups},
      {"title", K::kTitle},
      {"story title", K::kTitle},
      {"headline", K::kTitle},
      {"name", K::kTitle},
      {"story", K::kTitle},
      {"principles", K::kPrinciples},
      {"principle", K::kPrinciples},
      {"lp", K::kPrinciples},
      {"lps", K::kPrinciples},
      {"leadership principle", K::kPrinciples},
      {"leadership principles", K::kPrinciples},
      {"maps to", K::kPrinciples},
      {"amazon lp", K::kPrinciples},
      {"amazon lps", K::kPrinciples},
      {"values", K::kPrinciples},
      {"competencies", K::kPrinciples},
      {"competency", K::kPrinciples},
      {"prompts", K::kPrompts},
      {"prompt", K::kPrompts},
      {"questions", K::kPrompts},
      {"question", K::kPrompts},
      {"best for questions about", K::kPrompts},
      {"best for", K::kPrompts},
      {"good for", K::kPrompts},
      {"use for", K::kPrompts},
      {"interview questions", K::kPrompts},
      {"sample questions", K::kPrompts},
      {"tags", K::kTags},
      {"tag", K::kTags},
      {"keywords", K::kTags},
      {"topics", K::kTags},
      {"themes", K::kTags},
      {"theme", K::kTags},
      {"id", K::kId},
      {"tension", K::kCommentText},
      {"obstacle", K::kCommentText},
      {"obstacles", K::kCommentText},
      {"turn", K::kCommentText},
      {"twist", K::kCommentText},
      {"complication", K::kCommentText},
      {"setback", K::kCommentText},
      {"setbacks", K::kCommentText},
      {"conflict", K::kCommentText},
      {"risks", K::kCommentText},
      {"risk", K::kCommentText},
      {"do not claim", K::kCommentText},
      {"don't claim", K::kCommentText},
      {"dont claim", K::kCommentText},
      {"notes", K::kCommentText},
      {"note", K::kCommentText},
      {"metrics", K::kCommentText},
      {"numbers", K::kCommentText},
      {"stakeholders", K::kCommentText},
      {"hook", K::kCommentText},
      {"company", K::kCommentField},
      {"employer", K::kCommentField},
      {"when", K::kCommentField},
      {"date", K::kCommentField},
      {"year", K::kCommentField},
      {"role", K::kCommentField},
      {"team", K::kCommentField},
      {"project", K::kCommentField},
      {"confidence", K::kCommentField},
      {"last practiced", K::kCommentField},
      {"last practised", K::kCommentField},
      {"status", K::kCommentField},
      {"level", K::kCommentField},
      {"duration", K::kCommentField},
      {"length", K::kCommentField},
      {"time", K::kCommentField},
      {"score", K::kCommentField},
      {"file", K::kCommentField},
      {"lead result", K::kCommentField},
      {"source", K::kCommentField},
      {"link", K::kCommentField},
      {"url", K::kCommentField},
  };
  return *table;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Drops leading code points that are neither letters, digits nor '(' or '['
// (bullets, emoji, '#'), and leading "1." / "2)" numbering.
std::string_view SkipDecoration(std::string_view s) {
  for (;;) {
    s = Trim(s);
    if (s.empty()) return s;
    unsigned char c = static_cast<unsigned char>(s[0]);
    if (c == '(' || c == '[') return s;
    if (std::isdigit(c)) {
      size_t i = 0;
      while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
      if (i < s.size() && (s[i] == '.' || s[i] == ')') &&
          (i + 1 == s.size() || IsSpace(s[i + 1]))) {
        s.remove_prefix(i + 1);
        continue;
      }
      return s;
    }
    if (c < 0x80) {
      if (std::isalpha(c)) return s;
      s.remove_prefix(1);
      continue;
    }
    size_t len = 0;
    int32_t cp = DecodeUtf8(s, 0, &len);
    if (len == 0) return s;
    utf8proc_category_t cat = utf8proc_category(cp);
    if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO) return s;
    s.remove_prefix(len);
  }
}

// Lowercase, one space between words, the curly apostrophe straightened,
// markers and the colon gone.
std::string Normal(std::string_view label) {
  std::string s(SkipDecoration(CleanLabel(label)));
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\xE2\x80\x99") == 0) {  // ’
      out += '\'';
      i += 2;
      continue;
    }
    char c = s[i];
    if (IsSpace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == ':' || out.back() == '.')) {
    out.pop_back();
  }
  return out;
}

LabelKind Lookup(const std::string& normal) {
  auto it = LabelTable().find(normal);
  return it == LabelTable().end() ? K::kNone : it->second;
}

// "S (Situation)", "Situation (S)", "Result (numbers)": the name, else what
// the brackets hold; "S - Situation", "S: Situation": both halves agreeing.
LabelKind LookupPair(const std::string& n) {
  size_t open = n.find('(');
  if (open != std::string::npos && n.back() == ')') {
    LabelKind a = Lookup(std::string(Trim(std::string_view(n).substr(0, open))));
    if (a != K::kNone) return a;
    return Lookup(
        std::string(Trim(std::string_view(n).substr(open + 1, n.size() - open - 2))));
  }
  for (std::string_view sep : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", ": ", " / "}) {
    size_t at = n.find(sep);
    if (at == std::string::npos) continue;
    // Both halves must name the same thing: "Story: Billing" is no label.
    LabelKind a = Lookup(n.substr(0, at));
    if (a != K::kNone && a == Lookup(n.substr(at + sep.size()))) return a;
  }
  return K::kNone;
}

bool StartsWithWord(std::string_view s, std::string_view word) {
  if (s.size() < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != word[i]) return false;
  }
  return s.size() == word.size() ||
         !std::isalnum(static_cast<unsigned char>(s[word.size()]));
}

// A dash, colon, full stop or closing bracket that ends "Story 1".
size_t SeparatorLength(std::string_view s) {
  if (s.empty()) return 0;
  if (s[0] == '-' || s[0] == ':' || s[0] == '.' || s[0] == ')' || s[0] == '|') return 1;
  if (s.compare(0, 3, "\xE2\x80\x93") == 0 || s.compare(0, 3, "\xE2\x80\x94") == 0)
    return 3;
  return 0;
}

// "Story 1 - Title" / "Example #2: Title" / "3. Title" / "4) Title": the
// title after the numbering; `s` unchanged when there is none to drop.
std::string_view DropNumbering(std::string_view s) {
  std::string_view rest = s;
  bool word = false;
  for (std::string_view w : {"story", "example", "star", "case", "scenario"}) {
    if (StartsWithWord(rest, w)) {
      rest = Trim(rest.substr(w.size()));
      word = true;
      break;
    }
  }
  if (word && !rest.empty() && rest[0] == '#') rest = rest.substr(1);
  size_t digits = 0;
  while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits])))
    ++digits;
  std::string_view after = rest.substr(digits);
  std::string_view title;
  if (word) {
    std::string_view spaced = Trim(after);
    size_t sep = SeparatorLength(spaced);
    if (sep == 0) return s;  // "Story 1", "Story of the migration"
    title = Trim(spaced.substr(sep));
  } else if (digits > 0 && after.size() >= 2 &&
             (after[0] == '.' || after[0] == ')' || after[0] == ':') &&
             IsSpace(after[1])) {
    title = Trim(after.substr(1));  // "3. Title", "4) Title"
  } else if (digits > 0 && !after.empty() && IsSpace(after[0])) {
    std::string_view spaced = Trim(after);
    size_t sep = SeparatorLength(spaced);
    if (sep == 0 || spaced[0] == '.' || spaced[0] == ')' || sep >= spaced.size() ||
        !IsSpace(spaced[sep])) {
      return s;  // "38 services", "3 .5"
    }
    title = Trim(spaced.substr(sep));  // "1 - Title"
  }
  return title.empty() ? s : title;
}

std::vector<std::string> SplitOn(std::string_view value, std::string_view seps) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= value.size(); ++i) {
    if (i == value.size() || seps.find(value[i]) != std::string_view::npos) {
      std::string_view piece = Trim(value.substr(start, i - start));
      if (!piece.empty()) out.emplace_back(piece);
      start = i + 1;
    }
  }
  return out;
}

// Each [[wikilink]] as its target followed by a comma: "[[A]] [[B|b]]" ->
// "A, B, ", so that links separated by spaces only split too.
std::string Unlinked(std::string_view value) {
  std::string out;
  size_t at = 0;
  for (size_t open = value.find("[["); open != std::string_view::npos;
       open = value.find("[[", at)) {
    size_t close = value.find("]]", open + 2);
    if (close == std::string_view::npos) break;
    out += value.substr(at, open - at);
    out += WikilinkTarget(value.substr(open, close + 2 - open)) + ", ";
    at = close + 2;
  }
  out += value.substr(std::min(at, value.size()));
  return out;
}

// Hashtags in `value` when it is made of nothing else ("#a #b/c"); empty otherwise.
std::vector<std::string> Hashtags(std::string_view value) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && (IsSpace(value[i]) || value[i] == ',')) ++i;
    if (i == value.size()) break;
    if (value[i] != '#') return {};
    size_t end = i + 1;
    while (end < value.size() && !IsSpace(value[end]) && value[end] != ',') ++end;
    if (end == i + 1) return {};
    out.emplace_back(value.substr(i + 1, end - i - 1));
    i = end;
  }
  return out;
}

}  // namespace

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool IsStarKind(LabelKind k) {
  return k == K::kSituation || k == K::kTask || k == K::kAction || k == K::kResult ||
         k == K::kLearning;
}

bool IsFieldKind(LabelKind k) {
  return k == K::kTitle || k == K::kPrinciples || k == K::kPrompts || k == K::kTags ||
         k == K::kId || k == K::kCommentField;
}

bool IsCommentKind(LabelKind k) {
  return k == K::kCommentText || k == K::kCommentField || k == K::kUnknown;
}

const char* KeyOf(LabelKind k) {
  switch (k) {
    case K::kSituation:
      return "situation";
    case K::kTask:
      return "task";
    case K::kAction:
      return "action";
    case K::kResult:
      return "result";
    case K::kLearning:
      return "learning";
    case K::kTradeoffs:
      return "tradeoffs";
    case K::kFollowups:
      return "followups";
    case K::kTitle:
      return "title";
    case K::kPrinciples:
      return "principles";
    case K::kPrompts:
      return "prompts";
    case K::kTags:
      return "tags";
    case K::kId:
      return "id";
    default:
      return "";
  }
}

std::string CleanLabel(std::string_view label) {
  std::string_view s = Trim(label);
  while (!s.empty() && (s.front() == '*' || s.front() == '_')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == '*' || s.back() == '_')) s.remove_suffix(1);
  s = Trim(s);
  while (!s.empty() && s.back() == ':') s = Trim(s.substr(0, s.size() - 1));
  return std::string(s);
}

LabelKind ClassifyLabel(std::string_view label) {
  std::string n = Normal(label);
  if (n.empty() || n.size() > 60) return K::kNone;
  LabelKind k = Lookup(n);
  if (k != K::kNone) return k;
  return LookupPair(n);
}

std::string HeadingTitle(std::string_view heading, std::string* theme) {
  theme->clear();
  std::string_view s = Trim(heading);
  if (!s.empty() && s[0] == '[') {
    size_t close = s.find(']');
    if (close != std::string_view::npos && close > 1 && close < 60 &&
        !Trim(s.substr(close + 1)).empty() && s.compare(0, 2, "[[") != 0) {
      *theme = std::string(Trim(s.substr(1, close - 1)));
      s = Trim(s.substr(close + 1));
      size_t sep = SeparatorLength(s);
      if (sep > 0 && s[0] != '.') s = Trim(s.substr(sep));
    }
  }
  return std::string(DropNumbering(s));
}

std::string PrincipleOfHeading(std::string_view heading, const Catalog& catalog) {
  std::string_view s = Trim(heading);
  std::string name = CatalogName(s, catalog);
  if (!name.empty()) return name;
  std::string_view rest = DropNumbering(s);
  if (rest != s && !(name = CatalogName(rest, catalog)).empty()) return name;
  // "LP: Ownership", "LP 3 - Ownership", "Principle: Ownership".
  for (std::string_view w : {"lp", "leadership principle", "principle", "amazon lp"}) {
    if (!StartsWithWord(s, w)) continue;
    std::string_view after = Trim(s.substr(w.size()));
    size_t digits = 0;
    while (digits < after.size() &&
           std::isdigit(static_cast<unsigned char>(after[digits]))) {
      ++digits;
    }
    after = Trim(after.substr(digits));
    size_t sep = SeparatorLength(after);
    if (sep > 0) after = Trim(after.substr(sep));
    if (!(name = CatalogName(after, catalog)).empty()) return name;
  }
  return "";
}

bool IsQuestion(std::string_view text) {
  std::string_view s = Trim(text);
  if (s.empty()) return false;
  if (s.back() == '?') return true;
  for (std::string_view stem :
       {"tell me about", "describe a time", "give me an example", "give an example",
        "talk about a time", "walk me through", "share an example", "have you ever"}) {
    if (StartsWithWord(s, stem)) return true;
  }
  return false;
}

std::string WikilinkTarget(std::string_view s) {
  s = Trim(s);
  if (s.size() >= 4 && s.compare(0, 2, "[[") == 0 &&
      s.compare(s.size() - 2, 2, "]]") == 0) {
    s = s.substr(2, s.size() - 4);
    size_t bar = s.find('|');
    if (bar != std::string_view::npos) s = s.substr(0, bar);
    size_t hash = s.find('#');
    if (hash != std::string_view::npos && hash > 0) s = s.substr(0, hash);
  }
  return std::string(Trim(s));
}

std::string CatalogName(std::string_view written, const Catalog& catalog) {
  std::string s = WikilinkTarget(written);
  std::string_view v = Trim(s);
  if (!v.empty() && v[0] == '#') v.remove_prefix(1);
  if (FoldName(v).empty()) return "";
  if (const Principle* p = catalog.Find(v)) return p->name;
  // "Ownership (primary)", "Dive Deep (DD)".
  if (!v.empty() && v.back() == ')') {
    size_t open = v.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      if (const Principle* p = catalog.Find(Trim(v.substr(0, open)))) return p->name;
    }
  }
  return "";
}

std::vector<std::string> SplitPrinciples(std::string_view value, const Catalog& catalog) {
  value = Trim(value);
  std::vector<std::string> tags = Hashtags(value);
  if (!tags.empty()) return tags;
  std::string unlinked = Unlinked(value);
  value = unlinked;
  // Pieces between separators, then the longest run of pieces the catalog
  // knows as one name ("Are Right, A Lot"; "Have Backbone; Disagree and Commit").
  struct Piece {
    size_t begin, end;
  };
  std::vector<Piece> pieces;
  size_t start = 0;
  for (size_t i = 0; i <= value.size(); ++i) {
    if (i == value.size() || value[i] == ',' || value[i] == ';' || value[i] == '|' ||
        value[i] == '/' || value[i] == '\n') {
      if (!Trim(value.substr(start, i - start)).empty()) pieces.push_back({start, i});
      start = i + 1;
    }
  }
  std::vector<std::string> out;
  for (size_t i = 0; i < pieces.size();) {
    size_t take = i;
    for (size_t j = pieces.size(); j-- > i + 1;) {
      std::string_view joined =
          value.substr(pieces[i].begin, pieces[j].end - pieces[i].begin);
      if (!CatalogName(joined, catalog).empty()) {
        take = j;
        break;
      }
    }
    out.emplace_back(
        Trim(value.substr(pieces[i].begin, pieces[take].end - pieces[i].begin)));
    i = take + 1;
  }
  return out;
}

std::vector<std::string> SplitTags(std::string_view value) {
  value = Trim(value);
  std::vector<std::string> tags = Hashtags(value);
  if (!tags.empty()) return tags;
  return SplitOn(Unlinked(value), ",;\n");
}

std::vector<std::string> SplitPrompts(std::string_view value) {
  value = Trim(value);
  if (value.find('?') != std::string_view::npos) {
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t i = 0; i < value.size(); ++i) {
      if (value[i] != '?') continue;
      std::string_view q = Trim(value.substr(start, i + 1 - start));
      while (!q.empty() && (q[0] == ',' || q[0] == ';')) q = Trim(q.substr(1));
      if (!q.empty()) out.emplace_back(q);
      start = i + 1;
    }
    std::string_view tail = Trim(value.substr(start));
    while (!tail.empty() && (tail[0] == ',' || tail[0] == ';'))
      tail = Trim(tail.substr(1));
    if (!tail.empty()) out.emplace_back(tail);
    return out;
  }
  if (value.find(';') != std::string_view::npos) return SplitOn(value, ";\n");
  return SplitOn(value, ",\n");
}

}  // namespace starbank
