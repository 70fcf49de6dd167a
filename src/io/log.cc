#include "io/log.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <thread>

#include "io/fs.h"
#include "starbank/yaml_tree.h"

namespace starbank {
namespace {

std::string BasePart(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

}  // namespace

FileLock::~FileLock() { Release(); }

void FileLock::Release() {
  if (fd_ < 0) return;
  flock(fd_, LOCK_UN);
  close(fd_);
  fd_ = -1;
}

bool FileLock::Acquire(const std::string& path, int timeout_ms, std::string* error) {
  Release();
  using Clock = std::chrono::steady_clock;
  Clock::time_point deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  int pause_ms = 5;
  int fd = -1;
  for (;;) {
    if (fd < 0) {
      fd = OpenToLock(path, error);  // an empty log when there is none yet
      if (fd < 0) return false;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) == 0) {
      // The run before may have replaced the file (a rename) while this one
      // waited: then the lock is on a file no longer named, and the new one
      // is what to lock.
      struct stat held, named;
      if (fstat(fd, &held) == 0 && stat(path.c_str(), &named) == 0 &&
          held.st_dev == named.st_dev && held.st_ino == named.st_ino) {
        fd_ = fd;
        return true;
      }
      close(fd);
      fd = -1;
      continue;
    }
    if (errno != EWOULDBLOCK && errno != EINTR) {
      int e = errno;
      close(fd);
      *error = fmt::format("cannot lock '{}': {}", path, ErrorText(e));
      return false;
    }
    if (Clock::now() >= deadline) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(pause_ms));
    pause_ms = std::min(pause_ms * 2, 50);
  }
  close(fd);
  double seconds = timeout_ms / 1000.0;
  *error =
      fmt::format("another starbank run held the lock on '{}' for over {:g} second{}",
                  path, seconds, seconds == 1 ? "" : "s");
  return false;
}

std::string PendingPathFor(const std::string& log_path) {
  for (std::string_view ext : {".yaml", ".yml"}) {
    if (EndsWith(log_path, ext) && BasePart(log_path).size() > ext.size()) {
      return log_path.substr(0, log_path.size() - ext.size()) + ".pending" +
             std::string(ext);
    }
  }
  return log_path + ".pending";
}

int LogLockTimeoutMs() {
  const char* env = std::getenv("STARBANK_LOCK_TIMEOUT_MS");
  if (env != nullptr && *env != '\0') {
    char* end = nullptr;
    long v = std::strtol(env, &end, 10);
    if (end != env && *end == '\0' && v >= 0 && v <= 600000) return static_cast<int>(v);
  }
  return 5000;
}

LogAppendResult AppendToLog(const std::string& path, std::string_view entry,
                            const LogAppendOptions& o) {
  LogAppendResult r;
  std::string error;
  {
    FileLock lock;
    int timeout = o.timeout_ms >= 0 ? o.timeout_ms : LogLockTimeoutMs();
    if (lock.Acquire(path, timeout, &error)) {
      std::string old;
      struct stat st;
      bool exists = lstat(path.c_str(), &st) == 0 || errno != ENOENT;
      std::string why;
      if (exists && !ReadFile(path, &old, &why, o.max_bytes)) {
        error = fmt::format("cannot read '{}': {}", path,
                            why.rfind("cannot read file: ", 0) == 0
                                ? why.substr(sizeof "cannot read file: " - 1)
                                : why);
      } else if (o.check && !o.check(old, &why)) {
        error = why;
        r.repair = o.repair;
      } else {
        std::string content = old;
        if (content.empty()) content = o.header;
        if (!content.empty() && content.back() != '\n') content += '\n';
        content.append(entry.data(), entry.size());
        WriteOptions w;
        w.overwrite = true;
        w.log_append = true;
        if (WriteFileAtomic(path, content, w, &why)) {
          r.appended = true;
          return r;
        }
        error = why;
      }
    }
  }
  r.error = error;
  std::string side = PendingPathFor(path);
  std::string side_header = fmt::format(
      "# Attempts starbank could not add to {}. Once the log is repaired, append\n"
      "# these blocks to it (without this comment) and delete this file.\n",
      BasePart(path));
  std::string side_error;
  if (AppendToFile(side, side_header, entry, &side_error)) r.kept_in = side;
  return r;
}

bool ReadLogItems(std::string_view file, std::string_view content, size_t max_bytes,
                  std::string_view what, std::vector<Diagnostic>* errors,
                  const std::function<void(const YamlNode&)>& item) {
  size_t before = errors->size();
  YamlLimits limits;
  limits.max_bytes = max_bytes;
  limits.max_depth = 8;
  YamlParseResult parsed = ParseYaml(file, content, limits);
  errors->insert(errors->end(), parsed.errors.begin(), parsed.errors.end());
  if (!parsed.errors.empty()) return false;
  for (const YamlDocument& doc : parsed.documents) {
    if (doc.root.IsNull()) continue;
    if (doc.root.kind != YamlNode::Kind::kSequence) {
      errors->push_back(FileError(file, doc.root.mark,
                                  fmt::format("{}, got {}", what, doc.root.KindName())));
      continue;
    }
    for (const YamlNode& n : doc.root.items) item(n);
  }
  return errors->size() == before;
}

}  // namespace starbank
