// Exclude globs: the one matcher for `exclude:` patterns.
#ifndef STARBANK_IO_GLOB_H_
#define STARBANK_IO_GLOB_H_

#include <string>

namespace starbank {

/// Whether `glob` matches `rel`, a '/'-separated path relative to the folder
/// the glob is anchored at, much as .gitignore does: a glob without '/'
/// (trailing ones aside: "drafts/", "*.wip.yaml") matches any file or folder
/// name along the path; one with '/' ("stories/old/**") is anchored; a
/// leading "**/" also matches at the top ("**/drafts/" matches "drafts/a");
/// a folder matches everything below it; '*' also crosses '/'; a leading
/// "./" is ignored.
bool GlobMatches(const std::string& glob, const std::string& rel);

}  // namespace starbank

#endif  // STARBANK_IO_GLOB_H_
