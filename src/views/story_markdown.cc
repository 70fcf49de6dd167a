#include "views/story_markdown.h"

#include <cctype>
#include <string>
#include <vector>

#include "import/labels.h"
#include "starbank/catalog.h"
#include "starbank/loader.h"
#include "starbank/yaml_tree.h"
#include "text/printable.h"
#include "text/tokens.h"
#include "views/render.h"

namespace starbank {
namespace {

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

// Lines for Markdown: escaped, no leading blanks, runs of blank lines as one.
std::vector<std::string> TextLines(std::string_view text) {
  std::vector<std::string> out;
  for (std::string_view line : SplitLines(Trim(text))) {
    std::string plain(Trim(line));
    for (char& c : plain) c = c == '\t' ? ' ' : c;  // whitespace, not "\t"
    std::string escaped = MarkdownEscape(Printable(plain));
    if (escaped.empty() && (out.empty() || out.back().empty())) continue;
    out.push_back(std::move(escaped));
  }
  return out;
}

std::string Paragraphs(std::string_view text) {
  std::string out;
  for (const std::string& line : TextLines(text)) out += line + "\n";
  return out;
}

// "- item" with its further lines indented under it.
std::string ListItem(std::string_view item, std::string_view marker = "- ") {
  std::string out(marker);
  bool first = true;
  for (const std::string& line : TextLines(item)) {
    if (!first)
      out += line.empty() ? "\n" : "\n" + std::string(marker.size(), ' ') + line;
    else
      out += line;
    first = false;
  }
  return out + "\n";
}

// The story's mapping in the parsed file: the node that starts at `mark`.
const YamlNode* StoryNode(const YamlParseResult& parsed, Mark mark) {
  for (const YamlDocument& doc : parsed.documents) {
    std::vector<const YamlNode*> nodes;
    if (doc.root.kind == YamlNode::Kind::kSequence) {
      for (const YamlNode& item : doc.root.items) nodes.push_back(&item);
    } else {
      nodes.push_back(&doc.root);
    }
    for (const YamlNode* n : nodes) {
      if (n->mark.line == mark.line && n->mark.column == mark.column) return n;
    }
  }
  return nullptr;
}

// A part as Markdown: its paragraphs, or its list as a list.
std::string PartText(const YamlNode* story, const char* key, const Section& part) {
  const YamlNode* v = story != nullptr ? story->Find(key) : nullptr;
  if (v != nullptr && v->kind == YamlNode::Kind::kSequence) {
    std::string out;
    for (const YamlNode& item : v->items) out += ListItem(item.value);
    return out;
  }
  return Paragraphs(part.text);
}

// Names joined by ", " when they read back that way, else a list.
std::string Names(const char* label, const std::vector<std::string>& names,
                  const Catalog& catalog) {
  if (names.empty()) return "";
  bool list = false;
  std::string joined;
  for (const std::string& n : names) {
    bool splits = n.find_first_of(",;|/\n") != std::string::npos ||
                  n.find("[[") != std::string::npos || (!n.empty() && n[0] == '#');
    if (splits && CatalogName(n, catalog).empty()) list = true;
    joined += (joined.empty() ? "" : ", ") + MarkdownEscape(Printable(n));
  }
  if (!list) return "**" + std::string(label) + ":** " + joined + "\n";
  std::string out = "\n**" + std::string(label) + ":**\n\n";
  for (const std::string& n : names) out += ListItem(n);
  return out + "\n";
}

// Whether `title` reads back from "### title" as itself, adding nothing.
bool PlainHeading(const std::string& title, const Catalog& catalog) {
  std::string theme;
  if (HeadingTitle(title, &theme) != title || !theme.empty()) return false;
  if (IsQuestion(title) || ClassifyLabel(title) != LabelKind::kNone) return false;
  if (!PrincipleOfHeading(title, catalog).empty()) return false;
  return title.empty() || title.back() != ')';
}

std::string Followups(const Story& s) {
  if (s.followups.empty()) return "";
  std::string out = "#### Follow-ups\n\n";
  for (const Followup& f : s.followups) {
    std::string item = "- **Q:** ";
    std::vector<std::string> q = TextLines(f.question), a = TextLines(f.answer);
    for (size_t i = 0; i < q.size(); ++i) item += (i > 0 ? "\n  " : "") + q[i];
    for (size_t i = 0; i < a.size(); ++i) {
      item += i == 0 ? "\n  **A:** " + a[i] : a[i].empty() ? "\n" : "\n  " + a[i];
    }
    out += item + "\n";
  }
  return out + "\n";
}

std::string StoryMarkdown(const Story& s, const YamlNode* node, const Catalog& catalog) {
  std::string title = PrintableLine(s.title.text);
  std::string out = "### " + MarkdownEscape(title) + "\n\n";
  std::string meta;
  if (!PlainHeading(title, catalog)) meta += "**Title:** " + MarkdownEscape(title) + "\n";
  if (s.explicit_id) meta += "**Id:** " + MarkdownEscape(Printable(s.id)) + "\n";
  std::vector<std::string> principles;
  for (const PrincipleRef& p : s.principles) principles.push_back(p.name);
  meta += Names("Principles", principles, catalog);
  meta += Names("Tags", s.tags, catalog);
  if (!s.prompts.empty()) {
    meta += "\n**Prompts:**\n\n";
    for (const std::string& p : s.prompts) meta += ListItem(p);
    meta += "\n";
  }
  if (!meta.empty()) out += std::string(Trim(meta)) + "\n\n";
  static const char* const kHeadings[kPartCount] = {"Situation", "Task", "Action",
                                                    "Result", "Learning"};
  for (int i = 0; i < kPartCount; ++i) {
    const Section& part = s.parts[i];
    if (part.empty()) continue;
    out += "#### " + std::string(kHeadings[i]) + "\n\n" +
           PartText(node, PartName(static_cast<Part>(i)), part) + "\n";
  }
  if (!s.tradeoffs.empty()) {
    out += "#### Trade-offs\n\n" + PartText(node, "tradeoffs", s.tradeoffs) + "\n";
  }
  return out + Followups(s);
}

}  // namespace

std::string MarkdownEscape(std::string_view line) {
  std::string out;
  size_t i = 0;
  // Markers that only count at a line's start: "- ", "+ ", "1. ", "===",
  // "---" ('#' and the rest are escaped wherever they are).
  if (!line.empty() && (line[0] == '-' || line[0] == '+' || line[0] == '=')) {
    out += '\\';
  } else {
    while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
    if (i > 0 && i < line.size() && (line[i] == '.' || line[i] == ')')) {
      out.append(line.substr(0, i));
      out += '\\';
    } else {
      i = 0;
    }
  }
  for (; i < line.size(); ++i) {
    char c = line[i];
    if (std::string_view("\\`*_[]<>&|~#!").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string RenderStoryFileMarkdown(std::string_view file, std::string_view content,
                                    const Catalog& catalog) {
  LoadResult loaded = LoadStories(file, content);
  if (loaded.stories.empty()) return "";
  YamlParseResult parsed = ParseYaml(file, content);
  std::string out;
  for (const Story& s : loaded.stories) {
    out += StoryMarkdown(s, StoryNode(parsed, s.mark), catalog);
  }
  return out;
}

}  // namespace starbank
