// duplicate-story: two stories share an id, or tell the same story.
//
// Near-duplicates are found with MinHash signatures of 3-word shingles and
// LSH banding, so the bank is compared in about O(N), not all pairs: each
// band is one pass over the bank with a small hash table, and only stories
// that agree on a whole band (4 signature positions) are compared.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <thread>

#include "rules.h"
#include "starbank/text.h"

namespace starbank {
namespace {

constexpr int kHashes = kMinHashSize;
// Bands of 4 rows (32 bits), read from the signature in 4 different orders: 64 bands.
// A pair at 0.5 similarity meets in some band 95% of the time (99.5% when
// its signatures agree on 32 of 64 positions), one at 0.2 only 9%, one at 0.1
// under 1%, so unrelated stories in a templated bank rarely meet.
constexpr int kRows = 4;
constexpr int kBandsPerOrder = kHashes / kRows;
constexpr int kOrders = 4;
constexpr size_t kBucketCap = 64;  // later stories meet only the first 64
constexpr int kMinSame = kHashes / 2;  // agreeing positions for 0.5 similarity
constexpr uint32_t kNone = ~0u;

uint64_t Mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

class DuplicateStory : public Rule {
 public:
  DuplicateStory()
      : Rule("duplicate-story", Severity::kWarning,
             "two stories in the bank share an id, or are near-identical in text") {}

  bool bank_wide() const override { return true; }

  void CheckBank(const std::vector<StoryFingerprint>& bank, int jobs,
                 std::vector<Diagnostic>* out) const override {
    SameIds(bank, out);
    NearDuplicates(bank, jobs, out);
  }

 private:
  static Diagnostic At(const StoryFingerprint& s, std::string message) {
    Diagnostic d;
    d.file = std::string(s.file);
    d.mark = s.mark;
    d.story = std::string(s.id);
    d.message = std::move(message);
    return d;
  }

  // Sorting indices by id finds repeats without a map of 100,000 strings.
  void SameIds(const std::vector<StoryFingerprint>& bank,
               std::vector<Diagnostic>* out) const {
    std::vector<uint32_t> order(bank.size());
    for (size_t i = 0; i < bank.size(); ++i) order[i] = static_cast<uint32_t>(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](uint32_t a, uint32_t b) { return bank[a].id < bank[b].id; });
    std::vector<std::pair<uint32_t, uint32_t>> repeats;  // (story, first with its id)
    for (size_t k = 1; k < order.size(); ++k) {
      size_t first = k - 1;
      while (k < order.size() && bank[order[k]].id == bank[order[first]].id) {
        repeats.emplace_back(order[k], order[first]);
        ++k;
      }
    }
    std::sort(repeats.begin(), repeats.end());
    for (const auto& [i, f] : repeats) {
      const StoryFingerprint& a = bank[f];
      out->push_back(At(bank[i], fmt::format("id '{}' is already used at {}:{}; give each "
                                             "story its own id", bank[i].id, a.file,
                                             a.mark.line)));
    }
  }

  using Pairs = std::vector<std::pair<uint32_t, uint32_t>>;

  // The candidate pairs of bands first, first + stride, ...: sorted, each once.
  static Pairs BandPairs(const std::vector<StoryFingerprint>& bank,
                         const std::vector<uint32_t>& signed_stories, int first, int stride) {
    Pairs pairs;
    BandTable table(signed_stories.size(), bank.size());
    for (int b = first; b < kOrders * kBandsPerOrder; b += stride) {
      int order = b / kBandsPerOrder, band = b % kBandsPerOrder;
      table.Clear();
      for (uint32_t i : signed_stories) {
        table.Insert(bank, order, band, i, [&](uint32_t j) {
          if (SameCount(bank[j].minhash, bank[i].minhash) >= kMinSame) {
            pairs.emplace_back(j, i);
          }
        });
      }
      // True duplicates meet in many bands; keep each pair once.
      std::sort(pairs.begin(), pairs.end());
      pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    }
    return pairs;
  }

  void NearDuplicates(const std::vector<StoryFingerprint>& bank, int jobs,
                      std::vector<Diagnostic>* out) const {
    std::vector<uint32_t> signed_stories;
    for (size_t i = 0; i < bank.size(); ++i) {
      if (bank[i].has_minhash) signed_stories.push_back(static_cast<uint32_t>(i));
    }
    // The 64 bands split over threads: this runs after every file is read,
    // when nothing else is left to overlap with. Small banks stay on one.
    int threads = signed_stories.size() < 4096 ? 1 : std::clamp(jobs, 1, 8);
    std::vector<Pairs> parts(static_cast<size_t>(threads));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) {
      pool.emplace_back([&, t] { parts[t] = BandPairs(bank, signed_stories, t, threads); });
    }
    parts[0] = BandPairs(bank, signed_stories, 0, threads);
    for (std::thread& t : pool) t.join();
    Pairs pairs = std::move(parts[0]);
    for (size_t t = 1; t < parts.size(); ++t) {
      pairs.insert(pairs.end(), parts[t].begin(), parts[t].end());
      parts[t] = Pairs();
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (const auto& [i, j] : pairs) {
      double sim = MinHashSimilarity(bank[i].minhash, bank[j].minhash);
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

  // Agreeing positions, stopping early once 0.5 is out of reach.
  static int SameCount(const MinHashSignature& a, const MinHashSignature& b) {
    int same = 0;
    for (int k = 0; k < kHashes; ++k) {
      same += a[k] == b[k];
      if (same + (kHashes - 1 - k) < kMinSame) return same;
    }
    return same;
  }

  // Position of row `row` of band `band` when reading in order `order`: an
  // odd multiplier mod 64 is a permutation, so each order covers every
  // position once, grouped differently.
  static int Position(int order, int band, int row) {
    static const int kMultiplier[kOrders] = {1, 7, 13, 23};
    return ((band * kRows + row) * kMultiplier[order] + 3 * order) % kHashes;
  }

  static uint64_t BandKey(const MinHashSignature& sig, int order, int band) {
    uint64_t key = 0;
    for (int r = 0; r < kRows; ++r) key = key << 8 | sig[Position(order, band, r)];
    return key;
  }

  // One band's buckets: open addressing over story indices; a bucket keeps
  // its members as a linked list through `next_`. Memory is about 9 bytes a
  // slot plus 4 a story, reused for every band.
  class BandTable {
   public:
    BandTable(size_t stories, size_t bank_size) : next_(bank_size, kNone) {
      size_t slots = 16;
      while (slots < 2 * stories) slots *= 2;
      slots_.resize(slots);
      counts_.resize(slots);
    }

    void Clear() { std::fill(counts_.begin(), counts_.end(), 0); }

    // Calls `meet(j)` for each earlier member of i's bucket, then adds i
    // unless the bucket is full.
    template <typename Meet>
    void Insert(const std::vector<StoryFingerprint>& bank, int order, int band,
                uint32_t i, Meet meet) {
      uint64_t key = BandKey(bank[i].minhash, order, band);
      size_t mask = slots_.size() - 1;
      for (size_t s = Mix(key) & mask;; s = (s + 1) & mask) {
        if (counts_[s] == 0) {
          slots_[s] = Slot{i, i};
          counts_[s] = 1;
          next_[i] = kNone;
          return;
        }
        if (BandKey(bank[slots_[s].head].minhash, order, band) != key) continue;
        for (uint32_t j = slots_[s].head; j != kNone; j = next_[j]) meet(j);
        if (counts_[s] < kBucketCap) {
          next_[slots_[s].tail] = i;
          next_[i] = kNone;
          slots_[s].tail = i;
          ++counts_[s];
        }
        return;
      }
    }

   private:
    struct Slot {
      uint32_t head;
      uint32_t tail;
    };
    std::vector<Slot> slots_;
    std::vector<uint8_t> counts_;
    std::vector<uint32_t> next_;
  };
};

}  // namespace

bool MinHashStory(const Story& story, MinHashSignature* out) {
  std::vector<Token> parts[kPartCount];
  for (int p = 0; p < kPartCount; ++p) parts[p] = Tokenize(story.parts[p].text);
  return MinHashTokens(parts, out);
}

bool MinHashTokens(const std::vector<Token> (&parts)[kPartCount], MinHashSignature* out) {
  std::vector<uint64_t> words;  // the tokens' own hashes: shingles read no strings
  size_t total = 0;
  for (const std::vector<Token>& tokens : parts) total += tokens.size();
  words.reserve(total);
  for (const std::vector<Token>& tokens : parts) {
    for (const Token& t : tokens) {
      if (t.kind != Token::Kind::kSymbol) words.push_back(t.hash);
    }
  }
  constexpr size_t kShingle = 3;
  if (words.size() < kShingle * 4) return false;
  // One-permutation hashing: a shingle's hash picks one of the 64 bins by
  // its top 6 bits and competes there with its next 16, so each shingle
  // costs one hash, not 64.
  std::array<uint16_t, kHashes> sig;
  sig.fill(0xFFFF);
  uint64_t filled = 0;
  for (size_t i = 0; i + kShingle <= words.size(); ++i) {
    uint64_t h = 0;
    for (size_t k = 0; k < kShingle; ++k) h = Mix(h ^ words[i + k]);
    int bin = static_cast<int>(h >> 58);
    uint16_t value = static_cast<uint16_t>(h >> 16);
    if (!(filled >> bin & 1) || value < sig[bin]) sig[bin] = value;
    filled |= 1ULL << bin;
  }
  // Optimal densification (Shrivastava, 2017): an empty bin copies a filled
  // bin chosen by hashing (bin, attempt), so equal texts keep equal
  // signatures and the similarity estimate stays unbiased.
  // Only then are the minima cut to their low 8 bits: cutting first would
  // keep the high bits of a minimum, which are mostly zero.
  for (int b = 0; b < kHashes; ++b) {
    uint16_t value = sig[b];
    if (!(filled >> b & 1)) {
      for (uint64_t attempt = 1;; ++attempt) {
        int from = static_cast<int>(Mix(b * 0x9e3779b97f4a7c15ULL + attempt) & (kHashes - 1));
        if (filled >> from & 1) {
          value = sig[from];
          break;
        }
      }
    }
    (*out)[b] = static_cast<uint8_t>(value);
  }
  return true;
}

double MinHashSimilarity(const MinHashSignature& a, const MinHashSignature& b) {
  int same = 0;
  for (int k = 0; k < kHashes; ++k) same += a[k] == b[k];
  // Unrelated minima still agree on 8 bits one time in 256; take that out
  // so the estimate of the shared share stays unbiased.
  constexpr double kChance = 1.0 / 256;
  double agree = static_cast<double>(same) / kHashes;
  return std::max(0.0, (agree - kChance) / (1 - kChance));
}

std::unique_ptr<Rule> MakeDuplicateStory() { return std::make_unique<DuplicateStory>(); }

}  // namespace starbank
