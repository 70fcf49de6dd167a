// The exclude-glob matcher: rows that match and rows that must not.
#include <catch2/catch.hpp>

#include <string>

#include "io/glob.h"

namespace starbank {
namespace {

TEST_CASE("exclude globs: what matches and what must not", "[glob]") {
  auto [glob, path, matches] = GENERATE(table<std::string, std::string, bool>({
      // A folder name matches at any depth and everything below it.
      {"drafts/", "drafts/a.yaml", true},
      {"drafts/", "stories/drafts/a.yaml", true},
      {"drafts", "stories/drafts/a.yaml", true},
      {"drafts/**", "drafts/old/a.yaml", true},
      {"drafts/", "stories/drafts.yaml", false},
      {"drafts/", "drafts.yaml", false},
      {"drafts/", "mydrafts/a.yaml", false},
      // A leading "**/" matches at the top too.
      {"**/drafts/", "drafts/a.yaml", true},
      {"**/drafts/", "stories/drafts/a.yaml", true},
      {"**/drafts/", "a/b/drafts/c/d.yaml", true},
      {"**/drafts", "drafts/a.yaml", true},
      {"**/drafts/", "stories/mydrafts/a.yaml", false},
      {"**/drafts/", "stories/drafts.yaml", false},
      {"**/*.wip.yaml", "one.wip.yaml", true},
      {"**/*.wip.yaml", "one.yaml", false},
      // A glob with '/' is anchored.
      {"stories/drafts", "stories/drafts/x/a.yaml", true},
      {"stories/drafts", "drafts/a.yaml", false},
      {"stories/drafts", "old/stories/drafts/a.yaml", false},
      {"stories/old/**", "stories/old/a.yaml", true},
      {"stories/old/**", "stories/older/a.yaml", false},
      {"stories/*.yml", "stories/sub/a.yml", true},
      {"stories/*.yml", "other/a.yml", false},
      // Names.
      {"*.wip.yaml", "stories/one.wip.yaml", true},
      {"*.wip.yaml", "one.wip.yaml", true},
      {"*.wip.yaml", "stories/one.yaml", false},
      // A leading "./" is the anchor itself.
      {"./archive/*", "archive/2019.yaml", true},
      {"./archive/*", "old/archive/2019.yaml", false},
      // Nothing left to match.
      {"/", "a.yaml", false},
      {"**", "a.yaml", true},
  }));
  CAPTURE(glob, path);
  CHECK(GlobMatches(glob, path) == matches);
}

}  // namespace
}  // namespace starbank
