// The loader: shapes of story files, positions, and every load error as
// the user sees it (file:line:col: error: message).
#include <catch2/catch.hpp>

#include "starbank/catalog.h"
#include "starbank/loader.h"

namespace starbank {
namespace {

std::vector<std::string> Errors(const std::string& content) {
  LoadResult r = LoadStories("s.yaml", content);
  std::vector<std::string> out;
  for (const Diagnostic& d : r.errors) out.push_back(FormatDiagnostic(d));
  return out;
}

TEST_CASE("one story, a list of stories, and several documents") {
  LoadResult one = LoadStories("dir/a.yaml", "title: A\nsituation: s\n");
  REQUIRE(one.stories.size() == 1);
  CHECK(one.stories[0].id == "a");

  LoadResult list = LoadStories("b.yml", "- title: A\n  task: t\n- title: B\n  task: u\n");
  REQUIRE(list.stories.size() == 2);
  CHECK(list.stories[0].id == "b#1");
  CHECK(list.stories[1].id == "b#2");
  CHECK(list.stories[1].title.text == "B");

  LoadResult docs = LoadStories("c.yaml", "title: A\n---\nid: second\ntitle: B\n");
  REQUIRE(docs.stories.size() == 2);
  CHECK(docs.stories[0].id == "c#1");
  CHECK(docs.stories[1].id == "second");
  CHECK(docs.stories[1].mark.line == 3);
}

TEST_CASE("sections keep their positions and accept lists") {
  LoadResult r = LoadStories("a.yaml",
                             "title: T\nprinciples: [Ownership, dive deep]\n"
                             "action:\n  - I did one thing\n  - I did another\n"
                             "result: |\n  up 40%\n");
  REQUIRE(r.errors.empty());
  const Story& s = r.stories[0];
  CHECK(s.principles.size() == 2);
  CHECK(s.principles[1].mark.line == 2);
  CHECK(s.principles[1].mark.column == 25);
  CHECK(s.part(Part::kAction).text == "I did one thing\nI did another");
  CHECK(s.part(Part::kAction).key.line == 3);
  CHECK(s.part(Part::kResult).block);
  CHECK(s.part(Part::kResult).text == "up 40%\n");
  CHECK(Catalog::Default().Find(s.principles[1].name)->id == "dive-deep");
}

TEST_CASE("load errors are rendered with file, line and column") {
  struct Row {
    const char* content;
    const char* want;
  };
  const Row rows[] = {
      {"title: [unclosed\n", "s.yaml:2:1: error: end of sequence flow not found"},
      {"title: A\ntitle: B\n",
       "s.yaml:2:1: error: duplicate key 'title' (first defined at line 1); yaml would "
       "keep only one of them"},
      {"title: A\nsituation:\n  nested: map\n",
       "s.yaml:3:3: error: 'situation' must be text or a list of text, got a mapping"},
      {"title: A\ntask:\n  - ok\n  - [nested]\n",
       "s.yaml:4:5: error: each item of 'task' must be text, got a list"},
      {"title: A\naction:\n  - ok\n  - {a: b}\n",
       "s.yaml:4:5: error: each item of 'action' must be text, got a mapping"},
      {"", "s.yaml:1:1: error: file holds no story; expected a mapping with title, "
           "principles, situation, task, action and result"},
      {"# only a comment\n", "s.yaml:1:1: error: file holds no story; expected a mapping "
                             "with title, principles, situation, task, action and result"},
      {"title: &x A\nsituation: *x\n",
       "s.yaml:1:8: error: anchors ('&x') are not supported in story files; write the "
       "value out"},
      {"title: A\x01\n", "s.yaml:1:9: error: control character 0x01 is not allowed in "
                         "YAML text"},
      {"title: \xC3\x28\n", "s.yaml:1:8: error: invalid UTF-8 byte 0xC3; save the file "
                            "as UTF-8"},
      {"- title: A\n- 42\n", "s.yaml:2:3: error: expected a story (a mapping), got text"},
  };
  for (const Row& r : rows) {
    INFO(r.content);
    std::vector<std::string> errors = Errors(r.content);
    REQUIRE(!errors.empty());
    CHECK(errors[0] == r.want);
  }
}

TEST_CASE("a NUL byte is refused, not read as an escape") {
  std::string content("title: A\0B\n", 11);
  CHECK(Errors(content) ==
        std::vector<std::string>{"s.yaml:1:9: error: file contains a NUL byte; is it a "
                                 "binary file?"});
}

TEST_CASE("a YAML file without story keys is recognised") {
  LoadResult r = LoadStories("ci.yaml", "jobs:\n  build:\n    runs-on: debian\n");
  CHECK(r.errors.empty());
  CHECK(!r.has_story_keys);
  CHECK(r.stories.empty());
}

TEST_CASE("unknown keys are kept for the unknown-field rule") {
  LoadResult r = LoadStories("a.yaml", "title: A\nsituaton: typo\n");
  REQUIRE(r.stories.size() == 1);
  REQUIRE(r.stories[0].unknown_keys.size() == 1);
  CHECK(r.stories[0].unknown_keys[0].name == "situaton");
  CHECK(r.stories[0].unknown_keys[0].mark.line == 2);
}

}  // namespace
}  // namespace starbank
