// Import: story banks kept in Markdown or CSV, read and written as one YAML
// story file each.
//
// ReadBanks reads every bank file (Markdown through cmark-gfm, CSV as RFC
// 4180) into ImportedStory values and applies index tables to the stories
// they name; PlanFiles names a new file for each story and renders it;
// WriteFiles writes them, never over a file. The summary says, per story,
// where it came from, where it went, the parts found, what went to
// comments and which principles the catalog does not know.
#ifndef STARBANK_IMPORT_IMPORT_H_
#define STARBANK_IMPORT_IMPORT_H_

#include <string>
#include <vector>

#include "import/imported.h"
#include "starbank/diagnostic.h"

namespace starbank {

class Catalog;

/// One imported story and the file it goes to.
struct ImportedFile {
  ImportedStory story;
  std::string path;  ///< DIR/slug.yaml, or slug-2.yaml, ... when taken.
  std::string yaml;  ///< The file's text.
  bool written = false;
};

struct ImportResult {
  std::vector<ImportedFile> files;
  /// Per bank file: errors (the file gave no story), warnings (a part of it
  /// was skipped) and notes, each at file:line:col.
  std::vector<Diagnostic> messages;
  /// Failures to write, each naming its path ("cannot write 'x': ...").
  std::vector<std::string> write_errors;
  size_t sources = 0;   ///< Bank files read or tried.
  size_t imported = 0;  ///< Bank files that gave at least one story.

  /// Whether any bank file failed or any write did: exit status 2.
  bool failed() const;
};

/// The largest bank file read (16 MiB): a bank of thousands of stories.
constexpr size_t kMaxBankBytes = 16u << 20;

/// Reads the bank files at `paths` (a folder: its Markdown, text and CSV
/// files, hidden ones skipped), checks each is UTF-8 text, drops a BOM and
/// CRLF line ends, reads it as CSV (.csv, .tsv) or Markdown (anything
/// else), then applies index rows to the stories they name. A file that
/// cannot be read or holds no story gives an error; the others are still
/// read.
ImportResult ReadBanks(const std::vector<std::string>& paths, const Catalog& catalog);

/// Reads one bank from text already in hand (`file` names it and picks
/// CSV or Markdown by its extension); what ReadBanks does per file.
BankParse ReadBank(const std::string& file, std::string content, const Catalog& catalog);

/// Names a file in `dir` for each story, from its title as `starbank new`
/// names files (Slugify), with -2, -3, ... when the name is taken on disk
/// or by an earlier story of the run, and renders its YAML.
void PlanFiles(const std::string& dir, ImportResult* result);

/// Creates `dir` and writes each planned file through WriteFileAtomic,
/// never over an existing file: a name taken since PlanFiles moves on to
/// the next suffix. Failures go to result->write_errors.
void WriteFiles(const std::string& dir, ImportResult* result);

/// The summary table (source file:line, story file, parts found, comments,
/// principles not in the catalog), the count, and the `starbank lint` line
/// to run next. `dry_run` says nothing was written.
std::string RenderImportSummary(const ImportResult& result, const std::string& dir,
                                bool dry_run);

/// The same as JSON (`--format json`), messages included, versioned.
std::string RenderImportJson(const ImportResult& result, const std::string& dir,
                             bool dry_run);

/// "starbank lint DIR", DIR quoted for a shell where it needs it.
std::string LintCommand(const std::string& dir);

}  // namespace starbank

#endif  // STARBANK_IMPORT_IMPORT_H_
