// StringArena: append-only storage for many small strings that live as long
// as the arena, at their length plus nothing: no allocation, header or
// padding per string. Views into it stay valid as it grows.
#ifndef STARBANK_LINT_ARENA_H_
#define STARBANK_LINT_ARENA_H_

#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace starbank {

class StringArena {
 public:
  /// A copy of `s`, valid until the arena is destroyed.
  std::string_view Add(std::string_view s) {
    if (s.empty()) return {};
    // Blocks are new char[], not make_unique<char[]>, which zero-fills them:
    // a one-story run touched (and page-faulted) all 64 KB of its first block
    // for an id of a few bytes. Bytes are written before they are read.
    if (s.size() > kBlock / 4) {  // large: a block of its own; the current one keeps filling
      blocks_.push_back(std::unique_ptr<char[]>(new char[s.size()]));
      std::memcpy(blocks_.back().get(), s.data(), s.size());
      return {blocks_.back().get(), s.size()};
    }
    if (blocks_.empty() || used_ + s.size() > kBlock) {
      blocks_.push_back(std::unique_ptr<char[]>(new char[kBlock]));
      current_ = blocks_.back().get();
      used_ = 0;
    }
    char* at = current_ + used_;
    std::memcpy(at, s.data(), s.size());
    used_ += s.size();
    return {at, s.size()};
  }

 private:
  static constexpr size_t kBlock = 64 * 1024;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* current_ = nullptr;
  size_t used_ = 0;
};

}  // namespace starbank

#endif  // STARBANK_LINT_ARENA_H_
