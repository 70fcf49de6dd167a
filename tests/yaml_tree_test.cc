// ParseYaml reads the plainest block bodies and one-line values itself and
// yaml-cpp the rest;
// ParseYamlWhole gives every byte to yaml-cpp. The two must agree on every
// file: each node's kind, value, position and style, and every error.
#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "starbank/yaml_tree.h"
#include "yaml_dump.h"

namespace starbank {
namespace {

namespace fs = std::filesystem;

void Same(const std::string& text) {
  INFO(text);
  CHECK(DumpYaml(ParseYaml("s.yaml", text)) == DumpYaml(ParseYamlWhole("s.yaml", text)));
}

TEST_CASE("values read by starbank equal yaml-cpp's, case by case") {
  const char* cases[] = {
      // The plain shapes the fast path takes.
      "title: T\nsituation: |\n  one\n  two\nresult: >-\n  a b\n  c\n",
      "a: >\n  folded\n  lines\n\nb: |-\n  x\n",
      "- question: q\n  answer: >-\n    one\n    two\n- question: r\n  answer: |\n    x\n",
      "a: |  # a comment\n  body\n",
      "a: |\n  body\n",  // no newline at the end of the file is below
      "a: |\n  body",
      "\xEF\xBB\xBFtitle: bom\nsituation: >-\n  caf\xC3\xA9 and na\xC3\xAFve\nnext: \"x\"\n",
      // Shapes it leaves to yaml-cpp: a blank line inside, a deeper line,
      // keep chomping, an indentation digit, tabs, trailing spaces, CR LF.
      "a: >-\n  one\n\n  two\nb: x\n",
      "a: |\n  one\n    deeper\n  back\n",
      "a: >\n  one\n    deeper\n  back\n",
      "a: |+\n  kept\n\nb: x\n",
      "a: |2\n    two\n",
      "a: >-\n  tab\there\n",
      "a: >-\n  trailing \n  space\n",
      "a: >-\r\n  crlf\r\n  lines\r\n",
      "a: |\n\tbad\n",
      // Looks like a header, is not one: inside a quoted string, inside a
      // block, after a sequence dash, in a flow mapping, a second document.
      "a: \"start\n  b: |\n  still quoted\"\nc: |\n  x\n",
      "a: |\n  text\n  b: |\n    inner\nc: x\n",
      "a: |\n  text\n\n  b: >\n    inner\nc: x\n",
      "- a: |\n    x\n",
      "{a: |\n  x\n}\n",
      "a: |\n  x\n---\nb: >-\n  y\n  z\n",
      "a: |\n  x\n---\nb: [\n",
      // Errors must read the same: duplicate keys, anchors, bad indentation.
      "a: |\n  x\na: >-\n  y\n",
      "a: &x |\n  x\nb: *x\n",
      "a: |\n  x\n b: y\n",
      "a: |\n  x\nb: 'open\n",
      "a: |\n  x\n  y\n\n\n",
      "a:\n  b: |\n    deep\n  c: >-\n    deeper\n    still\nd: |\n  x\n",
      "a: >-\n  #not a comment\n  - not a list\n  k: not a key\n",
      "a: |-\n  x\n...\n",
      "a: | \n  x\n",
      "a: >-\n  x\n# comment at zero\nb: y\n",
      "a: >-\n  x\n  # comment inside\nb: y\n",
      // One-line values: plain words, flow lists of words, list items.
      "title: Cut the bill, at last\nprinciples: [Ownership, Deliver Results]\n",
      "principles:\n- Ownership\n- Dive Deep\nprompts:\n  - Tell me about a time\n",
      "a: [ x ,  y z ]\nb: []\nc: [ ]\nd: [x,]\ne: [x,,y]\nf: [x, [y]]\n",
      "a: caf\xC3\xA9 cr\xC3\xA8me\nb: x\xC2\x85y\nc: x\xE2\x80\xA8y\nd: x\xEF\xBB\xBFy\n",
      "a: null\nb: Null\nc: NULL\nd: ~\ne: [null, x]\nf: nullish\ng: true\nh: 12\n",
      "a: It's \"quoted\" inside\nb: [It's, x]\nc: [Why? Because]\nd: 50% off & more!\n",
      "a: one\n  two\nb: x\n\n  y\nc: z\n   \nd: w\n",
      "a: x # comment\nb: x#y\nc: x: y\nd: x:\ne: 10:30\n",
      "a: x \nb: x\t\nc: x\r\nd: \tx\n",
      "- a\n- b c\n-  d\n-\te\n",
      "- a\n  - b\n",
      "a:\n  - x\n  -  y\n  - [p, q]\nb:\n  c: d\n  e: [f]\n",
      "a: \"open\n  b: x\n  c\"\nd: y\n",
      "a: |\n  x\n\n  b: y\nc: z\n",
      "{a: x,\nb: y}\n",
      "[a,\n b: c]\n",
      "a: x\n---\nb: y\n---\n- z\n",
      "a: x\na: y\n",
      "a: x\nb: &k y\nc: *k\n",
      "a: x\n b: y\n",
      "x: x\nx\n",
      "a: x\n  # deeper comment\nb: y\n",
      // Paragraphs: empty lines inside a body, one or several, `|` and `>`;
      // a line of spaces among them, a deeper or shallower line after them,
      // empty lines at the start or the end, keep chomping.
      "a: >-\n  one\n\n  two\n\n\n  three\nb: |\n  x\n\n  y\n\n\n  z\nc: x\n",
      "a: >\n  one\n  two\n\n  three\n\nb: |-\n  x\n\n  y\n",
      "a: >-\n  one\n  \n  two\nb: x\n",
      "a: |\n  one\n\n    deeper\nb: x\n",
      "a: |\n    one\n\n  less\nb: x\n",
      "a: >\n\n  starts empty\nb: x\n",
      "a: |+\n  x\n\n  y\n\nb: x\n",
      "a: >-\n  x\n\n  y: z\n\n  - w\nb: x\n",
      "a: |\n  x\n\n  y",
      "a: >-\n  x\n\n# comment\n  y\nb: z\n",
      // Whole files of that shape, which starbank builds without yaml-cpp.
      "# my bank\n\ntitle: x\n# note\nsituation: |\n  s\n\nprinciples:\n- A\n-  B c\n",
      "\n\na: >-\n  b\n  c\nd:\n  - e\n  - [f, g]\n  -   h\n",
      "\xEF\xBB\xBF" "a: caf\xC3\xA9\nb: [\xC3\xA9t\xC3\xA9, x]\n",
      "a:\n- x\n\n- y\n",
      "a:\n- x\n  - y\n",
      "a:\n  - x\n- y\n",
      "a:\n    - x\n",
      "a:\nb: x\n",
      "a: x\nnull: y\n",
      "a: x\nb: x\na: z\n",
      "a: x\n   \n\n",
      "a: x",
      "a: |\n  x",
      "a: |\n  x\nb:\n- y",
      "a: x\n...\n",
      "a: x\n%YAML 1.2\n",
      "a: x\n  \tb\n",
      // A list of such mappings (a bank in one file), the keys two in.
      "- title: A\n  principles: [Ownership]\n  prompts:\n    - Tell me\n  situation: |\n    s\n\n"
      "    t\n\n- title: B\n  task: >-\n    t\n",
      "- a: x\n  b:\n  - y\n  c: z\n",
      "- a: x\n- b: y\n  b: z\n",
      "- a: x\n -b: y\n",
      "- a: x\n   b: y\n",
      "-  a: x\n",
      "- a: x\n\n# c\n- b: y\n",
      "- a: |\n  x\n",
      "- a: |\n    x\n  b: y\n",
      "- a: x\n  # inside\n  b: y\n- c\n",
      "- a: x\nb: y\n",
      "a: x\n- b: y\n",
      "- a: x\n  b: [c, d]\n  e:\n    - [f]\n",
      // Follow-up questions: a list of mappings inside a story, and deeper.
      "title: t\nfollowups:\n  - question: Why?\n    answer: >-\n      Because.\n\n      Then.\n"
      "  - question: How\n    answer: |\n      x\nlearning: l\n",
      "followups:\n- question: q\n  answer: a\n- q2\n",
      "- a:\n  - b:\n    - c:\n      - d: [e]\n",
      "- a:\n  - b:\n    - c:\n      - d:\n        - e: [f]\n",
      "a:\n  - b: x\n     c: y\n",
      "a:\n  - b: x\n\n  - c: y\n",
  };
  for (const char* c : cases) Same(c);
}

// Random files built from the pieces the fast path must tell apart: block
// headers of every kind, one-line values plain and not, bodies at one or several indentations, blank and
// whitespace lines, tabs, trailing spaces, CR, comments, quotes left open,
// sequence items, flow mappings and document markers. Fixed seed.
TEST_CASE("values read by starbank equal yaml-cpp's on generated files") {
  const char* headers[] = {"|", ">", "|-", ">-", "|+", ">+", "|2", "| # c", ">-  #c", "|#x", "'|'"};
  const char* lines[] = {"text", "more text", "#hash", "- dash", "k: v", "k: |", "\"open",
                         "tab\there", "trail ", "caf\xC3\xA9", "x\r", "---", "...", "", " ", "\t",
                         "k: [a, b]", "- [a]", "k: x # c", "k: null", "- x", "k: a, b", "{k: v,"};
  const char* values[] = {"plain words", "[a, b c]", "[]", "[a,]", "x: y", "null", "it's", "50%",
                          "a # c", "x ", "[a, [b]]", "'q'", "~", "caf\xC3\xA9"};
  uint32_t seed = 12345;
  auto next = [&seed](uint32_t n) {
    seed = seed * 1664525u + 1013904223u;
    return (seed >> 8) % n;
  };
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    int keys = 1 + static_cast<int>(next(4));
    for (int k = 0; k < keys; ++k) {
      int indent = static_cast<int>(next(3)) * 2;
      std::string pad(static_cast<size_t>(indent), ' ');
      if (next(6) == 0) text += pad + "- item\n";
      if (next(5) == 0) text += pad + (next(2) == 0 ? "# c\n" : "list:\n");
      text += pad + (next(8) == 0 ? "- " : "") + "key" + std::to_string(k) + ": " +
              (next(3) == 0 ? values[next(sizeof values / sizeof *values)]
                            : headers[next(sizeof headers / sizeof *headers)]) +
              "\n";
      int body = static_cast<int>(next(4));
      int width = indent + 1 + static_cast<int>(next(3));
      for (int b = 0; b < body; ++b) {
        int w = next(4) == 0 ? static_cast<int>(next(6)) : width;
        text += std::string(static_cast<size_t>(w), ' ') +
                lines[next(sizeof lines / sizeof *lines)] + "\n";
        if (next(5) == 0) text += next(3) == 0 ? "\n\n" : "\n";  // a paragraph break
      }
      if (next(5) == 0) text += "\n";
    }
    if (next(3) == 0) text.pop_back();  // no newline at the end
    Same(text);
  }
}

TEST_CASE("values read by starbank equal yaml-cpp's on every YAML file here") {
  int files = 0;
  for (const char* dir : {"data", "tests"}) {
    for (const auto& e : fs::recursive_directory_iterator(fs::path(STARBANK_SOURCE_DIR) / dir)) {
      std::string ext = e.path().extension().string();
      if (!e.is_regular_file() || (ext != ".yaml" && ext != ".yml")) continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      std::string text = ss.str();
      INFO(e.path().string());
      CHECK(DumpYaml(ParseYaml("s.yaml", text)) == DumpYaml(ParseYamlWhole("s.yaml", text)));
      ++files;
    }
  }
  CHECK(files > 400);
}

}  // namespace
}  // namespace starbank
