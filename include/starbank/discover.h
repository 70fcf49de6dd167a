// Discover: the story files a lint run reads, from the paths it is given.
#ifndef STARBANK_DISCOVER_H_
#define STARBANK_DISCOVER_H_

#include <string>
#include <vector>

#include "starbank/diagnostic.h"
#include "starbank/lint_options.h"

namespace starbank {

/// An input to lint: a path, and its content when already in memory.
struct LintInput {
  std::string path;
  bool explicit_path = false;  ///< Named on the command line, not walked.
  bool has_content = false;
  std::string content;
};

/// Expands files and directories (recursing, skipping hidden folders) into
/// inputs sorted by path; missing paths become errors. `exclude` globs are
/// not applied here: they are relative to the config's folder, and
/// ConfigExcludes (io/config.h) applies them to what this returns.
std::vector<LintInput> DiscoverInputs(const std::vector<std::string>& paths,
                                      const LintOptions& options,
                                      std::vector<Diagnostic>* errors);

}  // namespace starbank

#endif  // STARBANK_DISCOVER_H_
