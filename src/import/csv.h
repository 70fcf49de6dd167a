// CSV banks: a spreadsheet of stories, one row each, under a header row
// that names the columns (Title, Principles, Situation, Task, Action,
// Result, Learning, Tags, or anything else, which is kept as a comment).
//
// The reader follows RFC 4180: fields separated by commas (or the ';' or
// tab a spreadsheet chose), quoted fields holding separators, doubled
// quotes and line breaks, CRLF or LF between records.
#ifndef STARBANK_IMPORT_CSV_H_
#define STARBANK_IMPORT_CSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "import/imported.h"
#include "starbank/diagnostic.h"

namespace starbank {

class Catalog;

/// One field of a record, unquoted, and where it starts (1-based).
struct CsvField {
  std::string text;
  int line = 0;
  int column = 0;
};

/// The records of `content`. False, with `error` at the line and column of
/// the fault, for a quoted field never closed or text after a closing quote.
bool ReadCsv(std::string_view file, std::string_view content, char delimiter,
             std::vector<std::vector<CsvField>>* records, Diagnostic* error);

/// The separator the first record uses: ',', ';' or tab, whichever it holds
/// most of outside quotes; ',' when it holds none.
char GuessDelimiter(std::string_view content);

/// Reads the stories in CSV file `file` (`tab` for a .tsv file). A file
/// whose header names no story part, or whose rows are all empty there,
/// gives an error that says what was looked for.
BankParse ParseCsvBank(std::string_view file, std::string_view content,
                       const Catalog& catalog, bool tab = false);

}  // namespace starbank

#endif  // STARBANK_IMPORT_CSV_H_
