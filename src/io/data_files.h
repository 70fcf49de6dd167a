// The data-file check for a path whose lstat is already in hand: a walk
// reads each file's lstat from the folder it lists, and asks this of every
// story file it finds. Apart from io/fs.h so that the many files that
// include that header do not all see <sys/stat.h>.
#ifndef STARBANK_IO_DATA_FILES_H_
#define STARBANK_IO_DATA_FILES_H_

#include <sys/stat.h>

#include <string>

namespace starbank {

/// DataFileKind (io/fs.h) for `path`, `lstat_result` its lstat: the same
/// answer, with no system call when `path` is no symbolic link.
std::string DataFileKind(const std::string& path, const struct stat& lstat_result);

}  // namespace starbank

#endif  // STARBANK_IO_DATA_FILES_H_
