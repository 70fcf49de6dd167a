// Spool: bytes written once and read back once, for reporters that print
// at the end what lint handed them file by file (the text score table, the
// json and sarif reports).
#ifndef STARBANK_SRC_REPORT_SPOOL_H_
#define STARBANK_SRC_REPORT_SPOOL_H_

#include <cstdio>
#include <cstring>
#include <string>

#include "io/fs.h"

namespace starbank {

// Bytes written once and read back once, in order: in memory up to a
// limit, then in a scratch file (OpenScratchFile), so that a
// bank of 100,000 stories does not hold its score table in memory. If no
// temporary file can be made, everything stays in memory.
class Spool {
 public:
  explicit Spool(size_t memory_limit) : limit_(memory_limit) {}
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;
  ~Spool() {
    if (file_ != nullptr) std::fclose(file_);
  }

  void Write(const void* data, size_t n) {
    if (file_ == nullptr && memory_.size() + n > limit_ && !failed_) Spill();
    if (file_ != nullptr && std::fwrite(data, 1, n, file_) == n) return;
    if (file_ != nullptr) {  // disk full: read back what is there, keep the rest here
      Unspill();
    }
    memory_.append(static_cast<const char*>(data), n);
  }

  void Rewind() {
    read_ = 0;
    if (file_ != nullptr) {
      std::fflush(file_);
      std::rewind(file_);
    }
  }

  bool Read(void* data, size_t n) {
    if (file_ != nullptr) return std::fread(data, 1, n, file_) == n;
    if (memory_.size() - read_ < n) return false;
    std::memcpy(data, memory_.data() + read_, n);
    read_ += n;
    return true;
  }

 private:
  void Spill() {
    file_ = OpenScratchFile();
    if (file_ == nullptr) {
      failed_ = true;
      return;
    }
    if (std::fwrite(memory_.data(), 1, memory_.size(), file_) != memory_.size()) {
      Unspill();
      return;
    }
    memory_ = std::string();
  }

  void Unspill() {
    std::string all;
    std::fflush(file_);
    std::rewind(file_);
    char buf[65536];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, file_)) > 0;) all.append(buf, n);
    std::fclose(file_);
    file_ = nullptr;
    failed_ = true;
    memory_.insert(0, all);
  }

  size_t limit_;
  std::string memory_;
  size_t read_ = 0;
  std::FILE* file_ = nullptr;
  bool failed_ = false;
};

}  // namespace starbank

#endif  // STARBANK_SRC_REPORT_SPOOL_H_
