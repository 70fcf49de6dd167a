// Fuzz target: bytes as a story file, through the reader, every rule, the
// score and every reporter. Besides crashes and sanitizer reports, it traps
// when a result breaks what users rely on: positions inside the file, scores
// in 0..100, no control characters in what reaches a terminal; and when the
// YAML reader's own block bodies give another tree than yaml-cpp alone.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "starbank/catalog.h"
#include "starbank/lint.h"
#include "starbank/report.h"
#include "starbank/yaml_tree.h"
#include "../yaml_dump.h"
#include "rules/registry.h"

namespace {

using starbank::Diagnostic;

void Require(bool ok) {
  if (!ok) __builtin_trap();
}

int CountLines(const std::string& s) {
  int n = 1;
  for (char c : s) n += c == '\n';
  return n;
}

// What must never reach a terminal from a report: a C0 control other than
// tab and newline, DEL, a byte that is not UTF-8, a C1 control (U+0080 to
// U+009F, which some terminals read as escapes) or a bidi control (U+202A
// to U+202E, U+2066 to U+2069).
bool HasControl(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    unsigned char u = static_cast<unsigned char>(s[i]);
    if (u < 0x80) {
      if ((u < 0x20 && u != '\t' && u != '\n') || u == 0x7F) return true;
      ++i;
      continue;
    }
    int len = u >= 0xF0 && u <= 0xF4 ? 4 : u >= 0xE0 ? 3 : u >= 0xC2 && u < 0xE0 ? 2 : 0;
    if (len == 0 || i + len > s.size()) return true;
    uint32_t cp = u & (0xFF >> (len + 1));
    for (int k = 1; k < len; ++k) {
      unsigned char c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return true;
      cp = cp << 6 | (c & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return true;  // overlong or a surrogate: not UTF-8
    }
    if (cp <= 0x9F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
      return true;
    }
    i += len;
  }
  return false;
}

void CheckPositions(const Diagnostic& d, int lines) {
  Require(d.mark.line >= 0 && d.mark.line <= lines);
  Require(d.mark.column >= 0);
  Require(!d.message.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string content(reinterpret_cast<const char*>(data), size);
  // The block bodies ParseYaml reads itself give what yaml-cpp gives.
  Require(starbank::DumpYaml(starbank::ParseYaml("fuzz.yaml", content)) ==
          starbank::DumpYaml(starbank::ParseYamlWhole("fuzz.yaml", content)));
  starbank::LintOptions options;
  options.jobs = 1;
  starbank::LintReport report = starbank::LintString(
      "fuzz.yaml", content, starbank::Catalog::Default(), starbank::AllRules(), options);
  int lines = CountLines(content);
  for (const Diagnostic& d : report.errors) CheckPositions(d, lines);
  for (const Diagnostic& d : report.diagnostics) CheckPositions(d, lines);
  for (const starbank::StoryReport& s : report.stories) {
    Require(s.score >= 0 && s.score <= 100);
    Require(s.line >= 1 && s.line <= lines);
  }
  for (const std::string& format : starbank::ReporterNames()) {
    std::ostringstream out;
    starbank::MakeReporter(format, starbank::RenderOptions{})->Render(report, out);
    // The excerpt keeps the source's bytes; every reporter escapes them
    // (Printable in text, JSON's own escapes elsewhere).
    Require(!HasControl(out.str()));
  }
  return 0;
}
