// The clause reader and the setback finder, row by row, in the ways real
// banks are written: sentences, notes, bullets, lists, non-native English.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/clauses.h"
#include "text/lexicon.h"
#include "text/setbacks.h"
#include "text/tokens.h"

namespace starbank {
namespace {

// Each clause's actor as one letter: S speaker, W we/team, P passive,
// O other, ? unknown.
std::string Actors(const std::string& text, bool items = false) {
  std::vector<Token> t = Tokenize(text);
  std::string out;
  for (const Clause& c : ReadClauses(text, t, items)) {
    switch (c.actor) {
      case Actor::kSpeaker: out += 'S'; break;
      case Actor::kCollective: out += 'W'; break;
      case Actor::kPassive: out += 'P'; break;
      case Actor::kOther: out += 'O'; break;
      case Actor::kUnknown: out += '?'; break;
    }
  }
  return out;
}

TEST_CASE("lexicon: verb forms from WordNet") {
  struct Row {
    const char* word;
    VerbForm form;
    const char* lemma;
  };
  const Row rows[] = {
      {"wrote", VerbForm::kPast, "write"},     {"slipped", VerbForm::kPast, "slip"},
      {"profiled", VerbForm::kPast, "profile"}, {"parallelized", VerbForm::kPast, "parallelize"},
      {"sharded", VerbForm::kPast, ""},         {"shipping", VerbForm::kGerund, "ship"},
      {"making", VerbForm::kGerund, "make"},    {"began", VerbForm::kPast, "begin"},
      {"cache", VerbForm::kBase, "cache"},      {"moves", VerbForm::kThird, "move"},
      {"schema", VerbForm::kNone, ""},          {"the", VerbForm::kNone, ""},
  };
  for (const Row& r : rows) {
    INFO(r.word);
    std::string lemma;
    CHECK(ClassifyVerb(r.word, &lemma) == r.form);
    CHECK(lemma == r.lemma);
  }
}

TEST_CASE("lexicon: a token's remembered verb form is the word's, asked again or copied") {
  // Forms whose lemma is empty ("sharded", "schema"), the word itself
  // ("cache") and another word ("wrote"): the three ways a token keeps it.
  std::vector<Token> t = Tokenize("Sharded the schema, cache it; she wrote and moves on.");
  for (int pass = 0; pass < 2; ++pass) {  // the second pass reads the memo
    for (const Token& k : t) {
      INFO(k.norm << " pass " << pass);
      std::string want_lemma, got_lemma = "stale";
      VerbForm want = ClassifyVerb(std::string_view(k.norm), &want_lemma);
      CHECK(ClassifyVerb(k, &got_lemma) == want);
      CHECK(got_lemma == want_lemma);
      CHECK(ClassifyVerb(k) == want);
      CHECK(VerbLemma(k) == want_lemma);
    }
  }
  // A copy forgets the memo: its norm may change, as the setback finder's
  // singular of a plural subject does.
  size_t at = 0;
  while (at < t.size() && t[at].norm != "wrote") ++at;
  REQUIRE(at < t.size());
  const Token& wrote = t[at];
  REQUIRE(ClassifyVerb(wrote) == VerbForm::kPast);
  Token other = wrote;
  other.norm = "schema";
  other.hash = HashWord(other.norm);
  std::string lemma = "stale";
  CHECK(ClassifyVerb(other, &lemma) == VerbForm::kNone);
  CHECK(lemma.empty());
  // A token built by hand without its hash is looked up by its word.
  Token bare{Token::Kind::kWord, "slipped", 0, 7, false};
  CHECK(ClassifyVerb(bare, &lemma) == VerbForm::kPast);
  CHECK(lemma == "slip");
}

TEST_CASE("lexicon: the verb cache answers the same after words crowd it out") {
  // More words than the cache holds (4,096 slots), then the first ones
  // again: a bucket that gave up a slot must classify the word anew.
  std::vector<std::string> words = {"wrote", "slipped", "cache", "moves", "schema"};
  std::vector<VerbForm> first;
  std::vector<std::string> lemmas;
  for (const std::string& w : words) {
    std::string lemma;
    first.push_back(ClassifyVerb(w, &lemma));
    lemmas.push_back(lemma);
  }
  for (int n = 0; n < 20000; ++n) ClassifyVerb("zq" + std::to_string(n) + "ed");
  for (size_t i = 0; i < words.size(); ++i) {
    INFO(words[i]);
    std::string lemma;
    CHECK(ClassifyVerb(words[i], &lemma) == first[i]);
    CHECK(lemma == lemmas[i]);
  }
  CHECK(first[0] == VerbForm::kPast);
  CHECK(lemmas[0] == "write");
}

TEST_CASE("clauses: who acts in each one") {
  struct Row {
    const char* text;
    bool items;
    const char* want;
  };
  const Row rows[] = {
      // Notes and résumé lines: the dropped subject is the speaker.
      {"Profiled the checkout path; parallelized two calls; shipped behind a flag.", false,
       "SSS"},
      {"- Designed the schema\n- Wrote the backfill\n- Ran it in four waves", false, "SSS"},
      {"Designed the schema\nWrote the backfill", true, "SS"},
      {"Cache the venue layouts at the edge; move it off the hot path.", false, "SS"},
      // "the team" as an object is still the speaker acting.
      {"I asked the team to review the plan. I paired with the team lead.", false, "SS"},
      {"I showed the whole team the dashboard.", false, "S"},
      // "we" and "the team" as the acting subject.
      {"We migrated the jobs. The team decided to keep the old path.", false, "WW"},
      {"- we split the backlog\n- we shipped weekly", false, "WW"},
      {"I wrote the plan and we shipped it in two weeks.", false, "SW"},
      {"Everyone stepped up; the whole team reviewed every change.", false, "WW"},
      {"I released it to 10% of users, then 50%, then everyone.", false, "S"},
      // Agentless passives hide who acted; a named agent does not.
      {"The flag was flipped and a rollback was initiated.", false, "PP"},
      {"The change was reviewed by the on-call engineer.", false, "O"},
      {"The migration was approved by me after a dry run.", false, "S"},
      // Introductions before the subject.
      {"After the rollback, I paged the vendor.", false, "S"},
      {"Two days before launch, the vendor changed its API.", false, "O"},
      {"Working with the DBA, I rebuilt the index.", false, "S"},
      {"Then we cut the scope.", false, "W"},
      {"Every Friday I read the tickets.", false, "S"},
      {"Sarah and I paired on the parser.", false, "S"},
      {"My manager disagreed. My first step was a load test.", false, "OS"},
      // Written by someone whose first language is not English.
      {"Me and team lead discussed; I take decision to rollback.", false, "SS"},
  };
  for (const Row& r : rows) {
    INFO(r.text);
    CHECK(Actors(r.text, r.items) == r.want);
  }
}

TEST_CASE("clauses: negation scope") {
  struct Row {
    const char* text;
    const char* word;
    bool negated;
  };
  const Row rows[] = {
      {"on-call engineers no longer pulled late nights", "late", true},
      {"I asked the team not to work weekends", "weekends", true},
      {"I worked late nights for a month", "late", false},
      {"we stopped the weekend deploys; I worked weekends", "weekend", true},
      {"I worked weekends and the pages never stopped", "weekends", false},
  };
  for (const Row& r : rows) {
    INFO(r.text);
    std::string text = r.text;
    std::vector<Token> t = Tokenize(text);
    std::vector<Clause> c = ReadClauses(text, t, false);
    size_t i = 0;
    while (i < t.size() && !Is(t[i], r.word)) ++i;
    REQUIRE(i < t.size());
    const Clause* at = ClauseAt(c, i);
    REQUIRE(at != nullptr);
    CHECK(Negated(t, *at, i) == r.negated);
  }
}

std::vector<std::string> Setbacks(const std::string& text, SetbackScope scope,
                                  bool items = false) {
  std::vector<Token> t = Tokenize(text);
  std::vector<Clause> c = ReadClauses(text, t, items);
  std::vector<std::string> out;
  for (const Span& s : FindSetbacks(text, t, c, scope, {})) out.push_back(s.text);
  return out;
}

TEST_CASE("setbacks: told without setback words, in any style") {
  struct Row {
    const char* text;
    SetbackScope scope;
    std::vector<std::string> want;
  };
  const auto kAction = SetbackScope::kAction;
  const auto kSetup = SetbackScope::kSetup;
  const Row rows[] = {
      {"A week before go-live the supplier started shipping stale firmware; I pinned "
       "the last good build.", kAction, {"A week before"}},
      {"Spot capacity dried up in our region, so I moved the runners to on-demand.",
       kAction, {"dried up"}},
      {"The card vendor had no sandbox for refunds; wrote a stub from their docs.",
       kAction, {"had no"}},
      {"- legal refused the data share\n- rebuilt the report on aggregates", kAction,
       {"refused"}},
      {"Halfway through, our only DBA left the company.", kAction, {"Halfway"}},
      {"Our only DBA left the company in March.", kAction, {"left"}},
      {"The supplier shipped stale firmware to half the fleet.", kAction, {"stale"}},
      {"It flagged stale deals for the sales leads.", kAction, {}},
      {"Every Friday I read the tickets and wrote the missing replies.", kAction, {}},
      {"Then search team change the index format in the middle.", kAction, {"change"}},
      {"Store review team reject first build because privacy text missing.", kAction,
       {"reject"}},
      {"Finance cut the budget by half in week three.", kAction, {"cut"}},
      {"- Vendor's index API capped us at 10 updates a minute; batched reindexing nightly",
       kAction, {"capped"}},
      {"- Capped retries at 3 and added jitter", kAction, {}},
      {"The load test showed the old queue couldn't keep up at 2x.", kAction,
       {"couldn't keep"}},
      {"The launch date was fixed by a contract, with the next on-sale 19 days out.",
       kSetup, {"fixed"}},
      {"The launch date was set by a contract, with the next on-sale 19 days out.",
       kSetup, {"19 days out"}},
      {"I missed the first date by a week.", kSetup, {"missed"}},
      {"Only two engineers for a 40-service migration.", kSetup, {"Only two engineers"}},
      // Neutral nouns name no setback.
      {"Ran a one-hour bug bash with two designers and fixed the list.", kAction, {}},
      {"Presented the plan at the quarterly risk review, where it was accepted.",
       kAction, {}},
      {"I watched the crash rate dashboard and the logs for a week.", kAction, {}},
      {"Wrote runbooks for incidents and a failover drill script.", kAction, {}},
      // Outcomes and the speaker's own moves are no obstacle.
      {"This cut p95 by 40% and dropped errors to zero.", kAction, {}},
      {"I cut the scope to the two screens with the most traffic.", kAction, {}},
      {"No outages during the cutover; zero incidents in the first month.", kAction, {}},
      // The situation's problem is what the story solves.
      {"Checkout was slow and the CI suite was flaky.", kSetup, {}},
      // A result only counts a contrast clause.
      {"Shipped on the date despite the vendor outage.", SetbackScope::kResult,
       {"outage"}},
      {"Error rate fell from 2% to 0.3%.", SetbackScope::kResult, {}},
  };
  for (const Row& r : rows) {
    INFO(r.text);
    CHECK(Setbacks(r.text, r.scope) == r.want);
  }
}

}  // namespace
}  // namespace starbank
