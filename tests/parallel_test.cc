// Parallel lint: any --jobs gives byte-for-byte the output of one thread,
// whether the report is printed whole or streamed as files finish.
//
// The bank mixes what makes ordering hard: files of very different sizes (so
// workers finish out of order), several stories per file, near-duplicates
// and a repeated id across files (bank-wide findings merged at the end),
// suppression comments (used, unused and malformed), a broken file and a
// walked file that is not a story.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "starbank/report.h"
#include "test_util.h"
#include "rules/registry.h"

namespace starbank {
namespace {

// A weak variant of the strong test story, chosen by `k`.
std::map<std::string, std::string> Variant(int k) {
  auto parts = testing::StrongParts();
  parts["title"] = "Billing ETL run " + std::to_string(k);
  parts["situation"] += " Run " + std::to_string(k) + " of the rollout.";
  switch (k % 6) {
    case 1:
      parts["result"] = "It was a big success and leadership was happy.";
      break;
    case 2:
      parts["action"] = "We rewrote the join and we added checks. The team worked weekends "
                        "and everyone stepped up.";
      break;
    case 3:
      parts["learning"] = "<absent>";
      parts["principles"] = "[Deliver Results, Dive Deeep]";
      break;
    case 4:
      parts["situation"] = std::string(40, 'x') + " " + parts["situation"];
      parts["reslut"] = "see above";
      break;
    case 5:
      parts["task"] = "<absent>";
      break;
  }
  return parts;
}

// Stories that share little text, so only the planted copies are duplicates.
std::string Distinct(int k) {
  static const char* kTopics[] = {"search indexer", "mobile release train",
                                  "payments ledger", "build farm", "support console"};
  auto parts = Variant(k);
  std::string topic = kTopics[k % 5];
  if (k % 6 == 2) return testing::StoryYaml(parts);  // keep its "we" action
  parts["action"] = "I rebuilt the " + topic + " pipeline " + std::to_string(k) +
                    " times over, then I measured it against " + std::to_string(k * 7) +
                    " replayed sessions; the vendor slipped once, so I shipped behind a flag.";
  parts["result"] = "Errors on the " + topic + " fell from " + std::to_string(k + 20) +
                    "% to " + std::to_string(k % 7 + 1) + "% against a 5% target.";
  return testing::StoryYaml(parts);
}

std::vector<LintInput> Bank() {
  std::vector<LintInput> bank;
  auto add = [&](const std::string& path, const std::string& text, bool named = true) {
    bank.push_back(LintInput{path, named, text});
  };
  for (int k = 0; k < 40; ++k) {
    std::string name = "s" + std::to_string(100 + k) + ".yaml";
    if (k % 9 == 0) {
      std::string many;  // a big file: several documents
      for (int d = 0; d < 12; ++d) many += (d ? "---\n" : "") + Distinct(k * 100 + d);
      add(name, many);
    } else {
      add(name, Distinct(k));
    }
  }
  add("copy-a.yaml", testing::StoryYaml(testing::StrongParts()));
  add("copy-b.yaml", testing::StoryYaml(testing::StrongParts()));
  add("copy-c.yaml", testing::StoryYaml(testing::StrongParts()));  // a cluster of three
  auto same_id = Variant(7);
  same_id["id"] = "etl";
  add("id-1.yaml", testing::StoryYaml(same_id));
  add("id-2.yaml", testing::StoryYaml(same_id));
  add("silenced.yaml", "# starbank: ignore[vague-result] -- quoted on purpose\n" +
                           testing::StoryYaml(Variant(1)));
  add("unused.yaml", "# starbank: ignore[we-ownership]\n" + testing::StoryYaml(Variant(0)));
  add("malformed.yaml", "# starbank: ignore[no-such-rule\n" + testing::StoryYaml(Variant(5)));
  add("broken.yaml", "title: [unclosed\nsituation: |\n  text\n");
  add("ci.yaml", "jobs:\n  build:\n    runs-on: ubuntu\n", false);
  return bank;
}

std::string Render(const LintReport& report, const std::string& format) {
  std::ostringstream out;
  RenderOptions ro;
  ro.rules = AllRules();
  MakeReporter(format, ro)->Render(report, out);
  return out.str();
}

TEST_CASE("the test bank exercises what parallel merging must keep in order") {
  LintReport r = Lint(Bank(), Catalog::Default(), AllRules(), LintOptions{});
  std::set<std::string> rules;
  for (const Diagnostic& d : r.diagnostics) rules.insert(d.rule);
  CHECK(r.stories.size() == 35 + 5 * 12 + 8);
  CHECK(r.errors.size() == 1);
  for (const char* rule : {"duplicate-story", "vague-result", "we-ownership",
                           "unknown-principle", "unknown-field", "missing-section",
                           "unused-suppression", "invalid-suppression"}) {
    INFO(rule);
    CHECK(rules.count(rule) == 1);
  }
}

TEST_CASE("any number of jobs renders byte for byte what one thread renders") {
  std::vector<LintInput> bank = Bank();
  LintOptions serial;
  serial.jobs = 1;
  LintReport one = Lint(bank, Catalog::Default(), AllRules(), serial);
  auto format = GENERATE(as<std::string>{}, "text", "json", "sarif", "github");
  std::string expected = Render(one, format);
  for (int jobs : {2, 3, 8, 0}) {
    LintOptions options;
    options.jobs = jobs;
    for (int round = 0; round < 3; ++round) {  // finishing order varies run to run
      INFO(format << " with " << jobs << " jobs, round " << round);
      CHECK(Render(Lint(bank, Catalog::Default(), AllRules(), options), format) == expected);
    }
  }
}

TEST_CASE("parallel lint keeps scores, including duplicate penalties, per story") {
  std::vector<LintInput> bank = Bank();
  LintOptions serial, parallel;
  serial.jobs = 1;
  parallel.jobs = 4;
  LintReport a = Lint(bank, Catalog::Default(), AllRules(), serial);
  LintReport b = Lint(bank, Catalog::Default(), AllRules(), parallel);
  REQUIRE(a.stories.size() == b.stories.size());
  for (size_t i = 0; i < a.stories.size(); ++i) {
    INFO(a.stories[i].file << " " << a.stories[i].id);
    CHECK(b.stories[i].file == a.stories[i].file);
    CHECK(b.stories[i].id == a.stories[i].id);
    CHECK(b.stories[i].score == a.stories[i].score);
  }
  CHECK(a.files == b.files);
}

// What `starbank lint` prints in `format` when it streams.
std::string Streamed(const std::vector<LintInput>& bank, const std::string& format,
                     int jobs, const RenderOptions& ro = {}) {
  std::ostringstream out;
  RenderOptions with_rules = ro;
  with_rules.rules = AllRules();
  std::unique_ptr<LintSink> sink = MakeReporter(format, with_rules)->Stream(out);
  REQUIRE(sink != nullptr);
  LintOptions options;
  options.jobs = jobs;
  LintStream(bank, Catalog::Default(), AllRules(), options, sink.get());
  return out.str();
}

// Output split into entries: a line, with the indented excerpt lines that
// belong to it (a load error's source line and caret).
std::vector<std::string> Entries(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("  ", 0) == 0 && !out.empty()) {
      out.back() += "\n" + line;
    } else {
      out.push_back(line);
    }
  }
  return out;
}

// The file an entry is about, in text ("f.yaml:2:1: ...") or github
// ("::error file=f.yaml,...") form; "" for score rows and the summary.
std::string FileOf(const std::string& entry) {
  if (entry.rfind("::", 0) == 0) {
    size_t at = entry.find("file=") + 5;
    return entry.substr(at, entry.find_first_of(",:", at) - at);
  }
  size_t colon = entry.find(".yaml:");
  return colon == std::string::npos || entry.find(' ') < colon ? "" : entry.substr(0, colon + 5);
}

TEST_CASE("streamed output is the same for any number of jobs") {
  std::vector<LintInput> bank = Bank();
  auto format = GENERATE(as<std::string>{}, "text", "github");
  std::string expected = Streamed(bank, format, 1);
  for (int jobs : {2, 3, 8, 0}) {
    for (int round = 0; round < 3; ++round) {
      INFO(format << " with " << jobs << " jobs, round " << round);
      CHECK(Streamed(bank, format, jobs) == expected);
    }
  }
}

TEST_CASE("streaming prints each file's findings in input order, bank-wide ones last") {
  std::vector<LintInput> bank = Bank();
  auto format = GENERATE(as<std::string>{}, "text", "github");
  INFO(format);
  // Rendered whole, findings are sorted by file name (which is not the
  // bank's input order) and duplicate-story ones sit among them.
  std::vector<std::string> whole = Entries(Render(Lint(bank, Catalog::Default(), AllRules(), {}), format));
  auto bank_wide = [](const std::string& e) {
    return e.find("duplicate-story") != std::string::npos;
  };
  std::vector<std::string> expected;
  for (const LintInput& in : bank) {
    for (const std::string& e : whole) {
      if (FileOf(e) == in.path && !bank_wide(e)) expected.push_back(e);
    }
  }
  size_t per_file = expected.size();
  for (const std::string& e : whole) {
    if (bank_wide(e)) expected.push_back(e);
  }
  REQUIRE(expected.size() > per_file);
  for (const std::string& e : whole) {
    if (FileOf(e).empty()) expected.push_back(e);  // blank line, score rows, summary
  }
  CHECK(Entries(Streamed(bank, format, 2)) == expected);
}

TEST_CASE("json and sarif streamed through spools equal the report rendered whole") {
  std::vector<LintInput> shuffled = Bank();  // input order is not file order
  std::vector<LintInput> sorted = shuffled;   // the usual case: walked, by path
  std::sort(sorted.begin(), sorted.end(),
            [](const LintInput& a, const LintInput& b) { return a.path < b.path; });
  auto format = GENERATE(as<std::string>{}, "json", "sarif");
  for (const std::vector<LintInput>* bank : {&shuffled, &sorted}) {
    std::string expected = Render(Lint(*bank, Catalog::Default(), AllRules(), {}), format);
    for (size_t memory : {size_t{1} << 20, size_t{64}}) {  // 64: spilled to a scratch file
      RenderOptions ro;
      ro.table_memory = memory;
      for (int jobs : {1, 3}) {
        INFO(format << ", " << (bank == &sorted ? "sorted" : "shuffled") << " inputs, "
                    << memory << " bytes in memory, " << jobs << " jobs");
        CHECK(Streamed(*bank, format, jobs, ro) == expected);
      }
    }
  }
}

TEST_CASE("json and sarif stream an empty bank as they render it") {
  auto format = GENERATE(as<std::string>{}, "json", "sarif");
  INFO(format);
  CHECK(Streamed({}, format, 1) == Render(Lint({}, Catalog::Default(), AllRules(), {}), format));
}

}  // namespace
}  // namespace starbank
