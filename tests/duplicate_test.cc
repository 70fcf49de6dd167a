// duplicate-story compares the whole bank.
#include <catch2/catch.hpp>

#include <random>

#include "starbank/rule.h"
#include "test_util.h"

namespace starbank {
namespace {

std::vector<std::string> DuplicateFiles(const std::vector<LintInput>& inputs) {
  LintReport r = Lint(inputs, Catalog::Default(), LintOptions{});
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
  auto files = DuplicateFiles({{"a.yaml", true, true, testing::StoryYaml(a)},
                               {"b.yaml", true, true, testing::StoryYaml(b)}});
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
  CHECK(DuplicateFiles({{"a.yaml", true, true, testing::StoryYaml(a)},
                        {"b.yaml", true, true, testing::StoryYaml(b)}})
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
  auto files = DuplicateFiles({{"a.yaml", true, true, testing::StoryYaml(a)},
                               {"b.yaml", true, true, testing::StoryYaml(b)}});
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
  const Rule* rule = FindRule("duplicate-story");
  REQUIRE(rule != nullptr);
  std::vector<Diagnostic> one;
  rule->CheckBank(bank, 1, &one);
  // Every planted pair, reported on both of its stories, and nothing else.
  CHECK(one.size() == 2 * 6000 / 20);
  for (const Diagnostic& d : one) {
    int line = d.mark.line - 1;
    INFO(d.message);
    CHECK((line % 20 == 19 || line % 20 == 18));
  }
  for (int jobs : {2, 3, 8}) {
    std::vector<Diagnostic> many;
    rule->CheckBank(bank, jobs, &many);
    REQUIRE(many.size() == one.size());
    for (size_t k = 0; k < one.size(); ++k) {
      INFO(jobs << " threads, finding " << k);
      CHECK(FormatDiagnostic(many[k]) == FormatDiagnostic(one[k]));
    }
  }
}

}  // namespace
}  // namespace starbank
