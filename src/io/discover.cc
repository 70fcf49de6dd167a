// Finding story files: explicit paths and recursive directory walks.
#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <system_error>

#include "io/fs.h"
#include "starbank/discover.h"

namespace starbank {
namespace fs = std::filesystem;
namespace {

// *.yaml and *.yml in any case: STORY.YAML from a Windows share counts too.
bool IsYamlName(const fs::path& p) {
  std::string ext = p.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".yaml" || ext == ".yml";
}

Diagnostic PathError(const std::string& path, std::string message) {
  Diagnostic d;
  d.file = path;
  d.severity = Severity::kError;
  d.message = std::move(message);
  return d;
}

// Why an explicit path cannot be used.
std::string Missing(const std::string& path, const std::error_code& ec) {
  if (ec == std::errc::too_many_symbolic_link_levels) return "symbolic link loop";
  std::error_code lec;
  if (fs::is_symlink(fs::symlink_status(path, lec))) return "broken symbolic link";
  if (ec && ec != std::errc::no_such_file_or_directory) {
    return fmt::format("cannot read: {}", ErrorText(ec.value()));
  }
  return "no such file or directory";
}

// Walks folders, following symbolic links to folders but never into a loop:
// a link back to a folder being walked is an error, and a folder reached
// twice by different links is walked once.
class Walker {
 public:
  Walker(std::vector<LintInput>* out, std::vector<Diagnostic>* errors)
      : out_(out), errors_(errors) {}

  void Walk(const fs::path& dir) {
    struct stat st;
    if (stat(dir.c_str(), &st) != 0) return;
    DirId id{st.st_dev, st.st_ino};
    for (const auto& [ancestor, path] : stack_) {
      if (ancestor == id) {
        errors_->push_back(PathError(
            dir.string(), fmt::format("symbolic link loop: leads back to '{}'; "
                                      "not followed",
                                      path)));
        return;
      }
    }
    if (!visited_.insert(id).second) return;
    stack_.emplace_back(id, dir.string());
    for (const fs::directory_entry& e : List(dir)) Visit(e);
    stack_.pop_back();
  }

 private:
  using DirId = std::pair<dev_t, ino_t>;

  std::vector<fs::directory_entry> List(const fs::path& dir) {
    std::error_code ec;
    std::vector<fs::directory_entry> entries;
    fs::directory_iterator it(dir, ec), end;
    for (; !ec && it != end; it.increment(ec)) entries.push_back(*it);
    if (ec) {
      errors_->push_back(PathError(
          dir.string(), fmt::format("cannot read directory: {}", ErrorText(ec.value()))));
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.path() < b.path(); });
    return entries;
  }

  void Visit(const fs::directory_entry& e) {
    std::string name = e.path().filename().string();
    if (!name.empty() && name[0] == '.') return;  // hidden files and folders
    std::string path = e.path().string();
    std::error_code ec;
    if (e.is_directory(ec)) {
      Walk(e.path());
    } else if (IsYamlName(e.path())) {
      // Unreadable, dangling or looping links fail when read, by name.
      out_->push_back(LintInput{path, false});
    }
  }

  std::vector<LintInput>* out_;
  std::vector<Diagnostic>* errors_;
  std::vector<std::pair<DirId, std::string>> stack_;
  std::set<DirId> visited_;
};

}  // namespace

std::vector<LintInput> DiscoverInputs(const std::vector<std::string>& paths,
                                      const LintOptions& /*options*/,
                                      std::vector<Diagnostic>* errors) {
  std::vector<LintInput> out;
  for (const std::string& p : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      errors->push_back(PathError(p, Missing(p, ec)));
      continue;
    }
    if (fs::is_directory(st)) {
      Walker(&out, errors).Walk(p);
    } else {
      out.push_back(LintInput{p, true});
    }
  }
  return out;
}

}  // namespace starbank
