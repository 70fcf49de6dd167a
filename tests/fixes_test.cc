// The safe fixes shared by `lint --fix` and the language server: before and
// after text byte for byte (comments, order and layout kept), the fixes
// that must not be offered, the "ignore here" directive, and --diff's text.
#include "views/fixes.h"

#include <catch2/catch.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "starbank/catalog.h"
#include "starbank/lint.h"
#include "rules/registry.h"
#include "text/lines.h"
#include "views/unified_diff.h"

namespace starbank {
namespace {

constexpr const char* kBody =
    "situation: |\n"
    "  Our nightly billing ETL had crept to 6 hours, three weeks before an audit.\n"
    "task: |\n"
    "  I owned the pipeline and had to bring it under 2 hours.\n"
    "action: |\n"
    "  I profiled every stage and rewrote the slowest join as an incremental merge,\n"
    "  and when the schema freeze hit I kept the new tables behind a view.\n"
    "result: |\n"
    "  Runtime fell from 6 hours to 85 minutes, beating the 2-hour target.\n";

// Lints `yaml`, applies the safe fixes until none is left, as --fix does.
std::string Fixed(const std::string& yaml, std::vector<std::string>* titles = nullptr) {
  std::string text = yaml;
  for (int pass = 0; pass < 4; ++pass) {
    LintReport r = LintString("t.yaml", text, Catalog::Default(), AllRules());
    FixedFile f = ApplySafeFixes(text, r.diagnostics, AllRules());
    for (const Diagnostic& d : f.fixed) {
      if (titles != nullptr) titles->push_back(d.rule + ": " + d.message);
    }
    text = f.text;
    if (!f.skipped) break;
  }
  return text;
}

TEST_CASE("safe fixes rewrite only the misspelled text", "[fixes]") {
  std::string body = kBody;
  auto [before, after] = GENERATE_COPY(table<std::string, std::string>({
      // A flow list: the name is replaced in place, the comment stays.
      {"title: Billing ETL\nprinciples: [Deliver Reslts, Dive Deep]  # the two I lead "
       "with\n",
       "title: Billing ETL\nprinciples: [Deliver Results, Dive Deep]  # the two I lead "
       "with\n"},
      // A block list, quoted and plain.
      {"title: Billing ETL\nprinciples:\n  - \"Dive Deeep\"\n  - Deliver Results\n",
       "title: Billing ETL\nprinciples:\n  - \"Dive Deep\"\n  - Deliver Results\n"},
      {"title: Billing ETL\nprinciples:\n  - 'Deliver Reslts'   # primary\n",
       "title: Billing ETL\nprinciples:\n  - 'Deliver Results'   # primary\n"},
      // A name with a comma is quoted inside brackets, where it would split.
      {"title: Billing ETL\nprinciples: [Are Rigth A Lot, Dive Deep]\n",
       "title: Billing ETL\nprinciples: [\"Are Right, A Lot\", Dive Deep]\n"},
  }));
  std::string result = Fixed(before + body);
  CHECK(result == after + body);
}

TEST_CASE("a misspelled key is renamed; a key with no clear suggestion is not",
          "[fixes]") {
  std::string body = kBody;
  std::string head = "title: Billing ETL\nprinciples: [Deliver Results]\n";
  auto [extra, fixed] = GENERATE(table<std::string, std::string>({
      {"learnnig: |   # STAR-L\n  Profile first.\n",
       "learning: |   # STAR-L\n  Profile first.\n"},
      {"lessons: Profile first.\n", "learning: Profile first.\n"},
      {"colour: blue\n", "colour: blue\n"},  // nothing close: left alone
  }));
  CHECK(Fixed(head + body + extra) == head + body + fixed);
}

TEST_CASE("the fix travels on the finding, not in its message", "[fixes]") {
  std::string text =
      std::string("title: Billing ETL\nprinciples: [Deliver Reslts]\n") + kBody;
  LintReport r = LintString("t.yaml", text, Catalog::Default(), AllRules());
  const Diagnostic* found = nullptr;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.rule == "unknown-principle") found = &d;
  }
  REQUIRE(found != nullptr);
  REQUIRE(found->fix.has_value());
  CHECK(found->fix->from == "Deliver Reslts");
  CHECK(found->fix->to == "Deliver Results");
  // Rewording the message leaves the fix as it was.
  Diagnostic reworded = *found;
  reworded.message = "principle not in the catalog";
  std::optional<Fix> fix = SafeFix(text, reworded, AllRules());
  REQUIRE(fix.has_value());
  CHECK(ApplyEdits(text, fix->edits).find("[Deliver Results]") != std::string::npos);
  // The same message without the fix offers nothing; neither does a fix
  // whose name the source no longer holds (an editor's stale finding).
  Diagnostic bare = *found;
  bare.fix.reset();
  CHECK_FALSE(SafeFix(text, bare, AllRules()).has_value());
  Diagnostic stale = *found;
  stale.fix->from = "Deliver Reslt";
  CHECK_FALSE(SafeFix(text, stale, AllRules()).has_value());
}

TEST_CASE("an unused suppression's fix travels on its finding too", "[fixes]") {
  std::string text = std::string("title: Billing ETL\nprinciples: [Dive Deep]  # starbank: "
                                 "ignore[too-long, no-setback]\n") +
                     kBody;
  LintReport r = LintString("t.yaml", text, Catalog::Default(), AllRules());
  const Diagnostic* found = nullptr;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.rule == "unused-suppression" && d.message.find("too-long") != std::string::npos) {
      found = &d;
    }
  }
  REQUIRE(found != nullptr);
  REQUIRE(found->fix.has_value());
  CHECK(found->fix->from == "too-long");
  CHECK(found->fix->kind == Replacement::Kind::kDirective);
  // Neither the message nor the rule's name is read: the fix is the data.
  Diagnostic reworded = *found;
  reworded.message = "this suppression is not needed";
  reworded.rule = "some-other-name";
  std::optional<Fix> fix = SafeFix(text, reworded, AllRules());
  REQUIRE(fix.has_value());
  CHECK(ApplyEdits(text, fix->edits).find("# starbank: ignore[no-setback]\n") !=
        std::string::npos);
  Diagnostic bare = *found;
  bare.fix.reset();
  CHECK_FALSE(SafeFix(text, bare, AllRules()).has_value());
  // A directive that no longer names the rule at that place is left alone.
  Diagnostic stale = *found;
  stale.fix->from = "no-setback";
  CHECK_FALSE(SafeFix(text, stale, AllRules()).has_value());
  // A finding about a directive is never silenced by another one.
  CHECK_FALSE(IgnoreFix(text, *found, AllRules()).has_value());
}

TEST_CASE("a did-you-mean two principles tie for is shown but not applied", "[fixes]") {
  // "Ownershap" is one edit from "Ownership" only: clear. A name equally
  // near two principles' names or aliases must not be picked for the user.
  bool clear = false;
  CHECK(Catalog::Default().Suggest("Ownershap", &clear) == "Ownership");
  CHECK(clear);
  std::vector<Diagnostic> errors;
  auto c = Catalog::Parse("c.yaml",
                          "principles:\n"
                          "  - {id: think-big, name: Think Big}\n"
                          "  - {id: think-bag, name: Think Bag}\n",
                          &errors);
  REQUIRE(c != nullptr);
  CHECK(c->Suggest("Think Bigg", &clear) == "Think Big");
  CHECK(clear);  // one edit from Think Big, two from Think Bag
  CHECK_FALSE(c->Suggest("Think Bug", &clear).empty());
  CHECK_FALSE(clear);  // one edit from each
}

TEST_CASE("a rename that would duplicate a key is not offered", "[fixes]") {
  std::string yaml = std::string("title: Billing ETL\nprinciples: [Deliver Results]\n") +
                     kBody + "results: |\n  Also 40 days on time.\n";
  std::vector<std::string> titles;
  CHECK(Fixed(yaml, &titles) == yaml);
  CHECK(titles.empty());
}

TEST_CASE("an unused suppression is removed, the rest of the comment kept", "[fixes]") {
  std::string body = kBody;
  auto [before, after] = GENERATE(table<std::string, std::string>({
      // Alone on its line: the line goes.
      {"title: Billing ETL\n# starbank: ignore[vague-result] -- the quote is the point\n"
       "principles: [Dive Deep]\n",
       "title: Billing ETL\nprinciples: [Dive Deep]\n"},
      // After a key: the comment goes, the key stays.
      {"title: Billing ETL\nprinciples: [Dive Deep]  # starbank: ignore[too-long]\n",
       "title: Billing ETL\nprinciples: [Dive Deep]\n"},
      // One of several rules: only it goes, the used one and the reason stay.
      {"# starbank: ignore[too-long, missing-learning] -- short on purpose\n"
       "title: Billing ETL\nprinciples: [Dive Deep]\n",
       "# starbank: ignore[missing-learning] -- short on purpose\n"
       "title: Billing ETL\nprinciples: [Dive Deep]\n"},
      // Both unused: two passes remove the whole directive.
      {"title: Billing ETL\n# starbank: ignore[too-long, vague-result]\nprinciples: "
       "[Dive Deep]\n",
       "title: Billing ETL\nprinciples: [Dive Deep]\n"},
  }));
  CHECK(Fixed(before + body) == after + body);
}

TEST_CASE("fixes report what they did", "[fixes]") {
  std::vector<std::string> titles;
  Fixed(std::string("title: Billing ETL\nprinciples: [Dive Deeep]  # starbank: "
                    "ignore[too-long]\n") +
            kBody + "learnings: Profile first.\n",
        &titles);
  CHECK(titles == std::vector<std::string>{
                      "unknown-principle: replace 'Dive Deeep' with 'Dive Deep'",
                      "unused-suppression: remove the unused suppression of 'too-long'",
                      "unknown-field: replace 'learnings' with 'learning'"});
}

TEST_CASE("ignore-here inserts a directive the suppression parser accepts", "[fixes]") {
  std::string yaml =
      std::string("title: Billing ETL\nprinciples: [Deliver Results]\n") + kBody;
  LintReport r = LintString("t.yaml", yaml, Catalog::Default(), AllRules());
  const Diagnostic* missing = nullptr;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.rule == "missing-learning") missing = &d;
  }
  REQUIRE(missing != nullptr);
  std::optional<Fix> fix = IgnoreFix(yaml, *missing, AllRules());
  REQUIRE(fix);
  CHECK(fix->title == "ignore 'missing-learning' here");
  std::string after = ApplyEdits(yaml, fix->edits);
  CHECK(after.find("# starbank: ignore[missing-learning] -- reason\ntitle:") !=
        std::string::npos);
  LintReport again = LintString("t.yaml", after, Catalog::Default(), AllRules());
  for (const Diagnostic& d : again.diagnostics) CHECK(d.rule != "missing-learning");
  for (const Diagnostic& d : again.diagnostics) CHECK(d.rule != "unused-suppression");
}

TEST_CASE("ignore-here goes above the key whose block holds the finding", "[fixes]") {
  std::string yaml =
      "title: Billing ETL\nprinciples: [Deliver Results]\nsituation: |\n  The ETL was "
      "slow.\n"
      "task: |\n  I owned it.\naction: |\n  We rewrote it and we shipped it together.\n"
      "result: |\n  It was a big success and everyone was happy.\n";
  LintReport r = LintString("t.yaml", yaml, Catalog::Default(), AllRules());
  for (const Diagnostic& d : r.diagnostics) {
    if (d.rule != "vague-result") continue;
    std::optional<Fix> fix = IgnoreFix(yaml, d, AllRules());
    REQUIRE(fix);
    std::string after = ApplyEdits(yaml, fix->edits);
    CHECK(after.find("# starbank: ignore[vague-result] -- reason\nresult: |\n") !=
          std::string::npos);
  }
}

TEST_CASE("OffsetOf counts code points, not bytes", "[fixes]") {
  std::string text = "a: “q” 🚀 x\nb: y\n";
  CHECK(OffsetAt(text, 1, 1) == 0);
  CHECK(OffsetAt(text, 1, 4) == 3);  // the curly quote
  CHECK(OffsetAt(text, 1, 8) == text.find("🚀"));
  CHECK(OffsetAt(text, 1, 10) == text.find(" x") + 1);
  CHECK(OffsetAt(text, 2, 4) == text.find("y"));
  CHECK(OffsetAt(text, 9, 1) == std::string::npos);
}

TEST_CASE("the unified diff is pinned", "[fixes]") {
  std::string before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n";
  std::string after = "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nL\nm\n";
  CHECK(UnifiedDiff("s.yaml", before, after) ==
        "--- s.yaml\n+++ s.yaml\n"
        "@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n"
        "@@ -9,5 +9,5 @@\n i\n j\n k\n-l\n+L\n m\n");
  CHECK(UnifiedDiff("s.yaml", "x\ny\n", "x\n") ==
        "--- s.yaml\n+++ s.yaml\n@@ -1,2 +1 @@\n x\n-y\n");
  CHECK(UnifiedDiff("s.yaml", "x", "y") ==
        "--- s.yaml\n+++ s.yaml\n@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+y\n"
        "\\ No newline at end of file\n");
  CHECK(UnifiedDiff("s.yaml", "same\n", "same\n").empty());
}

}  // namespace
}  // namespace starbank
