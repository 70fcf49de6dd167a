// File writing that never clobbers and never leaves half a file behind.
//
// Every command that writes (new, export, lint --output, hook install, ...)
// goes through WriteFileAtomic: the bytes go to a temporary file in the
// target's folder, are flushed to disk, and only then take the target's
// name. Only regular files are written or replaced, never a story file.
// OpenScratchFile is the one other way to write: a nameless file for
// spilling data.
#ifndef STARBANK_IO_FS_H_
#define STARBANK_IO_FS_H_

#include <cstdio>
#include <string>
#include <string_view>

namespace starbank {

/// Reads a whole file; on failure returns false and sets `error`.
bool ReadFile(const std::string& path, std::string* content, std::string* error,
              size_t max_bytes = 0);

/// How WriteFileAtomic may treat the target.
struct WriteOptions {
  /// Replace an existing regular file (never a story file). Without it an
  /// existing target is an error and is left as it is.
  bool overwrite = false;
  /// Mode of a new file, less the umask. A replaced file keeps its own mode.
  int mode = 0644;
  /// Use `mode` exactly (no umask, not the old file's mode): for restoring a
  /// file as it was.
  bool exact_mode = false;
  /// The flag that sets `overwrite` ("--force"); when given, "already
  /// exists" says "(use --force to replace it)", as that would help.
  const char* force_flag = nullptr;
  /// The target is a story edited in place (`lint --fix`): replacing a
  /// story file is then the point, not an accident.
  bool story_edit = false;
  /// The target is a log starbank appends to (io/log.h), written under its
  /// lock: the one write a protected data file (ProtectDataFile) allows.
  bool log_append = false;
};

/// Writes `content` to `path` atomically (temporary file, fsync, rename in
/// the same folder). Refuses, whatever the options: a target that is not a
/// regular file (a folder, device, FIFO, socket, or a symbolic link to one
/// or to nothing) and an existing file that holds story keys. A symbolic
/// link to a regular file is itself replaced by the new file; its target is
/// left alone. On any failure the target is left as it was, no temporary
/// file remains, and `error` says why, naming `path`.
bool WriteFileAtomic(const std::string& path, std::string_view content,
                     const WriteOptions& options, std::string* error);

/// WriteFileAtomic in pieces, for output too large to hold in memory
/// (`lint --output`): Open checks the target and makes the temporary file,
/// Write appends to it, Commit flushes it to disk and gives it the target's
/// name. Destroyed without a successful Commit, it removes the temporary
/// file and leaves the target as it was.
class AtomicFile {
 public:
  AtomicFile() = default;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();

  /// Refuses what WriteFileAtomic refuses, with the same messages.
  bool Open(const std::string& path, const WriteOptions& options, std::string* error);
  /// False once a write has failed (or before Open); the errno is kept.
  bool Write(const void* data, size_t n);
  /// The errno of the first failed Write; 0 while none has failed.
  int write_error() const { return write_error_; }
  /// Puts the file in place; false (with `error`, naming the path) if it
  /// cannot, the temporary file then removed. Once.
  bool Commit(std::string* error);

 private:
  std::string path_;
  std::string tmp_;  // the temporary file, while it exists
  int fd_ = -1;
  unsigned mode_ = 0;
  bool replace_ = false;  // rename over the target, rather than link a new name
  int write_error_ = 0;
};

/// The same with the common options: `mode` for a new file.
bool WriteFileAtomic(const std::string& path, std::string_view content,
                     bool overwrite, std::string* error, int mode = 0644);

/// Marks `path` as a file starbank reads as data in this run (the config,
/// the practice or interview log, the catalog in use), called `what` in
/// messages ("the practice log"). From then on WriteFileAtomic and
/// AtomicFile refuse to write it, existing or not (by device and inode, and
/// by its absolute path), with or without --force; only a log append
/// (WriteOptions::log_append) does.
void ProtectDataFile(const std::string& path, const std::string& what);

/// Forgets every ProtectDataFile (for tests).
void ClearProtectedDataFiles();

/// Appends `data` to the regular file at `path` (created if missing, with
/// `header` first; never through a symbolic link), in one write under a
/// flock on the file, then fsyncs it: for side files that only ever grow
/// (a log's NAME.pending.yaml). Refuses what WriteFileAtomic refuses.
bool AppendToFile(const std::string& path, std::string_view header, std::string_view data,
                  std::string* error);

/// Opens the regular file at `path` read-only for flock(2), creating it
/// empty (mode 0644 less the umask) if missing. -1 with `error` on failure.
int OpenToLock(const std::string& path, std::string* error);

/// Creates `dir` and its missing parents (mode 0777 less the umask), as
/// `mkdir -p`. True when it exists as a folder afterwards.
bool MakeDirs(const std::string& dir, std::string* error);

/// A scratch file for data too large to hold in memory: opened read/write
/// in $TMPDIR (else /tmp) and unlinked at once, so it has no name to
/// clobber and vanishes when closed or when the process dies. nullptr when
/// none can be made.
std::FILE* OpenScratchFile();

/// strerror's text in house style: "No space left on device" ->
/// "no space left on device".
std::string ErrorText(int err);

}  // namespace starbank

#endif  // STARBANK_IO_FS_H_
