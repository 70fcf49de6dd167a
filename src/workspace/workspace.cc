#include "workspace/workspace.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "io/fs.h"
#include "rules/registry.h"
#include "text/printable.h"

namespace starbank {
namespace {

// The flags that override a config key, and the LintOptions field they set.
struct FlagKey {
  const char* flag;
  const char* key;
  int LintOptions::*field;
};

constexpr FlagKey kFlagKeys[] = {
    {"--level", "level", &LintOptions::level},
    {"--wpm", "words_per_minute", &LintOptions::words_per_minute},
    {"--max-seconds", "max_seconds", &LintOptions::max_seconds},
    {"--min-seconds", "min_seconds", &LintOptions::min_seconds},
};

}  // namespace

std::string ConfigFileFor(const SettingsSource& source, const std::string& dir) {
  if (source.isolated) return "";
  if (!source.config_path.empty()) return source.config_path;
  return FindConfig(dir);
}

bool ResolveSettings(const std::string& config_file, const SettingsSource& source,
                     const FlagGiven& given, LintOptions* options, Config* config,
                     std::vector<std::string>* problems) {
  *config = Config{};
  std::vector<Diagnostic> errors;
  if (!config_file.empty() && !LoadConfig(config_file, AllRuleIds(), config, &errors)) {
    for (const Diagnostic& d : errors) problems->push_back(FormatDiagnostic(d));
    return false;
  }
  for (const FlagKey& f : kFlagKeys) {
    if (given && given(f.flag)) {
      config->options.*f.field = options->*f.field;
      config->origins[f.key] = f.flag;
    } else {
      options->*f.field = config->options.*f.field;
    }
  }
  options->rule_overrides = config->options.rule_overrides;
  options->confidential = config->options.confidential;
  if (!source.catalog_path.empty()) {
    config->catalog = source.catalog_path;
    config->origins["catalog"] = "--catalog";
  }
  const LintOptions& o = config->options;
  if (o.min_seconds >= o.max_seconds) {
    problems->push_back(fmt::format(
        "starbank: error: min_seconds {} (from {}) must be below max_seconds {} (from {})",
        o.min_seconds, OriginOf(*config, "min_seconds"), o.max_seconds,
        OriginOf(*config, "max_seconds")));
    return false;
  }
  return true;
}

const Catalog* LoadCatalog(const std::string& path, std::unique_ptr<Catalog>* owned,
                           std::vector<std::string>* problems) {
  if (path.empty()) return &Catalog::Default();
  std::string content, error;
  if (!ReadFile(path, &content, &error)) {
    problems->push_back(Printable(path) + ": error: " + error);
    return nullptr;
  }
  std::vector<Diagnostic> errors;
  *owned = Catalog::Parse(path, content, &errors);
  for (const Diagnostic& d : errors) problems->push_back(FormatDiagnostic(d));
  return owned->get();
}

void DropExcluded(const Config& config, std::vector<LintInput>* inputs) {
  inputs->erase(std::remove_if(inputs->begin(), inputs->end(),
                               [&](const LintInput& in) {
                                 return ConfigExcludes(config, in.path);
                               }),
                inputs->end());
}

std::vector<LintInput> StoryInputs(const std::vector<std::string>& paths,
                                   std::vector<LintInput> given, const Config& config,
                                   const LintOptions& options,
                                   std::vector<Diagnostic>* errors,
                                   std::vector<Diagnostic>* notes) {
  std::vector<LintInput> inputs = DiscoverInputs(paths, options, errors);
  // The walk's notes (links not followed) are no error.
  auto note = std::stable_partition(
      errors->begin(), errors->end(),
      [](const Diagnostic& d) { return d.severity == Severity::kError; });
  notes->insert(notes->end(), std::make_move_iterator(note),
                std::make_move_iterator(errors->end()));
  errors->erase(note, errors->end());
  inputs.insert(inputs.end(), std::make_move_iterator(given.begin()),
                std::make_move_iterator(given.end()));
  DropExcluded(config, &inputs);
  return inputs;
}

}  // namespace starbank
