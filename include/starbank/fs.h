// File writing that never clobbers and never leaves half a file behind.
//
// Every command that writes (new, export, hook install, ...) goes through
// WriteFileAtomic: the bytes go to a temporary file in the target's folder,
// are flushed, and only then take the target's name. OpenScratchFile is the
// one other way to write: a nameless file for spilling data.
#ifndef STARBANK_FS_H_
#define STARBANK_FS_H_

#include <cstdio>
#include <string>
#include <string_view>

namespace starbank {

/// Writes `content` to `path` atomically. Without `overwrite`, fails (and
/// changes nothing) when `path` exists. On any failure the target is left
/// as it was, no temporary file remains, and `error` says why.
bool WriteFileAtomic(const std::string& path, std::string_view content,
                     bool overwrite, std::string* error, int mode = 0644);

/// A scratch file for data too large to hold in memory: opened read/write
/// in $TMPDIR (else /tmp) and unlinked at once, so it has no name to
/// clobber and vanishes when closed or when the process dies. nullptr when
/// none can be made.
std::FILE* OpenScratchFile();

}  // namespace starbank

#endif  // STARBANK_FS_H_
