// Hook: the plain git pre-commit hook, for story repositories that do not
// use the pre-commit framework.
//
// `starbank hook install` writes a small sh script into the repository's
// hooks folder; the script runs `starbank hook run`, which lints the staged
// content (the index, not the working copy) of the staged story files. The
// script carries a marker line so starbank never replaces or removes a hook
// it did not write. Git is run as a subprocess, without a shell.
#ifndef STARBANK_IO_HOOK_H_
#define STARBANK_IO_HOOK_H_

#include <string>
#include <string_view>
#include <vector>

#include "starbank/discover.h"

namespace starbank {

/// The line that marks a hook as written by starbank.
inline constexpr const char* kHookMarker = "# starbank-hook v1";

/// The hook script: runs `binary hook run` with `args` (falling back to
/// `starbank` on PATH when `binary` is gone), and says how to skip it.
std::string HookScript(const std::string& binary, const std::string& args);

/// Whether `content` is a hook that HookScript wrote.
bool IsStarbankHook(std::string_view content);

/// Runs `argv` (no shell), with stdin closed, capturing at most `max_bytes`
/// of stdout; stderr is inherited. Returns the exit status, or -1 when the
/// program could not be run (then `error` says why).
int RunCapture(const std::vector<std::string>& argv, std::string* out,
               std::string* error, size_t max_bytes = 16 << 20);

/// Runs git with `args` and returns its trimmed stdout; false (with `error`)
/// when git fails.
bool Git(const std::vector<std::string>& args, std::string* out, std::string* error);

/// The story files staged in the repository at the current directory (added,
/// copied, modified or renamed *.yaml and *.yml, none in hidden folders),
/// paths relative to the top level, each with its staged content. With
/// `rest`, also the other story files of the bank as HEAD has them (those
/// the commit does not touch), to compare the staged ones with. Every blob
/// is read through one `git cat-file --batch`.
bool StagedInputs(std::vector<LintInput>* inputs, std::string* error,
                  size_t max_bytes = 1 << 20, std::vector<LintInput>* rest = nullptr);

}  // namespace starbank

#endif  // STARBANK_IO_HOOK_H_
