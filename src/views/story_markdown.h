// StoryMarkdown: stories written out in full as Markdown, in the layout
// `starbank import` reads back to the same stories: a heading per story,
// its metadata as **Principles:** / **Tags:** / **Prompts:** lines, and
// its parts as sub-headings (#### Situation), lists kept as lists.
#ifndef STARBANK_VIEWS_STORY_MARKDOWN_H_
#define STARBANK_VIEWS_STORY_MARKDOWN_H_

#include <string>
#include <string_view>

namespace starbank {

class Catalog;

/// The stories of one story file (`file`, its text `content`) as Markdown,
/// each under a "### Title" heading. Text is escaped so that a CommonMark
/// reader gives it back as written; control characters are shown escaped
/// (Printable). Empty when the file holds no story.
std::string RenderStoryFileMarkdown(std::string_view file, std::string_view content,
                                    const Catalog& catalog);

/// Escapes one line of story text for Markdown: every character that
/// could start markup is backslash-escaped, and so are list, heading and
/// thematic-break markers at the line's start.
std::string MarkdownEscape(std::string_view line);

}  // namespace starbank

#endif  // STARBANK_VIEWS_STORY_MARKDOWN_H_
