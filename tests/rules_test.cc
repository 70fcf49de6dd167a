// Each rule against real story text: cases where it must fire and cases
// where it must stay silent. Every row starts from a strong story and
// replaces one or more of its parts.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "lint/rule.h"
#include "rules/registry.h"
#include "test_util.h"

namespace starbank {
namespace {

using Overrides = std::vector<std::pair<std::string, std::string>>;

struct Case {
  const char* rule;
  bool fires;
  Overrides parts;
};

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += (i ? " " : "") + s;
  return out;
}

const std::string kSmoothAction =
    "I interviewed eight managers about the numbers they used, modelled the "
    "pipeline stages in the warehouse, built the dashboard with filters by "
    "region, and rolled it out to every region with a short video walkthrough.";

std::vector<Case> Cases() {
  return {
      // unquantified-result
      {"unquantified-result", true,
       {{"result", "The new flow shipped on time and support tickets about it mostly "
                   "disappeared."}}},
      {"unquantified-result", true,
       {{"result", "Customers stopped complaining and the dashboard became the default view."}}},
      {"unquantified-result", true,
       {{"result", "It launched in Q3 2024 and the p95 graph looks healthy on v2.1.0."}}},
      {"unquantified-result", true,
       {{"result", "No one complained after the 3rd rollout wave."}}},
      {"unquantified-result", false, {{"result", "Tickets fell from 120 a week to 15."}}},
      {"unquantified-result", false,
       {{"result", "The build now takes a third of its old time, saving three "
                   "engineer-months a year."}}},
      {"unquantified-result", false,
       {{"result", "Cloud spend dropped by $45k a month (\xE2\x88\x92" "38%)."}}},
      {"unquantified-result", false, {{"result", "Throughput doubled on the same hardware."}}},
      {"unquantified-result", false, {{"result", "On-call pages fell by half within a dozen weeks."}}},
      {"unquantified-result", false, {{"result", "We handled 2000 requests a second at peak."}}},
      {"unquantified-result", false, {{"result", "Checkout p95 went from 1.8s to 280ms."}}},
      // no-baseline
      {"no-baseline", true,
       {{"result", "The service now handles 1,200 requests per second and serves 40 teams."}}},
      {"no-baseline", true,
       {{"result", "A new hire makes a first deploy in 20 minutes, and the guide is rated "
                   "4.6 stars."}}},
      {"no-baseline", true,
       {{"result", "More than 300 users signed up in the first week."}}},
      {"no-baseline", false,
       {{"result", "p95 latency went from 1.8 s to 280 ms (\xE2\x88\x92" "84%)."}}},
      {"no-baseline", false,
       {{"result", "p95 1.8 s \xE2\x86\x92 280 ms, and errors 2% -> 0.1%."}}},
      {"no-baseline", false, {{"result", "Error rate is down 42% on the quarter."}}},
      {"no-baseline", false,
       {{"result", "We held 99.95% availability against a target of 99.9%."}}},
      {"no-baseline", false, {{"result", "Deploys are 3x faster and cost $2k less a month."}}},
      {"no-baseline", false, {{"result", "Cut cold-start time by 40% across 12 services."}}},
      {"no-baseline", false, {{"result", "It shipped 4 days ahead of the 30-day estimate."}}},
      // vague-result
      {"vague-result", true,
       {{"result", "Hold times fell from 11 to 4 minutes. Customers were extremely "
                   "happy."}}},
      {"vague-result", false,
       {{"result", "Hold times fell from 11 to 4 minutes and customers were extremely "
                   "happy."}}},
      {"vague-result", true,
       {{"result", "Feedback on the 3 new pages was overwhelmingly positive."}}},
      {"vague-result", true,
       {{"result", "My director praised the rollout, which reached 12 teams."}}},
      {"vague-result", false,
       {{"result", "Revenue took a hit of 3% in the cutover week, then recovered to "
                   "104% of the old baseline by week 4."}}},
      {"vague-result", true,
       {{"result", "Conversion rose from 2.1% to 2.9%. The VP sent the team a "
                   "thank-you note."}}},
      {"vague-result", false,  // the sentence already gives the change
       {{"result", "Conversion rose from 2.1% to 2.9% against a 2.5% goal, and the VP "
                   "sent the team a thank-you note."}}},
      {"vague-result", true,  // praise next to a number in another sentence
       {{"result", "- Onboarding took 3 days instead of 9\n- Onboarding became much "
                   "smoother"}}},
      {"vague-result", true,
       {{"result", "Tickets fell from 120 to 15 a week. Leadership was thrilled and it "
                   "was a huge win."}}},
      {"vague-result", false,
       {{"result", "Latency dropped from 900 ms to 200 ms and the launch went really well."}}},
      {"vague-result", true,
       {{"result", "Latency dropped from 900 ms to 200 ms. Overall the launch went really "
                   "well."}}},
      {"vague-result", true,
       {{"result", "The migration finished in 3 weeks and everyone loved the new tooling."}}},
      {"vague-result", false,
       {{"result", "Tickets fell from 120 to 15 a week, and on-call load dropped by half."}}},
      {"vague-result", false,
       {{"result", "Finance approved 2 more quarters of funding after error rates fell "
                   "from 3% to 0.2%."}}},
      // we-ownership
      {"we-ownership", true,  // passive voice: nobody acts
       {{"action", "The pipeline was profiled and the slow test stage was identified. The "
                   "suite was sharded and the images were cached, though the cache kept "
                   "going stale until the keys were changed."}}},
      {"we-ownership", false,
       {{"action", "The pipeline was profiled first. I sharded the suite and cached the "
                   "images, and when the cache kept going stale I keyed it on the lockfile."}}},
      {"we-ownership", true,
       {{"action", "We split the work into three streams. The team rewrote the parser "
                   "and we load-tested it. Everyone stepped up, and we shipped it in a "
                   "week."}}},
      {"we-ownership", true,
       {{"action", "We designed it, we built it, and we shipped it. I reviewed the plan."}}},
      {"we-ownership", true,
       {{"action", "The team rewrote the jobs as DAGs and we added alerts for each owner."}}},
      {"we-ownership", false,
       {{"action", "I designed the schema and I wrote the migration. I asked our SRE to "
                   "review it, and we paired on the rollout plan. I ran the cutover "
                   "myself and I watched the error budget through the night."}}},
      {"we-ownership", false,
       {{"action", "I wrote the proposal and sent it to the team whose service depended "
                   "on ours. I demoed it to everyone in the weekly review and I merged "
                   "it after their sign-off."}}},
      // no-setback (Deliver Results expects one)
      {"no-setback", true,
       {{"situation", "Sales managers asked for a weekly pipeline dashboard."},
        {"task", "I owned building it for the 20 regional managers."},
        {"action", kSmoothAction}}},
      {"no-setback", false,
       {{"situation", "Sales managers asked for a weekly pipeline dashboard."},
        {"task", "I owned building it for the 20 regional managers."},
        {"action", kSmoothAction + " Two weeks in, the CRM vendor changed its export API, "
                                   "so I moved the sync to their event stream."}}},
      {"no-setback", false,
       {{"situation", "Sales managers asked for a weekly pipeline dashboard."},
        {"task", "I owned building it for the 20 regional managers, but the data team "
                 "could give me only one sprint of analyst time."},
        {"action", kSmoothAction}}},
      {"no-setback", true,  // obstacles named only in the abstract
       {{"situation", "Sales managers asked for a weekly pipeline dashboard."},
        {"task", "I owned building it for the 20 regional managers."},
        {"action", kSmoothAction + " I pushed through all the obstacles and overcame "
                                   "many challenges along the way."}}},
      {"no-setback", true,  // an idiom, not an obstacle
       {{"situation", "Sales managers asked for a weekly pipeline dashboard."},
        {"task", "I owned building it for the 20 regional managers."},
        {"action", kSmoothAction + " It not only showed the pipeline but also "
                                   "flagged stale deals."}}},
      {"no-setback", true,  // result words that describe the outcome
       {{"situation", "Sales managers asked for a weekly pipeline dashboard."},
        {"task", "I owned building it for the 20 regional managers."},
        {"action", kSmoothAction},
        {"result", "Forecast prep takes 40 minutes instead of 6 hours, with only 2 "
                   "data fixes in the first quarter and without downtime."}}},
      {"no-setback", false,  // abstract, then specific
       {{"situation", "Sales managers asked for a weekly pipeline dashboard."},
        {"task", "I owned building it for the 20 regional managers."},
        {"action", kSmoothAction + " I overcame many challenges; the worst was a CRM "
                                   "export that slipped two weeks."}}},
      {"no-setback", false,
       {{"situation", "Sales managers asked for a weekly pipeline dashboard."},
        {"task", "I owned building it for the 20 regional managers."},
        {"action", kSmoothAction + " The warehouse hit a memory ceiling at month end, "
                                   "so I pre-aggregated by week."}}},
      // effort-over-outcome
      {"effort-over-outcome", true,
       {{"action", kSmoothAction + " I pulled two all-nighters to get it over the line."}}},
      {"effort-over-outcome", true,
       {{"action", kSmoothAction + " I gave up most of my weekends that month."}}},
      {"effort-over-outcome", true,
       {{"learning", "Working really hard pays off: I worked really hard and it showed."}}},
      {"effort-over-outcome", true,
       {{"action", kSmoothAction + " I pulled 80-hour weeks for a month to finish it."}}},
      {"effort-over-outcome", true,
       {{"action", kSmoothAction + " I basically slept at the office during the cutover."}}},
      {"effort-over-outcome", true,
       {{"action", kSmoothAction + " I gave up my holidays and took double shifts "
                                   "through the launch."}}},
      {"effort-over-outcome", false,
       {{"action", kSmoothAction + " I ran a 24-hour soak test before the cutover, "
                                   "and it caught a blocker."}}},
      {"effort-over-outcome", false,
       {{"action", kSmoothAction + " I cut the 40 hour weekly report job to 10 minutes, "
                                   "and a blocker surfaced."}}},
      {"effort-over-outcome", false,
       {{"action", kSmoothAction + " I scheduled the cutover for the weekend, when "
                                   "traffic is lowest, and a blocker surfaced."}}},
      {"effort-over-outcome", false,
       {{"action", kSmoothAction + " I automated the weekend batch so nobody had to "
                                   "watch it, and it broke once."}}},
      // unsupported-claim
      {"unsupported-claim", true,
       {{"action", kSmoothAction + " Then I aligned stakeholders and drove consensus on "
                                   "the approach despite pushback."}}},
      {"unsupported-claim", false,
       {{"action", kSmoothAction + " I aligned stakeholders from Finance and Legal on a "
                                   "2-week freeze despite pushback."}}},
      // length
      {"too-long", true,
       {{"action", Repeat("I rewrote the parser and I tested it against the old one, "
                          "which caught a bug.", 24)}}},
      {"too-long", false, {}},
      {"too-short", true,
       {{"situation", "Builds were slow."}, {"task", "I owned it."},
        {"action", "I added a cache, but it broke once."},
        {"result", "Builds went from 40 to 12 minutes."},
        {"learning", "Measure first."}}},
      {"too-short", false, {}},
      {"long-setup", true,
       {{"situation", Repeat("Our billing pipeline ran nightly and fed the finance "
                             "reports that the controllers read each morning.", 6)}}},
      {"long-setup", false, {}},
      // missing-learning
      {"missing-learning", true, {{"learning", "<absent>"}}},
      {"missing-learning", true, {{"learning", ""}}},
      {"missing-learning", false, {}},
      // missing-section
      {"missing-section", true, {{"task", "<absent>"}}},
      {"missing-section", true, {{"result", ""}}},
      {"missing-section", true, {{"principles", "[]"}}},
      {"missing-section", true, {{"title", "<absent>"}}},
      {"missing-section", false, {}},
      // unknown-principle
      {"unknown-principle", true, {{"principles", "[Frugalty]"}}},
      {"unknown-principle", true, {{"principles", "[Deliver Results, Synergy]"}}},
      {"unknown-principle", false, {{"principles", "[frugality, dive-deep]"}}},
      {"unknown-principle", false, {{"principles", "[Have Backbone]"}}},
      {"unknown-principle", false, {{"principles", "[Disagree and Commit]"}}},
      {"unknown-principle", false, {{"principles", "[Are Right, A Lot]"}}},
      {"unknown-principle", false, {{"principles", "[\"Are Right, A Lot\", Ownership]"}}},
      // unknown-field
      {"unknown-field", true, {{"situaton", "typo"}}},
      {"unknown-field", true, {{"impact", "a number"}}},
      {"unknown-field", false, {{"tags", "[latency]"}}},
  };
}

TEST_CASE("the strong base story fires no rule") {
  CHECK(testing::FiredRules(testing::StoryYaml(testing::StrongParts())).empty());
}

TEST_CASE("each rule fires where it should and stays silent where it should not") {
  for (const Case& c : Cases()) {
    REQUIRE(FindRule(c.rule) != nullptr);
    auto parts = testing::StrongParts();
    for (const auto& [k, v] : c.parts) parts[k] = v;
    std::string yaml = testing::StoryYaml(parts);
    std::set<std::string> fired = testing::FiredRules(yaml);
    INFO("rule " << c.rule << (c.fires ? " should fire" : " should stay silent")
                 << " on:\n" << yaml);
    CHECK(fired.count(c.rule) == (c.fires ? 1u : 0u));
  }
}

TEST_CASE("confidential-term finds whole terms and trailing-* prefixes") {
  LintOptions options;
  options.confidential = {"Northwind", "falcon*"};
  auto fires = [&](const std::string& situation) {
    auto parts = testing::StrongParts();
    parts["situation"] = situation;
    return testing::FiredRules(testing::StoryYaml(parts), options).count("confidential-term");
  };
  CHECK(fires("Northwind's search was slow for 3 months.") == 1);
  CHECK(fires("The Falcon project's search was slow for 3 months.") == 1);
  CHECK(fires("Project Falconry's search was slow for 3 months.") == 1);  // prefix
  CHECK(fires("The north wind of traffic made search slow for 3 months.") == 0);
  CHECK(fires("Our fal con search was slow for 3 months.") == 0);
  CHECK(fires("A falco peregrinus logo sat on a slow search page.") == 0);
}

TEST_CASE("no-setback quotes an obstacle named only in the abstract") {
  auto parts = testing::StrongParts();
  parts["situation"] = "Sales managers asked for a weekly pipeline dashboard.";
  parts["task"] = "I owned building it for the 20 regional managers.";
  parts["action"] = kSmoothAction + " Despite many challenges, I shipped it.";
  LintReport r = LintString("t.yaml", testing::StoryYaml(parts), Catalog::Default(), AllRules());
  std::vector<std::string> messages;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.rule == "no-setback") messages.push_back(d.message);
  }
  REQUIRE(messages.size() == 1);
  CHECK(messages[0].rfind("'Despite many challenges' names no particular setback", 0) == 0);
}

TEST_CASE("we-ownership tightens with level") {
  auto parts = testing::StrongParts();
  parts["action"] =
      "I chose the queue and I wrote the consumer. We load-tested it and we tuned "
      "the batch size. I ran the cutover and I wrote the runbook.";
  std::string yaml = testing::StoryYaml(parts);
  LintOptions l5, l7;
  l5.level = 5;
  l7.level = 7;
  CHECK(testing::FiredRules(yaml, l5).count("we-ownership") == 1);
  CHECK(testing::FiredRules(yaml, l7).count("we-ownership") == 0);
}

TEST_CASE("no-setback is a warning only where the principle expects one") {
  auto parts = testing::StrongParts();
  parts["situation"] = "Sales managers asked for a weekly pipeline dashboard.";
  parts["task"] = "I owned building it for the 20 regional managers.";
  parts["action"] = kSmoothAction;
  auto severity_for = [&](const std::string& principles) {
    parts["principles"] = principles;
    LintReport r = LintString("t.yaml", testing::StoryYaml(parts), Catalog::Default(), AllRules());
    for (const Diagnostic& d : r.diagnostics) {
      if (d.rule == "no-setback") return std::string(SeverityName(d.severity));
    }
    return std::string("none");
  };
  CHECK(severity_for("[Deliver Results]") == "warning");
  CHECK(severity_for("[Learn and Be Curious]") == "info");
}

TEST_CASE("spoken time follows --wpm") {
  auto parts = testing::StrongParts();
  std::string yaml = testing::StoryYaml(parts);
  LintOptions slow;
  slow.words_per_minute = 80;
  CHECK(testing::FiredRules(yaml).count("too-long") == 0);
  CHECK(testing::FiredRules(yaml, slow).count("too-long") == 1);
}

TEST_CASE("rule overrides change severity or turn a rule off") {
  auto parts = testing::StrongParts();
  parts["learning"] = "<absent>";
  std::string yaml = testing::StoryYaml(parts);
  LintOptions o;
  o.rule_overrides["missing-learning"] = Severity::kError;
  LintReport r = LintString("t.yaml", yaml, Catalog::Default(), AllRules(), o);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].severity == Severity::kError);
  o.rule_overrides["missing-learning"] = std::nullopt;
  CHECK(LintString("t.yaml", yaml, Catalog::Default(), AllRules(), o).diagnostics.empty());
}

TEST_CASE("findings point at the words they are about") {
  auto parts = testing::StrongParts();
  parts["result"] = "Tickets fell from 120 to 15 a week.\nLeadership was thrilled.";
  std::string yaml = testing::StoryYaml(parts);
  LintReport r = LintString("t.yaml", yaml, Catalog::Default(), AllRules());
  REQUIRE(r.diagnostics.size() == 1);
  // result: | is line 9; its second text line is line 11, indented 2.
  CHECK(FormatDiagnostic(r.diagnostics[0]) ==
        "t.yaml:11:14: warning: 'was thrilled' is praise, not a result; replace it "
        "with what changed and by how much [vague-result]");
}

TEST_CASE("every rule describes itself") {
  std::string previous;
  for (const auto& rule : AllRules()) {
    CHECK(!rule->summary().empty());
    CHECK(rule->id() > previous);  // one alphabetical list
    previous = rule->id();
  }
}

}  // namespace
}  // namespace starbank
