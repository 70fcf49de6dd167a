#include "starbank/yaml_tree.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <fmt/format.h>

#include <algorithm>
#include <istream>
#include <cstdint>
#include <cstring>
#include <streambuf>
#include <unordered_map>

#include "text/lines.h"

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
Mark FromYaml(std::string_view content, size_t base, const YAML::Mark& m, size_t from = 0,
              int chars = 0) {
  if (m.is_null() || m.line < 0) return Mark{};
  size_t column = static_cast<size_t>(std::max(m.column, 0));
  size_t line_start = base + static_cast<size_t>(std::max(m.pos, 0)) - std::min<size_t>(
                                                                          column, m.pos);
  if (from < column && line_start + from < content.size()) {
    chars += static_cast<int>(CountChars(content.substr(line_start + from, column - from)));
  }
  return Mark{m.line + 1, chars + 1};
}

// yaml-cpp skips a UTF-8 byte-order mark before counting positions.
size_t BomLength(std::string_view content) {
  return content.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

// Position of byte `offset` in `content`, as a 1-based line and column.
Mark PositionOf(std::string_view content, size_t offset) {
  Mark m{1, 1};
  for (size_t i = BomLength(content); i < offset && i < content.size(); ++i) {
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

// Whether the quoted scalar opening at content[open] has its closing quote.
// yaml-cpp 0.7 ends an unclosed quoted scalar silently at end of file, with
// every line after the quote folded into it.
bool QuoteCloses(std::string_view content, size_t open) {
  char quote = content[open];
  for (size_t i = open + 1; i < content.size(); ++i) {
    if (quote == '"' && content[i] == '\\') {
      ++i;  // an escape: the next byte is never the closing quote
    } else if (content[i] == quote) {
      if (quote == '\'' && i + 1 < content.size() && content[i + 1] == '\'') {
        ++i;  // '' is a quote inside single quotes
      } else {
        return true;
      }
    }
  }
  return false;
}

// The first few characters of the line from `pos`, for messages.
std::string Preview(std::string_view content, size_t pos) {
  std::string_view rest = content.substr(pos, content.find('\n', pos) - pos);
  if (rest.size() <= 24) return std::string(rest);
  size_t cut = 24;
  while (cut > 0 && (static_cast<unsigned char>(rest[cut]) & 0xC0) == 0x80) --cut;
  return std::string(rest.substr(0, cut)) + "...";
}

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(std::string_view content, int max_depth,
              std::vector<YamlDocument>* docs)
      : content_(content),
        base_(BomLength(content)),
        max_depth_(max_depth),
        docs_(docs) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    // yaml-cpp 0.7 can stall on a token no document may start with (a lone
    // ','), emitting empty documents at the same place forever.
    if (!docs_->empty() && mark.pos <= last_start_) {
      size_t at = base_ + static_cast<size_t>(std::max(mark.pos, 0));
      size_t n = at < content_.size() ? 1 : 0;
      while (at + n < content_.size() && (content_[at + n] & 0xC0) == 0x80) ++n;
      std::string token(content_.substr(std::min(at, content_.size()), n));
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
    size_t pos = SkipProperties(content_, base_ + static_cast<size_t>(mark.pos));
    if (pos >= content_.size()) return;
    char c = content_[pos];
    n->block = c == '|' || c == '>';
    if ((c == '"' || c == '\'') && !QuoteCloses(content_, pos)) {
      throw Refusal{PositionOf(content_, pos),
                    fmt::format("unterminated quoted text {}: add the "
                                "closing {}; yaml would read the rest of the "
                                "file into it",
                                Preview(content_, pos), c)};
    }
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
    stack_.push_back(Frame{std::move(n), {}});
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
  };
  // A mark in starbank's terms, resuming the character count of the last
  // mark when this one is further along the same line.
  Mark At(const YAML::Mark& m) {
    size_t column = static_cast<size_t>(std::max(m.column, 0));
    size_t line = static_cast<size_t>(std::max(m.line, 0));
    if (line != at_line_ || column < at_column_) at_line_ = line, at_column_ = 0, at_chars_ = 0;
    Mark out = FromYaml(content_, base_, m, at_column_, at_chars_);
    if (out.line != 0) at_column_ = column, at_chars_ = out.column - 1;
    return out;
  }

  std::string_view content_;
  size_t base_;  // bytes before yaml-cpp's position 0 (a byte-order mark)
  size_t at_line_ = 0, at_column_ = 0;  // the last mark At converted...
  int at_chars_ = 0;                    // ...and its column in characters
  int last_start_ = -1;  // where the last document started
  int max_depth_;
  std::vector<YamlDocument>* docs_;
  std::vector<Frame> stack_;
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

// Length of the valid UTF-8 sequence at s[i], or 0 if it is invalid.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t len;
  unsigned int min;
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) { len = 2; min = 0x80; }
  else if ((c & 0xF0) == 0xE0) { len = 3; min = 0x800; }
  else if ((c & 0xF8) == 0xF0) { len = 4; min = 0x10000; }
  else return 0;
  if (i + len > s.size()) return 0;
  unsigned int cp = c & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

// The code point of the valid `len`-byte UTF-8 sequence at s[i].
unsigned int CodePoint(std::string_view s, size_t i, size_t len) {
  if (len == 1) return static_cast<unsigned char>(s[i]);
  unsigned int cp = static_cast<unsigned char>(s[i]) & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  }
  return cp;
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
    size_t len = Utf8SequenceLength(content, i);
    if (len == 0) {
      out.push_back(FileError(file, PositionOf(content, i),
                          fmt::format("invalid UTF-8 byte 0x{:02X}; save the "
                                      "file as UTF-8",
                                      c)));
      return out;
    }
    unsigned int cp = CodePoint(content, i, len);
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

YamlParseResult ParseYaml(std::string_view file, std::string_view content,
                          const YamlLimits& limits) {
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

  ViewBuf buf(content);
  std::istream in(&buf);
  TreeBuilder builder(content, limits.max_depth, &result.documents);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const Refusal& r) {
    result.errors.push_back(FileError(file, r.mark, r.message));
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp's own guard says "bad file" with the scanner's mark, which is
    // not where the nesting is; point at the innermost node instead.
    result.errors.push_back(
        FileError(file, builder.Innermost(),
              fmt::format("nesting too deep: the parser stops at {} "
                          "levels",
                          e.depth())));
  } catch (const YAML::Exception& e) {
    Mark m = FromYaml(content, BomLength(content), e.mark);
    if (m.line == 0) m = PositionOf(content, content.size());
    result.errors.push_back(FileError(file, m, Tidy(e.msg)));
  } catch (const std::exception& e) {
    result.errors.push_back(FileError(file, Mark{}, Tidy(e.what())));
  }
  if (!result.errors.empty() && !result.documents.empty()) {
    // The document being built when the error struck is incomplete.
    result.documents.pop_back();
  }
  return result;
}

}  // namespace starbank
