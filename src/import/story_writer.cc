#include "import/story_writer.h"

#include <fmt/format.h>
#include <utf8proc.h>

#include <cctype>
#include <string>
#include <vector>

#include "text/printable.h"
#include "text/tokens.h"

namespace starbank {
namespace {

// Code points YAML will not hold raw in a block or plain scalar: C0 other
// than tab and newline, DEL, C1, the BOM, and the Unicode line separators
// (which some readers take for line breaks).
bool Unprintable(utf8proc_int32_t cp) {
  return (cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0x7F ||
         (cp >= 0x80 && cp <= 0x9F) || cp == 0xFEFF || cp == 0x2028 || cp == 0x2029;
}

// Calls f(code point, its bytes) for each code point; an invalid byte comes
// as code point -1.
template <typename F>
void ForEachCodePoint(std::string_view s, F f) {
  for (size_t i = 0; i < s.size();) {
    size_t n = 0;
    int32_t cp = DecodeUtf8(s, i, &n);
    if (n == 0) {
      f(-1, s.substr(i, 1));
      ++i;
      continue;
    }
    f(cp, s.substr(i, n));
    i += n;
  }
}

bool NeedsEscapes(std::string_view s) {
  bool bad = false;
  ForEachCodePoint(s, [&](utf8proc_int32_t cp, std::string_view) {
    if (cp < 0 || Unprintable(cp)) bad = true;
  });
  return bad;
}

std::string DoubleQuoted(std::string_view s) {
  std::string out = "\"";
  ForEachCodePoint(s, [&](utf8proc_int32_t cp, std::string_view bytes) {
    switch (cp) {
      case '"':
        out += "\\\"";
        return;
      case '\\':
        out += "\\\\";
        return;
      case '\n':
        out += "\\n";
        return;
      case '\t':
        out += "\\t";
        return;
      case '\r':
        out += "\\r";
        return;
      default:
        break;
    }
    if (cp < 0) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(bytes[0]));
    } else if (cp < 0x20 || cp == 0x7F) {
      out += fmt::format("\\x{:02x}", cp);
    } else if (Unprintable(cp)) {
      out += fmt::format("\\u{:04x}", cp);
    } else {
      out += bytes;
    }
  });
  return out + "\"";
}

bool IsReserved(std::string_view s) {
  static const char* const kWords[] = {"null", "~",  "true", "false", "yes",
                                       "no",   "on", "off",  "y",     "n"};
  std::string lower = ToLower(s);
  for (const char* w : kWords) {
    if (lower == w) return true;
  }
  return false;
}

bool PlainSafe(std::string_view s, bool flow) {
  if (s.empty() || s != Trim(s) || IsReserved(s) || NeedsEscapes(s)) return false;
  if (s.find('\n') != std::string_view::npos || s.find('\t') != std::string_view::npos) {
    return false;
  }
  unsigned char first = static_cast<unsigned char>(s[0]);
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(static_cast<char>(first)) !=
      std::string_view::npos) {
    return false;
  }
  if (s.find(": ") != std::string_view::npos || s.find(" #") != std::string_view::npos ||
      s.back() == ':') {
    return false;
  }
  if (flow && s.find_first_of(",[]{}") != std::string_view::npos) return false;
  return true;
}

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      out.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

// Leading blank lines and trailing whitespace dropped: the text a block holds.
std::string_view BlockBody(std::string_view text) {
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      start = i + 1;
    } else if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r') {
      break;
    }
  }
  text = text.substr(std::min(start, text.size()));
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return text;
}

// `text` as the value after "key:" at `indent` spaces: a `|` block, or a
// double-quoted line when it holds what a block cannot.
std::string BlockValue(std::string_view text, int indent) {
  std::string_view body = BlockBody(text);
  if (body.empty()) return " \"\"\n";
  // A first line that starts with a space would need the indentation
  // given with the `|`: quoted instead, which every reader agrees on.
  if (NeedsEscapes(body) || body[0] == ' ' || body[0] == '\t') {
    return " " + DoubleQuoted(body) + "\n";
  }
  std::string pad(static_cast<size_t>(indent + 2), ' ');
  std::string out = " |\n";
  for (std::string_view line : SplitLines(body)) {
    std::string_view t = line;
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
    if (t.empty()) {
      out += '\n';
    } else {
      out += pad;
      out += t;
      out += '\n';
    }
  }
  return out;
}

// One list item at `indent`: "- value".
std::string ListItem(std::string_view item, int indent) {
  std::string pad(static_cast<size_t>(indent), ' ');
  std::string_view body = BlockBody(item);
  if (body.find('\n') == std::string_view::npos) {
    return pad + "- " + YamlScalar(body) + "\n";
  }
  return pad + "-" + BlockValue(body, indent);
}

std::string PartValue(const ImportedText& t) {
  if (!t.list) return BlockValue(t.text, 0);
  std::string out = "\n";
  for (const std::string& item : t.items) out += ListItem(item, 2);
  return out;
}

std::string FlowList(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    out += YamlScalar(items[i], true);
  }
  return out + "]";
}

// One line of a comment: escaped controls, never read as a directive.
std::string CommentLine(std::string_view line) {
  std::string text = Printable(line);
  std::string_view t = Trim(text);
  if (ToLower(t.substr(0, 8)) == "starbank") text = "> " + text;
  return text;
}

std::string Comments(const ImportedStory& story) {
  if (story.comments.empty()) return "";
  std::string out = "\n# Kept from the bank (no story key takes these):\n";
  for (const ImportedComment& c : story.comments) {
    std::string flat(BlockBody(c.body.Flat()));
    std::vector<std::string_view> lines = SplitLines(flat);
    if (!c.body.list && lines.size() == 1) {
      out += fmt::format("# {}: {}\n", CommentLine(c.label), CommentLine(lines[0]));
      continue;
    }
    out += fmt::format("# {}:\n", CommentLine(c.label));
    for (std::string_view line : lines) {
      std::string l = CommentLine(line);
      out += l.empty() ? "#\n" : "#   " + l + "\n";
    }
  }
  return out;
}

std::string Followups(const ImportedStory& story) {
  if (story.followups.empty()) return "";
  std::string out = "followups:\n";
  for (const ImportedFollowup& f : story.followups) {
    std::string q(BlockBody(f.question)), a(BlockBody(f.answer));
    out += q.find('\n') == std::string::npos ? "  - question: " + YamlScalar(q) + "\n"
                                             : "  - question:" + BlockValue(q, 4);
    out += a.find('\n') == std::string::npos ? "    answer: " + YamlScalar(a) + "\n"
                                             : "    answer:" + BlockValue(a, 4);
  }
  return out;
}

}  // namespace

std::string YamlScalar(std::string_view text, bool flow) {
  if (PlainSafe(text, flow)) return std::string(text);
  return DoubleQuoted(text);
}

std::string RenderStoryYaml(const ImportedStory& story) {
  std::string out = fmt::format("# Imported by starbank import from {}:{}\n",
                                CommentLine(story.source), story.line);
  if (!story.id.empty()) out += "id: " + YamlScalar(story.id) + "\n";
  out += "title: " + YamlScalar(FoldSpace(story.title)) + "\n";
  out += "principles: " + FlowList(story.principles) + "\n";
  if (!story.prompts.empty()) {
    out += "prompts:\n";
    for (const std::string& p : story.prompts) out += ListItem(p, 2);
  }
  for (int i = 0; i < kPartCount; ++i) {
    if (story.parts[i].empty()) continue;
    out += std::string(PartName(static_cast<Part>(i))) + ":" + PartValue(story.parts[i]);
  }
  if (!story.tradeoffs.empty()) out += "tradeoffs:" + PartValue(story.tradeoffs);
  out += Followups(story);
  if (!story.tags.empty()) out += "tags: " + FlowList(story.tags) + "\n";
  return out + Comments(story);
}

}  // namespace starbank
