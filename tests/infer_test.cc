// Principle inference: stemming, phrase weighting, tag blindness, and the
// principle each test story was written for landing in its top 3.
#include "lint/infer.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <thread>

#include "io/fs.h"
#include "lint/analysis.h"
#include "rules/registry.h"
#include "starbank/catalog.h"
#include "starbank/lint.h"
#include "starbank/loader.h"
#include "test_util.h"

namespace starbank {
namespace {

Story LoadOne(const std::string& yaml) {
  LoadResult r = LoadStories("t.yaml", yaml);
  REQUIRE(r.errors.empty());
  REQUIRE(r.stories.size() == 1);
  return r.stories[0];
}

Story LoadFile(const std::string& path) {
  std::string content, error;
  REQUIRE(ReadFile(path, &content, &error));
  LoadResult r = LoadStories(path, content);
  REQUIRE(r.errors.empty());
  REQUIRE(r.stories.size() == 1);
  return r.stories[0];
}

// 1-based rank of `id` among the inferred fits.
size_t RankOf(const std::vector<float>& fit, const std::string& id) {
  std::vector<InferredFit> ranked = RankFits(Catalog::Default(), fit);
  for (size_t i = 0; i < ranked.size(); ++i) {
    if (ranked[i].principle->id == id) return i + 1;
  }
  return 0;
}

TEST_CASE("StemTokens lowercases, splits hyphens, drops possessives and punctuation") {
  auto [text, expected] = GENERATE(table<std::string, std::vector<std::string>>({
      {"On-call engineers' runbooks", {"on", "call", "engin", "runbook"}},
      {"The team's p99 fell 40%.", {"the", "team", "p99", "fell", "40"}},
      {"Root causes, debugged!", {"root", "caus", "debug"}},
      {"", {}},
  }));
  CAPTURE(text);
  CHECK(StemTokens(text) == expected);
}

TEST_CASE("each test story ranks the principle it was written for in its top 3") {
  auto [file, id] = GENERATE(table<std::string, std::string>({
      {"best-employer-oncall-load", "strive-to-be-earths-best-employer"},
      {"bias-action-cert-expiry", "bias-for-action"},
      {"broad-responsibility-location-data",
       "success-and-scale-bring-broad-responsibility"},
      {"earn-trust-billing-outage", "earn-trust"},
      {"highest-standards-release-gate", "insist-on-the-highest-standards"},
      {"learn-curious-rust-parser", "learn-and-be-curious"},
      {"right-a-lot-queue-choice", "are-right-a-lot"},
      {"think-big-shared-platform", "think-big"},
  }));
  CAPTURE(file);
  Story s = LoadFile(std::string(STARBANK_SOURCE_DIR) + "/tests/testdata/infer/" + file +
                     ".yaml");
  SignalIndex index(Catalog::Default());
  size_t rank = RankOf(index.Fit(s), id);
  CHECK(rank >= 1);
  CHECK(rank <= 3);
}

// Stories written for these tables, each in its own style (terse bullets,
// first-person narrative, fragments), none copied from a corpus.
const char* const kStalledExport =
    "title: Picking up the stalled export job\n"
    "situation: A colleague started the nightly export job for our partners, then moved\n"
    "  teams and left it stalled.\n"
    "task: Nobody owned it, and the partners were still waiting for their files.\n"
    "action: |\n"
    "  - picked it up without being asked\n"
    "  - wrote down what I did not understand, read the old code, asked the partner team\n"
    "  - finished the job and wrote a runbook for whoever comes next\n"
    "result: Exports ran every night for six months with one failure, down from four a week.\n";
const char* const kBrokenSearch =
    "title: Owning the rollout after my migration broke search\n"
    "situation: I pushed a schema migration that dropped an index, and search on the help\n"
    "  centre slowed to 9 seconds.\n"
    "task: It was my mistake, so I took responsibility for fixing it and for making sure it\n"
    "  could not recur.\n"
    "action: Rolled back my change within the hour, wrote the post-mortem myself, and added\n"
    "  a migration check to CI so that a dropped index now fails the build.\n"
    "result: Search was back under 300 ms the same day; the check has caught two similar\n"
    "  migrations since.\n";
const char* const kClinicScheduler =
    "title: Starting the clinic scheduler before the spec was final\n"
    "situation: Three clinic managers each wanted something different from the new\n"
    "  scheduler, and the spec had been in review for two months.\n"
    "task: Get a first version in front of nurses without another month of analysis paralysis.\n"
    "action: Built a rough prototype in four days from the one flow all three agreed on, and\n"
    "  kept the disputed parts behind a flag so they could be dropped cheaply.\n"
    "result: Nurses booked 300 real visits with it in the first week; two of the disputed\n"
    "  features were dropped after they saw it.\n";
const char* const kFilingDate =
    "title: Reporting pipeline, Q3\n"
    "situation: |\n  - regulator moved the filing date up by a month\n  - pipeline half built\n"
    "task: |\n  - hit the new date\n"
    "action: |\n"
    "  - cut two optional reports, kept the three the regulator reads\n"
    "  - daily 15-min sync with the vendor, cleared the blocker on their export\n"
    "  - ran the dry run a week early\n"
    "result: |\n  - filed on time, 4 days before the new date\n  - zero findings from the regulator\n";
const char* const kAnalyticsLead =
    "title: Handling a heated disagreement over the data model\n"
    "situation: The analytics lead and I had been at odds for weeks; handoffs were adversarial\n"
    "  and each team blamed the other for late specs.\n"
    "task: Rebuild a working relationship so the two teams could ship together.\n"
    "action: I set up weekly check-ins, paired with her engineers on the first spec, admitted\n"
    "  where my team had been wrong, and wrote down every decision we agreed on.\n"
    "result: Rework on shared tickets fell from 11 to 2 per sprint, and she asked me to join\n"
    "  her planning meetings.\n";
const char* const kReconciliation =
    "title: Finding why the nightly reconciliation drifted\n"
    "situation: Our nightly reconciliation was off by a few hundred dollars each night; the\n"
    "  customer never noticed.\n"
    "task: Find the cause.\n"
    "action: I compared the ledger with the raw events row by row, bisected the batches, and\n"
    "  traced the gap to a rounding step that ran twice on refunds.\n"
    "result: The drift went to zero for 60 nights in a row.\n";
const char* const kNewAnalyst =
    "title: Mentoring a new analyst through her first model\n"
    "situation: A new analyst joined with no forecasting background; the quarterly forecast\n"
    "  was due in six weeks and she wanted to own a piece of it.\n"
    "task: Help her grow into the work without doing it for her.\n"
    "action: I paired with her twice a week, gave her the regional model to build, reviewed\n"
    "  her notebooks with written feedback and let her present the results herself.\n"
    "result: Her regional forecast landed within 3% of actuals, and she was promoted the\n"
    "  next cycle.\n";

const char* const kFailedImports =
    "title: Why the supplier imports kept dying\n"
    "situation: So the supplier price import failed three nights running, and each failure\n"
    "  left half the catalogue on yesterday's prices.\n"
    "task: I had to find out why before the weekend sale.\n"
    "action: I pulled the import logs for all three nights, diffed the files byte by byte and\n"
    "  found the supplier had started sending a second header row on Mondays; I traced the\n"
    "  parser's skip logic and wrote a check for it.\n"
    "result: No failed import in the 40 nights since, and the sale ran on the right prices.\n";

// Plain notes outside software, with long idioms told in passing ("the
// single source of truth", "under the hood", "brought it up"): weighed by
// their length they ranked Think Big and Learn and Be Curious above the
// mentoring the story is about.
const char* const kStockSheet =
    "title: Helping Ana with the stock sheet\n"
    "situation: Ana was a new hire in the warehouse office, her first job. The stock sheet\n"
    "  was the single source of truth for orders and she was afraid to touch it.\n"
    "task: Make her able to run the weekly count alone.\n"
    "action: |\n"
    "  - mentored her: each Monday she did the count, I only watched\n"
    "  - when she made a mistake we looked together what happened under the hood of the formulas\n"
    "  - she brought it up in the team meeting herself when a supplier code was wrong\n"
    "result: After six weeks she ran the count alone, errors in the sheet went from 12 a week\n"
    "  to 2, and she now trains the next junior.\n";

TEST_CASE("a story's own principle lands in its top 3, whatever the style") {
  auto [yaml, id] = GENERATE(table<const char*, std::string>({
      {kStalledExport, "ownership"},          // bullets: picked up what nobody owned
      {kBrokenSearch, "ownership"},           // narrative: own mistake, post-mortem
      {kClinicScheduler, "bias-for-action"},  // fragments: prototype before the spec
      {kFilingDate, "deliver-results"},       // terse notes: a date met, scope cut
      {kAnalyticsLead, "earn-trust"},         // check-ins, pairing, admitted wrong
      {kReconciliation, "dive-deep"},
      {kNewAnalyst, "hire-and-develop-the-best"},
      // spoken: "failed" is the problem the story digs into, not a failure owned
      {kFailedImports, "dive-deep"},
      {kStockSheet, "hire-and-develop-the-best"},
  }));
  CAPTURE(yaml);
  SignalIndex index(Catalog::Default());
  size_t rank = RankOf(index.Fit(LoadOne(yaml)), id);
  CHECK(rank >= 1);
  CHECK(rank <= 3);
}

TEST_CASE("long idioms told in passing do not outrank what the story is about") {
  // Weighed by their length, "the single source of truth" and "under the
  // hood" ranked Think Big and Learn and Be Curious above the mentoring.
  SignalIndex index(Catalog::Default());
  CHECK(RankOf(index.Fit(LoadOne(kStockSheet)), "hire-and-develop-the-best") == 1);
}

TEST_CASE("a principle a story merely mentions stays out of its top 3") {
  auto [yaml, id] = GENERATE(table<const char*, std::string>({
      {kReconciliation, "customer-obsession"},  // "the customer never noticed"
      {kNewAnalyst, "ownership"},               // "wanted to own a piece of it"
      {kStalledExport, "customer-obsession"},   // partners waiting, no customer work
  }));
  CAPTURE(yaml);
  SignalIndex index(Catalog::Default());
  CHECK(RankOf(index.Fit(LoadOne(yaml)), id) > 3);
}

// Stories for the prompt tables, told without the words of the question
// they are filed under.
const char* const kWarehouseSlip =
    "title: The warehouse migration slip\n"
    "situation: Two weeks before cutover, load tests showed the new warehouse could not take\n"
    "  the Monday peak.\n"
    "task: Decide what to tell the three regional managers and get the cutover to a safe date.\n"
    "action: I called each manager the same afternoon, showed them the load test, proposed a\n"
    "  date three weeks later and sent a short status note every Friday until cutover.\n"
    "result: Cutover ran on the new date with no lost orders; all three managers kept their\n"
    "  holiday plans.\n";
const char* const kOnCallHandbook =
    "title: The on-call handbook\n"
    "situation: Our on-call rotation had six people and only two of them could restore the\n"
    "  payment queue.\n"
    "task: Get the other four able to handle a queue outage alone.\n"
    "action: |\n"
    "  - paired with each of them on a staged outage\n"
    "  - wrote the steps into a handbook and had each person run it once while I watched\n"
    "  - moved myself to secondary for a month so they took the pages\n"
    "result: |\n"
    "  - all six restored a staged outage in under 15 minutes\n"
    "  - pages escalated to me fell from 9 a month to 1\n";

// `yaml` filed under `prompt` (a `prompts:` list of one).
std::string FiledUnder(const char* yaml, const std::string& prompt) {
  return "prompts:\n- \"" + prompt + "\"\n" + yaml;
}

TEST_CASE("a story filed under a question that names a principle ranks it in its top 3") {
  auto [yaml, prompt, id] = GENERATE(table<const char*, std::string, std::string>({
      {kWarehouseSlip, "Tell me about a time you delivered bad news.", "earn-trust"},
      {kOnCallHandbook, "Tell me about someone you mentored.", "hire-and-develop-the-best"},
      {kReconciliation, "Tell me about a time you disagreed with your manager.",
       "have-backbone-disagree-and-commit"},
      // the verb names the principle; "your most challenging project" does not
      {kFilingDate, "Give an example of when you challenged your boss.",
       "have-backbone-disagree-and-commit"},
      // a failure question asks for what the speaker owned
      {kClinicScheduler, "Tell me about a time you failed.", "ownership"},
      // the verb still names it when the question's framing words stand
      // beside it: a team member, a problem, pressure
      {kOnCallHandbook,
       "Describe a problem where you challenged a team member's plan under pressure.",
       "have-backbone-disagree-and-commit"},
  }));
  CAPTURE(prompt);
  SignalIndex index(Catalog::Default());
  // The text alone does not say it: the question does.
  CHECK(RankOf(index.Fit(LoadOne(yaml)), id) > 3);
  size_t rank = RankOf(index.Fit(LoadOne(FiledUnder(yaml, prompt))), id);
  CHECK(rank >= 1);
  CHECK(rank <= 3);
}

TEST_CASE("a question that names no principle changes no fit") {
  auto [yaml, prompt] = GENERATE(table<const char*, std::string>({
      {kReconciliation, "Tell me about your last project."},
      {kOnCallHandbook, "What is your greatest accomplishment?"},
      {kFilingDate, "Describe a recent situation at work."},
      // "challenging" says how hard the work was, not that anyone was challenged
      {kAnalyticsLead, "What was your most challenging project?"},
      // prepositions and plain verbs frame a question ("follow through",
      // "how they use" are phrase signals; their words alone name nothing)
      {kReconciliation, "Walk me through how you got through it and what you used."},
      // a challenge, a problem, pressure and a team member are what any
      // question is about; they name no principle ("challenge", "members",
      // "pressure" are signals, "problem" a word of "bigger problem")
      {kNewAnalyst, "Tell me about a challenge or problem you faced under pressure."},
      {kFilingDate, "Describe a tough situation with team members."},
  }));
  CAPTURE(prompt);
  SignalIndex index(Catalog::Default());
  CHECK(index.Fit(LoadOne(FiledUnder(yaml, prompt))) == index.Fit(LoadOne(yaml)));
}

TEST_CASE("a story's question does not push out the principle its text shows") {
  auto [yaml, prompt, id] = GENERATE(table<const char*, std::string, std::string>({
      {kReconciliation, "Tell me about a time you disagreed with your manager.", "dive-deep"},
      {kNewAnalyst, "Tell me about a time you saved money.", "hire-and-develop-the-best"},
      {kFailedImports, "Tell me about a time something you ran failed.", "dive-deep"},
  }));
  CAPTURE(prompt);
  SignalIndex index(Catalog::Default());
  size_t rank = RankOf(index.Fit(LoadOne(FiledUnder(yaml, prompt))), id);
  CHECK(rank >= 1);
  CHECK(rank <= 3);
}

TEST_CASE("fits lie between 0 and 1, one per principle, and ignore the tags") {
  auto parts = testing::StrongParts();
  Story tagged = LoadOne(testing::StoryYaml(parts));
  parts["principles"] = "[Frugality]";
  Story retagged = LoadOne(testing::StoryYaml(parts));
  parts["principles"] = "<absent>";
  Story untagged = LoadOne(testing::StoryYaml(parts));
  SignalIndex index(Catalog::Default());
  std::vector<float> fit = index.Fit(tagged);
  REQUIRE(fit.size() == Catalog::Default().principles().size());
  for (float f : fit) {
    CHECK(f >= 0);
    CHECK(f < 1);
  }
  CHECK(index.Fit(retagged) == fit);
  CHECK(index.Fit(untagged) == fit);
}

TEST_CASE("a phrase signal counts for more than its words apart") {
  SignalIndex index(Catalog::Default());
  size_t dive = Catalog::Default().IndexOf(*Catalog::Default().Find("Dive Deep"));
  auto score = [&](const std::string& action) {
    auto parts = testing::StrongParts();
    parts["action"] = action;
    parts["title"] = "A title";
    parts["learning"] = parts["situation"] = parts["task"] = parts["result"] = "<absent>";
    return index.RawScores(LoadOne(testing::StoryYaml(parts)))[dive];
  };
  double phrase = score("I looked for the root cause of the failure.");
  double apart = score("I looked at the root of the failure and its cause.");
  double none = score("I looked at the failure.");
  CHECK(phrase > apart);
  CHECK(apart >= none);
}

TEST_CASE("a phrase's third and fourth words add no weight; its second does") {
  // Two-word signals are specific ("root cause"); longer ones are as often
  // idioms, so they weigh what a two-word phrase does.
  auto catalog = [](const std::string& signal) {
    std::vector<Diagnostic> errors;
    auto c = Catalog::Parse("c.yaml",
                            "name: C\nprinciples:\n"
                            "  - id: ship\n    name: Ship\n    signals: [" + signal + "]\n"
                            "  - id: check\n    name: Check\n    signals: [checklist]\n",
                            &errors);
    REQUIRE(c);
    return c;
  };
  auto parts = testing::StrongParts();
  parts["action"] = "I had to ship it to them before noon.";
  parts["title"] = "A title";
  parts["learning"] = parts["situation"] = parts["task"] = parts["result"] = "<absent>";
  Story story = LoadOne(testing::StoryYaml(parts));
  // "it", "to" and "them" are stop words: each catalog's terms are the
  // phrase and the word "ship" alone.
  double four = SignalIndex(*catalog("ship it to them")).RawScores(story)[0];
  double two = SignalIndex(*catalog("ship it")).RawScores(story)[0];
  double one = SignalIndex(*catalog("ship")).RawScores(story)[0];
  CHECK(four == Approx(two));
  CHECK(two > 2 * one);
}

TEST_CASE("inference follows a custom catalog's signals") {
  std::vector<Diagnostic> errors;
  auto catalog = Catalog::Parse(
      "c.yaml",
      "name: Acme\nprinciples:\n"
      "  - id: be-kind\n    name: Be Kind\n    signals: [kindness, thank you note]\n"
      "  - id: ship-it\n    name: Ship It\n    signals: [shipped, release train]\n",
      &errors);
  REQUIRE(catalog);
  auto parts = testing::StrongParts();
  parts["action"] = "I shipped the fix on the next release train.";
  SignalIndex index(*catalog);
  std::vector<float> fit = index.Fit(LoadOne(testing::StoryYaml(parts)));
  REQUIRE(fit.size() == 2);
  CHECK(fit[1] > fit[0]);
  CHECK(RankFits(*catalog, fit)[0].principle->id == "ship-it");
}

TEST_CASE("a thread's word cache follows the catalog it is scoring for") {
  // Each thread caches the stem number of every word it has read, per
  // catalog. Two catalogs that number the same words differently, used in
  // turn on one thread, must score as they do on a thread that never saw
  // the other. "release" is a term of one and not the other.
  std::vector<Diagnostic> errors;
  auto first = Catalog::Parse(
      "a.yaml",
      "name: A\nprinciples:\n"
      "  - id: steady\n    name: Steady\n    signals: [release train, rollback]\n"
      "  - id: careful\n    name: Careful\n    signals: [checklist]\n",
      &errors);
  auto second =
      Catalog::Parse("b.yaml",
                     "name: B\nprinciples:\n"
                     "  - id: quick\n    name: Quick\n    signals: [checklist, hotfix]\n"
                     "  - id: bold\n    name: Bold\n    signals: [rollback plan]\n",
                     &errors);
  REQUIRE(first);
  REQUIRE(second);
  auto parts = testing::StrongParts();
  parts["action"] =
      "I wrote a checklist, put the hotfix on the release train and kept a "
      "rollback plan ready.";
  Story story = LoadOne(testing::StoryYaml(parts));
  std::vector<float> fresh_first, fresh_second;
  std::thread([&] { fresh_first = SignalIndex(*first).Fit(story); }).join();
  std::thread([&] { fresh_second = SignalIndex(*second).Fit(story); }).join();
  CHECK(fresh_first[0] > fresh_first[1]);  // a phrase and a word against a word
  CHECK(fresh_second[0] > 0);
  for (int round = 0; round < 2; ++round) {
    CHECK(SignalIndex(*first).Fit(story) == fresh_first);
    CHECK(SignalIndex(*second).Fit(story) == fresh_second);
  }
}

TEST_CASE("fits from the analysis's tokens are the fits from the text") {
  // Lint hands Fit the tokens its analysis made of the spoken parts, so
  // they are not tokenized twice; the title, tradeoffs and follow-ups are
  // tokenized by Fit. Either way the same stems, in the same order.
  const char* const kOdd =
      "title: Cutting the on-call team's p99 by half\n"
      "situation: \"Our \u201cself-serve\u201d checkout \u2014 the team's pride \u2014 "
      "timed out at p99 = 4.2s.\"\n"
      "task: Own the fix end-to-end; root-cause it.\n"
      "action: |\n"
      "  - I profiled the payment-service's retries (3x per call).\n"
      "  - I wrote a post-mortem and a run-book for on-call engineers.\n"
      "result: p99 fell from 4.2 s to 1.9 s; customers' complaints dropped 40%.\n"
      "learning: Measure first.\n"
      "tradeoffs: We shipped a day late to keep the canary.\n"
      "followups:\n"
      "  - question: Why not cache?\n"
      "    answer: The root cause was retries, not reads; a cache hid it.\n";
  std::vector<std::string> yamls = {kOdd, kStalledExport, kBrokenSearch, kClinicScheduler,
                                    kFilingDate, kReconciliation, kNewAnalyst,
                                    testing::StoryYaml(testing::StrongParts())};
  SignalIndex index(Catalog::Default());
  for (const std::string& yaml : yamls) {
    CAPTURE(yaml);
    Story story = LoadOne(yaml);
    StoryAnalysis a = Analyze(story, Catalog::Default(), AnalysisOptions{});
    CHECK(index.RawScores(story, a.tokens) == index.RawScores(story));
    CHECK(index.Fit(story, a.tokens) == index.Fit(story));
  }
}

TEST_CASE("a question's words read through the thread's word cache score as on a fresh thread") {
  // The question channel looks a prompt's words up in the same per-thread
  // cache as the text's: a word first seen in a prompt ("pushed-back",
  // "manager's") and then in a story's text, or the other way round, must
  // score as it does on a thread that never saw either.
  auto [yaml, prompt, id] = GENERATE(table<const char*, std::string, std::string>({
      {kReconciliation, "A time you pushed-back on your manager's plan.",
       "have-backbone-disagree-and-commit"},
      {kWarehouseSlip, "Tell me about a time you delivered bad news to a partner's team.",
       "earn-trust"},
  }));
  CAPTURE(prompt);
  Story filed = LoadOne(FiledUnder(yaml, prompt));
  Story plain = LoadOne(yaml);
  std::vector<float> fresh;
  std::thread([&] { fresh = SignalIndex(Catalog::Default()).Fit(filed); }).join();
  std::vector<float> after_text, after_prompt;
  // A lambda may not capture a structured binding before C++20 (clang
  // refuses it): a plain copy it can.
  std::string question = prompt;
  std::thread([&] {
    SignalIndex index(Catalog::Default());
    index.Fit(plain);
    after_text = index.Fit(filed);
    index.Fit(LoadOne(FiledUnder(kNewAnalyst, question)));
    after_prompt = index.Fit(filed);
  }).join();
  CHECK(after_text == fresh);
  CHECK(after_prompt == fresh);
  size_t rank = RankOf(fresh, id);
  CHECK(rank >= 1);
  CHECK(rank <= 3);
}

TEST_CASE("a thread's word cache, once full, starts again and scores the same") {
  // The cache holds at most 65,536 words: a story of more distinct words
  // fills it, and the next story must score as on a fresh thread.
  std::string many = "title: Many words\naction: I";
  for (int i = 0; i < 70000; ++i) many += " w" + std::to_string(i) + "x";
  many += ".\nresult: Done.\n";
  std::string yaml = testing::StoryYaml(testing::StrongParts());
  std::vector<float> fresh, after;
  std::thread([&] { fresh = SignalIndex(Catalog::Default()).Fit(LoadOne(yaml)); }).join();
  std::thread([&] {
    SignalIndex index(Catalog::Default());
    index.Fit(LoadOne(yaml));
    index.Fit(LoadOne(many));
    after = index.Fit(LoadOne(yaml));
  }).join();
  CHECK(after == fresh);
}

TEST_CASE("lint fills StoryReport::fit only when asked to") {
  std::string yaml = testing::StoryYaml(testing::StrongParts());
  LintOptions options;
  CHECK(LintString("t.yaml", yaml, Catalog::Default(), AllRules(), options)
            .stories[0]
            .fit.empty());
  options.infer = true;
  LintReport r = LintString("t.yaml", yaml, Catalog::Default(), AllRules(), options);
  REQUIRE(r.stories.size() == 1);
  CHECK(r.stories[0].fit.size() == Catalog::Default().principles().size());
  CHECK(r.stories[0].fit == SignalIndex(Catalog::Default()).Fit(LoadOne(yaml)));
}

}  // namespace
}  // namespace starbank
