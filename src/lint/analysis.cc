// The shared per-story analysis: word counts, quantities, pronouns and the
// phrase lists behind the rubric (domain.md). Lists are kept here, in one
// place, so that rules and the score agree on what they found.
#include "lint/analysis.h"

#include <algorithm>
#include <cctype>

#include "starbank/catalog.h"
#include "text/clauses.h"
#include "text/lexicon.h"
#include "text/phrases.h"
#include "text/quantities.h"
#include "text/setbacks.h"
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
      "crunch time", "lived at the office", "living at the office",
      "practically lived", "practically moved into", "moved into the office",
      "basically lived", "hours straight", "days straight", "nights straight",
      "# hours straight", "# days straight", "skipped meals", "skipped lunch",
      "skipped dinner", "skipping meals", "night after night",
      "weekend after weekend", "seven days a week", "worked nights", "working nights", "pulled all-nighters",
      "on my vacation", "during my vacation", "from my vacation",
      "on my honeymoon", "at my * wedding", "until # am", "until #am", "till # am",
      "every night until", "stayed every night", "stay every night", "stayed late every",
      "stay late every", "stayed until midnight", "until midnight every", "every waking hour", "without a break", "no days off", "never logged off", "blood, sweat"});
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
enum PhraseList : uint32_t { kVague, kEffort, kAbstract, kStock };
const PhraseMatcher& SectionPhrases() {
  static const PhraseMatcher m = PhraseMatcher::Lists(
      {VaguePhrases(), EffortPhrases(), AbstractSetbacks(), StockClaims()});
  return m;
}
constexpr uint32_t Bit(PhraseList l) { return 1u << l; }

// Who acts in each clause of the action: the speaker (I, or a leading
// verb in notes and bullets), we / the team, an agentless passive, others.
// "We were thrilled" tells how the team felt, not what it did.
void CountOwnership(const std::vector<Token>& t, const std::vector<Clause>& clauses,
                    StoryAnalysis* a) {
  for (const Clause& c : clauses) {
    switch (c.actor) {
      case Actor::kSpeaker: ++a->first_person; break;
      case Actor::kPassive: ++a->passive; break;
      case Actor::kCollective: {
        if (TellsState(t, c)) break;  // "the team was thrilled": no one acts
        a->collective += 1;
        Span s;
        s.offset = t[c.actor_token].offset;
        s.length = t[c.actor_token].length;
        s.text = t[c.actor_token].norm;
        a->collective_spans.push_back(std::move(s));
        break;
      }
      default: break;
    }
  }
  a->action_clauses = static_cast<int>(clauses.size());
}

// Effort said in a negation is no celebration: "no longer pulled late
// nights", "asked the team not to work weekends".
// Effort measured down is an outcome: "mandatory overtime went from 6
// shifts a month to 1", "cut after-hours pages by 80%".
bool ClauseReduces(const std::vector<Token>& t, const Clause& c, size_t i) {
  static const WordTable kDown = {"fell", "dropped", "decreased", "declined", "halved",
                                  "down", "eliminated", "reduced", "cut", "lower",
                                  "fewer", "less", "ended", "removed", "shrank"};
  bool from = false;
  // Near the phrase only, so a huge clause costs no more than a short one.
  size_t lo = i > c.begin + 8 ? i - 8 : c.begin;
  size_t hi = std::min(c.end, i + 16);
  for (size_t k = lo; k < hi; ++k) {
    if (kDown.Contains(t[k])) return true;
    if (Is(t[k], "from")) from = true;
    if (from && Is(t[k], "to")) return true;
  }
  return false;
}

// Phrases that also describe machines: "test environments ran around the
// clock" is no effort of anyone's.
bool MachinePhrase(std::string_view phrase) {
  std::string p = ToLower(phrase);
  return p == "around the clock" || p == "round the clock" || p == "through the night" ||
         p == "through the nights" || p == "long hours" || p == "long days";
}

// "Scheduled the batch for late nights", "moved the deploys to weekends",
// "the job was set for late nights": the phrase says when a thing runs,
// not that anyone worked then. It follows "for", "to" or "into" right
// after the object of the clause's verb, an object that names no people,
// or right after a passive participle. "Asked the team for late nights"
// and "stayed for late nights" are still effort.
bool WhenAThingRuns(const std::vector<Token>& t, const Clause& c, size_t i) {
  static const WordTable kSlot = {"for", "to", "into"};
  static const WordTable kEffortVerbs = {"work", "stay", "spend", "put", "pull",
                                         "push", "give", "sacrifice", "grind"};
  if (i < c.begin + 2 || !kSlot.Contains(t[i - 1])) return false;
  size_t prep = i - 1;
  // The verb: the subject's own word ("Scheduled ...") or the first finite
  // verb after it ("I scheduled", "the team moved"), or the participle of a
  // passive ("the job was set").
  size_t v = c.actor_token;
  bool passive = c.actor == Actor::kPassive;
  if (passive) {
    for (++v; v < prep && ClassifyVerb(t[v].norm) != VerbForm::kPast; ++v) {
    }  // over adverbs: "was quietly moved"
  } else if (c.actor == Actor::kSpeaker || c.actor == Actor::kCollective) {
    VerbForm f = ClassifyVerb(t[v].norm);
    if (!(f == VerbForm::kPast || f == VerbForm::kThird) || NamesPeople(t[v])) {
      size_t k = v + 1;
      while (k < prep && k <= v + 4 && ClassifyVerb(t[k].norm) != VerbForm::kPast &&
             ClassifyVerb(t[k].norm) != VerbForm::kThird) {
        ++k;
      }
      v = k;
    }
  } else {
    return false;
  }
  if (v >= prep || t[v].kind != Token::Kind::kWord) return false;
  if (kEffortVerbs.Contains(VerbLemma(t[v].norm))) return false;
  size_t object = prep - v - 1;  // words between the verb and "for"
  if (passive) return object == 0;
  if (object == 0 || object > 5) return false;
  for (size_t k = v + 1; k < prep; ++k) {
    if (t[k].kind != Token::Kind::kWord || NamesPeople(t[k])) return false;
  }
  return true;
}

// Effort not celebrated: negated ("no longer pulled late nights", "asked
// the team not to work weekends"), measured down, said of machines, or
// the time a thing was set to run.
// "the overtime budget", "overtime pay": the effort word names a cost or
// a rule, not hours anyone celebrates.
bool ModifiesACostNoun(const std::vector<Token>& t, const Span& s) {
  static const WordTable kNouns = {
      "budget", "budgets", "pay", "payments", "cost", "costs", "spend", "spending",
      "bill", "bills", "policy", "policies", "rules", "rule", "rate", "rates", "claims",
      "approval", "approvals", "allowance", "premium", "premiums", "line", "expense",
      "expenses", "request", "requests", "limit", "limits", "cap", "caps"};
  size_t end = TokenAt(t, s.offset + s.length);
  return end < t.size() && t[end].offset == s.offset + s.length + 1 && kNouns.Contains(t[end]);
}

void DropUncelebrated(const std::vector<Token>& t, const std::vector<Clause>& clauses,
                      bool setup, std::vector<Span>* spans) {
  spans->erase(std::remove_if(spans->begin(), spans->end(), [&](const Span& s) {
    size_t i = TokenAt(t, s.offset);
    if (i >= t.size() || t[i].offset != s.offset) return false;
    const Clause* c = ClauseAt(clauses, i);
    if (c == nullptr) return false;
    if (Negated(t, *c, i) || ClauseReduces(t, *c, i) || WhenAThingRuns(t, *c, i) ||
        ModifiesACostNoun(t, s)) {
      return true;
    }
    // In the situation and task, someone else's hours are the problem the
    // story solves ("support staff worked weekends to clear the queue"),
    // not the speaker celebrating; "we" and "the team" include the speaker.
    if (setup && c->actor == Actor::kOther) return true;
    bool person = c->actor == Actor::kSpeaker || c->actor == Actor::kCollective;
    return !person && MachinePhrase(s.text);
  }), spans->end());
}

// "much smoother", "far more reliable", "significantly faster": a
// comparison with nothing to compare, praise unless its sentence has numbers.
void FindIntensifiedPraise(std::string_view text, const std::vector<Token>& t,
                           std::vector<Span>* out) {
  static const WordTable kIntensifiers = {
      "much", "far", "way", "significantly", "greatly", "dramatically", "vastly",
      "considerably", "noticeably", "substantially", "massively", "hugely",
      "tremendously", "incredibly", "immensely", "markedly", "drastically"};
  static const WordTable kNotComparative = {
      "under", "over", "other", "after", "never", "ever", "either", "rather", "whether",
      "together", "number", "customer", "user", "engineer", "later", "order", "paper",
      "partner", "server", "water", "power", "cluster", "layer", "buffer", "filter",
      "timer", "manager", "owner", "member", "winner", "driver", "worker", "answer"};
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (!kIntensifiers.Contains(t[i])) continue;
    size_t j = i + 1;
    if (Is(t[j], "more") || Is(t[j], "less")) ++j;
    if (j >= t.size() || t[j].kind != Token::Kind::kWord) continue;
    const std::string& w = t[j].norm;
    bool comparative = j > i + 1 || (w.size() >= 5 && w.compare(w.size() - 2, 2, "er") == 0 &&
                                     !kNotComparative.Contains(t[j]));
    if (!comparative) continue;
    if (j + 1 < t.size() && Is(t[j + 1], "than")) continue;  // "faster than the 2 s goal"
    Span s;
    s.offset = t[i].offset;
    s.length = t[j].offset + t[j].length - s.offset;
    s.text = std::string(text.substr(s.offset, s.length));
    out->push_back(std::move(s));
    i = j;
  }
}

// Praise in a sentence that already gives the change with numbers is
// decoration, not a vague result: "CSAT from 3.2 to 4.5, a big win".
void DropQuantifiedPraise(std::string_view text, const std::vector<Token>& t,
                          const StoryAnalysis& a, std::vector<Span>* spans) {
  auto ends = [&](size_t k) {  // token k ends a sentence, or a line follows it
    if (Is(t[k], ".") || Is(t[k], "!") || Is(t[k], "?")) return true;
    if (k + 1 >= t.size()) return false;
    size_t from = t[k].offset + t[k].length;
    return text.substr(from, t[k + 1].offset - from).find('\n') != std::string_view::npos;
  };
  spans->erase(std::remove_if(spans->begin(), spans->end(), [&](const Span& s) {
    size_t i = TokenAt(t, s.offset);
    if (i >= t.size()) return false;
    // The sentence around the phrase, at most 40 tokens each way.
    size_t lo = i, hi = i;
    while (lo > 0 && lo + 40 > i && !ends(lo - 1)) --lo;
    while (hi + 1 < t.size() && hi < i + 40 && !ends(hi)) ++hi;
    size_t begin = t.empty() ? 0 : t[lo].offset;
    size_t end = t.empty() ? 0 : t[hi].offset + t[hi].length;
    auto in = [&](const std::vector<Span>& v) {
      for (const Span& o : v) {
        if (o.offset < end && o.offset + o.length > begin) return true;
      }
      return false;
    };
    return in(a.result_quantities) && in(a.result_comparisons);
  }), spans->end());
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
  bool first = true;  // the first word after any bullet mark starts the line
  for (const Token& t : Tokenize(s)) {
    if (first && t.kind == Token::Kind::kSymbol &&
        (Is(t, "-") || Is(t, "*") || Is(t, "+") || Is(t, "\u2022"))) {
      continue;  // "- Spearheaded the rewrite": a bullet, not a name after it
    }
    if (t.kind == Token::Kind::kNumber || Is(t, "\"")) return true;
    unsigned char c = static_cast<unsigned char>(s[t.offset]);
    if (t.kind == Token::Kind::kWord && !first && !t.sentence_start && !Is(t, "i") &&
        t.norm.compare(0, 2, "i'") != 0 && isupper(c) && t.offset > 0) {
      return true;  // a name: a person, team, system or product
    }
    first = false;
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

  // Each section is tokenized and split into clauses once; every finder
  // below shares them.
  std::vector<Token>* tokens = a.tokens;
  std::vector<Clause> clauses[kPartCount];
  for (int i = 0; i < kPartCount; ++i) {
    const Section& section = story.parts[i];
    tokens[i] = Tokenize(section.text);
    if (!section.text.empty()) {
      clauses[i] = ReadClauses(section.text, tokens[i], !section.item_marks.empty());
    }
  }
  const int kResult = static_cast<int>(Part::kResult);
  const int kAction = static_cast<int>(Part::kAction);
  const std::string& result = story.part(Part::kResult).text;
  a.result_quantities = FindQuantities(result, tokens[kResult]);
  a.result_comparisons = FindComparisons(result, tokens[kResult]);
  CountOwnership(tokens[kAction], clauses[kAction], &a);

  for (int i = 0; i < kPartCount; ++i) {
    Part part = static_cast<Part>(i);
    const std::string& text = story.parts[i].text;
    if (text.empty()) continue;
    bool claims = part == Part::kAction || part == Part::kResult || part == Part::kTask;
    uint32_t wanted = Bit(kEffort) | (part == Part::kResult ? Bit(kVague) : 0) |
                      (part != Part::kLearning ? Bit(kAbstract) : 0) |
                      (claims ? Bit(kStock) : 0);
    std::vector<std::vector<Span>> found = SectionPhrases().FindEach(text, tokens[i], wanted);
    if (part == Part::kResult) {
      a.vague_phrases = std::move(found[kVague]);
      FindIntensifiedPraise(text, tokens[i], &a.vague_phrases);
      std::sort(a.vague_phrases.begin(), a.vague_phrases.end(),
                [](const Span& x, const Span& y) { return x.offset < y.offset; });
      a.vague_phrases.erase(
          std::unique(a.vague_phrases.begin(), a.vague_phrases.end(),
                      [](const Span& x, const Span& y) {
                        return y.offset < x.offset + x.length;  // overlapping
                      }),
          a.vague_phrases.end());
      DropQuantifiedPraise(text, tokens[i], a, &a.vague_phrases);
    }
    DropUncelebrated(tokens[i], clauses[i], part == Part::kSituation || part == Part::kTask,
                     &found[kEffort]);
    if (part != Part::kLearning) {
      SetbackScope scope = part == Part::kAction   ? SetbackScope::kAction
                           : part == Part::kResult ? SetbackScope::kResult
                                                   : SetbackScope::kSetup;
      // The rule and the score ask only whether a setback is told: stop at
      // the first one (a `tradeoffs` section is one already).
      if (a.setbacks.empty() && story.tradeoffs.text.empty()) {
        std::vector<Span> skip = found[kAbstract];
        skip.insert(skip.end(), found[kEffort].begin(), found[kEffort].end());
        std::vector<Span> problems;
        AddAll(part,
               FindSetbacks(text, tokens[i], clauses[i], scope, skip, 1,
                            a.problems.empty() ? &problems : nullptr),
               &a.setbacks);
        AddAll(part, std::move(problems), &a.problems);
      }
      AddAll(part, std::move(found[kAbstract]), &a.abstract_setbacks);
    }
    AddAll(part, std::move(found[kEffort]), &a.effort_phrases);
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

  a.problem_only = a.setbacks.empty() && !a.problems.empty();

  ResolvePrinciples(story, catalog, &a.principles, &a.unknown_principles);
  for (const Principle* p : a.principles) {
    a.expects_setback = a.expects_setback || p->expects_setback;
  }
  return a;
}

}  // namespace starbank
