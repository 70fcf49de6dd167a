// The workspace: what governs a lint run, resolved one way for the command
// line and the language server alike. In order:
//
//   config   the `.starbank.yaml` in effect (named, found by walking up, or
//            none), overlaid with the flags the caller was given;
//   catalog  the catalog that config (or --catalog) names, else the
//            built-in one;
//   inputs   the story files under the paths, plus content already in
//            hand, less starbank's own data files and what the config
//            excludes;
//   problems what went wrong on the way, as lines the caller prints (the
//            command line to stderr, the server to its log and the editor).
//
// Nothing here prints or exits; commands/ and server/ decide what a problem
// costs.
#ifndef STARBANK_SRC_WORKSPACE_WORKSPACE_H_
#define STARBANK_SRC_WORKSPACE_WORKSPACE_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/config.h"
#include "starbank/catalog.h"
#include "starbank/diagnostic.h"
#include "starbank/discover.h"
#include "starbank/lint_options.h"

namespace starbank {

/// Where settings come from besides the config file: the global flags
/// (--config, --isolated, --catalog) or the server's options of the same names.
struct SettingsSource {
  std::string config_path;   ///< Use this file instead of searching.
  bool isolated = false;     ///< Read no config file.
  std::string catalog_path;  ///< Overrides the config's `catalog:`.
};

/// The config file that governs `dir` under `source`: --config, else the
/// nearest one (FindConfig); "" under --isolated or when there is none.
std::string ConfigFileFor(const SettingsSource& source, const std::string& dir);

/// Whether a lint flag ("--level") was given on the command line.
using FlagGiven = std::function<bool(std::string_view flag)>;

/// The settings a run uses: the config at `config_file` ("" for none) over
/// the defaults, then each flag `given` says was set (its value in
/// `options`); the result in `config` (with each value's origin) and in
/// `options`. config->catalog is the catalog in effect: source.catalog_path
/// when set, else the config's. Each problem (a config error, min_seconds
/// not below max_seconds) is one line in `problems`; false on any.
bool ResolveSettings(const std::string& config_file, const SettingsSource& source,
                     const FlagGiven& given, LintOptions* options, Config* config,
                     std::vector<std::string>* problems);

/// The catalog at `path`, read into `owned`; the built-in one for "". Each
/// problem (unreadable, invalid) is one line in `problems`; nullptr when
/// the file cannot be read or has errors that leave no catalog.
const Catalog* LoadCatalog(const std::string& path, std::unique_ptr<Catalog>* owned,
                           std::vector<std::string>* problems);

/// The one way to gather what is linted: the story files found under
/// `paths` (DiscoverInputs; walk errors go to `errors`, its notes, such as
/// links not followed, to `notes`), less starbank's own data files met on
/// a walk, then `given` (content already in hand: standard input, staged
/// blobs, an editor's buffer), less every input the config's `exclude`
/// globs match.
std::vector<LintInput> StoryInputs(const std::vector<std::string>& paths,
                                   std::vector<LintInput> given, const Config& config,
                                   const LintOptions& options,
                                   std::vector<Diagnostic>* errors,
                                   std::vector<Diagnostic>* notes);

/// Drops the inputs the config's `exclude` globs match.
void DropExcluded(const Config& config, std::vector<LintInput>* inputs);

}  // namespace starbank

#endif  // STARBANK_SRC_WORKSPACE_WORKSPACE_H_
