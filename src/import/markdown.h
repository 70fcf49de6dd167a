// Markdown banks: the stories in a Markdown file, read from the document
// tree cmark-gfm (with its table extension) builds.
//
// Headings make an outline. A heading is a story when it, or its
// sub-headings, hold Situation/Task/Action/Result parts: as sub-headings
// (### Situation), bold labels (**S:**), labels at a line's start
// (Situation:) or inline (S) ... (R) markers. A heading above stories that
// names a principle, or asks a question, gives it to every story below;
// metadata lines (**LP:**, **Tags:**) give theirs to the story they sit
// in. Tables whose columns name parts are a story a row; tables with a
// title and a principles column are an index for stories told elsewhere.
#ifndef STARBANK_IMPORT_MARKDOWN_H_
#define STARBANK_IMPORT_MARKDOWN_H_

#include <string_view>

#include "import/imported.h"

namespace starbank {

class Catalog;

/// Reads the stories in `content`, the text of Markdown file `file`
/// (UTF-8, a BOM and CRLF line ends allowed; YAML front matter read as
/// metadata for its stories). A file without a story gives an error that
/// says what was looked for; headings with text that is no story give a
/// warning each.
BankParse ParseMarkdownBank(std::string_view file, std::string_view content,
                            const Catalog& catalog);

}  // namespace starbank

#endif  // STARBANK_IMPORT_MARKDOWN_H_
