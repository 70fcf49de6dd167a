// ParseYaml reads the plainest block bodies itself and yaml-cpp the rest;
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

TEST_CASE("block bodies read by starbank equal yaml-cpp's, case by case") {
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
  };
  for (const char* c : cases) Same(c);
}

// Random files built from the pieces the fast path must tell apart: block
// headers of every kind, bodies at one or several indentations, blank and
// whitespace lines, tabs, trailing spaces, CR, comments, quotes left open,
// sequence items, flow mappings and document markers. Fixed seed.
TEST_CASE("block bodies read by starbank equal yaml-cpp's on generated files") {
  const char* headers[] = {"|", ">", "|-", ">-", "|+", ">+", "|2", "| # c", ">-  #c", "|#x", "'|'"};
  const char* lines[] = {"text", "more text", "#hash", "- dash", "k: v", "k: |", "\"open",
                         "tab\there", "trail ", "caf\xC3\xA9", "x\r", "---", "...", "", " ", "\t"};
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
      text += pad + (next(8) == 0 ? "- " : "") + "key" + std::to_string(k) + ": " +
              headers[next(sizeof headers / sizeof *headers)] + "\n";
      int body = static_cast<int>(next(4));
      int width = indent + 1 + static_cast<int>(next(3));
      for (int b = 0; b < body; ++b) {
        int w = next(4) == 0 ? static_cast<int>(next(6)) : width;
        text += std::string(static_cast<size_t>(w), ' ') +
                lines[next(sizeof lines / sizeof *lines)] + "\n";
      }
      if (next(5) == 0) text += "\n";
    }
    if (next(3) == 0) text.pop_back();  // no newline at the end
    Same(text);
  }
}

TEST_CASE("block bodies read by starbank equal yaml-cpp's on every YAML file here") {
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
