// Template: a new story's file, from data/template.yaml.
#ifndef STARBANK_VIEWS_TEMPLATE_H_
#define STARBANK_VIEWS_TEMPLATE_H_

#include <string>
#include <string_view>
#include <vector>

#include "starbank/catalog.h"

namespace starbank {

/// A file name stem from a title: lowercase ASCII letters and digits joined
/// by single hyphens, at most 60 characters, cut at a word; "story" if empty.
std::string Slugify(std::string_view title);

/// The STAR-L template (data/template.yaml) filled in for `title` and
/// `principles`: guiding comments per section and the principles' prompts
/// and follow-ups as commented suggestions. The result loads without errors.
std::string RenderStoryTemplate(std::string_view title,
                                const std::vector<const Principle*>& principles);

/// Quotes `text` as a YAML double-quoted scalar.
std::string YamlQuote(std::string_view text);

}  // namespace starbank

#endif  // STARBANK_VIEWS_TEMPLATE_H_
