// The cue lexicon (text/cues.h): the data/lexicon format as the binary reads
// it, errors with file and line, and the embedded families as the finders
// see them.
#include "text/cues.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "text/phrases.h"
#include "text/word_table.h"

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

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// data/lexicon/*.lex joined as the build joins them for ParseLexicon.
std::string LexiconSources() {
  std::vector<std::string> paths;
  for (const auto& e :
       std::filesystem::directory_iterator(std::string(STARBANK_SOURCE_DIR) + "/data/lexicon")) {
    if (e.path().extension() == ".lex") paths.push_back(e.path().string());
  }
  std::sort(paths.begin(), paths.end());
  std::string text;
  for (const std::string& p : paths) {
    text += "@file " + std::filesystem::path(p).filename().string() + "\n" + ReadFile(p) + "\n";
  }
  return text;
}

TEST_CASE("The packed lexicon is what ParseLexicon reads from data/lexicon") {
  std::string error;
  std::vector<CueFamily> parsed = ParseLexicon(LexiconSources(), &error);
  CHECK(error.empty());
  const std::vector<CueFamily>& packed = CueFamilies();
  REQUIRE(parsed.size() == packed.size());
  for (size_t k = 0; k < parsed.size(); ++k) {
    const CueFamily& a = parsed[k];
    const CueFamily& b = packed[k];
    CAPTURE(a.name);
    CHECK(a.name == b.name);
    CHECK(a.file == b.file);
    CHECK(a.line == b.line);
    CHECK(a.why == b.why);
    CHECK(a.rules == b.rules);
    CHECK(a.used_by == b.used_by);
    CHECK(a.words == b.words);
    CHECK(a.phrases == b.phrases);
  }
}

TEST_CASE("A packed word table finds what a table built at run time finds") {
  // Every word of the lexicon, and near misses, against every family.
  std::vector<std::string> probes = {"", "x", "zzzz", "the", "wasn't"};
  for (const CueFamily& f : CueFamilies()) {
    for (const std::string& w : f.words) {
      probes.push_back(w);
      probes.push_back(w + "s");
      probes.push_back(w.substr(0, w.size() - 1));
    }
  }
  for (const CueFamily& f : CueFamilies()) {
    CAPTURE(f.name);
    WordTable built;
    for (const std::string& w : f.words) built.Add(w);
    const WordTable& packed = Cues(f.name);
    CHECK(packed.size() == built.size());
    for (const std::string& w : probes) {
      if (packed.Find(w) != built.Find(w)) FAIL_CHECK(w);
    }
  }
}

TEST_CASE("CuePhraseMatcher finds what PhraseMatcher::Lists of the same phrases finds") {
  std::vector<cue::Phrases> families = {cue::kVaguePhrases, cue::kEffortPhrases,
                                        cue::kAbstractSetbacks, cue::kStockClaims,
                                        cue::kUnmeasuredComparisons, cue::kMachinePhrases};
  std::vector<std::vector<std::string>> lists;
  for (cue::Phrases f : families) lists.push_back(CuePhrases(f));
  PhraseMatcher built = PhraseMatcher::Lists(lists);
  PhraseMatcher packed = CuePhraseMatcher({cue::kVaguePhrases, cue::kEffortPhrases,
                                           cue::kAbstractSetbacks, cue::kStockClaims,
                                           cue::kUnmeasuredComparisons, cue::kMachinePhrases});
  // Texts that hold every phrase (a number for "#", a word for "*"), and
  // the example stories as they are written.
  std::vector<std::string> texts;
  for (const auto& list : lists) {
    std::string text;
    for (std::string p : list) {
      for (size_t at; (at = p.find('#')) != std::string::npos;) p.replace(at, 1, "12");
      for (size_t at; (at = p.find('*')) != std::string::npos;) p.replace(at, 1, "very");
      text += "And then " + p + ", so. ";
    }
    texts.push_back(text);
  }
  for (const auto& e :
       std::filesystem::directory_iterator(std::string(STARBANK_SOURCE_DIR) + "/data/examples")) {
    texts.push_back(ReadFile(e.path().string()));
  }
  size_t found = 0;
  for (const std::string& text : texts) {
    std::vector<Token> tokens = Tokenize(text);
    auto a = packed.FindEach(text, tokens);
    auto b = built.FindEach(text, tokens);
    REQUIRE(a.size() == b.size());
    for (size_t list = 0; list < a.size(); ++list) {
      REQUIRE(a[list].size() == b[list].size());
      for (size_t k = 0; k < a[list].size(); ++k) {
        CHECK(a[list][k].offset == b[list][k].offset);
        CHECK(a[list][k].text == b[list][k].text);
      }
      found += a[list].size();
    }
  }
  CHECK(found > 300);  // the phrase texts find themselves
}

}  // namespace
}  // namespace starbank
