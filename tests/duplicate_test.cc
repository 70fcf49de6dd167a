// duplicate-story compares the whole bank.
#include <catch2/catch.hpp>

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

}  // namespace
}  // namespace starbank
