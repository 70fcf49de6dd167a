// WordTable: a fixed set of short words, numbered in the order given, for
// the per-token lookups of the text finders. Built once, then read-only and
// safe to share between threads. Open addressing over HashWord with a
// power-of-two table; a token brings its hash along, so a miss (most tokens)
// costs one probe, far less than std::unordered_set<std::string>.
#ifndef STARBANK_SRC_TEXT_WORD_TABLE_H_
#define STARBANK_SRC_TEXT_WORD_TABLE_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokens.h"

namespace starbank {

class WordTable {
 public:
  WordTable() : slots_(16, -1) {}
  /// Sized for `words` at once: start-up builds many of these, and growing
  /// them a word at a time cost 4% of a one-story run's instructions.
  WordTable(std::initializer_list<const char*> words)
      : slots_(SlotsFor(words.size()), -1) {
    words_.reserve(words.size());
    hashes_.reserve(words.size());
    for (const char* w : words) Add(w);
  }

  /// Adds `word` (if new) and returns its number.
  int Add(std::string_view word) {
    int found = Find(word);
    if (found >= 0) return found;
    if (4 * (words_.size() + 1) > slots_.size()) Grow();
    int id = static_cast<int>(words_.size());
    words_.emplace_back(word);
    hashes_.push_back(HashWord(word));
    Place(id);
    return id;
  }

  /// The number of `word`, or -1 when it is not in the table.
  int Find(std::string_view word) const { return Find(word, HashWord(word)); }
  /// Same, with `hash` = HashWord(word) already known (Token::hash).
  int Find(std::string_view word, uint32_t hash) const {
    size_t mask = slots_.size() - 1;
    for (size_t s = Spread(hash) & mask;; s = (s + 1) & mask) {
      int id = slots_[s];
      if (id < 0 || (hashes_[id] == hash && words_[id] == word)) return id;
    }
  }
  /// The number of the token's word, or -1.
  int Find(const Token& t) const { return Find(t.norm, t.hash); }

  bool Contains(std::string_view word) const { return Find(word) >= 0; }
  bool Contains(const Token& t) const { return Find(t) >= 0; }

 private:
  static size_t Spread(uint32_t h) { return h ^ (h >> 15); }

  // What Add grows to for n words: a power of two, at least 16 and 4n.
  static size_t SlotsFor(size_t n) {
    size_t s = 16;
    while (s < 4 * n) s *= 2;
    return s;
  }

  void Place(int id) {
    size_t mask = slots_.size() - 1;
    size_t s = Spread(hashes_[id]) & mask;
    while (slots_[s] >= 0) s = (s + 1) & mask;
    slots_[s] = id;
  }

  void Grow() {
    slots_.assign(slots_.size() * 2, -1);
    for (size_t id = 0; id < words_.size(); ++id) Place(static_cast<int>(id));
  }

  std::vector<std::string> words_;
  std::vector<uint32_t> hashes_;  // HashWord of each word
  std::vector<int> slots_;        // -1: empty
};

}  // namespace starbank

#endif  // STARBANK_SRC_TEXT_WORD_TABLE_H_
