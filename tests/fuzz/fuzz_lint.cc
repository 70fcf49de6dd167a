// Fuzz target: bytes as a story file, through the reader, every rule, the
// score and every reporter. Besides crashes and sanitizer reports, it traps
// when a result breaks what users rely on: positions inside the file, scores
// in 0..100, no control characters in what reaches a terminal.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "starbank/catalog.h"
#include "starbank/lint.h"
#include "starbank/report.h"
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

bool HasControl(const std::string& s) {
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((u < 0x20 && u != '\t') || u == 0x7F) return true;
  }
  return false;
}

void CheckPositions(const Diagnostic& d, int lines) {
  Require(d.mark.line >= 0 && d.mark.line <= lines);
  Require(d.mark.column >= 0);
  Require(!d.message.empty());
  Require(!HasControl(d.excerpt));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string content(reinterpret_cast<const char*>(data), size);
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
  }
  return 0;
}
