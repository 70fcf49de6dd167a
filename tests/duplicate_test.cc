// duplicate-story compares the whole bank.
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <random>
#include <tuple>

#include "lint/rule.h"
#include "rules/registry.h"
#include "test_util.h"

namespace starbank {
namespace {

std::vector<std::string> DuplicateFiles(const std::vector<LintInput>& inputs) {
  LintReport r = Lint(inputs, Catalog::Default(), AllRules(), LintOptions{});
  std::vector<std::string> out;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.rule == "duplicate-story") out.push_back(d.file);
  }
  return out;
}

TEST_CASE("near-identical stories in two files are both reported") {
  auto a = testing::StrongParts();
  auto b = a;
  b["title"] = "A different title for the same ETL story";
  b["result"] = "Runtime fell from 6 hours to 80 minutes, beating the 2-hour target, and "
                "the morning reports have started on time for 45 straight days.";
  auto files = DuplicateFiles({{"a.yaml", true, testing::StoryYaml(a)},
                               {"b.yaml", true, testing::StoryYaml(b)}});
  CHECK(files == std::vector<std::string>{"a.yaml", "b.yaml"});
}

TEST_CASE("different stories are not duplicates") {
  auto a = testing::StrongParts();
  auto b = a;
  b["situation"] = "Our Android app's crash rate doubled after a dependency upgrade.";
  b["task"] = "I was on call and owned getting crash-free sessions back above target.";
  b["action"] = "I split the crashes by device and OS, found that one phone family with "
                "little memory caused most of them, bought that phone and reproduced "
                "the crash. The SDK vendor could not ship a fix in time, so I capped the "
                "image pool size on low-memory devices behind a remote flag.";
  b["result"] = "Crash-free sessions went from 97.2% to 99.6% in two days.";
  b["learning"] = "I test every SDK upgrade on our lowest-memory supported device.";
  CHECK(DuplicateFiles({{"a.yaml", true, testing::StoryYaml(a)},
                        {"b.yaml", true, testing::StoryYaml(b)}})
            .empty());
}

TEST_CASE("two stories with one id are reported") {
  auto a = testing::StrongParts();
  a["id"] = "etl";
  auto b = a;
  b["situation"] = "Entirely different text about a mobile release train that slipped.";
  b["action"] = "I rebuilt the release checklist and I automated the store upload, "
                "but the review queue stalled once.";
  b["result"] = "Release lead time went from 9 days to 2.";
  b["learning"] = "Automate the boring parts first.";
  auto files = DuplicateFiles({{"a.yaml", true, testing::StoryYaml(a)},
                               {"b.yaml", true, testing::StoryYaml(b)}});
  CHECK(files == std::vector<std::string>{"b.yaml"});
}

// A large bank of fingerprints: random signatures, and every 20th story a
// near-copy of the one before it (44 of 64 positions shared).
std::vector<StoryFingerprint> SyntheticBank(size_t n, std::vector<std::string>* ids) {
  std::mt19937 rng(7);
  ids->resize(n);
  std::vector<StoryFingerprint> bank(n);
  for (size_t i = 0; i < n; ++i) {
    (*ids)[i] = "s" + std::to_string(i);
    StoryFingerprint& fp = bank[i];
    fp.file = "bank.yaml";
    fp.id = (*ids)[i];
    fp.mark = Mark{static_cast<int>(i) + 1, 1};
    fp.has_minhash = true;
    for (uint8_t& v : fp.minhash) v = static_cast<uint8_t>(rng());
    if (i % 20 == 19) {
      fp.minhash = bank[i - 1].minhash;
      for (int k = 0; k < 20; ++k) fp.minhash[(k * 3 + i) % kMinHashSize] ^= 0x5A;
    }
  }
  return bank;
}

TEST_CASE("the bank-wide check finds the same pairs on any number of threads") {
  std::vector<std::string> ids;
  std::vector<StoryFingerprint> bank = SyntheticBank(6000, &ids);  // over the 4096 for threads
  const Rule* found = FindRule("duplicate-story");
  REQUIRE(found != nullptr);
  const BankRule* rule = found->AsBankRule();
  REQUIRE(rule != nullptr);
  BankFindings got;
  rule->CheckBank(bank, 1, &got);
  const std::vector<Diagnostic>& one = got.findings;
  // Every planted pair, reported on both of its stories, and nothing else.
  CHECK(one.size() == 2 * 6000 / 20);
  for (const Diagnostic& d : one) {
    int line = d.mark.line - 1;
    INFO(d.message);
    CHECK((line % 20 == 19 || line % 20 == 18));
  }
  for (int jobs : {2, 3, 8}) {
    BankFindings more;
    rule->CheckBank(bank, jobs, &more);
    const std::vector<Diagnostic>& many = more.findings;
    REQUIRE(many.size() == one.size());
    for (size_t k = 0; k < one.size(); ++k) {
      INFO(jobs << " threads, finding " << k);
      CHECK(FormatDiagnostic(many[k]) == FormatDiagnostic(one[k]));
    }
  }
}

// A bank of `n` fingerprints in bank.yaml (story k on line k + 1, id
// "s<k>"); `sig(k)` gives each signature.
template <typename Sig>
std::vector<StoryFingerprint> Fingerprints(size_t n, std::vector<std::string>* ids, Sig sig) {
  ids->resize(n);
  std::vector<StoryFingerprint> bank(n);
  for (size_t k = 0; k < n; ++k) {
    (*ids)[k] = "s" + std::to_string(k);
    bank[k].file = "bank.yaml";
    bank[k].id = (*ids)[k];
    bank[k].mark = Mark{static_cast<int>(k) + 1, 1};
    bank[k].has_minhash = true;
    bank[k].minhash = sig(k);
  }
  return bank;
}

std::vector<std::string> Messages(const std::vector<StoryFingerprint>& bank, int jobs = 1) {
  BankFindings all;
  FindRule("duplicate-story")->AsBankRule()->CheckBank(bank, jobs, &all);
  std::vector<Diagnostic>& found = all.findings;
  std::sort(found.begin(), found.end(), DiagnosticLess);
  std::vector<std::string> out;
  for (Diagnostic& d : found) {
    d.rule = "duplicate-story";  // as the engine sets them
    d.severity = Severity::kWarning;
    out.push_back(FormatDiagnostic(d));
  }
  return out;
}

MinHashSignature Base() {
  std::mt19937 rng(11);
  MinHashSignature sig;
  for (uint8_t& v : sig) v = static_cast<uint8_t>(rng());
  return sig;
}

// Story k is story k - 1 with 20 of its 64 positions changed, a different
// 20 each time: neighbours share 44 positions (near-identical), stories two
// apart 24 (not).
MinHashSignature Chain(size_t k) {
  MinHashSignature sig = Base();
  for (size_t step = 1; step <= k; ++step) {
    for (size_t r = 0; r < 20; ++r) sig[(step * 20 + r) % kMinHashSize] ^= static_cast<uint8_t>(step);
  }
  return sig;
}

TEST_CASE("near-identical stories get one finding each, naming their cluster") {
  using Case = std::tuple<const char*, size_t, std::vector<std::string>>;
  auto [name, n, expected] = GENERATE(table<const char*, size_t, std::vector<std::string>>({
      Case{"a pair names the other story and the shared share", 2,
           {"bank.yaml:1:1: warning: story is near-identical to 's1' (bank.yaml:2, ~100% shared "
            "text); keep one and retire the other [duplicate-story]",
            "bank.yaml:2:1: warning: story is near-identical to 's0' (bank.yaml:1, ~100% shared "
            "text); keep one and retire the other [duplicate-story]"}},
      Case{"three copies name the other two", 3,
           {"bank.yaml:1:1: warning: story is near-identical to 2 other stories: 's1' (bank.yaml:2), "
            "'s2' (bank.yaml:3); keep one and retire the others [duplicate-story]",
            "bank.yaml:2:1: warning: story is near-identical to 2 other stories: 's0' (bank.yaml:1), "
            "'s2' (bank.yaml:3); keep one and retire the others [duplicate-story]",
            "bank.yaml:3:1: warning: story is near-identical to 2 other stories: 's0' (bank.yaml:1), "
            "'s1' (bank.yaml:2); keep one and retire the others [duplicate-story]"}},
      Case{"past three names, the rest are counted", 5,
           {"bank.yaml:1:1: warning: story is near-identical to 4 other stories: 's1' (bank.yaml:2), "
            "'s2' (bank.yaml:3), 's3' (bank.yaml:4) and 1 more; keep one and retire the "
            "others [duplicate-story]",
            "bank.yaml:2:1: warning: story is near-identical to 4 other stories: 's0' (bank.yaml:1), "
            "'s2' (bank.yaml:3), 's3' (bank.yaml:4) and 1 more; keep one and retire the "
            "others [duplicate-story]",
            "bank.yaml:3:1: warning: story is near-identical to 4 other stories: 's0' (bank.yaml:1), "
            "'s1' (bank.yaml:2), 's3' (bank.yaml:4) and 1 more; keep one and retire the "
            "others [duplicate-story]",
            "bank.yaml:4:1: warning: story is near-identical to 4 other stories: 's0' (bank.yaml:1), "
            "'s1' (bank.yaml:2), 's2' (bank.yaml:3) and 1 more; keep one and retire the "
            "others [duplicate-story]",
            "bank.yaml:5:1: warning: story is near-identical to 4 other stories: 's0' (bank.yaml:1), "
            "'s1' (bank.yaml:2), 's2' (bank.yaml:3) and 1 more; keep one and retire the "
            "others [duplicate-story]"}},
  }));
  INFO(name);
  std::vector<std::string> ids;
  auto bank = Fingerprints(n, &ids, [](size_t) { return Base(); });
  std::vector<std::string> got = Messages(bank);
  CHECK(got == expected);
}

TEST_CASE("a chain of near pairs is cut where a story no longer resembles the anchor") {
  // s0 ~ s1 ~ s2 ~ s3 ~ s4, each only like its neighbours: s0 anchors {s0,
  // s1}; s2 is not like s0, so it anchors {s2, s3}; s4 is like neither
  // anchor and joins its neighbour s3's cluster.
  std::vector<std::string> ids;
  auto bank = Fingerprints(5, &ids, Chain);
  std::vector<std::string> got = Messages(bank);
  CHECK(got == std::vector<std::string>{
                   "bank.yaml:1:1: warning: story is near-identical to 's1' (bank.yaml:2, ~69% shared "
                   "text); keep one and retire the other [duplicate-story]",
                   "bank.yaml:2:1: warning: story is near-identical to 's0' (bank.yaml:1, ~69% shared "
                   "text); keep one and retire the other [duplicate-story]",
                   "bank.yaml:3:1: warning: story is near-identical to 2 other stories: 's3' "
                   "(bank.yaml:4), 's4' (bank.yaml:5); keep one and retire the others "
                   "[duplicate-story]",
                   "bank.yaml:4:1: warning: story is near-identical to 2 other stories: 's2' "
                   "(bank.yaml:3), 's4' (bank.yaml:5); keep one and retire the others "
                   "[duplicate-story]",
                   "bank.yaml:5:1: warning: story is near-identical to 2 other stories: 's2' "
                   "(bank.yaml:3), 's3' (bank.yaml:4); keep one and retire the others "
                   "[duplicate-story]"});
  std::vector<std::vector<uint32_t>> clusters;
  FindRule("duplicate-story")->AsBankRule()->Clusters(bank, 1, &clusters);
  CHECK(clusters == std::vector<std::vector<uint32_t>>{{0, 1}, {2, 3, 4}});
  // CheckBank gives the same clusters beside its findings, each finding
  // on the story it names.
  BankFindings found;
  FindRule("duplicate-story")->AsBankRule()->CheckBank(bank, 1, &found);
  CHECK(found.clusters == clusters);
  REQUIRE(found.stories.size() == found.findings.size());
  for (size_t k = 0; k < found.findings.size(); ++k) {
    CHECK(found.findings[k].mark.line == static_cast<int>(found.stories[k]) + 1);
  }
}

TEST_CASE("a story whose id repeats gets that finding, not a second one") {
  std::vector<std::string> ids;
  auto bank = Fingerprints(2, &ids, [](size_t) { return Base(); });
  bank[1].id = bank[0].id;
  std::vector<std::string> got = Messages(bank);
  CHECK(got == std::vector<std::string>{
                   "bank.yaml:1:1: warning: story is near-identical to 's0' (bank.yaml:2, ~100% shared "
                   "text); keep one and retire the other [duplicate-story]",
                   "bank.yaml:2:1: warning: id 's0' is already used at bank.yaml:1; give each story its "
                   "own id [duplicate-story]"});
}

TEST_CASE("thousands of copies are one cluster, the same on any number of threads") {
  std::vector<std::string> ids;
  // 5,000 copies (over the 4,096 that split the check over threads), with
  // a few positions varied so that the LSH buckets fill and overflow.
  auto bank = Fingerprints(5000, &ids, [](size_t k) {
    MinHashSignature sig = Base();
    for (size_t r = 0; r < 8; ++r) sig[(k * 7 + r * 5) % kMinHashSize] ^= static_cast<uint8_t>(k);
    return sig;
  });
  std::vector<std::string> one = Messages(bank, 1);
  REQUIRE(one.size() == 5000);
  CHECK(one[0] == "bank.yaml:1:1: warning: story is near-identical to 4999 other stories: 's1' "
                  "(bank.yaml:2), 's2' (bank.yaml:3), 's3' (bank.yaml:4) and 4996 more; keep "
                  "one and retire the others [duplicate-story]");
  for (int jobs : {2, 3, 8}) {
    INFO(jobs << " threads");
    CHECK(Messages(bank, jobs) == one);
  }
}

}  // namespace
}  // namespace starbank

namespace starbank {
namespace {

// A bank for CheckBankFor: stories in files f0.yaml, f1.yaml, ... (two
// stories in some files); families of near-copies of several sizes, two of
// them larger than the 16 a story meets in a band bucket (one about a third
// of the bank, one a few dozen), a few repeated ids, and some stories too
// short to sign.
struct FileBank {
  std::vector<std::string> ids, files;
  std::vector<StoryFingerprint> bank;
  std::vector<size_t> family;  // story -> its family, or 13 for none
};

FileBank MakeFileBank(size_t n, uint32_t seed) {
  std::mt19937 rng(seed);
  FileBank fb;
  fb.ids.resize(n);
  fb.files.resize(n);
  fb.bank.resize(n);
  fb.family.resize(n);
  std::vector<MinHashSignature> family(13);
  for (MinHashSignature& f : family) {
    for (uint8_t& v : f) v = static_cast<uint8_t>(rng());
  }
  size_t file = 0;
  for (size_t i = 0; i < n; ++i) {
    if (i == 0 || rng() % 4 != 0) ++file;  // a quarter share the previous file
    fb.files[i] = "f" + std::to_string(file) + ".yaml";
    fb.ids[i] = rng() % 50 == 0 && i > 0 ? fb.ids[rng() % i] : "s" + std::to_string(i);
  }
  for (size_t i = 0; i < n; ++i) {
    StoryFingerprint& fp = fb.bank[i];
    fp.file = fb.files[i].c_str();
    fp.id = fb.ids[i];
    fp.mark = Mark{static_cast<int>(i) + 1, 1};
    fp.has_minhash = rng() % 30 != 0;
    // Family 0 is large (about a third of the bank), 12 a few dozen, the
    // others small.
    size_t f = rng() % 3 == 0    ? 0
               : rng() % 25 == 0 ? 12
               : rng() % 4 == 0  ? 1 + rng() % 11
                                 : family.size();
    fb.family[i] = f;
    if (f < family.size()) {
      fp.minhash = family[f];
      // Family 12's copies sit near the threshold: whether two meet and
      // link depends on the bands they share, not on most of them.
      int changed = static_cast<int>(f == 12 ? 14 + rng() % 6 : rng() % 24);
      for (int k = 0; k < changed; ++k) fp.minhash[rng() % kMinHashSize] ^= 0x33;
    } else {
      for (uint8_t& v : fp.minhash) v = static_cast<uint8_t>(rng());
    }
  }
  return fb;
}

std::vector<std::string> Formatted(std::vector<Diagnostic> found) {
  std::vector<std::string> out;
  for (Diagnostic& d : found) {
    d.rule = "duplicate-story";
    d.severity = Severity::kWarning;
    out.push_back(FormatDiagnostic(d));
  }
  return out;
}

TEST_CASE("one file's findings against the bank are CheckBank's for that file") {
  const BankRule* rule = FindRule("duplicate-story")->AsBankRule();
  for (uint32_t seed = 1; seed <= 8; ++seed) {
    FileBank fb = MakeFileBank(seed % 3 == 0 ? 400 : 1500, seed);
    BankFindings all;
    rule->CheckBank(fb.bank, 1, &all);
    std::mt19937 rng(seed);
    // Files across the bank, asked in turn. First those early and in the
    // middle of the bank's order: the first files, and those of the first
    // stories of the near-threshold family 12 and of its middle one (these
    // take early places in buckets the later stories fill, and can push a
    // story out of a bucket's first 16); then files at random, and one file
    // again after its signature changed.
    std::vector<size_t> early = {0, 1, fb.files.size() / 2};
    std::vector<size_t> in12;
    for (size_t i = 0; i < fb.family.size(); ++i) {
      if (fb.family[i] == 12) in12.push_back(i);
    }
    for (size_t m = 0; m < std::min<size_t>(in12.size(), 4); ++m) early.push_back(in12[m]);
    if (!in12.empty()) early.push_back(in12[in12.size() / 2]);
    for (size_t round = 0; round < early.size() + 12; ++round) {
      std::string file = round < early.size() ? fb.files[early[round]]
                                              : fb.files[rng() % fb.files.size()];
      if (round >= early.size() && round % 3 == 2) {
        for (StoryFingerprint& fp : fb.bank) {
          if (file == fp.file) fp.minhash[rng() % kMinHashSize] ^= 0x11;
        }
        all = BankFindings();
        rule->CheckBank(fb.bank, 1, &all);
      }
      std::vector<Diagnostic> expected;
      std::vector<uint32_t> expected_stories;
      for (size_t k = 0; k < all.findings.size(); ++k) {
        if (all.findings[k].file != file) continue;
        expected.push_back(all.findings[k]);
        expected_stories.push_back(all.stories[k]);
      }
      BankFindings got;
      rule->CheckBankFor(fb.bank, file, 2, &got);
      INFO("seed " << seed << ", round " << round << ", " << file);
      CHECK(Formatted(got.findings) == Formatted(expected));
      CHECK(got.stories == expected_stories);
    }
  }
}

}  // namespace
}  // namespace starbank

namespace starbank {
namespace {

// Whether positions `same` hold a whole band of 4 other than order 0's
// band 0 (positions 0-3), in duplicate-story's four reading orders.
bool HoldsAnotherBand(const std::array<bool, kMinHashSize>& same) {
  static const int kMultiplier[4] = {1, 7, 13, 23};
  for (int order = 0; order < 4; ++order) {
    for (int band = 0; band < kMinHashSize / 4; ++band) {
      if (order == 0 && band == 0) continue;
      bool all = true;
      for (int row = 0; row < 4; ++row) {
        all &= same[((band * 4 + row) * kMultiplier[order] + 3 * order) % kMinHashSize];
      }
      if (all) return true;
    }
  }
  return false;
}

// Positions where two stories agree: all of band 0 (positions 0-3) and
// half the signature in all, but no other whole band in any reading order,
// so the two share exactly one bucket and are near enough to link.
std::array<bool, kMinHashSize> OneBandAgreement(std::mt19937* rng) {
  std::array<bool, kMinHashSize> xy{};
  do {
    xy.fill(false);
    for (int p = 0; p < 4; ++p) xy[p] = true;
    for (int n = 4; n < kMinHashSize / 2;) {
      size_t p = (*rng)() % kMinHashSize;
      if (!xy[p]) xy[p] = true, ++n;
    }
  } while (HoldsAnotherBand(xy));
  return xy;
}

TEST_CASE("a file story that takes a full bucket's first places is answered as CheckBank does") {
  // f.yaml's story F comes first; 15 unrelated stories then X and Y share
  // F's bucket in band 0 (positions 0-3). X is near F and near Y, F is not
  // near Y, and X and Y share no other band. In the whole bank X is the
  // bucket's 17th story, so Y never meets it: F's cluster is F and X. In
  // the bank without F, X is among the first 16 and links Y: an index of
  // the others that ignored the push-out would put Y in F's cluster too.
  std::mt19937 rng(7);
  std::array<bool, kMinHashSize> xy = OneBandAgreement(&rng);  // where X and Y agree
  std::vector<std::string> ids = {"f"}, files = {"f.yaml"};
  for (int k = 0; k < 15; ++k) ids.push_back("u" + std::to_string(k));
  ids.push_back("x");
  ids.push_back("y");
  for (size_t k = 1; k < ids.size(); ++k) files.push_back(ids[k] + ".yaml");
  std::vector<StoryFingerprint> bank(ids.size());
  for (size_t k = 0; k < bank.size(); ++k) {
    bank[k].file = files[k].c_str();
    bank[k].id = ids[k];
    bank[k].mark = Mark{1, 1};
    bank[k].has_minhash = true;
    for (uint8_t& v : bank[k].minhash) v = static_cast<uint8_t>(rng());
    for (int p = 0; p < 4; ++p) bank[k].minhash[p] = static_cast<uint8_t>(0x40 + p);
  }
  MinHashSignature& f = bank[0].minhash;
  MinHashSignature& x = bank[16].minhash;
  MinHashSignature& y = bank[17].minhash;
  for (int p = 4; p < kMinHashSize; ++p) {
    y[p] = xy[p] ? x[p] : static_cast<uint8_t>(x[p] ^ 0x55);
    // F agrees with X on 0-3 and 28 places where Y does not.
    f[p] = static_cast<uint8_t>(x[p] ^ 0x0f);
  }
  for (int p = 4, n = 4; p < kMinHashSize && n < kMinHashSize / 2; ++p) {
    if (!xy[p]) f[p] = x[p], ++n;
  }
  const BankRule* rule = FindRule("duplicate-story")->AsBankRule();
  BankFindings all;
  rule->CheckBank(bank, 1, &all);
  std::vector<Diagnostic> expected;
  for (const Diagnostic& d : all.findings) {
    if (d.file == "f.yaml") expected.push_back(d);
  }
  // The premise: F's finding names X alone, and Y has none.
  REQUIRE(expected.size() == 1);
  CHECK(expected[0].message.find("'x'") != std::string::npos);
  CHECK(expected[0].message.find("'y'") == std::string::npos);
  for (const Diagnostic& d : all.findings) CHECK(d.story != "y");
  BankFindings got;
  rule->CheckBankFor(bank, "f.yaml", 1, &got);
  CHECK(Formatted(got.findings) == Formatted(expected));
}

TEST_CASE("files at every place of a bucket's first 16 are answered as CheckBank does") {
  // The case above at random: fillers, the story or two of f.yaml, X, Y and
  // at times a copy of Y share a band-0 bucket, f.yaml's stories at a
  // random place before or after X, X at places around the 16th, unrelated
  // and unsigned stories between.
  // Every file is asked, so the early, middle and late places all are.
  const BankRule* rule = FindRule("duplicate-story")->AsBankRule();
  for (uint32_t seed = 1; seed <= 40; ++seed) {
    std::mt19937 rng(seed);
    std::array<bool, kMinHashSize> xy = OneBandAgreement(&rng);
    auto random_sig = [&](bool in_bucket) {
      MinHashSignature sig;
      for (uint8_t& v : sig) v = static_cast<uint8_t>(rng());
      for (int p = 0; p < 4 && in_bucket; ++p) sig[p] = static_cast<uint8_t>(0x40 + p);
      return sig;
    };
    MinHashSignature x = random_sig(true), y = x, f = x;
    for (int p = 4; p < kMinHashSize; ++p) {
      if (!xy[p]) y[p] = static_cast<uint8_t>(x[p] ^ 0x55);
      f[p] = static_cast<uint8_t>(x[p] ^ 0x0f);
    }
    for (int p = 4, n = 4; p < kMinHashSize && n < kMinHashSize / 2; ++p) {
      if (!xy[p]) f[p] = x[p], ++n;
    }
    MinHashSignature y2 = y, f2 = f;
    for (int k = 0; k < 4; ++k) y2[4 + rng() % 60] ^= 0x21;
    for (int k = 0; k < 4; ++k) f2[4 + rng() % 60] ^= 0x21;
    struct Entry {
      std::string id, file;
      MinHashSignature sig;
      bool signed_ = true;
    };
    // The bucket's stories in order, f.yaml's put in at f_at (before X,
    // or after it), then Y and maybe its copy; other stories in between.
    std::vector<Entry> bucket;
    size_t fillers = 13 + rng() % 4;
    for (size_t k = 0; k < fillers; ++k) bucket.push_back({"u" + std::to_string(k), "", random_sig(true)});
    bucket.push_back({"x", "", x});
    for (int k = rng() % 3; k > 0; --k) bucket.push_back({"v" + std::to_string(k), "", random_sig(true)});
    size_t f_at = rng() % (bucket.size() + 1);
    bool two = rng() % 3 == 0;
    if (two) bucket.insert(bucket.begin() + static_cast<long>(f_at), {"f2", "f.yaml", f2});
    bucket.insert(bucket.begin() + static_cast<long>(f_at), {"f", "f.yaml", f});
    bucket.push_back({"y", "", y});
    if (rng() % 2 == 0) bucket.push_back({"y2", "", y2});
    std::vector<Entry> entries;
    for (size_t k = 0; k < bucket.size(); ++k) {
      entries.push_back(bucket[k]);
      if (rng() % 4 == 0) entries.push_back({"r" + std::to_string(k), "", random_sig(false)});
      if (rng() % 9 == 0) entries.push_back({"n" + std::to_string(k), "", random_sig(true), false});
    }
    std::vector<StoryFingerprint> bank(entries.size());
    for (size_t k = 0; k < bank.size(); ++k) {
      if (entries[k].file.empty()) entries[k].file = entries[k].id + ".yaml";
    }
    for (size_t k = 0; k < bank.size(); ++k) {
      bank[k].file = entries[k].file.c_str();
      bank[k].id = entries[k].id;
      bank[k].mark = Mark{static_cast<int>(k) + 1, 1};
      bank[k].has_minhash = entries[k].signed_;
      bank[k].minhash = entries[k].sig;
    }
    BankFindings all;
    rule->CheckBank(bank, 1, &all);
    for (const Entry& asked : entries) {
      std::vector<Diagnostic> expected;
      for (const Diagnostic& d : all.findings) {
        if (d.file == asked.file) expected.push_back(d);
      }
      BankFindings got;
      rule->CheckBankFor(bank, asked.file, 1, &got);
      INFO("seed " << seed << ", " << asked.file << ", f.yaml at " << f_at);
      CHECK(Formatted(got.findings) == Formatted(expected));
    }
  }
}

}  // namespace
}  // namespace starbank
