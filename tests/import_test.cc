// `starbank import`: labels, titles and principle lists; each bank layout
// against the YAML it must give (tests/testdata/import/expected); the YAML
// and Markdown writers read back by the project's own readers; and the
// stories `export --format markdown` writes, imported back unchanged.
#include "import/import.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "import/csv.h"
#include "import/labels.h"
#include "import/markdown.h"
#include "import/story_writer.h"
#include "starbank/catalog.h"
#include "starbank/loader.h"
#include "text/tokens.h"
#include "views/story_markdown.h"
#include "views/template.h"

namespace starbank {
namespace {

namespace fs = std::filesystem;
using K = LabelKind;

const std::string kData = STARBANK_SOURCE_DIR "/tests/testdata/import";

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs in `dir` while alive, so sources are named as a user names them.
class InDir {
 public:
  explicit InDir(const std::string& dir) : old_(fs::current_path()) {
    fs::current_path(dir);
  }
  ~InDir() { fs::current_path(old_); }

 private:
  fs::path old_;
};

// A part's text, a list's items one a line, as the loader joins them.
std::string Joined(const ImportedText& t) {
  if (!t.list) return t.text;
  std::string out;
  for (const std::string& item : t.items) out += item + "\n";
  return out;
}

// Text without trailing blanks on its lines or blank lines around it: what
// a YAML block leaves of the text it holds.
std::string Clean(std::string_view text) {
  std::string out;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n') continue;
    std::string_view line = text.substr(start, i - start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t'))
      line.remove_suffix(1);
    out += std::string(line) + "\n";
    start = i + 1;
  }
  size_t a = out.find_first_not_of('\n'), b = out.find_last_not_of('\n');
  return a == std::string::npos ? "" : out.substr(a, b - a + 1);
}

std::string Messages(const std::vector<Diagnostic>& messages) {
  std::string out;
  for (const Diagnostic& d : messages) out += FormatDiagnostic(d) + "\n";
  return out;
}

TEST_CASE("labels are read in any case, with or without colons, as words or letters") {
  auto [label, kind] = GENERATE(table<std::string, LabelKind>({
      {"Situation", K::kSituation},
      {"S", K::kSituation},
      {"**S:**", K::kSituation},
      {"SITUATION:", K::kSituation},
      {"S (Situation)", K::kSituation},
      {"Situation (S)", K::kSituation},
      {"(S)", K::kSituation},
      {"S - Situation", K::kSituation},
      {"task", K::kTask},
      {"T", K::kTask},
      {"Action (A)", K::kAction},
      {"Actions", K::kAction},
      {"2. Result", K::kResult},
      {"R", K::kResult},
      {"Outcome", K::kResult},
      {"Learning", K::kLearning},
      {"L", K::kLearning},
      {"Lesson", K::kLearning},
      {"Learnings", K::kLearning},
      {"Reflection", K::kLearning},
      {"What I would do differently", K::kLearning},
      {"What I’d do differently", K::kLearning},
      {"Trade-offs", K::kTradeoffs},
      {"Follow-up questions", K::kFollowups},
      {"Principles", K::kPrinciples},
      {"LP", K::kPrinciples},
      {"Maps to", K::kPrinciples},
      {"Best for questions about", K::kPrompts},
      {"Tags", K::kTags},
      {"Title", K::kTitle},
      {"Tension", K::kCommentText},
      {"Obstacle", K::kCommentText},
      {"Turn", K::kCommentText},
      {"Do not claim", K::kCommentText},
      {"Company", K::kCommentField},
      {"When", K::kCommentField},
      {"Confidence", K::kCommentField},
      {"Last practiced", K::kCommentField},
      // Not labels: a title, a principle, prose.
      {"Story: Billing export", K::kNone},
      {"Deliver Results", K::kNone},
      {"The result was", K::kNone},
      {"", K::kNone},
      {"S - Billing", K::kNone},
  }));
  CAPTURE(label);
  CHECK(ClassifyLabel(label) == kind);
}

TEST_CASE("a heading's title loses its numbering and theme, nothing else") {
  auto [heading, title, theme] = GENERATE(table<std::string, std::string, std::string>({
      {"Story 1 - Checkout p95 under 1 s", "Checkout p95 under 1 s", ""},
      {"Story #4: Billing export", "Billing export", ""},
      {"Example 3 — Paging tool", "Paging tool", ""},
      {"3. Paging tool", "Paging tool", ""},
      {"4) Paging tool", "Paging tool", ""},
      {"1 - Paging tool", "Paging tool", ""},
      {"[Conflict] Pushed back on a date", "Pushed back on a date", "Conflict"},
      {"[Ownership] - Took over a migration", "Took over a migration", "Ownership"},
      {"38 services off a queue", "38 services off a queue", ""},
      {"2-day outage", "2-day outage", ""},
      {"3.5x faster builds", "3.5x faster builds", ""},
      {"Story 2", "Story 2", ""},
      {"Story of the migration", "Story of the migration", ""},
      {"[[Linked note]]", "[[Linked note]]", ""},
  }));
  CAPTURE(heading);
  std::string got_theme;
  CHECK(HeadingTitle(heading, &got_theme) == title);
  CHECK(got_theme == theme);
}

TEST_CASE("principle lists split at separators but keep names that hold one") {
  using V = std::vector<std::string>;
  auto [value, names] = GENERATE(table<std::string, V>({
      {"Ownership, Dive Deep", V{"Ownership", "Dive Deep"}},
      {"Are Right, A Lot; Frugality", V{"Are Right, A Lot", "Frugality"}},
      {"Have Backbone; Disagree and Commit, [[Earn Trust]]",
       V{"Have Backbone; Disagree and Commit", "Earn Trust"}},
      {"[[Ownership]] [[Dive Deep|DD]]", V{"Ownership", "Dive Deep"}},
      {"#ownership #dive-deep", V{"ownership", "dive-deep"}},
      {"Custmer Obsesion / Ownership", V{"Custmer Obsesion", "Ownership"}},
  }));
  CAPTURE(value);
  CHECK(SplitPrinciples(value, Catalog::Default()) == names);
}

TEST_CASE(
    "principles resolve by name, id, alias, link or tag; unknown ones stay as written") {
  auto [written, name] = GENERATE(table<std::string, std::string>({
      {"customer obsession", "Customer Obsession"},
      {"dive-deep", "Dive Deep"},
      {"[[Bias for Action]]", "Bias for Action"},
      {"#frugality", "Frugality"},
      {"Ownership (primary)", "Ownership"},
      {"Disagree and Commit", "Have Backbone; Disagree and Commit"},
      {"Custmer Obsesion", ""},
  }));
  CAPTURE(written);
  CHECK(CatalogName(written, Catalog::Default()) == name);
}

// Each layout of tests/testdata/import gives exactly the story files under
// expected/LAYOUT, and says what it skipped.
TEST_CASE("every bank layout imports to the expected story files") {
  using V = std::vector<std::string>;
  auto [layout, files, messages] = GENERATE(table<std::string, V, std::string>({
      {"subheadings", V{"subheadings.md"},
       "subheadings.md:1:1: warning: heading 'My story bank' has text but no story "
       "sections "
       "(Situation, Task, Action, Result); not imported\n"},
      {"bold_labels", V{"bold_labels.md"},
       "bold_labels.md:25:1: info: 'S (Situation)' adds to the situation already given; "
       "the "
       "two are joined\n"},
      {"inline", V{"inline.md"}, ""},
      {"per_principle", V{"per_principle.md"},
       "per_principle.md:1:1: warning: heading 'Customer Obsession' has text but no "
       "story "
       "sections (Situation, Task, Action, Result); not imported\n"},
      {"table", V{"table.md"}, ""},
      {"csv", V{"bank.csv"}, ""},
      {"index",
       V{"index.md", "Cut cloud spend on test environments.md", "mobile_login.md"},
       "index.md:7:1: warning: index row 'A story that is not in this import' names no "
       "story "
       "imported in this run; import the file that tells it too\n"},
  }));
  CAPTURE(layout);
  InDir here(kData);
  ImportResult result = ReadBanks(files, Catalog::Default());
  CHECK(Messages(result.messages) == messages);
  CHECK_FALSE(result.failed());
  PlanFiles("expected/" + layout + "-new", &result);  // a folder that is not there

  std::set<std::string> want, got;
  for (const auto& e : fs::directory_iterator("expected/" + layout)) {
    want.insert(e.path().filename().string());
  }
  for (const ImportedFile& f : result.files) {
    std::string name = fs::path(f.path).filename().string();
    got.insert(name);
    CAPTURE(name);
    CHECK(f.yaml == Slurp("expected/" + layout + "/" + name));
    // The project's loader reads it back: no error, the text as imported.
    LoadResult loaded = LoadStories(name, f.yaml);
    REQUIRE(loaded.errors.empty());
    REQUIRE(loaded.stories.size() == 1);
    const Story& s = loaded.stories[0];
    CHECK(s.title.text == f.story.title);
    for (int i = 0; i < kPartCount; ++i) {
      CHECK(FoldSpace(s.parts[i].text) == FoldSpace(Joined(f.story.parts[i])));
      CHECK(s.parts[i].item_marks.size() == f.story.parts[i].items.size());
    }
  }
  CHECK(got == want);
}

// Headings split into the stories a reader sees, whatever their levels.
TEST_CASE("headings split a bank into its stories") {
  auto [markdown, stories] = GENERATE(table<std::string, std::string>({
      // Parts one level down.
      {"## One\n### Situation\ns1\n### Result\nr1\n## Two\n### Situation\ns2\n",
       "One: S--R- | Two: S---- |"},
      // Parts at the stories' own level.
      {"## One\n## Situation\ns1\n## Action\na1\n## Two\n## Situation\ns2\n",
       "One: S-A-- | Two: S---- |"},
      // A sub-heading story, then a bold-label story at the parts' level.
      {"## One\n### Situation\ns1\n### Lesson\nl1\n### Two\n**S:** s2\n**R:** r2\n",
       "One: S---L | Two: S--R- |"},
      // A heading among the parts that starts none is a part of its own.
      {"## One\n### Situation\ns1\n### Metrics\nm1\n### Result\nr1\n",
       "One: S--R- Metrics |"},
      // In a part under a sub-heading, a note in bold stays text.
      {"## One\n### Action\na1\n**Note:** on a Friday\n### Result\nr1\n", "One: --AR- |"},
      // A deeper heading inside a part stays in it.
      {"## One\n### Action\na1\n#### Step two\na2\n", "One: --A-- |"},
      // A principle and a question above stories give them to each.
      {"# Ownership\n## Tell me about a time you failed.\n### One\n**S:** s\n",
       "One: S---- Ownership ? |"},
      // Bold labels in a list, text on the next line, a label's letter.
      {"## One\n- **Situation:** s1\n- **A (Action):**\n  - a1\n  - a2\n",
       "One: S-A-- |"},
      // Two labels in one item, one a line.
      {"## One\n- **S:** s1\n  **T:** t1\n- **R:** r1\n", "One: ST-R- |"},
  }));
  CAPTURE(markdown);
  BankParse bank = ParseMarkdownBank("b.md", markdown, Catalog::Default());
  std::string got;
  for (const ImportedStory& st : bank.stories) {
    got += st.title + ": ";
    for (int i = 0; i < kPartCount; ++i) got += st.parts[i].empty() ? '-' : "STARL"[i];
    for (const ImportedComment& c : st.comments) got += " " + c.label;
    for (const std::string& p : st.principles) got += " " + p;
    if (!st.prompts.empty()) got += " ?";
    got += " | ";
  }
  CHECK(Trim(got) == stories);
}

// Section text is what the bank says, typos and all; emphasis and link
// markup go, their text stays.
TEST_CASE("section text is kept as written") {
  InDir here(kData);
  ImportResult r = ReadBanks({"subheadings.md", "bold_labels.md"}, Catalog::Default());
  auto find = [&](const std::string& title) -> const ImportedStory& {
    for (const ImportedFile& f : r.files) {
      if (f.story.title == title) return f.story;
    }
    FAIL("no story '" << title << "'");
    return r.files[0].story;
  };
  const ImportedStory& billing = find("Billing export rewrite");
  CHECK(billing.part(Part::kAction).text.find("as a safty net") != std::string::npos);
  CHECK(billing.part(Part::kLearning).text ==
        "Look at what actually changes before copying everything.");
  const ImportedStory& scanner = find("Warehouse scanner outage before the holiday rush");
  REQUIRE(scanner.part(Part::kAction).list);
  CHECK(scanner.part(Part::kAction).items[1] ==
        "Found that the refresh call hit a rate limit we had set years ago for a much "
        "smaller fleet");
  CHECK(scanner.part(Part::kAction).items[3] ==
        "Wrote a runbook so the night shift could roll it back");
  const ImportedStory& launch = find("Pushed back on a launch date");
  CHECK(launch.part(Part::kTask).text ==
        "I led the checkout team and had to decide whether to recomend the date.");
  CHECK(launch.part(Part::kLearning).text == "Bring data and a way back, not only a no.");
  CHECK(launch.tags == std::vector<std::string>{"Conflict"});
}

TEST_CASE("CSV fields follow RFC 4180 quoting") {
  using V = std::vector<std::vector<std::string>>;
  auto [csv, records] = GENERATE(table<std::string, V>({
      {"a,b\n1,2\n", V{{"a", "b"}, {"1", "2"}}},
      {"a,b\r\n1,2\r\n", V{{"a", "b"}, {"1", "2"}}},
      {"a,b\n\"x, y\",\"say \"\"hi\"\"\"\n", V{{"a", "b"}, {"x, y", "say \"hi\""}}},
      {"a\n\"two\r\nlines\"\n", V{{"a"}, {"two\nlines"}}},
      {"a,b,c\n,,\n", V{{"a", "b", "c"}, {"", "", ""}}},
      {"a,b\n5\" screen,x\n", V{{"a", "b"}, {"5\" screen", "x"}}},
      {"a,b\n1,2", V{{"a", "b"}, {"1", "2"}}},
  }));
  CAPTURE(csv);
  std::vector<std::vector<CsvField>> got;
  Diagnostic error;
  REQUIRE(ReadCsv("x.csv", csv, ',', &got, &error));
  V texts;
  for (const auto& r : got) {
    texts.emplace_back();
    for (const CsvField& f : r) texts.back().push_back(f.text);
  }
  CHECK(texts == records);
}

TEST_CASE("a malformed CSV field is an error at its line and column") {
  auto [csv, message] = GENERATE(table<std::string, std::string>({
      {"Title,Situation\nFoo,\"never closed\nsecond line\n",
       "x.csv:2:5: error: quoted field never closed: the quote opened here runs to the "
       "end of "
       "the file"},
      {"Title,Situation\n\"Café\"x,y\n",
       "x.csv:2:7: error: unexpected 'x' after the closing quote of a field; a quote "
       "inside a "
       "quoted field is written twice (\"\")"},
  }));
  std::vector<std::vector<CsvField>> got;
  Diagnostic error;
  REQUIRE_FALSE(ReadCsv("x.csv", csv, ',', &got, &error));
  CHECK(FormatDiagnostic(error) == message);
}

TEST_CASE("a spreadsheet's separator is guessed from its header row") {
  CHECK(GuessDelimiter("Title;Situation;Task\na,b;c") == ';');
  CHECK(GuessDelimiter("Title\tSituation\n") == '\t');
  CHECK(GuessDelimiter("\"Title;x\",Situation\n") == ',');
  CHECK(GuessDelimiter("Title\n") == ',');
}

// Whatever a bank holds, the YAML written for it loads back to it.
TEST_CASE("story YAML reads back exactly, whatever the text holds") {
  auto text =
      GENERATE(as<std::string>{}, "plain text", "key: value # not a comment",
               "- looks like a list", "null", "yes", "~", "[not, a, list]",
               "{not: a map}", "\"quoted\" and 'single'", "back\\slash", "tab\there",
               "ends with a colon:", "#hashtag first", "@handle", "`tick`", "café → 2×",
               "ctrl \x1b[2J and \x7f and \xc2\x9b", "# starbank: ignore[no-setback]",
               "  leading spaces", "line one\nline two", "para one\n\npara two",
               "carriage\rreturn", "100", "3.14", "2024-02-11");
  CAPTURE(text);
  ImportedStory s;
  s.source = "bank.md";
  s.line = 3;
  s.title = text.find('\n') == std::string::npos ? text : "Title";
  s.principles = {text.find('\n') == std::string::npos ? text : "Ownership", "Dive Deep"};
  s.tags = {"tag", s.principles[0]};
  s.prompts = {text};
  s.part(Part::kSituation).text = text;
  s.part(Part::kAction).list = true;
  s.part(Part::kAction).items = {text, "second"};
  s.followups = {{text, text}};
  s.comments = {{"Tension", ImportedText{false, text, {}}}};
  std::string yaml = RenderStoryYaml(s);
  CAPTURE(yaml);
  LoadResult r = LoadStories("x.yaml", yaml);
  REQUIRE(r.errors.empty());
  REQUIRE(r.stories.size() == 1);
  const Story& got = r.stories[0];
  auto same = [](std::string_view a, std::string_view b) { return Clean(a) == Clean(b); };
  CHECK(got.title.text == FoldSpace(s.title));  // a title is one line
  REQUIRE(got.principles.size() == 2);
  CHECK(got.principles[0].name == s.principles[0]);
  CHECK(got.tags == s.tags);
  REQUIRE(got.prompts.size() == 1);
  CHECK(same(got.prompts[0], text));
  CHECK(same(got.part(Part::kSituation).text, text));
  REQUIRE(got.part(Part::kAction).item_marks.size() == 2);
  CHECK(FoldSpace(got.part(Part::kAction).text) == FoldSpace(text + "\nsecond"));
  REQUIRE(got.followups.size() == 1);
  CHECK(same(got.followups[0].question, text));
  CHECK(same(got.followups[0].answer, text));
}

// Text that looks like Markdown (or like a label) survives the trip
// through the export's Markdown and back.
TEST_CASE("story text that looks like markup comes back from Markdown as written") {
  auto text = GENERATE(as<std::string>{}, "1. not a list", "- not a list", "+ nor this",
                       "# not a heading", "**not bold** and _not em_", "`not code`",
                       "[not a link](http://x)", "[[not a wikilink]]", "<b>not html</b>",
                       "&amp; is not an entity", "a | b | c", "Result: not a label",
                       "(S) one (T) two (A) three", "#not #tags", "---",
                       "===", "ends with a backslash \\", "> not a quote",
                       "!not an image", "~~not struck~~", "Q: not a question",
                       "line one\nline two", "para one\n\npara two");
  CAPTURE(text);
  std::string yaml =
      "title: A story\nprinciples: [Ownership]\nsituation: " + YamlScalar(text) +
      "\ntask: |\n  The task.\naction:\n  - " + YamlScalar(text) +
      "\n  - second\nresult: The result.\n"
      "followups:\n  - question: " +
      YamlScalar(text) + "\n    answer: " + YamlScalar(text) + "\n";
  LoadResult original = LoadStories("a.yaml", yaml);
  REQUIRE(original.errors.empty());
  std::string md = RenderStoryFileMarkdown("a.yaml", yaml, Catalog::Default());
  CAPTURE(md);
  BankParse back = ParseMarkdownBank("sheet.md", md, Catalog::Default());
  CHECK(back.messages.empty());
  REQUIRE(back.stories.size() == 1);
  const ImportedStory& s = back.stories[0];
  CHECK(s.title == "A story");
  CHECK(FoldSpace(s.part(Part::kSituation).text) == FoldSpace(text));
  REQUIRE(s.part(Part::kAction).list);
  CHECK(s.part(Part::kAction).items == std::vector<std::string>{text, "second"});
  REQUIRE(s.followups.size() == 1);
  CHECK(FoldSpace(s.followups[0].question) == FoldSpace(text));
  CHECK(FoldSpace(s.followups[0].answer) == FoldSpace(text));
  CHECK(s.comments.empty());
}

std::vector<std::string> PrincipleIds(const std::vector<std::string>& names) {
  std::vector<std::string> ids;
  for (const std::string& n : names) {
    const Principle* p = Catalog::Default().Find(n);
    ids.push_back(p != nullptr ? p->id : n);
  }
  return ids;
}

// What `export --format markdown` writes for data/examples imports back to
// the same stories: every key, the text whitespace aside, lists as lists.
TEST_CASE("exported stories import back to the same stories") {
  std::string dir = STARBANK_SOURCE_DIR "/data/examples";
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".yaml") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 8);
  std::string md = "# Story bank cheat sheet\n\n## Stories\n\n";
  std::vector<Story> originals;
  for (const std::string& f : files) {
    std::string content = Slurp(f);
    md += RenderStoryFileMarkdown(f, content, Catalog::Default());
    for (Story& s : LoadStories(f, content).stories) originals.push_back(std::move(s));
  }
  BankParse back = ParseMarkdownBank("sheet.md", md, Catalog::Default());
  CHECK(back.messages.empty());
  REQUIRE(back.stories.size() == originals.size());
  for (size_t i = 0; i < originals.size(); ++i) {
    const Story& a = originals[i];
    const ImportedStory& b = back.stories[i];
    CAPTURE(a.file);
    CHECK(b.title == a.title.text);
    std::vector<std::string> names;
    for (const PrincipleRef& p : a.principles) names.push_back(p.name);
    CHECK(PrincipleIds(b.principles) == PrincipleIds(names));
    CHECK(b.prompts == a.prompts);
    CHECK(b.tags == a.tags);
    CHECK(b.id == (a.explicit_id ? a.id : ""));
    for (int p = 0; p < kPartCount; ++p) {
      CAPTURE(p);
      CHECK(b.parts[p].items.size() == a.parts[p].item_marks.size());
      CHECK(FoldSpace(Joined(b.parts[p])) == FoldSpace(a.parts[p].text));
    }
    CHECK(FoldSpace(Joined(b.tradeoffs)) == FoldSpace(a.tradeoffs.text));
    REQUIRE(b.followups.size() == a.followups.size());
    for (size_t f = 0; f < a.followups.size(); ++f) {
      CHECK(FoldSpace(b.followups[f].question) == FoldSpace(a.followups[f].question));
      CHECK(FoldSpace(b.followups[f].answer) == FoldSpace(a.followups[f].answer));
    }
    CHECK(b.comments.empty());
  }
}

TEST_CASE("files are named as `new` names them and never taken twice") {
  ImportResult r;
  for (const char* title :
       {"Checkout p95 under 1 s", "Checkout p95: under 1 s!", "", "!!!"}) {
    ImportedFile f;
    f.story.title = title;
    r.files.push_back(f);
  }
  PlanFiles("no-such-folder-here", &r);
  CHECK(r.files[0].path == "no-such-folder-here/checkout-p95-under-1-s.yaml");
  CHECK(r.files[1].path == "no-such-folder-here/checkout-p95-under-1-s-2.yaml");
  CHECK(r.files[2].path == "no-such-folder-here/story.yaml");
  CHECK(r.files[3].path == "no-such-folder-here/story-2.yaml");
  CHECK(Slugify("Checkout p95 under 1 s") == "checkout-p95-under-1-s");
}

TEST_CASE("the lint line quotes a folder a shell would split") {
  CHECK(LintCommand("stories") == "starbank lint stories");
  CHECK(LintCommand("my stories") == "starbank lint 'my stories'");
  CHECK(LintCommand("it's") == "starbank lint 'it'\\''s'");
}

}  // namespace
}  // namespace starbank
