// Finding story files: explicit paths and recursive directory walks.
#include "starbank/discover.h"

#include <dirent.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <filesystem>
#include <set>
#include <string_view>
#include <system_error>
#include <tuple>

#include "io/data_files.h"
#include "io/fs.h"

namespace starbank {
namespace fs = std::filesystem;
namespace {

// *.yaml and *.yml in any case: STORY.YAML from a Windows share counts too.
// `name` is a file name (no folder), as a folder lists it.
bool IsYamlName(std::string_view name) {
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;  // ".yaml" has no extension
  std::string_view ext = name.substr(dot + 1);
  auto is = [ext](std::string_view want) {
    if (ext.size() != want.size()) return false;
    for (size_t i = 0; i < ext.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(ext[i])) != want[i]) return false;
    }
    return true;
  };
  return is("yaml") || is("yml");
}

// `dir` joined with `name` as std::filesystem::path's operator/ joins them:
// one '/' between, none added after a trailing one.
std::string Join(const std::string& dir, std::string_view name) {
  std::string out;
  out.reserve(dir.size() + 1 + name.size());
  out += dir;
  if (!out.empty() && out.back() != '/') out += '/';
  out += name;
  return out;
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

using FileId = std::pair<dev_t, ino_t>;

// Whether the absolute, canonical `path` is `root` or lies under it.
bool Within(const std::string& path, const std::string& root) {
  if (path == root) return true;
  std::string prefix = root.empty() || root.back() == '/' ? root : root + "/";
  return path.compare(0, prefix.size(), prefix) == 0;
}

// The inputs found so far, each file (device and inode) once: a second name
// for a file already found (a symbolic link, a hard link, a path given
// twice) is dropped, though a real name found after a link's takes its place.
// Every name is listed as it comes and the repeats are dropped once the walk
// is over (Finish), from a flat list of 24 bytes a file: a tree of every
// file's id cost about 5 MB at 100,000 files, for the rare repeat.
class Found {
 public:
  explicit Found(std::vector<LintInput>* out) : out_(out) {}

  void Add(std::string path, bool explicit_path, bool via_link) {
    struct stat st;
    if (stat(path.c_str(), &st) == 0) {  // else it fails again when read, by name
      ids_.push_back(Id{st.st_dev, st.st_ino, static_cast<uint32_t>(out_->size()), via_link});
    }
    out_->push_back(LintInput{std::move(path), explicit_path});
  }

  // A file a walk met that is no symbolic link, `st` its lstat (which is
  // its stat), read from the folder listing it: no system call more. A walk
  // does not lint starbank's own data files (a catalog with `principles:`
  // in the bank's folder would look like a story).
  void AddListed(std::string path, const struct stat& st, bool via_link) {
    if (!DataFileKind(path, st).empty()) return;
    ids_.push_back(Id{st.st_dev, st.st_ino, static_cast<uint32_t>(out_->size()), via_link});
    out_->push_back(LintInput{std::move(path), false});
  }

  // Keeps the first name of each file, in the order found; where that name
  // came through a link, the first real name found after it replaces it.
  void Finish() {
    std::sort(ids_.begin(), ids_.end(), [](const Id& a, const Id& b) {
      return std::tie(a.dev, a.ino, a.index) < std::tie(b.dev, b.ino, b.index);
    });
    std::vector<bool> drop(out_->size(), false);
    bool any = false;
    for (size_t k = 0; k < ids_.size();) {
      size_t end = k + 1;
      while (end < ids_.size() && ids_[end].dev == ids_[k].dev &&
             ids_[end].ino == ids_[k].ino) {
        ++end;
      }
      const Id& first = ids_[k];
      bool renamed = !first.via_link;
      for (size_t m = k + 1; m < end; ++m) {
        if (!renamed && !ids_[m].via_link) {
          (*out_)[first.index].path = (*out_)[ids_[m].index].path;
          renamed = true;
        }
        drop[ids_[m].index] = any = true;
      }
      k = end;
    }
    ids_.clear();
    if (!any) return;
    size_t kept = 0;
    for (size_t i = 0; i < out_->size(); ++i) {
      if (drop[i]) continue;
      if (kept != i) (*out_)[kept] = std::move((*out_)[i]);
      ++kept;
    }
    out_->resize(kept);
  }

 private:
  struct Id {  // 24 bytes
    dev_t dev;
    ino_t ino;
    uint32_t index;
    bool via_link;
  };
  std::vector<LintInput>* out_;
  std::vector<Id> ids_;
};

// Walks the folder named `root` (linked folders after the rest), following
// symbolic links that stay inside it (as ruff and ripgrep do, a link that leads out of the named folder is
// not followed: one note says how many were skipped) and never into a loop:
// a link back to a folder being walked is an error, and a folder reached
// twice by different links is walked once.
//
// Paths are plain strings and each folder is read with readdir: a walk of
// 10,000 files through std::filesystem cost about 9,600 instructions a file
// (a path object, its components, a directory_entry each) before any story
// was read, and the walk runs before every thread starts. A file's lstat is
// read once, relative to its folder (one name to look up, not the whole
// path), and serves both the repeat check and the data-file check.
class Walker {
 public:
  Walker(const std::string& root, Found* found, std::vector<Diagnostic>* errors)
      : root_(root), found_(found), errors_(errors) {
    std::error_code ec;
    fs::path real = fs::canonical(root, ec);
    real_root_ = ec ? std::string() : real.string();
  }

  void Walk() {
    Walk(root_, false);
    // Linked folders last, so a file met by its real name and through a
    // link is listed under its real name; each with the folders above the
    // link as they were, for the loop check.
    for (size_t i = 0; i < deferred_.size(); ++i) {
      stack_ = deferred_[i].stack;
      Walk(deferred_[i].path, true);
    }
    stack_.clear();
    if (outside_ == 0) return;
    Diagnostic d = PathError(
        first_outside_,
        outside_ == 1
            ? fmt::format("symbolic link leads out of '{}' (to '{}'); not followed",
                          root_, first_target_)
            : fmt::format("{} symbolic links lead out of '{}' (this one to '{}'); not "
                          "followed",
                          outside_, root_, first_target_));
    d.severity = Severity::kInfo;
    errors_->push_back(std::move(d));
  }

 private:
  void Walk(const std::string& dir, bool via_link) {
    struct stat st;
    if (stat(dir.c_str(), &st) != 0) return;
    FileId id{st.st_dev, st.st_ino};
    for (const auto& [ancestor, path] : stack_) {
      if (ancestor == id) {
        errors_->push_back(PathError(
            dir, fmt::format("symbolic link loop: leads back to '{}'; "
                             "not followed",
                             path)));
        return;
      }
    }
    if (!visited_.insert(id).second) return;
    stack_.emplace_back(id, dir);
    Listing list = List(dir);
    for (const Entry& e : list.entries) {
      Visit(dir, std::string_view(list.names).substr(e.name, e.size), e, via_link);
    }
    stack_.pop_back();
  }

  // What Visit needs of a folder entry: for a file, the device and inode of
  // its lstat (all of a struct stat, 144 bytes an entry, raised lint's peak
  // at 100,000 files in one folder by 1.3 MB); a link is followed (stat)
  // for whether it is a folder.
  struct Entry {
    uint32_t name = 0;  // offset in Listing::names
    uint32_t size = 0;
    bool link = false;
    bool dir = false;
    bool stated = false;  // dev and ino are the entry's lstat's
    dev_t dev = 0;
    ino_t ino = 0;
  };
  // A folder's entries, sorted by name. The names sit in one string: a
  // folder of 100,000 stories listed as directory_entry objects (a path
  // each, on the heap) cost about 10 MB at the peak of the walk.
  struct Listing {
    std::string names;
    std::vector<Entry> entries;
  };

  Listing List(const std::string& dir) {
    Listing out;
    int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR* d = fd < 0 ? nullptr : fdopendir(fd);
    if (d == nullptr) {
      int err = errno;
      if (fd >= 0) close(fd);
      errors_->push_back(
          PathError(dir, fmt::format("cannot read directory: {}", ErrorText(err))));
      return out;
    }
    for (;;) {
      errno = 0;
      const struct dirent* de = readdir(d);
      if (de == nullptr) {
        if (errno != 0) {
          errors_->push_back(PathError(
              dir, fmt::format("cannot read directory: {}", ErrorText(errno))));
        }
        break;
      }
      std::string_view name = de->d_name;
      if (name.empty() || name[0] == '.') continue;  // hidden files and folders; . and ..
      Entry entry;
      unsigned char type = de->d_type;
      const bool yaml = IsYamlName(name);
      bool wanted = type == DT_DIR || type == DT_LNK || type == DT_UNKNOWN || yaml;
      if (!wanted) continue;  // a file that is no story file: not even listed
      entry.name = static_cast<uint32_t>(out.names.size());
      entry.size = static_cast<uint32_t>(name.size());
      if (type != DT_DIR) {
        // A file's lstat (which for a file that is no link is its stat);
        // a folder of unknown type is told apart by it too.
        struct stat st;
        entry.stated = fstatat(dirfd(d), de->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0;
        if (entry.stated) {
          type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISLNK(st.st_mode) ? DT_LNK : DT_REG;
          entry.dev = st.st_dev;
          entry.ino = st.st_ino;
        }
      }
      entry.link = type == DT_LNK;
      entry.dir = type == DT_DIR;
      if (entry.link) {
        struct stat target;
        entry.dir = fstatat(dirfd(d), de->d_name, &target, 0) == 0 && S_ISDIR(target.st_mode);
      }
      if (!entry.dir && !yaml) continue;
      out.names += name;
      out.entries.push_back(entry);
    }
    closedir(d);
    std::string_view names = out.names;
    std::sort(out.entries.begin(), out.entries.end(), [&](const Entry& a, const Entry& b) {
      return names.substr(a.name, a.size) < names.substr(b.name, b.size);
    });
    return out;
  }

  // False (counted for the note) for a link whose target lies outside the root.
  bool Inside(const std::string& path) {
    if (real_root_.empty()) return true;
    std::error_code ec;
    fs::path target = fs::canonical(path, ec);
    if (ec) return true;  // dangling or looping: reading it says so, by name
    if (Within(target.string(), real_root_)) return true;
    if (outside_++ == 0) {
      first_outside_ = path;
      first_target_ = target.string();
    }
    return false;
  }

  void Visit(const std::string& dir, std::string_view name, const Entry& e, bool via_link) {
    std::string path = Join(dir, name);
    if (e.link && !Inside(path)) return;  // a listed link is a folder or a story file
    if (e.dir && e.link) {
      deferred_.push_back({std::move(path), stack_});
    } else if (e.dir) {
      Walk(path, via_link);
    } else if (e.link || !e.stated) {
      // Through a link (or not read when listed): by name, as given.
      if (DataFileKind(path).empty()) found_->Add(std::move(path), false, via_link || e.link);
    } else {
      struct stat st {};  // what AddListed reads of the lstat: no link, its ids
      st.st_mode = S_IFREG;
      st.st_dev = e.dev;
      st.st_ino = e.ino;
      found_->AddListed(std::move(path), st, via_link);
    }
  }

  std::string root_;
  std::string real_root_;  // canonical; "" when it cannot be resolved
  Found* found_;
  std::vector<Diagnostic>* errors_;
  std::vector<std::pair<FileId, std::string>> stack_;
  std::set<FileId> visited_;
  struct Deferred {
    std::string path;
    std::vector<std::pair<FileId, std::string>> stack;
  };
  std::vector<Deferred> deferred_;
  size_t outside_ = 0;
  std::string first_outside_, first_target_;
};

}  // namespace

std::vector<LintInput> DiscoverInputs(const std::vector<std::string>& paths,
                                      const LintOptions& /*options*/,
                                      std::vector<Diagnostic>* errors) {
  std::vector<LintInput> out;
  Found found(&out);
  for (const std::string& p : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      errors->push_back(PathError(p, Missing(p, ec)));
      continue;
    }
    if (fs::is_directory(st)) {
      Walker(p, &found, errors).Walk();
    } else {
      std::error_code lec;
      found.Add(p, true, fs::is_symlink(fs::symlink_status(p, lec)));
    }
  }
  found.Finish();
  return out;
}

}  // namespace starbank
