#include "model/yaml_errors.h"

#include <fmt/format.h>
#include <yaml-cpp/exceptions.h>

#include <algorithm>

#include "text/lines.h"

namespace starbank {
namespace {

constexpr size_t kNone = std::string_view::npos;

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool IsSpace(char c) { return IsBlank(c) || c == '\n'; }

size_t LineStart(std::string_view c, size_t p) {
  size_t nl = p == 0 ? kNone : c.rfind('\n', p - 1);
  return nl == kNone ? 0 : nl + 1;
}

size_t LineEnd(std::string_view c, size_t p) {
  size_t nl = c.find('\n', p);
  return nl == kNone ? c.size() : nl;
}

// The first tab in the indentation of the line holding `p`, or npos.
size_t IndentTab(std::string_view c, size_t p) {
  for (size_t i = LineStart(c, p); i < c.size() && IsBlank(c[i]); ++i) {
    if (c[i] == '\t') return i;
  }
  return kNone;
}

// The last character before `p` on its line that is not a space, or '\0'.
char BeforeOnLine(std::string_view c, size_t p) {
  size_t start = LineStart(c, p);
  while (p > start && IsBlank(c[p - 1])) --p;
  return p > start ? c[p - 1] : '\0';
}

// Whether a ':' followed by a space (a key's colon) stands in [from, to).
bool ColonBefore(std::string_view c, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    if (c[i] == ':' && i + 1 < c.size() && IsSpace(c[i + 1])) return true;
  }
  return false;
}

// Up to 24 bytes of the word at `p` (up to a space or, with `flow`, one of
// ",[]{}"), not cut inside a UTF-8 character: the value a message quotes.
std::string WordAt(std::string_view c, size_t p, bool flow = false) {
  size_t e = p;
  while (e < c.size() && !IsSpace(c[e]) &&
         !(flow && e > p && std::string_view(",[]{}").find(c[e]) != kNone)) {
    ++e;
  }
  if (e - p <= 24) return std::string(c.substr(p, e - p));
  std::string_view token = c.substr(p);
  return std::string(token.substr(0, CharBoundaryBefore(token, 24))) + "...";
}

// Offset just past the closing quote of the quoted string opening at
// c[open], looking no further than `end`; npos when it never closes.
size_t QuoteEnd(std::string_view c, size_t open, size_t end) {
  char quote = c[open];
  for (size_t i = open + 1; i < end; ++i) {
    if (quote == '"' && c[i] == '\\') {
      ++i;  // an escape: the next byte is never the closing quote
    } else if (c[i] == quote) {
      if (quote == '\'' && i + 1 < end && c[i + 1] == '\'') {
        ++i;  // '' is a quote inside single quotes
      } else {
        return i + 1;
      }
    }
  }
  return kNone;
}

// Whether the '[' or '{' at c[open] is closed before `end`, counting the
// brackets of nested lists and mappings and skipping quoted strings and
// comments.
bool FlowCloses(std::string_view c, size_t open, size_t end) {
  int depth = 0;
  for (size_t i = open; i < end; ++i) {
    char ch = c[i];
    if (ch == '[' || ch == '{') {
      ++depth;
    } else if (ch == ']' || ch == '}') {
      if (--depth == 0) return true;
    } else if ((ch == '"' || ch == '\'') &&
               std::string_view("[{,: \t\n").find(c[i - 1]) != kNone) {
      size_t close = QuoteEnd(c, i, end);
      if (close == kNone) return false;
      i = close - 1;
    } else if (ch == '#' && IsSpace(c[i - 1])) {
      i = LineEnd(c, i);
    }
  }
  return false;
}

// Where the text of the line holding `p` starts (past its indentation).
size_t Indent(std::string_view c, size_t p) {
  size_t s = LineStart(c, p), i = s;
  while (i < c.size() && c[i] == ' ') ++i;
  return i - s;
}

// The offset past a block scalar ('|' or '>') whose header is on the line
// of `p`, in a line indented `indent` spaces: its lines are the blank ones
// and those indented deeper.
size_t SkipBlock(std::string_view c, size_t p, size_t end, size_t indent) {
  size_t i = LineEnd(c, p);
  while (i < end) {
    size_t next = i + 1, e = LineEnd(c, next);
    size_t first = next;
    while (first < e && IsBlank(c[first])) ++first;
    if (first < e && Indent(c, next) <= indent) return i;
    i = e;
  }
  return end;
}

// Offset past the last character in [begin, end) that is not a space or a
// line break: where "the end of the document" is shown.
size_t LastContent(std::string_view c, size_t begin, size_t end) {
  while (end > begin && IsSpace(c[end - 1])) --end;
  return end;
}

// `p` moved back from the end of the document to the end of its last
// line that has text, so no position falls past the file's last line.
size_t Clamp(const YamlFailure& f, size_t p) {
  size_t last = LastContent(f.content, f.begin, f.end);
  if (p > f.end) p = f.end;
  return p >= last ? last : p;
}

// The backslash that starts the escape yaml-cpp stopped in at `p`.
size_t EscapeStart(std::string_view c, size_t p) {
  size_t start = LineStart(c, p);
  for (size_t i = std::min(p, c.size()); i > start; --i) {
    if (c[i - 1] == '\\') return i - 1;
  }
  return p;
}

// The '&' or '*' that starts the anchor or alias yaml-cpp stopped in.
size_t SigilStart(std::string_view c, size_t p, char sigil) {
  size_t start = LineStart(c, p);
  for (size_t i = std::min(p + 1, c.size()); i > start; --i) {
    if (c[i - 1] == sigil) return i - 1;
  }
  return p;
}

using Explainer = YamlProblem (*)(const YamlFailure&);

YamlProblem At(size_t at, std::string message) {
  return YamlProblem{at, std::move(message)};
}

YamlProblem Tabs(const YamlFailure& f) {
  size_t tab = IndentTab(f.content, f.at);
  return At(tab == kNone ? Clamp(f, f.at) : tab, "tabs cannot indent YAML; use spaces");
}

// Text after a value that is already closed (a quote, ']' or '}') on the
// same line; "" when the problem at `p` is something else.
std::string AfterClosed(std::string_view c, size_t p) {
  switch (BeforeOnLine(c, p)) {
    case '"':
    case '\'':
      return "text after the closing quote; put all of the value inside the quotes";
    case ']':
      return "text after the closing ']'; a [list] is the whole value";
    case '}':
      return "text after the closing '}'; a {mapping} is the whole value";
    default:
      return "";
  }
}

YamlProblem UnclosedFlow(const YamlFailure& f, size_t open, char close,
                         const char* what) {
  std::string_view c = f.content;
  if (open != kNone && !FlowCloses(c, open, f.end)) {
    return At(open, fmt::format("unclosed '{}' (opened here); close the {} with '{}'",
                                c[open], what, close));
  }
  size_t p = Clamp(f, f.at);
  if (p < c.size() && c[p] == ':') {
    return At(
        p, fmt::format("unexpected ':' inside a {}; put the item in quotes if the colon "
                       "is part of its text",
                       close == ']' ? "[list]" : "{mapping}"));
  }
  return At(
      p, fmt::format("expected ',' or '{}' here; separate the items of a {} with commas",
                     close, close == ']' ? "[list]" : "{mapping}"));
}

YamlProblem EndOfListFlow(const YamlFailure& f) {
  return UnclosedFlow(f, f.open_list, ']', "list");
}
YamlProblem EndOfMapFlow(const YamlFailure& f) {
  return UnclosedFlow(f, f.open_map, '}', "mapping");
}

YamlProblem EndOfBlock(const YamlFailure& f, bool map) {
  std::string_view c = f.content;
  size_t p = Clamp(f, f.at);
  if (IndentTab(c, p) != kNone) return Tabs(f);
  std::string closed = AfterClosed(c, p);
  if (!closed.empty()) return At(p, closed);
  if (map && p < c.size() && c[p] == '-' && (p + 1 == c.size() || IsSpace(c[p + 1]))) {
    return At(p,
              "a list item ('- ') among the keys of a mapping; indent it under the key "
              "it belongs to");
  }
  return At(p, map ? "this line does not line up with the keys above it; check its "
                     "indentation"
                   : "this line does not line up with the list items above it; check its "
                     "indentation");
}

YamlProblem EndOfMap(const YamlFailure& f) { return EndOfBlock(f, true); }
YamlProblem EndOfList(const YamlFailure& f) { return EndOfBlock(f, false); }

YamlProblem MapValue(const YamlFailure& f) {
  std::string_view c = f.content;
  size_t p = Clamp(f, f.at);
  if (IndentTab(c, p) != kNone) return Tabs(f);
  size_t start = LineStart(c, p);
  if (c.substr(start, 4) == "--- ") {
    return At(p, "a mapping cannot start on the '---' line; start it on the next line");
  }
  if (ColonBefore(c, start, p)) {
    return At(p,
              "a second ':' on this line; put the value in quotes if the colon is part "
              "of it");
  }
  return At(p,
            "this key is indented deeper than the keys above it (the line above holds a "
            "value, not a mapping); line it up with them");
}

YamlProblem MapKey(const YamlFailure& f) {
  size_t p = Clamp(f, f.at);
  std::string closed = AfterClosed(f.content, p);
  return At(p, !closed.empty() ? closed
                               : "'?' here would start a complex key; put the value in "
                                 "quotes if the '?' is part of it");
}

YamlProblem BlockEntry(const YamlFailure& f) {
  std::string_view c = f.content;
  size_t p = Clamp(f, f.at);
  if (IndentTab(c, p) != kNone) return Tabs(f);
  std::string closed = AfterClosed(c, p);
  if (!closed.empty()) return At(p, closed);
  return At(p,
            "a list item ('- ') cannot follow a key on its line; put each item on a line "
            "of its own, indented under the key");
}

YamlProblem Unterminated(const YamlFailure& f) {
  size_t open = FindUnclosedQuote(f.content, f.begin, f.end);
  if (open != kNone) return At(open, UnterminatedQuoteMessage(f.content[open]));
  return At(Clamp(f, f.at),
            "the document ends inside a quoted string; add the closing quote");
}

YamlProblem UnknownToken(const YamlFailure& f) {
  size_t p = Clamp(f, f.at);
  return At(p,
            fmt::format("'{}' cannot start a value (YAML reserves it); put the value in "
                        "quotes",
                        p < f.content.size() ? f.content[p] : ' '));
}

YamlProblem FlowEnd(const YamlFailure& f) {
  size_t p = Clamp(f, f.at);
  char ch = p < f.content.size() ? f.content[p] : ']';
  return At(
      p, fmt::format("'{}' closes no '{}'; put the value in quotes if it is part of the "
                     "text",
                     ch, ch == '}' ? '{' : '['));
}

YamlProblem UnknownAnchor(const YamlFailure& f) {
  size_t p = SigilStart(f.content, f.at, '*');
  return At(
      p, fmt::format("'{}' reads as an alias, which story files do not support; put the "
                     "value in quotes if the '*' is part of the text",
                     WordAt(f.content, p, true)));
}

YamlProblem NoAliasName(const YamlFailure& f) {
  return At(
      SigilStart(f.content, f.at, '*'),
      "'*' starts an alias, which story files do not support; put the value in quotes "
      "if the '*' is part of the text");
}

YamlProblem NoAnchorName(const YamlFailure& f) {
  return At(
      SigilStart(f.content, f.at, '&'),
      "'&' starts an anchor, which story files do not support; put the value in quotes "
      "if the '&' is part of the text");
}

YamlProblem Anchors(const YamlFailure& f) {
  return At(SigilStart(f.content, f.at, '&'),
            "anchors ('&name') are not supported in story files; write the value out");
}

YamlProblem Aliases(const YamlFailure& f) {
  return At(SigilStart(f.content, f.at, '*'),
            "aliases ('*name') are not supported in story files; write the value out");
}

// The escape starting at the backslash c[p]: '\\q', or '\\x' and its
// two digits ('\\u' four, '\\U' eight), as far as the string goes.
std::string EscapeAt(std::string_view c, size_t p, size_t end) {
  size_t n = 2;
  if (p + 1 < end)
    n += c[p + 1] == 'x' ? 2 : c[p + 1] == 'u' ? 4 : c[p + 1] == 'U' ? 8 : 0;
  size_t e = p + 1;
  while (e < std::min(end, p + n) && c[e] != '"' && !IsSpace(c[e])) ++e;
  while (e < end && (static_cast<unsigned char>(c[e]) & 0xC0) == 0x80) ++e;
  return std::string(c.substr(p, e - p));
}

YamlProblem BadEscape(const YamlFailure& f, const char* format) {
  size_t p = EscapeStart(f.content, f.at);
  if (p + 1 >= LastContent(f.content, f.begin, f.end)) {
    return Unterminated(f);  // a backslash at the very end: the quote never closes
  }
  return At(p, fmt::format(fmt::runtime(format), EscapeAt(f.content, p, f.end)));
}

YamlProblem UnknownEscape(const YamlFailure& f) {
  return BadEscape(f,
                   "unknown escape '{}' in a double-quoted string; write '\\\\' for a "
                   "backslash, or use single quotes");
}
YamlProblem BadHex(const YamlFailure& f) {
  return BadEscape(f,
                   "bad escape '{}' in a double-quoted string (hex digits must follow); "
                   "write '\\\\' for a backslash, or use single quotes");
}
YamlProblem BadUnicode(const YamlFailure& f) {
  return BadEscape(f, "'{}' names no Unicode character; write the character itself");
}

// The line of the failure without its line break, for messages.
std::string LineAt(const YamlFailure& f) {
  size_t s = LineStart(f.content, std::min(f.at, f.content.size()));
  size_t e = LineEnd(f.content, s);
  while (e > s && IsBlank(f.content[e - 1])) --e;
  return std::string(f.content.substr(s, std::min<size_t>(e - s, 40)));
}

YamlProblem YamlVersion(const YamlFailure& f) {
  return At(
      LineStart(f.content, f.at),
      fmt::format("'{}' names no YAML version this reader knows; write '%YAML 1.2' or "
                  "remove the line",
                  LineAt(f)));
}

// The start of the tag ('!...') yaml-cpp stopped in or after at `p`.
size_t TagStart(std::string_view c, size_t p) {
  size_t start = LineStart(c, p);
  p = std::min(p, c.size());
  while (p > start && !IsSpace(c[p - 1])) --p;
  return p;
}

YamlProblem BadTagHandle(const YamlFailure& f) {
  return At(
      TagStart(f.content, f.at),
      "a tag handle ('!name!') holds only letters, digits and '-'; put the value in "
      "quotes if the '!' is part of the text");
}
YamlProblem TagWithoutName(const YamlFailure& f) {
  return At(
      TagStart(f.content, f.at),
      "a tag ('!name') needs a name after its handle; put the value in quotes if the "
      "'!' is part of the text");
}
YamlProblem UnclosedTag(const YamlFailure& f) {
  return At(TagStart(f.content, f.at),
            "unclosed tag '!<' (opened here); close it with '>'");
}
YamlProblem TwoTags(const YamlFailure& f) {
  return At(TagStart(f.content, f.at),
            "a value carries one tag ('!!str'), not two; remove one");
}

struct Translation {
  const char* yaml;  // yaml-cpp's message, or its start when it is followed by a value
  bool prefix;
  Explainer explain;
};

// Every message yaml-cpp 0.7's parser can raise (ErrorMsg in
// <yaml-cpp/exceptions.h>). The node, emitter and conversion messages are
// left out: starbank builds no YAML::Node and emits nothing.
const Translation kTranslations[] = {
    {YAML::ErrorMsg::END_OF_SEQ_FLOW, false, EndOfListFlow},
    {YAML::ErrorMsg::END_OF_MAP_FLOW, false, EndOfMapFlow},
    {YAML::ErrorMsg::END_OF_MAP, false, EndOfMap},
    {YAML::ErrorMsg::END_OF_SEQ, false, EndOfList},
    {YAML::ErrorMsg::TAB_IN_INDENTATION, false, Tabs},
    {YAML::ErrorMsg::DOC_IN_SCALAR, false, Unterminated},
    {YAML::ErrorMsg::EOF_IN_SCALAR, false, Unterminated},
    {YAML::ErrorMsg::MAP_VALUE, false, MapValue},
    {YAML::ErrorMsg::MAP_KEY, false, MapKey},
    {YAML::ErrorMsg::BLOCK_ENTRY, false, BlockEntry},
    {YAML::ErrorMsg::FLOW_END, false, FlowEnd},
    {YAML::ErrorMsg::UNKNOWN_TOKEN, false, UnknownToken},
    {YAML::ErrorMsg::UNKNOWN_ANCHOR, false, UnknownAnchor},
    {YAML::ErrorMsg::ALIAS_NOT_FOUND, false, NoAliasName},
    {YAML::ErrorMsg::ANCHOR_NOT_FOUND, false, NoAnchorName},
    {YAML::ErrorMsg::CHAR_IN_ALIAS, false, NoAliasName},
    {YAML::ErrorMsg::CHAR_IN_ANCHOR, false, NoAnchorName},
    {YAML::ErrorMsg::MULTIPLE_ANCHORS, false, Anchors},
    {YAML::ErrorMsg::AMBIGUOUS_ANCHOR, false, Anchors},
    {YAML::ErrorMsg::MULTIPLE_ALIASES, false, Aliases},
    {YAML::ErrorMsg::ALIAS_CONTENT, false, Aliases},
    {YAML::ErrorMsg::INVALID_ESCAPE, true, UnknownEscape},
    {YAML::ErrorMsg::INVALID_HEX, false, BadHex},
    {YAML::ErrorMsg::INVALID_UNICODE, true, BadUnicode},
    {YAML::ErrorMsg::YAML_VERSION, true, YamlVersion},
    {YAML::ErrorMsg::YAML_MAJOR_VERSION, false, YamlVersion},
    {YAML::ErrorMsg::CHAR_IN_TAG_HANDLE, false, BadTagHandle},
    {YAML::ErrorMsg::TAG_WITH_NO_SUFFIX, false, TagWithoutName},
    {YAML::ErrorMsg::END_OF_VERBATIM_TAG, false, UnclosedTag},
    {YAML::ErrorMsg::MULTIPLE_TAGS, false, TwoTags},
};

// Messages whose place yaml-cpp gets right: only the words change.
struct Rewording {
  const char* yaml;
  const char* words;
};

const Rewording kRewordings[] = {
    {YAML::ErrorMsg::YAML_DIRECTIVE_ARGS,
     "'%YAML' takes one version number, as in '%YAML 1.2'"},
    {YAML::ErrorMsg::REPEATED_YAML_DIRECTIVE, "a second '%YAML' line; keep one"},
    {YAML::ErrorMsg::TAG_DIRECTIVE_ARGS,
     "'%TAG' takes a handle and a prefix, as in '%TAG !e! tag:example.com,2024:'"},
    {YAML::ErrorMsg::REPEATED_TAG_DIRECTIVE,
     "a second '%TAG' line for this handle; keep one"},
    {YAML::ErrorMsg::ZERO_INDENT_IN_BLOCK,
     "a block's indentation indicator is 1 to 9, not 0; write '|' or '>' alone"},
    {YAML::ErrorMsg::CHAR_IN_BLOCK,
     "only a comment may follow '|' or '>' on its line (or '-', '+' and a digit); start "
     "the text on the next line, indented"},
};

// yaml-cpp messages start with a capital and sometimes end with a period;
// starbank's house style is lowercase with no trailing period.
std::string Tidy(std::string msg) {
  if (!msg.empty() && msg.back() == '.') msg.pop_back();
  if (!msg.empty() && msg[0] >= 'A' && msg[0] <= 'Z' &&
      !(msg.size() > 1 && msg[1] >= 'A' && msg[1] <= 'Z')) {
    msg[0] = static_cast<char>(msg[0] - 'A' + 'a');
  }
  return msg;
}

}  // namespace

std::string UnterminatedQuoteMessage(char quote) {
  return fmt::format("unterminated quoted string (opened here); add the closing {} quote",
                     quote == '"' ? "double" : "single");
}

bool QuoteCloses(std::string_view content, size_t open, size_t end) {
  return QuoteEnd(content, open, end) != kNone;
}

size_t FindUnclosedQuote(std::string_view c, size_t begin, size_t end) {
  bool value_start = true;  // whether a value may start here
  for (size_t i = begin; i < end; ++i) {
    char ch = c[i];
    bool spaced = i + 1 >= end || IsSpace(c[i + 1]);
    if (ch == '\n') {
      value_start = true;
    } else if (IsBlank(ch)) {
      continue;
    } else if (ch == '#' && (i == begin || IsSpace(c[i - 1]))) {
      i = LineEnd(c, i) - 1;
    } else if ((ch == '"' || ch == '\'') && value_start) {
      size_t close = QuoteEnd(c, i, end);
      if (close == kNone) return i;
      i = close - 1;
      value_start = false;
    } else if ((ch == '|' || ch == '>') && value_start) {
      i = SkipBlock(c, i, end, Indent(c, i)) - 1;
    } else if (((ch == '-' || ch == '?' || ch == ':') && spaced) || ch == '[' ||
               ch == '{' || ch == ',') {
      value_start = true;
    } else if (ch == '!' && value_start) {
      while (i + 1 < end && !IsSpace(c[i + 1])) ++i;  // a tag: the value follows it
    } else {
      value_start = false;
    }
  }
  return kNone;
}

YamlProblem ExplainYamlError(const YamlFailure& f) {
  for (const Translation& t : kTranslations) {
    if (t.prefix ? f.message.rfind(t.yaml, 0) == 0 : f.message == t.yaml)
      return t.explain(f);
  }
  for (const Rewording& r : kRewordings) {
    if (f.message == r.yaml) return At(Clamp(f, f.at), r.words);
  }
  return At(Clamp(f, f.at), Tidy(f.message));
}

}  // namespace starbank
