#include "starbank/yaml_tree.h"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <istream>
#include <streambuf>
#include <unordered_map>
#include <unordered_set>

#include "model/yaml_errors.h"
#include "text/lines.h"
#include "text/printable.h"

namespace starbank {
namespace {

// Reads a string_view as an istream without copying it.
class ViewBuf : public std::streambuf {
 public:
  explicit ViewBuf(std::string_view s) {
    char* p = const_cast<char*>(s.data());
    setg(p, p, p + s.size());
  }
};

// yaml-cpp counts a mark's column in bytes; starbank counts characters
// (code points), as an editor's column does. Counts from `from` (bytes into
// the mark's line, whose character count is `chars`), so a caller walking
// one long line left to right pays for it once, not once per node.
Mark FromYaml(std::string_view content, size_t base, int line_offset, const YAML::Mark& m,
              size_t from = 0, int chars = 0) {
  if (m.is_null() || m.line < 0) return Mark{};
  size_t column = static_cast<size_t>(std::max(m.column, 0));
  size_t line_start = base + static_cast<size_t>(std::max(m.pos, 0)) - std::min<size_t>(
                                                                          column, m.pos);
  if (from < column && line_start + from < content.size()) {
    chars += static_cast<int>(CountChars(content.substr(line_start + from, column - from)));
  }
  return Mark{m.line + 1 + line_offset, chars + 1};
}

// yaml-cpp skips a UTF-8 byte-order mark before counting positions.
size_t BomLength(std::string_view content) {
  return content.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

// Position of byte `offset` in `content`, as a 1-based line and column,
// counted from `from`, the start of line `line` (1-based): a document's
// error is placed without walking the documents before it.
Mark PositionOf(std::string_view content, size_t offset, size_t from = 0, int line = 1) {
  Mark m{line, 1};
  for (size_t i = std::max(from, BomLength(content)); i < offset && i < content.size();
       ++i) {
    if (content[i] == '\n') {
      ++m.line;
      m.column = 1;
    } else if ((static_cast<unsigned char>(content[i]) & 0xC0) != 0x80) {
      ++m.column;
    }
  }
  return m;
}

// Thrown by the builder to stop parsing at the first input it refuses.
struct Refusal {
  Mark mark;
  std::string message;
};

// Skips a node's tag ("!!str"), spaces, line breaks and comments, which may
// stand between a node's mark and its first character.
size_t SkipProperties(std::string_view content, size_t pos) {
  while (pos < content.size()) {
    char c = content[pos];
    if (c == '!') {
      while (pos < content.size() && content[pos] != ' ' &&
             content[pos] != '\t' && content[pos] != '\n') {
        ++pos;
      }
    } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++pos;
    } else if (c == '#') {
      while (pos < content.size() && content[pos] != '\n') ++pos;
    } else {
      break;
    }
  }
  return pos;
}

// A value starbank reads itself, cut from the text yaml-cpp scans (see
// ReadCuts):
// - kBlock: a `|` or `>` block scalar; yaml-cpp reads its key and
//   indicator, and an empty body in its place;
// - kPlain: a one-line plain scalar (`key: words`, `- words`) and
// - kFlow: a one-line flow list of plain words (`key: [a, b c]`); yaml-cpp
//   reads a plain `x` in place of either (not `~`, which
//   it reads as null).
struct CutOut {
  enum Kind { kBlock, kPlain, kFlow };
  Kind kind;
  size_t at;              // offset of the node in the file: '|', '>', '[' or the word
  size_t body, end;       // the bytes cut: [body, end)
  std::string value;      // a scalar's value, as YAML gives it
  std::vector<std::pair<size_t, std::string>> items;  // kFlow: offset and value
};

// Offsets in the text yaml-cpp reads (the bodies cut out) back to the file.
class Shrink {
 public:
  void Cut(size_t shrunk_after, size_t file_after) {
    cuts_.push_back({shrunk_after, file_after});
  }
  size_t ToFile(size_t pos) const {
    auto it = std::upper_bound(cuts_.begin(), cuts_.end(), pos,
                               [](size_t p, const Cut_& c) { return p < c.shrunk; });
    if (it == cuts_.begin()) return pos;
    --it;
    return pos - it->shrunk + it->file;
  }

 private:
  struct Cut_ {
    size_t shrunk, file;
  };
  std::vector<Cut_> cuts_;
};

size_t Indent(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  return i;
}

// Where a line's mapping key would start: after its indentation and, for
// the first key of a list item (`- key: ...`), after the dash and a space.
size_t KeyStart(std::string_view line) {
  size_t i = Indent(line);
  if (i + 2 < line.size() && line[i] == '-' && line[i + 1] == ' ' && line[i + 2] != ' ') {
    i += 2;
  }
  return i;
}

// The end of a plain key (letters, digits, '_' and '-', not first) that
// starts at `i` and is followed by ':'; `i` itself when there is none.
size_t KeyEnd(std::string_view line, size_t i) {
  size_t k = i;
  while (k < line.size() && (isalnum(static_cast<unsigned char>(line[k])) ||
                             line[k] == '_' || line[k] == '-')) {
    ++k;
  }
  if (k == i || line[i] == '-' || k >= line.size() || line[k] != ':') return i;
  return k;
}

// The header of a block scalar in block style: `key: |`, `- key: >-`, with
// an optional comment; a plain key only. Sets the indicator's offset in the
// line, the chomping ('-' strip, ' ' clip) and the key's column.
bool BlockHeader(std::string_view line, size_t* indicator, char* chomp, size_t* indent) {
  size_t i = KeyStart(line);
  *indent = i;
  size_t k = KeyEnd(line, i);
  if (k == i) return false;
  size_t j = k + 1;
  if (j >= line.size() || line[j] != ' ') return false;
  while (j < line.size() && line[j] == ' ') ++j;
  if (j >= line.size() || (line[j] != '|' && line[j] != '>')) return false;
  *indicator = j++;
  *chomp = ' ';
  if (j < line.size() && line[j] == '-') *chomp = line[j++];
  if (j == line.size()) return true;
  if (line[j] != ' ') return false;  // keep ('+'), an indentation digit
  while (j < line.size() && line[j] == ' ') ++j;
  return j == line.size() || line[j] == '#';
}

// The lines after `from` that are empty or spaces only, up to the first
// other line (or the end); false if one holds anything else that is blank
// (a tab, a carriage return). Sets `next` to that line's start.
bool SkipEmptyLines(std::string_view c, size_t from, size_t* next) {
  size_t q = from;
  while (q < c.size()) {
    size_t nl = c.find('\n', q);
    size_t e = nl == std::string_view::npos ? c.size() : nl;
    std::string_view l = c.substr(q, e - q);
    if (l.find_first_not_of(' ') != std::string_view::npos) {
      if (l.find_first_not_of(" \t\r") == std::string_view::npos) return false;
      break;
    }
    q = e < c.size() ? e + 1 : c.size();
  }
  *next = q;
  return true;
}

// Whether c[b, e) is a word yaml-cpp reads as a plain scalar equal to its
// text, in block context (`flow`: inside [ ]): it starts with a letter or
// digit, ends with no space, and holds no character that could end it, start
// a comment or a nested collection (':', '#', brackets and braces; in a flow
// list also ',', '?' and quotes), no tab or carriage return, and no byte-order mark, NEL or
// line/paragraph separator, which YAML may read as a break.
bool PlainWord(std::string_view c, size_t b, size_t e, bool flow) {
  if (b >= e || !isalnum(static_cast<unsigned char>(c[b])) || c[e - 1] == ' ') return false;
  for (size_t i = b; i < e; ++i) {
    unsigned char ch = static_cast<unsigned char>(c[i]);
    switch (ch) {
      case ':': case '#': case '[': case ']': case '{': case '}': case '\t': case '\r':
        return false;
      case ',': case '?': case '\'': case '"':
        if (flow) return false;
        break;
      case 0xC2:
        if (i + 1 < e && static_cast<unsigned char>(c[i + 1]) == 0x85) return false;
        break;
      case 0xE2:
        if (i + 2 < e && static_cast<unsigned char>(c[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(c[i + 2]) & 0xFE) == 0xA8) {
          return false;
        }
        break;
      case 0xEF:
        if (i + 2 < e && static_cast<unsigned char>(c[i + 1]) == 0xBB &&
            static_cast<unsigned char>(c[i + 2]) == 0xBF) {
          return false;
        }
        break;
      default:
        if (ch < 0x20) return false;
    }
  }
  return true;
}

// yaml-cpp reports a plain "null" as a null node, not as text.
bool IsNullWord(std::string_view w) { return w == "null" || w == "Null" || w == "NULL"; }

// A one-line plain value: `key: words`, `key: [a, b]`, `- words` or
// `- key: words`, the value running to the end of the line. Sets `out`
// (kind, at, items) and `column`: the key's column, or the dash's for a
// list item, which a line must go deeper than to continue the value.
bool PlainLine(std::string_view c, size_t p, size_t e, CutOut* out, size_t* column) {
  std::string_view line = c.substr(p, e - p);
  size_t i = KeyStart(line), j;
  size_t k = KeyEnd(line, i);
  if (k != i) {
    if (k + 1 >= line.size() || line[k + 1] != ' ') return false;
    *column = i;
    j = k + 1;
  } else {
    i = Indent(line);
    if (i + 2 > line.size() || line[i] != '-' || line[i + 1] != ' ') return false;
    *column = i;
    j = i + 2;
  }
  while (j < line.size() && line[j] == ' ') ++j;
  if (j >= line.size()) return false;
  out->at = p + j;
  if (line[j] != '[') {
    out->kind = CutOut::kPlain;
    if (!PlainWord(c, p + j, e, false)) return false;
    out->value.assign(line.substr(j));
    if (IsNullWord(out->value)) return false;
    return true;
  }
  // [a, b c]: words between commas, with spaces around them if any.
  if (line.back() != ']') return false;
  out->kind = CutOut::kFlow;
  size_t q = j + 1, close = line.size() - 1;
  while (q < close && line[q] == ' ') ++q;
  if (q == close) return true;  // []
  while (true) {
    size_t comma = line.find(',', q);
    size_t stop = comma == std::string_view::npos || comma > close ? close : comma;
    size_t t = stop;  // spaces before ']' or ',' are not part of the word
    while (t > q && line[t - 1] == ' ') --t;
    if (!PlainWord(c, p + q, p + t, true) || IsNullWord(line.substr(q, t - q))) return false;
    out->items.emplace_back(p + q, std::string(line.substr(q, t - q)));
    if (stop == close) return true;
    q = stop + 1;
    while (q < close && line[q] == ' ') ++q;
    if (q == close) return false;  // a trailing comma
  }
}

// The items of a flow list cut (kFlow) whose '[' is at `open`, as plain
// scalars; columns counted left to right once, so a long line costs its
// length, not its length per item.
void FlowItems(std::string_view c, const CutOut& cut, Mark open, std::vector<YamlNode>* out) {
  size_t from = cut.at;
  int column = open.column;
  for (const auto& [offset, word] : cut.items) {
    column += static_cast<int>(CountChars(c.substr(from, offset - from)));
    from = offset;
    YamlNode item;
    item.kind = YamlNode::Kind::kScalar;
    item.plain = true;
    item.value = word;
    item.mark = Mark{open.line, column};
    out->push_back(std::move(item));
  }
}

// The values starbank reads itself, in file order:
// - block scalars whose value needs no YAML folding rule beyond the
//   plainest: every body line at one indentation deeper than its key, none
//   starting or ending with a space or tab, no carriage return, clipped or
//   stripped, and a blank line inside only if empty (paragraphs). A
//   literal's lines join with '\n', a folded one's with ' ', and past n
//   empty lines with n + 1 newlines (`|`) or n (`>`);
// - one-line plain values (PlainLine) that no deeper line continues.
// Most of a story file is such values, and yaml-cpp's scanner costs about a
// thousand instructions a character; ParseYaml checks each one against
// yaml-cpp's events and reads the whole file the ordinary way on any doubt.
std::vector<CutOut> ReadCuts(std::string_view c) {
  std::vector<CutOut> out;
  size_t p = BomLength(c);
  auto line_end = [&](size_t at) {
    size_t nl = c.find('\n', at);
    return nl == std::string_view::npos ? c.size() : nl;
  };
  while (p < c.size()) {
    size_t e = line_end(p);
    std::string_view line = c.substr(p, e - p);
    size_t indicator = 0, indent = 0;
    char chomp = ' ';
    size_t next = e < c.size() ? e + 1 : c.size();
    if (!BlockHeader(line, &indicator, &chomp, &indent) || e == c.size()) {
      CutOut plain;
      size_t after = 0, column = 0;
      if (PlainLine(c, p, e, &plain, &column) && SkipEmptyLines(c, next, &after) &&
          (after == c.size() || Indent(c.substr(after, line_end(after) - after)) <= column)) {
        plain.body = plain.at;
        plain.end = e;
        out.push_back(std::move(plain));
      }
      p = next;
      continue;
    }
    bool literal = line[indicator] == '|';
    // The body: lines deeper than the key. Simple only if all sit at the
    // first one's indentation, and any blank line inside is empty.
    size_t body = next, q = next, width = 0, empties = 0;
    bool simple = true;
    std::string value;
    while (q < c.size()) {
      size_t qe = line_end(q);
      std::string_view l = c.substr(q, qe - q);
      size_t in = Indent(l);
      bool blank = in == l.size() || (l.find_first_not_of(" \t\r") == std::string_view::npos);
      if (!blank && in <= indent) break;  // the body has ended
      if (blank) {
        // Empty lines before the end of the body are kept out of it. A line
        // of spaces may be part of the value (spaces past the indentation
        // are kept), so it is left to yaml-cpp.
        bool spaces = !l.empty();
        size_t r = qe < c.size() ? qe + 1 : c.size(), run = 1;
        while (r < c.size()) {
          size_t re = line_end(r);
          std::string_view rl = c.substr(r, re - r);
          if (rl.find_first_not_of(" \t\r") != std::string_view::npos) break;
          spaces = spaces || !rl.empty();
          ++run;
          r = re < c.size() ? re + 1 : c.size();
        }
        if (spaces) simple = false;
        size_t next_in = r < c.size() ? Indent(c.substr(r, line_end(r) - r)) : 0;
        if (r < c.size() && next_in > indent) {
          // The body goes on past empty lines, a paragraph break: simple
          // when it goes on at the same indentation.
          if (width == 0 || next_in != width) simple = false;
          if (!simple) break;
          empties = run;
          q = r;
          continue;
        }
        break;
      }
      if (width == 0) width = in;
      char last = l.back();
      if (in != width || l[in] == '\t' || last == ' ' || last == '\t' ||
          l.find('\r') != std::string_view::npos || qe == c.size()) {
        simple = false;
      }
      // Lines join with a newline (`|`) or a space (`>`); past empty lines,
      // `|` keeps a newline for each and the break, `>` one for each.
      if (!value.empty()) {
        if (empties == 0) {
          value += literal ? '\n' : ' ';
        } else {
          value.append(empties + (literal ? 1 : 0), '\n');
        }
      }
      empties = 0;
      value.append(l.substr(in));
      q = qe < c.size() ? qe + 1 : c.size();
    }
    if (simple && q > body) {
      if (chomp == ' ') value += '\n';
      out.push_back(CutOut{CutOut::kBlock, p + indicator, body, q, std::move(value), {}});
    }
    // A body not read here is still skipped: its lines are text, not keys.
    // (Past a blank line its deeper lines are not: a line there that looks
    // like a plain value is cut, and never comes back from yaml-cpp, so the
    // whole file is read again.)
    p = q > next ? q : next;
  }
  return out;
}

// Thrown when yaml-cpp's events do not match the bodies cut out.
struct NotSimple {};

class TreeBuilder : public YAML::EventHandler {
 public:
  /// Builds the documents of content[base, end), which starts on line
  /// `line_offset` + 1 of `content`.
  TreeBuilder(std::string_view content, size_t base, size_t end, int line_offset,
              int max_depth, std::vector<YamlDocument>* docs)
      : content_(content),
        base_(base),
        end_(end),
        line_offset_(line_offset),
        max_depth_(max_depth),
        docs_(docs) {}

  /// yaml-cpp reads the file with `cuts` cut out (`shrink` maps its offsets
  /// back); each must come back in its place (an empty block scalar at its
  /// indicator, a plain `x` at its first character, in block context), or
  /// NotSimple is thrown.
  void ReadCuts(const Shrink* shrink, std::vector<CutOut>* cuts) {
    shrink_ = shrink;
    cuts_ = cuts;
  }
  /// Whether every cut came back.
  bool AllCutsRead() const { return cuts_ == nullptr || next_cut_ == cuts_->size(); }

  void OnDocumentStart(const YAML::Mark& mark) override {
    // yaml-cpp 0.7 can stall on a token no document may start with (a lone
    // ','), emitting empty documents at the same place forever.
    if (!docs_->empty() && mark.pos <= last_start_) {
      size_t at = Offset(mark);
      size_t n = at < end_ ? 1 : 0;
      while (at + n < end_ && (content_[at + n] & 0xC0) == 0x80) ++n;
      std::string token(content_.substr(std::min(at, end_), n));
      throw Refusal{At(mark),
                    token == ","
                        ? std::string("unexpected ',' outside a [list] or {mapping}")
                        : fmt::format("unexpected '{}'; the parser cannot go on "
                                      "from here",
                                      token)};
    }
    last_start_ = mark.pos;
    docs_->push_back(YamlDocument{YamlNode{}, At(mark)});
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    CheckAnchor(mark, anchor);
    YamlNode n;
    n.mark = At(mark);
    Add(std::move(n));
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    throw Refusal{At(mark),
                  "aliases ('*name') are not supported in story files; "
                  "write the value out"};
  }
  void OnAnchor(const YAML::Mark& mark, const std::string& name) override {
    throw Refusal{At(mark),
                  fmt::format("anchors ('&{}') are not supported in story "
                              "files; write the value out",
                              name)};
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag,
                YAML::anchor_t anchor, const std::string& value) override {
    CheckAnchor(mark, anchor);
    YamlNode n;
    n.kind = YamlNode::Kind::kScalar;
    n.value = value;
    n.mark = At(mark);
    n.plain = tag == "?";
    if (!n.plain) CheckQuoted(mark, &n);
    if (cuts_ != nullptr && (n.block || (n.plain && n.value == "x"))) TakeCut(mark, &n);
    Add(std::move(n));
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&,
                       YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
    Open(mark, anchor, YamlNode::Kind::kSequence);
  }
  void OnSequenceEnd() override { Close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&,
                  YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
    Open(mark, anchor, YamlNode::Kind::kMap);
  }
  void OnMapEnd() override { Close(); }

  /// Where the innermost open list or mapping starts (1:1 if none).
  Mark Innermost() const {
    return stack_.empty() ? Mark{1, 1} : stack_.back().node.mark;
  }
  /// Offset of the innermost '[' (or '{') still open, or npos.
  size_t OpenFlow(char open) const {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      if (it->offset < content_.size() && content_[it->offset] == open) return it->offset;
    }
    return std::string_view::npos;
  }
  /// yaml-cpp's `mark` as an offset into the whole content.
  size_t Offset(const YAML::Mark& mark) const {
    size_t pos = static_cast<size_t>(std::max(mark.pos, 0));
    return base_ + (shrink_ != nullptr ? shrink_->ToFile(pos) : pos);
  }

 private:
  void CheckAnchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != 0) {
      throw Refusal{At(mark),
                    "anchors are not supported in story files; write the "
                    "value out"};
    }
  }
  // Notes a block scalar, and refuses a quoted one that never closes.
  void CheckQuoted(const YAML::Mark& mark, YamlNode* n) {
    if (mark.pos < 0) return;
    size_t pos = SkipProperties(content_, Offset(mark));
    if (pos >= end_) return;
    char c = content_[pos];
    n->block = c == '|' || c == '>';
    if ((c == '"' || c == '\'') && !QuoteCloses(content_, pos, end_)) {
      throw Refusal{PositionOf(content_, pos, base_, line_offset_ + 1),
                    UnterminatedQuoteMessage(c)};
    }
  }
  // A block scalar or a plain `x`: if it stands for a cut, the value read
  // from the file.
  void TakeCut(const YAML::Mark& mark, YamlNode* n) {
    size_t at = SkipProperties(content_, Offset(mark));
    if (next_cut_ < cuts_->size() && (*cuts_)[next_cut_].at < at) {
      throw NotSimple{};  // a cut yaml-cpp never read in its place
    }
    if (next_cut_ >= cuts_->size() || (*cuts_)[next_cut_].at != at) return;
    CutOut& cut = (*cuts_)[next_cut_++];
    if (cut.kind == CutOut::kBlock) {
      if (!n->block || !n->value.empty()) throw NotSimple{};
      n->value = std::move(cut.value);
      return;
    }
    // A plain `x` in a block mapping or list, as the cut line had it.
    if (n->block || stack_.empty() || stack_.back().offset >= content_.size() ||
        content_[stack_.back().offset] == '[' || content_[stack_.back().offset] == '{') {
      throw NotSimple{};
    }
    if (cut.kind == CutOut::kPlain) {
      n->value = std::move(cut.value);
      return;
    }
    if (static_cast<int>(stack_.size()) >= max_depth_) throw NotSimple{};
    n->kind = YamlNode::Kind::kSequence;
    n->plain = false;
    n->value.clear();
    FlowItems(content_, cut, n->mark, &n->items);
  }
  void Open(const YAML::Mark& mark, YAML::anchor_t anchor,
            YamlNode::Kind kind) {
    CheckAnchor(mark, anchor);
    if (static_cast<int>(stack_.size()) >= max_depth_) {
      throw Refusal{At(mark),
                    fmt::format("nesting deeper than {} levels; a story needs "
                                "at most 3",
                                max_depth_)};
    }
    YamlNode n;
    n.kind = kind;
    n.mark = At(mark);
    size_t offset =
        mark.pos < 0 ? std::string_view::npos : SkipProperties(content_, Offset(mark));
    stack_.push_back(Frame{std::move(n), {}, offset});
  }
  void Close() {
    YamlNode n = std::move(stack_.back().node);
    stack_.pop_back();
    Add(std::move(n));
  }
  void Add(YamlNode n) {
    if (stack_.empty()) {
      docs_->back().root = std::move(n);
      return;
    }
    Frame& top = stack_.back();
    if (top.node.kind == YamlNode::Kind::kMap && top.node.items.size() % 2 == 0) {
      if (n.kind == YamlNode::Kind::kMap || n.kind == YamlNode::Kind::kSequence) {
        throw Refusal{n.mark, "a mapping key must be a plain word, not a "
                              "list or mapping"};
      }
      auto [it, inserted] = top.keys.emplace(n.value, n.mark);
      if (!inserted) {
        throw Refusal{n.mark,
                      fmt::format("duplicate key '{}' (first defined at line "
                                  "{}); yaml would keep only one of them",
                                  n.value, it->second.line)};
      }
    }
    top.node.items.push_back(std::move(n));
  }

  struct Frame {
    YamlNode node;
    std::unordered_map<std::string, Mark> keys;
    size_t offset;  // of its first character ('[' or '{' in flow style)
  };
  // A mark in starbank's terms, resuming the character count of the last
  // mark when this one is further along the same line.
  Mark At(const YAML::Mark& in) {
    YAML::Mark m = in;
    if (shrink_ != nullptr && m.pos >= 0) {
      m.pos = static_cast<int>(shrink_->ToFile(static_cast<size_t>(m.pos)));
    }
    size_t column = static_cast<size_t>(std::max(m.column, 0));
    size_t line = static_cast<size_t>(std::max(m.line, 0));
    if (line != at_line_ || column < at_column_) at_line_ = line, at_column_ = 0, at_chars_ = 0;
    Mark out = FromYaml(content_, base_, line_offset_, m, at_column_, at_chars_);
    if (out.line != 0) at_column_ = column, at_chars_ = out.column - 1;
    return out;
  }

  std::string_view content_;
  size_t
      base_;  // bytes before yaml-cpp's position 0 (earlier documents, a byte-order mark)
  size_t end_;                          // where the text yaml-cpp reads ends
  int line_offset_;                     // lines before base_
  size_t at_line_ = 0, at_column_ = 0;  // the last mark At converted...
  int at_chars_ = 0;                    // ...and its column in characters
  int last_start_ = -1;  // where the last document started
  int max_depth_;
  std::vector<YamlDocument>* docs_;
  std::vector<Frame> stack_;
  const Shrink* shrink_ = nullptr;
  std::vector<CutOut>* cuts_ = nullptr;
  size_t next_cut_ = 0;
};

// One document's text: content[begin, end), starting on line `line` + 1.
struct Chunk {
  size_t begin, end;
  int line;
};

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Whether a document marker ('---' alone or before a space) starts at p.
bool IsDocumentMarker(std::string_view c, size_t p) {
  return c.compare(p, 3, "---") == 0 &&
         (p + 3 == c.size() || IsBlank(c[p + 3]) || c[p + 3] == '\n');
}

// Whether content[begin, end) holds nothing but blank lines, comments and
// directives, which belong to the document that follows them.
bool OnlyPreamble(std::string_view c, size_t begin, size_t end) {
  for (size_t p = begin; p < end;) {
    size_t i = p;
    while (i < end && IsBlank(c[i])) ++i;
    if (i < end && c[i] != '\n' && c[i] != '#' && !(i == p && c[i] == '%')) return false;
    size_t nl = c.find('\n', p);
    p = nl == std::string_view::npos ? end : nl + 1;
  }
  return true;
}

// The file cut before each '---' document marker at the start of a line.
// yaml-cpp reads such a line as a marker wherever it stands (inside a
// quoted string it is an error), so no document spans one.
std::vector<Chunk> SplitDocuments(std::string_view c) {
  std::vector<Chunk> out{Chunk{0, c.size(), 0}};
  int line = 0;
  for (size_t p = 0; p < c.size(); ++line) {
    size_t at = p == 0 ? BomLength(c) : p;
    if (p > out.back().begin && IsDocumentMarker(c, at) &&
        !OnlyPreamble(c, out.back().begin, p)) {
      out.back().end = p;
      out.push_back(Chunk{p, c.size(), line});
    }
    size_t nl = c.find('\n', p);
    p = nl == std::string_view::npos ? c.size() : nl + 1;
  }
  return out;
}

// Parses the documents of `chunk` into `result`. On an error, adds it, drops
// the document it struck in and keeps a placeholder (`failed`) in its place;
// returns false.
bool ParseChunk(std::string_view file, std::string_view content, const Chunk& chunk,
                const YamlLimits& limits, YamlParseResult* result) {
  size_t base = chunk.begin + (chunk.begin == 0 ? BomLength(content) : 0);
  ViewBuf buf(content.substr(chunk.begin, chunk.end - chunk.begin));
  std::istream in(&buf);
  size_t first = result->documents.size();
  TreeBuilder builder(content, base, chunk.end, chunk.line, limits.max_depth,
                      &result->documents);
  Diagnostic error;
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
    }
    return true;
  } catch (const Refusal& r) {
    error = FileError(file, r.mark, r.message);
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp's own guard says "bad file" with the scanner's mark, which is
    // not where the nesting is; point at the innermost node instead.
    error = FileError(
        file, builder.Innermost(),
        fmt::format("nesting too deep: the parser stops at {} levels", e.depth()));
  } catch (const YAML::Exception& e) {
    YamlFailure f;
    f.content = content;
    f.begin = base;
    f.end = chunk.end;
    f.at = e.mark.is_null() ? chunk.end : builder.Offset(e.mark);
    f.message = e.msg;
    f.open_list = builder.OpenFlow('[');
    f.open_map = builder.OpenFlow('{');
    YamlProblem problem = ExplainYamlError(f);
    error = FileError(file, PositionOf(content, problem.at, chunk.begin, chunk.line + 1),
                      problem.message);
  } catch (const std::exception& e) {
    error = FileError(file, Mark{}, e.what());
  }
  result->errors.push_back(std::move(error));
  // The document being built when the error struck is incomplete.
  if (result->documents.size() > first) result->documents.pop_back();
  YamlDocument failed;
  failed.start = Mark{chunk.line + 1, 1};
  failed.failed = true;
  result->documents.push_back(std::move(failed));
  return false;
}

// Builds, without yaml-cpp, a file that is nothing but block mappings of
// plain, distinct keys whose values ReadCuts read (one-line values and
// block scalars) or are lists of one-line items or of such mappings (a
// story's follow-up questions): a mapping at the margin,
// or a list at the margin of such mappings (`- key: ...`, the keys two
// spaces in), with empty lines and comments between. Nearly every story file
// and story list has that shape. Each node is built as yaml-cpp would build
// it (tests/yaml_tree_test.cc compares the two on every shape and on
// thousands of generated files); anything else is refused, for yaml-cpp.
class DirectReader {
 public:
  DirectReader(std::string_view c, const std::vector<CutOut>& cuts)
      : c_(c), cuts_(cuts), p_(BomLength(c)) {}

  /// The file's one document, or false (and `doc` unusable).
  bool Read(YamlDocument* doc) {
    SkipBlankAndComments();
    if (p_ >= c_.size()) return false;
    std::string_view l = Line();
    YamlNode& root = doc->root;
    if (l[0] == '-') {  // a list of mappings
      root.kind = YamlNode::Kind::kSequence;
      root.mark = Mark{line_, 1};
      while (p_ < c_.size()) {
        l = Line();
        if (l.size() < 3 || l[0] != '-' || l[1] != ' ' || l[2] == ' ') return false;
        YamlNode item;
        if (!Map(2, true, 2, &item)) return false;
        root.items.push_back(std::move(item));
        SkipBlankAndComments();
      }
    } else if (!Map(0, false, 1, &root)) {
      return false;
    }
    if (ci_ != cuts_.size()) return false;
    doc->start = root.mark;
    return true;
  }

 private:
  size_t LineEnd() const {
    size_t nl = c_.find('\n', p_);
    return nl == std::string_view::npos ? c_.size() : nl;
  }
  std::string_view Line() const { return c_.substr(p_, LineEnd() - p_); }
  void NextLine() {
    size_t e = LineEnd();
    p_ = e < c_.size() ? e + 1 : c_.size();
    ++line_;
  }
  void SkipBlankAndComments() {
    while (p_ < c_.size()) {
      std::string_view l = Line();
      size_t i = l.find_first_not_of(' ');
      if (i != std::string_view::npos && l[i] != '#') return;
      NextLine();
    }
  }
  int Column(size_t at) const {
    size_t start = p_;
    return 1 + static_cast<int>(CountChars(c_.substr(start, at - start)));
  }
  // The next cut, if it is the value starting at `at` on this line.
  const CutOut* CutAt(size_t at) {
    if (ci_ >= cuts_.size() || cuts_[ci_].at != at) return nullptr;
    return &cuts_[ci_++];
  }
  // The value of `cut` on this line. (Copied: should the file prove not to
  // be of this shape, the cuts go to yaml-cpp.)
  YamlNode Value(const CutOut& cut) const {
    YamlNode n;
    n.mark = Mark{line_, Column(cut.at)};
    if (cut.kind == CutOut::kFlow) {
      n.kind = YamlNode::Kind::kSequence;
      FlowItems(c_, cut, n.mark, &n.items);
    } else {
      n.kind = YamlNode::Kind::kScalar;
      n.plain = cut.kind == CutOut::kPlain;
      n.block = cut.kind == CutOut::kBlock;
      n.value = cut.value;
    }
    return n;
  }
  // The first non-space after `from` on this line, as a file offset.
  size_t ValueStart(std::string_view l, size_t from) const {
    while (from < l.size() && l[from] == ' ') ++from;
    return p_ + from;
  }
  // A mapping whose keys sit at column `indent`; its first key follows a
  // list item's dash on this line when `after_dash`. `depth` counts it and
  // the lists and mappings around it; past 4 the file goes to yaml-cpp,
  // which knows the depth limit (a flow list in a list here is 2 deeper).
  bool Map(size_t indent, bool after_dash, int depth, YamlNode* map) {
    if (depth > 4) return false;
    map->kind = YamlNode::Kind::kMap;
    std::unordered_set<std::string_view> keys;
    bool first = true;
    while (p_ < c_.size()) {
      if (!(first && after_dash)) {
        SkipBlankAndComments();
        if (p_ >= c_.size()) break;
        size_t in = Indent(Line());
        if (in < indent) break;
        if (in > indent) return false;
      }
      first = false;
      std::string_view l = Line();
      size_t k = KeyEnd(l, indent);
      if (k == indent) return false;
      std::string_view name = l.substr(indent, k - indent);
      if (IsNullWord(name) || !keys.insert(name).second) return false;
      YamlNode key;
      key.kind = YamlNode::Kind::kScalar;
      key.plain = true;
      key.value.assign(name);
      key.mark = Mark{line_, static_cast<int>(indent) + 1};
      if (map->items.empty()) map->mark = key.mark;
      map->items.push_back(std::move(key));
      if (k + 1 < l.size()) {  // `key: value`, or a block scalar's header
        const CutOut* cut = CutAt(ValueStart(l, k + 1));
        if (cut == nullptr) return false;
        map->items.push_back(Value(*cut));
        if (cut->kind != CutOut::kBlock) {
          NextLine();
          continue;
        }
        line_ += static_cast<int>(std::count(c_.begin() + p_, c_.begin() + cut->end, '\n'));
        p_ = cut->end;
        continue;
      }
      // `key:` and then a list, at the key's column or two deeper, of
      // one-line items or of such mappings.
      NextLine();
      YamlNode list;
      list.kind = YamlNode::Kind::kSequence;
      size_t dash = std::string_view::npos;
      while (p_ < c_.size()) {
        std::string_view il = Line();
        size_t d = Indent(il);
        if (d + 1 >= il.size() || il[d] != '-' || il[d + 1] != ' ') break;
        if (dash == std::string_view::npos) {
          if (d != indent && d != indent + 2) return false;
          dash = d;
          list.mark = Mark{line_, static_cast<int>(d) + 1};
        }
        if (d != dash) return false;
        if (il.size() > d + 2 && il[d + 2] != ' ' && KeyEnd(il, d + 2) != d + 2) {
          YamlNode item;  // `- key: ...`, a mapping (a follow-up question)
          if (!Map(d + 2, true, depth + 2, &item)) return false;
          list.items.push_back(std::move(item));
          continue;
        }
        const CutOut* cut = CutAt(ValueStart(il, d + 2));
        if (cut == nullptr || cut->kind == CutOut::kBlock) return false;
        list.items.push_back(Value(*cut));
        NextLine();
      }
      if (list.items.empty()) return false;
      map->items.push_back(std::move(list));
    }
    return !map->items.empty();
  }

  std::string_view c_;
  const std::vector<CutOut>& cuts_;
  size_t ci_ = 0;
  size_t p_;      // the start of the line being read
  int line_ = 1;  // its number
};

bool ReadDirect(std::string_view c, const std::vector<CutOut>& cuts, const YamlLimits& limits,
                YamlParseResult* result) {
  // Depth: a list, its mappings, their lists, the mappings in those, and a
  // flow list in one of them; deeper files are rare, and go to yaml-cpp.
  if (limits.max_depth < 6 || cuts.empty()) return false;
  YamlDocument doc;
  if (!DirectReader(c, cuts).Read(&doc)) return false;
  result->documents.push_back(std::move(doc));
  return true;
}

// Parses `content` with the values ReadCuts finds cut out: a block body
// replaced by as many empty lines, a one-line value by a plain `x`, so line
// numbers and the columns of every other node stay and yaml-cpp scans a
// fraction of the text. Returns false, leaving `result` empty, when there is
// nothing to cut or anything at all goes differently from an ordinary parse
// (an error, a cut yaml-cpp does not read in its place): the caller then
// parses the whole text, which decides.
bool ParseCutBodies(std::string_view content, const YamlLimits& limits,
                    YamlParseResult* result) {
  std::vector<CutOut> cuts = ReadCuts(content);
  if (cuts.empty()) return false;
  if (ReadDirect(content, cuts, limits, result)) return true;
  std::string shrunk;
  shrunk.reserve(content.size());
  Shrink shrink;
  size_t from = BomLength(content);
  for (const CutOut& cut : cuts) {
    shrunk.append(content.substr(from, cut.body - from));
    if (cut.kind == CutOut::kBlock) {
      shrunk.append(static_cast<size_t>(std::count(content.begin() + cut.body,
                                                   content.begin() + cut.end, '\n')),
                    '\n');
    } else {
      shrunk += 'x';
    }
    shrink.Cut(shrunk.size(), cut.end - BomLength(content));
    from = cut.end;
  }
  shrunk.append(content.substr(from));
  ViewBuf buf(shrunk);
  std::istream in(&buf);
  YamlParseResult parsed;
  TreeBuilder builder(content, BomLength(content), content.size(), 0, limits.max_depth,
                      &parsed.documents);
  builder.ReadCuts(&shrink, &cuts);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (...) {
    return false;
  }
  if (!builder.AllCutsRead()) return false;
  *result = std::move(parsed);
  return true;
}

}  // namespace

bool YamlNode::IsNull() const {
  if (kind == Kind::kNull) return true;
  if (kind != Kind::kScalar || !plain) return false;
  return value.empty() || value == "~" || value == "null" || value == "Null" ||
         value == "NULL";
}

const YamlNode* YamlNode::Find(std::string_view key) const {
  if (kind != Kind::kMap) return nullptr;
  for (size_t i = 0; i < MapSize(); ++i) {
    if (Key(i).value == key) return &Value(i);
  }
  return nullptr;
}

const char* YamlNode::KindName() const {
  if (IsNull()) return "nothing";
  switch (kind) {
    case Kind::kScalar: return "text";
    case Kind::kSequence: return "a list";
    case Kind::kMap: return "a mapping";
    default: return "nothing";
  }
}

std::vector<Diagnostic> CheckEncoding(std::string_view file,
                                      std::string_view content) {
  std::vector<Diagnostic> out;
  if (content.size() >= 2 &&
      ((content[0] == '\xFF' && content[1] == '\xFE') ||
       (content[0] == '\xFE' && content[1] == '\xFF'))) {
    out.push_back(FileError(file, Mark{1, 1},
                        "file is UTF-16 encoded; save it as UTF-8"));
    return out;
  }
  // A NUL anywhere means a binary file: say so before any other complaint.
  size_t nul = content.find('\0');
  if (nul != std::string_view::npos) {
    out.push_back(FileError(file, PositionOf(content, nul),
                        "file contains a NUL byte; is it a binary file?"));
    return out;
  }
  for (size_t i = 0; i < content.size();) {
    // Eight bytes at a time while they are all printable ASCII (0x20-0x7E),
    // as most of a story file is; anything else goes byte by byte below.
    while (i + 8 <= content.size()) {
      uint64_t x;
      std::memcpy(&x, content.data() + i, 8);
      constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
      uint64_t below_space = (x - 0x20 * kOnes) & ~x & kHigh;  // a byte < 0x20
      uint64_t del = x ^ (0x7F * kOnes);
      uint64_t is_del = (del - kOnes) & ~del & kHigh;         // a byte == 0x7F
      if (((x & kHigh) | below_space | is_del) != 0) break;
      i += 8;
    }
    if (i >= content.size()) break;
    unsigned char c = static_cast<unsigned char>(content[i]);
    if ((c >= 0x20 && c < 0x7F) || c == '\n') {  // the common case, one byte
      ++i;
      continue;
    }
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
      out.push_back(FileError(file, PositionOf(content, i),
                          fmt::format("control character 0x{:02X} is not "
                                      "allowed in YAML text",
                                      c)));
      return out;
    }
    size_t len = 0;
    int32_t cp = DecodeUtf8(content, i, &len);
    if (len == 0) {
      out.push_back(FileError(file, PositionOf(content, i),
                          fmt::format("invalid UTF-8 byte 0x{:02X}; save the "
                                      "file as UTF-8",
                                      c)));
      return out;
    }
    if ((cp >= 0x80 && cp <= 0x9F && cp != 0x85) || cp == 0xFFFE ||
        cp == 0xFFFF) {
      out.push_back(FileError(file, PositionOf(content, i),
                          fmt::format("control character U+{:04X} is not "
                                      "allowed in YAML text",
                                      cp)));
      return out;
    }
    i += len;
  }
  return out;
}

namespace {

YamlParseResult Parse(std::string_view file, std::string_view content,
                      const YamlLimits& limits, bool cut_bodies) {
  YamlParseResult result;
  if (limits.max_bytes != 0 && content.size() > limits.max_bytes) {
    result.errors.push_back(FileError(
        file, Mark{},
        fmt::format("file is {} bytes, over the {}-byte limit; a story file "
                    "is a few KB (raise --max-file-bytes if this is intended)",
                    content.size(), limits.max_bytes)));
    return result;
  }
  result.errors = CheckEncoding(file, content);
  if (!result.errors.empty()) return result;
  if (cut_bodies && ParseCutBodies(content, limits, &result)) return result;
  // The whole text at once, as nearly every file parses. When it does not,
  // each `---` document again on its own, so one broken document costs only
  // itself.
  if (ParseChunk(file, content, Chunk{0, content.size(), 0}, limits, &result))
    return result;
  std::vector<Chunk> chunks = SplitDocuments(content);
  if (chunks.size() == 1) return result;
  YamlParseResult parts;
  for (const Chunk& chunk : chunks) ParseChunk(file, content, chunk, limits, &parts);
  // The cut follows yaml-cpp's own markers, so the error is in some part;
  // should none fail, the whole file's error stands.
  return parts.errors.empty() ? result : parts;
}

}  // namespace

YamlParseResult ParseYaml(std::string_view file, std::string_view content,
                          const YamlLimits& limits) {
  return Parse(file, content, limits, true);
}

YamlParseResult ParseYamlWhole(std::string_view file, std::string_view content,
                               const YamlLimits& limits) {
  return Parse(file, content, limits, false);
}

}  // namespace starbank
