// The shared per-story analysis: word counts, quantities, pronouns and the
// phrase lists behind the rubric (domain.md). Lists are kept here, in one
// place, so that rules and the score agree on what they found.
#include "starbank/analysis.h"

#include <algorithm>
#include <cctype>

#include "starbank/catalog.h"
#include "text/word_table.h"

namespace starbank {
namespace {

const std::vector<std::string>& VaguePhrases() {
  static const std::vector<std::string> m({
      "huge win", "big win", "massive win", "real win", "a win",
      "huge success", "big success", "great success", "major success",
      "a success", "resounding success", "total success", "complete success",
      "very successful", "hugely successful", "really successful",
      "went well", "went really well", "went very well", "went so well",
      "went great", "went smoothly", "how smoothly", "went off without",
      "was thrilled", "were thrilled", "was happy", "were happy",
      "was very happy", "were very happy", "was really happy",
      "were really happy", "was pleased", "were pleased", "was delighted",
      "were delighted", "was impressed", "were impressed", "was ecstatic",
      "were ecstatic", "was satisfied", "were satisfied", "was excited",
      "were excited", "loved it", "loved the", "everyone loved",
      "everybody loved", "well received", "well-received", "warmly received",
      "positive feedback", "great feedback", "glowing feedback",
      "lots of praise", "got praise", "received praise", "kudos",
      "game changer", "game-changer", "big impact", "huge impact",
      "massive impact", "real impact", "made an impact", "a difference",
      "exceeded expectations", "exceeded all expectations",
      "beyond expectations", "above expectations", "a great outcome",
      "a great result", "great results", "much better", "a lot better",
      "way better", "far better", "significantly improved",
      "greatly improved", "dramatically improved", "vastly improved",
      "really improved", "improved a lot", "thank-you note", "thank you note",
      "thank-you email", "thank you email", "shout-out", "shoutout",
      "shout out", "pat on the back", "was * happy", "were * happy",
      "was * pleased", "were * pleased", "was * satisfied", "were * satisfied",
      "was * impressed", "were * impressed", "was * thrilled",
      "were * thrilled", "was * delighted", "were * delighted",
      "a huge hit", "a big hit", "a hit with", "huge hit", "big hit",
      "instant hit", "received very positively", "received positively",
      "received very well", "received really well", "overwhelmingly positive",
      "very positive", "extremely positive", "really positive",
      "positive response", "praised", "recognized the effort",
      "recognised the effort", "recognized my", "recognised my",
      "recognized our", "recognised our", "recognized the team",
      "recognised the team"});
  return m;
}

const std::vector<std::string>& EffortPhrases() {
  static const std::vector<std::string> m({
      "all-nighter", "all-nighters", "all nighter", "all nighters",
      "pulled an all", "late nights and weekends", "late nights", "late night",
      "long nights",
      "long hours", "long days", "extra hours", "overtime",
      "nights and weekends", "evenings and weekends", "my weekends",
      "our weekends", "their weekends", "every weekend", "whole weekend",
      "entire weekend", "gave up my weekend", "worked weekends",
      "worked the weekend", "worked through the weekend",
      "working weekends", "weekends too", "through the night",
      "through the nights", "around the clock", "midnight oil",
      "worked really hard", "worked very hard", "worked so hard",
      "worked incredibly hard", "worked extremely hard", "worked hard",
      "working hard", "work really hard", "worked tirelessly", "tirelessly",
      "hard work", "sweat and tears", "sleepless", "no sleep",
      "barely slept", "hardly slept", "lost sleep", "how much i put",
      "how much effort", "how hard i", "how hard we", "grinded",
      "hustled", "powered through", "pushed through the night",
      "sacrificed my", "sacrificed our", "burning the candle",
      "put in the hours", "put in extra", "*-hour weeks", "*-hour days",
      "*-hour shifts", "# hour weeks", "# hour days", "double shifts",
      "double shift", "slept at the office", "slept in the office",
      "sleeping at the office", "slept under my desk", "gave up my holidays",
      "gave up my holiday", "gave up my vacation", "gave up our holidays",
      "cancelled my vacation", "canceled my vacation", "cancelled my holiday",
      "canceled my holiday", "skipped my vacation", "round the clock",
      "crunch time"});
  return m;
}

const std::vector<std::string>& SetbackPhrases() {
  static const std::vector<std::string> m({
      "but", "however", "although", "though", "despite", "yet", "until",
      "blocked", "blocker", "blocking", "slipped", "slip", "delay",
      "delayed", "delays", "setback", "setbacks", "obstacle", "obstacles",
      "risk", "risks", "risky", "at risk", "constraint", "constraints",
      "constrained", "outage", "outages", "failed", "failing", "failure",
      "failures", "broke", "broken", "breaking", "bug", "bugs",
      "regression", "regressions", "incident", "incidents", "pushback",
      "pushed back", "disagreed", "disagreement", "objected", "objection",
      "refused", "rejected", "rejection", "denied", "warned", "conflict",
      "conflicting", "quota", "limit", "limits", "limited", "shortage",
      "short-staffed", "understaffed", "unexpected", "unexpectedly",
      "turned out", "surprise", "midway", "halfway", "mid-migration",
      "ran out", "running out", "went offline", "went down", "crashed",
      "crash", "crashes", "leak", "left the company", "left the team",
      "quit", "out sick", "on leave", "parental leave", "freeze", "frozen",
      "deprecated", "breaking change", "skeptical", "resistance",
      "reluctant", "concern", "concerns", "complained", "complaints",
      "escalated", "escalation", "problem", "problems", "challenge",
      "challenges", "tricky", "difficult", "struggled", "stuck",
      "not enough", "couldn't", "could not", "wouldn't", "would not",
      "didn't work", "did not work", "missed", "threatened", "jeopardy",
      "tight", "only", "without", "instead", "rather than", "trade-off",
      "tradeoff", "mistake", "wrong", "miss", "late", "behind schedule",
      "pointed out", "caught", "dropped", "lost", "overloaded",
      "overwhelmed", "throttled", "throttle", "exceeded", "exceed",
      "hard deadline", "deadline", "vetoed", "declined", "pushed",
      "unavailable", "offline", "down for", "half the", "no budget",
      "budget cut", "cut the budget", "changed its", "changed their",
      "changed the", "requirements changed", "scope changed", "shifted",
      "pulled out", "dropped support", "end of life", "end-of-life", "sunset",
      "expired", "vulnerability", "breach", "push back", "mid-project",
      "partway", "weeks in", "days in", "months in", "flaky", "flakes",
      "degraded", "spike", "spiked", "timeouts", "stalled", "slipping",
      "bottleneck", "contention", "single point of failure", "on fire",
      "pressure", "competing", "cannot", "can't", "unable", "hard part",
      "hardest", "complication", "complicated", "catch", "gotcha",
      "skepticism", "doubt", "doubted", "worried", "worry", "fear",
      "feared", "headwind", "dependency", "dependencies", "regulator",
      "ceiling", "ran into", "hit a wall",
      "compliance", "legal", "audit"});
  return m;
}

// Phrases that contain a setback word but name no particular setback:
// abstract obstacles ("overcame many challenges"), which interviewers mark
// down as much as none.
const std::vector<std::string>& AbstractSetbacks() {
  static const std::vector<std::string> m({
      "pushed through all the obstacles", "pushed through the obstacles",
      "pushed through all the challenges", "overcame all the obstacles",
      "overcame all the challenges", "overcame many obstacles",
      "overcame many challenges", "overcame obstacles", "overcame challenges",
      "overcame the obstacles", "overcame the challenges",
      "despite all the challenges", "despite all the obstacles",
      "despite many challenges", "despite many obstacles",
      "despite the challenges", "despite the obstacles", "despite challenges",
      "despite obstacles", "despite setbacks", "despite the setbacks",
      "all the obstacles", "all obstacles", "every obstacle", "many obstacles",
      "several obstacles", "various obstacles", "numerous obstacles",
      "lots of obstacles", "a lot of obstacles", "some obstacles",
      "a few obstacles", "obstacles along the way", "all the challenges",
      "many challenges", "several challenges", "various challenges",
      "numerous challenges", "lots of challenges", "a lot of challenges",
      "some challenges", "a few challenges", "the usual challenges",
      "challenges along the way", "many problems", "various problems",
      "some problems", "a few problems", "many setbacks", "some setbacks",
      "a few setbacks", "several setbacks"});
  return m;
}

// Idioms whose setback word is no contrast at all.
const std::vector<std::string>& NotSetbacks() {
  static const std::vector<std::string> m({"not only", "but also"});
  return m;
}

// Setback words that, in a result, describe the outcome instead:
// "only 3 errors", "shipped without downtime".
const WordTable& ResultOnlyWords() {
  static const WordTable t = {"only", "without"};
  return t;
}

bool Inside(const Span& s, const std::vector<Span>& spans) {
  for (const Span& o : spans) {
    if (s.offset >= o.offset && s.offset < o.offset + o.length) return true;
  }
  return false;
}

const std::vector<std::string>& StockClaims() {
  static const std::vector<std::string> m({
      "aligned stakeholders", "aligned the stakeholders",
      "aligned all stakeholders", "aligned everyone", "drove consensus",
      "drove alignment", "built consensus", "drove the initiative",
      "took ownership", "took full ownership", "got buy-in",
      "secured buy-in", "gained buy-in", "managed stakeholders",
      "managed expectations", "leveraged synergies", "synergy",
      "synergies", "best practices", "outside the box",
      "went above and beyond", "above and beyond", "wore many hats",
      "moved the needle", "communicated effectively",
      "collaborated closely", "cross-functional alignment",
      "facilitated discussions", "spearheaded", "championed",
      "streamlined processes", "raised the bar", "empowered the team",
      "drove results", "delivered value", "added value", "drove impact",
      "paradigm shift", "low-hanging fruit", "circled back"});
  return m;
}

// Every list above, matched in one pass over a section's tokens.
enum PhraseList : uint32_t { kVague, kEffort, kAbstract, kNotSetback, kSetback, kStock };
const PhraseMatcher& SectionPhrases() {
  static const PhraseMatcher m = PhraseMatcher::Lists(
      {VaguePhrases(), EffortPhrases(), AbstractSetbacks(), NotSetbacks(), SetbackPhrases(),
       StockClaims()});
  return m;
}
constexpr uint32_t Bit(PhraseList l) { return 1u << l; }

// The words CountOwnership weighs; every other token costs one lookup.
enum class Pronoun { kNone, kFirstPerson, kWeSubject, kWeObject, kEveryone, kTeam };

Pronoun ClassifyPronoun(const Token& t) {
  // Numbered in the order of kKinds below.
  static const WordTable kWords = {
      "i", "i'd", "i'm", "i've", "i'll", "my", "me", "myself", "mine",
      "we", "we'd", "we're", "we've", "we'll", "ourselves",
      // "our"/"us" often just name the company ("our CI"); they count a quarter.
      "our", "us", "ours", "everyone", "everybody", "team", "group"};
  static const Pronoun kKinds[] = {
      Pronoun::kFirstPerson, Pronoun::kFirstPerson, Pronoun::kFirstPerson,
      Pronoun::kFirstPerson, Pronoun::kFirstPerson, Pronoun::kFirstPerson,
      Pronoun::kFirstPerson, Pronoun::kFirstPerson, Pronoun::kFirstPerson,
      Pronoun::kWeSubject,   Pronoun::kWeSubject,   Pronoun::kWeSubject,
      Pronoun::kWeSubject,   Pronoun::kWeSubject,   Pronoun::kWeSubject,
      Pronoun::kWeObject,    Pronoun::kWeObject,    Pronoun::kWeObject,
      Pronoun::kEveryone,    Pronoun::kEveryone,    Pronoun::kTeam,
      Pronoun::kTeam};
  int id = kWords.Find(t);
  return id < 0 ? Pronoun::kNone : kKinds[id];
}

bool IsPreposition(const std::string& w) {
  static const char* kWords[] = {"to", "with", "for", "of", "from", "on", "by",
                                 "at", "into", "across", "about", "each",
                                 "every", "other", "another", "whose"};
  return std::any_of(std::begin(kWords), std::end(kWords),
                     [&](const char* p) { return w == p; });
}

// Counts pronouns in the action: "I" statements against "we" statements.
void CountOwnership(const std::vector<Token>& t, StoryAnalysis* a) {
  double collective = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    Pronoun kind = ClassifyPronoun(t[i]);
    if (kind == Pronoun::kNone) continue;
    if (kind == Pronoun::kFirstPerson) {
      ++a->first_person;
      continue;
    }
    bool counted = false;
    if (kind == Pronoun::kWeSubject) {
      collective += 1;
      counted = true;
    } else if (kind == Pronoun::kEveryone &&
               (i == 0 || !IsPreposition(t[i - 1].norm))) {
      // "everyone stepped up"; not "demoed it to everyone".
      collective += 1;
      counted = true;
    } else if (kind == Pronoun::kWeObject) {
      collective += 0.25;
      counted = true;
    } else if (kind == Pronoun::kTeam && i > 0 &&
               (Is(t[i - 1], "the") || Is(t[i - 1], "our") ||
                Is(t[i - 1], "my") || Is(t[i - 1], "whole")) &&
               (i < 2 || !IsPreposition(t[i - 2].norm)) &&
               (i + 1 >= t.size() || (!Is(t[i + 1], "whose") &&
                                      !Is(t[i + 1], "'s") &&
                                      !Is(t[i + 1], "lead") &&
                                      t[i + 1].kind == Token::Kind::kWord))) {
      // "The team rewrote ..." as a subject; not "to the team whose ...".
      collective += 1;
      counted = true;
    }
    if (counted) {
      Span s;
      s.offset = t[i].offset;
      s.length = t[i].length;
      s.text = t[i].norm;
      a->collective_spans.push_back(std::move(s));
    }
  }
  a->collective = collective;
}

// Stock claims count only when their sentence has no number, name or quote.
// Sets *end to where the sentence ends, so that the caller judges each
// sentence once (one huge sentence must not be re-read per claim).
bool SentenceIsSpecific(std::string_view text, size_t offset, size_t* end_out) {
  size_t begin = text.find_last_of(".!?\n", offset);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  size_t end = text.find_first_of(".!?\n", offset);
  if (end == std::string_view::npos) end = text.size();
  *end_out = end;
  std::string_view s = text.substr(begin, end - begin);
  for (const Token& t : Tokenize(s)) {
    if (t.kind == Token::Kind::kNumber || Is(t, "\"")) return true;
    unsigned char c = static_cast<unsigned char>(s[t.offset]);
    if (t.kind == Token::Kind::kWord && !t.sentence_start && !Is(t, "i") &&
        t.norm.compare(0, 2, "i'") != 0 && isupper(c) && t.offset > 0) {
      return true;  // a name: a person, team, system or product
    }
  }
  return false;
}

void AddAll(Part part, std::vector<Span> spans, std::vector<Found>* out) {
  for (Span& s : spans) out->push_back(Found{part, std::move(s)});
}

}  // namespace

void ResolvePrinciples(const Story& story, const Catalog& catalog,
                       std::vector<const Principle*>* resolved,
                       std::vector<const PrincipleRef*>* unknown) {
  const auto& refs = story.principles;
  for (size_t i = 0; i < refs.size(); ++i) {
    const Principle* p = catalog.Find(refs[i].name);
    if (p == nullptr && i + 1 < refs.size()) {
      // `[Are Right, A Lot]` reaches us as two items.
      p = catalog.Find(refs[i].name + ", " + refs[i + 1].name);
      if (p != nullptr) ++i;
    }
    if (p == nullptr) {
      unknown->push_back(&refs[i]);
    } else if (std::find(resolved->begin(), resolved->end(), p) == resolved->end()) {
      resolved->push_back(p);
    }
  }
}

StoryAnalysis Analyze(const Story& story, const Catalog& catalog,
                      const AnalysisOptions& options) {
  StoryAnalysis a;
  for (int i = 0; i < kPartCount; ++i) {
    a.words[i] = CountWords(story.parts[i].text);
    a.total_words += a.words[i];
  }
  int wpm = options.words_per_minute > 0 ? options.words_per_minute : 150;
  a.seconds = (a.total_words * 60 + wpm / 2) / wpm;
  int setup = a.words[static_cast<int>(Part::kSituation)] +
              a.words[static_cast<int>(Part::kTask)];
  a.setup_share = a.total_words > 0 ? static_cast<double>(setup) / a.total_words : 0;

  // Each section is tokenized once; every finder below shares its tokens.
  std::vector<Token>* tokens = a.tokens;
  for (int i = 0; i < kPartCount; ++i) tokens[i] = Tokenize(story.parts[i].text);
  const std::string& result = story.part(Part::kResult).text;
  const std::vector<Token>& result_tokens = tokens[static_cast<int>(Part::kResult)];
  a.result_quantities = FindQuantities(result, result_tokens);
  a.result_comparisons = FindComparisons(result, result_tokens);
  CountOwnership(tokens[static_cast<int>(Part::kAction)], &a);

  for (int i = 0; i < kPartCount; ++i) {
    Part part = static_cast<Part>(i);
    const std::string& text = story.parts[i].text;
    if (text.empty()) continue;
    bool claims = part == Part::kAction || part == Part::kResult || part == Part::kTask;
    uint32_t wanted = Bit(kEffort) | (part == Part::kResult ? Bit(kVague) : 0) |
                      (part != Part::kLearning
                           ? Bit(kAbstract) | Bit(kNotSetback) | Bit(kSetback)
                           : 0) |
                      (claims ? Bit(kStock) : 0);
    std::vector<std::vector<Span>> found = SectionPhrases().FindEach(text, tokens[i], wanted);
    if (part == Part::kResult) a.vague_phrases = std::move(found[kVague]);
    AddAll(part, std::move(found[kEffort]), &a.effort_phrases);
    if (part != Part::kLearning) {
      std::vector<Span>& abstract = found[kAbstract];
      const std::vector<Span>& idioms = found[kNotSetback];
      for (Span& s : found[kSetback]) {
        if (Inside(s, abstract) || Inside(s, idioms)) continue;
        if (part == Part::kResult &&
            (Inside(s, a.result_comparisons) || ResultOnlyWords().Contains(ToLower(s.text)))) {
          continue;  // "5 days instead of 3 weeks", "only 3 errors"
        }
        a.setbacks.push_back(Found{part, std::move(s)});
      }
      AddAll(part, std::move(abstract), &a.abstract_setbacks);
    }
    if (claims) {
      size_t sentence_end = 0;  // claims come in text order
      bool specific = false;
      for (Span& s : found[kStock]) {
        if (s.offset >= sentence_end) {
          specific = SentenceIsSpecific(text, s.offset, &sentence_end);
        }
        if (!specific) a.stock_claims.push_back(Found{part, std::move(s)});
      }
    }
  }
  if (!story.tradeoffs.text.empty()) {
    // Trade-offs name constraints by nature; they count as a setback.
    Span s;
    s.text = "tradeoffs";
    a.setbacks.push_back(Found{Part::kAction, s});
  }

  ResolvePrinciples(story, catalog, &a.principles, &a.unknown_principles);
  for (const Principle* p : a.principles) {
    a.expects_setback = a.expects_setback || p->expects_setback;
  }
  return a;
}

}  // namespace starbank
