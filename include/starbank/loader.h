// Loader: turns the text of a story file into Stories.
//
// A file holds one story (a mapping), a list of stories, or several `---`
// documents. The loader never throws and never stops at the first problem
// it can step over: a wrong-typed field is reported and left out, the rest
// of the story is still loaded, so lint can report everything at once.
#ifndef STARBANK_LOADER_H_
#define STARBANK_LOADER_H_

#include <string>
#include <string_view>
#include <vector>

#include "starbank/diagnostic.h"
#include "starbank/story.h"
#include "starbank/yaml_tree.h"

namespace starbank {

struct LoadResult {
  std::vector<Story> stories;
  std::vector<Diagnostic> errors;
  /// False when the file parsed but has no story keys at its top level
  /// (a CI config, say): skipped when found by walking a directory.
  bool has_story_keys = true;
};

/// The keys a story may have, in the order the spec lists them.
const std::vector<std::string>& StoryKeys();

/// The story key `name` (an unknown key, any case) most likely meant, or ""
/// when none is close. `clear` (optional) is set to whether that key is the
/// only one this close: a fix may rename only then. unknown-field's
/// did-you-mean and `lint --fix` both ask here.
std::string SuggestStoryKey(std::string_view name, bool* clear = nullptr);

/// Loads every story in `content`; `file` is used for ids and messages.
LoadResult LoadStories(std::string_view file, std::string_view content,
                       const YamlLimits& limits = {});

}  // namespace starbank

#endif  // STARBANK_LOADER_H_
