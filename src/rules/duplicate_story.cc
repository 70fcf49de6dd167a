// duplicate-story: two stories share an id, or tell the same story.
//
// Near-duplicates are found with MinHash signatures of 3-word shingles and
// LSH banding, so the bank is compared in about O(N), not all pairs.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "rules.h"
#include "starbank/text.h"

namespace starbank {
namespace {

constexpr int kHashes = 64;
constexpr int kBands = 32;  // 32 bands of 2 rows: pairs above ~0.4 meet
constexpr int kRows = kHashes / kBands;
constexpr double kThreshold = 0.5;

uint64_t Mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

uint64_t HashString(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;  // FNV-1a
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

class DuplicateStory : public Rule {
 public:
  DuplicateStory()
      : Rule("duplicate-story", Severity::kWarning,
             "two stories in the bank share an id, or are near-identical in text") {}

  bool bank_wide() const override { return true; }

  void CheckBank(const std::vector<StoryFingerprint>& bank,
                 std::vector<Diagnostic>* out) const override {
    SameIds(bank, out);
    NearDuplicates(bank, out);
  }

 private:
  static Diagnostic At(const StoryFingerprint& s, std::string message) {
    Diagnostic d;
    d.file = s.file;
    d.mark = s.mark;
    d.story = s.id;
    d.message = std::move(message);
    return d;
  }

  void SameIds(const std::vector<StoryFingerprint>& bank,
               std::vector<Diagnostic>* out) const {
    std::unordered_map<std::string, size_t> first;
    for (size_t i = 0; i < bank.size(); ++i) {
      auto [it, fresh] = first.emplace(bank[i].id, i);
      if (fresh) continue;
      const StoryFingerprint& a = bank[it->second];
      out->push_back(At(bank[i], fmt::format("id '{}' is already used at {}:{}; give each "
                                             "story its own id", bank[i].id, a.file,
                                             a.mark.line)));
    }
  }

  void NearDuplicates(const std::vector<StoryFingerprint>& bank,
                      std::vector<Diagnostic>* out) const {
    std::unordered_map<uint64_t, std::vector<size_t>> buckets;
    std::set<std::pair<size_t, size_t>> pairs;
    for (size_t i = 0; i < bank.size(); ++i) {
      const auto& sig = bank[i].minhash;
      if (sig.size() != kHashes) continue;
      for (int b = 0; b < kBands; ++b) {
        uint64_t key = Mix(b + 1);
        for (int r = 0; r < kRows; ++r) key = Mix(key ^ sig[b * kRows + r]);
        auto& bucket = buckets[key];
        for (size_t j : bucket) pairs.emplace(j, i);
        if (bucket.size() < 64) bucket.push_back(i);
      }
    }
    for (const auto& [i, j] : pairs) {
      double sim = MinHashSimilarity(bank[i].minhash, bank[j].minhash);
      if (sim < kThreshold) continue;
      int pct = static_cast<int>(std::lround(sim * 100));
      out->push_back(At(bank[j], fmt::format("story is near-identical to '{}' ({}:{}, "
                                             "~{}% shared text); keep one and retire the "
                                             "other", bank[i].id, bank[i].file,
                                             bank[i].mark.line, pct)));
      out->push_back(At(bank[i], fmt::format("story is near-identical to '{}' ({}:{}, "
                                             "~{}% shared text); keep one and retire the "
                                             "other", bank[j].id, bank[j].file,
                                             bank[j].mark.line, pct)));
    }
  }
};

}  // namespace

std::vector<uint64_t> MinHashStory(const Story& story) {
  std::vector<std::string> words;
  for (const Section& s : story.parts) {
    for (const Token& t : Tokenize(s.text)) {
      if (t.kind != Token::Kind::kSymbol) words.push_back(t.norm);
    }
  }
  constexpr size_t kShingle = 3;
  if (words.size() < kShingle * 4) return {};
  std::vector<uint64_t> sig(kHashes, ~0ULL);
  for (size_t i = 0; i + kShingle <= words.size(); ++i) {
    uint64_t h = 0;
    for (size_t k = 0; k < kShingle; ++k) h = Mix(h ^ HashString(words[i + k]));
    for (int k = 0; k < kHashes; ++k) {
      sig[k] = std::min(sig[k], Mix(h + 0x9e3779b97f4a7c15ULL * (k + 1)));
    }
  }
  return sig;
}

double MinHashSimilarity(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() || a.size() != b.size()) return 0;
  int same = 0;
  for (size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
  return static_cast<double>(same) / a.size();
}

std::unique_ptr<Rule> MakeDuplicateStory() { return std::make_unique<DuplicateStory>(); }

}  // namespace starbank
