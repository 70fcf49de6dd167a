// ImportedStory: one story read from a Markdown or CSV bank, on its way to
// a YAML story file. StoryBuilder fills it from labelled pieces of text in
// the order a bank holds them, whatever the layout: each piece goes to its
// story key, or, when no key takes it, to a comment block named by its
// label, so nothing the bank held is lost.
#ifndef STARBANK_IMPORT_IMPORTED_H_
#define STARBANK_IMPORT_IMPORTED_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "import/labels.h"
#include "starbank/diagnostic.h"
#include "starbank/story.h"

namespace starbank {

class Catalog;

/// A part's text as the bank held it: prose, or a list of items.
struct ImportedText {
  bool list = false;
  std::string text;                ///< When !list: lines as written.
  std::vector<std::string> items;  ///< When list: one entry per item.

  bool empty() const;
  /// The text; a list as "- item" lines.
  std::string Flat() const;
  /// Appends `more` after a blank line (two lists: their items joined).
  void Append(const ImportedText& more);
};

/// Text with no story key, kept as a comment named by its label.
struct ImportedComment {
  std::string label;  ///< As written ("Tension", "Company").
  ImportedText body;
};

struct ImportedFollowup {
  std::string question;
  std::string answer;
};

struct ImportedStory {
  std::string source;  ///< The bank file.
  int line = 0;        ///< Where the story starts in it (heading, row).
  std::string title;
  std::string id;  ///< Only when the bank names one.
  /// Catalog names where the catalog knows them, else as written.
  std::vector<std::string> principles;
  /// The principles above that the catalog does not know.
  std::vector<std::string> unknown_principles;
  std::vector<std::string> prompts;
  std::vector<std::string> tags;
  ImportedText parts[kPartCount];  ///< Indexed by Part.
  ImportedText tradeoffs;
  std::vector<ImportedFollowup> followups;
  std::vector<ImportedComment> comments;
  /// Each label found, as written, and the key it went to ("" for a
  /// comment), in the bank's order: the summary's "sections found".
  std::vector<std::pair<std::string, std::string>> labels;
  /// What the reader should know about this story ("'S' adds to the
  /// situation already given; the two are joined").
  std::vector<std::string> notes;

  const ImportedText& part(Part p) const { return parts[static_cast<int>(p)]; }
  ImportedText& part(Part p) { return parts[static_cast<int>(p)]; }
  /// Whether any of situation, task, action, result and learning holds text.
  bool HasStarText() const;
};

/// Adds a principle written as `name`: the catalog's name when it knows it
/// (see CatalogName), else `name` as written, recorded as unknown. Repeats
/// of a principle already there are dropped.
void AddPrinciple(ImportedStory* story, std::string_view name, const Catalog& catalog);
/// Adds a prompt or tag unless the story already has it (any case).
void AddPrompt(ImportedStory* story, std::string_view prompt);
void AddTag(ImportedStory* story, std::string_view tag);
/// Adds a comment block unless one with the same label and text is there.
void AddComment(ImportedStory* story, std::string_view label, const ImportedText& body);

/// Follow-up pairs from a Follow-ups part: "Q: ... A: ..." lines (or
/// "Question:" / "Answer:"), one pair per list item or per Q line; items
/// or lines without either label are questions without an answer.
std::vector<ImportedFollowup> ParseFollowups(const ImportedText& text);

/// Text from a CSV or table cell: a list when every non-empty line starts
/// with "- ", "* ", "• " or "1. ", else the text as written.
ImportedText CellText(std::string_view cell);

/// A column of a table or CSV header: its label as written and its kind
/// (kUnknown for a label starbank does not know).
struct Column {
  std::string label;
  LabelKind kind = LabelKind::kUnknown;
};

/// The columns a header row names; a blank cell is "Column N".
std::vector<Column> HeaderColumns(const std::vector<std::string>& cells);
/// Whether some column holds situation, task, action, result or learning:
/// each row is then a story.
bool HasStarColumn(const std::vector<Column>& columns);
/// Whether the columns make an index: a title column and a principles,
/// tags, prompts or id column, each row naming a story told elsewhere.
bool IsIndexHeader(const std::vector<Column>& columns);

/// Whether the columns are those of a table `starbank export` writes (the
/// cheat sheet's "Best story per principle" and "Bank"): their Score, Time,
/// File and Lead result are computed from the stories, not kept.
bool IsExportTable(const std::vector<Column>& columns);

/// A row of an index table: what it says about the story it names.
struct IndexRow {
  std::string source;
  int line = 0;
  std::string title;  ///< The story's title, as the row names it.
  std::string link;   ///< The file or note the title links to, if any.
  std::vector<std::pair<Column, ImportedText>> values;  ///< The other cells.
};

/// What one bank file gives: its stories, its index rows, and messages
/// (errors for the file as a whole, warnings and notes for parts skipped).
struct BankParse {
  std::vector<ImportedStory> stories;
  std::vector<IndexRow> index;
  std::vector<Diagnostic> messages;
};

/// The message's tail for a bank with no story: what was looked for.
extern const char* const kLookedFor;

/// Builds one story from labelled pieces in the bank's order.
class StoryBuilder {
 public:
  StoryBuilder(const Catalog& catalog, std::string source, int line);

  /// Adds one row under `columns`: each cell read with CellText, a cell
  /// past the last column as "Column N".
  void AddRow(const std::vector<Column>& columns, const std::vector<std::string>& cells);

  /// The title from the story's heading (numbering already dropped); an
  /// explicit Title label wins over it.
  void SetHeadingTitle(std::string title);
  /// Adds a piece under `label` (as written) of `kind`: a part, a field
  /// (principles, tags, ...) or a comment. An empty piece only records
  /// that the label was seen.
  void Add(LabelKind kind, std::string_view label, const ImportedText& body);
  /// Text before the first label: kept as a comment named "Intro".
  void AddIntro(const ImportedText& body);
  /// A question from the story's own heading: a prompt unless the story
  /// names its title or prompts explicitly.
  void SetHeadingQuestion(std::string question);

  ImportedStory& story() { return story_; }
  const Catalog& catalog() const { return catalog_; }
  /// The finished story (call once).
  ImportedStory Finish();

 private:
  void AddPart(LabelKind kind, std::string_view label, const ImportedText& body,
               ImportedText* into);

  const Catalog& catalog_;
  ImportedStory story_;
  bool explicit_title_ = false;
  bool explicit_prompts_ = false;
  std::string heading_question_;
};

}  // namespace starbank

#endif  // STARBANK_IMPORT_IMPORTED_H_
