// WordTable: a fixed set of short words, numbered in the order given, for
// the per-token lookups of the text finders. Built once, then read-only and
// safe to share between threads. Open addressing over an FNV-1a hash with a
// power-of-two table: a miss (most tokens) usually costs one hash and one
// probe, far less than std::unordered_set<std::string>.
#ifndef STARBANK_SRC_TEXT_WORD_TABLE_H_
#define STARBANK_SRC_TEXT_WORD_TABLE_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace starbank {

class WordTable {
 public:
  WordTable() : slots_(16, -1) {}
  WordTable(std::initializer_list<const char*> words) : WordTable() {
    for (const char* w : words) Add(w);
  }

  /// Adds `word` (if new) and returns its number.
  int Add(std::string_view word) {
    int found = Find(word);
    if (found >= 0) return found;
    if (4 * (words_.size() + 1) > slots_.size()) Grow();
    int id = static_cast<int>(words_.size());
    words_.emplace_back(word);
    Place(id);
    return id;
  }

  /// The number of `word`, or -1 when it is not in the table.
  int Find(std::string_view word) const {
    size_t mask = slots_.size() - 1;
    for (size_t s = Hash(word) & mask;; s = (s + 1) & mask) {
      int id = slots_[s];
      if (id < 0 || words_[id] == word) return id;
    }
  }

  bool Contains(std::string_view word) const { return Find(word) >= 0; }

 private:
  static uint64_t Hash(std::string_view w) {
    uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : w) h = (h ^ c) * 1099511628211ULL;
    return h ^ (h >> 29);
  }

  void Place(int id) {
    size_t mask = slots_.size() - 1;
    size_t s = Hash(words_[id]) & mask;
    while (slots_[s] >= 0) s = (s + 1) & mask;
    slots_[s] = id;
  }

  void Grow() {
    slots_.assign(slots_.size() * 2, -1);
    for (size_t id = 0; id < words_.size(); ++id) Place(static_cast<int>(id));
  }

  std::vector<std::string> words_;
  std::vector<int> slots_;  // -1: empty
};

}  // namespace starbank

#endif  // STARBANK_SRC_TEXT_WORD_TABLE_H_
