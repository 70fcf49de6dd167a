// Fuzz target: the parsers of the files a user configures starbank with:
// bytes as a `.starbank.yaml`, as the comments of a story file (suppression
// directives) and as a `--catalog` file. Traps when a reported position lies
// outside the input or a parser returns nonsense.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "io/config.h"
#include "lint/suppress.h"
#include "starbank/catalog.h"
#include "rules/registry.h"

namespace {

void Require(bool ok) {
  if (!ok) __builtin_trap();
}

int CountLines(const std::string& s) {
  int n = 1;
  for (char c : s) n += c == '\n';
  return n;
}

void CheckMark(starbank::Mark m, int lines) {
  Require(m.line >= 0 && m.line <= lines && m.column >= 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string content(reinterpret_cast<const char*>(data), size);
  int lines = CountLines(content);

  starbank::Config config;
  std::vector<starbank::Diagnostic> errors;
  bool ok = starbank::ParseConfig(".starbank.yaml", content, starbank::AllRuleIds(), &config, &errors);
  Require(ok == errors.empty());
  for (const starbank::Diagnostic& d : errors) {
    CheckMark(d.mark, lines);
    Require(!d.message.empty());
  }
  const starbank::LintOptions& o = config.options;
  Require(o.level >= 4 && o.level <= 7);
  Require(o.words_per_minute >= 60 && o.words_per_minute <= 400);
  Require(o.max_seconds >= 10 && o.min_seconds >= 0);

  starbank::Suppressions s = starbank::Suppressions::Parse("s.yaml", content, starbank::AllRules());
  for (const starbank::SuppressDirective& d : s.directives()) {
    CheckMark(d.mark, lines);
    Require(d.file_wide || d.first_line <= d.last_line);
    for (const auto& e : d.rules) CheckMark(e.mark, lines);
  }
  // A finding on every line, so every directive gets applied.
  std::vector<starbank::Diagnostic> findings;
  for (int line = 1; line <= lines && line <= 200; ++line) {
    starbank::Diagnostic d;
    d.file = "s.yaml";
    d.mark = starbank::Mark{line, 1};
    d.rule = line % 2 ? "vague-result" : "no-setback";
    findings.push_back(d);
  }
  s.Apply(&findings);
  for (const starbank::Diagnostic& d : s.Problems(starbank::LintOptions{}, starbank::AllRules())) {
    CheckMark(d.mark, lines);
  }

  std::vector<starbank::Diagnostic> catalog_errors;
  std::unique_ptr<starbank::Catalog> catalog =
      starbank::Catalog::Parse("catalog.yaml", content, &catalog_errors);
  for (const starbank::Diagnostic& d : catalog_errors) CheckMark(d.mark, lines);
  if (catalog != nullptr) {
    for (const auto& p : catalog->principles()) {
      Require(catalog->Find(p.id) != nullptr);  // every id resolves
      catalog->Suggest(p.name);
    }
  }
  return 0;
}
