#include "import/imported.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "starbank/catalog.h"
#include "text/tokens.h"

namespace starbank {
namespace {

bool SameFolded(std::string_view a, std::string_view b) {
  return ToLower(FoldSpace(a)) == ToLower(FoldSpace(b));
}

// The length of a list marker ("- ", "* ", "• ", "12. ", "3) ") at the
// start of `line`, or 0.
size_t BulletLength(std::string_view line) {
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') &&
      line[1] == ' ') {
    return 2;
  }
  if (line.compare(0, 4, "\xE2\x80\xA2 ") == 0) return 4;  // "• "
  size_t d = 0;
  while (d < line.size() && std::isdigit(static_cast<unsigned char>(line[d]))) ++d;
  if (d > 0 && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') &&
      line[d + 1] == ' ') {
    return d + 2;
  }
  return 0;
}

std::vector<std::string_view> Lines(std::string_view text) {
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

// "Q: text" / "Question - text" -> 'q' and the text; 'a' likewise; 0 if neither.
char QaLabel(std::string_view line, std::string_view* rest) {
  line = Trim(line);
  for (auto [word, kind] : {std::pair<std::string_view, char>{"question", 'q'},
                            {"answer", 'a'},
                            {"q", 'q'},
                            {"a", 'a'}}) {
    if (line.size() <= word.size()) continue;
    if (ToLower(line.substr(0, word.size())) != word) continue;
    std::string_view after = Trim(line.substr(word.size()));
    if (after.empty() || (after[0] != ':' && after[0] != '.')) continue;
    *rest = Trim(after.substr(1));
    return kind;
  }
  return 0;
}

void AppendLine(std::string* to, std::string_view line) {
  if (!to->empty()) *to += '\n';
  *to += std::string(line);
}

// Follow-ups in text that uses Q/A labels; empty when it uses none.
std::vector<ImportedFollowup> QaPairs(std::string_view text) {
  std::vector<ImportedFollowup> out;
  char mode = 0;
  for (std::string_view line : Lines(text)) {
    std::string_view rest;
    char kind = QaLabel(line, &rest);
    if (kind == 'q') {
      out.push_back({std::string(rest), ""});
      mode = 'q';
    } else if (kind == 'a') {
      if (out.empty() || mode == 'a') out.push_back({"", ""});
      out.back().answer = std::string(rest);
      mode = 'a';
    } else if (mode != 0) {
      AppendLine(mode == 'q' ? &out.back().question : &out.back().answer, line);
    } else if (!Trim(line).empty()) {
      return {};  // text before any label: not Q/A text
    }
  }
  for (ImportedFollowup& f : out) {
    f.question = std::string(Trim(f.question));
    f.answer = std::string(Trim(f.answer));
  }
  return out;
}

}  // namespace

const char* const kLookedFor =
    "looked for Situation, Task, Action and Result (or S, T, A, R) as sub-headings "
    "(### Situation), bold labels (**S:**, **Situation:**), labels at a line's start "
    "(Situation:), inline (S) ... (T) ... (A) ... (R), or table columns";

std::vector<Column> HeaderColumns(const std::vector<std::string>& cells) {
  std::vector<Column> out;
  for (size_t i = 0; i < cells.size(); ++i) {
    std::string label = CleanLabel(cells[i]);
    if (label.empty()) label = "Column " + std::to_string(i + 1);
    LabelKind kind = ClassifyLabel(label);
    out.push_back(Column{label, kind == LabelKind::kNone ? LabelKind::kUnknown : kind});
  }
  return out;
}

bool HasStarColumn(const std::vector<Column>& columns) {
  return std::any_of(columns.begin(), columns.end(),
                     [](const Column& c) { return IsStarKind(c.kind); });
}

bool IsIndexHeader(const std::vector<Column>& columns) {
  bool title = false, field = false;
  for (const Column& c : columns) {
    title = title || c.kind == LabelKind::kTitle;
    field = field || c.kind == LabelKind::kPrinciples || c.kind == LabelKind::kTags ||
            c.kind == LabelKind::kPrompts || c.kind == LabelKind::kId;
  }
  return title && field;
}

bool IsExportTable(const std::vector<Column>& columns) {
  std::string labels;
  for (const Column& c : columns) labels += c.label + "|";
  return labels == "Principle|Story|Lead result|Time|" ||
         labels == "Story|Principles|Score|Time|File|";
}

bool ImportedText::empty() const {
  if (!list) return Trim(text).empty();
  return std::all_of(items.begin(), items.end(),
                     [](const std::string& i) { return Trim(i).empty(); });
}

std::string ImportedText::Flat() const {
  if (!list) return text;
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += '\n';
    out += "- ";
    for (char c : item) {
      out += c;
      if (c == '\n') out += "  ";
    }
  }
  return out;
}

void ImportedText::Append(const ImportedText& more) {
  if (more.empty()) return;
  if (empty()) {
    *this = more;
    return;
  }
  if (list && more.list) {
    items.insert(items.end(), more.items.begin(), more.items.end());
    return;
  }
  text = Flat() + "\n\n" + more.Flat();
  items.clear();
  list = false;
}

bool ImportedStory::HasStarText() const {
  return std::any_of(std::begin(parts), std::end(parts),
                     [](const ImportedText& t) { return !t.empty(); });
}

void AddPrinciple(ImportedStory* story, std::string_view name, const Catalog& catalog) {
  std::string written(Trim(name));
  if (written.empty()) return;
  std::string known = CatalogName(written, catalog);
  std::string shown = known.empty() ? WikilinkTarget(written) : known;
  for (const std::string& p : story->principles) {
    if (FoldName(p) == FoldName(shown)) return;
  }
  story->principles.push_back(shown);
  if (known.empty()) story->unknown_principles.push_back(shown);
}

void AddPrompt(ImportedStory* story, std::string_view prompt) {
  std::string_view p = Trim(prompt);
  if (p.empty()) return;
  for (const std::string& q : story->prompts) {
    if (SameFolded(q, p)) return;
  }
  story->prompts.emplace_back(p);
}

void AddTag(ImportedStory* story, std::string_view tag) {
  std::string_view t = Trim(tag);
  if (!t.empty() && t[0] == '#') t = Trim(t.substr(1));
  if (t.empty()) return;
  for (const std::string& have : story->tags) {
    if (SameFolded(have, t)) return;
  }
  story->tags.emplace_back(t);
}

void AddComment(ImportedStory* story, std::string_view label, const ImportedText& body) {
  if (body.empty()) return;
  for (const ImportedComment& c : story->comments) {
    if (c.label == label && c.body.Flat() == body.Flat()) return;
  }
  story->comments.push_back(ImportedComment{std::string(label), body});
}

std::vector<ImportedFollowup> ParseFollowups(const ImportedText& text) {
  std::vector<ImportedFollowup> out;
  if (text.list) {
    for (const std::string& item : text.items) {
      std::vector<ImportedFollowup> pairs = QaPairs(item);
      if (pairs.empty() && !Trim(item).empty())
        pairs.push_back({std::string(Trim(item)), ""});
      out.insert(out.end(), pairs.begin(), pairs.end());
    }
    return out;
  }
  out = QaPairs(text.text);
  if (!out.empty()) return out;
  for (std::string_view line : Lines(text.text)) {
    if (!Trim(line).empty()) out.push_back({std::string(Trim(line)), ""});
  }
  return out;
}

ImportedText CellText(std::string_view cell) {
  ImportedText out;
  std::vector<std::string> items;
  bool all_bullets = true;
  for (std::string_view line : Lines(cell)) {
    std::string_view t = Trim(line);
    if (t.empty()) continue;
    size_t n = BulletLength(t);
    if (n == 0) {
      all_bullets = false;
      break;
    }
    items.emplace_back(Trim(t.substr(n)));
  }
  if (all_bullets && !items.empty()) {
    out.list = true;
    out.items = std::move(items);
  } else {
    out.text = std::string(Trim(cell));
  }
  return out;
}

StoryBuilder::StoryBuilder(const Catalog& catalog, std::string source, int line)
    : catalog_(catalog) {
  story_.source = std::move(source);
  story_.line = line;
}

void StoryBuilder::AddRow(const std::vector<Column>& columns,
                          const std::vector<std::string>& cells) {
  for (size_t i = 0; i < cells.size(); ++i) {
    Column extra{"Column " + std::to_string(i + 1), LabelKind::kUnknown};
    const Column& c = i < columns.size() ? columns[i] : extra;
    Add(c.kind, c.label, CellText(cells[i]));
  }
}

void StoryBuilder::SetHeadingTitle(std::string title) {
  if (!explicit_title_) story_.title = std::move(title);
}

void StoryBuilder::SetHeadingQuestion(std::string question) {
  heading_question_ = std::move(question);
}

void StoryBuilder::AddIntro(const ImportedText& body) {
  AddComment(&story_, "Intro", body);
}

void StoryBuilder::AddPart(LabelKind kind, std::string_view label,
                           const ImportedText& body, ImportedText* into) {
  story_.labels.emplace_back(CleanLabel(label), KeyOf(kind));
  if (!into->empty() && !body.empty()) {
    story_.notes.push_back(
        fmt::format("'{}' adds to the {} already given; the two are joined",
                    CleanLabel(label), KeyOf(kind)));
  }
  into->Append(body);
}

void StoryBuilder::Add(LabelKind kind, std::string_view label, const ImportedText& body) {
  std::string first_line(Trim(body.list ? (body.items.empty() ? "" : body.items[0])
                                        : body.text.substr(0, body.text.find('\n'))));
  switch (kind) {
    case LabelKind::kSituation:
    case LabelKind::kTask:
    case LabelKind::kAction:
    case LabelKind::kResult:
    case LabelKind::kLearning:
      AddPart(
          kind, label, body,
          &story_
               .parts[static_cast<int>(kind) - static_cast<int>(LabelKind::kSituation)]);
      return;
    case LabelKind::kTradeoffs:
      AddPart(kind, label, body, &story_.tradeoffs);
      return;
    case LabelKind::kFollowups:
      story_.labels.emplace_back(CleanLabel(label), "followups");
      for (ImportedFollowup& f : ParseFollowups(body))
        story_.followups.push_back(std::move(f));
      return;
    case LabelKind::kTitle:
      if (first_line.empty()) break;
      story_.title = first_line;
      explicit_title_ = true;
      // A multi-line title keeps the rest as a comment.
      if (!body.list && body.text.find('\n') != std::string::npos) {
        ImportedText rest{
            false, std::string(Trim(body.text.substr(body.text.find('\n')))), {}};
        AddComment(&story_, CleanLabel(label), rest);
      }
      break;
    case LabelKind::kPrinciples: {
      std::vector<std::string> values =
          body.list ? body.items : std::vector<std::string>{body.text};
      for (const std::string& v : values) {
        for (const std::string& name : SplitPrinciples(v, catalog_)) {
          AddPrinciple(&story_, name, catalog_);
        }
      }
      break;
    }
    case LabelKind::kPrompts:
      explicit_prompts_ = true;
      if (body.list) {
        for (const std::string& p : body.items) AddPrompt(&story_, p);
      } else {
        for (const std::string& p : SplitPrompts(body.text)) AddPrompt(&story_, p);
      }
      break;
    case LabelKind::kTags:
      if (body.list) {
        for (const std::string& t : body.items) AddTag(&story_, t);
      } else {
        for (const std::string& t : SplitTags(body.text)) AddTag(&story_, t);
      }
      break;
    case LabelKind::kId:
      if (!first_line.empty()) story_.id = first_line;
      break;
    case LabelKind::kNone:
      AddIntro(body);
      return;
    case LabelKind::kCommentText:
    case LabelKind::kCommentField:
    case LabelKind::kUnknown:
      if (!body.empty()) story_.labels.emplace_back(CleanLabel(label), "");
      AddComment(&story_, CleanLabel(label), body);
      return;
  }
  story_.labels.emplace_back(CleanLabel(label), KeyOf(kind));
}

ImportedStory StoryBuilder::Finish() {
  if (!explicit_title_ && !heading_question_.empty()) {
    story_.prompts.insert(story_.prompts.begin(), heading_question_);
    // Drop a repeat the bank also listed.
    for (size_t i = 1; i < story_.prompts.size(); ++i) {
      if (SameFolded(story_.prompts[i], heading_question_)) {
        story_.prompts.erase(story_.prompts.begin() + static_cast<long>(i));
        break;
      }
    }
  }
  return std::move(story_);
}

}  // namespace starbank
