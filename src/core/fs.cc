#include "starbank/fs.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <cstdlib>
#include <string>

namespace starbank {
namespace {

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

// strerror's text in house style: "No such file" -> "no such file".
std::string Why(int err) {
  std::string reason = std::strerror(err);
  if (!reason.empty() && reason[0] >= 'A' && reason[0] <= 'Z') {
    reason[0] = static_cast<char>(reason[0] - 'A' + 'a');
  }
  return reason;
}

bool Fail(std::string* error, std::string message, const std::string& tmp) {
  if (!tmp.empty()) unlink(tmp.c_str());
  *error = std::move(message);
  return false;
}

}  // namespace

bool WriteFileAtomic(const std::string& path, std::string_view content,
                     bool overwrite, std::string* error, int mode) {
  struct stat st;
  if (!overwrite && lstat(path.c_str(), &st) == 0) {
    return Fail(error, fmt::format("'{}' already exists; not overwriting it", path), "");
  }
  std::string tmpl = DirOf(path) + "/." + BaseOf(path) + ".starbank-XXXXXX";
  int fd = mkstemp(&tmpl[0]);
  if (fd < 0) {
    return Fail(error, fmt::format("cannot create a file in '{}': {}", DirOf(path),
                                   Why(errno)), "");
  }
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int e = errno;
      close(fd);
      return Fail(error, fmt::format("cannot write '{}': {}", path, Why(e)), tmpl);
    }
    done += static_cast<size_t>(n);
  }
  if (fchmod(fd, static_cast<mode_t>(mode)) != 0 || fsync(fd) != 0) {
    int e = errno;
    close(fd);
    return Fail(error, fmt::format("cannot write '{}': {}", path, Why(e)), tmpl);
  }
  if (close(fd) != 0) {
    return Fail(error, fmt::format("cannot write '{}': {}", path, Why(errno)), tmpl);
  }
  if (overwrite) {
    if (rename(tmpl.c_str(), path.c_str()) != 0) {
      return Fail(error, fmt::format("cannot write '{}': {}", path, Why(errno)),
                  tmpl);
    }
    return true;
  }
  // link() fails with EEXIST if the name appeared meanwhile: no race.
  if (link(tmpl.c_str(), path.c_str()) != 0) {
    int e = errno;
    return Fail(error, e == EEXIST ? fmt::format("'{}' already exists; not overwriting it", path)
                                   : fmt::format("cannot write '{}': {}", path, Why(e)),
                tmpl);
  }
  unlink(tmpl.c_str());
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

}  // namespace starbank
