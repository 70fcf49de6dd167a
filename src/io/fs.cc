#include "io/fs.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "io/config.h"
#include "io/data_files.h"
#include "starbank/loader.h"


namespace starbank {
namespace {

// A file larger than this is taken for no story (lint refuses story files
// over 1 MB by default), so a large report can be replaced without parsing it.
constexpr size_t kMaxStoryBytes = 4 << 20;

std::string DirOf(const std::string& path) {
  size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string BaseOf(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool Fail(std::string* error, std::string message, const std::string& tmp = "") {
  if (!tmp.empty()) unlink(tmp.c_str());
  *error = std::move(message);
  return false;
}

const char* KindOf(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  return "not a regular file";
}

// The process's umask. Reading it means setting it for a moment; starbank
// writes files once its worker threads are done.
mode_t Umask() {
  mode_t mask = umask(022);
  umask(mask);
  return mask;
}

// What is at `path` now, and whether it may be replaced.
struct Target {
  bool exists = false;
  struct stat st {};  // of the file itself (a symbolic link's target)
};

// Fills `target`; false (with `error`) when what is there must not be replaced.
bool Inspect(const std::string& path, Target* target, std::string* error) {
  struct stat st;
  if (lstat(path.c_str(), &st) != 0) return true;  // absent; mkstemp says if the folder is
  target->exists = true;
  std::string link;
  if (S_ISLNK(st.st_mode)) {
    if (stat(path.c_str(), &st) != 0) {
      return Fail(error, fmt::format("'{}' is a broken symbolic link; not replacing it", path));
    }
    link = "a symbolic link to ";
  }
  if (!S_ISREG(st.st_mode)) {
    return Fail(error, fmt::format("'{}' is {}{}; not replacing it", path, link,
                                   KindOf(st.st_mode)));
  }
  target->st = st;
  return true;
}

// A story file is never replaced, whatever its name: one that parses with
// story keys at its top level. One that cannot be read to check is treated
// as one; one over kMaxStoryBytes as none.
bool IsStoryFile(const std::string& path, const struct stat& st) {
  if (static_cast<size_t>(st.st_size) > kMaxStoryBytes) return false;
  std::string content, error;
  if (!ReadFile(path, &content, &error, kMaxStoryBytes)) return true;
  LoadResult loaded = LoadStories(path, content);
  return loaded.has_story_keys && !loaded.stories.empty();
}

bool WriteAll(int fd, std::string_view content) {
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = EIO;
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return true;
}

// Makes the new name durable too: fsync the folder (best effort; some file
// systems refuse it, and the data itself is already on disk).
void SyncDir(const std::string& dir) {
  int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  fsync(fd);
  close(fd);
}

}  // namespace

std::string ErrorText(int err) {
  std::string reason = std::strerror(err);
  if (!reason.empty() && reason[0] >= 'A' && reason[0] <= 'Z') {
    reason[0] = static_cast<char>(reason[0] - 'A' + 'a');
  }
  return reason;
}

namespace {

struct DataFile {
  bool exists = false;
  dev_t dev = 0;
  ino_t ino = 0;
  std::string absolute;  // weakly canonical
  std::string name;      // its last component
  std::string what;
};

std::vector<DataFile>& DataFiles() {
  static std::vector<DataFile> files;
  return files;
}

std::string CanonicalPath(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return ec ? fs::absolute(path, ec).lexically_normal().string() : p.string();
}

// Whether `path` could have a data file's absolute path, `link` its
// lstat. Its canonical path costs a system call or more a component, and a
// walk asks for every file: a path that is no link ends in its own name,
// so where no data file has that name, none has its path.
bool MayHaveDataPath(const std::string& path, const struct stat& link) {
  if (S_ISLNK(link.st_mode)) return true;
  size_t slash = path.rfind('/');
  std::string_view name = std::string_view(path).substr(slash == std::string::npos ? 0 : slash + 1);
  if (name.empty() || name == "." || name == "..") return true;
  for (const DataFile& f : DataFiles()) {
    if (f.name == name) return true;
  }
  return false;
}

// The data file `path` is, or nullptr: the same file (through any link or
// other name) or, for one that does not exist yet, the same absolute path.
//
// A walk asks this of every story file, so the common case costs one
// lstat (MayHaveDataPath); the canonical path (a getcwd, and a readlink and
// a stat a component) is worked out only for a link or a file named as a
// data file is. The answer is the same either way.
//
// `known`, when given, is the path's lstat already in hand (a walk reads it
// from the folder it lists), so the common case costs nothing more.
const DataFile* ProtectedAs(const std::string& path, const struct stat* known = nullptr) {
  if (DataFiles().empty()) return nullptr;
  struct stat link;
  if (known != nullptr) link = *known;
  if ((known != nullptr || lstat(path.c_str(), &link) == 0) && !MayHaveDataPath(path, link)) {
    // No link: lstat is stat.
    for (const DataFile& f : DataFiles()) {
      if (f.exists && f.dev == link.st_dev && f.ino == link.st_ino) return &f;
    }
    return nullptr;
  }
  struct stat st;
  bool exists = stat(path.c_str(), &st) == 0;
  std::string absolute = CanonicalPath(path);
  for (const DataFile& f : DataFiles()) {
    if (exists && f.exists && f.dev == st.st_dev && f.ino == st.st_ino) return &f;
    if (f.absolute == absolute) return &f;
  }
  return nullptr;
}

}  // namespace

void ProtectDataFile(const std::string& path, const std::string& what) {
  if (path.empty()) return;
  DataFile f;
  struct stat st;
  if (stat(path.c_str(), &st) == 0) {
    f.exists = true;
    f.dev = st.st_dev;
    f.ino = st.st_ino;
  }
  f.absolute = CanonicalPath(path);
  f.name = std::filesystem::path(f.absolute).filename().string();
  f.what = what;
  DataFiles().push_back(std::move(f));
}

void ClearProtectedDataFiles() { DataFiles().clear(); }

std::string DataFileKind(const std::string& path) {
  const DataFile* f = ProtectedAs(path);
  return f != nullptr ? f->what : "";
}

std::string DataFileKind(const std::string& path, const struct stat& lstat_result) {
  const DataFile* f = ProtectedAs(path, &lstat_result);
  return f != nullptr ? f->what : "";
}

namespace {

// Whether `path` may be written under `o`; fills `target` with what is there.
bool MayWrite(const std::string& path, const WriteOptions& o, Target* target,
              std::string* error) {
  if (!o.log_append) {
    if (const DataFile* f = ProtectedAs(path)) {
      return Fail(error, fmt::format("'{}' is {}, which starbank reads; not writing over "
                                     "it, even with --force",
                                     path, f->what));
    }
    // Not yet a config, but the next run would read it as one: report
    // output there would break every command under that folder.
    if (std::filesystem::path(path).filename() == kConfigFileName) {
      return Fail(error, fmt::format("'{}' would be read as starbank's config; not writing "
                                     "it, even with --force",
                                     path));
    }
  }
  if (!Inspect(path, target, error)) return false;
  if (!target->exists) return true;
  bool story = IsStoryFile(path, target->st);
  if (story && o.overwrite && !o.story_edit) {
    return Fail(error, fmt::format("'{}' looks like a story file; not overwriting it", path));
  }
  if (o.overwrite) return true;
  // The flag is named only where it would help: never for a story.
  std::string hint = !story && o.force_flag != nullptr
                         ? fmt::format(" (use {} to replace it)", o.force_flag)
                         : "";
  return Fail(error, fmt::format("'{}' already exists; not overwriting it{}", path, hint));
}

}  // namespace

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) close(fd_);
  if (!tmp_.empty()) unlink(tmp_.c_str());
}

bool AtomicFile::Open(const std::string& path, const WriteOptions& o, std::string* error) {
  Target target;
  if (!MayWrite(path, o, &target, error)) return false;
  std::string dir = DirOf(path);
  std::string tmpl = dir + "/." + BaseOf(path) + ".starbank-XXXXXX";
  int fd = mkstemp(&tmpl[0]);
  if (fd < 0) {
    return Fail(error, fmt::format("cannot create a file in '{}': {}", dir, ErrorText(errno)));
  }
  mode_t mode = o.exact_mode       ? static_cast<mode_t>(o.mode)
                : target.exists    ? target.st.st_mode & 07777
                                   : static_cast<mode_t>(o.mode) & ~Umask();
  // A replaced file keeps its owner too, where we may set it (as root).
  if (target.exists && (target.st.st_uid != geteuid() || target.st.st_gid != getegid())) {
    if (fchown(fd, target.st.st_uid, target.st.st_gid) != 0) {
      // Not ours to give away: the file becomes ours, as with any editor.
    }
  }
  path_ = path;
  tmp_ = tmpl;
  fd_ = fd;
  mode_ = mode;
  replace_ = target.exists || o.overwrite;
  write_error_ = 0;
  return true;
}

bool AtomicFile::Write(const void* data, size_t n) {
  if (fd_ < 0 && write_error_ == 0) write_error_ = EBADF;
  if (write_error_ != 0) return false;
  if (!WriteAll(fd_, std::string_view(static_cast<const char*>(data), n))) {
    write_error_ = errno;
    return false;
  }
  return true;
}

bool AtomicFile::Commit(std::string* error) {
  const std::string& path = path_;
  std::string dir = DirOf(path);
  std::string tmpl = std::move(tmp_);  // removed here on failure, not left to the destructor
  tmp_.clear();
  int fd = fd_;
  fd_ = -1;
  if (write_error_ != 0 || fd < 0) {
    if (fd >= 0) close(fd);
    return Fail(error, fmt::format("cannot write '{}': {}", path,
                                   ErrorText(write_error_ != 0 ? write_error_ : EBADF)),
                tmpl);
  }
  if (fchmod(fd, static_cast<mode_t>(mode_)) != 0 || fsync(fd) != 0) {
    int e = errno;
    close(fd);
    return Fail(error, fmt::format("cannot write '{}': {}", path, ErrorText(e)), tmpl);
  }
  if (close(fd) != 0) {
    return Fail(error, fmt::format("cannot write '{}': {}", path, ErrorText(errno)), tmpl);
  }
  if (replace_) {
    // Over a symbolic link this replaces the link, not the file it names.
    if (rename(tmpl.c_str(), path.c_str()) != 0) {
      return Fail(error, fmt::format("cannot write '{}': {}", path, ErrorText(errno)), tmpl);
    }
  } else {
    // link() fails with EEXIST if the name appeared meanwhile: no race.
    if (link(tmpl.c_str(), path.c_str()) != 0) {
      int e = errno;
      return Fail(error,
                  e == EEXIST ? fmt::format("'{}' already exists; not overwriting it", path)
                              : fmt::format("cannot write '{}': {}", path, ErrorText(e)),
                  tmpl);
    }
    unlink(tmpl.c_str());
  }
  SyncDir(dir);
  return true;
}

bool WriteFileAtomic(const std::string& path, std::string_view content,
                     const WriteOptions& o, std::string* error) {
  AtomicFile file;
  if (!file.Open(path, o, error)) return false;
  file.Write(content.data(), content.size());
  return file.Commit(error);  // says why, if the write failed
}

bool WriteFileAtomic(const std::string& path, std::string_view content, bool overwrite,
                     std::string* error, int mode) {
  WriteOptions o;
  o.overwrite = overwrite;
  o.mode = mode;
  return WriteFileAtomic(path, content, o, error);
}

bool AppendToFile(const std::string& path, std::string_view header, std::string_view data,
                  std::string* error) {
  if (const DataFile* f = ProtectedAs(path)) {
    return Fail(error, fmt::format("'{}' is {}, which starbank reads; not writing to it",
                                   path, f->what));
  }
  int fd =
      open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) {
    return Fail(error, fmt::format("cannot write '{}': {}", path, ErrorText(errno)));
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    return Fail(error,
                fmt::format("'{}' is not a regular file; not writing to it", path));
  }
  while (flock(fd, LOCK_EX) != 0 && errno == EINTR) {
  }
  if (fstat(fd, &st) != 0) st.st_size = 0;
  if (st.st_size > 0 && IsStoryFile(path, st)) {
    close(fd);
    return Fail(error,
                fmt::format("'{}' looks like a story file; not writing to it", path));
  }
  std::string all = st.st_size == 0 ? std::string(header) : std::string();
  all.append(data.data(), data.size());
  bool ok = WriteAll(fd, all) && fsync(fd) == 0;
  int e = errno;
  if (close(fd) != 0 && ok) ok = false, e = errno;
  if (!ok) return Fail(error, fmt::format("cannot write '{}': {}", path, ErrorText(e)));
  return true;
}

int OpenToLock(const std::string& path, std::string* error) {
  // Read-only is enough for flock.
  int fd = open(path.c_str(), O_RDONLY | O_CREAT | O_CLOEXEC | O_NONBLOCK, 0644);
  if (fd < 0 && errno == EACCES) fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    Fail(error, fmt::format("cannot open '{}' to lock it: {}", path, ErrorText(errno)));
    return -1;
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    Fail(error, fmt::format("'{}' is not a regular file; not writing to it", path));
    return -1;
  }
  return fd;
}

bool MakeDirs(const std::string& dir, std::string* error) {
  struct stat st;
  if (stat(dir.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return true;
    return Fail(error, fmt::format("'{}' is not a directory", dir));
  }
  std::string parent = DirOf(dir);
  if (parent != dir && parent != "." && parent != "/" && !MakeDirs(parent, error)) return false;
  if (mkdir(dir.c_str(), 0777) != 0 && errno != EEXIST) {
    return Fail(error, fmt::format("cannot create directory '{}': {}", dir, ErrorText(errno)));
  }
  return true;
}

std::FILE* OpenScratchFile() {
  const char* dir = std::getenv("TMPDIR");
  std::string path = std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") +
                     "/starbank-scratch-XXXXXX";
  int fd = mkstemp(&path[0]);
  if (fd < 0) return nullptr;
  unlink(path.c_str());
  std::FILE* f = fdopen(fd, "w+b");
  if (f == nullptr) close(fd);
  return f;
}

namespace {

// "what: reason", with strerror's text in lowercase.
bool IoError(std::string* error, std::string_view what, int err) {
  *error = fmt::format("{}: {}", what, ErrorText(err));
  return false;
}

std::string OverLimit(size_t size, size_t max_bytes) {
  return fmt::format("file is {} bytes, over the {}-byte limit; a story file "
                     "is a few KB (raise --max-file-bytes if this is intended)",
                     size, max_bytes);
}

// Reads to end of file, stopping one byte past `max_bytes` (0: no cap) so
// that a file growing while it is read cannot slip past the cap.
bool ReadAll(int fd, size_t max_bytes, std::string* content, std::string* error) {
  content->clear();
  char buf[1 << 16];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return IoError(error, "cannot read file", errno);
    if (n == 0) return true;
    content->append(buf, static_cast<size_t>(n));
    if (max_bytes != 0 && content->size() > max_bytes) {
      *error = OverLimit(content->size(), max_bytes);
      return false;
    }
  }
}

}  // namespace

bool ReadFile(const std::string& path, std::string* content, std::string* error,
              size_t max_bytes) {
  // O_NONBLOCK: opening a FIFO named *.yaml must not wait for a writer.
  int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return IoError(error, "cannot read file", errno);
  struct stat st;
  if (fstat(fd, &st) != 0) {
    int e = errno;
    close(fd);
    return IoError(error, "cannot read file", e);
  }
  if (S_ISDIR(st.st_mode)) {
    close(fd);
    *error = "cannot read file: is a directory";
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    close(fd);
    *error = "cannot read file: not a regular file (a device, pipe or socket)";
    return false;
  }
  if (max_bytes != 0 && static_cast<size_t>(st.st_size) > max_bytes) {
    close(fd);
    *error = OverLimit(static_cast<size_t>(st.st_size), max_bytes);
    return false;
  }
  bool ok = ReadAll(fd, max_bytes, content, error);
  close(fd);
  return ok;
}

}  // namespace starbank
