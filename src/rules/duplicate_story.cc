// duplicate-story: two stories share an id, or tell the same story.
//
// Near-duplicates are found with MinHash signatures of 3-word shingles and
// LSH banding, so the bank is compared in about O(N), not all pairs: each
// band is one pass over the bank with a small hash table, and only stories
// that agree on a whole band (4 signature positions) are compared.
//
// Pairs that pass are linked (union-find), never kept, and each linked set
// is split into clusters around anchors (SplitSet below); every story of a
// cluster gets one finding naming the others. So 20,000 copies of a story
// give 20,000 findings, not the 400 million of every pair, in flat memory.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "rules.h"
#include "text/tokens.h"

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
constexpr int kBucketWalk = 16;  // a story meets the first 16 of its bucket
constexpr int kMinSame = kHashes / 2;  // agreeing positions for 0.5 similarity
constexpr uint32_t kNone = ~0u;

class DuplicateStory : public BankRule {
 public:
  DuplicateStory()
      : BankRule(msg::kDuplicateStory, Severity::kWarning) {}

  void Clusters(const std::vector<StoryFingerprint>& bank, int jobs,
                std::vector<std::vector<uint32_t>>* out) const override {
    *out = AllClusters(bank, jobs);
  }

  void CheckBank(const std::vector<StoryFingerprint>& bank, int jobs,
                 BankFindings* out) const override {
    // One finding a story at most: a story whose id repeats an earlier one
    // gets that finding, not also the near-identical one.
    std::vector<bool> reported(bank.size(), false);
    SameIds(bank, &reported, out);
    out->clusters = AllClusters(bank, jobs);
    for (const std::vector<uint32_t>& c : out->clusters) ReportCluster(bank, c, reported, out);
  }

  // One file's findings, for the language server on every keystroke: the
  // file's stories (one run of the bank) against an index of the others,
  // kept while their signatures and the file's place and story count stay
  // the same. The findings are those CheckBank gives the file (see
  // IncrementalFor). A file whose stories are not one run of the bank
  // (never so for lint's inputs) is answered by clustering the whole bank.
  void CheckBankFor(const std::vector<StoryFingerprint>& bank, std::string_view file,
                    int jobs, BankFindings* out) const override {
    size_t b = 0;
    while (b < bank.size() && !IsFile(bank[b].file, file)) ++b;
    if (b == bank.size()) return;  // no story of the file: no finding
    size_t e = b;
    while (e < bank.size() && IsFile(bank[e].file, file)) ++e;
    bool one_run = true;
    for (size_t i = e; i < bank.size() && one_run; ++i) one_run = !IsFile(bank[i].file, file);
    if (one_run) {
      std::vector<bool> reported(bank.size(), false);
      BankFindings found;
      SameIdsOf(bank, b, e, &reported, &found);
      {
        std::lock_guard<std::mutex> lock(index_mu_);
        IncrementalFor(bank, b, e, reported, &found);
      }
      for (size_t k = 0; k < found.findings.size(); ++k) {
        out->Add(found.stories[k], std::move(found.findings[k]));
      }
      return;
    }
    WholeBankFor(bank, file, jobs, out);
  }

 private:
  // Whether path `f` spells `file`, without measuring `f` first: on every
  // keystroke the language server looks for its file among the bank's.
  static bool IsFile(const char* f, std::string_view file) {
    return f == file.data() ||
           (std::strncmp(f, file.data(), file.size()) == 0 && f[file.size()] == '\0');
  }

  static Diagnostic At(const StoryFingerprint& s, std::string message) {
    Diagnostic d;
    d.file = std::string(s.file);
    d.mark = s.mark;
    d.story = std::string(s.id);
    d.message = std::move(message);
    return d;
  }

  // Sorting indices by id finds repeats without a map of 100,000 strings.
  void SameIds(const std::vector<StoryFingerprint>& bank, std::vector<bool>* reported,
               BankFindings* out) const {
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
      (*reported)[i] = true;
      if (!out->messages) {
        out->AddStory(i);
        continue;
      }
      out->Add(i, At(bank[i], Format(msg::kDuplicateStorySameId, bank[i].id, a.file,
                                          a.mark.line)));
    }
  }

  // Union-find over story indices. A set's root is its smallest index, so
  // the sets do not depend on the order pairs were found in.
  class Forest {
   public:
    explicit Forest(size_t n) : parent_(n) {
      for (size_t i = 0; i < n; ++i) parent_[i] = static_cast<uint32_t>(i);
    }
    uint32_t Find(uint32_t x) {
      while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];  // path halving
      return x;
    }
    void Union(uint32_t a, uint32_t b) {
      a = Find(a);
      b = Find(b);
      if (a < b) parent_[b] = a;
      if (b < a) parent_[a] = b;
    }

   private:
    std::vector<uint32_t> parent_;
  };

  // Links the stories of every candidate pair of bands first, first +
  // stride, ... that passes the threshold. A pair already linked is not
  // compared again, and no pair is kept: 20,000 copies of one story are
  // 200 million pairs, but one set.
  static void LinkBands(const std::vector<StoryFingerprint>& bank,
                        const std::vector<uint32_t>& signed_stories, int first, int stride,
                        Forest* forest) {
    BandTable table(signed_stories.size(), bank.size());
    for (int b = first; b < kOrders * kBandsPerOrder; b += stride) {
      int order = b / kBandsPerOrder, band = b % kBandsPerOrder;
      table.Clear();
      for (uint32_t i : signed_stories) {
        uint32_t root = forest->Find(i);
        table.Insert(
            bank, order, band, i,
            [&](uint32_t j) {
              if (forest->Find(j) == root) return;
              if (SameCount(bank[j].minhash, bank[i].minhash) < kMinSame) return;
              forest->Union(i, j);
              root = forest->Find(i);
            },
            [&](uint32_t j) { return forest->Find(j) == root; });
      }
    }
  }

  // The linked sets of the bank, each a list of story indices, ascending;
  // sets of one left out. The 64 bands split over threads, each with its
  // own forest; merging the forests gives the same sets on any count.
  static std::vector<std::vector<uint32_t>> LinkedSets(
      const std::vector<StoryFingerprint>& bank, int jobs) {
    std::vector<uint32_t> signed_stories;
    for (size_t i = 0; i < bank.size(); ++i) {
      if (bank[i].has_minhash) signed_stories.push_back(static_cast<uint32_t>(i));
    }
    // This runs after every file is read, when nothing else is left to
    // overlap with. Small banks stay on one thread.
    int threads = signed_stories.size() < 4096 ? 1 : std::clamp(jobs, 1, 8);
    std::vector<Forest> forests(static_cast<size_t>(threads), Forest(bank.size()));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) {
      pool.emplace_back([&, t] { LinkBands(bank, signed_stories, t, threads, &forests[t]); });
    }
    LinkBands(bank, signed_stories, 0, threads, &forests[0]);
    for (std::thread& t : pool) t.join();
    Forest& all = forests[0];
    for (size_t t = 1; t < forests.size(); ++t) {
      for (uint32_t i : signed_stories) all.Union(i, forests[t].Find(i));
      forests[t] = Forest(0);
    }
    std::vector<std::pair<uint32_t, uint32_t>> by_root;  // (root, story)
    for (uint32_t i : signed_stories) {
      by_root.emplace_back(all.Find(i), i);
    }
    std::sort(by_root.begin(), by_root.end());
    std::vector<std::vector<uint32_t>> sets;
    for (size_t k = 0; k < by_root.size();) {
      size_t end = k;
      while (end < by_root.size() && by_root[end].first == by_root[k].first) ++end;
      if (end - k >= 2) {
        sets.emplace_back();
        for (size_t m = k; m < end; ++m) sets.back().push_back(by_root[m].second);
      }
      k = end;
    }
    return sets;
  }

  static bool Near(const StoryFingerprint& a, const StoryFingerprint& b) {
    return SameCount(a.minhash, b.minhash) >= kMinSame;
  }

  // Splits one linked set into clusters, so that a chain of near pairs (a
  // like b, b like c, c like d...) does not put stories that share little
  // under one name. Taken in input order, a story joins the newest of the
  // last kAnchors anchors it is near (the clusters' representatives), or
  // becomes an anchor; a story left alone joins the cluster of the nearest
  // (by input order) story it is near within kScan places of the set each
  // way, or stays alone. So every story shares about half its text with
  // its cluster's anchor, or with a story that does. Returns clusters of two
  // or more, each ascending.
  //
  // Both scans are capped, so a set costs at most kAnchors + 2 kScan
  // compares a story, linear in its size. A templated bank (stories from a
  // few templates) links tens of thousands of stories into one set by
  // chance pairs: there an uncapped scan of each lone story's neighbours
  // grew as the square of the set. A bank's real copies sit close together
  // in input order (a story rewritten, copied beside the original), and a
  // set of up to 2 kScan + 1 stories is scanned whole, as before.
  static std::vector<std::vector<uint32_t>> SplitSet(const std::vector<StoryFingerprint>& bank,
                                                     const std::vector<uint32_t>& set) {
    constexpr size_t kAnchors = 64;
    constexpr size_t kScan = 256;
    std::vector<uint32_t> anchors;        // positions in `set`
    std::vector<uint32_t> cluster(set.size());  // position -> index into anchors
    for (size_t m = 0; m < set.size(); ++m) {
      size_t joined = anchors.size();
      for (size_t a = anchors.size(); a-- > 0 && anchors.size() - a <= kAnchors;) {
        if (Near(bank[set[m]], bank[set[anchors[a]]])) {
          joined = a;
          break;
        }
      }
      if (joined == anchors.size()) anchors.push_back(static_cast<uint32_t>(m));
      cluster[m] = static_cast<uint32_t>(joined);
    }
    std::vector<uint32_t> size(anchors.size(), 0);
    for (uint32_t c : cluster) ++size[c];
    for (size_t c = 0; c < anchors.size(); ++c) {
      if (size[c] != 1) continue;
      size_t m = anchors[c];
      for (size_t step = 1; step <= kScan && (step <= m || m + step < set.size()); ++step) {
        for (size_t p : {m - step, m + step}) {
          if (p >= set.size() || !Near(bank[set[m]], bank[set[p]])) continue;
          --size[c];
          cluster[m] = cluster[p];
          ++size[cluster[p]];
          step = kScan;
          break;
        }
      }
    }
    std::vector<std::vector<uint32_t>> out(anchors.size());
    for (size_t m = 0; m < set.size(); ++m) out[cluster[m]].push_back(set[m]);
    out.erase(std::remove_if(out.begin(), out.end(),
                             [](const std::vector<uint32_t>& c) { return c.size() < 2; }),
              out.end());
    return out;
  }

  // One finding per story of a cluster, naming the others (the first
  // kNamed of them, in input order).
  static void ReportCluster(const std::vector<StoryFingerprint>& bank,
                            const std::vector<uint32_t>& cluster,
                            const std::vector<bool>& reported, BankFindings* out,
                            const std::string_view* only = nullptr) {
    constexpr size_t kNamed = 3;
    for (uint32_t i : cluster) {
      if (reported[i]) continue;  // its id finding is the one it gets
      if (only != nullptr && !IsFile(bank[i].file, *only)) continue;
      if (!out->messages) {
        out->AddStory(i);
        continue;
      }
      if (cluster.size() == 2) {
        const StoryFingerprint& o = bank[cluster[0] == i ? cluster[1] : cluster[0]];
        int pct = static_cast<int>(std::lround(MinHashSimilarity(bank[i].minhash, o.minhash) * 100));
        out->Add(i, At(bank[i], Format(msg::kDuplicateStoryNearCopy,
                                            o.id, o.file, o.mark.line, pct)));
        continue;
      }
      std::string names;
      size_t named = 0;
      for (uint32_t j : cluster) {
        if (j == i || named == kNamed) continue;
        if (named++ > 0) names += ", ";
        names += Format(msg::kDuplicateStoryNamedCopy, bank[j].id, bank[j].file, bank[j].mark.line);
      }
      size_t others = cluster.size() - 1;
      if (others > kNamed) names += " " + Format(msg::kDuplicateStoryAndMore, others - kNamed);
      out->Add(i, At(bank[i], Format(msg::kDuplicateStoryNearCopies,
                                          others, names)));
    }
  }

  static std::vector<std::vector<uint32_t>> AllClusters(
      const std::vector<StoryFingerprint>& bank, int jobs) {
    std::vector<std::vector<uint32_t>> clusters;
    for (const std::vector<uint32_t>& set : LinkedSets(bank, jobs)) {
      for (std::vector<uint32_t>& c : SplitSet(bank, set)) clusters.push_back(std::move(c));
    }
    // By first story, so that the order does not depend on the split.
    std::sort(clusters.begin(), clusters.end());
    return clusters;
  }

  // The file's findings from clustering the whole bank, as CheckBank finds
  // them: what CheckBankFor falls back to.
  void WholeBankFor(const std::vector<StoryFingerprint>& bank, std::string_view file,
                    int jobs, BankFindings* out) const {
    std::vector<bool> reported(bank.size(), false);
    BankFindings ids;
    SameIds(bank, &reported, &ids);
    for (size_t k = 0; k < ids.findings.size(); ++k) {
      if (ids.findings[k].file == file) out->Add(ids.stories[k], std::move(ids.findings[k]));
    }
    // A story is in a linked set only if some story is near it: when none
    // of the file's stories is (one pass of early-stopping compares), the
    // clusters need not be built.
    bool near = false;
    for (size_t i = 0; i < bank.size() && !near; ++i) {
      if (!bank[i].has_minhash || file != bank[i].file) continue;
      for (size_t j = 0; j < bank.size() && !near; ++j) {
        near = j != i && bank[j].has_minhash && Near(bank[i], bank[j]);
      }
    }
    if (!near) return;
    for (const std::vector<uint32_t>& c : AllClusters(bank, jobs)) {
      bool mine = false;
      for (uint32_t i : c) mine |= file == bank[i].file;
      if (mine) ReportCluster(bank, c, reported, out, &file);
    }
  }

  // SameIds' findings for stories [b, e) only: a story whose id an earlier
  // story has, pointing at the first story with that id.
  void SameIdsOf(const std::vector<StoryFingerprint>& bank, size_t b, size_t e,
                 std::vector<bool>* reported, BankFindings* out) const {
    for (size_t i = b; i < e; ++i) {
      for (size_t f = 0; f < i; ++f) {
        if (bank[f].id != bank[i].id) continue;
        const StoryFingerprint& a = bank[f];
        (*reported)[i] = true;
        out->Add(static_cast<uint32_t>(i),
                 At(bank[i], Format(msg::kDuplicateStorySameId, bank[i].id, a.file,
                                         a.mark.line)));
        break;
      }
    }
  }

  // The bank without one file's stories [at, at + run), as the banding
  // leaves it with the file in place. "Others" are numbered in bank order
  // with the file's run taken out, so other o is bank story o before the
  // file and o + run after it.
  //
  // Putting the file back changes the others' links in one way only: a
  // file story in a band bucket takes a place among its first kBucketWalk,
  // and an other after the file can lose its place there, and with it its
  // links to the bucket's later stories (an other before the file keeps its
  // place). Only an other at place kBucketWalk - run or later of a bucket
  // can lose it. So the index keeps the others' linked sets without those
  // links ("groups": every link the file cannot take away), and those links
  // apart, each as the groups it joins; a keystroke puts back the ones the
  // file's stories leave in place, and adds the file's own.
  struct OthersIndex {
    size_t at = 0, run = 0;
    std::vector<bool> has_minhash;
    std::vector<MinHashSignature> minhash;
    std::vector<uint32_t> group;        // other -> its group
    std::vector<uint32_t> group_begin;  // group g's others: members[begin[g], begin[g + 1])
    std::vector<uint32_t> members;      // others, ascending within a group
    // A link the file can take away: other `from`, at place `place` of its
    // bucket `key` in band `band`, near stories of the groups
    // targets[first, first + count) later in the bucket.
    struct Loose {
      uint32_t key;
      uint16_t band;
      uint16_t place;
      uint32_t from, first, count;
    };
    std::vector<Loose> loose;
    std::vector<uint32_t> targets;
    // Per band (order * kBandsPerOrder + band): (band key, other), sorted.
    std::vector<std::vector<std::pair<uint32_t, uint32_t>>> bands;
  };

  // Whether the index describes the bank less stories [b, e).
  bool IndexFits(const std::vector<StoryFingerprint>& bank, size_t b, size_t e) const {
    if (!index_ || index_->at != b || index_->run != e - b ||
        index_->has_minhash.size() != bank.size() - (e - b)) {
      return false;
    }
    for (size_t i = 0, o = 0; i < bank.size(); ++i) {
      if (i == b) i = e;
      if (i == bank.size()) break;
      if (index_->has_minhash[o] != bank[i].has_minhash) return false;
      if (bank[i].has_minhash && index_->minhash[o] != bank[i].minhash) return false;
      ++o;
    }
    return true;
  }

  void BuildIndex(const std::vector<StoryFingerprint>& bank, size_t b, size_t e) const {
    auto index = std::make_unique<OthersIndex>();
    index->at = b;
    index->run = e - b;
    const size_t n = bank.size() - (e - b);
    for (size_t i = 0; i < bank.size(); ++i) {
      if (i >= b && i < e) continue;
      index->has_minhash.push_back(bank[i].has_minhash);
      index->minhash.push_back(bank[i].minhash);
    }
    const std::vector<MinHashSignature>& sig = index->minhash;
    index->bands.resize(kOrders * kBandsPerOrder);
    for (int band = 0; band < kOrders * kBandsPerOrder; ++band) {
      auto& keys = index->bands[static_cast<size_t>(band)];
      for (uint32_t o = 0; o < n; ++o) {
        if (!index->has_minhash[o]) continue;
        keys.emplace_back(static_cast<uint32_t>(BandKey(sig[o], band / kBandsPerOrder,
                                                        band % kBandsPerOrder)),
                          o);
      }
      std::sort(keys.begin(), keys.end());
    }
    // The others' place p (from 0) in a bucket, in bank order: it meets the
    // later ones when p < kBucketWalk (BandTable). A link from an other
    // after the file at a place the file can take is loose.
    auto loose = [&](uint32_t o, size_t place) {
      return o >= b && place + (e - b) >= static_cast<size_t>(kBucketWalk);
    };
    auto buckets = [&](auto&& visit) {
      for (int band = 0; band < kOrders * kBandsPerOrder; ++band) {
        const auto& keys = index->bands[static_cast<size_t>(band)];
        for (size_t lo = 0, hi; lo < keys.size(); lo = hi) {
          hi = lo + 1;
          while (hi < keys.size() && keys[hi].first == keys[lo].first) ++hi;
          if (hi - lo >= 2) visit(band, keys.data() + lo, hi - lo);
        }
      }
    };
    // The groups: every link but the loose ones.
    Forest forest(n);
    buckets([&](int, const std::pair<uint32_t, uint32_t>* m, size_t size) {
      for (size_t p = 0; p < std::min<size_t>(size, kBucketWalk); ++p) {
        uint32_t a = m[p].second;
        if (loose(a, p)) continue;
        for (size_t q = p + 1; q < size; ++q) {
          uint32_t x = m[q].second;
          if (forest.Find(a) != forest.Find(x) && SameCount(sig[a], sig[x]) >= kMinSame) {
            forest.Union(a, x);
          }
        }
      }
    });
    // Groups numbered by their first other.
    index->group.assign(n, kNone);
    uint32_t groups = 0;
    for (uint32_t o = 0; o < n; ++o) {
      uint32_t r = forest.Find(o);
      index->group[o] = r == o ? groups++ : index->group[r];
    }
    index->group_begin.assign(groups + 1, 0);
    for (uint32_t o = 0; o < n; ++o) ++index->group_begin[index->group[o] + 1];
    for (uint32_t g = 0; g < groups; ++g) index->group_begin[g + 1] += index->group_begin[g];
    index->members.resize(n);
    std::vector<uint32_t> fill(index->group_begin.begin(), index->group_begin.end() - 1);
    for (uint32_t o = 0; o < n; ++o) index->members[fill[index->group[o]]++] = o;
    // The loose links, each as the groups it reaches.
    std::vector<uint32_t> reached;
    buckets([&](int band, const std::pair<uint32_t, uint32_t>* m, size_t size) {
      for (size_t p = 0; p < std::min<size_t>(size, kBucketWalk); ++p) {
        uint32_t a = m[p].second;
        if (!loose(a, p)) continue;
        reached.clear();
        for (size_t q = p + 1; q < size; ++q) {
          uint32_t x = m[q].second, g = index->group[x];
          if (g == index->group[a] ||
              std::find(reached.begin(), reached.end(), g) != reached.end()) {
            continue;
          }
          if (SameCount(sig[a], sig[x]) >= kMinSame) reached.push_back(g);
        }
        if (reached.empty()) continue;
        index->loose.push_back({m[p].first, static_cast<uint16_t>(band),
                                static_cast<uint16_t>(p), a,
                                static_cast<uint32_t>(index->targets.size()),
                                static_cast<uint32_t>(reached.size())});
        index->targets.insert(index->targets.end(), reached.begin(), reached.end());
      }
    });
    index_ = std::move(index);
  }

  // CheckBank's near-duplicate findings for stories [b, e), the one run of
  // a file, from the index of the others.
  //
  // Why it agrees with CheckBank: in a band, story x meets story a < x of
  // its bucket exactly when a is among the bucket's first kBucketWalk
  // stories (by bank order; BandTable), and they are linked when Near(a,
  // x); the linked sets are the connected parts of those links, whatever
  // the order of work (skipped meetings are of stories already linked).
  // The whole bank's links are: the others' links the file cannot take
  // away (the index's groups), the loose ones whose other keeps its place
  // once the file's stories are in its bucket, and the links of the file's
  // stories with their buckets. Each file story's linked set is the
  // connected part of those that holds it, and SplitSet, which depends on
  // the set alone, splits it as it does in the whole bank. Sets without a
  // file story give the file no finding.
  void IncrementalFor(const std::vector<StoryFingerprint>& bank, size_t b, size_t e,
                      const std::vector<bool>& reported, BankFindings* out) const {
    if (!IndexFits(bank, b, e)) BuildIndex(bank, b, e);
    const OthersIndex& ix = *index_;
    const uint32_t k = static_cast<uint32_t>(e - b);
    const uint32_t groups = static_cast<uint32_t>(ix.group_begin.size() - 1);
    auto global = [&](uint32_t o) { return o < b ? o : o + k; };
    auto mine = [&](uint32_t g) { return g >= b && g < e; };
    // Union-find nodes: the file's stories (0..k-1), then the groups.
    std::vector<uint32_t> parent(k + groups);
    for (uint32_t n = 0; n < parent.size(); ++n) parent[n] = n;
    auto find = [&](uint32_t x) {
      while (parent[x] != x) x = parent[x] = parent[parent[x]];
      return x;
    };
    auto unite = [&](uint32_t u, uint32_t v) {
      u = find(u);
      v = find(v);
      if (u < v) parent[v] = u;
      if (v < u) parent[u] = v;
    };
    auto node_of = [&](uint32_t g) -> uint32_t {
      if (mine(g)) return g - static_cast<uint32_t>(b);
      return k + ix.group[g < b ? g : g - k];
    };
    std::vector<bool> linked(k, false);
    auto join = [&](uint32_t u, uint32_t v) {
      uint32_t nu = node_of(u), nv = node_of(v);
      if (find(nu) == find(nv) || !Near(bank[u], bank[v])) return;
      for (uint32_t g : {u, v}) {
        if (mine(g)) linked[g - b] = true;
      }
      unite(nu, nv);
    };
    // The file stories' band keys (kNone for a story without a signature:
    // a real key can be ~0u too, so has_minhash is checked as well).
    const int kBands = kOrders * kBandsPerOrder;
    std::vector<uint32_t> keys_of(static_cast<size_t>(kBands) * k, kNone);
    for (uint32_t i = 0; i < k; ++i) {
      if (!bank[b + i].has_minhash) continue;
      for (int band = 0; band < kBands; ++band) {
        keys_of[static_cast<size_t>(band) * k + i] = static_cast<uint32_t>(
            BandKey(bank[b + i].minhash, band / kBandsPerOrder, band % kBandsPerOrder));
      }
    }
    auto file_in = [&](int band, uint32_t key) {  // file stories in bucket `key`
      uint32_t count = 0;
      for (uint32_t i = 0; i < k; ++i) {
        count += bank[b + i].has_minhash && keys_of[static_cast<size_t>(band) * k + i] == key;
      }
      return count;
    };
    // Loose links the file leaves in place.
    for (const OthersIndex::Loose& l : ix.loose) {
      if (l.place + file_in(l.band, l.key) >= kBucketWalk) continue;  // pushed out
      for (uint32_t t = l.first; t < l.first + l.count; ++t) {
        unite(k + ix.group[l.from], k + ix.targets[t]);
      }
    }
    // The file stories' links: with the first kBucketWalk of their bucket
    // before them, and, from a place among the first kBucketWalk, with
    // every later story of it.
    std::vector<uint32_t> file_bucket;
    for (int band = 0; band < kBands; ++band) {
      const auto& keys = ix.bands[static_cast<size_t>(band)];
      for (uint32_t i = 0; i < k; ++i) {
        if (!bank[b + i].has_minhash) continue;
        uint32_t key = keys_of[static_cast<size_t>(band) * k + i];
        bool first = true;  // the bucket is walked from its first file story
        for (uint32_t j = 0; j < i && first; ++j) {
          first = !bank[b + j].has_minhash || keys_of[static_cast<size_t>(band) * k + j] != key;
        }
        if (!first) continue;
        file_bucket.clear();
        for (uint32_t j = i; j < k; ++j) {
          if (bank[b + j].has_minhash && keys_of[static_cast<size_t>(band) * k + j] == key) {
            file_bucket.push_back(static_cast<uint32_t>(b) + j);
          }
        }
        auto lo = std::lower_bound(keys.begin(), keys.end(), std::make_pair(key, 0u));
        auto mid = std::lower_bound(lo, keys.end(), std::make_pair(key, static_cast<uint32_t>(b)));
        auto hi = key == ~0u ? keys.end()
                             : std::lower_bound(mid, keys.end(), std::make_pair(key + 1, 0u));
        const size_t before = static_cast<size_t>(mid - lo);
        for (auto it = lo; it != mid && it - lo < kBucketWalk; ++it) {
          for (uint32_t f : file_bucket) join(it->second, f);
        }
        for (size_t p = 0; p < file_bucket.size() && before + p < kBucketWalk; ++p) {
          for (size_t q = p + 1; q < file_bucket.size(); ++q) join(file_bucket[p], file_bucket[q]);
          for (auto it = mid; it != hi; ++it) join(file_bucket[p], global(it->second));
        }
      }
    }
    // Each linked file story's set: the file stories and the groups joined
    // to it.
    std::vector<uint32_t> roots;
    for (uint32_t i = 0; i < k; ++i) {
      if (linked[i] && std::find(roots.begin(), roots.end(), find(i)) == roots.end()) {
        roots.push_back(find(i));
      }
    }
    if (roots.empty()) return;
    std::vector<std::vector<uint32_t>> sets(roots.size());
    for (uint32_t i = 0; i < k; ++i) {
      if (!linked[i]) continue;
      size_t r = static_cast<size_t>(std::find(roots.begin(), roots.end(), find(i)) - roots.begin());
      sets[r].push_back(static_cast<uint32_t>(b) + i);
    }
    for (uint32_t g = 0; g < groups; ++g) {
      auto r = std::find(roots.begin(), roots.end(), find(k + g));
      if (r == roots.end()) continue;
      std::vector<uint32_t>& set = sets[static_cast<size_t>(r - roots.begin())];
      for (uint32_t m = ix.group_begin[g]; m < ix.group_begin[g + 1]; ++m) {
        set.push_back(global(ix.members[m]));
      }
    }
    std::vector<std::vector<uint32_t>> clusters;
    for (std::vector<uint32_t>& set : sets) {
      std::sort(set.begin(), set.end());
      for (std::vector<uint32_t>& c : SplitSet(bank, set)) clusters.push_back(std::move(c));
    }
    std::sort(clusters.begin(), clusters.end());
    std::string_view file = bank[b].file;
    for (const std::vector<uint32_t>& c : clusters) {
      bool has_mine = false;
      for (uint32_t i : c) has_mine |= mine(i);
      if (has_mine) ReportCluster(bank, c, reported, out, &file);
    }
  }

  mutable std::mutex index_mu_;
  mutable std::unique_ptr<OthersIndex> index_;

  // Agreeing positions. With SSE2 (every x86-64), 16 at a time: equal
  // bytes compare to -1, subtracted into a per-byte count (at most 4), and
  // one sum of absolute differences adds those up. Otherwise 8 at a time: a
  // byte of a ^ b is zero where they agree. Either way a compare is a few
  // instructions without branches; it is the inner loop of the banding,
  // met up to 16 times a band a story, and of SplitSet.
  static int SameCount(const MinHashSignature& a, const MinHashSignature& b) {
#if defined(__SSE2__)
    static_assert(kHashes % 16 == 0, "signatures are whole 16-byte blocks");
    __m128i count = _mm_setzero_si128();
    for (int k = 0; k < kHashes; k += 16) {
      __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(a.data() + k));
      __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b.data() + k));
      count = _mm_sub_epi8(count, _mm_cmpeq_epi8(x, y));
    }
    __m128i sums = _mm_sad_epu8(count, _mm_setzero_si128());
    return _mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4);
#else
    constexpr uint64_t kLow7 = 0x7f7f7f7f7f7f7f7fULL;
    int differ = 0;
    for (int k = 0; k < kHashes; k += 8) {
      uint64_t x, y;
      std::memcpy(&x, a.data() + k, 8);
      std::memcpy(&y, b.data() + k, 8);
      uint64_t w = x ^ y;
      // The high bit of each byte set when the byte is not zero.
      uint64_t nonzero = (((w & kLow7) + kLow7) | w) & ~kLow7;
      // One bit a byte: the multiply sums the bytes into the top one.
      differ += static_cast<int>(((nonzero >> 7) * 0x0101010101010101ULL) >> 56);
    }
    return kHashes - differ;
#endif
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
  // its first kBucketWalk members (in bank order) as a linked list through
  // `next_`, newest first, and an empty slot holds kNone. Slots are 1.5 a
  // story (not rounded to a power of two, which could make them up to 3),
  // so memory is 7 bytes a story plus 4 for `next_`, reused for every band.
  //
  // A story meets only the first kBucketWalk members of its bucket: so in
  // a band, stories a < x are compared exactly when both share the bucket
  // and a is one of its first kBucketWalk, a rule about the pair and the
  // bucket alone, which lets the language server answer for one file from
  // an index of the others (IncrementalFor). In a templated bank (stories
  // from a few templates) buckets fill with stories that share a band by
  // chance: there, walking the first 64 members a band cost each story up
  // to 4,096 compares, most of the check's time at 100,000 stories; 16 is
  // at most 1,024 a story. A copy still meets its original in every band
  // whose bucket the original was early in, and a bucket of up to
  // kBucketWalk stories is met whole, as before.
  //
  // A slot also knows whether its members were all linked into one set
  // (`uniform`): a story of that same set then skips the walk, whose every
  // meeting would end at the set test. Sets only grow and a full bucket
  // takes no one, so the bit stays true once set.
  class BandTable {
   public:
    BandTable(size_t stories, size_t bank_size)
        : heads_(std::max<size_t>(16, stories + stories / 2), kNone),
          state_(heads_.size(), 0),
          next_(bank_size, kNone) {}

    void Clear() {
      std::fill(heads_.begin(), heads_.end(), kNone);
      std::fill(state_.begin(), state_.end(), 0);
    }

    // Calls `meet(j)` for each of the first kBucketWalk earlier members of
    // i's bucket, then adds i to the bucket unless it already has
    // kBucketWalk members.
    // `same_set(j)`: whether j is in i's linked set now.
    template <typename Meet, typename SameSet>
    void Insert(const std::vector<StoryFingerprint>& bank, int order, int band,
                uint32_t i, Meet meet, SameSet same_set) {
      uint64_t key = BandKey(bank[i].minhash, order, band);
      size_t size = heads_.size();
      // The hash's high half scaled to [0, size): no power of two needed.
      size_t s = static_cast<size_t>((MixHash(key) >> 32) * size >> 32);
      for (;; s = s + 1 == size ? 0 : s + 1) {
        uint32_t head = heads_[s];
        if (head == kNone) {
          heads_[s] = i;
          next_[i] = kNone;
          state_[s] = kUniform | 1 << kCountShift;
          return;
        }
        if (BandKey(bank[head].minhash, order, band) != key) continue;
        int count = state_[s] >> kCountShift;
        if ((state_[s] & kUniform) == 0 || !same_set(head)) {
          for (uint32_t j = head; j != kNone; j = next_[j]) meet(j);
          bool uniform = true;
          for (uint32_t j = head; j != kNone && uniform; j = next_[j]) uniform = same_set(j);
          state_[s] = static_cast<uint8_t>((uniform ? kUniform : 0) | count << kCountShift);
        }
        if (count == kBucketWalk) return;  // full: later stories never meet i here
        // i is in its own set: a uniform bucket stays so.
        state_[s] = static_cast<uint8_t>((state_[s] & kUniform) | (count + 1) << kCountShift);
        next_[i] = head;
        heads_[s] = i;
        return;
      }
    }

   private:
    static constexpr uint8_t kUniform = 1;  // the members in one linked set
    static constexpr int kCountShift = 1;   // members (up to kBucketWalk) above it
    std::vector<uint32_t> heads_;  // a bucket's newest member, or kNone
    std::vector<uint8_t> state_;   // kUniform | members << kCountShift
    std::vector<uint32_t> next_;
  };
};

}  // namespace

std::unique_ptr<Rule> MakeDuplicateStory() { return std::make_unique<DuplicateStory>(); }

}  // namespace starbank
