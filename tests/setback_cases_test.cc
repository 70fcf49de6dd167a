// Setbacks told as constraints, as adversity from people and from one's own
// mistakes, and what is no setback (a cause found while diagnosing, a
// safeguard the speaker built), through LoadStories and Analyze (issue 20).
// Each row that finds a setback has a sibling, in another style and as
// close in wording as it can be, that must find none.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "lint/analysis.h"
#include "starbank/catalog.h"
#include "starbank/loader.h"

namespace starbank {
namespace {

// `key: |` and the text, or `key:` and one single-quoted item a line.
std::string Field(const std::string& key, const std::string& text, bool list) {
  std::string out = key + (list ? ":\n" : ": |\n");
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (list) {
      std::string quoted;
      for (char c : line) quoted += c == '\'' ? std::string("''") : std::string(1, c);
      out += "  - '" + quoted + "'\n";
    } else {
      out += "  " + line + "\n";
    }
    start = end + 1;
  }
  return out;
}

struct Analysed {
  Story story;
  StoryAnalysis a;
};

std::unique_ptr<Analysed> AnalyzeYaml(const std::string& yaml) {
  LoadResult r = LoadStories("t.yaml", yaml);
  INFO(yaml);
  REQUIRE(r.errors.empty());
  REQUIRE(r.stories.size() == 1);
  auto out = std::make_unique<Analysed>();
  out->story = std::move(r.stories[0]);
  out->a = Analyze(out->story, Catalog::Default(), AnalysisOptions{});
  return out;
}

std::vector<std::string> Texts(const std::vector<Found>& found) {
  std::vector<std::string> out;
  for (const Found& f : found) out.push_back(f.span.text);
  return out;
}

TEST_CASE("setback cases: only the motivating problem told", "[analysis][setback]") {
  struct Row {
    const char* situation;
    const char* action;
    bool list;  // the action as a YAML list
    bool problem_only;
    std::vector<std::string> problem;
  };
  const Row rows[] = {
      // The setup says what was wrong; nothing stood in the way of the fix.
      {"Invoice exports were slow.",
       "Indexed the ledger table; batched the writes.",
       false,
       true,
       {"slow"}},
      // The same setup with a departure on the way: a setback, so not "only".
      {"Invoice exports were slow.",
       "Our only DBA moved to another team\nIndexed the ledger table",
       true,
       false,
       {"slow"}},
      // Neither a problem nor a setback told.
      {"I owned the invoice export for the finance team.",
       "Indexed the ledger table; batched the writes.",
       false,
       false,
       {}},
  };
  for (const Row& r : rows) {
    INFO(r.situation << " / " << r.action);
    auto s = AnalyzeYaml(Field("situation", r.situation, false) +
                         Field("action", r.action, r.list));
    CHECK(s->a.problem_only == r.problem_only);
    CHECK(Texts(s->a.problems) == r.problem);
  }
}

}  // namespace
}  // namespace starbank
