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
      {"title: [unclosed\n",
       "s.yaml:1:8: error: unclosed '[' (opened here); close the list with ']'"},
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

// Each yaml-cpp 0.7 parser message (ErrorMsg in <yaml-cpp/exceptions.h>)
// that a story file can trigger, in plain words at the line and column
// where the problem starts. yaml-cpp's own words are in the comments.
TEST_CASE("YAML errors in plain words, where the problem starts") {
  auto [content, want] = GENERATE(table<std::string, std::string>({
      // "end of sequence flow not found", at the line after
      {"title: A\nprinciples: [Ownership\nsituation: s\n",
       "s.yaml:2:13: error: unclosed '[' (opened here); close the list with ']'"},
      {"title: A\nprinciples: [Ownership, Dive Deep\n",
       "s.yaml:2:13: error: unclosed '[' (opened here); close the list with ']'"},
      {"title: A\nprinciples: [[Ownership], [Dive Deep]\ntags: [a]\n",
       "s.yaml:2:13: error: unclosed '[' (opened here); close the list with ']'"},
      {"tags: [a, b: c: d]\n",
       "s.yaml:1:15: error: unexpected ':' inside a [list]; put the item in quotes if the "
       "colon is part of its text"},
      // "end of map flow not found", one line past the end of the file
      {"title: A\nprinciples: {Ownership\n",
       "s.yaml:2:13: error: unclosed '{' (opened here); close the mapping with '}'"},
      {"title: A\nprinciples: {Ownership",
       "s.yaml:2:13: error: unclosed '{' (opened here); close the mapping with '}'"},
      // "illegal tab when looking for indentation", "illegal block entry"
      {"title: A\n\tsituation: s\n", "s.yaml:2:1: error: tabs cannot indent YAML; use spaces"},
      {"title: A\nsituation:\n  - a\n  \t- b\n",
       "s.yaml:4:3: error: tabs cannot indent YAML; use spaces"},
      {"title: A\nsituation:\n\t- s\n", "s.yaml:3:1: error: tabs cannot indent YAML; use spaces"},
      {"title: A\nsituation: |\n\ttext\n",
       "s.yaml:3:1: error: tabs cannot indent YAML; use spaces"},
      // "illegal document indicator in scalar", at the next '---'; "illegal
      // EOF in scalar"; and the silent close at the end of the file
      {"title: \"A\nsituation: s\n---\ntitle: B\n",
       "s.yaml:1:8: error: unterminated quoted string (opened here); add the closing double "
       "quote"},
      {"title: A\nresult: 'it''s done\n",
       "s.yaml:2:9: error: unterminated quoted string (opened here); add the closing single "
       "quote"},
      {"title: 'A", "s.yaml:1:8: error: unterminated quoted string (opened here); add the "
                    "closing single quote"},
      {"title: \"A\\", "s.yaml:1:8: error: unterminated quoted string (opened here); add the "
                       "closing double quote"},
      {"title: \"A\n...\n", "s.yaml:1:8: error: unterminated quoted string (opened here); add "
                            "the closing double quote"},
      {"situation: |\n  'tis the season\ntitle: \"A\n...\n",
       "s.yaml:3:8: error: unterminated quoted string (opened here); add the closing double "
       "quote"},
      // "illegal map value"
      {"title: Checkout: p95 under 1 s\n",
       "s.yaml:1:16: error: a second ':' on this line; put the value in quotes if the colon "
       "is part of it"},
      {"title: A\nsituation: s\n  task: t\n",
       "s.yaml:3:7: error: this key is indented deeper than the keys above it (the line above "
       "holds a value, not a mapping); line it up with them"},
      {"--- title: A\n", "s.yaml:1:10: error: a mapping cannot start on the '---' line; start "
                         "it on the next line"},
      // "end of map not found", "end of sequence not found"
      {"title: A\n- b\n", "s.yaml:2:1: error: a list item ('- ') among the keys of a mapping; "
                          "indent it under the key it belongs to"},
      {"situation:\n  a: b\n c: d\n",
       "s.yaml:3:2: error: this line does not line up with the keys above it; check its "
       "indentation"},
      {"title: \"A\" B\n", "s.yaml:1:12: error: text after the closing quote; put all of the "
                           "value inside the quotes"},
      {"tags: [a, b]c\n",
       "s.yaml:1:13: error: text after the closing ']'; a [list] is the whole value"},
      {"- - a\n  b: c\n", "s.yaml:2:3: error: this line does not line up with the list items "
                          "above it; check its indentation"},
      // "illegal map key", "illegal block entry"
      {"title: \"A\" ? B\n", "s.yaml:1:12: error: text after the closing quote; put all of "
                             "the value inside the quotes"},
      {"action: - I did it\n",
       "s.yaml:1:9: error: a list item ('- ') cannot follow a key on its line; put each item "
       "on a line of its own, indented under the key"},
      // "illegal flow end", "unknown token"
      {"title: ]\n", "s.yaml:1:8: error: ']' closes no '['; put the value in quotes if it is "
                     "part of the text"},
      {"title: @home\n", "s.yaml:1:8: error: '@' cannot start a value (YAML reserves it); put "
                         "the value in quotes"},
      {"title: `code`\n", "s.yaml:1:8: error: '`' cannot start a value (YAML reserves it); put "
                          "the value in quotes"},
      // "the referenced anchor is not defined", "alias not found after *",
      // "anchor not found after &", "illegal character found while scanning
      // anchor", "cannot assign multiple anchors to the same node"
      {"title: *Cut* costs\n",
       "s.yaml:1:8: error: '*Cut*' reads as an alias, which story files do not support; put "
       "the value in quotes if the '*' is part of the text"},
      {"title: * x\n", "s.yaml:1:8: error: '*' starts an alias, which story files do not "
                       "support; put the value in quotes if the '*' is part of the text"},
      {"title: & co\n", "s.yaml:1:8: error: '&' starts an anchor, which story files do not "
                        "support; put the value in quotes if the '&' is part of the text"},
      {"title: &x{ b\n", "s.yaml:1:8: error: '&' starts an anchor, which story files do not "
                         "support; put the value in quotes if the '&' is part of the text"},
      {"title: &x &y b\n", "s.yaml:1:11: error: anchors ('&name') are not supported in story "
                           "files; write the value out"},
      // "unknown escape character: q", "bad character found while scanning
      // hex number", "invalid unicode: 55296"
      {"title: \"a\\qb\"\n",
       "s.yaml:1:10: error: unknown escape '\\q' in a double-quoted string; write '\\\\' for "
       "a backslash, or use single quotes"},
      {"title: \"\\xZZ\"\n",
       "s.yaml:1:9: error: bad escape '\\xZZ' in a double-quoted string (hex digits must "
       "follow); write '\\\\' for a backslash, or use single quotes"},
      {"title: \"\\uD800\"\n",
       "s.yaml:1:9: error: '\\uD800' names no Unicode character; write the character itself"},
      // "unexpected character in block scalar", "cannot set zero indentation
      // for a block scalar"
      {"situation: | text\n  more\n",
       "s.yaml:1:14: error: only a comment may follow '|' or '>' on its line (or '-', '+' and "
       "a digit); start the text on the next line, indented"},
      {"situation: |0\n  more\n", "s.yaml:1:14: error: a block's indentation indicator is 1 "
                                  "to 9, not 0; write '|' or '>' alone"},
      // Tags: "end of verbatim tag not found", "tag handle with no suffix",
      // "illegal character found while scanning tag handle", "cannot assign
      // multiple tags to the same node"
      {"title: !<tag\n", "s.yaml:1:8: error: unclosed tag '!<' (opened here); close it with '>'"},
      {"title: !x!\n", "s.yaml:1:8: error: a tag ('!name') needs a name after its handle; "
                       "put the value in quotes if the '!' is part of the text"},
      {"title: !a@! d\n",
       "s.yaml:1:8: error: a tag handle ('!name!') holds only letters, digits and '-'; put "
       "the value in quotes if the '!' is part of the text"},
      {"title: !!str !!str b\n",
       "s.yaml:1:14: error: a value carries one tag ('!!str'), not two; remove one"},
      // Directives: "YAML directives must have exactly one argument", "bad
      // YAML version: 1.x", "YAML major version too large", "repeated YAML
      // directive", "TAG directives must have exactly two arguments",
      // "repeated TAG directive"
      {"%YAML\n---\ntitle: A\n",
       "s.yaml:1:1: error: '%YAML' takes one version number, as in '%YAML 1.2'"},
      {"%YAML 1.x\n---\ntitle: A\n",
       "s.yaml:1:1: error: '%YAML 1.x' names no YAML version this reader knows; write "
       "'%YAML 1.2' or remove the line"},
      {"%YAML 2.0\n---\ntitle: A\n",
       "s.yaml:1:1: error: '%YAML 2.0' names no YAML version this reader knows; write "
       "'%YAML 1.2' or remove the line"},
      {"%YAML 1.2\n%YAML 1.2\n---\ntitle: A\n",
       "s.yaml:2:1: error: a second '%YAML' line; keep one"},
      {"%TAG !\n---\ntitle: A\n",
       "s.yaml:1:1: error: '%TAG' takes a handle and a prefix, as in '%TAG !e! "
       "tag:example.com,2024:'"},
      {"%TAG ! tag:a\n%TAG ! tag:b\n---\ntitle: A\n",
       "s.yaml:2:1: error: a second '%TAG' line for this handle; keep one"},
  }));
  INFO(content);
  CHECK(Errors(content) == std::vector<std::string>{want});
}

TEST_CASE("a YAML error is never placed past the file's last line") {
  auto [content, want] = GENERATE(table<std::string, std::string>({
      {"title: A\nprinciples: [a,\n\n\n", "s.yaml:2:13"},
      {"title: A\nsituation:\n  a: b\n c\n\n", "s.yaml:4:2"},
      {"title: A\nx: \"a\\", "s.yaml:2:4"},
  }));
  INFO(content);
  std::vector<std::string> errors = Errors(content);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].substr(0, want.size() + 1) == want + ":");
}

TEST_CASE("the documents after a broken one are read, in their places") {
  LoadResult r = LoadStories("d.yaml",
                             "title: first\n---\ntitle: \"second\nsituation: s\n---\n"
                             "title: third\n---\ntags: [a\n---\ntitle: fifth\n");
  std::vector<std::string> errors;
  for (const Diagnostic& d : r.errors) errors.push_back(FormatDiagnostic(d));
  CHECK(errors == std::vector<std::string>{
                      "d.yaml:3:8: error: unterminated quoted string (opened here); add the "
                      "closing double quote",
                      "d.yaml:8:7: error: unclosed '[' (opened here); close the list with ']'"});
  REQUIRE(r.stories.size() == 3);
  CHECK(r.stories[0].id == "d#1");
  CHECK(r.stories[1].id == "d#3");  // the broken second keeps its number
  CHECK(r.stories[1].title.text == "third");
  CHECK(r.stories[1].mark.line == 6);
  CHECK(r.stories[2].id == "d#5");
  CHECK(r.stories[2].mark.line == 10);
}

TEST_CASE("a directive before a '---' stays with its document") {
  LoadResult r = LoadStories("d.yaml", "%YAML 1.2\n---\ntitle: A\n---\ntitle: \"B\n");
  REQUIRE(r.errors.size() == 1);
  CHECK(FormatDiagnostic(r.errors[0]) ==
        "d.yaml:5:8: error: unterminated quoted string (opened here); add the closing double "
        "quote");
  REQUIRE(r.stories.size() == 1);
  CHECK(r.stories[0].title.text == "A");
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
