// Drill: the Leitner schedule (ratings and times -> next due), dates, the
// practice log's format and errors, and the choice of stories and
// follow-ups.
#include "views/drill.h"

#include <array>
#include <catch2/catch.hpp>

#include "starbank/catalog.h"
#include "starbank/lint.h"
#include "starbank/loader.h"
#include "views/practice_log.h"
#include "views/schedule.h"

namespace starbank {
namespace {

const Day kDec1 = DayOf(2026, 12, 1);

TEST_CASE("dates round-trip and bad ones are refused", "[drill]") {
  CHECK(DayOf(1970, 1, 1) == 0);
  CHECK(IsoDate(kDec1) == "2026-12-01");
  CHECK(IsoDate(DayOf(2024, 2, 29) + 1) == "2024-03-01");
  CHECK(IsoDate(kDec1 + 31) == "2027-01-01");
  CHECK(ParseIsoDay("2026-12-01T20:45:12+01:00") == kDec1);
  CHECK(ParseIsoDay("2026-12-01") == kDec1);
  auto bad = GENERATE(as<std::string>{}, "", "2026-13-01", "2026-02-29", "2026-12-1",
                      "20261201", "2026-12-01x", "yesterday");
  CHECK_FALSE(ParseIsoDay(bad));
}

// Each row: the history (rating, seconds; each attempt on the day the story falls due,
// the first on Dec 1),
// then the box it ends in and the day it is due.
TEST_CASE("the schedule: ratings and times give the next due day", "[drill]") {
  using History = std::vector<std::pair<int, int>>;
  auto [history, box, due] = GENERATE(table<History, int, std::string>({
      {{}, 1, "2026-12-01"},         // never practised: due now
      {{{5, 80}}, 2, "2026-12-04"},  // good first telling: 3 days
      {{{4, 80}}, 2, "2026-12-04"},
      {{{3, 80}}, 1, "2026-12-02"},           // so-so: tomorrow
      {{{2, 80}}, 1, "2026-12-02"},           // bad: tomorrow
      {{{5, 130}}, 1, "2026-12-02"},          // good but over 120 s: sooner
      {{{5, 120}}, 2, "2026-12-04"},          // exactly the limit is fine
      {{{5, 80}, {5, 80}}, 3, "2026-12-11"},  // Dec 4 + 7
      {{{5, 80}, {5, 80}, {5, 80}, {5, 80}}, 5, "2027-01-24"},  // Dec 25 + 30
      {{{5, 80}, {5, 80}, {5, 80}, {5, 80}, {5, 80}, {5, 80}}, 5, "2027-03-25"},
      {{{5, 80}, {5, 80}, {1, 80}}, 1, "2026-12-12"},   // a bad one: back to box 1
      {{{5, 80}, {5, 80}, {3, 80}}, 3, "2026-12-18"},   // a 3 keeps the box
      {{{5, 80}, {5, 80}, {3, 150}}, 2, "2026-12-14"},  // a long 3 drops a box
      {{{5, 80}, {5, 80}, {5, 150}}, 3, "2026-12-18"},  // a long 5 stays put
      {{{1, 200}}, 1, "2026-12-02"},                    // never below box 1
  }));
  std::vector<Rated> attempts;
  for (size_t i = 0; i < history.size(); ++i) {
    Day day = Replay(attempts, 120).Due(kDec1);
    attempts.push_back({day, history[i].first, history[i].second});
  }
  StoryState s = Replay(attempts, 120);
  CHECK(s.attempts == static_cast<int>(history.size()));
  CHECK(s.box == box);
  CHECK(IsoDate(s.Due(kDec1)) == due);
}

// Each row: attempts as (day after Dec 1, rating, seconds), then the box and
// the due day. Only a telling on or after the due day moves a story up; an
// early repeat is counted but keeps the box and the due day, unless it sends
// the story down.
TEST_CASE("an early repeat does not promote a story", "[drill]") {
  using History = std::vector<std::array<int, 3>>;
  auto [history, box, due] = GENERATE(table<History, int, std::string>({
      {{{0, 4, 80}, {0, 4, 0}, {0, 4, 0}, {0, 4, 0}},
       2,
       "2026-12-04"},                                           // one day, four 4s
      {{{0, 5, 70}, {2, 5, 70}}, 2, "2026-12-04"},              // a day before due
      {{{0, 5, 70}, {3, 5, 70}}, 3, "2026-12-11"},              // on the day
      {{{0, 5, 70}, {9, 4, 70}}, 3, "2026-12-17"},              // overdue counts
      {{{0, 5, 70}, {1, 1, 70}}, 1, "2026-12-03"},              // early and bad: down
      {{{0, 5, 70}, {1, 3, 140}}, 1, "2026-12-03"},             // early, a long 3
      {{{0, 5, 70}, {1, 3, 70}, {3, 5, 70}}, 3, "2026-12-11"},  // early 3 keeps the day
  }));
  std::vector<Rated> attempts;
  for (const auto& a : history) {
    attempts.push_back({kDec1 + a[0], a[1], a[2]});
  }
  StoryState s = Replay(attempts, 120);
  CHECK(s.attempts == static_cast<int>(history.size()));
  CHECK(s.box == box);
  CHECK(IsoDate(s.Due(kDec1)) == due);
  CHECK(*s.last == attempts.back().day);
}

TEST_CASE("a worse attempt is never due later than a better one", "[drill]") {
  for (int box = 1; box <= kTopBox; ++box) {
    for (int rating = 1; rating < 5; ++rating) {
      CHECK(NextBox(box, rating, 80, 120) <= NextBox(box, rating + 1, 80, 120));
      CHECK(NextBox(box, rating, 130, 120) <= NextBox(box, rating, 80, 120));
    }
  }
}

PracticeEntry Entry() {
  PracticeEntry e;
  e.at = "2026-12-01T20:45:12+00:00";
  e.story = "ci-flake-rate";
  e.principle = "deliver-results";
  e.prompt = "Tell me about a \"hard\" deadline.";
  e.seconds = 84;
  e.estimate = 77;
  e.rating = 4;
  e.asked = {"What was it before, and what was the target?", "Why: now?"};
  return e;
}

TEST_CASE("a log entry is one block in a fixed key order", "[drill]") {
  CHECK(RenderEntry(Entry()) ==
        "- at: 2026-12-01T20:45:12+00:00\n"
        "  story: ci-flake-rate\n"
        "  principle: deliver-results\n"
        "  prompt: \"Tell me about a \\\"hard\\\" deadline.\"\n"
        "  seconds: 84\n"
        "  estimate: 77\n"
        "  rating: 4\n"
        "  asked:\n"
        "    - \"What was it before, and what was the target?\"\n"
        "    - \"Why: now?\"\n");
}

TEST_CASE("appending keeps the old bytes and reads back", "[drill]") {
  std::string first = AppendEntry("", Entry());
  CHECK(first.rfind("# starbank practice log", 0) == 0);
  PracticeEntry second = Entry();
  second.story = "odd id: yes";
  second.principle.clear();
  second.asked.clear();
  std::string old = first.substr(0, first.size() - 1);  // Lost its last newline.
  std::string both = AppendEntry(old, second);
  CHECK(both.compare(0, old.size(), old) == 0);
  std::vector<PracticeEntry> entries;
  std::vector<Diagnostic> errors;
  REQUIRE(ParsePracticeLog("practice.yaml", both, &entries, &errors));
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].prompt == Entry().prompt);
  CHECK(entries[0].asked == Entry().asked);
  CHECK(entries[0].line == 4);
  CHECK(entries[1].story == "odd id: yes");
  CHECK(entries[1].principle.empty());
  CHECK(entries[1].rating == 4);
}

TEST_CASE("a broken log says where", "[drill]") {
  auto [content, expected] = GENERATE(table<std::string, std::string>({
      {"story: x\n",
       "p.yaml:1:1: error: a practice log is a list of attempts, got a mapping"},
      {"- story: x\n  seconds: 1\n  rating: 3\n",
       "p.yaml:1:3: error: attempt has no 'at'"},
      {"- at: 2026-12-01\n  story: x\n  seconds: 1\n  rating: 6\n",
       "p.yaml:4:11: error: 'rating' must be a whole number from 1 to 5, got '6'"},
      {"- at: soon\n  story: x\n  seconds: 1\n  rating: 3\n",
       "p.yaml:1:7: error: 'at' must be an ISO date-time, got 'soon'"},
      {"- at: 2026-12-01\n  story: x\n  seconds: -4\n  rating: 3\n",
       "p.yaml:3:12: error: 'seconds' must be a whole number from 0 to 86400, got '-4'"},
      {"- at: 2026-12-01\n  story: x\n  seconds: 1\n  rating: 3\n  asked: why\n",
       "p.yaml:5:10: error: 'asked' must be a list, got text"},
      {"<<<<<<< HEAD\n- at: 2026-12-01\n", ""},  // a YAML error, whatever its wording
  }));
  std::vector<PracticeEntry> entries;
  std::vector<Diagnostic> errors;
  CHECK_FALSE(ParsePracticeLog("p.yaml", content, &entries, &errors));
  REQUIRE_FALSE(errors.empty());
  if (!expected.empty()) CHECK(FormatDiagnostic(errors[0]) == expected);
}

TEST_CASE("an empty or comment-only log has no entries", "[drill]") {
  std::vector<PracticeEntry> entries;
  std::vector<Diagnostic> errors;
  CHECK(ParsePracticeLog("p.yaml", "", &entries, &errors));
  CHECK(ParsePracticeLog("p.yaml", "# nothing yet\n", &entries, &errors));
  CHECK(entries.empty());
}

TEST_CASE("the log holds no story keys, so a walk skips it", "[drill]") {
  std::string log = AppendEntry(AppendEntry("", Entry()), Entry());
  LoadResult loaded = LoadStories("practice.yaml", log);
  CHECK_FALSE(loaded.has_story_keys);
  CHECK(loaded.errors.empty());
  CHECK(loaded.stories.empty());
}

StoryReport Report(const std::string& id, int line) {
  StoryReport s;
  s.file = "bank.yaml";
  s.id = id;
  s.line = line;
  s.seconds = 70;
  return s;
}

PracticeEntry Tried(const std::string& story, const std::string& at, int rating) {
  PracticeEntry e;
  e.at = at;
  e.story = story;
  e.seconds = 80;
  e.rating = rating;
  return e;
}

TEST_CASE("most due first: new, then overdue, then lowest rated", "[drill]") {
  std::vector<StoryReport> stories = {Report("good", 1),    Report("new-a", 2),
                                      Report("overdue", 3), Report("weak", 4),
                                      Report("new-b", 5),   Report("due-today", 6)};
  std::vector<PracticeEntry> log = {
      Tried("good", "2026-12-01T08:00:00+00:00", 5),       // due Dec 4
      Tried("overdue", "2026-11-20T08:00:00+00:00", 2),    // due Nov 21
      Tried("weak", "2026-12-01T09:00:00+00:00", 3),       // due Dec 2
      Tried("due-today", "2026-11-30T09:00:00+00:00", 1),  // due Dec 1
      Tried("unknown-story", "2026-11-30T09:00:00+00:00", 1),
  };
  std::vector<StoryStatus> statuses = StatusOf(stories, log, 120, kDec1);
  std::vector<std::string> order;
  for (const StoryStatus* s : RankDue(statuses, kDec1)) order.push_back(s->story->id);
  CHECK(order == std::vector<std::string>{"new-a", "new-b", "overdue", "due-today",
                                          "weak", "good"});
  CHECK(statuses[0].last_at == "2026-12-01T08:00:00+00:00");
  CHECK(IsoDate(statuses[0].due) == "2026-12-04");
  CHECK(statuses[1].state.attempts == 0);
  CHECK(statuses[1].due == kDec1);
}

TEST_CASE("follow-ups: one per probed finding, then the catalog's", "[drill]") {
  const Catalog& catalog = Catalog::Default();
  const Principle* dr = catalog.Find("Deliver Results");
  REQUIRE(dr != nullptr);
  auto finding = [](const std::string& rule) {
    Diagnostic d;
    d.rule = rule;
    return d;
  };
  std::vector<Followup> prepared = {
      {"what would YOU do differently", "Ask for the data first.", {}}};
  std::mt19937 rng(7);
  std::vector<FollowupQuestion> q = ChooseFollowups(
      {finding("missing-learning"), finding("too-long"), finding("no-baseline")}, dr,
      prepared, &rng);
  REQUIRE(q.size() == 3);
  CHECK(q[0].question == "What was it before, and what was the target?");
  CHECK(q[0].rule == "no-baseline");
  CHECK(q[1].question == "What would you do differently?");
  CHECK(q[1].prepared_answer == "Ask for the data first.");
  CHECK(q[2].rule.empty());
  CHECK(std::find(dr->followups.begin(), dr->followups.end(), q[2].question) !=
        dr->followups.end());

  std::vector<FollowupQuestion> four =
      ChooseFollowups({finding("we-ownership"), finding("no-setback"),
                       finding("no-baseline"), finding("missing-learning")},
                      dr, {}, &rng);
  REQUIRE(four.size() == kMaxFollowups);
  CHECK(four[2].rule == "no-setback");

  std::mt19937 a(42), b(42);
  auto first = ChooseFollowups({}, dr, {}, &a), again = ChooseFollowups({}, dr, {}, &b);
  REQUIRE(first.size() == 3);
  for (size_t i = 0; i < 3; ++i) CHECK(first[i].question == again[i].question);
  CHECK(ChooseFollowups({}, nullptr, {}, &a).empty());
}

TEST_CASE("the prompt: the story's own, or its principle's", "[drill]") {
  const Principle* dr = Catalog::Default().Find("deliver-results");
  Story story;
  story.title.text = "Checkout under 1 s";
  std::mt19937 rng(1);
  std::string p = ChoosePrompt(story, dr, false, &rng);
  CHECK(std::find(dr->prompts.begin(), dr->prompts.end(), p) != dr->prompts.end());
  story.prompts = {"Tell me about a hard deadline."};
  CHECK(ChoosePrompt(story, dr, false, &rng) == "Tell me about a hard deadline.");
  CHECK(ChoosePrompt(story, dr, true, &rng) != "Tell me about a hard deadline.");
  CHECK(ChoosePrompt(story, nullptr, true, &rng) == "Tell me about a hard deadline.");
  story.prompts.clear();
  CHECK(ChoosePrompt(story, nullptr, false, &rng) ==
        "Tell me about this: Checkout under 1 s");
}

TEST_CASE("the timer bar fills 5 s a cell and turns at 90 s", "[drill]") {
  auto [seconds, bar] = GENERATE(table<int, std::string>({
      {0, "[............------......]"},
      {4, "[............------......]"},
      {5, "[=...........------......]"},
      {42, "[========....------......]"},
      {60, "[============------......]"},
      {89, "[=================-......]"},
      {90, "[##################......]"},
      {120, "[########################]"},
      {600, "[########################]"},
  }));
  CHECK(TimerBar(seconds, false) == bar);
}

TEST_CASE("the coloured bar turns from green to red", "[drill]") {
  std::string green = "\033[32m\u2588\033[0m", red = "\033[31m\u2588\033[0m";
  CHECK(TimerBar(89, true).find(green) != std::string::npos);
  CHECK(TimerBar(89, true).find(red) == std::string::npos);
  CHECK(TimerBar(90, true).find(red) != std::string::npos);
  CHECK(TimerBar(90, true).find(green) == std::string::npos);
}

}  // namespace
}  // namespace starbank
