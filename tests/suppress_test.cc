// Inline suppression: `# starbank: ignore[...]` on or above a key, and
// `ignore-file[...]` in the header; unused, unknown and malformed directives;
// a '#' inside block scalars and quoted strings; bank-wide findings.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lint/suppress.h"
#include "test_util.h"
#include "rules/registry.h"

namespace starbank {
namespace {

using testing::StoryYaml;
using testing::StrongParts;

// A strong story whose result also leans on vague praise (vague-result).
std::string VagueStory() {
  auto parts = StrongParts();
  parts["result"] =
      "Runtime fell from 6 hours to 85 minutes, beating the 2-hour target. And "
      "it was a big success with the finance team.";
  return StoryYaml(parts);
}

// Replaces the first `from` in `yaml` with `to`.
std::string Edit(std::string yaml, const std::string& from, const std::string& to) {
  size_t at = yaml.find(from);
  REQUIRE(at != std::string::npos);
  return yaml.replace(at, from.size(), to);
}

std::vector<std::string> Rendered(const std::string& yaml, const LintOptions& o = {}) {
  LintReport r = LintString("t.yaml", yaml, Catalog::Default(), AllRules(), o);
  std::vector<std::string> out;
  for (const Diagnostic& d : r.diagnostics) out.push_back(FormatDiagnostic(d));
  return out;
}

TEST_CASE("the unsuppressed story reports vague praise", "[suppress]") {
  CHECK(Rendered(VagueStory()) ==
        std::vector<std::string>{
            "t.yaml:10:84: warning: 'big success' is praise, not a result; replace it "
            "with what changed and by how much [vague-result]"});
}

TEST_CASE("a directive on or above a key silences that key's findings", "[suppress]") {
  auto [from, to] = GENERATE(table<std::string, std::string>({
      {"result: |\n", "result: |  # starbank: ignore[vague-result] -- the VP's words\n"},
      {"result: |\n", "# starbank: ignore[vague-result] -- the VP's words\nresult: |\n"},
      {"result: |\n", "# a note\n# starbank: ignore[VAGUE-RESULT]\nresult: |\n"},
      {"result: |\n", "#starbank:ignore[ vague-result , vague-result ]--x\nresult: |\n"},
      {"result: |\n", "# StarBank: ignore[vague-result] -- any case\nresult: |\n"},
      {"result: |\n", "#\t STARBANK: ignore[vague-result]\nresult: |\n"},
      {"result: |\n", "# see #12\n# starbank: ignore[vague-result] -- after another #\nresult: |\n"},
      {"title: ", "# starbank: ignore-file[vague-result] -- quoted praise\ntitle: "},
      {"title: ", "---\n# starbank: ignore-file[vague-result]\n\ntitle: "},
  }));
  CAPTURE(to);
  CHECK(Rendered(Edit(VagueStory(), from, to)).empty());
}

TEST_CASE("directives that silence nothing or are wrong are reported", "[suppress]") {
  auto [from, to, expected] = GENERATE(table<std::string, std::string, std::string>({
      // On another key: the finding stays and the directive is unused.
      {"learning: |\n", "learning: |  # starbank: ignore[vague-result]\n",
       "t.yaml:11:33: warning: suppression of 'vague-result' silences nothing on this "
       "key; remove it [unused-suppression]"},
      // Two rules, one of them used.
      {"result: |\n", "result: |  # starbank: ignore[vague-result, no-setback]\n",
       "t.yaml:9:45: warning: suppression of 'no-setback' silences nothing on this "
       "key; remove it [unused-suppression]"},
      {"title: ", "# starbank: ignore-file[too-long]\ntitle: ",
       "t.yaml:1:25: warning: suppression of 'too-long' silences nothing in this "
       "file; remove it [unused-suppression]"},
      {"result: |\n", "result: |  # starbank: ignore[vague-reslt] -- typo\n",
       "t.yaml:9:31: warning: unknown rule 'vague-reslt' in suppression; did you mean "
       "'vague-result'? [invalid-suppression]"},
      {"result: |\n", "result: |  # starbank: ignore[made-up-check]\n",
       "t.yaml:9:31: warning: unknown rule 'made-up-check' in suppression; run "
       "'starbank rules' for the list [invalid-suppression]"},
      {"result: |\n", "result: |  # starbank: ignore vague-result\n",
       "t.yaml:9:24: warning: 'ignore' needs the rules to silence in brackets; expected "
       "'# starbank: ignore[rule-id, ...] -- reason' or '# starbank: "
       "ignore-file[rule-id, ...]' [invalid-suppression]"},
      {"result: |\n", "result: |  # starbank: skip[vague-result]\n",
       "t.yaml:9:24: warning: unknown starbank directive 'skip'; expected '# starbank: "
       "ignore[rule-id, ...] -- reason' or '# starbank: ignore-file[rule-id, ...]' "
       "[invalid-suppression]"},
      {"result: |\n", "result: |  # starbank: ignore[]\n",
       "t.yaml:9:30: warning: suppression names no rule; list the rule ids to silence "
       "[invalid-suppression]"},
      {"result: |\n", "result: |  # starbank: ignore[vague-result] because\n",
       "t.yaml:9:44: warning: unexpected 'because' after the rule list; write the "
       "reason after '--' [invalid-suppression]"},
      {"result: |\n", "# starbank: ignore[vague-result]\n\nresult: |\n",
       "t.yaml:9:1: warning: suppression is not on or directly above a key; put it on "
       "the key's line or the line above [invalid-suppression]"},
      {"result: |\n", "# starbank: ignore-file[vague-result]\nresult: |\n",
       "t.yaml:9:1: warning: 'ignore-file' belongs in the file's header, before its "
       "first key; use 'ignore' to silence one key [invalid-suppression]"},
  }));
  CAPTURE(to);
  std::vector<std::string> got = Rendered(Edit(VagueStory(), from, to));
  CAPTURE(got);
  CHECK(std::find(got.begin(), got.end(), expected) != got.end());
}

TEST_CASE("a '#' inside block scalars and quotes is text", "[suppress]") {
  auto [from, to] = GENERATE(table<std::string, std::string>({
      // Inside the result's own block: still a vague result, no directive.
      {"  Runtime fell", "  # starbank: ignore[vague-result]\n  Runtime fell"},
      {"  Runtime fell", "  a # starbank: ignore[vague-result]\n\n  Runtime fell"},
      // In quoted and folded values.
      {"title: ", "title: \"Ship # starbank: ignore[vague-result]\" # real\nx-note: "},
      {"title: ", "title: 'it''s # starbank: ignore[vague-result]'\nx-note: "},
      {"title: ", "title: >-\n  Ship # starbank: ignore[vague-result]\nx-note: "},
      {"title: ", "title: \"two\n  lines # starbank: ignore[vague-result]\"\nx-note: "},
  }));
  CAPTURE(to);
  std::vector<std::string> got = Rendered(Edit(VagueStory(), from, to));
  bool vague = false, directive_problem = false;
  for (const std::string& line : got) {
    vague = vague || line.find("[vague-result]") != std::string::npos;
    directive_problem = directive_problem || line.find("suppression]") != std::string::npos;
  }
  CHECK(vague);
  CHECK_FALSE(directive_problem);
}

TEST_CASE("a directive covers the key's whole value, not the next key", "[suppress]") {
  const std::string text =
      "- id: one\n"                                 // 1
      "  # starbank: ignore[vague-result]\n"        // 2
      "  action:\n"                                 // 3
      "  - first step\n"                            // 4
      "  - second step # x\n"                       // 5
      "  result: |  # starbank: ignore[no-setback]\n"  // 6
      "    line a\n"                                // 7
      "\n"                                          // 8
      "    # not a comment\n"                       // 9
      "  learning: x\n"                             // 10
      "- id: two  # starbank: ignore[too-long]\n"   // 11
      "  title: t\n";                               // 12
  Suppressions s = Suppressions::Parse("m.yaml", text, AllRules());
  const auto& d = s.directives();
  REQUIRE(d.size() == 3);
  CHECK(std::make_pair(d[0].first_line, d[0].last_line) == std::make_pair(3, 5));
  CHECK(std::make_pair(d[1].first_line, d[1].last_line) == std::make_pair(6, 9));
  CHECK(std::make_pair(d[2].first_line, d[2].last_line) == std::make_pair(11, 11));
  CHECK(d[1].rules[0].mark.column == 33);
}

TEST_CASE("reasons are kept", "[suppress]") {
  Suppressions s = Suppressions::Parse(
      "r.yaml", "# starbank: ignore-file[too-short] -- a two-line drill card\ntitle: x\n", AllRules());
  REQUIRE(s.directives().size() == 1);
  CHECK(s.directives()[0].file_wide);
  CHECK(s.directives()[0].reason == "a two-line drill card");
}

TEST_CASE("a rule turned off is not reported as an unused suppression", "[suppress]") {
  LintOptions o;
  o.rule_overrides["no-setback"] = std::nullopt;
  std::string yaml = Edit(VagueStory(), "result: |\n",
                          "result: |  # starbank: ignore[vague-result,no-setback]\n");
  CHECK(Rendered(yaml, o).empty());
  o.rule_overrides["unused-suppression"] = std::nullopt;
  o.rule_overrides.erase("no-setback");
  yaml = Edit(VagueStory(), "learning: |\n", "learning: |  # starbank: ignore[too-long]\n");
  CHECK(Rendered(yaml, o).size() == 1);  // vague-result only
}

TEST_CASE("bank-wide duplicate-story findings honour the file's directives", "[suppress]") {
  std::string story = StoryYaml(StrongParts());
  LintInput a{"a.yaml", true, story};
  LintInput b{"b.yaml", true,
              "# starbank: ignore-file[duplicate-story] -- the short cut of a.yaml\n" + story};
  LintReport r = Lint({a, b}, Catalog::Default(), AllRules(), LintOptions{});
  std::vector<std::string> got;
  for (const Diagnostic& d : r.diagnostics) got.push_back(d.file + " " + d.rule);
  CHECK(got == std::vector<std::string>{"a.yaml duplicate-story"});

  // The same directive in a bank without the twin is unused.
  r = Lint({b}, Catalog::Default(), AllRules(), LintOptions{});
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(FormatDiagnostic(r.diagnostics[0]) ==
        "b.yaml:1:25: warning: suppression of 'duplicate-story' silences nothing in "
        "this file; remove it [unused-suppression]");
}

}  // namespace
}  // namespace starbank
