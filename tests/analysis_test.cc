// The shared story analysis, field by field, through LoadStories and
// Analyze, in the ways banks are written: full prose, terse notes, bullets
// in a block ("- Rewrote the retry loop"), a YAML list, résumé lines and
// the polished model answer. Each row that finds something has a sibling
// nearby, as close in wording as it can be, that must find nothing.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "lint/analysis.h"
#include "starbank/catalog.h"
#include "starbank/loader.h"

namespace starbank {
namespace {

enum class Style { kProse, kNotes, kBullets, kList, kResume, kModel };

const char* StyleName(Style s) {
  switch (s) {
    case Style::kProse:
      return "prose";
    case Style::kNotes:
      return "notes";
    case Style::kBullets:
      return "bullets";
    case Style::kList:
      return "yaml list";
    case Style::kResume:
      return "resume";
    case Style::kModel:
      return "model answer";
  }
  return "?";
}

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

// A loaded story and its analysis (which points into the story, so the two
// live together and never move).
struct Analysed {
  Story story;
  StoryAnalysis a;
};

std::unique_ptr<Analysed> AnalyzeYaml(const std::string& yaml, int wpm = 150) {
  LoadResult r = LoadStories("t.yaml", yaml);
  INFO(yaml);
  REQUIRE(r.errors.empty());
  REQUIRE(r.stories.size() == 1);
  auto out = std::make_unique<Analysed>();
  out->story = std::move(r.stories[0]);
  AnalysisOptions o;
  o.words_per_minute = wpm;
  out->a = Analyze(out->story, Catalog::Default(), o);
  return out;
}

std::unique_ptr<Analysed> AnalyzePart(const char* key, const std::string& text,
                                      bool list = false) {
  return AnalyzeYaml(Field(key, text, list));
}

std::vector<std::string> Texts(const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (const Span& s : spans) out.push_back(s.text);
  return out;
}

std::vector<std::string> Texts(const std::vector<Found>& found) {
  std::vector<std::string> out;
  for (const Found& f : found) out.push_back(f.span.text);
  return out;
}

TEST_CASE("analysis: who acts in each clause of the action", "[analysis]") {
  struct Row {
    Style style;
    const char* text;
    int first_person;
    double collective;
    int passive;
    int clauses;
    std::vector<std::string> we;  // collective_spans
  };
  const Row rows[] = {
      // "the team" as the object is still the speaker acting...
      {Style::kProse,
       "I asked the team to review the plan before I merged it.",
       1,
       0,
       0,
       1,
       {}},
      // ...as the subject it is the team acting, and so is "we". A span
      // marks the subject's first word: "the" of "the team".
      {Style::kProse,
       "The team reviewed the plan and we merged it.",
       0,
       2,
       0,
       2,
       {"the", "we"}},
      {Style::kProse,
       "Everyone stepped up; the whole team reviewed every change.",
       0,
       2,
       0,
       2,
       {"everyone", "the"}},
      {Style::kProse, "Sarah and I paired on the parser.", 1, 0, 0, 1, {}},
      // Agentless passives hide the actor; a named agent does not.
      {Style::kProse,
       "The flag was flipped, and the old path was deleted.",
       0,
       0,
       2,
       2,
       {}},
      {Style::kProse, "The change was reviewed by the on-call engineer.", 0, 0, 0, 1, {}},
      {Style::kProse, "The vendor handled the cutover.", 0, 0, 0, 1, {}},
      // Terse notes: a leading verb is the speaker; noun fragments are no one.
      {Style::kNotes,
       "Profiled the checkout path; parallelized two calls; shipped behind a flag.",
       3,
       0,
       0,
       3,
       {}},
      {Style::kNotes, "Migration plan; rollback checklist.", 0, 0, 0, 2, {}},
      // Bullets in a block: each a clause, a leading verb the speaker's.
      {Style::kBullets,
       "- Rewrote the retry loop\n- Added jitter to the backoff\n- we reviewed it as a "
       "team",
       2,
       1,
       0,
       3,
       {"we"}},
      {Style::kBullets, "- I split the backlog\n- I shipped weekly", 2, 0, 0, 2, {}},
      {Style::kBullets,
       "- we split the backlog\n- we shipped weekly",
       0,
       2,
       0,
       2,
       {"we", "we"}},
      // A YAML list: every item a clause.
      {Style::kList,
       "Rewrote the retry loop\nAdded jitter to the backoff",
       2,
       0,
       0,
       2,
       {}},
      {Style::kList,
       "The retry loop was rewritten\nJitter was added to the backoff",
       0,
       0,
       2,
       2,
       {}},
      // A plural noun that is also a verb's -s form, before the passive's
      // auxiliary, is the subject of an agentless passive; before another
      // verb it is someone else acting.
      {Style::kList,
       "Expiry alerts were added\nUnit tests were written for the renewal job",
       0,
       0,
       2,
       2,
       {}},
      {Style::kList,
       "Expiry alerts paged the owner\nUnit tests caught the renewal bug",
       0,
       0,
       0,
       2,
       {}},
      // Résumé lines.
      {Style::kResume,
       "Owned the rollout plan. Wrote the runbook. Trained the on-call rotation.",
       3,
       0,
       0,
       3,
       {}},
      {Style::kList,
       "Spearheaded migration of 40 services to Kubernetes\nReduced deploy time by 70%",
       2,
       0,
       0,
       2,
       {}},
      // The model answer: "so that we could migrate" is a purpose, not a
      // clause the team acts in.
      {Style::kModel,
       "In my role as tech lead, I first mapped every caller of the old API. Then I "
       "wrote "
       "a shim so that we could migrate one team at a time. Finally, I ran a weekly "
       "review "
       "with the owners.",
       3,
       0,
       0,
       3,
       {}},
      {Style::kModel,
       "First, we mapped every caller of the old API. Then I wrote a shim. Finally, we "
       "ran "
       "a weekly review with the owners.",
       1,
       2,
       0,
       3,
       {"we", "we"}},
      // "Be" with no action after it is how the team was, not what it did...
      {Style::kProse, "I cut the build to 4 minutes. The team was thrilled.", 1, 0, 0, 2, {}},
      {Style::kNotes, "Rewrote the cache; team was relieved.", 1, 0, 0, 2, {}},
      {Style::kBullets, "- I wrote the plan\n- We were two weeks behind", 1, 0, 0, 2, {}},
      {Style::kModel,
       "We were asked to help, so I took the pager.",
       1,
       0,
       0,
       2,
       {}},
      // ...a progressive, "were able to" and any other verb are the team acting.
      {Style::kProse,
       "I cut the build to 4 minutes. The team was migrating the rest.",
       1,
       1,
       0,
       2,
       {"the"}},
      {Style::kNotes, "Rewrote the cache; team relieved the on-call.", 1, 1, 0, 2, {"team"}},
      {Style::kBullets,
       "- I wrote the plan\n- We were able to ship two weeks early",
       1,
       1,
       0,
       2,
       {"we"}},
      {Style::kModel,
       "We were quickly rewriting the parser, so I took the pager.",
       1,
       1,
       0,
       2,
       {"we"}},
  };
  for (const Row& r : rows) {
    INFO(StyleName(r.style) << ": " << r.text);
    auto s = AnalyzePart("action", r.text, r.style == Style::kList);
    CHECK(s->a.first_person == r.first_person);
    CHECK(s->a.collective == r.collective);
    CHECK(s->a.passive == r.passive);
    CHECK(s->a.action_clauses == r.clauses);
    std::vector<std::string> we;
    for (const Span& sp : s->a.collective_spans) we.push_back(sp.text);
    CHECK(we == r.we);
  }
}

TEST_CASE("analysis: only the action's clauses are counted", "[analysis]") {
  // "We" everywhere but the action: the action's own "I" is all there is.
  auto s = AnalyzeYaml(Field("situation", "We were paged nightly.", false) +
                       Field("task", "We had to stop it.", false) +
                       Field("action", "I rewrote the alert.", false) +
                       Field("result", "We slept again.", false));
  CHECK(s->a.first_person == 1);
  CHECK(s->a.collective == 0);
  CHECK(s->a.action_clauses == 1);
  // No action at all: nothing counted.
  auto none = AnalyzePart("result", "We slept again.");
  CHECK(none->a.action_clauses == 0);
  CHECK(none->a.collective == 0);
}

TEST_CASE("analysis: quantities and comparisons in the result", "[analysis]") {
  struct Row {
    Style style;
    const char* text;
    std::vector<std::string> quantities;
    size_t comparisons;
  };
  const Row rows[] = {
      {Style::kProse, "p95 fell from 1.8s to 280ms.", {"1.8s", "280ms"}, 2},
      // A quarter and a year are dates, not amounts.
      {Style::kProse, "We shipped it in Q2 2023.", {}, 0},
      {Style::kResume, "Cut deploy time 70%.", {"70%"}, 1},
      // "Cut" with no amount gives no baseline.
      {Style::kResume, "Cut deploy time.", {}, 0},
      {Style::kBullets, "- 3x faster deploys\n- 12 fewer pages a week", {"3x", "12"}, 1},
      {Style::kBullets, "- faster deploys\n- fewer pages", {}, 0},
      {Style::kList, "Onboarding takes 2 days\n4 new hires ramped up", {"2", "4"}, 0},
      // Spelled-out amounts count, and time off a date is measured against
      // it (issue 20); a bare comparative is neither.
      {Style::kNotes, "Eleven days early, and half the cost.", {"Eleven", "half"}, 1},
      {Style::kNotes, "Early, and cheaper.", {}, 0},
      {Style::kModel,
       "As a result, checkout p99 dropped from 900 ms to 200 ms, against a 300 ms "
       "target.",
       {"900", "200", "300"},
       4},
      {Style::kModel, "As a result, checkout got faster.", {}, 0},
      // A direction verb before a number implies the baseline.
      {Style::kProse, "Runtime fell to 85 minutes.", {"85"}, 1},
      {Style::kProse, "The nightly run now takes 85 minutes.", {"85"}, 0},
      // The new value of a from-to with its unit left out ("to one") is
      // still the new value; "to one engineer" names a thing.
      {Style::kNotes, "Approvals from five signatures to one.", {"five"}, 1},
      {Style::kList, "Failed runs from about two a month to one\nNo missed SLA", {"two"}, 1},
      {Style::kBullets, "- Handoffs from the team to one vendor in 3 regions", {"3"}, 0},
      // A frequency told with an ordinal, and an article and a time unit
      // at the end of a from-to, are amounts; a rank and "took a day" not.
      {Style::kBullets, "- On-call from every fourth week to every fifth", {"fourth", "fifth"}, 1},
      {Style::kBullets, "- On call in the fourth week and the fifth", {}, 0},
      {Style::kModel,
       "As a result, first response went from a day to under an hour.",
       {"a day", "an hour"},
       1},
      {Style::kProse, "The move from a monolith took a day of planning.", {}, 0},
  };
  SECTION("rows") {
    for (const Row& r : rows) {
      INFO(StyleName(r.style) << ": " << r.text);
      auto s = AnalyzePart("result", r.text, r.style == Style::kList);
      CHECK(Texts(s->a.result_quantities) == r.quantities);
      CHECK(s->a.result_comparisons.size() == r.comparisons);
    }
  }
  SECTION("numbers outside the result are not the result's") {
    auto s = AnalyzeYaml(Field("action", "I cut p99 from 900 ms to 200 ms.", false) +
                         Field("result", "Checkout held up.", false));
    CHECK(s->a.result_quantities.empty());
    CHECK(s->a.result_comparisons.empty());
  }
}

TEST_CASE("analysis: vague and intensified praise in the result", "[analysis]") {
  struct Row {
    Style style;
    const char* text;
    std::vector<std::string> vague;
  };
  const Row rows[] = {
      {Style::kProse,
       "The launch went well and the customer was happy.",
       {"went well", "was happy"}},
      {Style::kProse, "The launch shipped on the 3rd and the customer renewed.", {}},
      // Praise beside a change given in numbers is decoration...
      {Style::kProse, "CSAT rose from 3.2 to 4.5, a big win.", {}},
      // ...but not beside a number with no baseline, nor beside none.
      {Style::kProse, "CSAT is 4.5, a big win.", {"big win"}},
      {Style::kNotes, "CSAT rose, a big win.", {"big win"}},
      // Intensified comparatives in a result with no number are what makes
      // it unquantified, not praise (issue 20); beside numbers they are
      // praise (tests/result_cases_test.cc).
      {Style::kProse, "Checkout is much smoother now.", {}},
      {Style::kProse, "Checkout is much faster than the 2 s goal.", {}},
      {Style::kProse, "Checkout is far more reliable.", {}},
      {Style::kProse, "Much of the water came from the cluster.", {}},
      {Style::kNotes, "Checkout is much better.", {}},
      {Style::kNotes, "Way better onboarding.", {}},
      {Style::kNotes, "Better onboarding docs.", {}},
      {Style::kBullets,
       "- Everyone loved it\n- kudos from the VP",
       {"Everyone loved", "kudos"}},
      {Style::kBullets, "- Onboarding takes 2 days\n- 4 new hires ramped up", {}},
  };
  SECTION("rows") {
    for (const Row& r : rows) {
      INFO(StyleName(r.style) << ": " << r.text);
      auto s = AnalyzePart("result", r.text, r.style == Style::kList);
      CHECK(Texts(s->a.vague_phrases) == r.vague);
    }
  }
  SECTION("praise is looked for in the result only") {
    auto s = AnalyzeYaml(Field("action", "The launch went well.", false) +
                         Field("learning", "The customer was happy.", false));
    CHECK(s->a.vague_phrases.empty());
  }
}

TEST_CASE("analysis: setbacks told, named in the abstract, or not at all", "[analysis]") {
  struct Row {
    const char* part;
    Style style;
    const char* text;
    std::vector<std::string> setback;  // the first cue, or none
    std::vector<std::string> abstract;
  };
  const Row rows[] = {
      {"action",
       Style::kProse,
       "Halfway through, the vendor's API started returning stale prices, so I added a "
       "cache.",
       {"Halfway"},
       {}},
      {"action",
       Style::kProse,
       "I called the vendor's API for prices and added a cache.",
       {},
       {}},
      {"action",
       Style::kProse,
       "The cutover caused a two-hour outage, so I rolled back.",
       {"outage"},
       {}},
      {"action", Style::kProse, "The cutover went through with no outage.", {}, {}},
      // "no" + a problem is its absence; "no" + a capability is a setback.
      {"action", Style::kProse, "There was no outage during the cutover.", {}, {}},
      {"action", Style::kNotes, "Had zero new incidents after the switch.", {}, {}},
      {"action", Style::kBullets, "- Shipped it; there were no complaints", {}, {}},
      {"action",
       Style::kProse,
       "The vendor had no connector for our warehouse, so I wrote one.",
       {"had no"},
       {}},
      {"action",
       Style::kNotes,
       "Had no rollback plan, so wrote one first.",
       {"Had no"},
       {}},
      {"action",
       Style::kBullets,
       "- There was no budget for a second region; reused the DR site",
       {"There was"},
       {}},
      {"action",
       Style::kBullets,
       "- Rewrote the retry loop after the first canary failed\n- Added jitter",
       {"failed"},
       {}},
      {"action", Style::kBullets, "- Rewrote the retry loop\n- Added jitter", {}, {}},
      // Fixing a bug is the job; finding one on the way is a setback.
      {"action",
       Style::kNotes,
       "Found a bug in the retry path and fixed it.",
       {"bug"},
       {}},
      {"action", Style::kNotes, "Fixed a bug in the retry path.", {}, {}},
      // In the result only a contrast clause tells one.
      {"result",
       Style::kProse,
       "We shipped on time despite the vendor slip.",
       {"slip"},
       {}},
      {"result", Style::kProse, "The launch slipped a week.", {}, {}},
      // In the setup, an outside event does; the problem statement does not.
      {"situation",
       Style::kProse,
       "Two weeks before launch, the vendor pulled out.",
       {"Two weeks before"},
       {}},
      {"situation", Style::kProse, "The checkout was slow.", {}, {}},
      // The learning is never searched.
      {"action", Style::kNotes, "The vendor failed us twice.", {"failed"}, {}},
      {"learning", Style::kNotes, "The vendor failed us twice.", {}, {}},
      // An obstacle only in the abstract is no setback.
      {"action",
       Style::kModel,
       "I overcame many challenges and shipped.",
       {},
       {"overcame many challenges"}},
      {"action", Style::kModel, "I overcame a two-week vendor delay.", {"delay"}, {}},
      {"action",
       Style::kList,
       "Hit a hard deadline of 19 days\nShipped on day 18",
       {"Hit a"},
       {}},
      {"action", Style::kList, "Planned the work in 19 days\nShipped on day 18", {}, {}},
      // A problem noun paired with a bare word after "from"/"with" names a
      // team or a field; paired with another problem, it is a problem.
      {"action",
       Style::kProse,
       "I aligned stakeholders from billing and risk on a three-step rollout.",
       {},
       {}},
      {"action",
       Style::kProse,
       "I aligned stakeholders on a three-step rollout despite the risk.",
       {"risk"},
       {}},
      {"action", Style::kNotes, "Met with risk and compliance; agreed on a shim.", {}, {}},
      {"action", Style::kNotes, "Met with legal; risk and cost blew up.", {"risk"}, {}},
      {"action",
       Style::kBullets,
       "- Paired with security and risk on the audit",
       {},
       {}},
      {"action",
       Style::kBullets,
       "- The service suffered from outages and churn",
       {"outages"},
       {}},
      // Someone the plan relied on becoming unavailable is a setback told
      // without a setback word; the speaker's own move, a leave policy or
      // a negated absence is none.
      {"action",
       Style::kBullets,
       "- Our only DBA went on parental leave\n- Took over the scripts",
       {"leave"},
       {}},
      {"action", Style::kBullets, "- Updated the parental leave policy\n- Took over the scripts",
       {}, {}},
      {"action",
       Style::kNotes,
       "Designer moved to another team; finished the mockups myself.",
       {"moved to another team"},
       {}},
      {"action",
       Style::kNotes,
       "Moved the reindex to another cluster; finished the mockups myself.",
       {},
       {}},
      {"action", Style::kList, "Co-lead out sick for the last two weeks\nRan the cutover", {"sick"},
       {}},
      {"action", Style::kList, "Nobody went on leave during the cutover\nRan the cutover", {}, {}},
      {"action",
       Style::kModel,
       "In week three, the contractor we relied on took a full-time job elsewhere, so I "
       "took over his module.",
       {"took a full-time job"},
       {}},
      {"action",
       Style::kModel,
       "In week three, I took a job shadowing the support desk, so I learned the module.",
       {},
       {}},
      {"situation",
       Style::kProse,
       "Our only iOS engineer was on leave for the whole quarter.",
       {"leave"},
       {}},
      // A limit told as what was still possible is the twin of "could
      // not"; in a purpose or relative clause it is a design.
      {"action",
       Style::kBullets,
       "- Supplier could only ship half the boards\n- Prioritized the pilot sites",
       {"could only"},
       {}},
      {"action",
       Style::kBullets,
       "- Wrote the alert so it would only page once\n- Prioritized the pilot sites",
       {},
       {}},
      {"action",
       Style::kProse,
       "I could only get two test phones, so I ran the suite in batches.",
       {"could only"},
       {}},
      {"action",
       Style::kModel,
       "In my role as lead, I added a check that would only run at night.",
       {},
       {}},
      // An attempt measured short of what was needed is a setback; faster
      // than the old path, or taking over a budget review, is not.
      {"action",
       Style::kNotes,
       "Prototype 3x slower than the old path; went back to the queue.",
       {"slower than"},
       {}},
      {"action",
       Style::kNotes,
       "Prototype 3x faster than the old path; kept the queue.",
       {},
       {}},
      {"action",
       Style::kBullets,
       "- First model ran 40% over budget\n- Switched to a smaller one",
       {"over budget"},
       {}},
      {"action",
       Style::kBullets,
       "- Took over the budget review\n- Switched to a smaller one",
       {},
       {}},
      // "would only take a day" says the work was small: no limit.
      {"action",
       Style::kModel,
       "In my role as lead, I saw the fix would only take a day, so I did it first.",
       {},
       {}},
      // A missing skill or owner is a constraint; nobody complaining is
      // the absence of a problem.
      {"action",
       Style::kBullets,
       "- Nobody on the team had used Kafka before\n- Ran two workshops",
       {"Nobody on the team had used"},
       {}},
      {"action",
       Style::kBullets,
       "- Nobody complained after the switch\n- Ran two workshops",
       {},
       {}},
      {"situation", Style::kList, "No one owned the nightly export\nReports ran late", {"No one owned"},
       {}},
      // What the work stands on coming to its end is a setback; the past
      // "went away" is an outcome and "the end of life" a topic.
      {"action",
       Style::kNotes,
       "Old SDK hit end-of-life in March; ported the client.",
       {"hit end-of-life"},
       {}},
      {"action",
       Style::kNotes,
       "Planned the end of life for the old SDK; ported the client.",
       {},
       {}},
      {"action",
       Style::kBullets,
       "- The payments API was going away in June\n- Ported the client",
       {"going away"},
       {}},
      {"action",
       Style::kBullets,
       "- The pain went away after the fix\n- Ported the client",
       {},
       {}},
      // A relative clause without "that" leaves the noun as the subject:
      // the vendor deprecated it, not "we".
      {"action",
       Style::kProse,
       "The vendor we picked deprecated the API, so I wrote a shim.",
       {"deprecated"},
       {}},
      {"action",
       Style::kProse,
       "In March we picked the vendor and deprecated the API, so I wrote a shim.",
       {},
       {}},
  };
  SECTION("rows") {
    for (const Row& r : rows) {
      INFO(r.part << " (" << StyleName(r.style) << "): " << r.text);
      auto s = AnalyzePart(r.part, r.text, r.style == Style::kList);
      CHECK(Texts(s->a.setbacks) == r.setback);
      CHECK(Texts(s->a.abstract_setbacks) == r.abstract);
    }
  }
  SECTION("a tradeoffs section is a setback of its own, and stops the search") {
    const std::string action = Field("action", "The cutover caused an outage.", false);
    auto with = AnalyzeYaml(action + "tradeoffs: I kept the old path for a month.\n");
    REQUIRE(with->a.setbacks.size() == 1);
    CHECK(with->a.setbacks[0].span.text == "tradeoffs");
    auto without = AnalyzeYaml(action);
    CHECK(Texts(without->a.setbacks) == std::vector<std::string>{"outage"});
  }
  SECTION("only the first setback is kept, from the first section telling one") {
    auto s = AnalyzeYaml(
        Field("situation", "Two weeks before launch, the vendor pulled out.", false) +
        Field("action", "The cutover caused an outage.", false));
    REQUIRE(s->a.setbacks.size() == 1);
    CHECK(s->a.setbacks[0].part == Part::kSituation);
  }
}

TEST_CASE("analysis: effort phrases kept when celebrated, dropped when not",
          "[analysis]") {
  struct Row {
    const char* part;
    Style style;
    const char* text;
    std::vector<std::string> effort;
  };
  const Row rows[] = {
      {"action",
       Style::kProse,
       "I pulled two all-nighters to finish the migration.",
       {"all-nighters"}},
      {"action",
       Style::kProse,
       "I no longer pulled all-nighters once the pipeline was automated.",
       {}},
      {"action",
       Style::kProse,
       "I asked the team to pull all-nighters during the cutover.",
       {"all-nighters"}},
      {"action",
       Style::kProse,
       "I asked the team not to pull all-nighters during the cutover.",
       {}},
      {"action", Style::kProse, "We kept working weekends.", {"working weekends"}},
      {"action", Style::kProse, "We stopped working weekends.", {}},
      {"action", Style::kProse, "I shipped it with late nights.", {"late nights"}},
      {"action", Style::kProse, "I shipped it without late nights.", {}},
      // Said of people it is effort; said of machines it is not.
      {"action",
       Style::kProse,
       "I worked around the clock for a week.",
       {"around the clock"}},
      {"action",
       Style::kProse,
       "We worked around the clock for a week.",
       {"around the clock"}},
      {"action", Style::kProse, "The test rigs ran around the clock for a week.", {}},
      // Measured down, it is an outcome.
      {"result", Style::kProse, "We worked overtime for a month.", {"overtime"}},
      {"result",
       Style::kProse,
       "Mandatory overtime went from 6 shifts a month to 1.",
       {}},
      {"result", Style::kResume, "Cut overtime by 80%.", {}},
      {"result", Style::kProse, "On-call pages during late nights dropped to zero.", {}},
      {"action",
       Style::kNotes,
       "Profiled the job; worked weekends.",
       {"worked weekends"}},
      {"action", Style::kNotes, "Profiled the job; never worked weekends.", {}},
      {"action",
       Style::kBullets,
       "- Worked late nights to hit the date\n- Shipped it",
       {"late nights"}},
      {"action", Style::kBullets, "- Worked to hit the date\n- Shipped it", {}},
      // The time a thing is set to run is no one's effort; people sent to
      // work it, or the speaker staying for it, are.
      {"action", Style::kBullets, "- Scheduled the batch for late nights\n- Shipped it", {}},
      {"action",
       Style::kBullets,
       "- Scheduled the team for late nights\n- Shipped it",
       {"late nights"}},
      {"action", Style::kProse, "I moved the reindex jobs to late nights.", {}},
      {"action", Style::kProse, "I stayed for late nights until it shipped.", {"late nights"}},
      {"action", Style::kNotes, "Backfill was set for late nights; verified it.", {}},
      {"action",
       Style::kNotes,
       "Put in the hours for late nights; verified it.",
       {"Put in the hours", "late nights"}},
      // Looked for in every section, the learning and the setup too.
      {"learning", Style::kNotes, "Hard work pays off.", {"Hard work"}},
      {"learning", Style::kModel, "I learned to plan instead of working weekends.", {}},
      {"situation",
       Style::kProse,
       "The team was working 60-hour weeks.",
       {"60-hour weeks"}},
      {"task", Style::kProse, "I had to fix it without anyone working weekends.", {}},
      // In the setup, someone else's hours are the problem being solved;
      // the speaker's own (a dropped subject) or the team's still count.
      {"situation",
       Style::kBullets,
       "- On-call engineers worked weekends to rerun failed jobs",
       {}},
      {"situation", Style::kNotes, "Worked weekends to rerun failed jobs.", {"Worked weekends"}},
      // An effort word that names a cost or a rule is no celebration.
      {"result", Style::kList, "Overtime budget of 20k went unused\nQueue cleared daily", {}},
      {"result", Style::kList, "Paid overtime to clear the queue\nQueue cleared daily",
       {"overtime"}},
  };
  for (const Row& r : rows) {
    INFO(r.part << " (" << StyleName(r.style) << "): " << r.text);
    auto s = AnalyzePart(r.part, r.text, r.style == Style::kList);
    CHECK(Texts(s->a.effort_phrases) == r.effort);
  }
}

TEST_CASE("analysis: stock claims, unless their sentence is specific", "[analysis]") {
  struct Row {
    const char* part;
    Style style;
    const char* text;
    std::vector<std::string> stock;
  };
  const Row rows[] = {
      {"action",
       Style::kProse,
       "I aligned stakeholders and drove consensus.",
       {"aligned stakeholders", "drove consensus"}},
      // A number, a name or a quote makes the sentence specific.
      {"action", Style::kProse, "I aligned stakeholders on a 3-step rollout.", {}},
      {"action",
       Style::kProse,
       "I aligned stakeholders and drove consensus with Priya.",
       {}},
      {"action",
       Style::kProse,
       "I drove consensus on one line: \"ship the shim first\".",
       {}},
      {"task", Style::kProse, "I took ownership of the migration.", {"took ownership"}},
      {"task", Style::kProse, "I took ownership of the migration on 3 May.", {}},
      // Only the task, action and result make claims.
      {"situation", Style::kProse, "Leadership wanted someone who took ownership.", {}},
      {"result", Style::kProse, "We now follow best practices.", {"best practices"}},
      {"learning", Style::kProse, "We now follow best practices.", {}},
      {"action",
       Style::kNotes,
       "Spearheaded the rewrite. Championed code review.",
       {"Spearheaded", "Championed"}},
      {"action", Style::kNotes, "Led the rewrite. Introduced code review.", {}},
      {"action",
       Style::kList,
       "Spearheaded the rewrite\nChampioned code review",
       {"Spearheaded", "Championed"}},
      {"action", Style::kList, "Led the rewrite\nIntroduced code review", {}},
      {"action", Style::kBullets, "- I spearheaded the rewrite", {"spearheaded"}},
      {"action", Style::kBullets, "- I led the rewrite", {}},
      // The capital after a bullet mark starts the line; it is not a name.
      {"action",
       Style::kBullets,
       "- Spearheaded the rewrite\n- Championed code review",
       {"Spearheaded", "Championed"}},
      {"action", Style::kBullets, "* Spearheaded the rewrite", {"Spearheaded"}},
      {"action", Style::kBullets, "- Spearheaded the rewrite with Priya", {}},
      {"action", Style::kBullets, "- Led the rewrite\n- Introduced code review", {}},
  };
  for (const Row& r : rows) {
    INFO(r.part << " (" << StyleName(r.style) << "): " << r.text);
    auto s = AnalyzePart(r.part, r.text, r.style == Style::kList);
    CHECK(Texts(s->a.stock_claims) == r.stock);
  }
}

TEST_CASE("analysis: words, spoken seconds and setup share", "[analysis]") {
  auto words = [](int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += i ? " word" : "word";
    return s;
  };
  struct Row {
    int situation, task, action, result, learning;
    int wpm;
    int total, seconds;
    double setup_share;
    const char* why;
  };
  const Row rows[] = {
      {30, 10, 40, 15, 5, 150, 100, 40, 0.40,
       "100 words at 150 wpm: 40 s; 40 of 100 setup"},
      {30, 10, 40, 15, 5, 100, 100, 60, 0.40, "at 100 wpm: 60 s"},
      {30, 10, 40, 15, 5, 0, 100, 40, 0.40, "wpm 0 falls back to 150"},
      {0, 0, 10, 0, 0, 150, 10, 4, 0.0, "no setup at all"},
      {5, 5, 0, 0, 0, 150, 10, 4, 1.0, "only setup"},
      {0, 0, 0, 0, 0, 150, 0, 0, 0.0, "no words: share 0, not NaN"},
      {0, 0, 1, 0, 0, 150, 1, 0, 0.0, "one word is 0.4 s: rounds to 0"},
      {0, 0, 2, 0, 0, 150, 2, 1, 0.0, "two words are 0.8 s: rounds to 1"},
      {0, 0, 5, 0, 0, 120, 5, 3, 0.0, "5 words at 120 wpm: 2.5 s rounds up"},
      {0, 0, 0, 0, 7, 150, 7, 3, 0.0, "the learning is spoken too: 2.8 s"},
  };
  SECTION("rows") {
    for (const Row& r : rows) {
      INFO(r.why);
      std::string yaml = "title: " + words(6) + "\n";  // the title is not spoken
      const char* keys[] = {"situation", "task", "action", "result", "learning"};
      const int counts[] = {r.situation, r.task, r.action, r.result, r.learning};
      for (int i = 0; i < 5; ++i) {
        if (counts[i] > 0) yaml += Field(keys[i], words(counts[i]), false);
      }
      auto s = AnalyzeYaml(yaml, r.wpm);
      for (int i = 0; i < 5; ++i) CHECK(s->a.words[i] == counts[i]);
      CHECK(s->a.total_words == r.total);
      CHECK(s->a.seconds == r.seconds);
      CHECK(s->a.setup_share == Approx(r.setup_share));
    }
  }
  SECTION("words are split at whitespace only, list items included") {
    auto s =
        AnalyzePart("action", "Cut p95 from 1.8s to 280ms\nwell-known, self-serve", true);
    CHECK(s->a.words[static_cast<int>(Part::kAction)] == 8);
  }
}

TEST_CASE("analysis: principles resolved against the catalog", "[analysis]") {
  struct Row {
    const char* principles;
    size_t resolved, unknown;
    bool expects_setback;
  };
  const Row rows[] = {
      {"[Deliver Results]", 1, 0, true},
      {"[Customer Obsession]", 1, 0, false},
      {"[deliver results]", 1, 0, true},       // case does not matter
      {"[Are Right, A Lot]", 1, 0, false},     // rejoined after the flow split
      {"[Ownership, Ownership]", 1, 0, true},  // told once
      {"[Frugality, Dive Deep]", 2, 0, true},  // any one expecting is enough
      {"[Frugality, Customer Obsession]", 2, 0, false},
      {"[Made Up]", 0, 1, false},
      {"[Customer Obsession, Made Up]", 1, 1, false},
  };
  for (const Row& r : rows) {
    INFO(r.principles);
    auto s = AnalyzeYaml(std::string("principles: ") + r.principles + "\n" +
                         Field("action", "I did it.", false));
    CHECK(s->a.principles.size() == r.resolved);
    CHECK(s->a.unknown_principles.size() == r.unknown);
    CHECK(s->a.expects_setback == r.expects_setback);
  }
}

}  // namespace
}  // namespace starbank
