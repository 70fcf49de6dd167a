// Logs starbank appends to (the practice log, the interview log): appended
// under an advisory lock so that concurrent runs lose nothing.
//
// AppendToLog takes an exclusive flock(2) on the log itself (made empty if
// missing), waiting a few seconds at most, then re-reads the log under the
// lock, checks that it still parses, adds the entry and replaces the file
// through the shared write path (WriteFileAtomic: temporary file, fsync,
// rename). A run that waited while the one before renamed a new file into
// place finds its lock on a file no longer named, and locks the new one:
// so no lock file is left beside the log.
//
// When the entry cannot go into the log (the lock is held too long, the log
// does not parse, the write fails), it is kept: appended to a side file
// beside the log (`practice.pending.yaml`), or, if even that fails, left
// for the caller to print. Nothing the user did is thrown away.
#ifndef STARBANK_IO_LOG_H_
#define STARBANK_IO_LOG_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "starbank/diagnostic.h"

namespace starbank {

/// An exclusive advisory lock (flock) on a file, held until destroyed.
class FileLock {
 public:
  FileLock() = default;
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  ~FileLock();

  /// Locks the file at `path` (creating it empty if missing, mode 0644 less
  /// the umask), the one named `path` when the lock is had, even if another
  /// run renamed a new file there meanwhile. Tries for up to `timeout_ms`
  /// milliseconds; false with `error` (naming the file) when the lock is
  /// not had by then or the file cannot be opened.
  bool Acquire(const std::string& path, int timeout_ms, std::string* error);
  void Release();
  bool held() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
};

/// The side file for entries that could not be logged: `NAME.pending.yaml`
/// beside `NAME.yaml` (`NAME.yaml.pending` for another name).
std::string PendingPathFor(const std::string& log_path);

/// How long AppendToLog waits for the lock: STARBANK_LOCK_TIMEOUT_MS when
/// set to a number, else 5000.
int LogLockTimeoutMs();

struct LogAppendOptions {
  /// Written first when the log is new or empty.
  std::string header;
  /// Checks the log's current bytes (read under the lock); false with
  /// `error` (file:line:col: message) when they do not parse.
  std::function<bool(std::string_view content, std::string* error)> check;
  /// Says how to repair a log that does not parse (one sentence).
  std::string repair;
  int timeout_ms = -1;  ///< -1: LogLockTimeoutMs().
  size_t max_bytes = 64u << 20;
};

struct LogAppendResult {
  bool appended = false;
  /// Why the entry is not in the log (names the file, and the line where
  /// it can), without a "starbank: error:" prefix.
  std::string error;
  /// How to repair the log, when it did not parse.
  std::string repair;
  /// The side file now holding the entry; empty when it could not be kept
  /// there either (the caller then prints the entry).
  std::string kept_in;
};

/// Appends `entry` (whole lines, ending in a newline) to the log at `path`
/// under the lock, as the file comment says.
LogAppendResult AppendToLog(const std::string& path, std::string_view entry,
                            const LogAppendOptions& options);

struct YamlNode;

/// Reads `content` (from `file`) as a log: YAML documents, each a list.
/// Calls `item` for every list item; a document that is not a list is an
/// error "`what`, got KIND" ("a practice log is a list of attempts").
/// Returns false when the YAML does not parse or any error was added.
bool ReadLogItems(std::string_view file, std::string_view content, size_t max_bytes,
                  std::string_view what, std::vector<Diagnostic>* errors,
                  const std::function<void(const YamlNode&)>& item);

}  // namespace starbank

#endif  // STARBANK_IO_LOG_H_
