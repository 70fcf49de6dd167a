#include "import/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "starbank/catalog.h"
#include "starbank/yaml_tree.h"
#include "text/tokens.h"

namespace starbank {
namespace {

// ---------------------------------------------------------------------------
// The document tree

struct Document {
  cmark_node* root = nullptr;
  explicit Document(std::string_view text) {
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    if (cmark_syntax_extension* table = cmark_find_syntax_extension("table")) {
      cmark_parser_attach_syntax_extension(parser, table);
    }
    cmark_parser_feed(parser, text.data(), text.size());
    root = cmark_parser_finish(parser);
    cmark_parser_free(parser);
  }
  ~Document() {
    if (root != nullptr) cmark_node_free(root);
  }
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;
};

cmark_node_type TypeOf(cmark_node* n) { return cmark_node_get_type(n); }

bool IsTable(cmark_node* n) {
  const char* t = cmark_node_get_type_string(n);
  return t != nullptr && std::strcmp(t, "table") == 0;
}

int LineOf(cmark_node* n) { return std::max(1, cmark_node_get_start_line(n)); }
int EndLineOf(cmark_node* n) { return std::max(LineOf(n), cmark_node_get_end_line(n)); }

std::vector<cmark_node*> Children(cmark_node* n) {
  std::vector<cmark_node*> out;
  for (cmark_node* c = cmark_node_first_child(n); c != nullptr; c = cmark_node_next(c)) {
    out.push_back(c);
  }
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// ---------------------------------------------------------------------------
// Inline text: markers dropped, links keep their text, line breaks kept

struct Line {
  std::string text;
  int line = 0;
  std::vector<std::pair<size_t, size_t>> bold;  // strong or emphasis runs, outermost
};

struct Link {
  std::string text;
  std::string url;
};

bool IsBreakTag(std::string_view html) {
  std::string t = ToLower(html);
  return t.compare(0, 3, "<br") == 0 &&
         (t.size() == 3 || !std::isalpha(static_cast<unsigned char>(t[3])));
}

// The text of an HTML fragment: tags dropped, the common entities decoded,
// <br> as a line break.
std::string HtmlText(std::string_view html) {
  std::string out;
  for (size_t i = 0; i < html.size();) {
    if (html[i] == '<') {
      size_t close = html.find('>', i);
      if (close == std::string_view::npos) {
        out += html.substr(i);
        break;
      }
      if (IsBreakTag(html.substr(i, close + 1 - i))) out += '\n';
      i = close + 1;
      continue;
    }
    if (html[i] == '&') {
      static const std::pair<const char*, const char*> kEntities[] = {
          {"&amp;", "&"}, {"&lt;", "<"},   {"&gt;", ">"},  {"&quot;", "\""},
          {"&#39;", "'"}, {"&apos;", "'"}, {"&nbsp;", " "}};
      bool done = false;
      for (auto [name, value] : kEntities) {
        if (html.compare(i, std::strlen(name), name) == 0) {
          out += value;
          i += std::strlen(name);
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out += html[i++];
  }
  return out;
}

class Inlines {
 public:
  explicit Inlines(std::vector<Link>* links) : links_(links) {}

  std::vector<Line> Render(cmark_node* block) {
    lines_.assign(1, Line{"", LineOf(block), {}});
    Kids(block, false);
    return std::move(lines_);
  }

 private:
  Line& Cur() { return lines_.back(); }

  void Kids(cmark_node* n, bool in_bold) {
    for (cmark_node* c = cmark_node_first_child(n); c != nullptr;
         c = cmark_node_next(c)) {
      Node(c, in_bold);
    }
  }

  void Break() { lines_.push_back(Line{"", Cur().line + 1, {}}); }

  void Node(cmark_node* n, bool in_bold) {
    switch (TypeOf(n)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE: {
        const char* lit = cmark_node_get_literal(n);
        if (Cur().text.empty() && cmark_node_get_start_line(n) > 0) {
          Cur().line = cmark_node_get_start_line(n);
        }
        if (lit != nullptr) Cur().text += lit;
        break;
      }
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        Break();
        break;
      case CMARK_NODE_EMPH:
      case CMARK_NODE_STRONG: {
        size_t begin = Cur().text.size(), count = lines_.size();
        Kids(n, true);
        if (!in_bold && lines_.size() == count && Cur().text.size() > begin) {
          Cur().bold.emplace_back(begin, Cur().text.size());
        }
        break;
      }
      case CMARK_NODE_LINK: {
        size_t begin = Cur().text.size(), count = lines_.size();
        Kids(n, in_bold);
        const char* url = cmark_node_get_url(n);
        std::string text = lines_.size() == count ? Cur().text.substr(begin) : "";
        if (url != nullptr && *url != '\0' && text != url && "mailto:" + text != url) {
          links_->push_back(Link{text, url});
        }
        break;
      }
      case CMARK_NODE_HTML_INLINE: {
        const char* lit = cmark_node_get_literal(n);
        if (lit != nullptr && IsBreakTag(lit)) Break();
        break;
      }
      default:
        Kids(n, in_bold);  // images (their alt text), extensions
    }
  }

  std::vector<Line> lines_;
  std::vector<Link>* links_;
};

std::string JoinLines(const std::vector<Line>& lines) {
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += '\n';
    out += Trim(lines[i].text);
  }
  return out;
}

// The rows of a table, each a list of cell texts (a <br> a line break).
std::vector<std::vector<std::string>> TableCells(cmark_node* table,
                                                 std::vector<Link>* links,
                                                 std::vector<int>* lines) {
  std::vector<std::vector<std::string>> rows;
  Inlines in(links);
  for (cmark_node* row : Children(table)) {
    std::vector<std::string> cells;
    for (cmark_node* cell : Children(row)) cells.push_back(JoinLines(in.Render(cell)));
    rows.push_back(std::move(cells));
    lines->push_back(LineOf(row));
  }
  return rows;
}

// ---------------------------------------------------------------------------
// Labels in a line

struct Label {
  LabelKind kind = LabelKind::kNone;
  std::string label;
  std::string rest;  // the text after it on the line
};

// Whether unknown bold text before a colon reads as a label: a few words.
bool LooksLikeLabel(std::string_view name) {
  name = Trim(name);
  if (name.empty() || name.size() > 50) return false;
  int words = 1;
  bool letter = false;
  for (char c : name) {
    words += c == ' ';
    letter = letter || std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80);
  }
  return letter && words <= 6 && name.back() != '.';
}

size_t DashLength(std::string_view s) {
  if (s.size() >= 2 && s[0] == '-' && s[1] == ' ') return 2;
  if (s.compare(0, 3, "\xE2\x80\x93") == 0 || s.compare(0, 3, "\xE2\x80\x94") == 0)
    return 3;
  return 0;
}

struct LabelRules {
  bool plain = true;         // "Situation:" and "(S)" at a line's start
  bool unknown_bold = true;  // "**Anything:**" as a label of its own
  bool comments = true;      // "**Note:**", "**Company:**": labels with no story key
};

// A bold label at byte `b` (a bold run [b, e) of `line`).
std::optional<Label> BoldLabel(const Line& line, size_t b, size_t e,
                               const LabelRules& rules) {
  std::string_view t = line.text;
  std::string_view inner = Trim(t.substr(b, e - b));
  std::string_view after = t.substr(e);
  std::string_view lead = after;
  while (!lead.empty() && (lead[0] == ' ' || lead[0] == '\t')) lead.remove_prefix(1);
  std::string_view name, rest;
  bool colon = false, known_only = false;
  if (!inner.empty() && inner.back() == ':') {
    name = inner.substr(0, inner.size() - 1);
    rest = after;
    colon = true;
  } else if (!lead.empty() && lead[0] == ':') {
    name = inner;
    rest = lead.substr(1);
    colon = true;
  } else if (Trim(after).empty()) {
    name = inner;  // "**Situation**" alone on its line
    known_only = true;
  } else if (size_t dash = DashLength(lead)) {
    name = inner;  // "**Situation** - text"
    rest = lead.substr(dash);
    known_only = true;
  } else {
    return std::nullopt;
  }
  LabelKind kind = ClassifyLabel(name);
  if (kind == LabelKind::kNone) {
    if (known_only || !colon || !rules.unknown_bold || !LooksLikeLabel(name))
      return std::nullopt;
    kind = LabelKind::kUnknown;
  }
  if (IsCommentKind(kind) && !rules.comments) return std::nullopt;
  return Label{kind, CleanLabel(name), std::string(Trim(rest))};
}

std::optional<Label> PlainLabel(std::string_view t, size_t p) {
  if (t.size() >= p + 3 && t[p] == '(' && t[p + 2] == ')' &&
      std::strchr("STARL", t[p + 1]) != nullptr &&
      (t.size() == p + 3 || IsSpace(t[p + 3]))) {
    return Label{ClassifyLabel(t.substr(p, 3)), std::string(t.substr(p, 3)),
                 std::string(Trim(t.substr(p + 3)))};
  }
  size_t colon = t.find(':', p);
  if (colon == std::string_view::npos || colon == p || colon - p > 40)
    return std::nullopt;
  if (colon + 1 < t.size() && !IsSpace(t[colon + 1]))
    return std::nullopt;  // "http://", "10:30"
  std::string_view name = t.substr(p, colon - p);
  LabelKind kind = ClassifyLabel(name);
  if (kind == LabelKind::kNone) return std::nullopt;
  return Label{kind, CleanLabel(name), std::string(Trim(t.substr(colon + 1)))};
}

std::optional<Label> DetectLabel(const Line& line, const LabelRules& rules) {
  std::string_view t = line.text;
  size_t p = 0;
  while (p < t.size() && IsSpace(t[p])) ++p;
  if (p == t.size()) return std::nullopt;
  for (auto [b, e] : line.bold) {
    if (b == p) return BoldLabel(line, b, e, rules);
  }
  if (!rules.plain) return std::nullopt;
  return PlainLabel(t, p);
}

// Splits a line before each bold STAR label that is not at its start
// ("**S:** x **T:** y" is two lines).
std::vector<Line> SplitAtInnerLabels(const Line& line) {
  std::vector<Line> out;
  size_t start = 0;
  LabelRules known{false, false, false};
  for (auto [b, e] : line.bold) {
    if (b == 0 || Trim(std::string_view(line.text).substr(0, b)).empty()) continue;
    std::optional<Label> l = BoldLabel(line, b, e, known);
    if (!l || !(IsStarKind(l->kind) || l->kind == LabelKind::kTradeoffs)) continue;
    std::string_view after = Trim(std::string_view(line.text).substr(e));
    bool colon = Trim(std::string_view(line.text).substr(b, e - b)).back() == ':' ||
                 (!after.empty() && after[0] == ':');
    if (!colon) continue;  // "... the **result** was" is no label
    Line piece{line.text.substr(start, b - start), line.line, {}};
    out.push_back(std::move(piece));
    start = b;
  }
  Line last{line.text.substr(start), line.line, {}};
  for (auto [b, e] : line.bold) {
    if (b >= start) last.bold.emplace_back(b - start, e - start);
  }
  // The pieces before the last keep their own bold runs.
  size_t offset = 0;
  for (Line& l : out) {
    for (auto [b, e] : line.bold) {
      if (b >= offset && e <= offset + l.text.size())
        l.bold.emplace_back(b - offset, e - offset);
    }
    offset += l.text.size();
  }
  out.push_back(std::move(last));
  return out;
}

// ---------------------------------------------------------------------------
// Inline (S) ... (T) ... (A) ... (R) markers in one paragraph

struct Marker {
  size_t at;
  char letter;
};

std::vector<Marker> InlineMarkers(std::string_view text) {
  std::vector<Marker> out;
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    if (text[i] != '(' || text[i + 2] != ')' ||
        std::strchr("STARL", text[i + 1]) == nullptr) {
      continue;
    }
    bool before = i == 0 || IsSpace(text[i - 1]) ||
                  std::ispunct(static_cast<unsigned char>(text[i - 1]));
    bool after = i + 3 == text.size() || IsSpace(text[i + 3]) || text[i + 3] == ':';
    if (before && after) out.push_back(Marker{i, text[i + 1]});
  }
  std::string letters;
  for (const Marker& m : out) {
    if (letters.find(m.letter) == std::string::npos) letters += m.letter;
  }
  if (letters.size() < 3) out.clear();
  return out;
}

// ---------------------------------------------------------------------------
// Chunks: a story's text cut at its labels

struct Piece {
  bool list = false;
  std::string text;
  std::vector<std::string> items;
  int first = 0, last = 0;
  bool from_table = false;
};

struct Chunk {
  LabelKind kind = LabelKind::kNone;  // kNone: text before any label
  std::string label;
  int line = 0;
  bool heading = false;  // a sub-heading opened it
  std::vector<Piece> pieces;

  ImportedText Text() const {
    ImportedText t;
    if (pieces.size() == 1 && pieces[0].list) {
      t.list = true;
      t.items = pieces[0].items;
      return t;
    }
    for (size_t i = 0; i < pieces.size(); ++i) {
      ImportedText p{pieces[i].list, pieces[i].text, pieces[i].items};
      std::string flat = p.Flat();
      if (Trim(flat).empty()) continue;
      if (!t.text.empty())
        t.text += pieces[i].first == pieces[i - 1].last + 1 ? "\n" : "\n\n";
      t.text += flat;
    }
    return t;
  }
  bool HasText() const {
    return std::any_of(pieces.begin(), pieces.end(), [](const Piece& p) {
      return !p.from_table && !ImportedText{p.list, p.text, p.items}.empty();
    });
  }
};

// Whether `text` is made of #hashtags only ("#conflict #ownership").
bool HashtagLine(std::string_view text) {
  text = Trim(text);
  if (text.empty() || text[0] != '#') return false;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    if (i == text.size()) break;
    if (text[i] != '#') return false;
    size_t end = i + 1;
    bool letter = false;
    while (end < text.size() && !IsSpace(text[end])) {
      letter = letter || std::isalpha(static_cast<unsigned char>(text[end]));
      ++end;
    }
    if (!letter) return false;
    i = end;
  }
  return true;
}

class Chunker {
 public:
  Chunker(std::vector<Link>* links, std::vector<cmark_node*>* html)
      : links_(links), html_(html) {
    chunks_.push_back(Chunk{});
  }

  // Opens a chunk for a sub-heading: in it only bold labels starbank knows
  // start another part.
  void Heading(LabelKind kind, std::string label, int line) {
    StartChunk(Label{kind, std::move(label), ""}, line);
    chunks_.back().heading = true;
    rules_ = LabelRules{false, false, false};
    flow_ = false;
  }

  void Block(cmark_node* b) {
    switch (TypeOf(b)) {
      case CMARK_NODE_PARAGRAPH:
        Paragraph(b);
        break;
      case CMARK_NODE_LIST:
        List(b);
        break;
      case CMARK_NODE_HEADING: {
        std::vector<Line> lines = Inlines(links_).Render(b);
        AppendText(JoinLines(lines), LineOf(b), EndLineOf(b), true);
        break;
      }
      case CMARK_NODE_CODE_BLOCK: {
        std::string lit = cmark_node_get_literal(b) ? cmark_node_get_literal(b) : "";
        while (!lit.empty() && lit.back() == '\n') lit.pop_back();
        AppendText(lit, LineOf(b), EndLineOf(b), true);
        break;
      }
      case CMARK_NODE_HTML_BLOCK:
        Html(b);
        break;
      case CMARK_NODE_BLOCK_QUOTE:
        for (cmark_node* c : Children(b)) Block(c);
        break;
      case CMARK_NODE_THEMATIC_BREAK:
        flow_ = false;
        break;
      default:
        if (IsTable(b)) Table(b);
        break;
    }
  }

  std::vector<Chunk>& chunks() { return chunks_; }
  const std::vector<cmark_node*>& tables() const { return tables_; }

 private:
  Chunk& Current() { return chunks_[current_]; }

  void StartChunk(const Label& l, int line) {
    Chunk c;
    c.kind = l.kind;
    c.label = l.label;
    c.line = line;
    if (!Trim(l.rest).empty()) c.pieces.push_back(Piece{false, l.rest, {}, line, line});
    chunks_.push_back(std::move(c));
    size_t at = chunks_.size() - 1;
    pending_ = -1;
    if (IsFieldKind(l.kind)) {
      if (Trim(l.rest).empty()) pending_ = static_cast<long>(at);
      flow_ = false;  // text after it goes back to the part before
    } else {
      current_ = at;
      flow_ = !Trim(l.rest).empty();
    }
  }

  // Text for the current chunk: a new piece unless it continues the
  // paragraph the last piece holds.
  void AppendText(std::string_view text, int first, int last, bool new_paragraph) {
    if (pending_ >= 0) {
      Chunk& field = chunks_[static_cast<size_t>(pending_)];
      field.pieces.push_back(Piece{false, std::string(Trim(text)), {}, first, last});
      pending_ = -1;
      flow_ = false;
      return;
    }
    Chunk& c = Current();
    if (!new_paragraph && flow_ && !c.pieces.empty() && !c.pieces.back().list) {
      c.pieces.back().text += "\n" + std::string(Trim(text));
      c.pieces.back().last = last;
      return;
    }
    c.pieces.push_back(Piece{false, std::string(Trim(text)), {}, first, last});
    flow_ = true;
  }

  bool InFollowups(const Label& l) const {
    if (chunks_[current_].kind != LabelKind::kFollowups) return false;
    std::string n = ToLower(l.label);
    return n == "a" || n == "q" || n == "answer" || n == "question";
  }

  std::optional<Label> Detect(const Line& line) const {
    std::optional<Label> l = DetectLabel(line, rules_);
    if (l && InFollowups(*l)) return std::nullopt;
    return l;
  }

  void Paragraph(cmark_node* p) {
    std::vector<Line> raw = Inlines(links_).Render(p);
    std::vector<Line> lines;
    for (const Line& l : raw) {
      for (Line& piece : SplitAtInnerLabels(l)) lines.push_back(std::move(piece));
    }
    std::vector<std::optional<Label>> labels;
    bool words = false;  // a label other than "(S)"
    for (const Line& l : lines) {
      labels.push_back(Detect(l));
      words = words || (labels.back() && labels.back()->label[0] != '(');
    }
    if (!words && rules_.plain && Markers(lines)) return;
    bool first = true;
    for (size_t i = 0; i < lines.size(); ++i) {
      if (labels[i]) {
        StartChunk(*labels[i], lines[i].line);
      } else if (rules_.plain && pending_ < 0 && HashtagLine(lines[i].text)) {
        StartChunk(Label{LabelKind::kTags, "Tags", lines[i].text}, lines[i].line);
      } else if (!Trim(lines[i].text).empty() || pending_ < 0) {
        AppendText(lines[i].text, lines[i].line, lines[i].line, first);
      }
      first = false;
    }
    flow_ = false;  // a paragraph ends here
  }

  // One paragraph cut at inline (S) (T) (A) (R) (L) markers; false when it
  // has fewer than three of them.
  bool Markers(const std::vector<Line>& lines) {
    std::string text = JoinLines(lines);
    std::vector<Marker> markers = InlineMarkers(text);
    if (markers.empty()) return false;
    int line = lines.front().line;
    auto line_at = [&](size_t at) {
      return line + static_cast<int>(std::count(
                        text.begin(), text.begin() + static_cast<long>(at), '\n'));
    };
    std::string_view before = Trim(std::string_view(text).substr(0, markers[0].at));
    if (!before.empty()) AppendText(before, line, line_at(markers[0].at), true);
    for (size_t i = 0; i < markers.size(); ++i) {
      size_t from = markers[i].at + 3;
      size_t to = i + 1 < markers.size() ? markers[i + 1].at : text.size();
      std::string_view body = Trim(std::string_view(text).substr(from, to - from));
      if (!body.empty() && body[0] == ':') body = Trim(body.substr(1));
      std::string label = std::string("(") + markers[i].letter + ")";
      StartChunk(Label{ClassifyLabel(label), label, std::string(body)},
                 line_at(markers[i].at));
    }
    flow_ = false;
    return true;
  }

  // The text of a list item: its paragraphs and nested lists as lines.
  std::string ItemText(cmark_node* item, int depth) {
    std::string out;
    int prev_end = 0;
    for (cmark_node* b : Children(item)) {
      std::string part = BlockText(b, depth);
      if (Trim(part).empty()) continue;
      if (!out.empty()) out += LineOf(b) == prev_end + 1 ? "\n" : "\n\n";
      out += part;
      prev_end = EndLineOf(b);
    }
    return out;
  }

  std::string ListText(cmark_node* list, int depth) {
    std::string out;
    bool ordered = cmark_node_get_list_type(list) == CMARK_ORDERED_LIST;
    int n = cmark_node_get_list_start(list);
    std::string pad(static_cast<size_t>(2 * depth), ' ');
    for (cmark_node* item : Children(list)) {
      std::string marker = ordered ? std::to_string(n++) + ". " : "- ";
      if (!out.empty()) out += '\n';
      out += pad + marker;
      for (char c : ItemText(item, depth + 1)) {
        out += c;
        if (c == '\n') out += pad + std::string(marker.size(), ' ');
      }
    }
    return out;
  }

  // Any block as plain text (inside list items and flattened headings).
  std::string BlockText(cmark_node* b, int depth) {
    switch (TypeOf(b)) {
      case CMARK_NODE_PARAGRAPH:
      case CMARK_NODE_HEADING:
        return JoinLines(Inlines(links_).Render(b));
      case CMARK_NODE_LIST:
        return ListText(b, depth);
      case CMARK_NODE_CODE_BLOCK: {
        std::string lit = cmark_node_get_literal(b) ? cmark_node_get_literal(b) : "";
        while (!lit.empty() && lit.back() == '\n') lit.pop_back();
        return lit;
      }
      case CMARK_NODE_HTML_BLOCK:
        html_->push_back(b);
        return std::string(
            Trim(HtmlText(cmark_node_get_literal(b) ? cmark_node_get_literal(b) : "")));
      case CMARK_NODE_BLOCK_QUOTE: {
        std::string out;
        for (cmark_node* c : Children(b)) {
          if (!out.empty()) out += "\n\n";
          out += BlockText(c, depth);
        }
        return out;
      }
      default:
        if (IsTable(b)) return TableText(b);
        return "";
    }
  }

  std::string TableText(cmark_node* table) {
    std::vector<int> lines;
    std::string out;
    for (const std::vector<std::string>& row : TableCells(table, links_, &lines)) {
      if (!out.empty()) out += '\n';
      for (size_t i = 0; i < row.size(); ++i) out += (i > 0 ? " | " : "") + row[i];
    }
    return out;
  }

  void List(cmark_node* list) {
    std::vector<cmark_node*> items = Children(list);
    std::vector<std::optional<Label>> labels;
    bool any = false;
    for (cmark_node* item : items) {
      cmark_node* first = cmark_node_first_child(item);
      std::optional<Label> l;
      if (first != nullptr && TypeOf(first) == CMARK_NODE_PARAGRAPH) {
        std::vector<Line> lines = Inlines(links_).Render(first);
        l = Detect(lines.front());
      }
      labels.push_back(l);
      any = any || l.has_value();
    }
    if (!any) {
      Piece p{true, "", {}, LineOf(list), EndLineOf(list)};
      for (cmark_node* item : items) p.items.push_back(ItemText(item, 0));
      if (pending_ >= 0) {
        chunks_[static_cast<size_t>(pending_)].pieces.push_back(std::move(p));
        pending_ = -1;
      } else {
        Current().pieces.push_back(std::move(p));
      }
      flow_ = false;
      return;
    }
    for (size_t i = 0; i < items.size(); ++i) LabelledItem(items[i], labels[i], i == 0);
    flow_ = false;
  }

  // An item of a list whose items start with labels ("- **S:** ...").
  void LabelledItem(cmark_node* item, const std::optional<Label>& label,
                    bool first_item) {
    std::vector<cmark_node*> blocks = Children(item);
    if (!label) {
      Chunk& c = Current();
      bool extend = !first_item && !c.pieces.empty() && c.pieces.back().list &&
                    list_owner_ == current_;
      if (!extend) c.pieces.push_back(Piece{true, "", {}, LineOf(item), EndLineOf(item)});
      c.pieces.back().items.push_back(ItemText(item, 0));
      c.pieces.back().last = EndLineOf(item);
      list_owner_ = current_;
      return;
    }
    for (cmark_node* b : blocks) Block(b);  // the first paragraph opens with the label
    list_owner_ = static_cast<size_t>(-1);
  }

  void Html(cmark_node* b) {
    html_->push_back(b);
    std::string lit = cmark_node_get_literal(b) ? cmark_node_get_literal(b) : "";
    std::string_view t = Trim(lit);
    if (t.compare(0, 4, "<!--") == 0) {
      std::string_view inner = t.substr(4);
      size_t end = inner.rfind("-->");
      if (end != std::string_view::npos) inner = inner.substr(0, end);
      Chunk c;
      c.kind = LabelKind::kCommentText;
      c.label = "HTML comment";
      c.line = LineOf(b);
      c.pieces.push_back(
          Piece{false, std::string(Trim(inner)), {}, LineOf(b), EndLineOf(b)});
      chunks_.push_back(std::move(c));
      return;
    }
    std::string text(Trim(HtmlText(lit)));
    if (!text.empty()) AppendText(text, LineOf(b), EndLineOf(b), true);
    flow_ = false;
  }

  // A two-column table of labels and text is a story's parts; any other
  // table is kept as text, one row a line.
  void Table(cmark_node* t) {
    tables_.push_back(t);
    std::vector<int> lines;
    std::vector<std::vector<std::string>> rows = TableCells(t, links_, &lines);
    // Every row but a header row starts with a label, one of them a part.
    bool labelled = true, star = false;
    for (size_t i = 0; i < rows.size() && labelled; ++i) {
      LabelKind k = rows[i].size() == 2 ? ClassifyLabel(rows[i][0]) : LabelKind::kNone;
      star = star || IsStarKind(k);
      labelled = k != LabelKind::kNone || (i == 0 && rows[i].size() == 2);
    }
    labelled = labelled && star;
    if (labelled) {
      for (size_t i = 0; i < rows.size(); ++i) {
        LabelKind k = ClassifyLabel(rows[i][0]);
        if (k == LabelKind::kNone) continue;  // a blank header row
        StartChunk(Label{k, CleanLabel(rows[i][0]), rows[i][1]}, lines[i]);
      }
      flow_ = false;
      return;
    }
    Piece p{false, TableText(t), {}, LineOf(t), EndLineOf(t)};
    p.from_table = true;
    Current().pieces.push_back(std::move(p));
    flow_ = false;
  }

  std::vector<Chunk> chunks_;
  size_t current_ = 0;
  long pending_ = -1;
  bool flow_ = false;  // the last piece is a paragraph still being read
  size_t list_owner_ = static_cast<size_t>(-1);
  LabelRules rules_;
  std::vector<Link>* links_;
  std::vector<cmark_node*>* html_;
  std::vector<cmark_node*> tables_;
};

// ---------------------------------------------------------------------------
// The outline: headings, the blocks under each, and their part sub-headings

struct SectionHead {
  LabelKind kind;
  std::string label;
  int line;
  std::vector<cmark_node*> blocks;
};

struct Head {
  int level = 0;
  std::string text;
  int line = 1;
  std::vector<cmark_node*> blocks;
  std::vector<SectionHead> sections;
  std::vector<std::unique_ptr<Head>> children;
};

std::string HeadingText(cmark_node* h) {
  std::vector<Link> ignored;
  return JoinLines(Inlines(&ignored).Render(h));
}

// A heading that names a part, a field or a known comment label; never a
// title ("## Story" heads a story, it does not label one).
LabelKind HeadingKind(const std::string& text) {
  LabelKind k = ClassifyLabel(text);
  return k == LabelKind::kTitle ? LabelKind::kNone : k;
}

// Situation, task, action, result, learning, trade-offs, follow-ups.
bool IsPartKind(LabelKind k) {
  return IsStarKind(k) || k == LabelKind::kTradeoffs || k == LabelKind::kFollowups;
}

class Outline {
 public:
  explicit Outline(cmark_node* doc) : nodes_(Children(doc)) {
    for (size_t i = 0; i < nodes_.size(); ++i) {
      if (TypeOf(nodes_[i]) == CMARK_NODE_HEADING) {
        std::string text = HeadingText(nodes_[i]);
        heads_.push_back(HeadingInfo{nodes_[i], cmark_node_get_heading_level(nodes_[i]),
                                     text, HeadingKind(text), i});
      }
    }
  }

  /// Every heading of the document.
  size_t headings() const { return heads_.size(); }

  std::unique_ptr<Head> Build() {
    auto root = std::make_unique<Head>();
    std::vector<Head*> stack{root.get()};
    SectionHead* section = nullptr;
    int section_level = 0;
    size_t h = 0;
    for (cmark_node* n : nodes_) {
      if (TypeOf(n) != CMARK_NODE_HEADING) {
        if (section != nullptr) {
          section->blocks.push_back(n);
        } else {
          stack.back()->blocks.push_back(n);
        }
        continue;
      }
      const HeadingInfo& info = heads_[h++];
      bool label = info.kind != LabelKind::kNone;
      if (section != nullptr && !label && info.level > section_level) {
        section->blocks.push_back(n);  // "#### Details" inside "### Action"
        continue;
      }
      if (section != nullptr && !label && info.level == section_level &&
          !StartsStory(h - 1)) {
        label = true;  // a heading among the parts, beside them: a part of its own
      }
      if (label && stack.size() == 1 && !IsPartKind(info.kind)) {
        label = false;  // "# Notes" opening a file heads it, it labels nothing
      }
      if (label) {
        // A part of the story heading above it, at any level (before any
        // other heading: of the file, which is then one story).
        LabelKind kind = info.kind == LabelKind::kNone ? LabelKind::kUnknown : info.kind;
        stack.back()->sections.push_back(SectionHead{kind, info.text, LineOf(n), {}});
        section = &stack.back()->sections.back();
        section_level = info.level;
        continue;
      }
      section = nullptr;
      while (stack.size() > 1 && stack.back()->level >= info.level) stack.pop_back();
      auto head = std::make_unique<Head>();
      head->level = info.level;
      head->text = info.text;
      head->line = LineOf(n);
      Head* raw = head.get();
      stack.back()->children.push_back(std::move(head));
      stack.push_back(raw);
    }
    return root;
  }

 private:
  struct HeadingInfo {
    cmark_node* node;
    int level;
    std::string text;
    LabelKind kind;
    size_t at;  // index in nodes_
  };

  // Whether the blocks right under heading `i` hold part labels (**S:**).
  bool HasOwnParts(size_t i) const {
    std::vector<Link> links;
    std::vector<cmark_node*> html;
    Chunker c(&links, &html);
    size_t end = i + 1 < heads_.size() ? heads_[i + 1].at : nodes_.size();
    for (size_t n = heads_[i].at + 1; n < end; ++n) c.Block(nodes_[n]);
    return std::any_of(c.chunks().begin(), c.chunks().end(),
                       [](const Chunk& k) { return IsStarKind(k.kind); });
  }

  // Whether heading `i` (not a part label) starts a story: it has parts of
  // its own, or part sub-headings after it before the next heading of its
  // level or above.
  bool StartsStory(size_t i) const {
    if (HasOwnParts(i)) return true;
    for (size_t j = i + 1; j < heads_.size(); ++j) {
      if (heads_[j].kind == LabelKind::kNone) {
        if (heads_[j].level <= heads_[i].level) return false;
        continue;
      }
      if (IsStarKind(heads_[j].kind)) return true;
    }
    return false;
  }

  std::vector<cmark_node*> nodes_;
  std::vector<HeadingInfo> heads_;
};

// ---------------------------------------------------------------------------
// From the outline to stories

// What headings above a story give it.
struct Context {
  std::vector<std::string> principles;
  std::vector<std::string> prompts;
  std::vector<std::string> tags;
  std::vector<ImportedComment> comments;  // front matter keys with no story key
};

struct HeadChunks {
  std::vector<Chunk> body;                   // from the blocks under the heading
  std::vector<std::vector<Chunk>> sections;  // one list per part sub-heading
  std::vector<cmark_node*> tables;           // tables directly under it
  std::vector<Link> links;
  std::vector<cmark_node*> html;

  bool HasStarLabel() const {
    auto star = [](const Chunk& c) { return IsStarKind(c.kind); };
    if (std::any_of(body.begin(), body.end(), star)) return true;
    for (const auto& s : sections) {
      if (std::any_of(s.begin(), s.end(), star)) return true;
    }
    return false;
  }
  bool HasStarText() const {
    auto star = [](const Chunk& c) { return IsStarKind(c.kind) && c.HasText(); };
    if (std::any_of(body.begin(), body.end(), star)) return true;
    for (const auto& s : sections) {
      if (std::any_of(s.begin(), s.end(), star)) return true;
    }
    return false;
  }
};

HeadChunks ChunkHead(const Head& h) {
  HeadChunks out;
  Chunker body(&out.links, &out.html);
  for (cmark_node* b : h.blocks) body.Block(b);
  out.body = std::move(body.chunks());
  out.tables = body.tables();
  for (const SectionHead& s : h.sections) {
    Chunker c(&out.links, &out.html);
    c.Heading(s.kind, s.label, s.line);
    for (cmark_node* b : s.blocks) c.Block(b);
    std::vector<Chunk> chunks = std::move(c.chunks());
    chunks.erase(chunks.begin());  // the empty text before the heading's own chunk
    out.sections.push_back(std::move(chunks));
  }
  return out;
}

// All the text under a heading (its own, its parts', its sub-headings'),
// for a sub-heading of a story that is no story itself.
std::string HeadText(const Head& h, std::vector<Link>* links) {
  std::vector<cmark_node*> html;
  Chunker c(links, &html);
  for (cmark_node* b : h.blocks) c.Block(b);
  std::string out = c.chunks()[0].Text().Flat();
  for (size_t i = 1; i < c.chunks().size(); ++i) {
    const Chunk& k = c.chunks()[i];
    out += (out.empty() ? "" : "\n") + k.label + ": " + k.Text().Flat();
  }
  for (const SectionHead& s : h.sections) {
    Chunker sc(links, &html);
    for (cmark_node* b : s.blocks) sc.Block(b);
    std::string body;
    for (const Chunk& k : sc.chunks())
      body += (body.empty() ? "" : "\n") + k.Text().Flat();
    out += (out.empty() ? "" : "\n\n") + s.label + "\n" + body;
  }
  for (const auto& child : h.children) {
    out += (out.empty() ? "" : "\n\n") + child->text + "\n" + HeadText(*child, links);
  }
  return std::string(Trim(out));
}

class BankReader {
 public:
  BankReader(std::string_view file, const Catalog& catalog, BankParse* out)
      : file_(file), catalog_(catalog), out_(out) {}

  void SetFrontMatter(std::string title, Context context) {
    front_title_ = std::move(title);
    front_ = std::move(context);
  }

  void Read(const Head& root) {
    Walk(root, front_, true);
    if (!html_lines_.empty()) {
      Note(Severity::kInfo, html_lines_.front(),
           fmt::format(
               "HTML {}: the tags are dropped and the text is kept{}",
               html_lines_.size() == 1 ? "block" : "blocks",
               html_lines_.size() == 1
                   ? ""
                   : fmt::format(" ({} blocks, the first here)", html_lines_.size())));
    }
  }

  // The first heading with text but no parts, and whether any part label
  // was seen, for the error when the file holds no story.
  const Head* first_skipped() const { return first_skipped_; }
  bool saw_labels() const { return saw_labels_; }

 private:
  void Note(Severity s, int line, std::string message) {
    Diagnostic d = FileError(file_, Mark{line, 1}, std::move(message));
    d.severity = s;
    out_->messages.push_back(std::move(d));
  }

  bool ContainsStory(const Head& h) {
    auto it = contains_.find(&h);
    if (it != contains_.end()) return it->second;
    HeadChunks c = ChunkHead(h);
    bool yes = c.HasStarText() || StoryTables(c);
    for (const auto& child : h.children) yes = ContainsStory(*child) || yes;
    contains_[&h] = yes;
    return yes;
  }

  bool StoryTables(const HeadChunks& c) {
    for (cmark_node* t : c.tables) {
      std::vector<Link> links;
      std::vector<int> lines;
      auto rows = TableCells(t, &links, &lines);
      if (!rows.empty() && HasStarColumn(HeaderColumns(rows[0]))) return true;
    }
    return false;
  }

  void Walk(const Head& h, const Context& ctx, bool root) {
    HeadChunks chunks = ChunkHead(h);
    for (cmark_node* n : chunks.html) html_lines_.push_back(LineOf(n));
    saw_labels_ = saw_labels_ || chunks.HasStarLabel();
    if (chunks.HasStarText()) {
      Story(h, chunks, ctx, root);
      for (const auto& child : h.children) {
        if (ContainsStory(*child)) Walk(*child, ctx, false);
      }
      return;
    }
    if (chunks.HasStarLabel()) {
      Note(Severity::kWarning, h.line,
           root ? "the text before the first heading has story sections but nothing in "
                  "them; "
                  "not imported"
                : fmt::format(
                      "heading '{}' has story sections but nothing in them; not imported",
                      h.text));
    }
    Context inner = ctx;
    Group(h, chunks, &inner, root);
    for (const auto& child : h.children) Walk(*child, inner, false);
  }

  // A heading that is no story: what it gives the stories below it.
  void Group(const Head& h, const HeadChunks& chunks, Context* ctx, bool root) {
    if (!root) {
      std::string principle = PrincipleOfHeading(h.text, catalog_);
      if (principle.empty() && !h.children.empty() && ContainsStory(h) &&
          !catalog_.Suggest(h.text).empty() && !IsQuestion(h.text)) {
        principle = h.text;  // "# Custmer Obsession": kept as written, lint suggests
      }
      if (!principle.empty()) ctx->principles.push_back(principle);
      if (IsQuestion(h.text)) ctx->prompts.push_back(h.text);
    }
    bool text = false;
    auto take = [&](const Chunk& c) {
      ImportedText t = c.Text();
      if (c.kind == LabelKind::kPrinciples) {
        for (const std::string& v : t.list ? t.items : std::vector<std::string>{t.text}) {
          for (const std::string& p : SplitPrinciples(v, catalog_))
            ctx->principles.push_back(p);
        }
      } else if (c.kind == LabelKind::kTags) {
        for (const std::string& v : t.list ? t.items : SplitTags(t.text))
          ctx->tags.push_back(v);
      } else if (c.kind == LabelKind::kPrompts) {
        for (const std::string& v : t.list ? t.items : SplitPrompts(t.text))
          ctx->prompts.push_back(v);
      } else if (c.HasText()) {
        text = true;
      }
    };
    for (const Chunk& c : chunks.body) take(c);
    for (const auto& s : chunks.sections) {
      for (const Chunk& c : s) take(c);
    }
    text = Tables(chunks, *ctx) || text;
    if (text) {
      skipped_.push_back(&h);
      if (first_skipped_ == nullptr) first_skipped_ = &h;
      Note(Severity::kWarning, h.line,
           root ? "the text before the first heading has no story sections (Situation, "
                  "Task, "
                  "Action, Result); not imported"
                : fmt::format(
                      "heading '{}' has text but no story sections (Situation, Task, "
                      "Action, Result); not imported",
                      h.text));
    }
  }

  // Imports the story and index tables under a heading; true when another
  // table is there, which holds no story.
  bool Tables(const HeadChunks& chunks, const Context& ctx) {
    bool other = false;
    for (cmark_node* t : chunks.tables) {
      std::vector<Link> links;
      std::vector<int> lines;
      std::vector<std::vector<std::string>> rows = TableCells(t, &links, &lines);
      if (rows.empty()) continue;
      std::vector<Column> columns = HeaderColumns(rows[0]);
      if (HasStarColumn(columns)) {
        for (size_t i = 1; i < rows.size(); ++i)
          RowStory(columns, rows[i], lines[i], ctx);
      } else if (IsIndexHeader(columns)) {
        for (size_t i = 1; i < rows.size(); ++i) Index(t, columns, rows[i], lines[i], i);
      } else {
        other = true;
      }
    }
    return other;
  }

  void RowStory(const std::vector<Column>& columns, const std::vector<std::string>& cells,
                int line, const Context& ctx) {
    StoryBuilder b(catalog_, file_, line);
    b.AddRow(columns, cells);
    Inherit(&b, ctx);
    ImportedStory s = b.Finish();
    if (s.HasStarText()) out_->stories.push_back(std::move(s));
  }

  // An index row; its title cell's link (a [[note]] or [text](file.md)) names
  // the file that holds the story.
  void Index(cmark_node* table, const std::vector<Column>& columns,
             const std::vector<std::string>& cells, int line, size_t row_index) {
    IndexRow row;
    row.source = file_;
    row.line = line;
    bool computed = IsExportTable(columns);
    for (size_t i = 0; i < cells.size() && i < columns.size(); ++i) {
      ImportedText text = CellText(cells[i]);
      if (columns[i].kind == LabelKind::kTitle && row.title.empty()) {
        row.title = WikilinkTarget(cells[i]);
        if (std::string(Trim(cells[i])).compare(0, 2, "[[") == 0) row.link = row.title;
        std::string url = CellLink(table, row_index, i);
        if (!url.empty()) row.link = url;
      } else if (!text.empty() && !(computed && IsCommentKind(columns[i].kind))) {
        row.values.emplace_back(columns[i], text);
      }
    }
    if (!Trim(row.title).empty()) out_->index.push_back(std::move(row));
  }

  // The URL of the first link in cell `col` of row `row`, or "".
  static std::string CellLink(cmark_node* table, size_t row, size_t col) {
    std::vector<cmark_node*> rows = Children(table);
    if (row >= rows.size()) return "";
    std::vector<cmark_node*> cells = Children(rows[row]);
    if (col >= cells.size()) return "";
    cmark_iter* it = cmark_iter_new(cells[col]);
    std::string url;
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
      cmark_node* n = cmark_iter_get_node(it);
      if (ev == CMARK_EVENT_ENTER && TypeOf(n) == CMARK_NODE_LINK) {
        const char* u = cmark_node_get_url(n);
        url = u != nullptr ? u : "";
        break;
      }
    }
    cmark_iter_free(it);
    return url;
  }

  void Inherit(StoryBuilder* b, const Context& ctx) {
    for (const std::string& p : ctx.principles) AddPrinciple(&b->story(), p, catalog_);
    for (const std::string& p : ctx.prompts) AddPrompt(&b->story(), p);
    for (const std::string& t : ctx.tags) AddTag(&b->story(), t);
    for (const ImportedComment& c : ctx.comments)
      AddComment(&b->story(), c.label, c.body);
  }

  // "Billing cut-over (Ownership, Dive Deep)": principles the catalog
  // knows in a trailing bracket move out of the title.
  std::string TitlePrinciples(std::string title, std::vector<std::string>* principles) {
    std::string_view t = Trim(title);
    if (t.empty() || t.back() != ')') return title;
    size_t open = t.rfind('(');
    if (open == std::string_view::npos || open == 0) return title;
    std::vector<std::string> names =
        SplitPrinciples(t.substr(open + 1, t.size() - open - 2), catalog_);
    if (names.empty()) return title;
    for (const std::string& n : names) {
      if (CatalogName(n, catalog_).empty()) return title;
    }
    *principles = names;
    return std::string(Trim(t.substr(0, open)));
  }

  static bool NamesTitle(const HeadChunks& chunks) {
    return std::any_of(chunks.body.begin(), chunks.body.end(), [](const Chunk& c) {
      return c.kind == LabelKind::kTitle && c.HasText();
    });
  }

  void Story(const Head& h, const HeadChunks& chunks, const Context& ctx, bool root) {
    StoryBuilder b(catalog_, file_, root ? FirstLine(chunks, h) : h.line);
    std::string theme;
    std::vector<std::string> own;
    // With a **Title:** line the heading is only a heading: it adds nothing.
    bool plain = root || NamesTitle(chunks);
    std::string title = root    ? (front_title_.empty() ? FileStem() : front_title_)
                        : plain ? h.text
                                : TitlePrinciples(HeadingTitle(h.text, &theme), &own);
    b.SetHeadingTitle(title);
    if (!plain) {
      if (IsQuestion(h.text)) b.SetHeadingQuestion(h.text);
      std::string principle = PrincipleOfHeading(h.text, catalog_);
      if (!principle.empty()) own.push_back(principle);
    }
    if (!theme.empty()) {
      if (!CatalogName(theme, catalog_).empty()) {
        own.push_back(theme);
      } else {
        AddTag(&b.story(), theme);
      }
    }
    for (const std::string& p : own) AddPrinciple(&b.story(), p, catalog_);
    for (const Chunk& c : chunks.body) Apply(&b, c);
    for (const auto& s : chunks.sections) {
      for (const Chunk& c : s) Apply(&b, c);
    }
    std::vector<Link> links = chunks.links;
    for (const auto& child : h.children) {
      if (ContainsStory(*child)) continue;
      ImportedText text{false, HeadText(*child, &links), {}};
      b.Add(ClassifyLabel(child->text) == LabelKind::kNone ? LabelKind::kUnknown
                                                           : ClassifyLabel(child->text),
            child->text, text);
    }
    Inherit(&b, ctx);
    AddLinks(&b, links);
    out_->stories.push_back(b.Finish());
  }

  static void Apply(StoryBuilder* b, const Chunk& c) {
    ImportedText t = c.Text();
    if (c.kind == LabelKind::kNone) {
      b->AddIntro(t);
    } else {
      b->Add(c.kind, c.label, t);
    }
  }

  static int FirstLine(const HeadChunks& chunks, const Head& h) {
    for (const Chunk& c : chunks.body) {
      if (c.kind != LabelKind::kNone) return c.line;
    }
    if (!h.sections.empty()) return h.sections[0].line;
    return 1;
  }

  // Link targets, which the story keeps only as text: a comment.
  static void AddLinks(StoryBuilder* b, const std::vector<Link>& links) {
    ImportedText t;
    t.list = true;
    for (const Link& l : links) {
      std::string line = l.text.empty() ? l.url : l.text + ": " + l.url;
      if (std::find(t.items.begin(), t.items.end(), line) == t.items.end())
        t.items.push_back(line);
    }
    if (!t.items.empty()) AddComment(&b->story(), "Links", t);
  }

  std::string FileStem() const {
    std::string_view f = file_;
    size_t slash = f.find_last_of('/');
    if (slash != std::string_view::npos) f = f.substr(slash + 1);
    size_t dot = f.find_last_of('.');
    if (dot != std::string_view::npos && dot > 0) f = f.substr(0, dot);
    return std::string(f);
  }

  std::string file_;
  const Catalog& catalog_;
  BankParse* out_;
  std::string front_title_;
  Context front_;
  std::map<const Head*, bool> contains_;
  std::vector<int> html_lines_;
  std::vector<const Head*> skipped_;
  const Head* first_skipped_ = nullptr;
  bool saw_labels_ = false;
};

// ---------------------------------------------------------------------------
// Front matter

// Splits off YAML front matter ("---" on the first line, up to "---" or
// "..."): returns its text and blanks its lines in `body`, so that line
// numbers stay those of the file. Empty when there is none.
std::string TakeFrontMatter(std::string* body) {
  if (body->compare(0, 4, "---\n") != 0) return "";
  size_t pos = 4;
  while (pos <= body->size()) {
    size_t eol = body->find('\n', pos);
    std::string_view line = std::string_view(*body).substr(
        pos, (eol == std::string::npos ? body->size() : eol) - pos);
    if (Trim(line) == "---" || Trim(line) == "...") {
      size_t end = eol == std::string::npos ? body->size() : eol;
      std::string front = body->substr(4, pos - 4);
      for (size_t i = 0; i < end; ++i) {
        if ((*body)[i] != '\n') (*body)[i] = ' ';
      }
      return front.empty() ? std::string("\n") : front;
    }
    if (eol == std::string::npos) break;
    pos = eol + 1;
  }
  return "";
}

std::vector<std::string> Strings(const YamlNode& v) {
  std::vector<std::string> out;
  if (v.kind == YamlNode::Kind::kScalar) out.push_back(v.value);
  if (v.kind == YamlNode::Kind::kSequence) {
    for (const YamlNode& i : v.items) {
      if (i.kind == YamlNode::Kind::kScalar) out.push_back(i.value);
    }
  }
  return out;
}

// Front matter keys: title, principles, tags and prompts where a story
// key takes them; every other key a comment for each story of the file.
void ReadFrontMatter(std::string_view file, const std::string& front,
                     const Catalog& catalog, std::string* title, Context* ctx,
                     BankParse* out) {
  YamlParseResult parsed = ParseYaml(file, front);
  if (!parsed.errors.empty() || parsed.documents.empty() ||
      parsed.documents[0].root.kind != YamlNode::Kind::kMap) {
    if (!Trim(front).empty()) {
      Diagnostic d =
          FileError(file, Mark{1, 1},
                    "the front matter is no YAML mapping; its lines are not imported");
      d.severity = Severity::kWarning;
      out->messages.push_back(std::move(d));
    }
    return;
  }
  const YamlNode& map = parsed.documents[0].root;
  for (size_t i = 0; i < map.MapSize(); ++i) {
    const std::string& key = map.Key(i).value;
    std::vector<std::string> values = Strings(map.Value(i));
    LabelKind kind = ClassifyLabel(key);
    if (kind == LabelKind::kTitle && !values.empty()) {
      *title = values[0];
    } else if (kind == LabelKind::kPrinciples) {
      for (const std::string& v : values) {
        for (const std::string& p : SplitPrinciples(v, catalog))
          ctx->principles.push_back(p);
      }
    } else if (kind == LabelKind::kTags || key == "aliases") {
      if (kind != LabelKind::kTags) {
        ctx->comments.push_back({key, ImportedText{true, "", values}});
        continue;
      }
      for (const std::string& v : values) {
        for (const std::string& t : SplitTags(v)) ctx->tags.push_back(t);
      }
    } else if (kind == LabelKind::kPrompts) {
      for (const std::string& v : values) ctx->prompts.push_back(v);
    } else if (!values.empty()) {
      ImportedText t = values.size() == 1 && map.Value(i).kind == YamlNode::Kind::kScalar
                           ? ImportedText{false, values[0], {}}
                           : ImportedText{true, "", values};
      ctx->comments.push_back({key, t});
    }
  }
}

// The error for a file without a story: what was there, what was looked for.
Diagnostic NoStory(std::string_view file, const Outline& outline,
                   const BankReader& reader) {
  std::string what;
  int line = 1;
  const Head* skipped = reader.first_skipped();
  if (reader.saw_labels()) {
    what = "its story sections are all empty";
  } else if (outline.headings() == 0) {
    what = "no headings and no section labels";
  } else if (skipped != nullptr && !skipped->text.empty()) {
    line = skipped->line;
    what = fmt::format("heading '{}' has no story sections", skipped->text);
  } else {
    what = fmt::format("{}, none with story sections",
                       outline.headings() == 1
                           ? std::string("1 heading")
                           : fmt::format("{} headings", outline.headings()));
  }
  return FileError(file, Mark{line, 1},
                   fmt::format("no story found: {}; {}", what, kLookedFor));
}

}  // namespace

BankParse ParseMarkdownBank(std::string_view file, std::string_view content,
                            const Catalog& catalog) {
  BankParse out;
  std::string body(content);
  std::string title;
  Context ctx;
  std::string front = TakeFrontMatter(&body);
  if (!front.empty()) ReadFrontMatter(file, front, catalog, &title, &ctx, &out);

  Document doc(body);
  Outline outline(doc.root);
  std::unique_ptr<Head> root = outline.Build();
  BankReader reader(file, catalog, &out);
  reader.SetFrontMatter(title, ctx);
  reader.Read(*root);
  if (!out.stories.empty() || !out.index.empty()) return out;
  // The per-heading warnings say what the error says once.
  out.messages.erase(std::remove_if(out.messages.begin(), out.messages.end(),
                                    [](const Diagnostic& d) {
                                      return d.severity == Severity::kWarning;
                                    }),
                     out.messages.end());
  out.messages.push_back(NoStory(file, outline, reader));
  return out;
}

}  // namespace starbank
