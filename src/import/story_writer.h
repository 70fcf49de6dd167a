// StoryWriter: an ImportedStory as the text of a YAML story file.
#ifndef STARBANK_IMPORT_STORY_WRITER_H_
#define STARBANK_IMPORT_STORY_WRITER_H_

#include <string>
#include <string_view>

#include "import/imported.h"

namespace starbank {

/// The story file: a first comment naming the bank and line it came from,
/// then id (when named), title, principles, prompts, situation, task,
/// action, result, learning, tradeoffs, followups and tags, and last a
/// comment block for each piece no key takes, named by its label. Text is
/// kept as it is: parts as `|` blocks (a list as a list), one-line values
/// plain where YAML reads them back unchanged and double-quoted otherwise,
/// control characters escaped. LoadStories reads every value back as it
/// was given (a block gains its final newline).
std::string RenderStoryYaml(const ImportedStory& story);

/// `text` as a YAML scalar that reads back as `text`: plain where that is
/// safe (in a flow list too, when `flow`), else double-quoted.
std::string YamlScalar(std::string_view text, bool flow = false);

}  // namespace starbank

#endif  // STARBANK_IMPORT_STORY_WRITER_H_
