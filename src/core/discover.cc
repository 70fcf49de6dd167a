// Finding story files: explicit paths and recursive directory walks.
#include <fnmatch.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "starbank/lint.h"

namespace starbank {
namespace fs = std::filesystem;
namespace {

bool IsYamlName(const fs::path& p) {
  std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

bool Excluded(const std::string& path, const LintOptions& options) {
  std::string rel = path;
  while (rel.rfind("./", 0) == 0) rel.erase(0, 2);
  for (const std::string& glob : options.exclude) {
    if (fnmatch(glob.c_str(), rel.c_str(), 0) == 0) return true;
    // "drafts/" or "drafts/**" style: match the path's prefix directories.
    std::string g = glob;
    while (!g.empty() && (g.back() == '/' || g.back() == '*')) g.pop_back();
    if (!g.empty() && (rel == g || rel.rfind(g + "/", 0) == 0)) return true;
    std::string base = fs::path(rel).filename().string();
    if (glob.find('/') == std::string::npos && fnmatch(glob.c_str(), base.c_str(), 0) == 0) {
      return true;
    }
  }
  return false;
}

Diagnostic PathError(const std::string& path, std::string message) {
  Diagnostic d;
  d.file = path;
  d.severity = Severity::kError;
  d.message = std::move(message);
  return d;
}

void Walk(const fs::path& dir, const LintOptions& options,
          std::vector<LintInput>* out, std::vector<Diagnostic>* errors) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  if (ec) {
    errors->push_back(PathError(dir.string(), fmt::format("cannot read directory: {}",
                                                          ec.message())));
    return;
  }
  std::vector<fs::directory_entry> entries;
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    entries.push_back(*it);
  }
  if (ec) {
    errors->push_back(PathError(dir.string(), fmt::format("cannot read directory: {}",
                                                          ec.message())));
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path() < b.path(); });
  for (const fs::directory_entry& e : entries) {
    std::string name = e.path().filename().string();
    if (!name.empty() && name[0] == '.') continue;  // hidden files and folders
    std::string path = e.path().string();
    if (Excluded(path, options)) continue;
    std::error_code sec;
    bool is_link = e.is_symlink(sec);
    if (e.is_directory(sec)) {
      // Symlinked folders are not followed: they can loop.
      if (!is_link) Walk(e.path(), options, out, errors);
    } else if (IsYamlName(e.path())) {
      out->push_back(LintInput{path, false, false, ""});
    }
  }
}

}  // namespace

std::vector<LintInput> DiscoverInputs(const std::vector<std::string>& paths,
                                      const LintOptions& options,
                                      std::vector<Diagnostic>* errors) {
  std::vector<LintInput> out;
  for (const std::string& p : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      fs::file_status lst = fs::symlink_status(p, ec);
      errors->push_back(PathError(
          p, fs::is_symlink(lst) ? "broken symbolic link" : "no such file or directory"));
      continue;
    }
    if (fs::is_directory(st)) {
      Walk(p, options, &out, errors);
    } else {
      out.push_back(LintInput{p, true, false, ""});
    }
  }
  return out;
}

}  // namespace starbank
