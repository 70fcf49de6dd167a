// The shared per-story analysis: word counts, quantities, pronouns and the
// phrase lists behind the rubric (domain.md). Lists are kept here, in one
// place, so that rules and the score agree on what they found.
#include "lint/analysis.h"

#include <algorithm>
#include <cctype>

#include "starbank/catalog.h"
#include "text/clauses.h"
#include "text/cues.h"
#include "text/lexicon.h"
#include "text/phrases.h"
#include "text/quantities.h"
#include "text/setbacks.h"
#include "text/word_table.h"

namespace starbank {
namespace {

// The phrase lists of a section, matched in one pass over its tokens:
// vague praise; effort offered as a virtue; abstract setbacks, phrases that
// contain a setback word but name no particular setback ("overcame many
// challenges"), which interviewers mark down as much as none; stock claims;
// and comparisons said with an intensifier and no amount ("much better",
// "significantly improved"): praise beside a measured result, and in a
// result with no number at all what makes it unquantified. The matcher
// reads the phrases the build already split into words (CuePhraseMatcher),
// and is kept for the life of the process: freeing it at exit is work for
// nothing.
enum PhraseList : uint32_t { kVague, kEffort, kAbstract, kStock, kUnmeasured };
const PhraseMatcher& SectionPhrases() {
  static const PhraseMatcher& m = *new PhraseMatcher(
      CuePhraseMatcher({cue::kVaguePhrases, cue::kEffortPhrases, cue::kAbstractSetbacks,
                        cue::kStockClaims, cue::kUnmeasuredComparisons}));
  return m;
}
constexpr uint32_t Bit(PhraseList l) { return 1u << l; }

// Which tokens sit inside quoted speech: between double quotes, or
// between an opening single quote (not glued to a word before it) and a
// closing one. A quote mark with no partner within 60 tokens quotes
// nothing (an inch mark, a stray apostrophe), so a typo cannot hide the
// rest of the section.
std::vector<bool> QuotedTokens(const std::vector<Token>& t) {
  auto glued = [&](size_t a, size_t b) {
    return t[a].offset + t[a].length == t[b].offset;
  };
  std::vector<bool> quoted(t.size());
  for (size_t i = 0; i < t.size(); ++i) {
    bool dbl = Is(t[i], "\"");
    bool sgl = Is(t[i], "'") && (i == 0 || !glued(i - 1, i)) && i + 1 < t.size() &&
               glued(i, i + 1) && t[i + 1].kind == Token::Kind::kWord;
    if (!dbl && !sgl) continue;
    for (size_t j = i + 1; j < t.size() && j <= i + 60; ++j) {
      bool closes = dbl ? Is(t[j], "\"")
                        : Is(t[j], "'") && glued(j - 1, j) &&
                              (j + 1 >= t.size() || !glued(j, j + 1) ||
                               t[j + 1].kind == Token::Kind::kSymbol);
      if (!closes) continue;
      for (size_t k = i + 1; k < j; ++k) quoted[k] = true;
      i = j;
      break;
    }
  }
  return quoted;
}

// A "we" that is not the team acting: a plan under a condition ("if the
// canary failed we'd fall back"), or an agreement two sides reached ("we
// agreed to split the work", "we reached a compromise"), which tells what
// was settled, not who did it.
bool WeNotActing(const std::vector<Token>& t, const Clause& c) {
  static const WordTable& kIf = Cues(cue::kWeNotActingIf);
  static const WordTable& kWould = Cues(cue::kWeNotActingWould);
  static const WordTable& kSettled = Cues(cue::kWeNotActingSettled);
  size_t who = c.actor_token;
  for (size_t k = c.begin; k < who; ++k) {
    if (kIf.Contains(t[k])) return true;
  }
  if (Is(t[who], "we'd") || (who + 1 < c.end && kWould.Contains(t[who + 1]))) return true;
  for (size_t k = who + 1; k < c.end && k <= who + 8; ++k) {
    if (kSettled.Contains(t[k])) return true;
    if (t[k].kind == Token::Kind::kWord && VerbLemma(t[k]) == "agree") {
      return k <= who + 4;  // "we all agreed", "we finally agreed"
    }
  }
  return false;
}

// Who acts in each clause of the action: the speaker (I, or a leading
// verb in notes and bullets), we / the team, an agentless passive, others.
// "We were thrilled" tells how the team felt, not what it did; a "we"
// inside quoted speech ("I told the VP, 'we can hold the date'") is
// someone's words, not the team acting.
void CountOwnership(const std::vector<Token>& t, const std::vector<Clause>& clauses,
                    StoryAnalysis* a) {
  std::vector<bool> quoted = QuotedTokens(t);
  for (const Clause& c : clauses) {
    switch (c.actor) {
      case Actor::kSpeaker:
        ++a->first_person;
        break;
      case Actor::kPassive:
        ++a->passive;
        break;
      case Actor::kCollective: {
        if (TellsState(t, c)) break;  // "the team was thrilled": no one acts
        if (quoted[c.actor_token] || WeNotActing(t, c)) break;
        a->collective += 1;
        Span s;
        s.offset = t[c.actor_token].offset;
        s.length = t[c.actor_token].length;
        s.text = t[c.actor_token].norm;
        a->collective_spans.push_back(std::move(s));
        break;
      }
      default:
        break;
    }
  }
  a->action_clauses = static_cast<int>(clauses.size());
}

// Effort said in a negation is no celebration: "no longer pulled late
// nights", "asked the team not to work weekends".
// Effort measured down is an outcome: "mandatory overtime went from 6
// shifts a month to 1", "cut after-hours pages by 80%".
bool ClauseReduces(const std::vector<Token>& t, const Clause& c, size_t i) {
  static const WordTable& kDown = Cues(cue::kClauseReducesDown);
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
  static const std::vector<std::string>& kMachine = CuePhrases(cue::kMachinePhrases);
  return std::find(kMachine.begin(), kMachine.end(), ToLower(phrase)) != kMachine.end();
}

// "Scheduled the batch for late nights", "moved the deploys to weekends",
// "the job was set for late nights": the phrase says when a thing runs,
// not that anyone worked then. It follows "for", "to" or "into" right
// after the object of the clause's verb, an object that names no people,
// or right after a passive participle. "Asked the team for late nights"
// and "stayed for late nights" are still effort.
bool WhenAThingRuns(const std::vector<Token>& t, const Clause& c, size_t i) {
  static const WordTable& kSlot = Cues(cue::kWhenAThingRunsSlot);
  static const WordTable& kEffortVerbs = Cues(cue::kWhenAThingRunsEffortVerbs);
  if (i < c.begin + 2 || !kSlot.Contains(t[i - 1])) return false;
  size_t prep = i - 1;
  // The verb: the subject's own word ("Scheduled ...") or the first finite
  // verb after it ("I scheduled", "the team moved"), or the participle of a
  // passive ("the job was set").
  size_t v = c.actor_token;
  bool passive = c.actor == Actor::kPassive;
  if (passive) {
    for (++v; v < prep && ClassifyVerb(t[v]) != VerbForm::kPast; ++v) {
    }  // over adverbs: "was quietly moved"
  } else if (c.actor == Actor::kSpeaker || c.actor == Actor::kCollective) {
    VerbForm f = ClassifyVerb(t[v]);
    if (!(f == VerbForm::kPast || f == VerbForm::kThird) || NamesPeople(t[v])) {
      size_t k = v + 1;
      while (k < prep && k <= v + 4 && ClassifyVerb(t[k]) != VerbForm::kPast &&
             ClassifyVerb(t[k]) != VerbForm::kThird) {
        ++k;
      }
      v = k;
    }
  } else {
    return false;
  }
  if (v >= prep || t[v].kind != Token::Kind::kWord) return false;
  if (kEffortVerbs.Contains(VerbLemma(t[v]))) return false;
  size_t object = prep - v - 1;  // words between the verb and "for"
  if (passive) return object == 0;
  if (object == 0 || object > 5) return false;
  for (size_t k = v + 1; k < prep; ++k) {
    if (t[k].kind != Token::Kind::kWord || NamesPeople(t[k])) return false;
  }
  return true;
}

// A clock time late at night: "1am", "2 a.m.", "midnight", "11pm".
bool LateHourAt(const std::vector<Token>& t, size_t i, size_t end) {
  static const WordTable& kNamed = Cues(cue::kLateHourAtNamed);
  if (kNamed.Contains(t[i])) return true;
  const Token& k = t[i];
  if (k.kind != Token::Kind::kNumber) return false;
  size_t digits = 0;
  while (digits < k.norm.size() && isdigit(static_cast<unsigned char>(k.norm[digits]))) {
    ++digits;
  }
  if (digits == 0 || digits > 2) return false;
  int hour = std::stoi(k.norm.substr(0, digits));
  std::string suffix = k.norm.substr(digits);
  if (suffix.empty() && i + 1 < end && t[i + 1].kind == Token::Kind::kWord) {
    suffix = t[i + 1].norm;
  }
  static const WordTable& kAm = Cues(cue::kLateHourAtAm);
  static const WordTable& kPm = Cues(cue::kLateHourAtPm);
  if (kAm.Contains(suffix)) return hour == 12 || hour <= 5;
  if (kPm.Contains(suffix)) return hour >= 10 && hour <= 11;
  return false;
}

// A word that may stand right before a verb of working without being
// another subject: a person ("I", "us", "one person"), an auxiliary or
// modal ("had", "would"), an adverb ("then", "really"), a connective.
bool SubjectOrAuxiliary(const Token& w) {
  static const WordTable& kBefore = Cues(cue::kSubjectOrAuxiliaryBefore);
  if (w.kind != Token::Kind::kWord) return true;  // a bullet, a comma
  if (NamesPeople(w) || kBefore.Contains(w)) return true;
  const std::string& n = w.norm;
  return n.size() > 4 && n.compare(n.size() - 2, 2, "ly") == 0;
}

// "12 hours a day", "14 hours per night", "70 hours a week": a working
// day or week far past the usual one (10 hours a day, 50 a week).
bool LongDayAt(const std::vector<Token>& t, size_t k, size_t end) {
  if (k == 0 || k + 2 >= end || t[k - 1].kind != Token::Kind::kNumber) return false;
  const std::string& n = t[k - 1].norm;
  if (n.empty() || n.size() > 3 ||
      n.find_first_not_of("0123456789") != std::string::npos) {
    return false;
  }
  static const WordTable& kPer = Cues(cue::kLongDayAtPer);
  static const WordTable& kDay = Cues(cue::kLongDayAtDay);
  int hours = std::stoi(n);
  if (!kPer.Contains(t[k + 1])) return false;
  // "working 7 days a week": every day of it.
  if (Is(t[k], "days")) return Is(t[k + 2], "week") && hours >= 7 && hours <= 7;
  if (kDay.Contains(t[k + 2])) return hours >= 10 && hours <= 24;
  return Is(t[k + 2], "week") && hours >= 50 && hours <= 168;
}

// Effort offered as a virtue, read from the clause rather than a list of
// hour phrases: working on into the night or the weekend ("worked
// overnight", "stayed until 1am", "coded through the weekend"), giving
// everything ("gave it everything I had", "gave it my all") and one's own
// devotion ("my dedication to the work"). "Overnight" with no one working
// means "at once" ("adoption doubled overnight"), and a clock time alone
// is an incident's timeline ("paged at 2am"), not effort.
// "the night shift", "the weekend release plan": the time word names a
// thing, not when anyone worked.
bool TimeWordNamesAThing(const std::vector<Token>& t, size_t k, size_t end) {
  static const WordTable& kOffDays = Cues(cue::kFindEffortClaimsOffDays);
  static const WordTable& kNights = Cues(cue::kFindEffortClaimsNights);
  static const WordTable& kFollowers = Cues(cue::kHeadFollowers);
  bool time_word = kOffDays.Contains(t[k]) || Is(t[k], "night") || Is(t[k], "nights");
  // "all night fixing the feed": an -ing form after it says what was done
  // in that time.
  return time_word && k + 1 < end && t[k + 1].kind == Token::Kind::kWord &&
         !kFollowers.Contains(t[k + 1]) && !kNights.Contains(t[k + 1]) &&
         !kOffDays.Contains(t[k + 1]) && ClassifyVerb(t[k + 1]) != VerbForm::kGerund;
}

// Perseverance offered as the virtue, at a negation k ("never", "not",
// "didn't", found by the caller): a verb of quitting with the speaker or the team as subject and
// nothing quit ("I never gave up, even when...", "did not rest until it was
// finished", "we never stopped until the last crate was in"), or one's own
// resolve that never wavered ("my commitment never wavered"). "Never gave
// up the spare key", "did not rest the dough", "never stopped to check" and
// "the vendor's focus never slipped" say something else. Returns the last
// token of the phrase, or k when there is none.
size_t PerseveranceAt(const std::vector<Token>& t, const Clause& c, size_t k) {
  const Token& w = t[k];
  bool never = Is(w, "never");
  size_t v = k + 1;
  if (v < c.end && (Is(t[v], "once") || Is(t[v], "really") || Is(t[v], "ever"))) ++v;
  if (v >= c.end || t[v].kind != Token::Kind::kWord) return k;
  std::string lemma = VerbLemma(t[v]);
  if (lemma.empty()) return k;
  VerbForm form = ClassifyVerb(t[v]);
  // "never gave", "did not give": a past form after "never", a base form
  // after "not" and "didn't" (which "did" must carry: "was not quit").
  bool same = t[v].norm == lemma;  // "quit", "let": one form for both
  bool past = form == VerbForm::kPast || form == VerbForm::kThird;
  if (never ? !past : !(form == VerbForm::kBase || (form == VerbForm::kPast && same))) {
    return k;
  }
  if (!never && Is(w, "not") && !(k > c.begin && VerbLemma(t[k - 1]) == "do")) return k;
  static const WordTable& kResolve = Cues(cue::kFindEffortClaimsResolve);
  static const WordTable& kWaver = Cues(cue::kFindEffortClaimsWaver);
  static const WordTable& kOwn = Cues(cue::kFindEffortClaimsOwn);
  if (kWaver.Contains(lemma)) {
    // "My commitment never wavered": the resolve right before, and ours.
    if (k >= c.begin + 2 && kResolve.Contains(t[k - 1]) && kOwn.Contains(t[k - 2])) {
      return v;
    }
    return k;
  }
  static const WordTable& kQuit = Cues(cue::kFindEffortClaimsQuit);
  if (!kQuit.Contains(lemma)) return k;
  if (c.actor != Actor::kSpeaker && c.actor != Actor::kCollective) return k;
  size_t e = v;
  static const WordTable& kParticle = Cues(cue::kFindEffortClaimsQuitParticle);
  if (lemma == "give" || lemma == "let") {
    if (e + 1 >= t.size() || !kParticle.Contains(t[e + 1])) return k;
    ++e;
  }
  // Nothing quit after it: the sentence goes on only with "until", "even
  // when", "despite", "on", "and", or stops.
  if (e + 1 >= t.size() || t[e + 1].kind != Token::Kind::kWord) return e;
  static const WordTable& kAfter = Cues(cue::kFindEffortClaimsQuitAfter);
  return kAfter.Contains(t[e + 1]) ? e : k;
}

void FindEffortClaims(std::string_view text, const std::vector<Token>& t,
                      const std::vector<Clause>& clauses, std::vector<Span>* out) {
  static const WordTable& kWork = Cues(cue::kFindEffortClaimsWork);
  static const WordTable& kDevotion = Cues(cue::kFindEffortClaimsDevotion);
  static const WordTable& kDet = Cues(cue::kFindEffortClaimsDet);
  static const WordTable& kUntil = Cues(cue::kFindEffortClaimsUntil);
  static const WordTable& kOffDays = Cues(cue::kFindEffortClaimsOffDays);
  // "day and night", "all night", "every night", "through the night".
  static const WordTable& kNights = Cues(cue::kFindEffortClaimsNights);
  static const WordTable& kDuring = Cues(cue::kFindEffortClaimsDuring);
  // "my dedication", "gave my all": the speaker's own.
  static const WordTable& kOwn = Cues(cue::kFindEffortClaimsOwn);
  auto add = [&](size_t from, size_t to) {
    Span s;
    s.offset = t[from].offset;
    s.length = t[to].offset + t[to].length - s.offset;
    s.text = std::string(text.substr(s.offset, s.length));
    out->push_back(std::move(s));
  };
  // Whether people act in clause c before token v: the speaker, "we", or
  // a subject naming people ("one person worked the weekend").
  auto people = [&](const Clause& c, size_t v) {
    if (c.actor == Actor::kSpeaker || c.actor == Actor::kCollective) return true;
    for (size_t k = c.begin; k < v; ++k) {
      if (NamesPeople(t[k]) || Is(t[k], "person")) return true;
    }
    return false;
  };
  static const WordTable& kTrigger = Cues(cue::kFindEffortClaimsTrigger);
  static const WordTable& kLate = Cues(cue::kFindEffortClaimsLate);
  static const WordTable& kNight = Cues(cue::kFindEffortClaimsNight);
  static const WordTable& kNamedHour = Cues(cue::kLateHourAtNamed);
  // Each finding hangs on a rare word (the night, the weekend, "everything",
  // "dedication"); only there is the verb before it read, so the cost is
  // one table lookup a token.
  for (const Clause& c : clauses) {
    for (size_t k = c.begin; k < c.end; ++k) {
      const Token& w = t[k];
      if (w.kind == Token::Kind::kNumber) {
        if (k == c.begin || !kUntil.Contains(t[k - 1]) || !LateHourAt(t, k, c.end))
          continue;
      } else if (w.kind != Token::Kind::kWord) {
        continue;
      } else if (!kTrigger.Contains(w)) {
        // Only a negation can open perseverance: "never", "not", "-n't"
        // (all end in 'r' or 't'; the cheap test first, a lookup after).
        static const WordTable& kNegation = Cues(cue::kFindEffortClaimsNegation);
        const std::string& n = w.norm;
        if (n.size() < 3 || (n.back() != 't' && n.back() != 'r') ||
            !(kNegation.Contains(w) || EndsInNt(w))) {
          continue;
        }
        size_t e = PerseveranceAt(t, c, k);
        if (e != k) {
          // "my commitment never wavered" is quoted from "my".
          static const WordTable& kResolve = Cues(cue::kFindEffortClaimsResolve);
          size_t from = k >= c.begin + 2 && kResolve.Contains(t[k - 1]) ? k - 2 : k;
          add(from, e);
          k = e;
        }
        continue;
      }
      bool after_until = k > c.begin && kUntil.Contains(t[k - 1]);
      // "used my private time", "spent my personal time", "gave up my free
      // time": a verb that gives, then "my"/"our", an adjective of one's own
      // time. "In my spare time I built it" gives nothing up.
      if (Is(w, "time")) {
        static const WordTable& kOwnTime = Cues(cue::kFindEffortClaimsOwnTime);
        static const WordTable& kGiveTime = Cues(cue::kFindEffortClaimsGiveTime);
        if (k < c.begin + 3 || !kOwnTime.Contains(t[k - 1]) || !kOwn.Contains(t[k - 2]))
          continue;
        size_t g = k - 3;
        if (g > c.begin && Is(t[g], "up")) --g;   // "gave up my free time"
        if (g > c.begin && Is(t[g], "all")) --g;  // "spend all my free time"
        if (t[g].kind == Token::Kind::kWord && kGiveTime.Contains(VerbLemma(t[g])) &&
            people(c, g)) {
          add(g, k);
        }
        continue;
      }
      if (kDevotion.Contains(w)) {
        // The devotion ends its phrase: "my dedication to the client", "my
        // dedication paid off"; "the dedication plaque", "my dedication
        // dashboard" name things.
        if (k + 1 < c.end && t[k + 1].kind == Token::Kind::kWord &&
            ClassifyVerb(t[k + 1]) == VerbForm::kNone) {
          static const WordTable& kFollow = Cues(cue::kStandingAtFollow);
          if (!kFollow.Contains(t[k + 1]) && !Is(t[k + 1], "throughout") &&
              !Is(t[k + 1], "during")) {
            continue;
          }
        }
        if (k > c.begin && kOwn.Contains(t[k - 1])) {
          add(k - 1, k);
        } else if (c.actor == Actor::kSpeaker || c.actor == Actor::kCollective) {
          // "I showed great dedication", "demonstrated real grit".
          static const WordTable& kDisplay = Cues(cue::kFindEffortClaimsDisplay);
          for (size_t v = k; v-- > c.begin && v + 4 > k;) {
            if (t[v].kind == Token::Kind::kWord && kDisplay.Contains(VerbLemma(t[v])) &&
                ClassifyVerb(t[v]) != VerbForm::kBase) {
              add(v, k);
              break;
            }
          }
        }
        continue;
      }
      // One's own exhaustion carried on through: "pushed through exhaustion",
      // "kept working even when I was sick", "despite the fatigue".
      static const WordTable& kTired = Cues(cue::kFindEffortClaimsTired);
      if (kTired.Contains(w)) {
        static const WordTable& kEndure = Cues(cue::kFindEffortClaimsEndure);
        // "The sick leave rota", "fatigue testing": the word names a thing.
        // "Despite being sick I kept coming in": the speaker may follow.
        bool speaker_next = k + 1 < t.size() && (Is(t[k + 1], "i") || Is(t[k + 1], "we"));
        if (k + 1 < t.size() && t[k + 1].kind == Token::Kind::kWord && !Is(t[k + 1], "and") &&
            !Is(t[k + 1], "to") && !Is(t[k + 1], "but") && !Is(t[k + 1], "until") &&
            !Is(t[k + 1], "all") && !speaker_next) {
          continue;
        }
        // The tiredness must be the speaker's or the team's: "even when I was
        // sick", "through the fatigue"; not "even though the driver was
        // exhausted".
        size_t b = k;
        while (b > 0 && (Is(t[b - 1], "so") || Is(t[b - 1], "very") || Is(t[b - 1], "really") ||
                         Is(t[b - 1], "too") || Is(t[b - 1], "completely"))) {
          --b;  // "was so exhausted"
        }
        bool own_tired = true;  // a noun: "through exhaustion", "despite the fatigue"
        if (b > 0 && (Is(t[b - 1], "was") || Is(t[b - 1], "were") || Is(t[b - 1], "am") ||
                      Is(t[b - 1], "felt") || Is(t[b - 1], "got") || Is(t[b - 1], "being"))) {
          own_tired = Is(t[b - 1], "being") ||
                      (b > 1 && (Is(t[b - 2], "i") || Is(t[b - 2], "we")));
        }
        if (!own_tired) continue;
        size_t lo = k > 12 ? k - 12 : 0;  // "even when" may open its own clause
        bool through = false, found = false;
        size_t opener = k;
        for (size_t v = k; v-- > lo;) {
          if (t[v].kind != Token::Kind::kWord && !Is(t[v], ",")) break;  // the sentence
          if (Is(t[v], "through") || Is(t[v], "despite") || Is(t[v], "even")) {
            through = true;
            opener = v;
            continue;
          }
          if (!through || t[v].kind != Token::Kind::kWord) continue;
          if (!kEndure.Contains(VerbLemma(t[v])) || ClassifyVerb(t[v]) == VerbForm::kBase) {
            continue;
          }
          const Clause* cv = ClauseAt(clauses, v);
          if (cv != nullptr && people(*cv, v)) add(v, k);
          found = true;
          break;
        }
        // The tiredness opened the sentence and the speaker carried on after
        // it: "despite being sick, I kept coming in", "even exhausted, we
        // pushed on". "Despite being sick, the driver kept going" is his.
        if (!found && through) {
          size_t m = k + 1;
          if (m < t.size() && Is(t[m], ",")) ++m;
          if (m < t.size() && (Is(t[m], "i") || Is(t[m], "we"))) {
            for (size_t v = m + 1; v < t.size() && v <= m + 3; ++v) {
              if (t[v].kind != Token::Kind::kWord) break;
              if (kEndure.Contains(VerbLemma(t[v])) && ClassifyVerb(t[v]) != VerbForm::kBase) {
                add(opener, v);
                break;
              }
            }
          }
        }
        continue;
      }
      // Effort sized and put in: "I put in a tremendous amount of effort",
      // "poured all my energy into it", "my relentless effort".
      if (Is(w, "effort") || Is(w, "efforts") || Is(w, "energy")) {
        static const WordTable& kAmount = Cues(cue::kFindEffortClaimsAmount);
        static const WordTable& kPut = Cues(cue::kFindEffortClaimsPut);
        bool sized = false, own = false;
        for (size_t v = k; v-- > c.begin && v + 7 > k;) {
          if (t[v].kind != Token::Kind::kWord) break;
          sized = sized || kAmount.Contains(t[v]);
          own = own || kOwn.Contains(t[v]);
          // "put" is past and base alike: not after "to" or a modal.
          if (kPut.Contains(VerbLemma(t[v])) &&
              !(v > c.begin && (Is(t[v - 1], "to") || Is(t[v - 1], "will") ||
                                Is(t[v - 1], "would") || Is(t[v - 1], "should")))) {
            // "poured my energy into"; "put my effort" alone is no size.
            bool mine = own && VerbLemma(t[v]) != "put";
            if ((sized || mine) && people(c, v)) add(v, k);
            break;
          }
          // "only possible because of my relentless effort".
          if (v + 2 == k && own && kAmount.Contains(t[k - 1]) && Is(t[k - 2], "my")) {
            add(v, k);
            break;
          }
        }
        // A sized effort opened as the cause: "after nearly two weeks of hard
        // effort, the issue was resolved", "through sheer effort and
        // dedication". "It took a lot of hard effort" is a cost, and "the
        // hard effort of rekeying is gone" opens no cause.
        static const WordTable& kFollow = Cues(cue::kStandingAtFollow);
        static const WordTable& kCause = Cues(cue::kFindEffortClaimsCause);
        // The effort ends its phrase: a mark, a word after it, or a new
        // subject ("after months of hard effort the shop passed").
        static const WordTable& kNewSubject = Cues(cue::kFindEffortClaimsNewSubject);
        bool ends = k + 1 >= t.size() || t[k + 1].kind != Token::Kind::kWord ||
                    kFollow.Contains(t[k + 1]) || kNewSubject.Contains(t[k + 1]);
        bool found = !out->empty() && out->back().offset + out->back().length == w.offset + w.length;
        // "After the hard effort of the migration was done" tells when.
        bool named = k > c.begin + 1 && (Is(t[k - 2], "the") || Is(t[k - 2], "this") ||
                                         Is(t[k - 2], "that"));
        if (!found && !named && ends && k > c.begin && kAmount.Contains(t[k - 1])) {
          for (size_t v = k - 1; v-- > c.begin && v + 9 > k;) {
            if (t[v].kind != Token::Kind::kWord && t[v].kind != Token::Kind::kNumber) break;
            if (!kCause.Contains(t[v])) continue;
            add(v, k);
            break;
          }
        }
        continue;
      }
      // "gave it everything", "gave my all".
      size_t v = k;
      if (Is(w, "everything")) {
        v = k - 1;
      } else if (Is(w, "all") && k > c.begin && kOwn.Contains(t[k - 1])) {
        v = k - 2;
      }
      if (v != k) {
        if (v > c.begin && v < k && Is(t[v], "it")) --v;
        if (v >= c.begin && v < k && VerbLemma(t[v]) == "give") add(v, k);
        continue;
      }
      // Time off the clock after a verb of working, within five words.
      bool late = kLate.Contains(w) ||
                  (kOffDays.Contains(w) && k > c.begin && kDuring.Contains(t[k - 1])) ||
                  (kNight.Contains(w) && k > c.begin &&
                   kNights.Contains(t[k - 1])) ||
                  (after_until && (w.kind == Token::Kind::kNumber || kNamedHour.Contains(w)));
      size_t last = k;
      if ((Is(w, "hours") || Is(w, "days")) && LongDayAt(t, k, c.end)) {
        late = true;
        last = k + 2;  // "12 hours a day"
      }
      if (!late) continue;
      if (TimeWordNamesAThing(t, k, c.end)) continue;
      size_t lo = Is(w, "late") ? k - 1 : (k > c.begin + 5 ? k - 5 : c.begin);
      for (v = k; v-- > lo && v >= c.begin;) {
        if (t[v].kind != Token::Kind::kWord || !kWork.Contains(VerbLemma(t[v]))) {
          continue;
        }
        // A noun ("the work"), or a verb whose subject is a thing ("the
        // nightly job works overnight"), is no one's effort.
        if (v > c.begin && (kDet.Contains(t[v - 1]) || !SubjectOrAuxiliary(t[v - 1])))
          break;
        if (people(c, v)) add(v, last);
        break;
      }
    }
  }
}

// Effort not celebrated: negated ("no longer pulled late nights", "asked
// the team not to work weekends"), measured down, said of machines, or
// the time a thing was set to run.
// "the overtime budget", "overtime pay": the effort word names a cost or
// a rule, not hours anyone celebrates.
bool ModifiesACostNoun(const std::vector<Token>& t, const Span& s) {
  static const WordTable& kNouns = Cues(cue::kModifiesACostNounNouns);
  size_t end = TokenAt(t, s.offset + s.length);
  return end < t.size() && t[end].offset == s.offset + s.length + 1 &&
         kNouns.Contains(t[end]);
}

void DropUncelebrated(const std::vector<Token>& t, const std::vector<Clause>& clauses,
                      bool setup, std::vector<Span>* spans) {
  spans->erase(std::remove_if(spans->begin(), spans->end(),
                              [&](const Span& s) {
                                size_t i = TokenAt(t, s.offset);
                                if (i >= t.size() || t[i].offset != s.offset)
                                  return false;
                                const Clause* c = ClauseAt(clauses, i);
                                if (c == nullptr) return false;
                                if (Negated(t, *c, i) || ClauseReduces(t, *c, i) ||
                                    WhenAThingRuns(t, *c, i) || ModifiesACostNoun(t, s)) {
                                  return true;
                                }
                                // The phrase list's "worked the weekend" in "worked the
                                // weekend shift as scheduled" names the shift.
                                size_t last = TokenAt(t, s.offset + s.length);
                                if (last > i && TimeWordNamesAThing(t, last - 1, c->end)) {
                                  return true;
                                }
                                // In the situation and task, someone else's hours are the
                                // problem the story solves ("support staff worked
                                // weekends to clear the queue"), not the speaker
                                // celebrating; "we" and "the team" include the speaker.
                                if (setup && c->actor == Actor::kOther) return true;
                                bool person = c->actor == Actor::kSpeaker ||
                                              c->actor == Actor::kCollective;
                                return !person && MachinePhrase(s.text);
                              }),
               spans->end());
}

// "much smoother", "far more reliable", "significantly faster": a
// comparison with nothing to compare, praise unless its sentence has numbers.
void FindIntensifiedPraise(std::string_view text, const std::vector<Token>& t,
                           std::vector<Span>* out) {
  static const WordTable& kIntensifiers = Cues(cue::kFindIntensifiedPraiseIntensifiers);
  static const WordTable& kNotComparative =
      Cues(cue::kFindIntensifiedPraiseNotComparative);
  static const WordTable& kMoreLess = Cues(cue::kFindIntensifiedPraiseMore);
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (!kIntensifiers.Contains(t[i])) continue;
    size_t j = i + 1;
    if (kMoreLess.Contains(t[j])) ++j;
    if (j >= t.size() || t[j].kind != Token::Kind::kWord) continue;
    const std::string& w = t[j].norm;
    bool comparative =
        j > i + 1 || (w.size() >= 5 && w.compare(w.size() - 2, 2, "er") == 0 &&
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

// The sentence around token i, as byte offsets [*begin, *end): at most 40
// tokens each way, ended by . ! ? or a line break.
void SentenceAround(std::string_view text, const std::vector<Token>& t, size_t i,
                    size_t* begin, size_t* end) {
  static const WordTable& kEnds = Cues(cue::kSentenceAroundEnds);
  auto ends = [&](size_t k) {  // token k ends a sentence, or a line follows it
    if (kEnds.Contains(t[k])) return true;
    if (k + 1 >= t.size()) return false;
    size_t from = t[k].offset + t[k].length;
    return text.substr(from, t[k + 1].offset - from).find('\n') != std::string_view::npos;
  };
  size_t lo = i, hi = i;
  while (lo > 0 && lo + 40 > i && !ends(lo - 1)) --lo;
  while (hi + 1 < t.size() && hi < i + 40 && !ends(hi)) ++hi;
  *begin = t[lo].offset;
  *end = t[hi].offset + t[hi].length;
}

bool Overlaps(const std::vector<Span>& v, size_t begin, size_t end) {
  for (const Span& o : v) {
    if (o.offset < end && o.offset + o.length > begin) return true;
  }
  return false;
}

// Praise in a sentence that already gives the change with numbers is
// decoration, not a vague result: "CSAT from 3.2 to 4.5, a big win".
void DropQuantifiedPraise(std::string_view text, const std::vector<Token>& t,
                          const StoryAnalysis& a, std::vector<Span>* spans) {
  spans->erase(std::remove_if(spans->begin(), spans->end(),
                              [&](const Span& s) {
                                size_t i = TokenAt(t, s.offset);
                                if (i >= t.size()) return false;
                                size_t begin = 0, end = 0;
                                SentenceAround(text, t, i, &begin, &end);
                                return Overlaps(a.result_quantities, begin, end) &&
                                       Overlaps(a.result_comparisons, begin, end);
                              }),
               spans->end());
}

// "Well" as a degree, not a verdict: "the refit went well over budget",
// "came in well under the estimate", "ran well past midnight". The phrase
// list's "went well" is praise only when no such word follows it.
void DropDegreeWell(const std::vector<Token>& t, std::vector<Span>* spans) {
  static const WordTable& kDegree = Cues(cue::kDropDegreeWellAfter);
  spans->erase(std::remove_if(spans->begin(), spans->end(),
                              [&](const Span& s) {
                                // The span's last token: the one before the
                                // first token starting at or after its end.
                                size_t i = TokenAt(t, s.offset + s.length);
                                if (i == 0) return false;
                                --i;
                                return i + 1 < t.size() && Is(t[i], "well") &&
                                       kDegree.Contains(t[i + 1]);
                              }),
               spans->end());
}

// Praise said in a negation is none: "nobody praised the rewrite", "it
// was not a huge success at first", and a phrase whose gap holds the
// negation: "the manager was not satisfied with the first cut".
void DropNegated(const std::vector<Token>& t, const std::vector<Clause>& clauses,
                 std::vector<Span>* spans) {
  static const WordTable& kInside = Cues(cue::kDropNegatedInside);
  spans->erase(std::remove_if(spans->begin(), spans->end(),
                              [&](const Span& s) {
                                size_t i = TokenAt(t, s.offset);
                                const Clause* c = ClauseAt(clauses, i);
                                if (c != nullptr && Negated(t, *c, i)) return true;
                                size_t end = s.offset + s.length;
                                for (size_t k = i; k < t.size() && t[k].offset < end; ++k) {
                                  // "was not only satisfied but ..." praises.
                                  bool only = k + 1 < t.size() &&
                                              (Is(t[k + 1], "only") || Is(t[k + 1], "just"));
                                  if ((kInside.Contains(t[k]) || EndsInNt(t[k])) && !only) {
                                    return true;
                                  }
                                }
                                return false;
                              }),
               spans->end());
}

// A feeling followed by what the person was willing to do is no verdict:
// "the night staff were happy to help", "she was glad to take the second
// shift", "they were pleased to lend us two testers". "Happy with the
// launch", "pleased to renew" and "glad to see the queue gone" stay praise.
bool WillingAt(const std::vector<Token>& t, size_t k) {
  static const WordTable& kPleased = Cues(cue::kVerdictAtPleased);
  static const WordTable& kHelp = Cues(cue::kWillingAtHelp);
  return kPleased.Contains(t[k]) && k + 2 < t.size() && Is(t[k + 1], "to") &&
         kHelp.Contains(t[k + 2]);
}

// Also "a difference between the two builds": a comparison, not a verdict.
void DropWillingOrCompared(const std::vector<Token>& t, std::vector<Span>* spans) {
  static const WordTable& kCompared = Cues(cue::kDropComparedAfter);
  spans->erase(std::remove_if(spans->begin(), spans->end(),
                              [&](const Span& s) {
                                size_t i = TokenAt(t, s.offset + s.length);
                                if (i == 0) return false;
                                if (i < t.size() && Is(t[i - 1], "difference") &&
                                    kCompared.Contains(t[i])) {
                                  return true;
                                }
                                return WillingAt(t, i - 1);
                              }),
               spans->end());
}

bool FirstPersonIn(const std::vector<Token>& t, size_t from, size_t to) {
  static const WordTable& kUs = Cues(cue::kFirstPersonInUs);
  for (size_t k = from; k < to; ++k) {
    if (kUs.Contains(t[k])) return true;
  }
  return false;
}

// Someone praising the work: "the finance director thanked us", "customers
// loved the new flow", "the release was praised". The speaker's own thanks
// ("I thanked the testers") praise no result; "thanks to" gives a cause.
bool PraiseAt(const std::vector<Token>& t, const Clause& c, size_t k) {
  static const WordTable& kPraise = Cues(cue::kPraiseAtPraise);
  if (t[k].kind != Token::Kind::kWord) return false;
  bool passive = k > c.begin && IsPassiveAuxiliary(t[k - 1]);
  // "I was promoted", "I got promoted the next cycle": the speaker's reward.
  static const WordTable& kPromoted = Cues(cue::kPraiseAtPromoted);
  if (kPromoted.Contains(t[k])) {
    // "It helped me get promoted": "get" before it, "me" as its subject.
    if (k > c.begin && Is(t[k - 1], "get")) {
      for (size_t v = c.begin; v + 1 < k; ++v) {
        if (Is(t[v], "me") || Is(t[v], "i")) return true;
      }
    }
    return passive && FirstPersonIn(t, c.begin, k - 1);
  }
  std::string lemma = VerbLemma(t[k]);
  // "leadership recognized my work", "I was recognized at the all-hands";
  // not "the team recognized the risk".
  static const WordTable& kRecognize = Cues(cue::kPraiseAtRecognize);
  if (!lemma.empty() && kRecognize.Contains(lemma)) {
    if (ClassifyVerb(t[k]) == VerbForm::kBase) return false;
    if (passive) {
      // "My leadership skills were recognized": the speaker's own.
      bool mine = false;
      for (size_t v = c.begin; v + 1 < k; ++v) mine = mine || Is(t[v], "my");
      return mine || FirstPersonIn(t, c.begin, k - 1);
    }
    if (FirstPersonIn(t, c.begin, k)) return false;
    static const WordTable& kObject = Cues(cue::kPraiseAtRecognizedObject);
    for (size_t m = k + 1; m < c.end && m <= k + 3; ++m) {
      if (kObject.Contains(t[m])) return true;
    }
    return false;
  }
  // "users liked it", "the change was welcomed": only as a verb's past or
  // third-person form, since "like" is also a preposition ("felt like a
  // step back") and "welcome" an adjective.
  static const WordTable& kPraisePast = Cues(cue::kPraiseAtPraisePast);
  if (!lemma.empty() && kPraisePast.Contains(lemma)) {
    VerbForm f = ClassifyVerb(t[k]);
    if (f != VerbForm::kPast && f != VerbForm::kThird) return false;
  } else if (lemma.empty() || !kPraise.Contains(lemma)) {
    return false;
  }
  if (k + 1 < c.end && Is(t[k + 1], "to")) return false;  // "thanks to", "would love to"
  return passive || !FirstPersonIn(t, c.begin, k);
}

// Others reporting what the speaker's part did for them: "teammates
// mentioned afterward how my calm helped", "the client said that our
// notes made it easy". A testimony, not a measured change.
bool TestimonyAt(const std::vector<Token>& t, const Clause& c, size_t k) {
  static const WordTable& kSay = Cues(cue::kTestimonyAtSay);
  static const WordTable& kHow = Cues(cue::kTestimonyAtHow);
  static const WordTable& kOurs = Cues(cue::kTestimonyAtOurs);
  if (t[k].kind != Token::Kind::kWord || ClassifyVerb(t[k]) != VerbForm::kPast) {
    return false;
  }
  if (!kSay.Contains(VerbLemma(t[k])) || FirstPersonIn(t, c.begin, k)) return false;
  // A verdict reported: "my boss said it was the best launch she had seen",
  // "the client called it excellent work".
  static const WordTable& kReported = Cues(cue::kTestimonyAtReported);
  static const WordTable& kPraised = Cues(cue::kVerdictAtPraised);
  for (size_t m = k + 1; m < c.end && m <= k + 6; ++m) {
    if (kReported.Contains(t[m]) || kPraised.Contains(t[m])) return true;
  }
  for (size_t h = k + 1; h < c.end && h <= k + 5; ++h) {  // "told the ward manager how"
    if (!kHow.Contains(t[h])) continue;
    for (size_t m = h + 1; m < c.end && m <= h + 8; ++m) {
      if (kOurs.Contains(t[m])) return true;
    }
  }
  return false;
}

// "very", "really", "overwhelmingly": a degree before an adjective.
bool IsAdverbOfDegree(const Token& w) {
  static const WordTable& kDegree = Cues(cue::kIsAdverbOfDegreeDegree);
  if (w.kind != Token::Kind::kWord) return false;
  const std::string& n = w.norm;
  return kDegree.Contains(w) || (n.size() > 4 && n.compare(n.size() - 2, 2, "ly") == 0);
}

// A note with its verb dropped before token k: words, and none of them a
// verb form the grammar can tell ("Boss very satisfied", "Project
// success"); base forms it cannot tell apart from nouns are listed.
bool VerblessBefore(const std::vector<Token>& t, const Clause& c, size_t k) {
  static const WordTable& kVerbs = Cues(cue::kVerdictAtTerseVerbs);
  bool words = false;
  // Notes joined by commas are read one by one: "Goal achieved, client
  // satisfied" drops the verb of its second note.
  size_t from = c.begin;
  for (size_t v = c.begin; v < k; ++v) {
    if (Is(t[v], ",")) from = v + 1;
  }
  for (size_t v = from; v < k; ++v) {
    if (t[v].kind != Token::Kind::kWord) continue;
    VerbForm f = ClassifyVerb(t[v]);
    if (kVerbs.Contains(t[v]) || f == VerbForm::kPast || f == VerbForm::kThird ||
        f == VerbForm::kGerund) {
      return false;
    }
    words = true;
  }
  return words;
}

// People or an organisation: "the stakeholders", "everyone", "the whole
// company", "the nurses".
bool PartyAt(const Token& w) {
  static const WordTable& kParties = Cues(cue::kStandingAtParties);
  return kParties.Contains(w) || NamesPeople(w);
}

bool PartyIn(const std::vector<Token>& t, size_t from, size_t to) {
  for (size_t k = from; k < to; ++k) {
    if (t[k].kind == Token::Kind::kWord && PartyAt(t[k])) return true;
  }
  return false;
}

// A tie a verb reached at token m: it must end its phrase ("trust with
// ops", "the respect of the crew"), not start a compound ("the trust
// store", "the relationship table"). Confidence and faith must be someone
// else's: "I gained confidence with Kafka" and "boosted my confidence" are
// the speaker's growth; "the respect for the on-call" is the speaker's too.
bool TieEndsAt(const std::vector<Token>& t, const Clause& c, size_t verb, size_t m) {
  static const WordTable& kFollow = Cues(cue::kStandingAtFollow);
  static const WordTable& kConfidence = Cues(cue::kStandingAtConfidence);
  if (m + 1 < c.end && t[m + 1].kind == Token::Kind::kWord && !kFollow.Contains(t[m + 1])) {
    return false;
  }
  // "The profile of the data team", "visibility with senior leadership".
  static const WordTable& kProfile = Cues(cue::kStandingAtProfile);
  if (kProfile.Contains(t[m])) {
    if (m + 2 >= c.end) return false;
    if (Is(t[m + 1], "among")) return true;  // "the lab's profile among the funders"
    return (Is(t[m + 1], "with") || Is(t[m + 1], "of")) &&
           PartyIn(t, m + 2, std::min(c.end, m + 6));
  }
  bool follows_of = m + 1 < c.end && Is(t[m + 1], "of");
  if (Is(t[m], "alignment") && follows_of) return false;  // "the alignment of the labels"
  if (Is(t[m], "respect") && m + 1 < c.end && Is(t[m + 1], "for")) return false;
  if (kConfidence.Contains(t[m])) {
    for (size_t v = verb + 1; v < m; ++v) {
      if (Is(t[v], "my") || Is(t[v], "me")) return false;
    }
    bool owner = follows_of || (m > verb + 1 && t[m - 1].norm.size() > 2 &&
                                t[m - 1].norm.compare(t[m - 1].norm.size() - 2, 2, "'s") == 0);
    if (!owner && FirstPersonIn(t, c.begin, verb)) return false;  // "I gained confidence"
  }
  return true;
}

bool SpeakerIn(const std::vector<Token>& t, size_t from, size_t to);

// The result judged instead of measured: "the rollout was successful", "a
// seamless cutover", "it showed clear value to the business", "had a
// significant impact", "strengthened the partnership", "became our main
// differentiator". Returns the number of tokens the verdict takes (0: none).
size_t VerdictAt(const std::vector<Token>& t, const Clause& c, size_t k) {
  static const WordTable& kJudged = Cues(cue::kVerdictAtJudged);
  // Light verbs whose object is the worth itself: "showed value".
  static const WordTable& kShow = Cues(cue::kVerdictAtShow);
  static const WordTable& kWorth = Cues(cue::kVerdictAtWorth);
  // Grades that judge a worth without measuring it: "clear value".
  static const WordTable& kGrade = Cues(cue::kVerdictAtGrade);
  // Praise said as the subject's state: "the feedback was overwhelmingly
  // positive", "the response was fantastic".
  static const WordTable& kPraised = Cues(cue::kVerdictAtPraised);
  static const WordTable& kBe = Cues(cue::kVerdictAtBe);
  static const WordTable& kAfter = Cues(cue::kVerdictAtAfter);
  // Ties between people, which a result can strengthen without a number.
  static const WordTable& kBond = Cues(cue::kVerdictAtBond);
  static const WordTable& kTies = Cues(cue::kVerdictAtTies);
  // A rank claimed for the work: "became our main differentiator".
  static const WordTable& kRank = Cues(cue::kVerdictAtRank);
  const Token& w = t[k];
  if (w.kind != Token::Kind::kWord) return 0;
  if (kJudged.Contains(w)) return 1;
  static const WordTable& kOutcome = Cues(cue::kVerdictAtOutcomeNouns);
  auto ends_at = [&](size_t m) {
    return m >= c.end || t[m].kind != Token::Kind::kWord || kAfter.Contains(t[m]);
  };
  // "Great result for the company", "an excellent outcome overall".
  // "A positive result" is as often a test's: not here.
  static const WordTable& kTestResult = Cues(cue::kVerdictAtTestResult);
  if (kPraised.Contains(w) && !kTestResult.Contains(w) && k + 1 < c.end &&
      kOutcome.Contains(t[k + 1]) && ends_at(k + 2)) {
    return 2;
  }
  // A note's heading and its verdict: "Outcome - positive", "Result:
  // great". The mark may end the clause, so the note's own line bounds it.
  if (kOutcome.Contains(w) && k + 2 < t.size() && t[k + 1].kind != Token::Kind::kWord &&
      t[k + 1].kind != Token::Kind::kNumber && kPraised.Contains(t[k + 2]) &&
      (k + 3 >= t.size() || t[k + 3].kind != Token::Kind::kWord)) {
    return 3;
  }
  // A note that is only the verdict: "Project success.", "big success overall".
  if (Is(w, "success") && ends_at(k + 1) && k > c.begin) {
    static const WordTable& kNotAfter = Cues(cue::kVerdictAtSuccessNotAfter);
    if (VerblessBefore(t, c, k) && !kNotAfter.Contains(t[k - 1])) return 1;
  }
  // Praise as a thing received: "got a lot of appreciation", "recognition
  // from leadership", "good feedback from the pilot users".
  static const WordTable& kPraiseNoun = Cues(cue::kVerdictAtPraiseNoun);
  static const WordTable& kReception = Cues(cue::kVerdictAtReception);
  static const WordTable& kGood = Cues(cue::kVerdictAtGood);
  // The praise must be a thing someone gave: received or shown before it,
  // or "from" someone after it. "Image recognition" and "good response
  // times" name things, not praise.
  static const WordTable& kGiven = Cues(cue::kVerdictAtGiven);
  static const WordTable& kGivenFor = Cues(cue::kVerdictAtGivenFor);
  auto given = [&]() {
    if (k + 1 < c.end && Is(t[k + 1], "from")) return true;
    if (k + 1 < c.end && t[k + 1].kind == Token::Kind::kWord &&
        !kGivenFor.Contains(t[k + 1])) {
      return false;  // a noun after it: "recognition model", "response times"
    }
    // Six words back: "got a lot of positive reviews".
    for (size_t v = k; v-- > c.begin && v + 7 > k;) {
      if (t[v].kind == Token::Kind::kWord && kGiven.Contains(VerbLemma(t[v]))) {
        return true;
      }
    }
    return false;
  };
  if (kPraiseNoun.Contains(w)) {
    static const WordTable& kBusiness = Cues(cue::kVerdictAtAwardOfBusiness);
    if (k > c.begin && kBusiness.Contains(t[k - 1])) return 0;  // "the contract award"
    return given() ? 1 : 0;
  }
  if (kReception.Contains(w) && k > c.begin && kGood.Contains(t[k - 1])) {
    return given() ? 1 : 0;
  }
  // Stakeholders' feelings as the outcome: "made the client happy", "left
  // the nurses relieved", "the buyers felt confident".
  static const WordTable& kPleased = Cues(cue::kVerdictAtPleased);
  static const WordTable& kLink = Cues(cue::kVerdictAtLink);
  if (kPleased.Contains(w)) {
    if (WillingAt(t, k)) return 0;  // "glad to cover the shift"
    static const WordTable& kPleasedOf = Cues(cue::kVerdictAtPleasedOf);
    if (k + 1 < c.end && Is(t[k + 1], "of") && !kPleasedOf.Contains(w)) {
      return 0;  // "relieved of manual entry"; "proud of the launch" is praise
    }
    for (size_t v = k; v-- > c.begin && v + 5 > k;) {
      if (kLink.Contains(t[v])) return 1;
    }
    // A note with the verb dropped: "Boss very satisfied with outcome",
    // "client happy, invoice paid". Words before it but no verb among them,
    // and the clause stops or goes on with "with", "and" after it.
    return VerblessBefore(t, c, k) && !FirstPersonIn(t, c.begin, k) && ends_at(k + 1) ? 1 : 0;
  }
  // The feeling in the verb's base form right after "be", as second-language
  // English writes it: "the team was very impress by the new model",
  // "customer was satisfy with the result". Not "the goal was to impress
  // the board" ("to" before it) nor "my plan was satisfy the regulator".
  static const WordTable& kPleasedBase = Cues(cue::kVerdictAtPleasedBase);
  if (kPleasedBase.Contains(w)) {
    static const WordTable& kBaseAfter = Cues(cue::kVerdictAtPleasedBaseAfter);
    size_t v = k;
    while (v > c.begin && v + 3 > k && IsAdverbOfDegree(t[v - 1])) --v;
    if (v == c.begin || !kBe.Contains(t[v - 1])) return 0;
    return k + 1 >= c.end || t[k + 1].kind != Token::Kind::kWord ||
                   kBaseAfter.Contains(t[k + 1])
               ? 1
               : 0;
  }
  size_t hi = std::min(c.end, k + 4);
  if (kWorth.Contains(w)) {
    // "the one input that made the difference" names a cause, not a worth;
    // "the business saw the value", "proved the value of the pilot" judge.
    if (k > c.begin && Is(t[k - 1], "the")) {
      static const WordTable& kSaw = Cues(cue::kVerdictAtSawThe);
      static const WordTable& kSawAfter = Cues(cue::kVerdictAtSawTheAfter);
      bool ends = ends_at(k + 1) || kSawAfter.Contains(t[k + 1]) ||
                  IsAdverbOfDegree(t[k + 1]);  // not "the value field"
      return ends && k > c.begin + 1 && t[k - 2].kind == Token::Kind::kWord &&
                     ClassifyVerb(t[k - 2]) == VerbForm::kPast && kSaw.Contains(VerbLemma(t[k - 2]))
                 ? 1
                 : 0;
    }
    if (k > c.begin && kGrade.Contains(t[k - 1])) return 1;
    // Five words back: "brought a lot of value to the stores".
    for (size_t v = k; v-- > c.begin && v + 5 > k;) {
      if (t[v].kind == Token::Kind::kWord && kShow.Contains(VerbLemma(t[v]))) {
        return 1;
      }
    }
    // The worth as the subject, graded: "value for the customer was huge".
    if (k == c.begin || (k == c.begin + 1 && Is(t[c.begin], "the"))) {
      for (size_t m = k + 1; m < c.end && m <= k + 5; ++m) {
        if (!kBe.Contains(t[m])) continue;
        size_t g = m + 1;
        while (g < c.end && IsAdverbOfDegree(t[g])) ++g;
        if (g < c.end && (kGrade.Contains(t[g]) || kPraised.Contains(t[g])) && ends_at(g + 1)) {
          return g - k + 1;
        }
        break;
      }
    }
    return 0;
  }
  // "The changes had a positive effect on the clinic"; not "a side effect".
  static const WordTable& kEffect = Cues(cue::kStandingAtEffect);
  if (kEffect.Contains(w) && k > c.begin && kGrade.Contains(t[k - 1])) {
    static const WordTable& kFollow = Cues(cue::kStandingAtFollow);
    return (k + 1 >= c.end || t[k + 1].kind != Token::Kind::kWord ||
            kFollow.Contains(t[k + 1]))
               ? 1
               : 0;
  }
  // The outcome judged with a verb of how it went: "it turned out great",
  // "the new process worked really well", "the cutover went perfectly".
  static const WordTable& kWent = Cues(cue::kVerdictAtWent);
  static const WordTable& kWell = Cues(cue::kVerdictAtWell);
  if (kWent.Contains(w) && ClassifyVerb(w) != VerbForm::kBase) {
    size_t m = k + 1;
    // "worked as expected", "went as planned".
    static const WordTable& kAsPlanned = Cues(cue::kVerdictAtAsPlanned);
    if (m + 1 < c.end && Is(t[m], "as") && kAsPlanned.Contains(t[m + 1])) {
      static const WordTable& kNot = Cues(cue::kVerdictAtAsPlannedNot);
      for (size_t v = c.begin; v < k; ++v) {
        if (kNot.Contains(t[v])) return 0;  // "nothing worked as expected"
      }
      return 3;
    }
    if (m < c.end && Is(t[m], "out")) {
      ++m;
      // "it all worked out in the end", "things worked out.": the outcome
      // judged by its having come right.
      static const WordTable& kInTheEnd = Cues(cue::kVerdictAtWorkedOutEnd);
      if (Is(w, "worked") &&
          (m >= c.end || t[m].kind != Token::Kind::kWord ||
           (m + 2 < c.end && Is(t[m], "in") && Is(t[m + 1], "the") &&
            kInTheEnd.Contains(t[m + 2])))) {
        return m - k;
      }
    }
    while (m < c.end && m <= k + 4 && IsAdverbOfDegree(t[m]) && !kWell.Contains(t[m])) ++m;
    if (m >= c.end || !(kPraised.Contains(t[m]) || kWell.Contains(t[m]))) return 0;
    static const WordTable& kWhere = Cues(cue::kVerdictAtWellWhere);
    bool ends = m + 1 >= c.end || t[m + 1].kind != Token::Kind::kWord ||
                kAfter.Contains(t[m + 1]) ||
                (kWell.Contains(t[m]) && kWhere.Contains(t[m + 1]));  // "worked well in production"
    return ends ? m - k + 1 : 0;
  }
  if (kBe.Contains(w)) {
    size_t m = k + 1;
    while (m < c.end && m <= k + 3 && IsAdverbOfDegree(t[m])) ++m;
    // "was a great experience", "was an amazing success": the outcome judged.
    if (m + 2 < c.end && (Is(t[m], "a") || Is(t[m], "an"))) {
      size_t a = m + 1;
      while (a < c.end && a <= m + 3 && IsAdverbOfDegree(t[a])) ++a;
      if (a + 1 < c.end && kPraised.Contains(t[a]) && kOutcome.Contains(t[a + 1])) {
        return a + 2 - k;
      }
      // "was a major milestone", "a key achievement", "a big moment".
      static const WordTable& kMilestone = Cues(cue::kStandingAtMilestone);
      if (a + 1 < c.end && (kGrade.Contains(t[a]) || kRank.Contains(t[a])) &&
          kMilestone.Contains(t[a + 1])) {
        return a + 2 - k;
      }
      // "was a great team effort", "an amazing learning experience".
      if (a + 2 < c.end && kPraised.Contains(t[a]) && t[a + 1].kind == Token::Kind::kWord &&
          kOutcome.Contains(t[a + 2])) {
        return a + 3 - k;
      }
    }
    // "was the right call", "proved a smart move".
    static const WordTable& kRight = Cues(cue::kVerdictAtRight);
    static const WordTable& kChoice = Cues(cue::kVerdictAtChoice);
    if (m + 2 < c.end && (Is(t[m], "the") || Is(t[m], "a")) && kRight.Contains(t[m + 1]) &&
        kChoice.Contains(t[m + 2]) &&
        (m + 3 >= c.end || t[m + 3].kind != Token::Kind::kWord || kAfter.Contains(t[m + 3]))) {
      return m + 3 - k;
    }
    static const WordTable& kPlain = Cues(cue::kVerdictAtPlainPraised);
    if (m < c.end && kPlain.Contains(t[m]) &&
        (m + 1 >= c.end || t[m + 1].kind != Token::Kind::kWord)) {
      return m - k + 1;  // "it was good."
    }
    if (m >= c.end || !kPraised.Contains(t[m])) return 0;
    static const WordTable& kInForce = Cues(cue::kVerdictAtInForce);
    if (m + 1 < c.end && Is(t[m], "effective") && kInForce.Contains(t[m + 1])) return 0;
    bool ends = m + 1 >= c.end || t[m + 1].kind != Token::Kind::kWord ||
                kAfter.Contains(t[m + 1]);  // "was great and", not "was great news"
    return ends ? m - k + 1 : 0;
  }
  std::string lemma = VerbLemma(w);
  // A tie kept, and graded: "maintained good working relationships", "kept
  // a strong relationship with the union", "stayed on good terms with the
  // landlord"; in the base form only once done ("was able to maintain",
  // "managed to keep"), not wished ("we need to maintain good relations").
  static const WordTable& kKeep = Cues(cue::kVerdictAtKeep);
  static const WordTable& kStay = Cues(cue::kVerdictAtStay);
  static const WordTable& kKeepGrade = Cues(cue::kVerdictAtKeepGrade);
  bool keep = !lemma.empty() && kKeep.Contains(lemma);
  if (keep || kStay.Contains(w)) {
    if (keep && ClassifyVerb(w) == VerbForm::kBase) {
      static const WordTable& kAble = Cues(cue::kVerdictAtKeepAble);
      if (!(k >= c.begin + 2 && Is(t[k - 1], "to") && kAble.Contains(t[k - 2]))) return 0;
    }
    if (k + 3 < c.end && Is(t[k + 1], "on") && kKeepGrade.Contains(t[k + 2]) &&
        Is(t[k + 3], "terms")) {
      return 4;
    }
    if (keep) {
      bool graded = false;
      for (size_t m = k + 1; m < c.end && m <= k + 5; ++m) {
        if (t[m].kind != Token::Kind::kWord) break;
        if (kTies.Contains(t[m])) return graded && TieEndsAt(t, c, k, m) ? m - k + 1 : 0;
        graded = graded || kKeepGrade.Contains(t[m]);
        VerbForm f = ClassifyVerb(t[m]);
        if (f == VerbForm::kPast || f == VerbForm::kThird) break;
      }
      return 0;
    }
    // A tie as the subject, still graded: "our relationship with the
    // supplier stayed strong", "the relation with the customer remain very
    // good"; not "the relationship between load and latency stayed linear".
    static const WordTable& kFollow = Cues(cue::kStandingAtFollow);
    bool tie = false;
    for (size_t v = c.begin; v < k; ++v) {
      if (!kTies.Contains(t[v]) || v + 8 < k) continue;
      tie = tie || v + 1 == k || t[v + 1].kind != Token::Kind::kWord ||
            kFollow.Contains(t[v + 1]);
    }
    if (!tie) return 0;
    size_t g = k + 1;
    while (g < c.end && g <= k + 3 && IsAdverbOfDegree(t[g])) ++g;
    bool ends = g + 1 >= c.end || t[g + 1].kind != Token::Kind::kWord || kAfter.Contains(t[g + 1]);
    return g < c.end && kKeepGrade.Contains(t[g]) && ends ? g - k + 1 : 0;
  }
  // A choice judged by a superlative, nothing measured: "we chose the best
  // solution", "picked the optimal approach", "agreed on the ideal design".
  // Past forms only ("we could not find the best solution" is no claim),
  // and the solution ends its phrase ("the best solution we could afford",
  // "the optimal solution depth" go on).
  static const WordTable& kChose = Cues(cue::kVerdictAtChose);
  if ((kChose.Contains(w) || (!lemma.empty() && kChose.Contains(lemma))) &&
      ClassifyVerb(w) != VerbForm::kBase && !Is(w, "choose") && !Is(w, "find") &&
      !Is(w, "land") && !Is(w, "pick") && !Is(w, "select") && !Is(w, "reach") &&
      !Is(w, "adopt") && !Is(w, "agree") && !Is(w, "arrive") && !Is(w, "settle")) {
    static const WordTable& kBest = Cues(cue::kVerdictAtBest);
    static const WordTable& kOption = Cues(cue::kVerdictAtOption);
    static const WordTable& kOptionAfter = Cues(cue::kVerdictAtOptionAfter);
    for (size_t m = k + 1; m + 2 < c.end && m <= k + 3; ++m) {
      if (t[m].kind != Token::Kind::kWord) break;
      if (!Is(t[m], "the") || !kBest.Contains(t[m + 1]) || !kOption.Contains(t[m + 2])) continue;
      size_t n = m + 3;
      bool ends = n >= c.end || t[n].kind != Token::Kind::kWord || kOptionAfter.Contains(t[n]);
      return ends ? n - k : 0;
    }
    return 0;
  }
  // "Helped build a culture of trust", "it helps strengthen ties": a tie
  // made, its verb in the base form after "helped".
  bool helped = k > c.begin && t[k - 1].kind == Token::Kind::kWord &&
                VerbLemma(t[k - 1]) == "help" && ClassifyVerb(t[k - 1]) != VerbForm::kBase &&
                kBond.Contains(lemma);
  if (lemma.empty() || (ClassifyVerb(w) == VerbForm::kBase && !helped)) return 0;
  // "the kids had a great time", "guests had an amazing experience".
  if (lemma == "have") {
    static const WordTable& kHad = Cues(cue::kVerdictAtHadNouns);
    size_t m = k + 1;
    if (m >= c.end || !(Is(t[m], "a") || Is(t[m], "an"))) return 0;
    ++m;
    while (m < c.end && m <= k + 4 && IsAdverbOfDegree(t[m])) ++m;
    if (m + 1 >= c.end || !kPraised.Contains(t[m]) || !kHad.Contains(t[m + 1])) return 0;
    bool ends = m + 2 >= c.end || t[m + 2].kind != Token::Kind::kWord ||
                (kAfter.Contains(t[m + 2]) && !Is(t[m + 2], "to"));
    return ends ? m + 2 - k : 0;
  }
  // "it helped the company a lot", "greatly helped the night shift".
  static const WordTable& kHelped = Cues(cue::kVerdictAtHelped);
  if (kHelped.Contains(lemma)) {
    static const WordTable& kSize = Cues(cue::kVerdictAtHelpedDegree);
    if (k > c.begin && kSize.Contains(t[k - 1])) return 1;
    for (size_t m = k + 1; m < c.end && m <= k + 6; ++m) {
      if (t[m].kind != Token::Kind::kWord) break;
      if (kSize.Contains(t[m])) return m - k + 1;
      if (Is(t[m], "lot") && Is(t[m - 1], "a") &&
          (m + 1 >= c.end || !Is(t[m + 1], "of"))) {
        return m - k + 1;
      }
    }
    return 0;
  }
  // "Made the porters' lives a lot easier", "makes everyone's life easier":
  // a benefit judged, not told.
  if (lemma == "make") {
    for (size_t m = k + 1; m < c.end && m <= k + 6; ++m) {
      if (!(Is(t[m], "life") || Is(t[m], "lives"))) continue;
      size_t g = m + 1;
      while (g < c.end && g <= m + 4 &&
             (IsAdverbOfDegree(t[g]) || Is(t[g], "much") || Is(t[g], "a") || Is(t[g], "lot") ||
              Is(t[g], "so"))) {
        ++g;
      }
      return g < c.end && Is(t[g], "easier") ? g - k + 1 : 0;
    }
    // "making the tool a trusted part of daily planning", "made it the
    // go-to checklist": a standing made, past the object. "Made the east
    // dock the main entrance" is a decision: only ranks that need others.
    // The speaker making it so is a decision too ("I made it our go-to
    // list"); others or the work must have made it.
    if (ClassifyVerb(w) == VerbForm::kBase || SpeakerIn(t, c.begin, k)) return 0;
    static const WordTable& kMadeRank = Cues(cue::kVerdictAtMadeRank);
    for (size_t m = k + 2; m + 1 < c.end && m <= k + 5; ++m) {
      if (t[m].kind != Token::Kind::kWord) break;
      if ((Is(t[m], "a") || Is(t[m], "the") || Is(t[m], "our") || Is(t[m], "their")) &&
          (kMadeRank.Contains(t[m + 1]) ||
           (Is(t[m + 1], "go") && m + 3 < c.end && Is(t[m + 3], "to"))) &&
          !(m + 2 < c.end && t[m + 2].norm.size() > 2 &&
            t[m + 2].norm.compare(t[m + 2].norm.size() - 2, 2, "'s") == 0)) {
        return m - k + 2;
      }
    }
    return 0;
  }
  // "the whole office noticed the difference".
  static const WordTable& kNotice = Cues(cue::kVerdictAtDifference);
  if (kNotice.Contains(lemma)) {
    for (size_t m = k + 1; m < c.end && m <= k + 4; ++m) {
      if (t[m].kind != Token::Kind::kWord) break;
      if (!Is(t[m], "difference")) continue;
      bool ends = m + 1 >= c.end || t[m + 1].kind != Token::Kind::kWord ||
                  kAfter.Contains(t[m + 1]);  // not "a difference between"
      return ends ? m - k + 1 : 0;
    }
    return 0;
  }
  // "met the customer's expectations", "exceeded everyone's expectations".
  static const WordTable& kMeet = Cues(cue::kVerdictAtMeet);
  if (kMeet.Contains(lemma)) {
    static const WordTable& kExpectation = Cues(cue::kVerdictAtExpectation);
    for (size_t m = k + 1; m < c.end && m <= k + 4; ++m) {
      if (kExpectation.Contains(t[m])) return m - k + 1;
    }
    return 0;
  }
  static const WordTable& kUplift = Cues(cue::kVerdictAtUplift);
  if (kUplift.Contains(lemma)) {
    static const WordTable& kUplifted = Cues(cue::kVerdictAtUplifted);
    // "It improved my judgment and teamwork": the speaker's growth, a
    // lesson, not a verdict on the result.
    for (size_t m = k + 1; m < hi + 1 && m < c.end; ++m) {
      if (t[m].kind != Token::Kind::kWord || Is(t[m], "my")) break;
      if (kUplifted.Contains(t[m])) return m - k + 1;
    }
  }
  if (kBond.Contains(lemma)) {
    // "won back the clinic's trust", "built a lot of trust between ...":
    // the tie may sit six words on, past articles and possessives, but not
    // past a mark or another verb.
    for (size_t m = k + 1; m < c.end && m <= k + 6; ++m) {
      if (t[m].kind != Token::Kind::kWord) break;
      if (kTies.Contains(t[m])) return TieEndsAt(t, c, k, m) ? m - k + 1 : 0;
      VerbForm f = ClassifyVerb(t[m]);
      if (f == VerbForm::kPast || f == VerbForm::kThird) break;
    }
  } else if (lemma == "become") {
    // "became one of our biggest advocates": the rank may follow "one of".
    for (size_t m = k + 1; m < std::min(c.end, k + 6); ++m) {
      if (kRank.Contains(t[m])) return m - k + 1;
    }
  }
  return 0;
}

bool SpeakerIn(const std::vector<Token>& t, size_t from, size_t to) {
  for (size_t k = from; k < to; ++k) {
    if (Is(t[k], "i") || Is(t[k], "we")) return true;
  }
  return false;
}

// A clause that ends at m, or goes on with a word from `more`.
bool EndsOr(const std::vector<Token>& t, const Clause& c, size_t m, const WordTable& more) {
  return m >= c.end || t[m].kind != Token::Kind::kWord || more.Contains(t[m]);
}

// A negation between two tokens: "trust was never restored".
bool NegatedBetween(const std::vector<Token>& t, size_t from, size_t to) {
  static const WordTable& kInside = Cues(cue::kDropNegatedInside);
  for (size_t k = from; k < to; ++k) {
    if (kInside.Contains(t[k]) || EndsInNt(t[k])) return true;
  }
  return false;
}

// The speaker's own qualities claimed as the result, or more trust or scope
// given to the speaker: "this demonstrated my ability to deliver under
// pressure", "I showed strong leadership", "I proved that I can handle a
// crisis", "this shows how I insist on the highest standards", "I was
// entrusted with the key accounts", "I was given more responsibility".
// Returns the tokens the claim takes (0: none).
size_t AbilityAt(const std::vector<Token>& t, const Clause& c, size_t k,
                 const std::string& lemma) {
  static const WordTable& kDisplay = Cues(cue::kStandingAtDisplay);
  static const WordTable& kTrait = Cues(cue::kStandingAtTrait);
  if (kDisplay.Contains(lemma)) {
    static const WordTable& kGrade = Cues(cue::kStandingAtTraitGrade);
    static const WordTable& kCan = Cues(cue::kStandingAtCan);
    size_t m = k + 1;
    if (m < c.end && (Is(t[m], "that") || Is(t[m], "how"))) ++m;
    // "proved that I can ...", "shows how I insist ...", "showed I was capable".
    if (m + 1 < c.end && (Is(t[m], "i") || Is(t[m], "i'm"))) {
      if (!(Is(t[k + 1], "how") || Is(t[m], "i'm") || kCan.Contains(t[m + 1]))) return 0;
      // "showed I was wrong about the cache" judges against the speaker.
      static const WordTable& kAgainst = Cues(cue::kStandingAtAgainst);
      for (size_t v = m + 1; v < c.end && v <= m + 4; ++v) {
        if (kAgainst.Contains(t[v]) || EndsInNt(t[v])) return 0;
      }
      return m - k + 2;
    }
    m = k + 1;
    bool mine = m < c.end && Is(t[m], "my");
    if (mine) ++m;
    // Only the speaker shows a quality without "my": "I showed strong
    // leadership", "Demonstrated strong ownership".
    if (!mine && c.actor != Actor::kSpeaker) return 0;
    if (lemma == "notice" && !mine) return 0;
    while (m < c.end && m <= k + 4 && kGrade.Contains(t[m])) ++m;
    if (m >= c.end || !kTrait.Contains(t[m])) return 0;
    // The quality ends its phrase: "my ability to", "ownership of the
    // problem", "strong leadership throughout"; not "my skills gap", "my
    // judgement was off".
    static const WordTable& kFollow = Cues(cue::kStandingAtFollow);
    static const WordTable& kAfter = Cues(cue::kVerdictAtSawTheAfter);
    bool ends = m + 1 >= c.end || t[m + 1].kind != Token::Kind::kWord ||
                kFollow.Contains(t[m + 1]) || kAfter.Contains(t[m + 1]) ||
                Is(t[m + 1], "throughout");
    return ends ? m - k + 1 : 0;
  }
  // "I was entrusted with the key accounts", "I was trusted with the launch".
  static const WordTable& kEntrusted = Cues(cue::kStandingAtEntrusted);
  bool speaker = FirstPersonIn(t, c.begin, k) || Is(t[c.begin], "me");
  if (kEntrusted.Contains(lemma)) {
    return speaker && k > c.begin && IsPassiveAuxiliary(t[k - 1]) && k + 1 < c.end &&
                   Is(t[k + 1], "with")
               ? 2
               : 0;
  }
  // "I was given more responsibility", "my manager gave me more ownership".
  if (lemma == "give" || lemma == "get") {
    static const WordTable& kMore = Cues(cue::kStandingAtMore);
    static const WordTable& kScope = Cues(cue::kStandingAtScope);
    size_t m = k + 1;
    if (m < c.end && Is(t[m], "me")) {
      speaker = true;
      ++m;
    }
    if (!speaker || m + 1 >= c.end || !kMore.Contains(t[m])) return 0;
    return kScope.Contains(t[m + 1]) ? m - k + 2 : 0;
  }
  return 0;
}

// The speaker's own growth claimed as the result, with nothing a listener
// could check: "I grew as a leader", "it helped me grow professionally",
// "this made me a better teacher", "it boosted my confidence", "my
// confidence grew a lot", "I became more confident", "a huge personal
// growth for me". A lesson with its content ("I learned to ask earlier",
// "it improved my judgment in later incidents") and growth with an object
// ("I grew the team to eight") stay silent. Returns the tokens it takes.
size_t GrowthAt(const std::vector<Token>& t, const Clause& c, size_t k) {
  const Token& w = t[k];
  if (w.kind != Token::Kind::kWord) return 0;
  static const WordTable& kSelf = Cues(cue::kGrowthAtSelf);
  auto mine = [&](size_t v) { return v > c.begin && Is(t[v - 1], "my"); };
  // Past any degree: "a lot", "so much", "really", "immensely".
  auto skip_degree = [&](size_t m) {
    while (m < c.end) {
      if (IsAdverbOfDegree(t[m]) || Is(t[m], "much") || Is(t[m], "more")) {
        ++m;
      } else if (m + 1 < c.end && (Is(t[m], "a") || Is(t[m], "so")) &&
                 (Is(t[m + 1], "lot") || Is(t[m + 1], "much"))) {
        m += 2;
      } else {
        break;
      }
    }
    return m;
  };
  // "My confidence grew a lot", "my self-esteem went up".
  if (kSelf.Contains(w)) {
    if (!mine(k) || k + 1 >= c.end) return 0;
    static const WordTable& kRise = Cues(cue::kGrowthAtRise);
    size_t m = k + 1;
    if (m < c.end && Is(t[m], "also")) ++m;
    if (m >= c.end || t[m].kind != Token::Kind::kWord) return 0;
    if (Is(t[m], "went") && m + 1 < c.end && Is(t[m + 1], "up")) return m - k + 2;
    if (ClassifyVerb(t[m]) != VerbForm::kBase && kRise.Contains(VerbLemma(t[m]))) {
      return m - k + 1;
    }
    return 0;
  }
  // "A huge personal growth for me", "great professional growth".
  if (Is(w, "growth")) {
    static const WordTable& kKind = Cues(cue::kGrowthAtKind);
    bool ends = k + 1 >= c.end || t[k + 1].kind != Token::Kind::kWord ||
                Is(t[k + 1], "for") || Is(t[k + 1], "and");
    return k > c.begin && kKind.Contains(t[k - 1]) && ends ? 1 : 0;
  }
  std::string lemma = VerbLemma(w);
  if (lemma.empty()) return 0;
  VerbForm form = ClassifyVerb(w);
  // "It boosted my confidence", "improved my self-esteem"; not "improved
  // my judgment", a skill learned.
  static const WordTable& kUplift = Cues(cue::kVerdictAtUplift);
  if (kUplift.Contains(lemma) && form != VerbForm::kBase && k + 2 < c.end &&
      Is(t[k + 1], "my") && kSelf.Contains(t[k + 2])) {
    return 3;
  }
  // "I have gained a huge amount of knowledge", "we gained a lot of
  // experience": a size and nothing a listener could check, said by the
  // speaker or the team right before the verb (the clause may open with
  // "the outcome is that"). "Gained knowledge of the billing codes" has no
  // size; "if I gain a lot of experience" is a wish.
  static const WordTable& kGain = Cues(cue::kGrowthAtGain);
  if (kGain.Contains(lemma) && form == VerbForm::kPast) {
    size_t s = k;
    while (s > c.begin && (Is(t[s - 1], "have") || Is(t[s - 1], "has") ||
                           Is(t[s - 1], "had") || Is(t[s - 1], "also") ||
                           Is(t[s - 1], "really"))) {
      --s;
    }
    bool ours = s > c.begin && (Is(t[s - 1], "i") || Is(t[s - 1], "we") ||
                                Is(t[s - 1], "i've") || Is(t[s - 1], "we've"));
    bool wish = ours && s >= 2 && (Is(t[s - 2], "if") || Is(t[s - 2], "unless"));
    static const WordTable& kKnow = Cues(cue::kGrowthAtKnow);
    static const WordTable& kSize = Cues(cue::kGrowthAtKnowSize);
    bool sized = false;
    for (size_t m = k + 1; ours && !wish && m < c.end && m <= k + 6; ++m) {
      if (t[m].kind != Token::Kind::kWord) break;
      if (kSize.Contains(t[m])) sized = true;
      if (kKnow.Contains(t[m])) {
        if (sized) return m - k + 1;
        break;
      }
    }
  }
  bool speaker = Is(t[c.begin], "i") || c.actor == Actor::kSpeaker;
  // A base form after "helped me", "made me", "let me": "it helped me grow".
  bool after_me = k > c.begin + 1 && Is(t[k - 1], "me") &&
                  (VerbLemma(t[k - 2]) == "help" || VerbLemma(t[k - 2]) == "make" ||
                   VerbLemma(t[k - 2]) == "let");
  bool made_me = lemma == "make" && k + 1 < c.end && Is(t[k + 1], "me");
  if (form == VerbForm::kBase && !after_me) return 0;
  if (!speaker && !after_me && !made_me) return 0;
  for (size_t v = c.begin; v < k; ++v) {
    if (Is(t[v], "if") || Is(t[v], "to")) return 0;  // a wish or a plan, not a result
  }
  static const WordTable& kGrow = Cues(cue::kGrowthAtGrow);
  if (kGrow.Contains(lemma)) {
    static const WordTable& kHow = Cues(cue::kGrowthAtHow);
    size_t m = skip_degree(k + 1);
    bool sized = m > k + 1;
    if (m >= c.end || t[m].kind != Token::Kind::kWord) {
      return sized || lemma == "grow" ? m - k : 0;  // "I have grown so much."
    }
    if (kHow.Contains(t[m])) return m - k + 1;
    if (Is(t[m], "as") && m + 2 < c.end && (Is(t[m + 1], "a") || Is(t[m + 1], "an"))) {
      return m - k + 3;
    }
    if (Is(t[m], "from") && m + 1 < c.end &&
        (Is(t[m + 1], "this") || Is(t[m + 1], "it") || Is(t[m + 1], "that"))) {
      return m - k + 2;
    }
    return 0;
  }
  // "I gained a lot of confidence", "built up my confidence".
  if (kGain.Contains(lemma) && form != VerbForm::kBase) {
    for (size_t m = k + 1; m < c.end && m <= k + 5; ++m) {
      if (t[m].kind != Token::Kind::kWord) break;
      if (!kSelf.Contains(t[m])) continue;
      // "confidence with Kafka", "confidence in the new pumps": a tool learned.
      bool ends = m + 1 >= c.end || t[m + 1].kind != Token::Kind::kWord ||
                  Is(t[m + 1], "and") || Is(t[m + 1], "as") ||
                  (m + 2 < c.end && Is(t[m + 1], "in") &&
                   (Is(t[m + 2], "myself") || Is(t[m + 2], "my")));
      return ends ? m - k + 1 : 0;
    }
    if (lemma != "get") return 0;
  }
  // "I became more confident", "I feel much more confident now".
  if (lemma == "become" || lemma == "feel" || lemma == "grow" || lemma == "get") {
    size_t m = skip_degree(k + 1);
    bool more = false;
    for (size_t v = k + 1; v < m; ++v) more = more || Is(t[v], "more");
    if (m < c.end && Is(t[m], "confident") && (more || lemma == "become" || lemma == "grow")) {
      return m - k + 1;
    }
  }
  // "I became a better leader", "it made me a better teacher".
  if (lemma == "become" || (lemma == "make" && k + 1 < c.end && Is(t[k + 1], "me"))) {
    size_t m = k + 1;
    if (lemma == "make") {
      ++m;
    }
    if (m + 2 < c.end && (Is(t[m], "a") || Is(t[m], "an")) &&
        (Is(t[m + 1], "better") || Is(t[m + 1], "stronger")) &&
        t[m + 2].kind == Token::Kind::kWord &&
        (m + 3 >= c.end || t[m + 3].kind != Token::Kind::kWord || Is(t[m + 3], "and") ||
         Is(t[m + 3], "too"))) {
      return m - k + 3;
    }
  }
  return 0;
}

// The result's standing with people claimed instead of measured: trust,
// agreement, reputation, reliance and recognition ("trust restored", "the
// stakeholders were aligned", "the client trusts us again", "I became
// known as the go-to person", "the team now relies on it", "the CEO
// mentioned the project in the town hall"). A tie a verb makes ("built
// trust") is read by VerdictAt. Returns the tokens the claim takes (0: none).
size_t StandingAt(const std::vector<Token>& t, const Clause& c, size_t k) {
  const Token& w = t[k];
  if (w.kind != Token::Kind::kWord) return 0;
  static const WordTable& kTies = Cues(cue::kVerdictAtTies);
  static const WordTable& kFollow = Cues(cue::kStandingAtFollow);
  static const WordTable& kLink = Cues(cue::kVerdictAtLink);
  if (kTies.Contains(w)) {
    static const WordTable& kConfidence = Cues(cue::kStandingAtConfidence);
    // "Leadership now has full confidence in the team", "it gave leadership
    // confidence in our roadmap"; not "I have confidence in my team".
    if (kConfidence.Contains(w)) {
      // "Giving management confidence for contingency planning", "gave the
      // board confidence to sign": confidence handed to a party right
      // before it. "Gave me confidence" is the speaker's own growth.
      if ((k + 1 >= t.size() || !Is(t[k + 1], "in")) &&
          (k + 1 >= t.size() || t[k + 1].kind != Token::Kind::kWord ||
           Is(t[k + 1], "for") || Is(t[k + 1], "to"))) {
        // The receiver: one to three words, none of them the speaker.
        for (size_t v = k - 1; v + 4 > k && v > c.begin; --v) {
          if (t[v].kind != Token::Kind::kWord || Is(t[v], "me") || Is(t[v], "us") ||
              Is(t[v], "my") || Is(t[v], "myself")) {
            break;
          }
          const Token& g = t[v - 1];
          if (v < k && g.kind == Token::Kind::kWord && VerbLemma(g) == "give" &&
              ClassifyVerb(g) != VerbForm::kBase && !SpeakerIn(t, c.begin, v - 1)) {
            return k - v + 2;
          }
        }
      }
      if (k + 1 >= c.end || !Is(t[k + 1], "in")) return 0;
      static const WordTable& kGive = Cues(cue::kStandingAtConfidenceIn);
      for (size_t v = k; v-- > c.begin && v + 5 > k;) {
        if (Is(t[v], "me") || Is(t[v], "my")) return 0;
        static const WordTable& kModal = Cues(cue::kStandingAtModal);
        if (t[v].kind == Token::Kind::kWord && kGive.Contains(VerbLemma(t[v])) &&
            (ClassifyVerb(t[v]) != VerbForm::kBase ||
             (v > c.begin && !kModal.Contains(t[v - 1])))) {
          return SpeakerIn(t, c.begin, v) ? 0 : k - v + 1;
        }
      }
      return 0;
    }
    // "The client trust us again" (a verb, with its object after it).
    static const WordTable& kTrust = Cues(cue::kStandingAtTrust);
    static const WordTable& kTrusted = Cues(cue::kStandingAtTrusted);
    if (kTrust.Contains(w) && k + 1 < c.end && kTrusted.Contains(t[k + 1]) &&
        !(k > c.begin && (Is(t[k - 1], "a") || Is(t[k - 1], "the"))) &&
        !SpeakerIn(t, c.begin, k)) {
      return 2;
    }
    static const WordTable& kProfile = Cues(cue::kStandingAtProfile);
    if (kProfile.Contains(w)) return 0;  // only after a verb (TieEndsAt)
    // "Trust restored.", "strong trust was built with the auditors",
    // "alignment achieved between product and design".
    static const WordTable& kMade = Cues(cue::kStandingAtParticiple);
    for (size_t m = k + 1; m < c.end && m <= k + 5; ++m) {
      if (t[m].kind != Token::Kind::kWord) break;
      VerbForm f = ClassifyVerb(t[m]);
      if (f == VerbForm::kNone || IsPassiveAuxiliary(t[m])) continue;
      if (f != VerbForm::kPast || !kMade.Contains(VerbLemma(t[m]))) break;
      bool passive = IsPassiveAuxiliary(t[m - 1]) || VerblessBefore(t, c, k) || k == c.begin;
      if (!passive || NegatedBetween(t, k, m)) break;
      if (!(m == k + 1 || kFollow.Contains(t[k + 1]) || IsPassiveAuxiliary(t[k + 1]))) break;
      return m - k + 1;
    }
    // The tie as the subject, grown by itself: "our relationship with the
    // supplier strengthened", "trust between the teachers and me grew
    // stronger", "our bond is stronger than ever". "Trust improved" is left
    // to unquantified-result.
    static const WordTable& kBe = Cues(cue::kVerdictAtBe);
    // The tie ends its phrase, or its verb follows at once ("team spirit
    // was"); "the bond fund position" names a thing.
    bool tie_ends = EndsOr(t, c, k + 1, kFollow) ||
                    (k + 1 < c.end && (kBe.Contains(t[k + 1]) ||
                                       ClassifyVerb(t[k + 1]) == VerbForm::kPast));
    if ((VerblessBefore(t, c, k) || k == c.begin) && tie_ends) {
      static const WordTable& kGrew = Cues(cue::kStandingAtTieGrew);
      static const WordTable& kStronger = Cues(cue::kStandingAtTieStronger);
      for (size_t m = k + 1; m < c.end && m <= k + 8; ++m) {
        // "the parents' committee", "rapport w/ the landlord".
        if (Is(t[m], "'") || Is(t[m], "'s") || Is(t[m], "/")) continue;
        if (t[m].kind != Token::Kind::kWord) break;
        bool be = kBe.Contains(t[m]);
        VerbForm f = ClassifyVerb(t[m]);
        if (!be && (f == VerbForm::kNone || f == VerbForm::kBase || f == VerbForm::kGerund)) {
          continue;
        }
        std::string verb = VerbLemma(t[m]);
        if (NegatedBetween(t, k, m)) break;
        if (kGrew.Contains(verb)) return m - k + 1;
        if (be || verb == "grow" || verb == "become" || verb == "get") {
          size_t g = m + 1;
          while (g < c.end && g <= m + 3 && (IsAdverbOfDegree(t[g]) || Is(t[g], "much") ||
                                           Is(t[g], "even"))) {
            ++g;
          }
          if (g < c.end && kStronger.Contains(t[g])) return g - k + 1;
        }
        break;
      }
    }
    // "More trust from the client side", "high trust with the regulator":
    // a note graded, its verb dropped.
    static const WordTable& kGrade = Cues(cue::kStandingAtGrade);
    if (k > c.begin && kGrade.Contains(t[k - 1]) && EndsOr(t, c, k + 1, kFollow) &&
        VerblessBefore(t, c, k) && !SpeakerIn(t, c.begin, k)) {
      return 1;
    }
    return 0;
  }
  // "The stakeholders were aligned", "everyone was on board", "leadership
  // was fully bought in", "the teams are in sync"; in notes, "stakeholders
  // aligned, project approved". "The wheels were aligned" is a repair.
  static const WordTable& kState = Cues(cue::kStandingAtState);
  if (kState.Contains(w)) {
    static const WordTable& kStateEnd = Cues(cue::kStandingAtStateEnd);
    size_t first = k, last = k;
    if (Is(w, "sync") || Is(w, "board")) {
      if (k == c.begin || !Is(t[k - 1], Is(w, "sync") ? "in" : "on")) return 0;
      first = k - 1;
    } else if (Is(w, "bought")) {
      if (k + 1 >= c.end || !Is(t[k + 1], "in")) return 0;
      last = k + 1;
    }
    if (!EndsOr(t, c, last + 1, kStateEnd)) return 0;
    size_t v = first;
    while (v > c.begin && IsAdverbOfDegree(t[v - 1])) --v;
    bool linked = v > c.begin && kLink.Contains(t[v - 1]);
    if (linked) --v;
    // Without a verb, only "aligned" is a note's state: "sales and ops aligned".
    if (!linked && (!Is(w, "aligned") || !VerblessBefore(t, c, v))) return 0;
    if (!PartyIn(t, c.begin, v) || (!linked && SpeakerIn(t, c.begin, v))) return 0;
    return last - first + 1;
  }
  // A group said to be closer as the outcome: "the team became more
  // cohesive", "the volunteers grew much closer"; people must be the
  // subject ("the depot was closer to the port" is a place).
  static const WordTable& kClose = Cues(cue::kStandingAtClose);
  if (kClose.Contains(w)) {
    if (k + 1 < c.end && (Is(t[k + 1], "to") || Is(t[k + 1], "than") || Is(t[k + 1], "in") ||
                          Is(t[k + 1], "against"))) {
      return 0;  // "closer to the port", "united against the change"
    }
    size_t v = k;
    while (v > c.begin && (IsAdverbOfDegree(t[v - 1]) || Is(t[v - 1], "more") ||
                           Is(t[v - 1], "much") || Is(t[v - 1], "even"))) {
      --v;
    }
    // "We became a tight-knit team": a group of that kind.
    bool group = v > c.begin && (Is(t[v - 1], "a") || Is(t[v - 1], "an"));
    if (group) {
      if (k + 1 >= c.end || !(Is(t[k + 1], "team") || Is(t[k + 1], "group") ||
                              Is(t[k + 1], "crew") || Is(t[k + 1], "unit"))) {
        return 0;
      }
      --v;
    }
    if (v == c.begin) return 0;
    const Token& link = t[v - 1];
    std::string verb = VerbLemma(link);
    if (!(kLink.Contains(link) || verb == "grow" || verb == "get" || verb == "become")) return 0;
    bool people = Is(t[c.begin], "we");
    for (size_t m = c.begin; m + 1 < v && !people; ++m) {
      people = t[m].kind == Token::Kind::kWord &&
               (PartyAt(t[m]) || Is(t[m], "team") || Is(t[m], "crew") || Is(t[m], "group") ||
                Is(t[m], "volunteers") || Is(t[m], "staff") || Is(t[m], "colleagues"));
    }
    if (!people || NegatedBetween(t, c.begin, k)) return 0;
    return 1;
  }
  static const WordTable& kKnown = Cues(cue::kStandingAtKnown);
  if (kKnown.Contains(w)) {
    // "I became known as the go-to person", "I was seen as the expert".
    if (k + 1 >= c.end || !(Is(t[k + 1], "as") || (Is(w, "known") && Is(t[k + 1], "for")))) {
      return 0;
    }
    if (k == c.begin) return 0;
    size_t v = k - 1;
    while (v > c.begin && IsAdverbOfDegree(t[v])) --v;
    bool became = VerbLemma(t[v]) == "become";
    const std::string& n = t[v].norm;
    bool contracted = n.size() > 2 && (n.compare(n.size() - 2, 2, "'m") == 0 ||
                                       n.compare(n.size() - 3, 3, "'re") == 0 ||
                                       n.compare(n.size() - 2, 2, "'s") == 0);
    if (!became && !IsPassiveAuxiliary(t[v]) && !contracted) return 0;
    if (!(Is(w, "known") && Is(t[k + 1], "for"))) {
      // "seen as the expert", "known as the go-to person"; not "seen as a
      // risk at first".
      static const WordTable& kSeenAs = Cues(cue::kStandingAtSeenAs);
      bool rank = false;
      for (size_t m = k + 2; m < c.end && m <= k + 5; ++m) rank = rank || kSeenAs.Contains(t[m]);
      if (!rank) return 0;
    }
    static const WordTable& kOurs = Cues(cue::kTestimonyAtOurs);
    bool ours = FirstPersonIn(t, c.begin, v + 1);  // "I'm regarded as"
    for (size_t s = c.begin; s < v; ++s) ours = ours || kOurs.Contains(t[s]);
    return became || ours ? 2 : 0;
  }
  VerbForm form = ClassifyVerb(w);
  if (form == VerbForm::kNone) return 0;
  // "The client trusts us again", "the vendor trusted me from then on",
  // "this make the customer trust us more".
  static const WordTable& kTrust = Cues(cue::kStandingAtTrust);
  if (kTrust.Contains(w)) {
    if (k > c.begin && (Is(t[k - 1], "a") || Is(t[k - 1], "the") || Is(t[k - 1], "'s"))) return 0;
    if (SpeakerIn(t, c.begin, k)) return AbilityAt(t, c, k, "trust");  // "I was trusted with"
    static const WordTable& kTrusted = Cues(cue::kStandingAtTrusted);
    if (k + 1 < c.end && kTrusted.Contains(t[k + 1])) return 2;
    if (form == VerbForm::kBase) return 0;
    for (size_t m = k + 1; m < c.end && m <= k + 6; ++m) {
      if (Is(t[m], "again") || (Is(t[m], "then") && m + 1 < c.end && Is(t[m + 1], "on"))) {
        return m - k + 1;
      }
    }
    return 0;
  }
  if (form == VerbForm::kBase) return 0;
  std::string lemma = VerbLemma(w);
  if (size_t n = AbilityAt(t, c, k, lemma)) return n;
  // "The team now relies on it", "the whole company relies on the dashboard".
  static const WordTable& kRely = Cues(cue::kStandingAtRely);
  if (kRely.Contains(lemma)) {
    if (k + 1 >= c.end || !(Is(t[k + 1], "on") || Is(t[k + 1], "upon"))) return 0;
    if (SpeakerIn(t, c.begin, k) || !PartyIn(t, c.begin, k)) return 0;
    static const WordTable& kNow = Cues(cue::kStandingAtRelyNow);
    for (size_t m = c.begin; m < c.end; ++m) {
      if (kNow.Contains(t[m]) && (Is(t[m], "now") || m == k + 2)) return 2;
    }
    return 0;
  }
  // "The CEO mentioned the project in the town hall", "it was highlighted in
  // my annual review": the speaker or the work named, and where.
  static const WordTable& kMention = Cues(cue::kStandingAtMention);
  if (kMention.Contains(lemma)) {
    static const WordTable& kFeatured = Cues(cue::kStandingAtFeatured);
    static const WordTable& kVenue = Cues(cue::kStandingAtVenue);
    bool passive = k > c.begin && IsPassiveAuxiliary(t[k - 1]);
    size_t from = passive ? c.begin : k + 1;
    size_t to = passive ? k - 1 : std::min(c.end, k + 4);
    if (!passive && SpeakerIn(t, c.begin, k)) return 0;
    bool named = false;
    for (size_t m = from; m < to; ++m) {
      if (t[m].kind != Token::Kind::kWord) break;
      if (Is(t[m], "in") || Is(t[m], "at")) break;
      named = named || kFeatured.Contains(t[m]) || Is(t[m], "i") || Is(t[m], "we");
    }
    if (!named) return 0;
    for (size_t m = k + 1; m < c.end && m <= k + 8; ++m) {
      if (kVenue.Contains(t[m])) return m - k + 1;
    }
    return 0;
  }
  // "All the work paid off in the end"; not "paid off the loan".
  static const WordTable& kPay = Cues(cue::kStandingAtPay);
  if (kPay.Contains(w)) {
    static const WordTable& kEnd = Cues(cue::kStandingAtPayEnd);
    if (k > c.begin && IsPassiveAuxiliary(t[k - 1])) return 0;  // "the loan was paid off"
    if (k + 1 < c.end && Is(t[k + 1], "off") && EndsOr(t, c, k + 2, kEnd)) return 2;
    return 0;
  }
  // "This brought the whole team together"; not "brought the two datasets
  // together".
  static const WordTable& kTogether = Cues(cue::kStandingAtTogether);
  if (kTogether.Contains(lemma)) {
    // "the whole cast", "the entire floor": a whole group.
    bool people = false;
    for (size_t m = k + 1; m < c.end && m <= k + 5; ++m) {
      if (t[m].kind != Token::Kind::kWord) break;
      if (Is(t[m], "together")) {
        // "... together in one room" says where, a fact.
        bool ends = m + 1 >= c.end || t[m + 1].kind != Token::Kind::kWord ||
                    Is(t[m + 1], "and") || Is(t[m + 1], "again");
        return people && ends ? m - k + 1 : 0;
      }
      people = people || PartyAt(t[m]) || Is(t[m], "whole") || Is(t[m], "entire");
    }
  }
  return 0;
}

// Someone else holding the speaker's work up as an example, a verdict told
// as testimony: "my lead cited it as a model", "head office pointed to our
// store as the benchmark", "the client mention this project as a example".
// The object must be the speaker's work ("it", "this", "our ..."): "the
// trainer used a broken pump as an example" is about the pump; and not a
// warning ("used it as an example of what not to do").
size_t ExemplarAt(const std::vector<Token>& t, const Clause& c, size_t k) {
  static const WordTable& kVerbs = Cues(cue::kExemplarAtVerbs);
  if (t[k].kind != Token::Kind::kWord || k == c.begin) return 0;
  std::string lemma = VerbLemma(t[k]);
  if (lemma.empty() || !kVerbs.Contains(lemma)) return 0;
  VerbForm f = ClassifyVerb(t[k]);
  if (f == VerbForm::kGerund) return 0;
  if (f == VerbForm::kBase) {
    const Token& p = t[k - 1];
    if (Is(p, "to") || Is(p, "will") || Is(p, "would") || Is(p, "should") || Is(p, "could") ||
        Is(p, "can") || Is(p, "must") || Is(p, "might") || Is(p, "may") || Is(p, "please")) {
      return 0;
    }
  }
  if (FirstPersonIn(t, c.begin, k)) return 0;  // "I presented it as a draft"
  static const WordTable& kOwn = Cues(cue::kExemplarAtOwn);
  static const WordTable& kNouns = Cues(cue::kExemplarAtNouns);
  static const WordTable& kFollow = Cues(cue::kStandingAtFollow);
  bool own = false;
  for (size_t m = k + 1; m < c.end && m <= k + 9; ++m) {
    if (t[m].kind != Token::Kind::kWord) return 0;
    if (!Is(t[m], "as")) {
      if (m == k + 1 && (Is(t[m], "a") || Is(t[m], "an"))) return 0;
      own = own || kOwn.Contains(t[m]);
      continue;
    }
    if (!own) return 0;
    for (size_t n = m + 1; n < c.end && n <= m + 4; ++n) {
      if (t[n].kind != Token::Kind::kWord) return 0;
      if (!kNouns.Contains(t[n])) continue;
      if (Is(t[n], "practice") && !(Is(t[n - 1], "best") || Is(t[n - 1], "good"))) return 0;
      bool ends = n + 1 >= c.end || t[n + 1].kind != Token::Kind::kWord ||
                  kFollow.Contains(t[n + 1]);
      for (size_t q = n + 1; ends && q < c.end && q <= n + 5; ++q) {
        if (Is(t[q], "not")) ends = false;  // "an example of what not to do"
      }
      return ends ? n - k + 1 : 0;
    }
    return 0;
  }
  return 0;
}

// A superlative set against all that came before, a rank no number backs:
// "the cleanest migration she had seen", "the best-run fair in years", "our
// smoothest close ever", "the best quarter in the company's history". "The
// latest build" and "the largest client" place a thing, and without the
// frame ("the fastest route to the depot") a superlative picks, not
// praises. Returns the tokens the claim takes (0: none).
size_t SuperlativeAt(const std::vector<Token>& t, size_t k) {
  const Token& w = t[k];
  if (w.kind != Token::Kind::kWord) return 0;
  // "the", "our" before it; or a note's first word ("- smoothest stocktake
  // in years").
  static const WordTable& kOwner = Cues(cue::kSuperlativeAtOwner);
  if (k > 0 && !kOwner.Contains(t[k - 1]) && t[k - 1].kind == Token::Kind::kWord) return 0;
  if (k > 0 && t[k - 1].kind != Token::Kind::kWord && !Is(t[k - 1], "-") &&
      !Is(t[k - 1], "*")) {
    return 0;
  }
  static const WordTable& kRanked = Cues(cue::kTestimonyAtReported);
  static const WordTable& kNot = Cues(cue::kSuperlativeAtNot);
  const std::string& n = w.norm;
  bool est = n.size() >= 6 && n.compare(n.size() - 3, 3, "est") == 0;
  if (!(kRanked.Contains(w) || Is(w, "most") || (est && !kNot.Contains(w)) ||
        n.compare(0, 5, "best-") == 0)) {
    return 0;
  }
  static const WordTable& kFrame = Cues(cue::kSuperlativeAtFrame);
  auto before = [&](size_t m, const char* a, const char* b) {
    return Is(t[m - 1], a) || Is(t[m - 1], b);
  };
  for (size_t m = k + 1; m < t.size() && m <= k + 7; ++m) {
    if (t[m].kind != Token::Kind::kWord && !Is(t[m], "-")) break;  // the phrase ends
    if (!kFrame.Contains(t[m])) continue;
    bool framed = true;
    if (Is(t[m], "years") || Is(t[m], "decades")) {
      framed = before(m, "in", "for");  // "in years"; not "three years"
    } else if (Is(t[m], "record")) {
      framed = before(m, "on", "on");
    } else if (Is(t[m], "memory")) {
      framed = before(m, "in", "living");
    } else if (Is(t[m], "seen")) {
      // "she had seen", "I've ever seen", "they'd seen".
      const std::string& p = t[m - 1].norm;
      framed = before(m, "had", "ever") || before(m, "have", "has") ||
               (p.size() > 2 && (p.compare(p.size() - 2, 2, "'d") == 0 ||
                                 p.compare(p.size() - 3 < p.size() ? p.size() - 3 : 0, 3, "'ve") == 0));
    }
    if (framed) return m - k + 1;
  }
  return 0;
}

// Praise and success claims read from the result's clauses (who praises,
// what is claimed), not from a list of stock phrases; a claim whose
// sentence gives a number is decoration on a measured result and stays.
void FindClaims(std::string_view text, const std::vector<Token>& t,
                const std::vector<Clause>& clauses, const StoryAnalysis& a,
                std::vector<Span>* out) {
  for (const Clause& c : clauses) {
    for (size_t k = c.begin; k < c.end; ++k) {
      size_t n = PraiseAt(t, c, k) || TestimonyAt(t, c, k) ? 1 : VerdictAt(t, c, k);
      if (n == 0) n = StandingAt(t, c, k);
      if (n == 0) n = GrowthAt(t, c, k);
      if (n == 0) n = ExemplarAt(t, c, k);
      if (n == 0) n = SuperlativeAt(t, k);
      if (n == 0 || Negated(t, c, k)) continue;
      size_t begin = 0, end = 0;
      SentenceAround(text, t, k, &begin, &end);
      if (Overlaps(a.result_quantities, begin, end)) continue;
      // "The system delivered strong outcomes:" heads the numbers below it.
      if (end > 0 && text[end - 1] == ':' &&
          Overlaps(a.result_quantities, end, text.size())) {
        continue;
      }
      Span s;
      s.offset = t[k].offset;
      s.length = t[k + n - 1].offset + t[k + n - 1].length - s.offset;
      s.text = std::string(text.substr(s.offset, s.length));
      // Where the phrase list found praise already, its phrase is quoted.
      if (Overlaps(*out, s.offset, s.offset + s.length)) continue;
      out->push_back(std::move(s));
      k += n - 1;
    }
  }
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
  static const WordTable& kBullets = Cues(cue::kSentenceIsSpecificBullets);
  bool first = true;  // the first word after any bullet mark starts the line
  for (const Token& t : Tokenize(s)) {
    if (first && t.kind == Token::Kind::kSymbol &&
        kBullets.Contains(t)) {
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

// Spans in text order, overlapping ones kept once (the first).
void SortUnique(std::vector<Span>* spans) {
  std::sort(spans->begin(), spans->end(),
            [](const Span& x, const Span& y) { return x.offset < y.offset; });
  spans->erase(std::unique(spans->begin(), spans->end(),
                           [](const Span& x, const Span& y) {
                             return y.offset < x.offset + x.length;  // overlapping
                           }),
               spans->end());
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
  std::vector<bool> marks = QuantityMarks(tokens[kResult]);  // both finders test each token
  a.result_quantities = FindQuantities(result, tokens[kResult], marks);
  a.result_comparisons = FindComparisons(result, tokens[kResult], marks);
  if (!a.result_quantities.empty() && a.result_comparisons.empty()) {
    a.result_unbaselined = FindMeasures(result, tokens[kResult], marks);
  }
  CountOwnership(tokens[kAction], clauses[kAction], &a);

  for (int i = 0; i < kPartCount; ++i) {
    Part part = static_cast<Part>(i);
    const std::string& text = story.parts[i].text;
    if (text.empty()) continue;
    bool claims = part == Part::kAction || part == Part::kResult || part == Part::kTask;
    uint32_t wanted =
        Bit(kEffort) | (part == Part::kResult ? Bit(kVague) | Bit(kUnmeasured) : 0) |
        (part != Part::kLearning ? Bit(kAbstract) : 0) | (claims ? Bit(kStock) : 0);
    std::vector<std::vector<Span>> found =
        SectionPhrases().FindEach(text, tokens[i], wanted);
    if (part == Part::kResult) {
      a.vague_phrases = std::move(found[kVague]);
      if (!a.result_quantities.empty()) {
        // Beside numbers, an unmeasured comparison is puffery; with no
        // number anywhere it is the unquantified result itself.
        a.vague_phrases.insert(a.vague_phrases.end(), found[kUnmeasured].begin(),
                               found[kUnmeasured].end());
        FindIntensifiedPraise(text, tokens[i], &a.vague_phrases);
        SortUnique(&a.vague_phrases);
      }
      DropQuantifiedPraise(text, tokens[i], a, &a.vague_phrases);
      DropDegreeWell(tokens[i], &a.vague_phrases);
      DropNegated(tokens[i], clauses[i], &a.vague_phrases);
      DropWillingOrCompared(tokens[i], &a.vague_phrases);
      FindClaims(text, tokens[i], clauses[i], a, &a.vague_phrases);
      SortUnique(&a.vague_phrases);
    }
    {
      // The clause reading adds what the phrase list missed; where both
      // found effort, the list's phrase is the one quoted.
      std::vector<Span> more;
      FindEffortClaims(text, tokens[i], clauses[i], &more);
      std::vector<Span>& effort = found[kEffort];
      for (Span& s : more) {
        if (!Overlaps(effort, s.offset, s.offset + s.length))
          effort.push_back(std::move(s));
      }
      SortUnique(&effort);
    }
    DropUncelebrated(tokens[i], clauses[i],
                     part == Part::kSituation || part == Part::kTask, &found[kEffort]);
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
