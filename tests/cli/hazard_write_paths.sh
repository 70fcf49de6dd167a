#!/usr/bin/env bash
# Never clobber, for every command present and future: the only code that
# creates, writes or renames files is WriteFileAtomic (src/io/fs.cc:
# temporary file in the target's folder, then link or rename). Any other
# file-writing call in src/ fails this test; route it through fs.h.
# src/tools/ holds build-time generators run by CMake, not starbank commands.
set -euo pipefail
src=$2
hits=$(grep -rnE \
  'std::ofstream|std::fstream|\bfopen\(|\bfreopen\(|\bcreat\(|O_CREAT|O_WRONLY|O_RDWR|\brename\(|\brenameat|\blink\(|fs::copy|filesystem::copy|fs::rename|filesystem::rename|fs::create_symlink|\bmkstemp' \
  "$src/src" "$src/include" | grep -v -e "^$src/src/io/fs.cc:" -e "^$src/src/tools/" || true)
if [ -n "$hits" ]; then
  echo "FAIL: files written outside WriteFileAtomic (src/io/fs.h):" >&2
  echo "$hits" >&2
  exit 1
fi
echo ok
