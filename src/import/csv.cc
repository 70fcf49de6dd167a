#include "import/csv.h"

#include <fmt/format.h>

#include <algorithm>

#include "import/labels.h"
#include "starbank/catalog.h"
#include "text/printable.h"

namespace starbank {
namespace {

// Walks the text keeping the line and column (in characters) of the byte
// it is at.
class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}
  bool done() const { return i_ >= s_.size(); }
  char peek(size_t ahead = 0) const {
    return i_ + ahead < s_.size() ? s_[i_ + ahead] : '\0';
  }
  int line() const { return line_; }
  int column() const { return column_; }
  Mark mark() const { return Mark{line_, column_}; }

  // Steps over one byte; a line end ("\r\n", "\n" or "\r") as one step.
  void next() {
    char c = s_[i_++];
    if (c == '\r' && peek() == '\n') ++i_;
    if (c == '\n' || c == '\r') {
      ++line_;
      column_ = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++column_;  // a character's first byte; its continuation bytes add none
    }
  }
  bool at_line_end() const { return peek() == '\n' || peek() == '\r'; }

 private:
  std::string_view s_;
  size_t i_ = 0;
  int line_ = 1;
  int column_ = 1;
};

std::string Shown(char c) { return Printable(std::string_view(&c, 1)); }

bool QuotedField(std::string_view file, Cursor* in, char delimiter, CsvField* field,
                 Diagnostic* error) {
  Mark open = in->mark();
  in->next();  // the opening quote
  for (;;) {
    if (in->done()) {
      *error =
          FileError(file, open,
                    "quoted field never closed: the quote opened here runs to the end of "
                    "the file");
      return false;
    }
    char c = in->peek();
    if (c == '"' && in->peek(1) == '"') {
      field->text += '"';
      in->next();
      in->next();
    } else if (c == '"') {
      in->next();
      break;
    } else if (in->at_line_end()) {
      field->text += '\n';
      in->next();
    } else {
      field->text += c;
      in->next();
    }
  }
  while (in->peek() == ' ' || in->peek() == '\t') {
    if (delimiter == '\t' && in->peek() == '\t') break;
    in->next();
  }
  if (!in->done() && in->peek() != delimiter && !in->at_line_end()) {
    *error = FileError(
        file, in->mark(),
        fmt::format(
            "unexpected '{}' after the closing quote of a field; a quote inside a "
            "quoted field is written twice (\"\")",
            Shown(in->peek())));
    return false;
  }
  return true;
}

}  // namespace

bool ReadCsv(std::string_view file, std::string_view content, char delimiter,
             std::vector<std::vector<CsvField>>* records, Diagnostic* error) {
  Cursor in(content);
  records->clear();
  if (in.done()) return true;
  std::vector<CsvField> record;
  for (;;) {
    CsvField field;
    field.line = in.line();
    field.column = in.column();
    if (in.peek() == '"') {
      if (!QuotedField(file, &in, delimiter, &field, error)) return false;
    } else {
      while (!in.done() && in.peek() != delimiter && !in.at_line_end()) {
        field.text += in.peek();
        in.next();
      }
    }
    record.push_back(std::move(field));
    if (!in.done() && in.peek() == delimiter) {
      in.next();
      continue;
    }
    records->push_back(std::move(record));
    record.clear();
    if (in.done()) return true;
    in.next();  // the line end
    if (in.done()) return true;
  }
}

char GuessDelimiter(std::string_view content) {
  size_t counts[3] = {0, 0, 0};
  const char kCandidates[3] = {',', ';', '\t'};
  bool quoted = false;
  for (char c : content) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    for (int i = 0; i < 3; ++i) counts[i] += c == kCandidates[i];
  }
  int best = 0;
  for (int i = 1; i < 3; ++i) {
    if (counts[i] > counts[best]) best = i;
  }
  return kCandidates[best];
}

namespace {

std::vector<std::string> Texts(const std::vector<CsvField>& record) {
  std::vector<std::string> out;
  for (const CsvField& f : record) out.push_back(f.text);
  return out;
}

bool Blank(const std::vector<CsvField>& record) {
  return std::all_of(record.begin(), record.end(),
                     [](const CsvField& f) { return Trim(f.text).empty(); });
}

std::string Names(const std::vector<Column>& columns) {
  std::string out;
  for (size_t i = 0; i < columns.size() && i < 8; ++i) {
    out += (i > 0 ? ", '" : "'") + columns[i].label + "'";
  }
  if (columns.size() > 8) out += ", ...";
  return out;
}

void IndexRows(std::string_view file, const std::vector<Column>& columns,
               const std::vector<std::vector<CsvField>>& records, size_t from,
               BankParse* out) {
  for (size_t r = from; r < records.size(); ++r) {
    if (Blank(records[r])) continue;
    IndexRow row;
    row.source = std::string(file);
    row.line = records[r][0].line;
    for (size_t i = 0; i < records[r].size() && i < columns.size(); ++i) {
      const std::string& cell = records[r][i].text;
      if (columns[i].kind == LabelKind::kTitle && row.title.empty()) {
        row.title = WikilinkTarget(cell);
        if (std::string(Trim(cell)).compare(0, 2, "[[") == 0) row.link = row.title;
      } else if (!Trim(cell).empty()) {
        row.values.emplace_back(columns[i], CellText(cell));
      }
    }
    if (!Trim(row.title).empty()) out->index.push_back(std::move(row));
  }
}

}  // namespace

BankParse ParseCsvBank(std::string_view file, std::string_view content,
                       const Catalog& catalog, bool tab) {
  BankParse out;
  std::vector<std::vector<CsvField>> records;
  Diagnostic error;
  if (!ReadCsv(file, content, tab ? '\t' : GuessDelimiter(content), &records, &error)) {
    out.messages.push_back(std::move(error));
    return out;
  }
  size_t header = 0;
  while (header < records.size() && Blank(records[header])) ++header;
  if (header == records.size()) {
    out.messages.push_back(
        FileError(file, Mark{1, 1}, "the file is empty; nothing to import"));
    return out;
  }
  std::vector<Column> columns = HeaderColumns(Texts(records[header]));
  Mark at{records[header][0].line, 1};
  if (!HasStarColumn(columns)) {
    if (IsIndexHeader(columns)) {
      IndexRows(file, columns, records, header + 1, &out);
      return out;
    }
    out.messages.push_back(FileError(
        file, at,
        fmt::format(
            "no story found: the header row names no story section ({}); looked for "
            "columns Situation, Task, Action and Result (or S, T, A, R), one row a story",
            Names(columns))));
    return out;
  }
  size_t rows = 0;
  for (size_t r = header + 1; r < records.size(); ++r) {
    if (Blank(records[r])) continue;
    ++rows;
    StoryBuilder b(catalog, std::string(file), records[r][0].line);
    b.AddRow(columns, Texts(records[r]));
    ImportedStory story = b.Finish();
    if (story.HasStarText()) {
      out.stories.push_back(std::move(story));
      continue;
    }
    Diagnostic d = FileError(file, Mark{records[r][0].line, 1},
                             "row has no text under Situation, Task, Action, Result or "
                             "Learning; not imported");
    d.severity = Severity::kWarning;
    out.messages.push_back(std::move(d));
  }
  if (out.stories.empty()) {
    out.messages.clear();
    out.messages.push_back(FileError(
        file, at,
        rows == 0
            ? std::string("no story found: the header row is the only row")
            : fmt::format("no story found: {} {}, none with text under Situation, Task, "
                          "Action, Result or Learning",
                          rows, rows == 1 ? "row" : "rows")));
  }
  return out;
}

}  // namespace starbank
