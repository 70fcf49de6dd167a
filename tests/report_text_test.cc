// The text reporter: findings, load errors with their source line, the
// per-story rows and the summary, asserted whole.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <sstream>

#include "starbank/catalog.h"
#include "starbank/report.h"
#include "rules/registry.h"

namespace starbank {
namespace {

std::string Render(const LintReport& r, RenderOptions o = {}) {
  std::ostringstream out;
  MakeReporter("text", o)->Render(r, out);
  return out.str();
}

TEST_CASE("a load error prints its line and a caret under the column") {
  LintReport r = LintString("s.yaml", "title: A\ntitle: B\n", Catalog::Default(), AllRules());
  CHECK(Render(r) ==
        "s.yaml:2:1: error: duplicate key 'title' (first defined at line 1); yaml would "
        "keep only one of them\n"
        "  title: B\n"
        "  ^\n"
        "1 error, 0 warnings, 0 info in 0 stories in 1 file\n");
}

TEST_CASE("the caret counts characters, not bytes") {
  LintReport r = LintString("s.yaml", "title: \xE2\x86\x92 A\x01\n", Catalog::Default(), AllRules());
  std::string out = Render(r);
  CHECK(out.find("s.yaml:1:11: error: control character 0x01") == 0);
  CHECK(out.find("\n            ^\n") != std::string::npos);
}

TEST_CASE("story rows fit the width they are given") {
  LintReport r;
  r.files = 1;
  StoryReport s;
  s.id = "checkout";
  s.title = "A rather long title that will not fit in a narrow terminal window at all";
  s.score = 91;
  s.seconds = 84;
  r.stories.push_back(s);
  RenderOptions narrow;
  narrow.width = 40;
  CHECK(Render(r, narrow) ==
        " 91   84s  checkout  A rather long ti...\n"  // 40 columns
        "all clear: 1 story in 1 file\n");
  CHECK(Render(r).find(s.title) != std::string::npos);
  RenderOptions quiet;
  quiet.quiet = true;
  CHECK(Render(r, quiet).empty());
}

TEST_CASE("the score table reads the same from memory, a scratch file or neither") {
  LintReport r;
  r.files = 3;
  for (int k = 0; k < 300; ++k) {
    StoryReport s;
    s.id = "story-" + std::to_string(k);
    s.title = std::string(k % 7 == 0 ? 0 : 20 + k % 50, 'a' + k % 26) + " \xE2\x86\x92 title";
    s.score = k % 101;
    s.seconds = 30 + k;
    s.dimensions.structure = k % 21;
    r.stories.push_back(s);
  }
  std::string in_memory = Render(r);
  REQUIRE(in_memory.find("story-299") != std::string::npos);
  RenderOptions spill;
  spill.table_memory = 0;  // every row goes through the scratch file
  CHECK(Render(r, spill) == in_memory);
  spill.table_memory = 1000;  // some rows in memory, then the file
  CHECK(Render(r, spill) == in_memory);
  // No scratch file can be made: the rows stay in memory.
  const char* old = std::getenv("TMPDIR");
  std::string saved = old != nullptr ? old : "";
  setenv("TMPDIR", "/nonexistent/starbank-test", 1);
  spill.table_memory = 0;
  std::string without_file = Render(r, spill);
  if (old != nullptr) setenv("TMPDIR", saved.c_str(), 1); else unsetenv("TMPDIR");
  CHECK(without_file == in_memory);
}

}  // namespace
}  // namespace starbank
