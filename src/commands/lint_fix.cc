// `starbank lint --fix` and `--diff` (see FixInputs in lint_io.h).
#include <fmt/format.h>
#include <sys/stat.h>

#include <climits>
#include <cstdlib>
#include <iostream>
#include <map>
#include <optional>

#include "commands/lint_io.h"
#include "io/fs.h"
#include "rules/registry.h"
#include "starbank/catalog.h"
#include "starbank/loader.h"
#include "views/fixes.h"
#include "views/unified_diff.h"

namespace starbank {
namespace {

// The findings of each file, by path.
std::map<std::string, std::vector<Diagnostic>> ByFile(std::vector<Diagnostic> findings) {
  std::map<std::string, std::vector<Diagnostic>> out;
  for (Diagnostic& d : findings) out[d.file].push_back(std::move(d));
  return out;
}

// Replaces a story file with its fixed text: through a symlink to its
// target, keeping its permission bits.
bool WriteFixed(const std::string& path, const std::string& text) {
  std::string target = path;
  struct stat st;
  if (lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
    char resolved[PATH_MAX];
    if (realpath(path.c_str(), resolved) == nullptr) {
      std::cerr << fmt::format("starbank: error: cannot resolve '{}'; not fixing it\n",
                               path);
      return false;
    }
    target = resolved;
  }
  WriteOptions write;
  write.overwrite = true;
  write.story_edit = true;  // the file keeps its own mode
  std::string error;
  if (!WriteFileAtomic(target, text, write, &error)) {
    std::cerr << "starbank: error: " << error << '\n';
    return false;
  }
  return true;
}

}  // namespace

bool FixInputs(std::vector<LintInput>* inputs, const Catalog& catalog,
               const LintOptions& options, bool diff, bool quiet, size_t* fixed) {
  std::vector<std::optional<std::string>> original(inputs->size());
  std::vector<Diagnostic> done;
  // A second pass only when a fix had to wait for another (two unused
  // rules in one directive); the bank is linted whole each time, since
  // whether a duplicate-story suppression is used depends on it.
  for (int pass = 0; pass < 4; ++pass) {
    auto findings = ByFile(Lint(*inputs, catalog, AllRules(), options).diagnostics);
    bool again = false;
    for (size_t i = 0; i < inputs->size(); ++i) {
      LintInput& in = (*inputs)[i];
      auto it = findings.find(in.path);
      if (it == findings.end()) continue;
      if (!in.has_content()) {
        std::string text, error;
        if (!ReadFile(in.path, &text, &error, options.max_file_bytes)) continue;
        *in.mutable_content() = std::move(text);
      }
      FixedFile f = ApplySafeFixes(in.content(), it->second, AllRules());
      if (f.fixed.empty()) continue;
      if (!original[i]) original[i] = in.content();
      *in.mutable_content() = std::move(f.text);
      again |= f.skipped;
      for (Diagnostic& d : f.fixed) done.push_back(std::move(d));
    }
    if (!again) break;
  }
  *fixed = done.size();
  size_t files = 0;
  for (const auto& o : original) files += o.has_value();
  if (!quiet) {
    for (const Diagnostic& d : done) {
      std::cerr << fmt::format("{}:{}:{}: {}: {} [{}]\n", d.file, d.mark.line,
                               d.mark.column, diff ? "would fix" : "fixed", d.message,
                               d.rule);
    }
    if (!done.empty()) {
      std::cerr << fmt::format("starbank: {} {} problem{} in {} file{}\n",
                               diff ? "would fix" : "fixed", done.size(),
                               done.size() == 1 ? "" : "s", files, files == 1 ? "" : "s");
    }
  }
  bool ok = true;
  for (size_t i = 0; i < inputs->size(); ++i) {
    if (!original[i]) continue;
    const LintInput& in = (*inputs)[i];
    if (diff) {
      std::cout << UnifiedDiff(in.path, *original[i], in.content());
    } else {
      ok &= WriteFixed(in.path, in.content());
    }
  }
  std::cout.flush();
  return ok;
}

}  // namespace starbank
