// The HTML report: escaping of everything a bank can put on the page, the
// script hash in the policy, determinism, and the sections' content, on
// small hand-made banks (the browser checks are tests/cli/views_export_html.sh).
#include "views/html_report.h"

#include <catch2/catch.hpp>

#include "starbank/catalog.h"
#include "starbank/lint.h"
#include "starbank/story.h"
#include "views/interview_log.h"
#include "views/plan.h"
#include "views/sha256.h"

namespace starbank {
namespace {

std::string Hex(const std::string& bytes) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out += kDigits[c >> 4];
    out += kDigits[c & 15];
  }
  return out;
}

TEST_CASE("sha256 and base64 match the published test vectors", "[html]") {
  auto [input, digest] = GENERATE(table<std::string, std::string>({
      {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
      {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
      {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
      {std::string(1000, 'a'),
       "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"},
  }));
  CHECK(Hex(Sha256(input)) == digest);
  CHECK(Base64("") == "");
  CHECK(Base64("f") == "Zg==");
  CHECK(Base64("fo") == "Zm8=");
  CHECK(Base64("foo") == "Zm9v");
  CHECK(Base64("foobar") == "Zm9vYmFy");
}

TEST_CASE("HtmlEscape makes markup, quotes and controls harmless and visible", "[html]") {
  auto [input, escaped] = GENERATE(table<std::string, std::string>({
      {"plain text, kept", "plain text, kept"},
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"R&D \"quoted\" 'single'", "R&amp;D &quot;quoted&quot; &#39;single&#39;"},
      {"&amp; stays literal", "&amp;amp; stays literal"},
      {"line\nbreak\tand tab", "line\nbreak\tand tab"},
      {"red \x1b[31m alert", "red \\x1b[31m alert"},
      {std::string("nul\0byte", 8), "nul\\x00byte"},
      {"bell\a cr\r del\x7f", "bell\\x07 cr\\x0d del\\x7f"},
      {"c1 \xc2\x9b"
       "31m",
       "c1 \\u009b31m"},
      {"bad utf-8 \xff\xc3(", "bad utf-8 \\xff\\xc3("},
      {"overlong \xc0\xaf", "overlong \\xc0\\xaf"},
      {"surrogate \xed\xa0\x80", "surrogate \\xed\\xa0\\x80"},
      {"nonchar \xef\xbf\xbe", "nonchar \\ufffe"},
      {"astral nonchar \xf0\x9f\xbf\xbf", "astral nonchar \\U0001ffff"},
      {"caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x9a\x80",
       "caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x9a\x80"},
  }));
  CHECK(HtmlEscape(input) == escaped);
}

// One story with `hostile` in the field under test, and a finding.
struct Bank {
  LintReport report;
  std::vector<Story> texts;
};

Bank OneStory() {
  Bank b;
  StoryReport s;
  s.file = "stories/a.yaml";
  s.line = 1;
  s.id = "a";
  s.title = "Checkout p95 under 1 s";
  s.principles = {"deliver-results"};
  s.score = 87;
  s.words = 200;
  s.seconds = 80;
  s.dimensions = Dimensions{21, 18, 10, 20, 18};
  s.fit.assign(Catalog::Default().principles().size(), 0.0f);
  b.report.stories.push_back(s);
  Diagnostic d;
  d.file = s.file;
  d.mark = Mark{9, 3};
  d.severity = Severity::kWarning;
  d.rule = "unquantified-result";
  d.story = "a";
  d.message = "result states no number";
  b.report.diagnostics.push_back(d);
  Story st;
  st.file = s.file;
  st.mark = Mark{1, 1};
  const char* text[] = {"The cache slipped.", "I owned it.", "I profiled it.",
                        "It got faster.", "Measure first."};
  for (int i = 0; i < kPartCount; ++i) {
    st.parts[i].present = true;
    st.parts[i].text = text[i];
    st.parts[i].key = Mark{3 + 2 * i, 1};
  }
  b.texts.push_back(st);
  return b;
}

std::string Render(const Bank& b, const Plan* plan = nullptr) {
  HtmlReportInput in;
  in.report = &b.report;
  in.catalog = &Catalog::Default();
  in.texts = &b.texts;
  in.plan = plan;
  return RenderHtmlReport(in);
}

TEST_CASE("story text is escaped wherever the report shows it", "[html]") {
  const std::string hostile = "<script>x</script> & \"q\" 'a' \x1b[31m";
  const std::string escaped =
      "&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39; \\x1b[31m";
  auto field = GENERATE(as<std::string>{}, "title", "principle", "message", "rule",
                        "file", "id", "text", "prompt", "error");
  Bank b = OneStory();
  StoryReport& s = b.report.stories[0];
  Diagnostic& d = b.report.diagnostics[0];
  if (field == "title") s.title = hostile;
  if (field == "principle") s.principles = {hostile};  // unknown: shown as written
  if (field == "message") d.message = hostile;
  if (field == "rule") d.rule = hostile;
  if (field == "file") s.file = d.file = b.texts[0].file = hostile;
  if (field == "id") s.id = d.story = hostile;
  if (field == "text") b.texts[0].parts[3].text = hostile;
  if (field == "prompt") b.texts[0].prompts = {hostile};
  if (field == "error") b.report.errors.push_back(Diagnostic{hostile, {1, 1}});
  std::string page = Render(b);
  INFO(field);
  CHECK(page.find(escaped) != std::string::npos);
  CHECK(page.find("<script>x") == std::string::npos);
  CHECK(page.find('\x1b') == std::string::npos);
  CHECK(page.find("\"q\"") == std::string::npos);
}

TEST_CASE("titles are escaped inside attributes too", "[html]") {
  Bank b = OneStory();
  b.report.stories[0].title = "a\" onmouseover=\"x";
  std::string page = Render(b);
  CHECK(page.find("onmouseover=\"x") == std::string::npos);
  CHECK(page.find("title=\"a&quot; onmouseover=&quot;x / Deliver Results: tagged, "
                  "score 87\"") != std::string::npos);
}

TEST_CASE("the policy forbids fetching and allows exactly the page's script", "[html]") {
  std::string page = Render(OneStory());
  std::string policy = HtmlReportPolicy();
  CHECK(policy.rfind("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                     "script-src 'sha256-",
                     0) == 0);
  CHECK(page.find("content=\"" + policy + "\"") != std::string::npos);
  size_t open = page.find("<script>"), close = page.find("</script>");
  REQUIRE(open != std::string::npos);
  REQUIRE(close != std::string::npos);
  CHECK(page.find("<script>", open + 1) == std::string::npos);  // one script only
  std::string script = page.substr(open + 8, close - open - 8);
  CHECK(policy.find("'sha256-" + Base64(Sha256(script)) + "'") != std::string::npos);
  CHECK(page.find("http://") == std::string::npos);
  CHECK(page.find("https://") == std::string::npos);
}

TEST_CASE("the same bank gives the same bytes; only SOURCE_DATE_EPOCH dates it",
          "[html]") {
  Bank b = OneStory();
  CHECK(Render(b) == Render(b));
  CHECK(Render(b).find("<time>") == std::string::npos);
  HtmlReportInput in;
  in.report = &b.report;
  in.catalog = &Catalog::Default();
  in.date_epoch = 1700000000;
  CHECK(RenderHtmlReport(in).find(", as of <time>2023-11-14 22:13 UTC</time>") !=
        std::string::npos);
}

TEST_CASE("a card shows the dimensions, the text and each finding under its part",
          "[html]") {
  std::string page = Render(OneStory());
  CHECK(page.find("aria-label=\"Score 87 of 100: quantified 21 of 25, ownership 18 "
                  "of 20, setback 10 of 10, length 20 of 25, structure 18 of 20\"") !=
        std::string::npos);
  // Result's key is on line 9: the line-9 finding sits right after its text.
  CHECK(page.find("<h4>result</h4>\n<p class=\"text\">It got faster.</p>\n"
                  "<ul class=\"findings\">\n<li class=\"warning\"><span class=\"sev\">"
                  "warning</span>line 9:3 &mdash; result states no number "
                  "<code>[unquantified-result]</code></li>") != std::string::npos);
}

TEST_CASE("last practised is a column that shows a dash until the drill fills it",
          "[html]") {
  Bank b = OneStory();
  CHECK(Render(b).find("<th scope=\"col\">Last practised</th>") != std::string::npos);
  CHECK(Render(b).find("<td data-sort=\"\">\u2014</td></tr>") != std::string::npos);
  HtmlReportInput in;
  in.report = &b.report;
  in.catalog = &Catalog::Default();
  in.last_practised = {{"a", "2026-11-30"}};
  CHECK(RenderHtmlReport(in).find("<td data-sort=\"2026-11-30\">2026-11-30</td>") !=
        std::string::npos);
}

TEST_CASE("the loop section shows the plan, and says how to ask for one", "[html]") {
  Bank b = OneStory();
  CHECK(Render(b).find("No loop was asked for.") != std::string::npos);
  const Catalog& c = Catalog::Default();
  Plan plan =
      MakePlan({c.Find("Deliver Results"), c.Find("Frugality")}, b.report.stories, c);
  std::string page = Render(b, &plan);
  CHECK(page.find("<tr><th scope=\"row\">Deliver Results</th><td><a "
                  "href=\"#story-1\">Checkout p95 under 1 s</a></td>") !=
        std::string::npos);
  CHECK(page.find("<tr><th scope=\"row\">Frugality</th><td colspan=\"5\"><span "
                  "class=\"badge none\">no story</span></td></tr>") != std::string::npos);
  CHECK(page.find("<p>Uncovered: Frugality.</p>") != std::string::npos);
}

TEST_CASE("the interviews section: upcoming first, untold stories, escaped", "[html]") {
  Bank b = OneStory();
  CHECK(Render(b).find("id=\"interviews\"") == std::string::npos);  // no log, no section
  std::vector<InterviewRound> rounds(3);
  rounds[0].company = "Acme <Corp>";
  rounds[0].date = "2026-11-03";
  rounds[0].day = DayOf(2026, 11, 3);
  rounds[0].round = "phone screen";
  rounds[0].asked = {"Deliver Results"};
  rounds[0].told = {"a", "gone"};
  rounds[0].outcome = "onsite\noffer";
  rounds[1] = rounds[0];  // the next round at Acme: a is told there already
  rounds[1].date = "2026-12-10";
  rounds[1].day = DayOf(2026, 12, 10);
  rounds[1].round = "onsite";
  rounds[1].told.clear();
  rounds[1].outcome.clear();
  rounds[1].asked = {"Deliver Results", "Frugality", "Made Up"};
  rounds[2] = rounds[1];  // at another company a is untold
  rounds[2].company = "Globex";
  rounds[2].asked = {"Deliver Results"};
  HtmlReportInput in;
  in.report = &b.report;
  in.catalog = &Catalog::Default();
  in.texts = &b.texts;
  in.interviews = &rounds;
  in.today = DayOf(2026, 12, 1);
  in.interview_log = "interviews.yaml";
  std::string page = RenderHtmlReport(in);
  CHECK(page.find("<li><a href=\"#interviews\">Interviews</a></li>") !=
        std::string::npos);
  size_t section = page.find("<section id=\"interviews\">");
  REQUIRE(section != std::string::npos);
  CHECK(page.find("3 rounds at 2 companies from <code>interviews.yaml</code>: 2 "
                  "upcoming, 1 past.") != std::string::npos);
  size_t acme = page.find(
      "<tr class=\"upcoming\"><td>2026-12-10 <span "
      "class=\"badge\">in 9 days</span></td><th scope=\"row\">Acme "
      "&lt;Corp&gt;</th>");
  size_t past = page.find("<tr><td>2026-11-03</td>");
  REQUIRE(acme != std::string::npos);
  REQUIRE(past != std::string::npos);
  CHECK(section < acme);
  CHECK(acme < past);
  CHECK(
      page.find("<li>Deliver Results: <span class=\"badge none\">no untold story</span> "
                "(told here: <a href=\"#story-1\">a</a>)</li>",
                acme) < past);
  CHECK(page.find("<li>Frugality: <span class=\"badge none\">no story</span></li>",
                  acme) < past);
  CHECK(page.find("<li>Made Up <span class=\"badge one\">not in the catalog</span></li>",
                  acme) < past);
  CHECK(page.find("<th scope=\"row\">Globex</th><td>onsite</td><td><ul "
                  "class=\"asked\"><li>Deliver Results: untold <a "
                  "href=\"#story-1\">a</a></li></ul>") != std::string::npos);
  CHECK(page.find("<td><a href=\"#story-1\">a</a>, gone <span class=\"badge one\">not in "
                  "the bank</span></td><td>onsite<br>offer</td>",
                  past) != std::string::npos);
}

TEST_CASE("the page is set up for phones and for print", "[html]") {
  std::string page = Render(OneStory());
  CHECK(
      page.rfind("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                 "<meta http-equiv=\"Content-Security-Policy\"",
                 0) == 0);  // The policy comes before anything it governs.
  CHECK(page.find("<meta name=\"viewport\" content=\"width=device-width, "
                  "initial-scale=1\">") != std::string::npos);
  CHECK(page.find("@media (max-width:640px){") != std::string::npos);
  CHECK(page.find("@media print{") != std::string::npos);
}

}  // namespace
}  // namespace starbank
