// The cue lexicon (text/cues.h): the data/lexicon format as the binary reads
// it, errors with file and line, and the embedded families as the finders
// see them.
#include "text/cues.h"

#include <catch2/catch.hpp>

namespace starbank {
namespace {

TEST_CASE("ParseLexicon reads families, continued keys and files") {
  std::string error;
  auto families = ParseLexicon(
      "@file a.lex\n"
      "# a comment\n"
      "== sky-words\n"
      "rules: no-setback vague-result\n"
      "why: Words about the\n"
      "  sky.\n"
      "words: blue grey\n"
      "  cloudy\n"
      "@file b.lex\n"
      "\n"
      "== one\n"
      "used-by: principle\n"
      "  inference\n"
      "why: x\n"
      "words: it's cut-off\n"
      "phrases: went  well\n"
      "# a comment\n"
      "  # hours straight\n",
      &error);
  CHECK(error.empty());
  REQUIRE(families.size() == 2);
  CHECK(families[0].name == "sky-words");
  CHECK(families[0].file == "a.lex");
  CHECK(families[0].line == 2);
  CHECK(families[0].why == "Words about the sky.");
  CHECK(families[0].rules == std::vector<std::string>{"no-setback", "vague-result"});
  CHECK(families[0].words == std::vector<std::string>{"blue", "grey", "cloudy"});
  CHECK(families[1].file == "b.lex");
  CHECK(families[1].line == 2);
  CHECK(families[1].words == std::vector<std::string>{"it's", "cut-off"});
  CHECK(families[1].rules.empty());
  CHECK(families[1].used_by == "principle inference");
  CHECK(families[1].phrases == std::vector<std::string>{"went well", "# hours straight"});
}

TEST_CASE("ParseLexicon names the file and line of a malformed line") {
  auto [text, want] = GENERATE(table<std::string, std::string>({
      {"@file t.lex\nwords: a\n", "t.lex:1: text before the first '== family' line"},
      {"@file t.lex\n== f\nwhy: x\ncolour: red\n", "t.lex:3: unknown key 'colour'"},
      {"@file t.lex\n== f\n\nno colon here\n",
       "t.lex:3: expected 'why:', 'rules:', 'used-by:', 'words:' or 'phrases:'"},
      {"@file t.lex\n== f\n  stray\n",
       "t.lex:2: indented line outside 'why:', 'rules:', 'used-by:', 'words:' or "
       "'phrases:'"},
  }));
  CAPTURE(text);
  std::string error;
  ParseLexicon(text, &error);
  CHECK(error == want);
}

TEST_CASE("The embedded lexicon gives each family's words as a table") {
  REQUIRE(!CueFamilies().empty());
  for (const CueFamily& f : CueFamilies()) {
    CAPTURE(f.name);
    CHECK(!f.why.empty());
    CHECK((!f.rules.empty() || !f.used_by.empty()));
    REQUIRE(f.words.empty() != f.phrases.empty());  // one or the other
    const WordTable& table = Cues(f.name);
    for (const std::string& w : f.words) CHECK(table.Contains(w));
    CHECK(&Cues(f.name) == &table);  // built once
    CHECK(CuePhrases(f.name) == f.phrases);
    CHECK(CueWords(f.name) == f.words);
  }
  CHECK(CuePhrases("effort-phrases").front() == "all-nighter");
  CHECK(Cues("time-box.box").Contains("runway"));
  CHECK(!Cues("time-box.box").Contains("sprint"));
}

TEST_CASE("phrasal-setbacks holds one verb and one particle a line") {
  // The setback finder splits each line at its space into the verb and the
  // particle; a third word would never match.
  REQUIRE(!CuePhrases(cue::kPhrasalSetbacks).empty());
  for (const std::string& phrase : CuePhrases(cue::kPhrasalSetbacks)) {
    CAPTURE(phrase);
    size_t space = phrase.find(' ');
    CHECK(space != std::string::npos);
    CHECK(space > 0);
    CHECK(phrase.find(' ', space + 1) == std::string::npos);
  }
}

TEST_CASE("A generated constant names the same family as its name") {
  CHECK(cue::kFamilyCount == static_cast<int>(CueFamilies().size()));
  CHECK(&Cues(cue::kTimeBoxBox) == &Cues("time-box.box"));
  CHECK(&CueWords(cue::kTimeBoxBox) == &CueWords("time-box.box"));
  CHECK(&CuePhrases(cue::kEffortPhrases) == &CuePhrases("effort-phrases"));
  CHECK(CueFamilies()[cue::kTimeBoxBox].name == "time-box.box");
  CHECK(CueFamilies()[cue::kEffortPhrases].name == "effort-phrases");
}

}  // namespace
}  // namespace starbank
