// Quantities, comparisons and tokens over real result sentences.
#include <catch2/catch.hpp>

#include "text/phrases.h"
#include "text/printable.h"
#include "text/quantities.h"
#include "text/stem.h"
#include "text/tokens.h"
#include "text/word_table.h"

namespace starbank {
namespace {

std::vector<std::string> Texts(const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (const Span& s : spans) out.push_back(s.text);
  return out;
}

TEST_CASE("quantities are recognised in many spellings") {
  struct Row {
    const char* text;
    std::vector<std::string> want;
  };
  const Row rows[] = {
      {"p95 fell from 1.8s to 280ms", {"1.8s", "280ms"}},
      {"saved $45k a month and \xE2\x82\xAC" "1.2M a year", {"$45k", "\xE2\x82\xAC" "1.2M"}},
      {"errors -84% and ~30% fewer pages", {"-84%", "~30%"}},
      {"3x faster, \xC3\x97" "2 cheaper", {"3x", "2"}},
      {"240 services and 2,400 hosts", {"240", "2,400"}},
      {"three engineer-months and a dozen tickets", {"three", "dozen"}},
      {"throughput doubled and errors halved", {"doubled", "halved"}},
      {"cut it in half within one week", {"half", "one"}},
      {"eleven days early", {"eleven"}},
      {"a third of the cost, one quarter of the pages", {"a third", "one quarter"}},
      {"an order of magnitude faster", {"magnitude"}},
  };
  for (const Row& r : rows) {
    INFO(r.text);
    CHECK(Texts(FindQuantities(r.text)) == r.want);
  }
}

TEST_CASE("labels that look like numbers are not quantities") {
  const char* rows[] = {
      "shipped in Q2 2024 after the p95 review",
      "we moved to v2.3.1 in March 2023",
      "the 3rd and 21st releases",
      "in 2019 I joined the team",
      "since 2021 the EC2 fleet and S3 buckets",
      "one of the services; no one noticed",
  };
  for (const char* r : rows) {
    INFO(r);
    CHECK(FindQuantities(r).empty());
  }
}

TEST_CASE("comparisons give numbers a baseline") {
  const char* fire[] = {
      "from 14% to 0.3%",
      "p95 1.8 s \xE2\x86\x92 280 ms",
      "p95 1.8 s -> 280 ms",
      "down 42% quarter on quarter",
      "tickets (\xE2\x88\x92" "84%)",
      "cut build time by 40%",
      "3x faster",
      "99.95% vs a target of 99.9%",
      "came in at $6,100 against a $6,800 estimate",
      "used 83% of the quota instead of the projected 137%",
      "from two days to 40 minutes",
      "under 2 hours, beating the 3-hour SLA",
      "self-serve resolutions doubled in the first quarter",  // on its own
      "resolution time improved by an order of magnitude",
  };
  for (const char* f : fire) {
    INFO(f);
    CHECK(!FindComparisons(f).empty());
  }
  const char* silent[] = {
      "now serves 1,200 requests per second",
      "a first payment in 14 minutes and a rating of 4.3 stars",
      "more than 300 users signed up",
      "reviewed by 12 people in 3 regions",
      "tickets run at 19 a month",
  };
  for (const char* s : silent) {
    INFO(s);
    CHECK(FindComparisons(s).empty());
  }
}

TEST_CASE("phrases match whole words, wildcards, and never overlap") {
  auto find = [](std::vector<std::string> phrases, const char* text) {
    return Texts(PhraseMatcher(std::move(phrases)).FindAll(text));
  };
  using V = std::vector<std::string>;
  CHECK(find({"went well"}, "It went well. It Went  Well.") == V{"went well", "Went Well"});
  CHECK(find({"went well"}, "It went wellness.").empty());  // whole words only
  CHECK(find({"proj*"}, "the project and proj x") == V{"project", "proj"});
  CHECK(find({"*-hour weeks"}, "80-hour weeks, 40 hour weeks, 24-hour tests") ==
        V{"80-hour weeks"});
  CHECK(find({"# hour weeks"}, "80-hour weeks, 40 hour weeks") == V{"40 hour weeks"});
  CHECK(find({"worked * hard"}, "we worked really hard and worked hard") ==
        V{"worked really hard"});
  // A possessive on the phrase's last word still matches; inside, it does not.
  CHECK(find({"northwind"}, "Northwind's search and Northwind\xE2\x80\x99s app") ==
        V{"Northwind's", "Northwind\xE2\x80\x99s"});
  CHECK(find({"project falcon"}, "Project Falcon's launch") == V{"Project Falcon's"});
  CHECK(find({"project falcon"}, "Project's Falcon").empty());
  // One finding for "everyone loved the", not two that share "loved".
  CHECK(find({"everyone loved", "loved the"}, "Everyone loved the new flow.") ==
        V{"Everyone loved"});
  CHECK(find({"went above and beyond", "above and beyond"}, "I went above and beyond.") ==
        V{"went above and beyond"});
}

TEST_CASE("tokens understand typography") {
  std::vector<Token> t = Tokenize("I\xE2\x80\x99" "d cut p95 1.8\xE2\x80\xAF" "s\xE2\x86\x92" "280 ms");
  std::vector<std::string> norms;
  for (const Token& k : t) norms.push_back(k.norm);
  CHECK(norms == std::vector<std::string>{"i'd", "cut", "p95", "1.8", "s", "->", "280", "ms"});
}

TEST_CASE("words are counted on whitespace") {
  CHECK(CountWords("") == 0);
  CHECK(CountWords("  one\ttwo\nthree  ") == 3);
  CHECK(CountWords("p95 1.8 s \xE2\x86\x92 280 ms") == 6);
}

TEST_CASE("edit distance and stems") {
  CHECK(EditDistance("frugalty", "frugality") == 1);
  CHECK(EditDistance("", "abc") == 3);
  CHECK(Stem("customers") == Stem("customer"));
  CHECK(Stem("shipped") == Stem("shipping"));
  CHECK(Stem("costs") == "cost");
}

TEST_CASE("Printable shows control codes escaped and keeps the rest") {
  auto [raw, shown] = GENERATE(table<std::string, std::string>({
      {"plain text", "plain text"},
      {"Café → 2×", "Café → 2×"},
      {"\x1b[2J", "\\x1b[2J"},
      {"\x1b]0;pwned\a", "\\x1b]0;pwned\\x07"},
      {"a\nb\tc\rd", "a\\nb\\tc\\rd"},
      {std::string("nul\0x", 5), "nul\\x00x"},
      {"del\x7f", "del\\x7f"},
      {"c1 \xc2\x9b"
       "31m",
       "c1 \\u009b31m"},
      {"nbsp\xc2\xa0ok", "nbsp\xc2\xa0ok"},
      {"lone \x9b byte", "lone \\x9b byte"},
      {"latin1 caf\xe9", "latin1 caf\\xe9"},
      {"cut \xe2\x86", "cut \\xe2\\x86"},
      {"title \xe2\x80\xae"
       "evil",
       "title \\u202eevil"},
      {"iso \xe2\x81\xa6x\xe2\x81\xa9", "iso \\u2066x\\u2069"},
      {"embed \xe2\x80\xaa", "embed \\u202a"},
      {"dash \xe2\x80\x94 kept", "dash \xe2\x80\x94 kept"},
      {"zwj \xe2\x80\x8d kept", "zwj \xe2\x80\x8d kept"},
      {std::string("\xff\xfe"
                   "a\0",
                   4),
       "\\xff\\xfea\\x00"},
  }));
  CAPTURE(raw);
  CHECK(Printable(raw) == shown);
}

TEST_CASE("WrapHanging wraps at spaces under the head, and not at all when it fits") {
  auto [head, text, width, wrapped] =
      GENERATE(table<std::string, std::string, size_t, std::string>({
          {"  a -> (", "no story: its only story)", 40, "  a -> (no story: its only story)\n"},
          {"  a -> (", "no story: its only story)", 20,
           "  a -> (no story:\n        its only\n        story)\n"},
          {"  a -> (", "no story: its only story)", 0, "  a -> (no story: its only story)\n"},
          // Wide characters count two columns each.
          {"x: ", "\xe6\x97\xa5\xe6\x9c\xac b", 7, "x: \xe6\x97\xa5\xe6\x9c\xac\n   b\n"},
      }));
  CAPTURE(head, text, width);
  CHECK(WrapHanging(head, text, width) == wrapped);
}

TEST_CASE("FitWidth counts display columns and never cuts a character") {
  auto [text, width, fitted] = GENERATE(table<std::string, size_t, std::string>({
      {"short", 10, "short"},
      {"exactly10!", 10, "exactly10!"},
      {"a longer title", 8, "a longe~"},
      {"Réduire", 4, "Réd~"},
      {"日本語のタイトル", 7, "日本語~"},
      {"日本語のタイトル", 6, "日本~"},
      {"", 3, ""},
  }));
  CAPTURE(text, width);
  CHECK(FitWidth(text, width) == fitted);
  CHECK(DisplayWidth(FitWidth(text, width)) <= width);
}

TEST_CASE("Counted picks the noun's number") {
  CHECK(Counted(0, "story", "stories") == "0 stories");
  CHECK(Counted(1, "story", "stories") == "1 story");
  CHECK(Counted(2, "story", "stories") == "2 stories");
}

TEST_CASE("a packed phrase index matches some of its sources as Lists() of them does") {
  // Three sources; the matcher reports sources 2 and 0, as lists 0 and 1.
  std::vector<std::vector<std::string>> sources = {
      {"went well", "* hours straight"},
      {"acme's rollout", "went really well", "# hours"},
      {"acme", "pre*", "went"},
  };
  std::string text;
  std::vector<PhraseMatcher::Word> words;
  std::vector<PhraseMatcher::PhraseSpan> phrases;
  std::vector<uint16_t> source;
  for (size_t k = 0; k < sources.size(); ++k) {
    for (const std::string& p : sources[k]) {
      auto begin = static_cast<uint32_t>(words.size());
      auto n = static_cast<uint32_t>(PhraseMatcher::ParsePhrase(p, &text, &words));
      phrases.push_back({begin, n});
      source.push_back(static_cast<uint16_t>(k));
    }
  }
  PhraseMatcher::IndexArrays index;
  PhraseMatcher::IndexPhrases(text.c_str(), words.data(), phrases.data(), phrases.size(),
                              &index);
  PhraseMatcher::PackedIndex packed{text.c_str(), words.data(), phrases.data(), source.data(),
                                    phrases.size(), sources.size(), &index.first_words,
                                    index.first_begin.data(), index.by_first.data(),
                                    index.first_of.data(), index.wildcard_first.data(),
                                    index.wildcard_first.size()};
  PhraseMatcher m = PhraseMatcher::Packed(packed, {2, 0});
  PhraseMatcher want = PhraseMatcher::Lists({sources[2], sources[0]});
  // "Acme's" starts a phrase of source 1 only: for this matcher the word is
  // "acme" with a possessive, as for Lists() of sources 2 and 0.
  for (const char* s :
       {"Acme's rollout went well after 12 hours straight of prework",
        "it went really well; the Acme rollout went well", "nothing here", "went"}) {
    INFO(s);
    std::vector<Token> tokens = Tokenize(s);
    auto got = m.FindEach(s, tokens);
    auto expected = want.FindEach(s, tokens);
    REQUIRE(got.size() == 2);
    for (size_t list = 0; list < 2; ++list) CHECK(Texts(got[list]) == Texts(expected[list]));
  }
  std::string s = "Acme's rollout went well after 12 hours straight of prework";
  auto got = m.FindEach(s, Tokenize(s));
  CHECK(Texts(got[0]) == std::vector<std::string>{"Acme's", "went", "prework"});
  CHECK(Texts(got[1]) == std::vector<std::string>{"went well", "12 hours straight"});
}

TEST_CASE("a WordTable numbers words in order, as a view and once copied and added to") {
  WordTable built;
  CHECK(built.Find("cut") == -1);  // empty: allocates nothing, finds nothing
  CHECK(built.Add("cut") == 0);
  CHECK(built.Add("slip") == 1);
  CHECK(built.Add("cut") == 0);  // a repeat keeps its number
  for (int i = 0; i < 40; ++i) built.Add("w" + std::to_string(i));  // grows
  CHECK(built.size() == 42);
  CHECK(built.Find("w39") == 41);
  CHECK(built.word(1) == "slip");
  // A view of the arrays the table exports finds the same words.
  std::string text;
  std::vector<WordTable::Entry> entries;
  std::vector<int32_t> slots;
  built.Export(&text, &entries, &slots);
  WordTable view(text.c_str(), entries.data(), static_cast<uint32_t>(entries.size()),
                 slots.data(), static_cast<uint32_t>(slots.size()));
  CHECK(view.size() == 42);
  CHECK(view.Find("slip") == 1);
  CHECK(view.Find("w39") == 41);
  CHECK(view.Find("w40") == -1);
  CHECK(view.Find("") == -1);
  // Adding to a copy of a view copies the words first; the view is untouched.
  WordTable copy = view;
  CHECK(copy.Add("stall") == 42);
  CHECK(copy.Find("cut") == 0);
  CHECK(view.Find("stall") == -1);
  WordTable moved = std::move(copy);
  CHECK(moved.Find("stall") == 42);
  CHECK(moved.Find("w3") == 5);
  WordTable reserved;
  reserved.Reserve(100);
  CHECK(reserved.Add("a") == 0);
  CHECK(reserved.Find("a") == 0);
}

}  // namespace
}  // namespace starbank

TEST_CASE("DecodeUtf8: the one decoder, strict about what is not UTF-8", "[text][utf8]") {
  using namespace std::string_literals;
  using starbank::DecodeUtf8;
  using starbank::Utf8CharLength;
  size_t len = 99;
  CHECK(DecodeUtf8("a", 0, &len) == 'a');
  CHECK(len == 1);
  CHECK(DecodeUtf8("x\xc3\xa9", 1, &len) == 0xe9);  // é
  CHECK(len == 2);
  CHECK(DecodeUtf8("\xe2\x80\x94", 0, &len) == 0x2014);  // em dash
  CHECK(len == 3);
  CHECK(DecodeUtf8("\xf0\x9f\x98\x80", 0, &len) == 0x1f600);
  CHECK(len == 4);
  // Not characters: each gives -1 and length 0, so a caller steps one byte.
  for (const std::string& bad :
       {"\x80"s, "\xc0\x80"s, "\xc1\xbf"s, "\xe0\x80\x80"s, "\xed\xa0\x80"s,
        "\xf4\x90\x80\x80"s, "\xf5\x80\x80\x80"s, "\xc3"s, "\xe2\x80"s, "\xff"s}) {
    len = 99;
    CHECK(DecodeUtf8(bad, 0, &len) == -1);
    CHECK(len == 0);
  }
  CHECK(DecodeUtf8("ab", 2, &len) == -1);  // past the end
  CHECK(len == 0);
  CHECK(Utf8CharLength("\xe2\x80\x94", 0) == 3);
  CHECK(Utf8CharLength("\xed\xa0\x80", 0) == 0);
}
