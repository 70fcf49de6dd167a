// The setback finder (setbacks.h).
#include "text/setbacks.h"

#include <algorithm>
#include <string>

#include "text/cues.h"
#include "text/lexicon.h"
#include "text/word_table.h"

namespace starbank {
namespace {

bool IsWord(const Token& t) { return t.kind == Token::Kind::kWord; }
bool IsNumber(const Token& t) { return t.kind == Token::Kind::kNumber; }

// Small grammar words read in several checks below (data/lexicon/clause-words.lex).
const WordTable& SpeakerOrWe() {
  static const WordTable& w = Cues(cue::kSpeakerOrWe);
  return w;
}

const WordTable& NoneWords() {
  static const WordTable& w = Cues(cue::kNoneWords);
  return w;
}

const WordTable& PossessiveMarks() {
  static const WordTable& w = Cues(cue::kPossessiveMarks);
  return w;
}

const WordTable& NegatedPast() {
  static const WordTable& w = Cues(cue::kNegatedPast);
  return w;
}

const WordTable& DoBeAux() {
  static const WordTable& w = Cues(cue::kDoBeAux);
  return w;
}

const WordTable& HaveForms() {
  static const WordTable& w = Cues(cue::kHaveForms);
  return w;
}

const WordTable& TeamSubjects() {
  static const WordTable& w = Cues(cue::kTeamSubjects);
  return w;
}

const WordTable& HaveOrD() {
  static const WordTable& w = Cues(cue::kHaveOrD);
  return w;
}

const WordTable& ExperienceAdjectives() {
  static const WordTable& w = Cues(cue::kSkillGapExperience);
  return w;
}

const WordTable& DuringWords() {
  static const WordTable& w = Cues(cue::kKeptRunningDuring);
  return w;
}

const WordTable& DueByWords() {
  static const WordTable& w = Cues(cue::kDueByBefore);
  return w;
}

const WordTable& TimeBoxHad() {
  static const WordTable& w = Cues(cue::kTimeBoxHad);
  return w;
}

const WordTable& BeForms() {
  static const WordTable& w = Cues(cue::kBeForms);
  return w;
}

const WordTable& InPlanWords() {
  static const WordTable& w = Cues(cue::kOutOfPlanIn);
  return w;
}

const WordTable& OutOfPlanNot() {
  static const WordTable& w = Cues(cue::kOutOfPlanNot);
  return w;
}

const WordTable& ObligedItself() {
  static const WordTable& w = Cues(cue::kObligedItself);
  return w;
}

const WordTable& NobodyCanAux() {
  static const WordTable& w = Cues(cue::kNobodyCanAux);
  return w;
}

const WordTable& PersonAwayFuture() {
  static const WordTable& w = Cues(cue::kPersonAwayFuture);
  return w;
}

const WordTable& TimeLeftBefore() {
  static const WordTable& w = Cues(cue::kTimeLeftBefore);
  return w;
}

const WordTable& EventDeterminers() {
  static const WordTable& w = Cues(cue::kAdverseEventNounDeterminers);
  return w;
}

// Verbs that tell something going wrong whoever the subject is: "the
// import broke", "I missed the date", "a dependency slipped".
const WordTable& AdverseVerbs() {
  static const WordTable& w = Cues(cue::kAdverseVerbs);
  return w;
}

// Verbs that tell an obstacle when someone else does them, or in the
// passive: "the vendor deprecated the API", "the budget was cut". Said of
// the speaker ("I cut the scope") they are the speaker's own decision.
const WordTable& OpposingVerbs() {
  static const WordTable& w = Cues(cue::kOpposingVerbs);
  return w;
}

// Of the opposing verbs, those that also describe an improvement when a
// number follows ("cut p95 by 40%", "limit retries to 3").
const WordTable& AmountVerbs() {
  static const WordTable& w = Cues(cue::kAmountVerbs);
  return w;
}

// Particles that make a phrasal verb adverse or not: "pushed back", "ran
// out", "dried up", "went down", "fell behind".
// The verbs of the phrasal-setbacks family; a verb's number indexes its
// particles.
struct Phrasal {
  WordTable verbs;
  std::vector<WordTable> particles;
};

const Phrasal& PhrasalSetbacks() {
  static const Phrasal kPhrasal = [] {
    Phrasal out;
    for (const std::string& phrase : CuePhrases(cue::kPhrasalSetbacks)) {
      size_t space = phrase.find(' ');
      size_t verb = static_cast<size_t>(out.verbs.Add(phrase.substr(0, space)));
      if (verb >= out.particles.size()) out.particles.resize(verb + 1);
      out.particles[verb].Add(phrase.substr(space + 1));
    }
    return out;
  }();
  return kPhrasal;
}

bool PhrasalSetback(const std::string& lemma, const Token* next) {
  if (next == nullptr) return false;
  const Phrasal& kPhrasal = PhrasalSetbacks();
  int verb = kPhrasal.verbs.Find(lemma);
  return verb >= 0 && kPhrasal.particles[static_cast<size_t>(verb)].Contains(next->norm);
}

// Nouns that name a problem when they head their phrase ("an outage", "a
// bug in the retry path"), not when they modify the next noun ("bug bash",
// "crash-rate dashboard", "risk review").
const WordTable& ProblemNouns() {
  static const WordTable& w = Cues(cue::kProblemNouns);
  return w;
}

// Adjectives that tell an adverse state: "the feed was stale", "a flaky
// suite". Those in the first list count in front of a noun too.
const WordTable& AdverseAdjectives() {
  static const WordTable& w = Cues(cue::kAdverseAdjectives);
  return w;
}
const WordTable& AttributiveAdverse() {
  static const WordTable& w = Cues(cue::kAttributiveAdverse);
  return w;
}

// Verbs that link a subject to its state: "was stale", "went offline".
const WordTable& Linking() {
  static const WordTable& w = Cues(cue::kLinking);
  return w;
}

// Words that, right after a problem noun, show it heads its phrase: a
// verb, a preposition, a relative pronoun, punctuation. Any other word
// makes the noun a modifier ("bug bash").
const WordTable& HeadFollowers() {
  static const WordTable& w = Cues(cue::kHeadFollowers);
  return w;
}

// Words before a problem noun that make it a topic, not an event:
// "runbooks for incidents", "a talk on outages".
const WordTable& TopicWords() {
  static const WordTable& w = Cues(cue::kTopicWords);
  return w;
}

// Nouns that give a constraint stakes after a number: "19 days out",
// "only two engineers", "a $40k budget".
const WordTable& ResourceNouns() {
  static const WordTable& w = Cues(cue::kResourceNouns);
  return w;
}

const WordTable& DeadlineNouns() {
  static const WordTable& w = Cues(cue::kDeadlineNouns);
  return w;
}

const WordTable& TimeLeftWords() {
  static const WordTable& w = Cues(cue::kTimeLeftWords);
  return w;
}

const WordTable& ContrastWords() {
  static const WordTable& w = Cues(cue::kContrastWords);
  return w;
}

// "no outage", "zero new incidents", "no regressions in the release": what
// follows "no" at `i` is the absence of a problem, which is no setback
// ("there were no complaints"), unlike a missing capability ("the vendor had
// no connector") or a problem noun that modifies another ("no rollback plan").
bool NoProblemAt(const std::vector<Token>& t, size_t i, size_t end) {
  static const WordTable& kModifiers = Cues(cue::kNoProblemAtModifiers);
  static const WordTable& kAfterHead = Cues(cue::kNoProblemAtAfterHead);
  size_t head = i + 1;
  if (head < end && kModifiers.Contains(t[head])) ++head;
  if (head >= end || !ProblemNouns().Contains(t[head])) return false;
  return head + 1 >= end || !IsWord(t[head + 1]) || kAfterHead.Contains(t[head + 1]);
}

// "couldn't", "could not", "unable", "had no", "there was no", "lacked".
bool NegatedCapability(const std::vector<Token>& t, size_t i, size_t end) {
  static const WordTable& kModal = Cues(cue::kNegatedCapabilityModal);
  static const WordTable& kCould = Cues(cue::kNegatedCapabilityCould);
  const Token& k = t[i];
  if (kModal.Contains(k)) {
    if (NegatedPast().Contains(k)) {
      return false;  // judged with its subject: NegatedByOther
    }
    return true;
  }
  if (kCould.Contains(k) && i + 1 < end && Is(t[i + 1], "not") &&
      !DoBeAux().Contains(k)) {
    if (HaveForms().Contains(k)) return false;  // "had not yet"
    if (DoBeAux().Contains(k)) {
      static const WordTable& kAfter = Cues(cue::kNegatedCapabilityAfter);
      return i + 2 < end && kAfter.Contains(t[i + 2]);
    }
    return true;
  }
  if (HaveForms().Contains(k) && i + 1 < end && NoneWords().Contains(t[i + 1])) {
    return !NoProblemAt(t, i + 1, end);  // "the vendor had no connector"
  }
  static const WordTable& kThereBe = Cues(cue::kNegatedCapabilityThereBe);
  if (Is(k, "there") && i + 2 < end && kThereBe.Contains(t[i + 1]) &&
      NoneWords().Contains(t[i + 2])) {
    return !NoProblemAt(t, i + 2, end);
  }
  static const WordTable& kNotWhat = Cues(cue::kNegatedCapabilityNotWhat);
  if (Is(k, "not") && i + 1 < end && kNotWhat.Contains(t[i + 1])) {
    return true;
  }
  if (Is(k, "no") && i + 2 < end && Is(t[i + 1], "way") && Is(t[i + 2], "to"))
    return true;
  if (Is(k, "too") && i + 1 < end && IsWord(t[i + 1])) {
    static const WordTable& kToo = Cues(cue::kNegatedCapabilityToo);
    return kToo.Contains(t[i + 1]);
  }
  return false;
}

class Finder {
 public:
  // A `problems` finder reads every section as the action and keeps what
  // the setback finder sets aside as the problem itself: the setup's
  // problem, a cause found while diagnosing.
  Finder(std::string_view text, const std::vector<Token>& t, SetbackScope scope,
         const std::vector<Span>& skip, bool problems = false)
      : text_(text),
        t_(t),
        scope_(problems ? SetbackScope::kAction : scope),
        skip_(skip),
        problems_(problems) {}

  // The first cue of the clause, or none.
  bool Clause(const starbank::Clause& c, Span* out) {
    bool contrast = false;
    for (size_t i = c.begin; i < c.end; ++i) {
      if (ContrastWords().Contains(t_[i]) && !ExpectMisspelt(i)) contrast = true;
    }
    // "Found the root cause: a missing index": the clause after the colon
    // is what the diagnosis found.
    // Where the diagnosis starts is read only when a cue asks (Diagnosed),
    // or when a colon carries it on.
    // A dash carries it on as a colon does: "discovered discrepancies in the
    // source data -- some values were missing" (an em dash reads as "--").
    // So does "and" before a state found with a new subject: "I checked the
    // boiler and the valve was stuck" (StateFound).
    bool carried = carry_ && c.begin > 0 &&
                   (Carries(t_[c.begin - 1]) || (carry_and_ && StateFound(c)));
    clause_ = &c;
    traced_ = problems_ ? c.end : carried ? c.begin : kUnread;
    carried_ = carried;
    bool colon = c.end < t_.size() && Carries(t_[c.end]);
    bool joined = !colon && c.end < t_.size() && Is(t_[c.end], "and");
    carry_ = (colon || joined) && !problems_ && TracedAt() < c.end;
    carry_and_ = joined;
    if (scope_ == SetbackScope::kResult && !contrast) return false;
    for (size_t i = c.begin; i < c.end; ++i) {
      if (Skipped(i)) continue;
      at_ = i;
      size_t len = 1;
      if (Cue(c, i, contrast, &len)) {
        if (!problems_ && Unreal(i)) continue;
        *out = MakeSpan(i, std::min(c.end, i + len));
        return true;
      }
    }
    return false;
  }

  // After a diagnosis and "and", a clause that tells a thing's state is
  // what the check found: "I checked the boiler and the valve was stuck",
  // "- looked at the logs and the disk was full". An event ("and then the
  // supplier refused"), a turn ("and suddenly ...") or people's state ("and
  // the manager was angry") still counts.
  bool StateFound(const starbank::Clause& c) const {
    static const WordTable& kTurns = Cues(cue::kStateFoundTurns);
    static const WordTable& kRoles = Cues(cue::kPersonAgainstRoles);
    size_t b = Is(t_[c.begin], "and") ? c.begin + 1 : c.begin;
    if (b == c.begin && !Is(t_[c.begin - 1], "and")) return false;
    bool be = false;
    for (size_t m = b; m < c.end && m <= b + 6; ++m) {
      const Token& w = t_[m];
      if (kTurns.Contains(w)) return false;
      if (BeForms().Contains(w)) {
        be = m > b;
        break;
      }
      if (NamesPeople(w) || kRoles.Contains(w)) return false;
    }
    if (!be) return false;
    // A stance is people's ("and the chef was furious"), whoever is named.
    static const WordTable& kStance = Cues(cue::kAdverseStatePeople);
    for (size_t m = b; m < c.end; ++m) {
      if (kTurns.Contains(t_[m]) || kStance.Contains(t_[m])) return false;
    }
    return true;
  }

  // The work held up, waiting on something outside, told after the setup:
  // "had to wait for the permit", "waited 3 weeks for the parts", "we must
  // wait the inspector approval", "the work was on hold until the insurer
  // signed off". Waiting on a step of one's own ("waited for the backup to
  // finish", "wait for the dough to rise") and a few minutes are none; in
  // the setup a project on hold is the problem told (a wait for a permit
  // there is a limit on the work, as after it).
  bool HeldUp(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kWait = Cues(cue::kHeldUpWait);
    const Token& k = t_[i];
    if (Is(k, "hold")) {
      if (Setup()) return false;
      if (i == c.begin || !Is(t_[i - 1], "on") || i + 1 >= c.end) return false;
      if (!(Is(t_[i + 1], "until") || Is(t_[i + 1], "till") || Is(t_[i + 1], "for"))) {
        return false;  // "put the old orders on hold and ..."
      }
      if (c.actor == Actor::kSpeaker || c.actor == Actor::kCollective) {
        return false;  // "put the orders on hold until ...": the speaker's move
      }
      *len = 2;
      return true;
    }
    if (!kWait.Contains(k) || Negated(t_, c, i)) return false;
    static const WordTable& kGates = Cues(cue::kHeldUpGates);
    static const WordTable& kTime = Cues(cue::kGivenTimeTime);
    static const WordTable& kSpelled = Cues(cue::kGivenTimeSpelled);
    bool long_wait = false;
    size_t m = i + 1;
    if (m + 1 < c.end && (IsNumber(t_[m]) || kSpelled.Contains(t_[m])) &&
        kTime.Contains(t_[m + 1]) && !Is(t_[m + 1], "minute") && !Is(t_[m + 1], "minutes")) {
      long_wait = true;
      m += 2;
    }
    if (long_wait && m < c.end && Is(t_[m], "for")) {
      *len = m - i;  // "waited six weeks for ..."
      return true;
    }
    if (m < c.end && Is(t_[m], "for")) ++m;
    for (size_t n = m; n < c.end && n <= m + 3; ++n) {
      if (kGates.Contains(t_[n])) {
        *len = n + 1 - i;
        return true;
      }
      if (!IsWord(t_[n]) && !Is(t_[n], "'s")) break;
    }
    return false;
  }

  // What could not be done is a step of the fix, not the fault itself:
  // "Unable to reproduce in other environments", "we could not replicate it
  // on staging". In the setup that stood in the way; "customers could not
  // log in" is the problem the story solves.
  bool FixStepBlocked(const starbank::Clause& c, size_t i) const {
    static const WordTable& kSteps = Cues(cue::kNegatedCapabilityFixStep);
    for (size_t m = i + 1; m < c.end && m <= i + 4; ++m) {
      if (kSteps.Contains(t_[m])) return true;
    }
    return false;
  }

  // What was at stake, told as a risk run: "any prolonged blocker risked
  // losing the deal", "the change risks breaking checkout". The verb, not
  // the noun ("a risk review", "the risk of churn" are read elsewhere).
  bool RiskedHarm(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kRisk = Cues(cue::kRiskedHarmRisk);
    static const WordTable& kNoun = Cues(cue::kRiskedHarmNounBefore);
    if (!kRisk.Contains(t_[i]) || i + 1 >= c.end) return false;
    if (i > c.begin && kNoun.Contains(t_[i - 1])) return false;  // "a risk", "the risks"
    if (Negated(t_, c, i)) return false;
    std::string lemma;
    if (ClassifyVerb(t_[i + 1], &lemma) != VerbForm::kGerund) return false;
    if (!AdverseVerbs().Contains(lemma) && !Cues(cue::kRiskedHarmHarms).Contains(lemma)) {
      return false;
    }
    *len = 2;
    return true;
  }

  // A decision taken over the speaker's head: "Decision made without
  // consulting me", "they changed the plan without telling us".
  bool OverHead(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kAsk = Cues(cue::kOverHeadAsk);
    static const WordTable& kUs = Cues(cue::kOverHeadUs);
    if (!Is(t_[i], "without") || i + 2 >= c.end) return false;
    if (!kAsk.Contains(t_[i + 1]) || !kUs.Contains(t_[i + 2])) return false;
    *len = 3;
    return true;
  }

  // The clause read opens with the speaker's verb (a note: "Added ...", or
  // "I added ...") and `k` lies in it.
  bool OwnNoteBefore(size_t k) const {
    return clause_ != nullptr && clause_->actor == Actor::kSpeaker &&
           k > clause_->begin && k < clause_->end;
  }

  // "bad rows are rejected", "the order gets stopped": a present passive
  // between `from` and the participle at `i`, with no modal.
  bool PresentPassive(size_t from, size_t i) const {
    static const WordTable& kAux = Cues(cue::kPresentPassiveAux);
    return i > from && kAux.Contains(t_[i - 1]) && ClassifyVerb(t_[i]) == VerbForm::kPast;
  }

  // "they didn't except to have this": "expect" misspelt after a negation,
  // no "except" that sets one thing against another.
  bool ExpectMisspelt(size_t i) const {
    static const WordTable& kNot = Cues(cue::kExpectMisspeltNot);
    return Is(t_[i], "except") && i > 0 && kNot.Contains(t_[i - 1]) && i + 1 < t_.size() &&
           Is(t_[i + 1], "to");
  }

  // A mark after which a clause tells what the clause before it found.
  static bool Carries(const Token& k) { return Is(k, ":") || Is(k, "--"); }

  // The last clause read a diagnosis: a cue there was the cause found.
  bool DiagnosisRead() const { return traced_ != kUnread && traced_ < clause_->end; }

 private:
  // The cue at `i` tells what might happen, not what did: it lies in a
  // condition ("if the canary failed we would fall back", "a rollback script
  // in case the migration failed") or in what a move is for ("so users would
  // not see crashes", "made sure nothing would break", "asked what could go
  // wrong"). A safeguard or a plan, not a setback. The consequence of a
  // condition is read as told: after a comma or a modal ("if the audit
  // failed, the hospital would lose its accreditation") it is a stake. Read
  // back from the cue to the sentence's start, at most 15 words, never past
  // a comma, colon or semicolon.
  // A modal of what might be: "would", "will", "can", or one joined to its
  // subject ("we'd", "it'll").
  static bool WouldLike(const Token& w) {
    static const WordTable& kModals = Cues(cue::kUnrealModals);
    if (kModals.Contains(w)) return true;
    const std::string& n = w.norm;
    return n.size() > 3 && (n.compare(n.size() - 2, 2, "'d") == 0 ||
                            n.compare(n.size() - 3, 3, "'ll") == 0);
  }

  // The verb at `i` is the consequence of a condition, told with a modal:
  // "if the scanners failed we'd lose a day of picks", "unless the permit
  // came, the cafe would lose the season". What was at stake, whoever it
  // would hit: in the setup it is a setback, not the problem told.
  bool Stake(size_t i) const {
    static const WordTable& kCondition = Cues(cue::kUnrealCondition);
    static const WordTable& kCould = Cues(cue::kUnrealCould);
    if (i == 0 || !(WouldLike(t_[i - 1]) || kCould.Contains(t_[i - 1]))) return false;
    size_t lo = i > 20 ? i - 20 : 0;
    for (size_t k = i - 1; k-- > lo;) {
      if (t_[k + 1].sentence_start) return false;
      if (kCondition.Contains(t_[k]) && !Is(t_[k], "case") && !Is(t_[k], "whether"))
        return true;
    }
    return false;
  }

  bool Unreal(size_t i) const {
    // "so they can see whether the count is changing or not", "checked if
    // the import failed or not": a question asked, no event told.
    for (size_t m = i + 1; m + 1 < t_.size() && m <= i + 3; ++m) {
      if (!IsWord(t_[m])) break;
      if (Is(t_[m], "or") && Is(t_[m + 1], "not")) return true;
    }
    // "dependencies that can be deleted", "reports which could be retired":
    // a removal told as possible names an opportunity the speaker found.
    static const WordTable& kRemoval = Cues(cue::kUnrealRemoval);
    static const WordTable& kPossible = Cues(cue::kUnrealPossible);
    static const WordTable& kRelativeWords = Cues(cue::kRelativePronouns);
    if (i >= 3 && Is(t_[i - 1], "be") && kPossible.Contains(t_[i - 2]) &&
        kRelativeWords.Contains(t_[i - 3])) {
      std::string lemma = VerbLemma(t_[i]);
      if (kRemoval.Contains(lemma.empty() ? t_[i].norm : lemma)) return true;
    }
    static const WordTable& kCondition = Cues(cue::kUnrealCondition);
    static const WordTable& kPurpose = Cues(cue::kUnrealPurpose);
    static const WordTable& kMake = Cues(cue::kUnrealMake);
    static const WordTable& kModals = Cues(cue::kUnrealModals);
    static const WordTable& kCould = Cues(cue::kUnrealCould);
    bool modal = WouldLike(t_[i]) || kCould.Contains(t_[i]);
    bool would = WouldLike(t_[i]);  // a modal that makes a bare "so" a purpose
    size_t lo = i > 15 ? i - 15 : 0;
    for (size_t k = i; k-- > lo;) {
      const Token& w = t_[k];
      if (t_[k + 1].sentence_start) return false;
      if (!IsWord(w) && !Is(w, "'d") && !Is(w, "'ll")) {
        if (Is(w, "-") || Is(w, "'")) continue;
        return false;  // a comma, colon or other boundary
      }
      if (WouldLike(w)) {
        modal = would = true;
        continue;
      }
      if (kCould.Contains(w)) {
        modal = true;
        continue;
      }
      if (kCondition.Contains(w)) {
        if (Is(w, "case") && !(k > 0 && Is(t_[k - 1], "in"))) continue;
        return !modal;  // after a modal: the consequence, a stake
      }
      if (Is(w, "what") && k + 1 < t_.size() && (kModals.Contains(t_[k + 1]) ||
                                                 kCould.Contains(t_[k + 1]))) {
        return true;  // "asked what could go wrong"
      }
      if (Is(w, "so")) {
        // "so that ...", or a bare "so" before a modal with no comma before
        // it: "tested on old phones so users would not see crashes". The
        // modal may follow the cue: "so a broken file would be rejected".
        for (size_t m = i + 1; m < t_.size() && m <= i + 3 && !modal; ++m) {
          if (t_[m].sentence_start || !IsWord(t_[m])) break;
          if (WouldLike(t_[m])) modal = would = true;
          if (kCould.Contains(t_[m])) modal = true;
        }
        if (k + 1 < i && Is(t_[k + 1], "that")) return modal;
        if (would && k > 0 && IsWord(t_[k - 1])) return true;
        // A note's own build, then what it does told in the present: "Added
        // validation rules so bad rows are rejected". What it keeps out, not
        // an event; "the vendor changed the API so our calls are rejected"
        // has someone else acting before "so".
        return !modal && OwnNoteBefore(k) && PresentPassive(k + 1, i);
      }
      if (kPurpose.Contains(w) && !Is(w, "that")) {
        if (Is(w, "sure")) return k > 0 && kMake.Contains(t_[k - 1]);
        return true;
      }
    }
    return false;
  }

  // Where the speaker's diagnosis starts: "Traced the slowdown to a report
  // scanning the whole ledger", "pinpointed the leak in the image cache".
  // What follows is the cause found, which is the problem, not a setback.
  //
  // Also the cause named ("the root cause was", "the culprit was"), and what
  // the speaker found told as a state ("found that the calls were
  // synchronous", "discovered the cache was stale", "saw timeouts from the
  // gateway"). Something new found ("found a bug in the retry path") is
  // still an event on the way.
  size_t Traced(const starbank::Clause& c) const {
    static const WordTable& kTrace = Cues(cue::kTracedTrace);
    static const WordTable& kSee = Cues(cue::kTracedSee);
    static const WordTable& kNew = Cues(cue::kTracedNew);
    // The forms that can open a diagnosis, looked up before the lexicon.
    // clang-format off
    static const WordTable& kForms = Cues(cue::kTracedForms);
    // clang-format on
    static const WordTable& kCause = Cues(cue::kTracedCause);
    static const WordTable& kCulprit = Cues(cue::kTracedCulprit);
    for (size_t i = c.begin; i < c.end; ++i) {
      // "The problem turned out to be a timezone bug": what follows is the
      // cause found.
      if (CauseTurnedOut(c, i)) return i;
      if (!IsWord(t_[i]) || !kForms.Contains(t_[i])) continue;
      if ((Is(t_[i], "root") && i + 1 < c.end && kCause.Contains(t_[i + 1])) ||
          kCulprit.Contains(t_[i])) {
        return i;
      }
      std::string see;
      VerbForm g = ClassifyVerb(t_[i], &see);
      if ((g == VerbForm::kPast || g == VerbForm::kBase) && kSee.Contains(see) &&
          i + 1 < c.end && IsWord(t_[i + 1]) && !kNew.Contains(t_[i + 1]) &&
          SpeakerDoes(c, i)) {
        return i;
      }
      // The speaker's evidence as the subject: "my analysis showed the churn
      // came from one plan", "the logs showed a spike in timeouts".
      static const WordTable& kShow = Cues(cue::kTracedShow);
      static const WordTable& kEvidence = Cues(cue::kTracedEvidence);
      if ((g == VerbForm::kPast || g == VerbForm::kThird) && kShow.Contains(see)) {
        for (size_t m = i; m-- > c.begin && m + 3 >= i;) {
          if (kEvidence.Contains(t_[m])) return i;
          if (!IsWord(t_[m])) break;
        }
      }
      if (g != VerbForm::kPast && g != VerbForm::kBase && g != VerbForm::kGerund)
        continue;
      if (!kTrace.Contains(see)) continue;
      if (SpeakerDoes(c, i)) return i;
    }
    return c.end;
  }

  // "The problem turned out to be", "the cause turns out": the word at `i`
  // names the problem or its cause, and "turned out" follows.
  bool CauseTurnedOut(const starbank::Clause& c, size_t i) const {
    static const WordTable& kCause = Cues(cue::kTurnedOutCause);
    return kCause.Contains(t_[i]) && i + 2 < c.end &&
           (Is(t_[i + 1], "turned") || Is(t_[i + 1], "turns")) && Is(t_[i + 2], "out");
  }

  // The speaker does the verb at `i`: "I found", a note's leading verb
  // ("Investigated why ..."), or the speaker's infinitive ("worked with QA
  // to find ...").
  bool SpeakerDoes(const starbank::Clause& c, size_t i) const {
    if (i == c.begin) return c.actor != Actor::kCollective && c.actor != Actor::kPassive;
    if (c.actor == Actor::kSpeaker && Is(t_[i - 1], "to")) return true;
    // A note's next verb after a comma, with no subject of its own: "Use
    // profiling tools, found out wrong usage code".
    if (c.actor == Actor::kSpeaker && Is(t_[i - 1], ",") && IsWord(t_[c.begin])) {
      VerbForm f = ClassifyVerb(t_[c.begin]);
      if (f == VerbForm::kBase || f == VerbForm::kPast) return true;
    }
    return LocalActor(c, i) == Actor::kSpeaker;
  }

  size_t TracedAt() const {
    if (traced_ == kUnread) traced_ = Traced(*clause_);
    return traced_;
  }

  // The token looked at lies in what a diagnosis found: only an outside
  // event (a change, a departure, a limit) still counts there.
  bool Diagnosed() const {
    if (problems_) return false;
    size_t from = TracedAt();
    return at_ > from || (carried_ && at_ >= from);
  }

  // Whether token i lies in a skipped span (spans sorted by offset, never
  // overlapping: the phrase matcher's).
  bool Skipped(size_t i) const {
    size_t o = t_[i].offset;
    auto it = std::upper_bound(skip_.begin(), skip_.end(), o,
                               [](size_t x, const Span& s) { return x < s.offset; });
    if (it == skip_.begin()) return false;
    --it;
    return o < it->offset + it->length;
  }

  Span MakeSpan(size_t from, size_t to) const {
    Span s;
    s.offset = t_[from].offset;
    s.length = t_[to - 1].offset + t_[to - 1].length - s.offset;
    s.text = std::string(text_.substr(s.offset, s.length));
    return s;
  }

  bool Setup() const { return scope_ == SetbackScope::kSetup; }

  // Someone other than the speaker and the team acts in the clause.
  static bool Outside(const starbank::Clause& c) {
    return c.actor == Actor::kOther || c.actor == Actor::kPassive ||
           c.actor == Actor::kUnknown;
  }

  // A word that refers back ("it", "this", "which"): "this cut p95" is an
  // outcome of the speaker's own move, not an obstacle.
  bool Anaphoric(const starbank::Clause& c) const {
    static const WordTable& w = Cues(cue::kAnaphoric);
    return c.actor_token < t_.size() && w.Contains(t_[c.actor_token]);
  }

  // Who does the verb at i: the words between it and the nearest clause
  // boundary before it. "found that a font download blocked the first
  // frame" is the download's doing, whatever the clause opened with.
  Actor LocalActor(const starbank::Clause& c, size_t i) const {
    static const WordTable& kStops = Cues(cue::kLocalActorStops);
    static const WordTable& kFiller = Cues(cue::kLocalActorFiller);
    static const WordTable& kRelative = Cues(cue::kLocalActorRelative);
    static const WordTable& kSpeaker = Cues(cue::kLocalActorSpeaker);
    static const WordTable& kLead = Cues(cue::kLocalActorLead);
    static const WordTable& kOwnTeam = Cues(cue::kLocalActorTeamDeterminers);
    bool words = false;
    size_t lo = i > c.begin + 12 ? i - 12 : c.begin;  // a subject is near its verb
    for (size_t k = i; k-- > lo;) {
      const Token& w = t_[k];
      if (kRelative.Contains(w)) return Actor::kOther;  // "legal, who refused"
      if (kStops.Contains(w)) break;
      if (SpeakerOrWe().Contains(w) && ContactRelative(c, k, i)) {
        words = true;  // "the contractor we relied on took": the contractor acts
        continue;
      }
      if (kSpeaker.Contains(w)) return Actor::kSpeaker;
      if (TeamSubjects().Contains(w) && InPrepositionalPhrase(c, k)) {
        words = true;  // "the senior engineer on the team refused": the engineer
        continue;
      }
      if (TeamSubjects().Contains(w)) {
        bool lead = k + 1 < i && kLead.Contains(t_[k + 1]);
        if (!lead && !(k > c.begin && IsWord(t_[k - 1]) && !kOwnTeam.Contains(t_[k - 1]) &&
                       Is(w, "team"))) {
          return Actor::kCollective;
        }
      }
      if (!kFiller.Contains(w)) words = true;
    }
    return words ? Actor::kOther : c.actor;
  }

  // The word at `k` ends a prepositional phrase that follows a noun: "the
  // engineer on the team", "one of our team": its head is the subject.
  bool InPrepositionalPhrase(const starbank::Clause& c, size_t k) const {
    static const WordTable& kPrepositions = Cues(cue::kLocalActorPrepositions);
    static const WordTable& kDet = Cues(cue::kLocalActorPhraseDeterminers);
    size_t m = k;
    while (m > c.begin && kDet.Contains(t_[m - 1])) --m;
    return m > c.begin + 1 && kPrepositions.Contains(t_[m - 1]) && IsWord(t_[m - 2]);
  }

  // A relative clause without "that", between a noun and its verb: "the
  // vendor we picked deprecated the API", "the contractor we relied on
  // took a job". The pronoun at `k` has its own verb right after it, and
  // the verb at `i` follows at once (or after one particle), so the
  // pronoun is not the subject of `i`.
  bool ContactRelative(const starbank::Clause& c, size_t k, size_t i) const {
    // "the library we relied on was deprecated", "the approach I proposed
    // was rejected": a form of "be" before a participle belongs to the verb
    // at `i`.
    size_t at = i;
    if (i >= k + 3 && BeForms().Contains(t_[i - 1]) &&
        ClassifyVerb(t_[i]) == VerbForm::kPast) {
      at = i - 1;
    }
    if (k <= c.begin || !IsWord(t_[k - 1]) || !(k + 2 == at || k + 3 == at)) return false;
    static const WordTable& kNotNoun = Cues(cue::kContactRelativeNotNoun);
    if (kNotNoun.Contains(t_[k - 1]) || ClassifyVerb(t_[k - 1]) == VerbForm::kPast) {
      return false;
    }
    VerbForm own = ClassifyVerb(t_[k + 1]);
    if (own != VerbForm::kPast && own != VerbForm::kThird && own != VerbForm::kBase) {
      return false;
    }
    if (k + 3 == at) {
      static const WordTable& kParticles = Cues(cue::kContactRelativeParticles);
      if (!kParticles.Contains(t_[k + 2])) return false;
    }
    VerbForm f = ClassifyVerb(t_[i]);
    return f == VerbForm::kPast || f == VerbForm::kThird;
  }

  bool AmountFollows(size_t i, size_t end) const {
    for (size_t k = i + 1; k < end && k <= i + 5; ++k) {
      if (IsNumber(t_[k])) return true;
    }
    return false;
  }

  // "The hosting plan did not allow it", "the vendor doesn't support
  // webhooks", "the part was not in stock": someone else's no.
  bool NegatedByOther(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kNot = Cues(cue::kNegatedByOtherNot);
    static const WordTable& kAux = Cues(cue::kNegatedByOtherAux);
    const Token& k = t_[i];
    bool negated =
        kNot.Contains(k) || (kAux.Contains(k) && i + 1 < c.end && Is(t_[i + 1], "not"));
    // Written in a second language, "not" straight after the person: "manager
    // not agree with my idea".
    static const WordTable& kRoles = Cues(cue::kPersonAgainstRoles);
    bool bare = Is(k, "not") && i > c.begin &&
                (NamesPeople(t_[i - 1]) || kRoles.Contains(t_[i - 1]));
    if (!negated && !bare) return false;
    if (bare && !RefusedBy(c, i)) return false;
    if (i + 1 < c.end && Is(t_[i + 1], "yet")) return false;
    if (i + 2 < c.end && Is(t_[i + 1], "not") && Is(t_[i + 2], "only")) return false;
    Actor who = LocalActor(c, i);
    if (who != Actor::kOther && who != Actor::kUnknown && who != Actor::kPassive)
      return false;
    if (who == c.actor && Anaphoric(c)) return false;
    *len = kNot.Contains(k) || bare ? 2 : 3;
    return true;
  }

  // In the setup a system's "could not" is the problem the story solves,
  // but a person's or a group's no stands in the way: "my supervisor did not
  // agree", "two guards didn't show up", "the IT department would not give us
  // access". The negated verb must be one of refusing or withholding (a
  // person who "did not know" is the problem told), and customers and users
  // count only for those: "users did not want to switch" resists, "users did
  // not understand the form" is the motivating problem.
  bool RefusedBy(const starbank::Clause& c, size_t i) const {
    static const WordTable& kRefuse = Cues(cue::kRefusedByVerbs);
    size_t v = i + 1;
    if (v < c.end && Is(t_[v], "not")) ++v;
    while (v < c.end && Cues(cue::kRefusedBySkip).Contains(t_[v])) ++v;
    if (v >= c.end || !IsWord(t_[v])) return false;
    std::string lemma;
    ClassifyVerb(t_[v], &lemma);
    static const WordTable& kHuman = Cues(cue::kRefusedByHuman);
    bool human = kHuman.Contains(t_[v]) || kHuman.Contains(lemma);
    // "didn't show up" is a person's; "the dashboard didn't show the totals"
    // is the problem told.
    static const WordTable& kUpOnly = Cues(cue::kRefusedByUpOnly);
    if ((kUpOnly.Contains(t_[v]) || kUpOnly.Contains(lemma)) &&
        !(v + 1 < c.end && Is(t_[v + 1], "up"))) {
      return false;
    }
    if (!human && !kRefuse.Contains(t_[v]) && !kRefuse.Contains(lemma)) return false;
    // Customers and users who do not go along are the motivating problem
    // ("users did not adopt the feature"), not someone in the way.
    if (CustomersAct(c, i)) return false;
    if (PersonAgainst(c, i) || SubjectNamesPeople(c, i)) return true;
    // Only people agree, want, trust or show up: whoever the subject is,
    // if it is not the speaker or the team, it is someone's no.
    return human && !SubjectIsOwn(c, i);
  }

  // The subject of the verb at `i` is the speaker or the team.
  bool SubjectIsOwn(const starbank::Clause& c, size_t i) const {
    static const WordTable& kStops = Cues(cue::kLocalActorStops);
    static const WordTable& kOwn = Cues(cue::kSubjectNamesPeopleOwn);
    size_t lo = i > c.begin + 8 ? i - 8 : c.begin;
    for (size_t k = i; k-- > lo;) {
      if (kStops.Contains(t_[k])) break;
      if (kOwn.Contains(t_[k]) && !OtherTeam(c, k)) return true;
    }
    return false;
  }

  // "the design team", "the night shift's team": a team word after a
  // modifier names another group, not the speaker's own.
  bool OtherTeam(const starbank::Clause& c, size_t k) const {
    static const WordTable& kDet = Cues(cue::kLocalActorPhraseDeterminers);
    static const WordTable& kGroups = Cues(cue::kGroupNouns);
    static const WordTable& kOwn = Cues(cue::kSubjectNamesPeopleOwn);
    return kGroups.Contains(t_[k]) && k > c.begin && IsWord(t_[k - 1]) &&
           !kDet.Contains(t_[k - 1]) && !kOwn.Contains(t_[k - 1]) &&
           !Cues(cue::kPersonAgainstNot).Contains(t_[k - 1]);
  }

  // The words before the verb at `i`, back to the clause's start or a
  // boundary, name someone other than the speaker and the team: "my
  // supervisor", "two of the guards", "the IT department", "she".
  bool SubjectNamesPeople(const starbank::Clause& c, size_t i) const {
    static const WordTable& kStops = Cues(cue::kLocalActorStops);
    static const WordTable& kOwn = Cues(cue::kSubjectNamesPeopleOwn);
    static const WordTable& kRoles = Cues(cue::kPersonAgainstRoles);
    static const WordTable& kDepartments = Cues(cue::kPersonAgainstDepartments);
    size_t lo = i > c.begin + 8 ? i - 8 : c.begin;
    for (size_t k = i; k-- > lo;) {
      const Token& w = t_[k];
      if (kStops.Contains(w)) break;
      if (OtherTeam(c, k)) return true;
      if (kOwn.Contains(w)) return false;
      if (kRoles.Contains(w) || kDepartments.Contains(w) || NamesPeople(w)) return true;
    }
    return false;
  }

  bool Cue(const starbank::Clause& c, size_t i, bool contrast, size_t* len) const {
    const Token& k = t_[i];
    if (problems_) return ProblemCue(c, i, len);
    // The words the plain-word checks below (a limit a thing allows, a
    // forbidden harm, an attempt that failed, a gap in knowledge, ...)
    // start from, looked up once.
    static const WordTable& kPlain = Cues(cue::kPlainWordsStarts);
    const bool plain = kPlain.Contains(k);
    if (NegatedByOther(c, i, len) && (!Setup() || RefusedBy(c, i))) {
      if (!Diagnosed()) return true;
      *len = 1;  // "found that the calls did not need to be synchronous": the cause
    }
    if (plain && OnlyAllows(c, i, len)) return true;
    if (plain && HarmForbidden(c, i, len)) return true;
    if (NegatedCapability(t_, i, c.end) || OnlyCapability(c, i) || LackOf(c, i)) {
      // In the setup a "could not" is the problem the story solves, unless
      // people (not customers) are who could not: "half the crew could not
      // make it in".
      *len = 2;
      return !Setup() || contrast ||
             (NegatedCapability(t_, i, c.end) && SubjectNamesPeople(c, i) &&
              !CustomersAct(c, i)) ||
             (NegatedCapability(t_, i, c.end) && HaltForbidden(c, i)) ||
             (NegatedCapability(t_, i, c.end) && FixStepBlocked(c, i));
    }
    if (Limit(c, i, len)) return true;
    static const WordTable& kSpelled = Cues(cue::kCueSpelled);
    if (IsNumber(k) || kSpelled.Contains(k)) {
      if (TimeLeft(c, i, len)) return true;
    }
    if (Is(k, "only") && i + 2 < c.end && (IsNumber(t_[i + 1]) || IsCount(t_[i + 1])) &&
        ResourceNouns().Contains(t_[i + 2])) {
      *len = 3;  // "only two engineers"
      return true;
    }
    if (ScarceCount(c, i, len)) return true;
    if (OnlyOneWho(c, i, len)) return true;
    if (!IsWord(k)) return false;
    if (SurpriseAt(c, i, len)) return true;
    if (HeldUp(c, i, len)) return true;
    static const WordTable& kDeadline = Cues(cue::kDeadlineHeads);
    static const WordTable& kDeadlineWord = Cues(cue::kDeadlineWord);
    if (kDeadline.Contains(k)) {
      if (StakedDeadline(c, i, !kDeadlineWord.Contains(k))) return true;
      if (DeadlineFaced(c, i)) return true;
      if (NeedBeyond(c, i)) return true;
    }
    if (PersonAway(c, i, len)) return true;
    static const WordTable& kStakes = Cues(cue::kStakesCompounds);
    if (kStakes.Contains(k) && !Negated(t_, c, i) && scope_ != SetbackScope::kResult) {
      return true;  // "a high-pressure situation", "a high-stakes demo"
    }
    if (Shortfall(c, i, len)) return true;
    if (plain && AttemptFailed(c, i, len)) return true;
    if (NobodyCan(c, i, len)) return true;
    if (EndOfLife(c, i, len)) return true;
    if (plain && PenaltyAtStake(c, i, len)) return true;
    if (OwnMistake(c, i, len)) return true;
    if (RiskedHarm(c, i, len)) return true;
    if (OverHead(c, i, len)) return true;
    if (ProblemNoun(c, i)) return true;
    if (IssueMet(c, i, len)) return true;
    if (HardestPart(c, i, len)) return true;
    if (AdverseState(c, i)) return true;
    if (SpeakerStruggles(c, i)) return true;
    if (HabitAgainst(c, i, len)) return true;
    if (AtOddsWith(c, i, len)) return true;
    if (SpeakerOversight(c, i, len)) return true;
    if (ThreatTo(c, i, len)) return true;
    if (PersonalLife(c, i, len)) return true;
    if (plain && KnewLittle(c, i, len)) return true;
    if (plain && StoodAgainst(c, i, len)) return true;
    if (plain && KeptChanging(c, i, len)) return true;
    if (plain && DueWhen(c, i, len)) return true;
    if (plain && EstimateOff(c, i, len)) return true;
    if (plain && DateMoved(c, i, len)) return true;
    if (plain && ConsequenceStake(c, i, len)) return true;
    if (plain && AnyWouldHarm(c, i, len)) return true;
    if (plain && SideLoad(c, i, len)) return true;
    if (plain && FewInService(c, i, len)) return true;
    if (plain && NoHarmWith(c, i, len)) return true;
    if (plain && SaidNo(c, i, len)) return true;
    return AdverseEvent(c, i, len);
  }

  // What failing the work would cost, told after the work as "otherwise" or
  // "or" and a modal: "deliver the rota by the 1st or nurses would not get
  // paid", "must finish before term starts, otherwise 300 students have no
  // timetable". A stake, told in the situation or the task. Not a
  // sentence's opening "Otherwise" (apart from that), nor "or" without a
  // modal (a choice: "patch or rebuild").
  bool ConsequenceStake(const starbank::Clause& c, size_t i, size_t* len) const {
    // In the action "otherwise" more often gives the reason for a routine
    // ("checked the stock daily, otherwise I would not know what to
    // order"): the setup only.
    if (!Setup()) return false;
    const Token& k = t_[i];
    if (Is(k, "otherwise")) {
      if (k.sentence_start || i == 0 || !(IsWord(t_[i - 1]) || Is(t_[i - 1], ","))) {
        return false;
      }
      if (i + 1 >= t_.size() || !(IsWord(t_[i + 1]) || IsNumber(t_[i + 1])) ||
          t_[i + 1].sentence_start) {
        return false;
      }
      *len = 1;
      return true;
    }
    if (!Is(k, "or") || i == c.begin || k.sentence_start) return false;
    for (size_t m = i + 1; m < t_.size() && m <= i + 4; ++m) {
      if (t_[m].sentence_start || !IsWord(t_[m])) return false;
      if (WouldLike(t_[m])) {
        // "or would": the same subject's choice; "or he'd", "or they'll"
        // join a new subject to the modal.
        if (m == i + 1 && Cues(cue::kUnrealModals).Contains(t_[m])) return false;
        *len = m + 1 - i;
        return true;
      }
    }
    return false;
  }

  // A harm any slip would cause, told in the setup with a modal: "any
  // downtime during trading hours would affect 10,000 customers", "every
  // missed scan would delay the truck". A stake, not the problem told.
  bool AnyWouldHarm(const starbank::Clause& c, size_t i, size_t* len) const {
    if (!Setup() || !WouldLike(t_[i]) || i + 1 >= c.end) return false;
    static const WordTable& kHarm = Cues(cue::kHarmForbiddenHarm);
    std::string lemma = VerbLemma(t_[i + 1]);
    if (lemma.empty()) lemma = t_[i + 1].norm;
    if (!kHarm.Contains(lemma)) return false;
    for (size_t m = i; m-- > c.begin && m + 7 > i;) {
      if (!IsWord(t_[m])) return false;
      if (Is(t_[m], "any") || Is(t_[m], "every")) {
        if (Negated(t_, c, m + 1)) return false;
        *len = 2;
        return true;
      }
    }
    return false;
  }

  // The work fitted beside the speaker's own load: "while still handling my
  // regular caseload", "on top of my day job", "alongside my usual shifts".
  // Time the work had to share. Someone else's load is not the speaker's
  // limit.
  bool SideLoad(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kLoad = Cues(cue::kSideLoadLoad);
    static const WordTable& kOwn = Cues(cue::kSideLoadOwn);
    const Token& k = t_[i];
    bool lead = (Is(k, "still") && i > c.begin && Is(t_[i - 1], "while")) ||
                (Is(k, "top") && i > c.begin && Is(t_[i - 1], "on") && i + 1 < c.end &&
                 Is(t_[i + 1], "of")) ||
                Is(k, "alongside") || Is(k, "beside") || Is(k, "besides");
    if (!lead) return false;
    bool own = false;
    for (size_t m = i + 1; m < c.end && m <= i + 6; ++m) {
      if (!IsWord(t_[m])) return false;
      if (kOwn.Contains(t_[m])) own = true;
      if (own && kLoad.Contains(t_[m])) {
        *len = m + 1 - i;
        return true;
      }
    }
    return false;
  }

  // Few of something the work needs were in service: "only two forklifts
  // were working for 40 docks", "only one of our three ambulances was in
  // service", "with half the staff". How many are available, not how many
  // failed: "only 2 of 40 orders were late" is an outcome. Not in the result.
  bool FewInService(const starbank::Clause& c, size_t i, size_t* len) const {
    if (scope_ == SetbackScope::kResult) return false;
    static const WordTable& kSpelled = Cues(cue::kCueSpelled);
    static const WordTable& kInService = Cues(cue::kFewInServiceStates);
    static const WordTable& kStaff = Cues(cue::kFewInServiceStaff);
    const Token& k = t_[i];
    if (Is(k, "half") && i > c.begin && Is(t_[i - 1], "with") && i + 2 < c.end &&
        (Is(t_[i + 1], "the") || Is(t_[i + 1], "our") || Is(t_[i + 1], "its")) &&
        (kStaff.Contains(t_[i + 2]) || ResourceNouns().Contains(t_[i + 2]))) {
      *len = 3;
      return true;  // "with half the staff"
    }
    if (!Is(k, "only") || i + 1 >= c.end ||
        !(IsNumber(t_[i + 1]) || kSpelled.Contains(t_[i + 1]))) {
      return false;
    }
    for (size_t m = i + 2; m + 1 < c.end && m <= i + 7; ++m) {
      if (!IsWord(t_[m]) && !IsNumber(t_[m])) return false;
      if (!BeForms().Contains(t_[m])) continue;
      const Token& state = t_[m + 1];
      bool in_service = Is(state, "in") && m + 2 < c.end && Is(t_[m + 2], "service");
      if (!kInService.Contains(state) && !in_service) return false;
      if (Negated(t_, c, i)) return false;
      *len = m + (in_service ? 3 : 2) - i;
      return true;
    }
    return false;
  }

  // A limit on how the work may be done, told as a harm it must not cause:
  // "move the warehouse to the new WMS with zero downtime", "migrate the
  // records with no data loss". In the setup only; in the action or result
  // "ran with zero downtime" is how it went.
  bool NoHarmWith(const starbank::Clause& c, size_t i, size_t* len) const {
    if (!Setup() || !(Is(t_[i], "zero") || Is(t_[i], "no")) || i == c.begin) return false;
    if (!Is(t_[i - 1], "with") || i + 1 >= c.end) return false;
    static const WordTable& kHarms = Cues(cue::kNoHarmWithHarms);
    if (!kHarms.Contains(t_[i + 1])) return false;
    // Told as the task: an obligation or a goal before it, not a system's
    // state ("the old site ran with no downtime").
    static const WordTable& kObliged = Cues(cue::kNoHarmWithObliged);
    for (size_t m = c.begin; m + 1 < i; ++m) {
      if (kObliged.Contains(t_[m])) {
        *len = 3;
        return true;
      }
    }
    return false;
  }

  // Someone else's no: "the finance director said no to the extra
  // scanners", "Legal says no". The speaker's own no ("I said no to the
  // extra scope") is a decision; customers in the setup are the problem.
  bool SaidNo(const starbank::Clause& c, size_t i, size_t* len) const {
    if (!Is(t_[i], "said") && !Is(t_[i], "says")) return false;
    if (i + 1 >= c.end) return false;
    // Or a requirement someone else laid on the work: "the tax team said we
    // needed the full address", "legal said we couldn't store card data".
    static const WordTable& kMust = Cues(cue::kSaidNoMust);
    size_t w = i + 1;
    if (w < c.end && Is(t_[w], "that")) ++w;
    bool must = w + 1 < t_.size() && SpeakerOrWe().Contains(t_[w]) && kMust.Contains(t_[w + 1]);
    if (!Is(t_[i + 1], "no") && !must) return false;
    if (i == c.begin || SubjectIsOwn(c, i)) return false;  // a note's "said no" is the speaker's
    Actor who = LocalActor(c, i);
    if (who == Actor::kSpeaker || who == Actor::kCollective) return false;
    if (who == c.actor && Anaphoric(c)) return false;
    if (Setup() && CustomersAct(c, i)) return false;
    *len = must ? w + 2 - i : 2;
    return true;
  }

  // A loss of what the problem costs (time, money, custom), said in the
  // setup: the object after "lose", skipping amounts and determiners.
  bool LosesMeasure(const starbank::Clause& c, size_t i) const {
    static const WordTable& kMeasures = Cues(cue::kLosesMeasureObjects);
    static const WordTable& kFill = Cues(cue::kLosesMeasureFill);
    static const WordTable& kSpelled = Cues(cue::kCueSpelled);
    for (size_t m = i + 1; m < c.end && m <= i + 7; ++m) {
      if (kMeasures.Contains(t_[m])) return true;
      if (!kFill.Contains(t_[m]) && !IsNumber(t_[m]) && !kSpelled.Contains(t_[m])) return false;
    }
    return false;
  }

  // The speaker's (or the team's) gap in knowledge, told without "never":
  // "zero experience with PLCs", "little background in accounting", "I was
  // unfamiliar with the scheduling rules", "I didn't know anything about
  // HIPAA", "did not know the codebase". Not "a little experience", nor what
  // the speaker did not know about the problem ("didn't know why it
  // failed", "did not know that the feed had changed"), nor other people's.
  bool KnewLittle(const starbank::Clause& c, size_t i, size_t* len) const {
    const Token& k = t_[i];
    static const WordTable& kScarce = Cues(cue::kKnewLittleScarce);
    static const WordTable& kNouns = Cues(cue::kSkillGapExperienceNouns);
    static const WordTable& kNot = Cues(cue::kNegatedByOtherNot);
    static const WordTable& kAux = Cues(cue::kNegatedByOtherAux);
    static const WordTable& kWh = Cues(cue::kKnewLittleWh);
    auto own = [&](size_t at) {
      bool subject = false;  // a note's dropped subject is the speaker
      for (size_t m = c.begin; m < at && !subject; ++m) subject = IsWord(t_[m]);
      if (!subject) return true;
      if (SubjectNamesPeople(c, at)) return false;  // "our nurses didn't know"
      Actor who = LocalActor(c, at);
      return who == Actor::kSpeaker || who == Actor::kCollective;
    };
    if (kScarce.Contains(k)) {
      if (i > c.begin && Is(t_[i - 1], "a")) return false;  // "a little experience"
      size_t m = i + 1;
      if (m < c.end && ExperienceAdjectives().Contains(t_[m])) ++m;
      if (m >= c.end || !kNouns.Contains(t_[m]) || !own(i)) return false;
      *len = m + 1 - i;
      return true;
    }
    bool unfamiliar = Is(k, "unfamiliar") ||
                      (Is(k, "familiar") && i > c.begin &&
                       (Is(t_[i - 1], "not") || EndsInNt(t_[i - 1])));
    if (unfamiliar) {
      if (i + 1 >= c.end || !Is(t_[i + 1], "with") || Diagnosed()) return false;
      size_t m = Is(k, "familiar") ? i - 1 : i;  // "not familiar", "wasn't familiar"
      bool linked = EndsInNt(t_[m]) || (m > c.begin && Linking().Contains(t_[m - 1]));
      if (!linked && m != c.begin) return false;
      if (!own(m)) return false;
      *len = 2;
      return true;
    }
    size_t v;
    if (kNot.Contains(k)) {
      v = i + 1;
    } else if (kAux.Contains(k) && i + 1 < c.end && Is(t_[i + 1], "not")) {
      v = i + 2;
    } else {
      return false;
    }
    if (v + 1 >= c.end || !Is(t_[v], "know") || !IsWord(t_[v + 1])) return false;
    if (kWh.Contains(t_[v + 1]) || Diagnosed() || !own(i)) return false;
    *len = v + 1 - i;
    return true;
  }

  // People standing against the plan, told as their stance: "some senior
  // engineers were openly against the migration", "the night crew was dead
  // against a new rota". Not the speaker or the team ("we were up against
  // the clock", "I was against it at first"), nor customers in the setup.
  bool StoodAgainst(const starbank::Clause& c, size_t i, size_t* len) const {
    if (!Is(t_[i], "against") || i <= c.begin + 1) return false;
    static const WordTable& kDegree = Cues(cue::kStoodAgainstDegree);
    size_t m = i;
    while (m > c.begin && kDegree.Contains(t_[m - 1])) --m;
    if (m <= c.begin || !BeForms().Contains(t_[m - 1])) return false;
    if (!SubjectNamesPeople(c, m - 1) || SubjectIsOwn(c, m - 1)) return false;
    Actor who = LocalActor(c, m - 1);
    if (who == Actor::kSpeaker || who == Actor::kCollective) return false;
    if (Setup() && CustomersAct(c, m - 1)) return false;
    if (Negated(t_, c, i)) return false;
    *len = 1;
    return true;
  }

  // Someone else's habit of changing what the work aims at: "the product
  // owner kept adding requirements every sprint", "the customer kept moving
  // the goalposts". The speaker or the team who keep doing it are not, nor
  // customers in the setup, where what they keep doing is the problem.
  bool KeptChanging(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kVerbs = Cues(cue::kKeptChangingVerbs);
    if (!Is(t_[i], "kept") && !Is(t_[i], "keeps")) return false;
    size_t v = i + 1;
    if (v >= c.end || !IsWord(t_[v]) || ClassifyVerb(t_[v]) != VerbForm::kGerund) return false;
    if (!kVerbs.Contains(VerbLemma(t_[v]))) return false;
    if (!SubjectNamesPeople(c, i) || SubjectIsOwn(c, i)) return false;
    // A client changing what was agreed is no longer the problem told:
    // "the client kept adding features after sign-off".
    if (Setup() && CustomersAct(c, i) && !ScopeObject(c, v + 1)) return false;
    *len = 2;
    return true;
  }

  // What the work aims at, within three words from `from`: "features",
  // "requirements", "the scope", "the goalposts".
  bool ScopeObject(const starbank::Clause& c, size_t from) const {
    static const WordTable& kScope = Cues(cue::kKeptChangingScope);
    for (size_t m = from; m < c.end && m <= from + 3; ++m) {
      if (!IsWord(t_[m])) return false;
      if (kScope.Contains(t_[m])) return true;
    }
    return false;
  }


  // A due date told with "due": "my capstone was due in four weeks", "the
  // filing is due on Friday", "the report due by March". Not "due to" (a
  // cause) nor "due diligence".
  bool DueWhen(const starbank::Clause& c, size_t i, size_t* len) const {
    if (!Is(t_[i], "due") || scope_ == SetbackScope::kResult || i + 1 >= c.end) return false;
    static const WordTable& kWhen = Cues(cue::kDueWhenWhen);
    static const WordTable& kDays = Cues(cue::kDueByDays);
    const Token& n = t_[i + 1];
    if (!(kWhen.Contains(n) || kDays.Contains(n) || IsNumber(n))) return false;
    if (Negated(t_, c, i)) return false;
    *len = 2;
    return true;
  }

  // Someone else moving a date: "the venue moved our date up by a week",
  // "the client pulled the launch in", "the vendor pushed the go-live
  // back". The speaker's own ("I moved the date back to give QA time") is a
  // plan.
  bool DateMoved(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kVerbs = Cues(cue::kDateMovedVerbs);
    static const WordTable& kParticles = Cues(cue::kDateMovedParticles);
    static const WordTable& kObjects = Cues(cue::kDateMovedObjects);
    if (!IsWord(t_[i])) return false;
    std::string lemma;
    VerbForm f = ClassifyVerb(t_[i], &lemma);
    if (f != VerbForm::kPast && f != VerbForm::kThird) return false;
    if (!kVerbs.Contains(lemma)) return false;
    for (size_t m = i + 1; m + 1 < c.end && m <= i + 4; ++m) {
      if (!IsWord(t_[m])) return false;
      if (!DeadlineNouns().Contains(t_[m]) && !kObjects.Contains(t_[m])) continue;
      if (!kParticles.Contains(t_[m + 1])) return false;
      Actor who = LocalActor(c, i);
      if (who == Actor::kSpeaker || who == Actor::kCollective) return false;
      if (i == c.begin && c.actor != Actor::kPassive && c.actor != Actor::kOther) return false;
      if (Negated(t_, c, i)) return false;
      *len = m + 2 - i;
      return true;
    }
    return false;
  }

  // A penalty at stake, told with a modal or a risk: "would have cost the
  // company a fine of $50k", "we would pay a penalty for every day past June
  // 1", "risked a lawsuit". A penalty that happened is read as a problem
  // noun; "would be fine" is no penalty.
  bool PenaltyAtStake(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kNouns = Cues(cue::kPenaltyAtStakeNouns);
    static const WordTable& kRisk = Cues(cue::kPenaltyAtStakeRisk);
    static const WordTable& kDet = Cues(cue::kPenaltyAtStakeDeterminers);
    static const WordTable& kCould = Cues(cue::kUnrealCould);
    if (!kNouns.Contains(t_[i]) || i <= c.begin || !kDet.Contains(t_[i - 1])) return false;
    if (Negated(t_, c, i)) return false;
    for (size_t m = i - 1; m-- > c.begin && m + 7 > i;) {
      if (!IsWord(t_[m]) && !IsNumber(t_[m])) return false;
      std::string lemma = VerbLemma(t_[m]);
      if (WouldLike(t_[m]) || kCould.Contains(t_[m]) || kRisk.Contains(t_[m]) ||
          (!lemma.empty() && kRisk.Contains(lemma))) {
        *len = 1;
        return true;
      }
    }
    return false;
  }

  // A harm the work must not cause, told as a rule: "must not disrupt
  // morning rounds", "the change cannot affect the payroll run", "we can't
  // lose a single order". A limit on how the goal may be reached, wherever
  // it is told; in a purpose ("so it can't break") it is a safeguard, and
  // Unreal sets it aside.
  bool HarmForbidden(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kMust = Cues(cue::kHarmForbiddenMust);
    static const WordTable& kHarm = Cues(cue::kHarmForbiddenHarm);
    if (!kMust.Contains(t_[i]) || scope_ == SetbackScope::kResult) return false;
    size_t v = i + 1;
    if (v < c.end && Is(t_[v], "not")) ++v;
    else if (!EndsInNt(t_[i]) && !Is(t_[i], "cannot")) return false;
    if (v < c.end && Is(t_[v], "be")) return false;  // "must not be late": a state
    if (v >= c.end || !IsWord(t_[v])) return false;
    std::string lemma = VerbLemma(t_[v]);
    if (lemma.empty()) lemma = t_[v].norm;
    if (!kHarm.Contains(lemma)) return false;
    if (SubjectNamesPeople(c, i) || CustomersAct(c, i)) return false;
    *len = v + 1 - i;
    return true;
  }

  // An estimate that was wrong, the speaker's own mistake: "my estimate was
  // off by two weeks", "I got the estimate wrong by a month", "the
  // forecast was way off". A margin told as a plan ("estimates within 10%")
  // is none.
  bool EstimateOff(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kEstimates = Cues(cue::kEstimateOffEstimates);
    static const WordTable& kDegree = Cues(cue::kEstimateOffDegree);
    if (!kEstimates.Contains(t_[i]) || Negated(t_, c, i)) return false;
    size_t m = i + 1;
    if (m < c.end && BeForms().Contains(t_[m])) {
      ++m;
      while (m < c.end && kDegree.Contains(t_[m])) ++m;
      if (m < c.end && (Is(t_[m], "off") || Is(t_[m], "wrong"))) {
        *len = m + 1 - i;
        return true;
      }
      return false;
    }
    // "got the estimate wrong", "had the numbers wrong"
    if (m < c.end && Is(t_[m], "wrong") && i > c.begin + 1) {
      static const WordTable& kDet = Cues(cue::kEstimateOffDeterminers);
      size_t d = i - 1;
      if (kDet.Contains(t_[d]) && d > c.begin) --d;
      std::string lemma = VerbLemma(t_[d]);
      if ((lemma == "get" || lemma == "have") && SpeakerDoes(c, d)) {
        *len = m + 1 - i;
        return true;
      }
    }
    return false;
  }

  // Personal life that stood in the way, said of the speaker or their
  // family: "my father was in the hospital", "I was recovering from
  // surgery", "I had a family emergency halfway through the sprint".
  // Patients in a clinic's hospital, or a visit after the launch, are not.
  bool PersonalLife(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kKin = Cues(cue::kPersonalLifeKin);
    static const WordTable& kCare = Cues(cue::kPersonalLifeCare);
    static const WordTable& kInto = Cues(cue::kPersonalLifeInto);
    static const WordTable& kEmergency = Cues(cue::kPersonalLifeEmergency);
    const Token& k = t_[i];
    if (Is(k, "emergency") && i > c.begin && kEmergency.Contains(t_[i - 1])) {
      if (Negated(t_, c, i)) return false;
      *len = 1;
      return true;
    }
    if (!kCare.Contains(k) || Negated(t_, c, i) || Diagnosed()) return false;
    // "was in the hospital", "ended up in hospital", "recovering from surgery".
    size_t m = i;
    if (m > c.begin && Is(t_[m - 1], "the")) --m;
    if (m <= c.begin || !(Is(t_[m - 1], "in") || Is(t_[m - 1], "from"))) return false;
    --m;
    if (m > c.begin && Is(t_[m - 1], "up")) --m;
    if (m <= c.begin || !kInto.Contains(t_[m - 1])) return false;
    --m;
    // "was recovering", "had been in": the auxiliaries before it.
    while (m > c.begin && (kInto.Contains(t_[m - 1]) || HaveForms().Contains(t_[m - 1]))) --m;
    // Whose: the speaker, or "my"/"our" and a family word just before.
    if (m > c.begin && kKin.Contains(t_[m - 1])) {
      size_t d = m - 1;
      if (d > c.begin && (Is(t_[d - 1], "my") || Is(t_[d - 1], "our"))) {
        *len = 1;
        return true;
      }
      return false;
    }
    if (m > c.begin && (Is(t_[m - 1], "i") || Is(t_[m - 1], "we"))) {
      *len = 1;
      return true;
    }
    return false;
  }

  // A threat with what was at stake, wherever it is told and whoever made
  // it, customers included: "our biggest customer threatened to leave if
  // the reports were late again", "the landlord threatened to cancel the
  // lease". A customer who left is the problem told; one who threatens to
  // is a risk the work had to beat. The speaker's own threats, or none
  // ("I never threatened anyone"), are not.
  bool ThreatTo(const starbank::Clause& c, size_t i, size_t* len) const {
    if (!IsWord(t_[i]) || ClassifyVerb(t_[i]) != VerbForm::kPast) return false;
    if (VerbLemma(t_[i]) != "threaten") return false;
    if (i + 2 >= c.end || !Is(t_[i + 1], "to") || !IsWord(t_[i + 2])) return false;
    if (Negated(t_, c, i) || SpeakerDoes(c, i) || Diagnosed()) return false;
    *len = 3;
    return true;
  }

  // The speaker's own oversight, told as what they did not weigh or check:
  // "I didn't think about the 8 am logins", "we never planned for a second
  // warehouse", a note's "didn't account for the surcharge", "I forgot to
  // tell the cooks". One's own mistake is a setback wherever it is told.
  // Others who did not ("customers didn't think about returns") are the
  // problem told; "didn't think twice", "did not have to think" and "never
  // forgot" are none, and in what a diagnosis found it is the cause.
  bool SpeakerOversight(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kVerbs = Cues(cue::kSpeakerOversightVerbs);
    static const WordTable& kPhrasal = Cues(cue::kSpeakerOversightPhrasal);
    static const WordTable& kParticles = Cues(cue::kSpeakerOversightParticles);
    static const WordTable& kNot = Cues(cue::kSpeakerOversightNot);
    static const WordTable& kFailed = Cues(cue::kSpeakerOversightFailed);
    static const WordTable& kForget = Cues(cue::kSpeakerOversightForget);
    static const WordTable& kSoft = Cues(cue::kSpeakerOversightAdverbs);
    if (!IsWord(t_[i])) return false;
    const std::string lemma = VerbLemma(t_[i]);
    // A note that opens on "Forgot to ..." has the speaker as its subject.
    if (i == c.begin) {
      if (!kForget.Contains(lemma) || c.actor == Actor::kOther ||
          c.actor == Actor::kCollective || c.actor == Actor::kPassive) {
        return false;
      }
      *len = 1;
      return !Diagnosed();
    }
    size_t m = i;
    while (m > c.begin && i - m < 2 && kSoft.Contains(t_[m - 1])) --m;
    if (m == c.begin) return false;
    const Token& before = t_[m - 1];
    const std::string& n = before.norm;
    bool negated = kNot.Contains(before) ||
                   (n.size() > 3 && n.compare(n.size() - 3, 3, "n't") == 0) ||
                   (Is(before, "to") && m - 1 > c.begin && IsWord(t_[m - 2]) &&
                    kFailed.Contains(VerbLemma(t_[m - 2])));
    size_t n_len = 1;
    if (kForget.Contains(lemma)) {
      if (negated || Negated(t_, c, i)) return false;  // "never forgot"
    } else {
      if (!negated) return false;
      if (kPhrasal.Contains(lemma)) {
        if (i + 1 >= c.end || !kParticles.Contains(t_[i + 1])) return false;
        n_len = 2;
      } else if (!kVerbs.Contains(lemma)) {
        return false;
      }
    }
    if (Diagnosed()) return false;
    if (SubjectNamesPeople(c, i)) return false;
    bool own = SpeakerDoes(c, i) || LocalActor(c, i) == Actor::kCollective ||
               SubjectIsOwn(c, i) ||
               (m - 1 == c.begin && c.actor != Actor::kOther &&
                c.actor != Actor::kCollective && c.actor != Actor::kPassive);
    if (!own) return false;
    *len = n_len;
    return true;
  }

  // The speaker (or "we") at odds with a person: "I disagreed with my lead
  // on the approach", a note's "clashed with the QA manager". The conflict
  // is the adversity, whoever started it. With a thing ("I disagreed with
  // the estimate") or negated ("I never argued with the client") it is not.
  bool AtOddsWith(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kOdds = Cues(cue::kAtOddsWithVerbs);
    if (!IsWord(t_[i]) || ClassifyVerb(t_[i]) != VerbForm::kPast) return false;
    if (!kOdds.Contains(VerbLemma(t_[i])) || Negated(t_, c, i)) return false;
    if (!SpeakerDoes(c, i) && LocalActor(c, i) != Actor::kCollective) return false;
    if (i + 2 >= c.end || !Is(t_[i + 1], "with")) return false;
    static const WordTable& kRoles = Cues(cue::kPersonAgainstRoles);
    for (size_t m = i + 2; m < c.end && m <= i + 5; ++m) {
      const Token& w = t_[m];
      if (!IsWord(w)) return false;
      if (kRoles.Contains(w) || NamesPeople(w)) {
        *len = m + 1 - i;
        return true;
      }
    }
    return false;
  }

  // Someone's habit of reacting against the speaker's attempts, told with
  // "would": "she would strongly react if I tried to implement my style",
  // "he would revert it whenever I changed the layout".
  bool HabitAgainst(const starbank::Clause& c, size_t i, size_t* len) const {
    if (!Is(t_[i], "would") || Negated(t_, c, i)) return false;
    static const WordTable& kRoles = Cues(cue::kPersonAgainstRoles);
    bool person = SubjectNamesPeople(c, i) ||
                  (c.actor == Actor::kOther && c.actor_token < c.end &&
                   (NamesPeople(t_[c.actor_token]) || kRoles.Contains(t_[c.actor_token])));
    if (!person) return false;
    static const WordTable& kReact = Cues(cue::kHabitAgainstReactions);
    static const WordTable& kWhen = Cues(cue::kHabitAgainstWhen);
    size_t v = i + 1;
    while (v < c.end && v <= i + 3 && IsWord(t_[v])) {
      std::string lemma;
      ClassifyVerb(t_[v].norm, &lemma);
      if (kReact.Contains(t_[v]) || (!lemma.empty() && kReact.Contains(lemma))) break;
      ++v;
    }
    if (v >= c.end || v > i + 3 || !IsWord(t_[v])) return false;
    for (size_t m = v + 1; m + 1 < c.end && m <= v + 6; ++m) {
      if (kWhen.Contains(t_[m]) && Is(t_[m + 1], "i")) {
        *len = v + 1 - i;
        return true;
      }
    }
    return false;
  }

  // The speaker's own difficulty told as a state, wherever it is told: "I
  // was stumped", "felt a bit overwhelmed", a note's "quickly stumped",
  // "which I found very confusing at first". Others in that state are the
  // problem the story solves (PeopleAdrift); a diagnosis that found
  // something stuck is the cause.
  bool SpeakerStruggles(const starbank::Clause& c, size_t i) const {
    static const WordTable& kStates = Cues(cue::kSpeakerStrugglesStates);
    static const WordTable& kBeforeState = Cues(cue::kSpeakerStrugglesBefore);
    static const WordTable& kDegree = Cues(cue::kSpeakerStrugglesDegree);
    if (!kStates.Contains(t_[i]) || Negated(t_, c, i)) return false;
    size_t m = i;
    while (m > c.begin && i - m < 4 && kDegree.Contains(t_[m - 1])) --m;
    bool linked = m > c.begin && kBeforeState.Contains(t_[m - 1]);
    // A note opens on the state, or after its arrow or colon: "During the
    // interview -> quickly stumped".
    bool note = (m == c.begin || !IsWord(t_[m - 1])) && c.actor != Actor::kOther &&
                c.actor != Actor::kCollective;
    if (!linked && !note) return false;
    if (linked && !Is(t_[m - 1], "found") && !Is(t_[m - 1], "find") &&
        !Is(t_[m - 1], "finds") && Diagnosed()) {
      return false;
    }
    if (linked) return LocalActor(c, m - 1) == Actor::kSpeaker;
    // The note's dropped subject is the speaker, unless it names people
    // before the state ("new hires -> overwhelmed").
    static const WordTable& kRoles = Cues(cue::kPersonAgainstRoles);
    if (c.actor != Actor::kSpeaker && c.actor != Actor::kUnknown) return false;
    for (size_t k = c.begin; k < m; ++k) {
      if (NamesPeople(t_[k]) || kRoles.Contains(t_[k]) || TeamSubjects().Contains(t_[k]))
        return false;
    }
    return true;
  }

  // "Issue" is too often a ticket or a topic to count alone ("opened an
  // issue", "fix issues reported by customers"), but met on the way it is a
  // setback: "we ran into an issue with the connection", "faced a lot of
  // issues with the printer", "there was an issue with the API the day
  // before launch". In the setup it is the problem told.
  bool IssueMet(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kIssues = Cues(cue::kIssueMetNouns);
    static const WordTable& kMeet = Cues(cue::kIssueMetMeet);
    static const WordTable& kFill = Cues(cue::kIssueMetFill);
    if (scope_ != SetbackScope::kAction || !kIssues.Contains(t_[i]) || Diagnosed()) {
      return false;
    }
    if (Negated(t_, c, i)) return false;
    size_t m = i;
    while (m > c.begin && kFill.Contains(t_[m - 1]) && m + 5 > i) --m;
    if (m == c.begin || m == i) return false;  // a bare "issues" is a topic
    const Token& v = t_[m - 1];
    std::string lemma;
    ClassifyVerb(v, &lemma);
    bool met = kMeet.Contains(lemma) || kMeet.Contains(v);
    // "ran into", "came across"
    if (!met && m >= c.begin + 2 && (Is(v, "into") || Is(v, "across"))) {
      std::string l2;
      ClassifyVerb(t_[m - 2], &l2);
      met = l2 == "run" || l2 == "come" || l2 == "bump";
    }
    // "there was an issue", "there were some issues"
    if (!met && m >= c.begin + 2 && BeForms().Contains(v) && Is(t_[m - 2], "there")) met = true;
    if (!met) return false;
    *len = 1;
    return true;
  }

  // "The hardest part was convincing my manager", "the trickiest bit was
  // that the two systems used different IDs": the difficulty named, then
  // told.
  bool HardestPart(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kHardest = Cues(cue::kHardestPartHardest);
    static const WordTable& kPart = Cues(cue::kHardestPartPart);
    static const WordTable& kCatch = Cues(cue::kHardestPartCatch);
    if (scope_ == SetbackScope::kResult) return false;
    if (kCatch.Contains(t_[i]) && i > c.begin && (Is(t_[i - 1], "the") || Is(t_[i - 1], "one")) &&
        i + 1 < t_.size() && (BeForms().Contains(t_[i + 1]) || Is(t_[i + 1], ":"))) {
      *len = 1;
      return true;
    }
    if (!kHardest.Contains(t_[i])) return false;
    if (i + 2 >= c.end || !kPart.Contains(t_[i + 1]) || !BeForms().Contains(t_[i + 2])) {
      return false;
    }
    *len = 2;
    return true;
  }

  // The clause's subject is a person or a group other than the speaker and
  // the team: "a teammate", "the support leads", "Sales", "PM". In the
  // setup, adversity from people is told as the situation itself ("a
  // teammate kept changing the requirements"), unlike a system's problem
  // ("checkout was slow"). Customers and users are left out: their pain is
  // the usual motivating problem.
  // The cue at `i` must be theirs: "my manager asked me to look at the
  // outage" hands the speaker the problem.
  bool PersonAgainst(const starbank::Clause& c, size_t i) const {
    if (c.actor_token >= c.end) return false;
    size_t from = c.actor_token;
    if (c.actor != Actor::kOther) {
      // "The teammate I was paired with had made ...": a relative clause
      // without "that"; the teammate is the subject.
      if (c.actor == Actor::kPassive || from <= c.begin || !IsWord(t_[from - 1]) ||
          !SpeakerOrWe().Contains(t_[from])) {
        return false;
      }
      from = from - 1;
      if (from > c.begin) --from;
    }
    Actor who = LocalActor(c, i);
    if (who == Actor::kSpeaker || who == Actor::kCollective) return false;
    static const WordTable& kRoles = Cues(cue::kPersonAgainstRoles);
    // Departments name people only as the subject of a verb: "Sales had
    // promised", not "sales numbers", "security vulnerability".
    static const WordTable& kDepartments = Cues(cue::kPersonAgainstDepartments);
    static const WordTable& kAux = Cues(cue::kPersonAgainstAux);
    static const WordTable& kNot = Cues(cue::kPersonAgainstNot);
    for (size_t k = from; k < c.end && k <= from + 4; ++k) {
      const Token& w = t_[k];
      if (!IsWord(w)) break;
      if (kNot.Contains(w) || SpeakerOrWe().Contains(w)) return false;
      if (kDepartments.Contains(w)) {
        const Token* next = k + 1 < c.end ? &t_[k + 1] : nullptr;
        return next != nullptr &&
               (kAux.Contains(*next) || ClassifyVerb(*next) == VerbForm::kPast);
      }
      bool possessive =
          w.norm.size() > 2 && w.norm.compare(w.norm.size() - 2, 2, "'s") == 0;
      if (possessive || (k + 1 < c.end && PossessiveMarks().Contains(t_[k + 1]))) {
        continue;  // "the platform team's wiki": the wiki is the subject
      }
      if (kRoles.Contains(w) || NamesPeople(w)) return true;
      if (k > c.actor_token && ClassifyVerb(w) != VerbForm::kNone) break;
    }
    return false;
  }

  // A lack told with "didn't have": "we didn't have a staging stack", "the
  // vendor did not have a sandbox". Not "didn't have to" (no need) nor
  // "didn't have any incidents" (no problem).
  bool LackOf(const starbank::Clause& c, size_t i) const {
    static const WordTable& kNot = Cues(cue::kLackOfNot);
    static const WordTable& kAux = Cues(cue::kLackOfAux);
    size_t have;
    if (kNot.Contains(t_[i])) {
      have = i + 1;
    } else if (kAux.Contains(t_[i]) && i + 1 < c.end && Is(t_[i + 1], "not")) {
      have = i + 2;
    } else {
      return false;
    }
    static const WordTable& kHave = Cues(cue::kLackOfHave);
    static const WordTable& kArticle = Cues(cue::kLackOfArticle);
    if (have >= c.end || !kHave.Contains(t_[have])) return false;
    size_t next = have + 1;
    if (next < c.end && kArticle.Contains(t_[next])) ++next;
    if (next >= c.end || !IsWord(t_[next]) || Is(t_[next], "to")) return false;
    return !NoProblemAt(t_, next - 1, c.end);
  }

  // A limit on time, money, people or scope, told wherever it is:
  //  - a time box with its size: "a 72-hour window", "one maintenance
  //    window", "a two-week timeline";
  //  - a time given to do something: "gave us ten business days to hand
  //    over the records", "had two weeks to ship";
  //  - a resource missing: "no budget to hire", "no extra headcount";
  //  - a count of people free: "one designer was available";
  //  - out of the plan: "not in this sprint's scope", "wasn't on the roadmap";
  //  - how it may be solved: "without interrupting the payroll run", when
  //    the clause states the task (a leading base verb: "Patch it without
  //    downtime") or an obligation ("the fix had to ship without ...").
  bool Limit(const starbank::Clause& c, size_t i, size_t* len) const {
    const Token& k = t_[i];
    // The words each check below starts from, looked up once.
    // clang-format off
    static const WordTable& kStarts = Cues(cue::kLimitStarts);
    // clang-format on
    if (!IsNumber(k) && !kStarts.Contains(k)) return false;
    if (TimeBox(c, i) || GivenTime(c, i, len) || DueBy(c, i, len) || KeptRunning(c, i) ||
        LimitState(c, i) || LimitHad(c, i, len) || BehindPlan(c, i, len) ||
        ObligedWithin(c, i, len) || DoubleDuty(c, i, len) || SkillGap(c, i, len) ||
        ResourceMissing(c, i, len) || PeopleFree(c, i, len) || OutOfPlan(c, i) ||
        SolvedWithout(c, i) || PeopleForLoad(c, i, len) || ClosesIn(c, i, len)) {
      if (*len == 1 && Is(k, "without")) *len = 2;
      return true;
    }
    return false;
  }

  // "The budget was cut by 30%", "halved the team": what is cut is a
  // resource, not a cost or a latency, so the amount tells how much was lost.
  bool CutsResource(const starbank::Clause& c, size_t i) const {
    static const WordTable& kResource = Cues(cue::kCutsResourceResource);
    size_t lo = i > c.begin + 3 ? i - 3 : c.begin;
    for (size_t m = lo; m < c.end && m <= i + 3; ++m) {
      if (m != i && kResource.Contains(t_[m])) return true;
    }
    return false;
  }

  // A limit or the work's inputs in a bad state, told as the situation:
  // "the timeline was tight", "the budget was fixed", "the requirements
  // were unclear". The subject decides: "checkout was slow" is the problem.
  bool LimitState(const starbank::Clause& c, size_t i) const {
    static const WordTable& kLimits = Cues(cue::kLimitStateLimits);
    static const WordTable& kTight = Cues(cue::kLimitStateTight);
    static const WordTable& kInputs = Cues(cue::kLimitStateInputs);
    static const WordTable& kVague = Cues(cue::kLimitStateVague);
    bool tight = kTight.Contains(t_[i]);
    if (!tight && !kVague.Contains(t_[i])) return false;
    size_t m = i;
    static const WordTable& kDegree = Cues(cue::kLimitStateDegree);
    while (m > c.begin && kDegree.Contains(t_[m - 1])) --m;
    if (m == c.begin || !Linking().Contains(t_[m - 1]) || Negated(t_, c, i)) return false;
    for (size_t k = m - 1; k-- > c.begin && k + 5 >= m;) {
      if (!IsWord(t_[k])) break;
      if (tight ? kLimits.Contains(t_[k]) : kInputs.Contains(t_[k])) return true;
    }
    return false;
  }

  // A limit the work had, told before its noun: "we had a limited budget",
  // "with a tight deadline", "given a very short amount of time", "on short
  // notice". Without "had", "with" or "given" ("in a short time I learned
  // it") the adjective only tells how long something took.
  bool LimitHad(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kTight = Cues(cue::kLimitStateTight);
    static const WordTable& kLimits = Cues(cue::kLimitStateLimits);
    static const WordTable& kHad = Cues(cue::kLimitHadHad);
    static const WordTable& kLink = Cues(cue::kLimitHadLink);
    static const WordTable& kNotice = Cues(cue::kLimitHadNotice);
    if (!kTight.Contains(t_[i]) || Negated(t_, c, i)) return false;
    size_t m = i + 1;
    while (m < c.end && m <= i + 3 && kLink.Contains(t_[m])) ++m;
    if (m >= c.end || !(kLimits.Contains(t_[m]) || kNotice.Contains(t_[m]))) return false;
    if (m + 1 < c.end && IsWord(t_[m + 1]) && !HeadFollowers().Contains(t_[m + 1])) {
      return false;  // "a fixed budget line", "a short timeline view"
    }
    bool had = false;
    for (size_t k = i > c.begin + 4 ? i - 4 : c.begin; k < i; ++k) {
      if (kHad.Contains(t_[k]) || TimeBoxHad().Contains(t_[k])) had = true;
    }
    if (!had) return false;
    *len = m + 1 - i;
    return true;
  }

  // A plan already slipping: "we were behind schedule", "already behind
  // plan when I joined". ("fell behind" is read as an event.)
  bool BehindPlan(const starbank::Clause& c, size_t i, size_t* len) const {
    if (!Is(t_[i], "behind") || i + 1 >= c.end || Negated(t_, c, i)) return false;
    static const WordTable& kLimits = Cues(cue::kLimitStateLimits);
    static const WordTable& kPlan = Cues(cue::kBehindPlanPlan);
    if (!kLimits.Contains(t_[i + 1]) && !kPlan.Contains(t_[i + 1])) return false;
    *len = 2;
    return true;
  }

  // A time limit given with an obligation: "I had to learn React in one
  // week", "the report had to be rebuilt within two days". Without it
  // ("I learned React in one week") it tells how long the work took.
  bool ObligedWithin(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kWithin = Cues(cue::kObligedWithinWithin);
    static const WordTable& kSpelled = Cues(cue::kGivenTimeSpelled);
    static const WordTable& kTime = Cues(cue::kGivenTimeTime);
    if (!kWithin.Contains(t_[i]) || i + 2 >= c.end) return false;
    const Token& n = t_[i + 1];
    if (!(IsNumber(n) || kSpelled.Contains(n) || IsCount(n))) return false;
    if (!kTime.Contains(t_[i + 2])) return false;
    if (!Obliged(c, i) || Negated(t_, c, i)) return false;
    *len = 3;
    return true;
  }

  // Work fitted beside other duties: "on top of my regular support
  // rotation", "alongside my day job", "working full time while studying",
  // "while raising two kids". Not "while working on the migration" (when).
  bool DoubleDuty(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kBeside = Cues(cue::kDoubleDutyBeside);
    static const WordTable& kDuties = Cues(cue::kDoubleDutyDuties);
    static const WordTable& kWhile = Cues(cue::kDoubleDutyWhile);
    static const WordTable& kOwners = Cues(cue::kDoubleDutyOwners);
    const Token& k = t_[i];
    size_t from = c.end;
    if (Is(k, "top") && i > c.begin && Is(t_[i - 1], "on") && i + 1 < c.end &&
        Is(t_[i + 1], "of")) {
      from = i + 2;
    } else if (kBeside.Contains(k)) {
      from = i + 1;
    }
    if (from < c.end && kOwners.Contains(t_[from])) {
      for (size_t m = from + 1; m < c.end && m <= from + 3; ++m) {
        if (kDuties.Contains(t_[m])) {
          *len = m + 1 - i;
          return !Negated(t_, c, i);
        }
        if (!IsWord(t_[m]) && !Is(t_[m], "-")) break;
      }
      return false;
    }
    if (Is(k, "while") && i + 1 < c.end && kWhile.Contains(t_[i + 1])) {
      *len = 2;
      return !Negated(t_, c, i);
    }
    return false;
  }

  // The speaker's own gap in skill: "I had never worked with Kubernetes",
  // "I was new to the codebase", "had no experience with mobile".
  bool SkillGap(const starbank::Clause& c, size_t i, size_t* len) const {
    const Token& k = t_[i];
    auto speaker = [&]() {
      Actor who = LocalActor(c, i);
      return who == Actor::kSpeaker || who == Actor::kCollective;
    };
    if (Is(k, "never") && i > c.begin && HaveOrD().Contains(t_[i - 1])) {
      static const WordTable& kDone = Cues(cue::kSkillGapDone);
      if (i + 1 < c.end && kDone.Contains(t_[i + 1]) && speaker()) {
        *len = 2;
        return true;
      }
      return false;
    }
    if (Is(k, "first") && i > c.begin && i + 1 < c.end && Is(t_[i + 1], "time") &&
        Cues(cue::kSkillGapOwn).Contains(t_[i - 1]) && !Negated(t_, c, i)) {
      *len = 2;  // "it was my first time leading a team"
      return true;
    }
    static const WordTable& kNewPrep = Cues(cue::kSkillGapNewPrep);
    if (Is(k, "new") && i > c.begin && i + 1 < c.end && kNewPrep.Contains(t_[i + 1]) &&
        Linking().Contains(t_[i - 1]) && speaker()) {
      *len = 2;  // "I was new to the codebase", "i was new in the warehouse"
      return true;
    }
    // "I didn't know the scanner system", "i didnt know the rules": the
    // speaker's own gap. Not "didn't know why/whether/that ...", which
    // opens a diagnosis or a thought.
    static const WordTable& kKnowNot = Cues(cue::kSkillGapKnowNot);
    if (Is(k, "know") && i > c.begin && kKnowNot.Contains(t_[i - 1]) && i + 1 < c.end &&
        Cues(cue::kSkillGapKnowObject).Contains(t_[i + 1]) && speaker()) {
      *len = 2;
      return true;
    }
    if (Is(k, "no") && i + 1 < c.end) {
      size_t m = i + 1;
      if (m < c.end && ExperienceAdjectives().Contains(t_[m])) ++m;
      static const WordTable& kNouns = Cues(cue::kSkillGapExperienceNouns);
      if (m < c.end && kNouns.Contains(t_[m]) && speaker()) {
        *len = m + 1 - i;
        return true;
      }
    }
    return false;
  }

  // Something that had to keep running while the work went on: "had to
  // keep the legacy API alive for 40 partners during the cutover", "needed
  // to support both versions while we migrated".
  bool KeptRunning(const starbank::Clause& c, size_t i) const {
    if (!DuringWords().Contains(t_[i])) {
      return false;
    }
    if (scope_ == SetbackScope::kResult) return false;
    static const WordTable& kKeep = Cues(cue::kKeptRunningKeep);
    if (Obliged(c, i)) {
      for (size_t m = c.begin; m < i; ++m) {
        std::string lemma;
        if (ClassifyVerb(t_[m], &lemma) != VerbForm::kNone && kKeep.Contains(lemma)) {
          return true;
        }
      }
    } else if (i == c.begin && Is(t_[i], "while") && KeepObligedBefore(i)) {
      return true;  // "We had to keep the old site running | while we migrated"
    }
    return KeptOpenAfter(c, i);
  }

  // The sentence before a clause that opens on "while" holds an obligation
  // and a keep verb after it: "we had to keep the old site running".
  bool KeepObligedBefore(size_t i) const {
    static const WordTable& kKeep = Cues(cue::kKeptRunningKeep);
    static const WordTable& kMust = Cues(cue::kObligedMust);
    bool keep = false;
    for (size_t m = i; m-- > (i > 15 ? i - 15 : 0);) {
      std::string lemma;
      if (ClassifyVerb(t_[m], &lemma) != VerbForm::kNone && kKeep.Contains(lemma)) keep = true;
      if (keep && kMust.Contains(t_[m]) &&
          (ObligedItself().Contains(t_[m]) || (m + 1 < i && Is(t_[m + 1], "to")))) {
        return true;
      }
      if (t_[m].sentence_start) break;
    }
    return false;
  }

  // The state something had to stay in, told after "while": "had to swap
  // the tills while the shop stayed open", "had to do it while keeping the
  // store open to customers". The obligation may sit in the clause before.
  // Without one ("I kept the store open late on Fridays") it is a plan.
  bool KeptOpenAfter(const starbank::Clause& c, size_t i) const {
    static const WordTable& kKeep = Cues(cue::kKeptRunningKeep);
    static const WordTable& kOpen = Cues(cue::kKeptRunningOpen);
    static const WordTable& kMust = Cues(cue::kObligedMust);
    if (!Is(t_[i], "while")) return false;
    bool keep = false;
    size_t open = 0;
    for (size_t m = i + 1; m < t_.size() && m <= i + 8; ++m) {
      if (t_[m].sentence_start || (!IsWord(t_[m]) && !Is(t_[m], "-"))) break;
      std::string lemma;
      if (!keep && ClassifyVerb(t_[m], &lemma) != VerbForm::kNone && kKeep.Contains(lemma)) {
        keep = true;
      } else if (keep && kOpen.Contains(t_[m])) {
        open = m;
        break;
      }
    }
    if (open == 0) return false;
    // An obligation before "while", in this sentence: "had to", "must".
    for (size_t m = i; m-- > (i > 12 ? i - 12 : 0);) {
      if (kMust.Contains(t_[m])) return !Negated(t_, c, m + 1);
      if (t_[m].sentence_start) break;
    }
    return false;
  }

  // What the team could not do to the thing it worked on: "we couldn't take
  // the site down during business hours", "we could not close the clinic
  // for the move". `i` is the negated modal. Customers or users who could
  // not ("customers couldn't check out") are the problem told.
  bool HaltForbidden(const starbank::Clause& c, size_t i) const {
    static const WordTable& kHalt = Cues(cue::kHaltForbiddenVerbs);
    static const WordTable& kParticle = Cues(cue::kHaltForbiddenParticles);
    static const WordTable& kDown = Cues(cue::kHaltForbiddenDown);
    if (CustomersAct(c, i) || SubjectNamesPeople(c, i)) return false;
    size_t v = i + 1;
    if (v < c.end && Is(t_[v], "not")) ++v;
    if (v < c.end && Is(t_[v], "afford")) return false;
    if (v >= c.end || !IsWord(t_[v])) return false;
    std::string lemma = VerbLemma(t_[v]);
    if (lemma.empty()) lemma = t_[v].norm;
    if (!kHalt.Contains(lemma) && !kHalt.Contains(t_[v])) return false;
    // "couldn't stop thinking about it": a gerund after it is no halt.
    if (v + 1 < c.end && IsWord(t_[v + 1]) && t_[v + 1].norm.size() > 4 &&
        t_[v + 1].norm.compare(t_[v + 1].norm.size() - 3, 3, "ing") == 0) {
      return false;
    }
    if (!kParticle.Contains(lemma) && !kParticle.Contains(t_[v])) return true;
    for (size_t m = v + 1; m < c.end && m <= v + 4; ++m) {
      if (kDown.Contains(t_[m])) return true;
    }
    return false;
  }

  // A date someone requires it by: "leadership wanted it live before the
  // holiday peak", "we had to finish by the audit". Without the
  // obligation ("before the launch, I reviewed the plan") only a time.
  bool DueBy(const starbank::Clause& c, size_t i, size_t* len) const {
    if (!DueByWords().Contains(t_[i])) return false;
    if (scope_ == SetbackScope::kResult) return false;
    static const WordTable& kNotDates = Cues(cue::kDueByNotDates);
    static const WordTable& kEnd = Cues(cue::kDueByEnd);
    for (size_t m = i + 1; m < c.end && m <= i + 4; ++m) {
      if (!IsWord(t_[m])) return false;
      // "by the end of my shift": the end of a period is a date too.
      bool end_of = kEnd.Contains(t_[m]) && m + 2 < c.end && Is(t_[m + 1], "of") &&
                    IsWord(t_[m + 2]);
      // "by Friday", "before Christmas", and a named event right after
      // "before": "before Black Friday".
      static const WordTable& kDays = Cues(cue::kDueByDays);
      bool named = kDays.Contains(t_[m]) ||
                   (m == i + 1 && Is(t_[i], "before") && !t_[m].sentence_start &&
                    !Is(t_[m], "i") && text_[t_[m].offset] >= 'A' && text_[t_[m].offset] <= 'Z');
      if (end_of || named || (DeadlineNouns().Contains(t_[m]) && !kNotDates.Contains(t_[m]))) {
        if (!Obliged(c, i) || Negated(t_, c, i)) return false;
        // "the goal was 3% by end of quarter": a target's period, no date
        // the work is held to.
        if (end_of && GoalBefore(c, i)) return false;
        *len = m + 1 - i;
        return true;
      }
    }
    return EventDue(c, i, len);
  }

  // A date told as an event someone else's clock sets, in the setup: "the
  // ramp had to be built before the inspector came", "the stock had to be
  // moved before the lease ended". In the action ("I had to check the logs
  // before the job ran") it tells an order of steps.
  bool EventDue(const starbank::Clause& c, size_t i, size_t* len) const {
    if (!Setup() || !Is(t_[i], "before") || i + 2 >= c.end) return false;
    static const WordTable& kFirst = Cues(cue::kFirstPerson);
    if (kFirst.Contains(t_[i + 1])) return false;  // "before I left"
    for (size_t m = i + 2; m < c.end && m <= i + 4; ++m) {
      if (!IsWord(t_[m])) return false;
      VerbForm f = ClassifyVerb(t_[m]);
      if (f != VerbForm::kPast && f != VerbForm::kThird) continue;
      if (!Obliged(c, i) || Negated(t_, c, i)) return false;
      *len = m + 1 - i;
      return true;
    }
    return false;
  }

  // "72-hour", "two-week", "3-day": a number or count joined to a time unit.
  static bool TimeAmount(const Token& t) {
    static const WordTable& kUnits = Cues(cue::kTimeAmountUnits);
    size_t dash = t.norm.find('-');
    if (dash == std::string::npos || dash == 0) return false;
    std::string_view unit = std::string_view(t.norm).substr(dash + 1);
    if (!kUnits.Contains(unit)) return false;
    if (t.kind == Token::Kind::kNumber) return true;
    static const WordTable& kCounts = Cues(cue::kTimeAmountCounts);
    return kCounts.Contains(std::string_view(t.norm).substr(0, dash));
  }

  bool TimeBox(const starbank::Clause& c, size_t i) const {
    static const WordTable& kBox = Cues(cue::kTimeBoxBox);
    if (!kBox.Contains(t_[i])) return false;
    if (i + 1 < c.end && IsWord(t_[i + 1]) && !HeadFollowers().Contains(t_[i + 1])) {
      return false;  // "window function", "timeline view"
    }
    if (Negated(t_, c, i)) return false;
    static const WordTable& kMeasure = Cues(cue::kTimeBoxMeasure);
    for (size_t m = i > c.begin + 3 ? i - 3 : c.begin; m < i; ++m) {
      if (kMeasure.Contains(t_[m])) return false;  // "p95 over a 7-day window"
    }
    bool given = false;  // "we had one window", "got only a two-week window"
    for (size_t m = i > c.begin + 4 ? i - 4 : c.begin; m < i; ++m) {
      if (TimeBoxHad().Contains(t_[m])) {
        given = true;
      }
    }
    if (!given && scope_ == SetbackScope::kAction &&
        (c.actor == Actor::kSpeaker || c.actor == Actor::kCollective)) {
      return false;  // the speaker's own plan: "scheduled it in a two-week window"
    }
    static const WordTable& kCount = Cues(cue::kTimeBoxCount);
    for (size_t m = i > c.begin + 3 ? i - 3 : c.begin; m < i; ++m) {
      if (TimeAmount(t_[m]) || kCount.Contains(t_[m]) ||
          (IsNumber(t_[m]) && m + 1 < i && ResourceNouns().Contains(t_[m + 1]))) {
        return true;
      }
    }
    return false;
  }

  // "gave us ten business days to", "had 48 hours to", "with two weeks to".
  bool GivenTime(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kGive = Cues(cue::kGivenTimeGive);
    static const WordTable& kTime = Cues(cue::kGivenTimeTime);
    static const WordTable& kKind = Cues(cue::kGivenTimeKind);
    static const WordTable& kSpelled = Cues(cue::kGivenTimeSpelled);
    const Token& k = t_[i];
    // "gave us until Friday noon to submit", "had until the 1st to": the end
    // of the time given, then what it was for.
    if (Is(k, "until") || Is(k, "till")) {
      bool handed = false;
      for (size_t m = i > c.begin + 3 ? i - 3 : c.begin; m < i; ++m) {
        if (kGive.Contains(t_[m]) && !Is(t_[m], "with")) handed = true;
      }
      if (!handed || Negated(t_, c, i)) return false;
      size_t to = ToVerbWithin(c, i + 2, 4);
      if (to == 0) return false;
      *len = to + 2 - i;
      return true;
    }
    if (!(IsNumber(k) || kSpelled.Contains(k))) return false;
    bool given = false;
    for (size_t m = i > c.begin + 2 ? i - 2 : c.begin; m < i; ++m) {
      if (kGive.Contains(t_[m])) given = true;
    }
    // A note that opens with the time and its purpose, in the setup: "- 3
    // weeks to hire and train 12 pickers before the harvest".
    if (!given && i == c.begin && Setup()) given = true;
    if (!given) return false;
    size_t u = i + 1;
    if (u < c.end && kKind.Contains(t_[u])) ++u;
    if (u >= c.end || !kTime.Contains(t_[u])) return false;
    // "had 36 hours before the store opening to fix the tills": the date
    // the time runs to, then what it was for.
    if (u + 1 < c.end && (Is(t_[u + 1], "before") || Is(t_[u + 1], "until"))) {
      size_t to = ToVerbWithin(c, u + 2, 4);
      if (to == 0 || Negated(t_, c, i)) return false;
      *len = to + 2 - i;
      return true;
    }
    if (u + 2 >= c.end || !Is(t_[u + 1], "to") || !IsWord(t_[u + 2])) return false;
    // "to ship"; "to cut", "to set" read as past forms too.
    if (ClassifyVerb(t_[u + 2]) != VerbForm::kBase && !IsVerbLemma(t_[u + 2].norm)) {
      return false;
    }
    if (Negated(t_, c, i)) return false;
    *len = u + 2 - i;
    return true;
  }

  // Where "to" and a base verb follow within `n` words from `from` (words
  // only): "... Friday noon to submit". The index of "to", or 0.
  size_t ToVerbWithin(const starbank::Clause& c, size_t from, size_t n) const {
    for (size_t m = from; m + 1 < c.end && m <= from + n; ++m) {
      if (!IsWord(t_[m]) && !IsNumber(t_[m])) return 0;  // "until the 30th to
      if (!Is(t_[m], "to") || !IsWord(t_[m + 1])) continue;
      if (ClassifyVerb(t_[m + 1]) == VerbForm::kBase || IsVerbLemma(t_[m + 1].norm)) return m;
    }
    return 0;
  }

  // "no budget to hire", "no engineering resources", "no extra headcount".
  bool ResourceMissing(const starbank::Clause& c, size_t i, size_t* len) const {
    if (!Is(t_[i], "no")) return false;
    if (i > c.begin && Is(t_[i - 1], "in")) return false;  // "in no time"
    if (i > c.begin) {
      // "needed no extra engineers", "cost no headcount": a frugal result.
      std::string lemma;
      ClassifyVerb(t_[i - 1], &lemma);
      static const WordTable& kUse = Cues(cue::kResourceMissingUse);
      if (kUse.Contains(lemma)) return false;
    }
    static const WordTable& kHave = Cues(cue::kResourceMissingHave);
    static const WordTable& kMoney = Cues(cue::kResourceMissingMoney);
    for (size_t m = i + 1; m < c.end && m <= i + 3; ++m) {
      if (!IsWord(t_[m])) return false;
      if (kMoney.Contains(t_[m])) {
        // "no money left in the grant"; not "no cash left over".
        bool left = m + 1 < c.end && Is(t_[m + 1], "left") &&
                    !(m + 2 < c.end && Is(t_[m + 2], "over"));
        if (!left) return false;
        *len = m + 1 - i;
        return true;
      }
      if (kHave.Contains(t_[m])) {
        bool head = m + 1 >= c.end || !IsWord(t_[m + 1]) ||
                    HeadFollowers().Contains(t_[m + 1]) || Is(t_[m + 1], "left");
        if (!head) continue;  // "no training material": the compound's head follows
        *len = m + 1 - i;
        return true;
      }
    }
    return false;
  }

  // "We only had one ambulance available", "only two ovens left": a count
  // of anything with "only" before it and what is free after it.
  // One person the work rests on: "I was the only one who knew the old
  // script", "the only nurse who could start IV lines", "the only one left
  // on the desk". What only they did by choice ("the only one who
  // volunteered") is no limit; nor is a thing ("the only one of the three
  // depots with a dock"). Not in the result.
  bool OnlyOneWho(const starbank::Clause& c, size_t i, size_t* len) const {
    if (!Is(t_[i], "only") || scope_ == SetbackScope::kResult) return false;
    if (i == c.begin || !Is(t_[i - 1], "the")) return false;
    static const WordTable& kPeople = Cues(cue::kOnlyOneWhoPeople);
    static const WordTable& kSole = Cues(cue::kOnlyOneWhoSole);
    size_t m = i + 1;
    if (m >= c.end || !(kPeople.Contains(t_[m]) || NamesPeople(t_[m]))) return false;
    ++m;
    if (m < c.end && (Is(t_[m], "who") || Is(t_[m], "that"))) ++m;
    // "who was working", "who had worked": auxiliaries before the verb.
    while (m < c.end && (BeForms().Contains(t_[m]) || HaveForms().Contains(t_[m])) &&
           m + 1 < c.end && IsWord(t_[m + 1]) && kSole.Contains(t_[m + 1])) {
      ++m;
    }
    if (m >= c.end || !kSole.Contains(t_[m]) || Negated(t_, c, i)) return false;
    *len = m + 1 - i;
    return true;
  }

  // A mistake of the speaker's own told in the situation or task: "my
  // biggest mistake was promising the date", "I made a mistake in the
  // rota", "biggest mistake is not documenting my code" (the speaker's own
  // miss counts in the setup). In the action every mistake already counts
  // as a problem noun.
  bool OwnMistake(const starbank::Clause& c, size_t i, size_t* len) const {
    if (!Setup()) return false;
    static const WordTable& kNouns = Cues(cue::kOwnMistakeNouns);
    static const WordTable& kMade = Cues(cue::kOwnMistakeMade);
    if (!kNouns.Contains(t_[i]) || Negated(t_, c, i) || Diagnosed()) return false;
    // A modifier: "our error rate", "my error logs", "an error-prone form".
    if (i + 1 < c.end) {
      const Token& next = t_[i + 1];
      if (Is(next, "-")) return false;
      if (IsWord(next) && !HeadFollowers().Contains(next) &&
          ClassifyVerb(next) != VerbForm::kPast) {
        return false;
      }
    }
    *len = 1;
    // "my mistake", "our biggest mistake", "my own error".
    for (size_t m = i; m-- > c.begin && m + 3 >= i;) {
      if (Is(t_[m], "my") || Is(t_[m], "our")) return true;
      if (!IsWord(t_[m])) break;
    }
    // "I made a mistake", "I'd made an error": the speaker's verb before it.
    for (size_t m = i; m-- > c.begin && m + 4 >= i;) {
      if (!IsWord(t_[m])) break;
      if (kMade.Contains(t_[m]) && SpeakerDoes(c, m)) return true;
    }
    // "biggest mistake is not documenting my code": the mistake told as the
    // speaker's own doing after a form of "be".
    if (i + 1 < c.end && BeForms().Contains(t_[i + 1])) {
      for (size_t m = i + 2; m < c.end; ++m) {
        if (Is(t_[m], "my") || Is(t_[m], "i") || Is(t_[m], "me")) return true;
      }
    }
    return false;
  }

  bool ScarceCount(const starbank::Clause& c, size_t i, size_t* len) const {
    if (!Is(t_[i], "only") || scope_ == SetbackScope::kResult) return false;
    static const WordTable& kHad = Cues(cue::kScarceCountHad);
    static const WordTable& kFree = Cues(cue::kPeopleFreeFree);
    size_t m = i + 1;
    if (m < c.end && kHad.Contains(t_[m])) ++m;
    if (m >= c.end || !(IsNumber(t_[m]) || IsCount(t_[m]))) return false;
    for (size_t n = m + 2; n < c.end && n <= m + 3; ++n) {
      if (!IsWord(t_[n])) return false;
      if (kFree.Contains(t_[n])) {
        *len = n + 1 - i;
        return true;
      }
    }
    return false;
  }

  // "One designer was available", "two engineers were free".
  // Too few people for the load, in the setup: "two volunteers for a
  // 400-family distribution", "just 2 teachers for 90 students", "me and one
  // intern for the whole migration". The load after "for" is 10 or more, or
  // whole; a time ("two nurses for 90 minutes") and a load no bigger ("two
  // volunteers for the Saturday shift") are none.
  bool PeopleForLoad(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kFew = Cues(cue::kPeopleForLoadFew);
    if (!Setup() || !kFew.Contains(t_[i])) return false;
    static const WordTable& kLoad = Cues(cue::kPeopleForLoadLoad);
    static const WordTable& kOnly = Cues(cue::kPeopleForLoadOnly);
    static const WordTable& kRoles = Cues(cue::kPeopleFreeRoles);
    static const WordTable& kTime = Cues(cue::kGivenTimeTime);
    static const WordTable& kPeople = Cues(cue::kPeopleForLoadPeople);
    auto person = [&](const Token& w) {
      return NamesPeople(w) || kRoles.Contains(w) || kPeople.Contains(w);
    };
    size_t m = i + 1;
    if (m < c.end && IsWord(t_[m]) && !person(t_[m])) ++m;  // "one backend engineer"
    if (m >= c.end || !person(t_[m])) return false;
    size_t f = m + 1;
    while (f < c.end && f <= m + 2 && kOnly.Contains(t_[f])) ++f;
    if (f >= c.end || !Is(t_[f], "for")) return false;
    for (size_t n = f + 1; n < c.end && n <= f + 4; ++n) {
      const Token& w = t_[n];
      bool big = kLoad.Contains(w);
      if (IsNumber(w)) {
        long v = 0;
        for (char ch : w.norm) {
          if (ch == ',') continue;
          if (ch < '0' || ch > '9') break;
          v = v * 10 + (ch - '0');
          if (v > 100000) break;
        }
        big = v >= 10;
      }
      if (!big) continue;
      if (n + 1 < c.end && (kTime.Contains(t_[n + 1]) || Is(t_[n + 1], "years") ||
                            Is(t_[n + 1], "year"))) {
        return false;  // "for 90 minutes"
      }
      *len = n + 1 - i;
      return true;
    }
    return false;
  }

  // Something outside the speaker that closes or runs out in a short time,
  // in the setup: "the tender closed in nine days", "grant application
  // closes in 5 days". A passive ("was closed in nine days") or the
  // speaker's own verb ("we closed the deal in nine days") is work done.
  bool ClosesIn(const starbank::Clause& c, size_t i, size_t* len) const {
    if (!Setup() || i < c.begin + 2 || !(Is(t_[i], "in") || Is(t_[i], "within"))) {
      return false;
    }
    static const WordTable& kVerbs = Cues(cue::kClosesInVerbs);
    size_t v = i - 1;
    if (!kVerbs.Contains(t_[v])) return false;
    if (c.actor == Actor::kSpeaker || c.actor == Actor::kCollective) return false;
    if (BeForms().Contains(t_[v - 1]) && ClassifyVerb(t_[v]) == VerbForm::kPast) return false;
    static const WordTable& kTime = Cues(cue::kGivenTimeTime);
    static const WordTable& kKind = Cues(cue::kGivenTimeKind);
    static const WordTable& kSpelled = Cues(cue::kGivenTimeSpelled);
    size_t n = i + 1;
    if (n < c.end && (Is(t_[n], "just") || Is(t_[n], "only"))) ++n;
    if (n >= c.end || !(IsNumber(t_[n]) || kSpelled.Contains(t_[n]))) return false;
    size_t u = n + 1;
    if (u < c.end && kKind.Contains(t_[u])) ++u;
    if (u >= c.end || !kTime.Contains(t_[u])) return false;
    *len = u + 1 - i;
    return true;
  }

  bool PeopleFree(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kCount = Cues(cue::kPeopleFreeCount);
    static const WordTable& kFree = Cues(cue::kPeopleFreeFree);
    if (!kCount.Contains(t_[i])) return false;
    static const WordTable& kRoles = Cues(cue::kPeopleFreeRoles);
    size_t m = i + 1;
    if (m < c.end && IsWord(t_[m]) && !NamesPeople(t_[m]) &&
        !ResourceNouns().Contains(t_[m]) && !kRoles.Contains(t_[m])) {
      ++m;  // "one backend engineer"
    }
    if (m >= c.end || !(NamesPeople(t_[m]) || ResourceNouns().Contains(t_[m]) ||
                        kRoles.Contains(t_[m]))) {
      return false;
    }
    size_t v = m + 1;
    if (v + 1 >= c.end || !BeForms().Contains(t_[v])) {
      return false;
    }
    if (!kFree.Contains(t_[v + 1])) return false;
    *len = v + 2 - i;
    return true;
  }

  // "not in current sprint scope", "wasn't on the roadmap", "out of scope".
  bool OutOfPlan(const starbank::Clause& c, size_t i) const {
    static const WordTable& kPlan = Cues(cue::kOutOfPlanPlan);
    if (!kPlan.Contains(t_[i])) return false;
    if (i + 1 < c.end && IsWord(t_[i + 1]) && !HeadFollowers().Contains(t_[i + 1])) {
      return false;  // "scope creep", "budget review"
    }
    bool in = false;
    for (size_t m = i > c.begin + 4 ? i - 4 : c.begin; m < i; ++m) {
      if (Is(t_[m], "out") && m + 1 < i && Is(t_[m + 1], "of")) return true;
      if (Is(t_[m], "outside")) return true;
      if (InPlanWords().Contains(t_[m])) in = true;
    }
    if (!in) return false;
    for (size_t m = i > c.begin + 5 ? i - 5 : c.begin; m < i; ++m) {
      if (OutOfPlanNot().Contains(t_[m])) {
        return true;
      }
    }
    return false;
  }

  // A limit on how the goal may be reached: "Patch it without downtime",
  // "the fix had to ship without interrupting the payroll run". In the
  // action only with an obligation; never in the result, where "without"
  // tells what did not happen.
  // An obligation before `i` in the clause: "had to", "must", "needed
  // to", "wanted it", "the goal was". False after a relative pronoun: "a
  // service that had to run without tests" describes the service.
  bool Obliged(const starbank::Clause& c, size_t i) const {
    static const WordTable& kMust = Cues(cue::kObligedMust);
    static const WordTable& kWhom = Cues(cue::kObligedWhom);
    static const WordTable& kRelative = Cues(cue::kRelativePronouns);
    static const WordTable& kRole = Cues(cue::kObligedRole);
    bool obliged = false;
    for (size_t m = c.begin; m < i; ++m) {
      if (kRelative.Contains(t_[m])) return false;
      // "My task was to ...", "the job is to ...": the role told as the task.
      if (kRole.Contains(t_[m]) && m + 2 < i && BeForms().Contains(t_[m + 1]) &&
          Is(t_[m + 2], "to")) {
        obliged = true;
        continue;
      }
      if (!kMust.Contains(t_[m])) continue;
      if (ObligedItself().Contains(t_[m])) {
        obliged = true;
      } else if (m + 1 < i && kWhom.Contains(t_[m + 1]) &&
                 !(HaveForms().Contains(t_[m]) && !Is(t_[m + 1], "to"))) {
        obliged = true;  // "had to", "needed it", not "had the"
      }
    }
    return obliged;
  }

  // What "without" keeps out says it is a limit: a harm ("without
  // breaking", "without downtime", "without data loss") or a resource
  // ("without a mandate", "without extra budget"). "Without any manual
  // steps" tells a feature.
  bool LimitAfterWithout(const starbank::Clause& c, size_t i) const {
    static const WordTable& kSkip = Cues(cue::kLimitAfterWithoutSkip);
    static const WordTable& kHarm = Cues(cue::kLimitAfterWithoutHarm);
    for (size_t m = i + 1; m < c.end && m <= i + 3; ++m) {
      const Token& w = t_[m];
      if (!IsWord(w)) return false;
      if (kHarm.Contains(w) || ProblemNouns().Contains(w)) return true;
      if (ClassifyVerb(w) == VerbForm::kGerund) return true;
      if (!kSkip.Contains(w)) return false;
    }
    return false;
  }

  bool SolvedWithout(const starbank::Clause& c, size_t i) const {
    if (!Is(t_[i], "without") || scope_ == SetbackScope::kResult) return false;
    if (i + 1 >= c.end || !IsWord(t_[i + 1]) || !LimitAfterWithout(c, i)) return false;
    static const WordTable& kRelative = Cues(cue::kRelativePronouns);
    for (size_t m = c.begin; m < i; ++m) {
      if (kRelative.Contains(t_[m])) return false;  // "a service that ran without tests"
    }
    if (Obliged(c, i)) return true;
    if (!Setup()) return false;
    // The task told as an order with its subject dropped: "Patch safely
    // without downtime", "Consolidate without a mandate".
    // The reader may take the verb for a noun subject ("Patch safely"): a
    // base form first, and no past tense before "without" that would be
    // its verb ("Patch releases slipped without notice").
    if (c.actor == Actor::kCollective || c.actor == Actor::kPassive) return false;
    if (!IsWord(t_[c.begin]) || ClassifyVerb(t_[c.begin]) != VerbForm::kBase) {
      return false;
    }
    // "Get the flyers printed without ...": after a causative the
    // participle is the object's.
    static const WordTable& kCausative = Cues(cue::kSolvedWithoutCausative);
    bool causative = kCausative.Contains(t_[c.begin]);
    for (size_t m = c.begin + 1; m < i; ++m) {
      if (ClassifyVerb(t_[m]) == VerbForm::kPast && !causative) return false;
    }
    return true;
  }

  // What tells a problem, read as the action would read it: a problem noun,
  // a bad state, a failure, a "could not", a shortfall.
  bool ProblemCue(const starbank::Clause& c, size_t i, size_t* len) const {
    if (NegatedCapability(t_, i, c.end)) {
      *len = 2;
      return true;
    }
    if (!IsWord(t_[i])) return false;
    return ProblemNoun(c, i) || AdverseState(c, i) || ProblemState(c, i) ||
           Shortfall(c, i, len) || AdverseEvent(c, i, len);
  }

  // An attempt or plan measured short of what was needed: "the new design
  // was three times slower than the old one", "took longer than planned",
  // "40 seconds per image, far over the 2-second budget", "ran 20% over
  // budget". Domain: "an approach turned out too slow". In the action and
  // trade-offs only: in the setup a gap is the problem the story solves.
  bool Shortfall(const starbank::Clause& c, size_t i, size_t* len) const {
    if (Setup()) return false;
    static const WordTable& kWorse = Cues(cue::kShortfallWorse);
    static const WordTable& kBefore = Cues(cue::kShortfallBefore);
    static const WordTable& kLimit = Cues(cue::kShortfallLimit);
    const Token& k = t_[i];
    if (kWorse.Contains(k)) {
      // "worse than the baseline", "worse accuracy than the old rules": a
      // result measured against what it was to beat.
      static const WordTable& kReference = Cues(cue::kShortfallReference);
      size_t than = i + 1;
      if (than + 1 < c.end && IsWord(t_[than]) && !Is(t_[than], "than") &&
          Is(t_[than + 1], "than")) {
        ++than;
      }
      if (than >= c.end || !Is(t_[than], "than")) return false;
      for (size_t m = than + 1; m < c.end && m <= than + 3; ++m) {
        if (!IsWord(t_[m])) break;
        if (kReference.Contains(t_[m])) {
          if (Negated(t_, c, i)) return false;
          *len = than + 1 - i;
          return true;
        }
      }
      if (than != i + 1) return false;
      for (size_t m = i > c.begin + 4 ? i - 4 : c.begin; m < i; ++m) {
        if ((kBefore.Contains(t_[m]) || IsNumber(t_[m])) && !Negated(t_, c, i)) {
          *len = 2;
          return true;
        }
      }
      return false;
    }
    if (Is(k, "over") && i > c.begin) {
      // "far over", "was over", "ran 20% over"; not "took over", "handed over".
      const Token& p = t_[i - 1];
      static const WordTable& kMeasure = Cues(cue::kShortfallOverAfter);
      bool measured = (kBefore.Contains(p) && !Is(p, "took")) || kMeasure.Contains(p) ||
                      IsNumber(p);
      if (!measured) return false;
      for (size_t m = i + 1; m < c.end && m <= i + 5; ++m) {
        if (kLimit.Contains(t_[m])) {
          if (Negated(t_, c, i)) return false;
          *len = m + 1 - i;
          return true;
        }
        if (!IsWord(t_[m]) && !IsNumber(t_[m]) && !Is(t_[m], "-")) break;
      }
    }
    return false;
  }

  // An attempt that did not work, told in plain words, in the action: "It
  // didn't work", "that plan did not work out", "the fix never helped", "the
  // POC worked on my laptop but not on the shop's tablets", "the pilot
  // showed no improvement". "It" and "this" refer to the speaker's own try,
  // which is what failed. Said of the speaker ("I didn't work weekends") it
  // is no attempt; what a diagnosis found is the cause; in the setup a
  // system that does not work is the problem told.
  bool AttemptFailed(const starbank::Clause& c, size_t i, size_t* len) const {
    if (scope_ != SetbackScope::kAction) return false;
    static const WordTable& kVerbs = Cues(cue::kAttemptFailedVerbs);
    static const WordTable& kGain = Cues(cue::kAttemptFailedGain);
    static const WordTable& kShow = Cues(cue::kAttemptFailedShow);
    static const WordTable& kNot = Cues(cue::kNegatedByOtherNot);
    static const WordTable& kAux = Cues(cue::kNegatedByOtherAux);
    const Token& k = t_[i];
    size_t v = c.end;
    if (kNot.Contains(k)) {
      v = i + 1;
    } else if (kAux.Contains(k) && i + 1 < c.end && Is(t_[i + 1], "not")) {
      v = i + 2;
    } else if (Is(k, "never")) {
      v = i + 1;
    } else if (Is(k, "not") && i > c.begin && Is(t_[i - 1], "but")) {
      // "worked on my laptop but not on the tablets"
      for (size_t m = i - 1; m-- > c.begin && m + 10 > i;) {
        if (IsWord(t_[m]) && VerbLemma(t_[m]) == "work" &&
            ClassifyVerb(t_[m]) != VerbForm::kGerund && !SpeakerDoes(c, m) &&
            LocalActor(c, m) != Actor::kCollective && !Diagnosed()) {
          *len = 2;
          return true;
        }
      }
      return false;
    } else if (Is(k, "no") && i > c.begin) {
      // "showed no improvement", "made no real progress"
      std::string lemma = VerbLemma(t_[i - 1]);
      if (lemma.empty() || !kShow.Contains(lemma)) return false;
      size_t n = i + 1;
      if (n < c.end && ExperienceAdjectives().Contains(t_[n])) ++n;
      static const WordTable& kDegree = Cues(cue::kAttemptFailedDegree);
      if (n < c.end && kDegree.Contains(t_[n])) ++n;
      if (n >= c.end || !kGain.Contains(t_[n]) || Diagnosed()) return false;
      *len = n + 1 - i;
      return true;
    } else {
      return false;
    }
    if (v >= c.end || !IsWord(t_[v])) return false;
    std::string lemma = VerbLemma(t_[v]);
    if (lemma.empty()) lemma = t_[v].norm;
    if (!kVerbs.Contains(lemma)) return false;
    if (Is(k, "never") && ClassifyVerb(t_[v]) != VerbForm::kPast) return false;
    Actor who = LocalActor(c, i);
    if (who == Actor::kSpeaker || who == Actor::kCollective || Diagnosed()) return false;
    bool subject = false;  // a note's "didn't work weekends": the speaker
    for (size_t m = c.begin; m < i && !subject; ++m) subject = IsWord(t_[m]);
    if (!subject) return false;
    *len = v + 1 - i;
    return true;
  }

  // What the work stands on coming to its end: "the API was going away in
  // June", "the SDK reached end of life", "hit end-of-support". The past
  // "went away" is an outcome ("the errors went away"), and a bare "end of
  // life" a topic ("planned the end of life").
  bool EndOfLife(const starbank::Clause& c, size_t i, size_t* len) const {
    const Token& k = t_[i];
    if (Is(k, "going") && i > c.begin && i + 1 < c.end && Is(t_[i + 1], "away")) {
      static const WordTable& kBe = Cues(cue::kEndOfLifeBe);
      if (!kBe.Contains(t_[i - 1]) || Negated(t_, c, i)) return false;
      *len = 2;
      return true;
    }
    static const WordTable& kReach = Cues(cue::kEndOfLifeReach);
    if (!kReach.Contains(k)) return false;
    size_t m = i + 1;
    static const WordTable& kDeterminers = Cues(cue::kEndOfLifeDeterminers);
    if (m < c.end && kDeterminers.Contains(t_[m])) ++m;
    static const WordTable& kEndOfLife = Cues(cue::kEndOfLifeWords);
    if (m < c.end && kEndOfLife.Contains(t_[m])) {
      *len = m + 1 - i;
      return !Negated(t_, c, i);
    }
    if (!(m < c.end && Is(t_[m], "end"))) return false;
    ++m;
    while (m < c.end && Is(t_[m], "-")) ++m;
    if (!(m < c.end && Is(t_[m], "of"))) return false;
    ++m;
    while (m < c.end && Is(t_[m], "-")) ++m;
    static const WordTable& kEndOf = Cues(cue::kEndOfLifeOf);
    if (!(m < c.end && kEndOf.Contains(t_[m]))) {
      return false;
    }
    *len = m + 1 - i;
    return !Negated(t_, c, i);
  }

  // A missing skill or owner: "nobody on the team had used Kafka before",
  // "no one owned the nightly export", "none of us knew the old billing
  // code". Not the absence of a problem: "nobody complained", "no one
  // noticed".
  bool NobodyCan(const starbank::Clause& c, size_t i, size_t* len) const {
    const Token& k = t_[i];
    size_t from;
    if (Is(k, "nobody")) {
      from = i + 1;
    } else if ((Is(k, "no") && i + 1 < c.end && Is(t_[i + 1], "one")) ||
               (Is(k, "none") && i + 1 < c.end && Is(t_[i + 1], "of"))) {
      from = i + 2;
    } else {
      return false;
    }
    static const WordTable& kLacked = Cues(cue::kNobodyCanLacked);
    static const WordTable& kDone = Cues(cue::kNobodyCanDone);
    static const WordTable& kState = Cues(cue::kNobodyCanState);
    static const WordTable& kSkip = Cues(cue::kNobodyCanSkip);
    for (size_t m = from; m < c.end && m <= from + 5; ++m) {
      const Token& w = t_[m];
      if (kLacked.Contains(w)) {
        *len = m + 1 - i;
        return true;
      }
      if (NobodyCanAux().Contains(w)) {
        size_t n = m + 1;
        while (n < c.end && kSkip.Contains(t_[n])) ++n;
        if (n < c.end && (kDone.Contains(t_[n]) || kState.Contains(t_[n]))) {
          *len = n + 1 - i;
          return true;
        }
        return false;
      }
      if (!IsWord(w)) return false;
    }
    return false;
  }

  // A limit told as what was still possible: "the supplier could only ship
  // half the boards", "I could only get two test phones", "the vendor
  // would only add SAML in their next release" -- the positive twin of
  // "could not". A purpose or relative clause ("so it would only page
  // once", "a check that would only run nightly") tells a design, not a
  // limit.
  bool OnlyCapability(const starbank::Clause& c, size_t i) const {
    static const WordTable& kModal = Cues(cue::kOnlyCapabilityModal);
    if (!kModal.Contains(t_[i]) || i + 2 >= c.end || !Is(t_[i + 1], "only")) return false;
    const Token& v = t_[i + 2];
    if (!IsWord(v) || ClassifyVerb(v) != VerbForm::kBase) return false;
    static const WordTable& kSmall = Cues(cue::kOnlyCapabilitySmall);
    if (kSmall.Contains(v))
      return false;  // "the fix would only take a day": it was small
    static const WordTable& kDesign = Cues(cue::kOnlyCapabilityDesign);
    for (size_t k = i > c.begin + 3 ? i - 3 : c.begin; k < i; ++k) {
      if (kDesign.Contains(t_[k])) return false;
    }
    return true;
  }

  // A limit told as all that a thing or a funder allows, wherever it is
  // told: "the API allowed only 100 calls a minute", "the microcontroller had
  // only 32 KB of RAM", "the grant only paid for one server", "our license
  // covered only five seats", "the export only came as PDF". Said of the
  // speaker or the team ("I only needed two days") it is their choice; of
  // customers, the problem; after a relative pronoun or a purpose ("a form
  // that only accepts valid dates") a design. "Had" needs its amount.
  bool OnlyAllows(const starbank::Clause& c, size_t i, size_t* len) const {
    if (!Is(t_[i], "only") || scope_ == SetbackScope::kResult) return false;
    static const WordTable& kVerbs = Cues(cue::kOnlyAllowsVerbs);
    static const WordTable& kDesign = Cues(cue::kOnlyCapabilityDesign);
    static const WordTable& kRelative = Cues(cue::kRelativePronouns);
    size_t v = c.end;
    std::string lemma;
    if (i > c.begin && IsWord(t_[i - 1])) {
      VerbForm f = ClassifyVerb(t_[i - 1], &lemma);
      if ((f == VerbForm::kPast || f == VerbForm::kThird) && kVerbs.Contains(lemma)) v = i - 1;
    }
    if (v == c.end && i + 1 < c.end && IsWord(t_[i + 1])) {
      VerbForm f = ClassifyVerb(t_[i + 1], &lemma);
      bool verb = f == VerbForm::kPast || f == VerbForm::kThird ||
                  (f == VerbForm::kBase && i > c.begin && WouldLike(t_[i - 1]));
      if (verb && kVerbs.Contains(lemma)) v = i + 1;
    }
    if (v == c.end || v == c.begin) return false;
    bool subject = false;  // a note's "only let the pilot run": the speaker
    for (size_t m = c.begin; m < std::min(i, v) && !subject; ++m) subject = IsWord(t_[m]);
    if (!subject) return false;
    if (lemma == "have") {
      size_t n = i + 1;
      if (v == i + 1) n = i + 2;
      if (n >= c.end || !(IsNumber(t_[n]) || IsCount(t_[n]))) return false;
    }
    size_t from = std::min(i, v);
    for (size_t m = c.begin; m < from; ++m) {
      if (kRelative.Contains(t_[m])) return false;
    }
    for (size_t m = from > c.begin + 3 ? from - 3 : c.begin; m < from; ++m) {
      if (kDesign.Contains(t_[m])) return false;
    }
    Actor who = LocalActor(c, from);
    if (who == Actor::kSpeaker || who == Actor::kCollective || CustomersAct(c, from)) {
      return false;
    }
    if (who == c.actor && Anaphoric(c)) return false;
    if (Negated(t_, c, from)) return false;
    *len = std::max(i, v) + 1 - from;
    return true;
  }

  // Someone the plan relied on becoming unavailable, told without a
  // setback word: "one of the two senior agents went on maternity leave",
  // "my co-lead was out sick", "the designer moved to another team", "the
  // contractor took a full-time job elsewhere". Said of the speaker's own
  // move ("I moved the reindex to another cluster") or of a thing it is no
  // absence; in the setup it counts when someone else is away.
  bool PersonAway(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kLeaveKinds = Cues(cue::kPersonAwayLeaveKinds);
    static const WordTable& kIll = Cues(cue::kPersonAwayIll);
    static const WordTable& kFellIll = Cues(cue::kPersonAwayFellIll);
    static const WordTable& kAway = Cues(cue::kPersonAwayAway);
    static const WordTable& kElsewhere = Cues(cue::kPersonAwayElsewhere);
    static const WordTable& kUnits = Cues(cue::kPersonAwayUnits);
    static const WordTable& kTake = Cues(cue::kPersonAwayTake);
    static const WordTable& kJob = Cues(cue::kPersonAwayJob);
    static const WordTable& kOff = Cues(cue::kPersonAwayOff);
    static const WordTable& kIllness = Cues(cue::kPersonAwayIllness);
    static const WordTable& kStepAway = Cues(cue::kPersonAwayStep);
    const Token& k = t_[i];
    bool hit = false;
    size_t at = i;  // the word whose subject decides who is away
    if (Is(k, "leave") && i > c.begin && kLeaveKinds.Contains(t_[i - 1])) {
      // "went on parental leave", "is on leave"; not "the sick leave policy"
      // nor "leave the flag on".
      bool head =
          i + 1 >= c.end || !IsWord(t_[i + 1]) || HeadFollowers().Contains(t_[i + 1]);
      hit = head;
      *len = 1;
    } else if (kIll.Contains(k) && i > c.begin && kFellIll.Contains(t_[i - 1])) {
      hit = true;  // "was out sick", "fell ill"
      *len = 1;
    } else if (kOff.Contains(k) && i > c.begin && Is(t_[i - 1], "on")) {
      // "was on vacation the week of the count"; not "on holiday sales".
      hit = i + 1 >= c.end || !IsWord(t_[i + 1]) || HeadFollowers().Contains(t_[i + 1]) ||
            PhraseStarts(t_[i + 1]);
      *len = 1;
    } else if (Is(k, "with") && i > c.begin && Is(t_[i - 1], "out") && i + 1 < c.end) {
      // "three of the nurses were out with flu", "out with the flu"
      size_t n = i + 1;
      if (n + 1 < c.end && (Is(t_[n], "the") || Is(t_[n], "a"))) ++n;
      hit = kIllness.Contains(t_[n]);
      *len = n + 1 - i;
    } else if (IsWord(k)) {
      VerbForm f = ClassifyVerb(k);  // the lemma is copied only for a verb
      bool verb =
          f == VerbForm::kPast || f == VerbForm::kThird ||
          (f == VerbForm::kGerund && i > c.begin && Linking().Contains(t_[i - 1])) ||
          (f == VerbForm::kBase && i > c.begin &&
           (PersonAwayFuture().Contains(t_[i - 1])));
      if (!verb) return false;
      std::string lemma;
      ClassifyVerb(k, &lemma);
      if (kAway.Contains(lemma)) {
        // "moved to another team", "left for a different company",
        // "was transferred to the other project".
        for (size_t m = i + 1; m + 1 < c.end && m <= i + 4; ++m) {
          if (kElsewhere.Contains(t_[m]) && kUnits.Contains(t_[m + 1])) {
            hit = true;
            *len = m + 2 - i;
            break;
          }
          if (!IsWord(t_[m])) break;
        }
      } else if (lemma == "step" && i + 1 < c.end && kStepAway.Contains(t_[i + 1])) {
        hit = true;  // "my co-founder stepped away", "the lead stepped down"
        *len = 2;
      } else if (kTake.Contains(lemma)) {
        // "took a full-time job elsewhere", "accepted an offer".
        static const WordTable& kArticle = Cues(cue::kPersonAwayArticle);
        if (i + 1 < c.end && kArticle.Contains(t_[i + 1])) {
          for (size_t m = i + 2; m < c.end && m <= i + 6; ++m) {
            if (Is(t_[m], "-")) continue;  // "a full-time job"
            if (kJob.Contains(t_[m])) {
              hit = m + 1 >= c.end || !IsWord(t_[m + 1]) ||
                    HeadFollowers().Contains(t_[m + 1]) || Is(t_[m + 1], "elsewhere");
              *len = m + 1 - i;
              break;
            }
            if (!IsWord(t_[m])) break;
          }
        }
      }
      if (!hit) return false;
      // Someone else's departure, or the speaker being moved ("I was
      // reassigned"): never the speaker's or the team's own move.
      Actor who = LocalActor(c, at);
      bool moved = c.actor == Actor::kPassive;
      if (!moved && (who == Actor::kSpeaker || who == Actor::kCollective)) return false;
      if (who == c.actor && Anaphoric(c)) return false;
    }
    if (!hit || Negated(t_, c, i)) return false;
    if (Setup()) {
      Actor who = LocalActor(c, at);
      return who != Actor::kSpeaker && who != Actor::kCollective;
    }
    return true;
  }

  // A word that opens a new phrase after a noun, so the noun before it
  // heads its own: "on vacation the week of the count", "on leave this
  // month". Any other word makes it a modifier ("on holiday weekends").
  static bool PhraseStarts(const Token& w) {
    static const WordTable& kDet = Cues(cue::kLocalActorPhraseDeterminers);
    return kDet.Contains(w) || Is(w, "this") || Is(w, "that") || Is(w, "all");
  }

  // A move that went wrong, whoever made it: "this unintentionally created
  // silos", "I accidentally dropped the index".
  static bool Mistake(const Token& k) {
    static const WordTable& w = Cues(cue::kMistake);
    return w.Contains(k);
  }

  // Something happening on the way that the speaker did not do:
  // "Midway, the source team renamed the table", "a week in the vendor
  // raised prices", "without notice", "at the last minute".
  bool SurpriseAt(const starbank::Clause& c, size_t i, size_t* len) const {
    static const WordTable& kAnchors = Cues(cue::kSurpriseAtAnchors);
    const Token& k = t_[i];
    bool anchor = kAnchors.Contains(k) || Mistake(k) ||
                  (k.norm.size() > 4 && k.norm.compare(0, 4, "mid-") == 0);
    static const WordTable& kNotice = Cues(cue::kSurpriseAtWithout);
    if (!anchor && (Is(k, "without") && i + 1 < c.end && kNotice.Contains(t_[i + 1]))) {
      *len = 2;
      return true;
    }
    if (!anchor && Is(k, "last") && i + 1 < c.end && Is(t_[i + 1], "minute") &&
        i > c.begin && Is(t_[i - 1], "the")) {
      anchor = true;
    }
    if (!anchor && Is(k, "middle") && i > c.begin + 1 && Is(t_[i - 1], "the") &&
        Is(t_[i - 2], "in") && !(i + 1 < c.end && Is(t_[i + 1], "of"))) {
      anchor = true;  // "changed the index format in the middle"
    }
    if (!anchor) return false;
    static const WordTable& kUnforeseen = Cues(cue::kSurpriseAtUnforeseen);
    if (kUnforeseen.Contains(k)) return true;
    // "Halfway through, I discovered that the invoices used a font with no
    // Japanese glyphs": what is found on the way stands in it.
    static const WordTable& kFound = Cues(cue::kSurpriseAtFound);
    for (size_t m = i + 1; m < c.end && m <= i + 6; ++m) {
      if (kFound.Contains(t_[m])) return true;
    }
    if (Mistake(k)) return true;
    // The anchor tells when; the setback is someone else acting then.
    return c.actor == Actor::kOther || c.actor == Actor::kPassive ||
           c.actor == Actor::kUnknown;
  }

  static bool IsCount(const Token& t) {
    static const WordTable& w = Cues(cue::kIsCount);
    return w.Contains(t);
  }

  // "19 days out", "two weeks before the launch", "30 days' notice".
  bool TimeLeft(const starbank::Clause& c, size_t i, size_t* len) const {
    size_t u = i + 1;
    if (u < c.end && Is(t_[u], "more")) ++u;
    if (u >= c.end || !ResourceNouns().Contains(t_[u])) return false;
    static const WordTable& kTime = Cues(cue::kTimeLeftTime);
    if (!kTime.Contains(t_[u])) return false;
    size_t w = u + 1;
    if (w < c.end && PossessiveMarks().Contains(t_[w])) ++w;
    if (w >= c.end || !TimeLeftWords().Contains(t_[w])) return false;
    bool before = TimeLeftBefore().Contains(t_[w]);
    if (before) {
      // Only before a date that matters: "two days before the on-sale".
      bool date = false;
      for (size_t k = w + 1; k < c.end && k <= w + 4; ++k) {
        if (DeadlineNouns().Contains(t_[k])) date = true;
      }
      if (!date) return false;
      // In the action, the timing of an outside event: "two days before the
      // launch, the vendor ...". The speaker's own timing is no setback.
      if (!Setup() && !Outside(c)) return false;
    }
    *len = w + 1 - i;
    return true;
  }

  bool StakedDeadline(const starbank::Clause& c, size_t i, bool modifier_only) const {
    static const WordTable& kStakes = Cues(cue::kStakedDeadlineStakes);
    for (size_t k = i > c.begin + 3 ? i - 3 : c.begin; k < i; ++k) {
      if (kStakes.Contains(t_[k])) return true;
    }
    if (modifier_only) return false;
    for (size_t k = i + 1; k < c.end && k <= i + 4; ++k) {
      if (IsNumber(t_[k]) || ResourceNouns().Contains(t_[k])) return true;
    }
    return false;
  }

  // A deadline told as what the work ran against: "worked until 1am
  // before the deadline", "the deadline was the end of March". Not one the
  // speaker sets, tracks or meets ("set internal deadlines", "met the
  // deadline"), nor a deadline that modifies ("deadline tracker"), nor in
  // the result.
  bool DeadlineFaced(const starbank::Clause& c, size_t i) const {
    static const WordTable& kDeadlineWord = Cues(cue::kDeadlineWord);
    if (!kDeadlineWord.Contains(t_[i])) return false;
    if (scope_ == SetbackScope::kResult) return false;
    if (i + 1 < c.end && IsWord(t_[i + 1]) && !HeadFollowers().Contains(t_[i + 1])) {
      return false;
    }
    if (Negated(t_, c, i)) return false;
    static const WordTable& kOwn = Cues(cue::kDeadlineFacedOwn);
    size_t lo = i > c.begin + 4 ? i - 4 : c.begin;
    for (size_t m = i; m-- > lo;) {
      if (!IsWord(t_[m])) break;
      std::string lemma;
      VerbForm f = ClassifyVerb(t_[m], &lemma);
      if (f == VerbForm::kNone || lemma.empty()) continue;
      if (kOwn.Contains(lemma)) return false;
      break;
    }
    return true;
  }

  // A date that needs more than the work has: "we needed additional
  // resources to meet our deadline", "would need two more engineers to hit
  // the date". The need is the constraint, told wherever it is; what the
  // speaker adds ("brought in two more engineers to meet the deadline") or a
  // need with no date ("needed extra reviewers to meet the bar") is not.
  bool NeedBeyond(const starbank::Clause& c, size_t i) const {
    static const WordTable& kNeed = Cues(cue::kNeedBeyondNeed);
    static const WordTable& kMore = Cues(cue::kNeedBeyondMore);
    // Back from the date to "to" + a verb: "to meet our deadline".
    size_t to = i;
    for (size_t m = i; m-- > c.begin && m + 4 >= i;) {
      if (Is(t_[m], "to")) {
        to = m;
        break;
      }
      if (!IsWord(t_[m])) return false;
    }
    if (to == i || to + 1 >= i) return false;
    // Before "to": the need and what more it needs, within a few words.
    for (size_t m = to; m-- > c.begin && m + 5 >= to;) {
      if (!IsWord(t_[m]) && !IsNumber(t_[m])) return false;
      if (!kMore.Contains(t_[m])) continue;
      for (size_t n = m; n-- > c.begin && n + 3 >= m;) {
        std::string lemma;
        ClassifyVerb(t_[n], &lemma);
        if (kNeed.Contains(t_[n]) || kNeed.Contains(lemma)) return !Negated(t_, c, n + 1);
      }
      return false;
    }
    return false;
  }

  // "stakeholders from billing and risk", "with risk and compliance": a
  // bare problem noun paired by "and" with a bare word that is no problem,
  // right after "from", "with", "across" or "between", names a team or a
  // field. "suffered from outages and churn" pairs two problems.
  bool NamesAGroup(const starbank::Clause& c, size_t i) const {
    static const WordTable& kBefore = Cues(cue::kNamesAGroupBefore);
    auto bare = [&](size_t k) {
      return k >= c.begin && k < c.end && IsWord(t_[k]) &&
             !ProblemNouns().Contains(t_[k]);
    };
    static const WordTable& kAnd = Cues(cue::kNamesAGroupAnd);
    auto pair = [&](size_t k) {
      return k < c.end && kAnd.Contains(t_[k]);
    };
    // "from billing and RISK": the noun is the second of the pair.
    if (i >= c.begin + 3 && pair(i - 1) && bare(i - 2) && kBefore.Contains(t_[i - 3])) {
      return true;
    }
    // "with RISK and compliance": the first; the pair ends there.
    if (i >= c.begin + 1 && kBefore.Contains(t_[i - 1]) && pair(i + 1) && bare(i + 2)) {
      return i + 3 >= c.end || !IsWord(t_[i + 3]) || HeadFollowers().Contains(t_[i + 3]);
    }
    return false;
  }

  // A problem noun, or its plural ("hiccups", "glitches", "snags"): the
  // list holds the words, English makes their plurals.
  static bool IsProblemNoun(const Token& k) {
    if (ProblemNouns().Contains(k)) return true;
    const std::string& w = k.norm;
    if (w.size() < 4 || w.back() != 's' || w[w.size() - 2] == 's') return false;
    auto has = [](std::string one) {
      Token t{Token::Kind::kWord, {}, 0, 0, false};
      t.hash = HashWord(one);
      t.norm = std::move(one);
      return ProblemNouns().Contains(t);
    };
    if (w.size() > 4 && w.compare(w.size() - 3, 3, "ies") == 0 &&
        has(w.substr(0, w.size() - 3) + "y")) {
      return true;
    }
    if (w.compare(w.size() - 2, 2, "es") == 0 && has(w.substr(0, w.size() - 2))) return true;
    return has(w.substr(0, w.size() - 1));
  }

  bool ProblemNoun(const starbank::Clause& c, size_t i) const {
    const Token& k = t_[i];
    static const WordTable& kEvents = Cues(cue::kOutsideEvents);
    bool event = kEvents.Contains(k);
    if ((!event && !IsProblemNoun(k)) || Diagnosed()) return false;
    if (CauseTurnedOut(c, i)) return false;  // "the problem turned out to be ..." 
    // "with minimal downtime", "fewer errors": made small, not met.
    static const WordTable& kLessened = Cues(cue::kProblemNounLessened);
    if (i > c.begin && kLessened.Contains(t_[i - 1])) return false;
    // "high blood pressure", "the tyre pressure": a physical measure.
    static const WordTable& kPhysicalHeads = Cues(cue::kProblemNounPhysicalHeads);
    static const WordTable& kPhysical = Cues(cue::kProblemNounPhysical);
    if (i > c.begin && kPhysicalHeads.Contains(k) && kPhysical.Contains(t_[i - 1])) {
      return false;
    }
    // "precision/recall", "recall and precision", "recall@5": a metric.
    static const WordTable& kMetrics = Cues(cue::kProblemNounMetrics);
    if (kMetrics.Contains(k)) {
      static const WordTable& kPartners = Cues(cue::kProblemNounMetricPartners);
      auto joins = [&](const Token& w) {
        return Is(w, "/") || Is(w, "and") || Is(w, "for") || Is(w, "vs") || Is(w, "versus");
      };
      if (i + 1 < c.end && Is(t_[i + 1], "@")) return false;
      if (i > c.begin + 1 && joins(t_[i - 1]) && kPartners.Contains(t_[i - 2])) return false;
      if (i + 2 < c.end && joins(t_[i + 1]) && kPartners.Contains(t_[i + 2])) return false;
    }
    // The situation's problem is what the story solves; a person standing
    // in the way is adversity wherever it is told: what they caused
    // ("created blockers", "raised objections"), not what they faced.
    // Conflict, resistance and pressure are adversity from people by
    // themselves: "there was a conflict between two of my soldiers", "a lot
    // of pressure from management to ship".
    static const WordTable& kPeopleNouns = Cues(cue::kProblemNounsPeople);
    if (Setup() && !(PersonAgainst(c, i) && CausedBy(c, i)) && !kPeopleNouns.Contains(k) &&
        !event) {
      return false;
    }
    // "Storms kept flooding the basement": an outside event's habit, in the
    // setup, is the problem the story solves.
    if (Setup() && event && i + 1 < c.end && Cues(cue::kThingsHabitKeep).Contains(t_[i + 1])) {
      return false;
    }
    if (Negated(t_, c, i)) return false;  // "no outage", "zero incidents"
    // "a lot of pressure": "of" after an amount is no topic.
    static const WordTable& kAmounts = Cues(cue::kProblemNounAmounts);
    bool amount_of = i > c.begin + 1 && Is(t_[i - 1], "of") && kAmounts.Contains(t_[i - 2]);
    if (i > c.begin && TopicWords().Contains(t_[i - 1]) && !amount_of) return false;
    // "this challenge", "these issues": the problem already told, named again.
    if (!problems_ && i > c.begin && Demonstrative(t_[i - 1])) return false;
    if (Safeguard(c, i)) return false;
    if (TakenRisk(c, i)) return false;
    if (!kPeopleNouns.Contains(k) && Remedied(c, i)) return false;
    if (WatchedFor(c, i)) return false;
    static const WordTable& kQuotes = Cues(cue::kQuoteMarks);
    if (i > c.begin && kQuotes.Contains(t_[i - 1])) {
      return false;  // a word in quotes is mentioned, not used: a "blocker" label
    }
    if (i > c.begin + 1 && TopicWords().Contains(t_[i - 2]) && IsWord(t_[i - 1]) &&
        !AttributiveAdverse().Contains(t_[i - 1])) {
      return false;  // "runbooks for paging incidents"
    }
    if (NamesAGroup(c, i)) return false;
    // "dependencies that can be deleted": a thing found removable, an
    // opportunity, not a problem met.
    if (i + 4 < c.end && Cues(cue::kRelativePronouns).Contains(t_[i + 1]) &&
        Cues(cue::kUnrealPossible).Contains(t_[i + 2]) && Is(t_[i + 3], "be")) {
      std::string lemma = VerbLemma(t_[i + 4]);
      if (Cues(cue::kUnrealRemoval).Contains(lemma.empty() ? t_[i + 4].norm : lemma)) {
        return false;
      }
    }
    if (i + 1 < c.end) {
      const Token& next = t_[i + 1];
      if (IsWord(next) && !HeadFollowers().Contains(next) &&
          ClassifyVerb(next) != VerbForm::kPast) {
        return false;  // a modifier: "bug bash", "risk review", "crash rate"
      }
      if (Is(next, "-") && i + 2 < c.end && IsWord(t_[i + 2])) return false;
    }
    // A hyphenated compound keeps the noun as its first part: "crash-rate".
    return true;
  }

  // A risk the speaker takes is a choice, not something that went wrong:
  // "took the risk of buying the bigger oven", "took a calculated risk".
  bool TakenRisk(const starbank::Clause& c, size_t i) const {
    if (!Is(t_[i], "risk") && !Is(t_[i], "risks")) return false;
    // Someone else's ("the supplier took the risk out of our hands") is
    // their move.
    if (c.actor != Actor::kSpeaker && c.actor != Actor::kCollective) return false;
    if (i + 1 < c.end && (Is(t_[i + 1], "out") || Is(t_[i + 1], "away"))) return false;
    static const WordTable& kTake = Cues(cue::kTakenRiskTake);
    static const WordTable& kBetween = Cues(cue::kTakenRiskBetween);
    for (size_t m = i, n = 0; m-- > c.begin && n < 3; ++n) {
      if (kTake.Contains(t_[m])) return true;
      if (!kBetween.Contains(t_[m])) return false;
    }
    return false;
  }

  // A problem noun named as what a built thing watches for or is ready for,
  // not as something that happened: "a dashboard that shows which orders
  // are at risk of being late", "a runbook so the next outage would be
  // handled faster". "The launch was at risk" and "the next problem was
  // the printer" are still events.
  bool WatchedFor(const starbank::Clause& c, size_t i) const {
    static const WordTable& kVerbs = Cues(cue::kProblemNounWatchedVerbs);
    static const WordTable& kWh = Cues(cue::kProblemNounWatchedWh);
    static const WordTable& kModals = Cues(cue::kProblemNounNextModals);
    if (i > c.begin + 1 && Is(t_[i - 1], "next") &&
        (Is(t_[i - 2], "the") || Is(t_[i - 2], "a"))) {
      for (size_t m = i + 1; m < c.end && m <= i + 3; ++m) {
        if (kModals.Contains(t_[m])) return true;
      }
    }
    size_t lo = i > 6 ? i - 6 : 0;
    for (size_t k = i; k-- > lo;) {
      if (!IsWord(t_[k]) || t_[k].sentence_start) break;
      if (!kWh.Contains(t_[k])) continue;
      // The verb, with at most an indirect object between: "tells the
      // on-call which queue is overloaded".
      for (size_t v = k; v-- > (k > 4 ? k - 4 : 0);) {
        if (t_[v + 1].sentence_start) break;
        if (!IsWord(t_[v]) && !Is(t_[v], "-")) break;
        std::string lemma = VerbLemma(t_[v]);
        if (kVerbs.Contains(t_[v]) || (!lemma.empty() && kVerbs.Contains(lemma))) return true;
      }
      return false;
    }
    return false;
  }

  // A capitalised word after another inside a sentence is part of a name:
  // "ABC Limited", "Critical Care Unit", "Broken Arrow Logistics".
  bool InName(const starbank::Clause& c, size_t i) const {
    const Token& k = t_[i];
    if (i == c.begin || k.sentence_start || !IsWord(t_[i - 1])) return false;
    auto upper = [&](const Token& w) {
      unsigned char ch = static_cast<unsigned char>(text_[w.offset]);
      return ch >= 'A' && ch <= 'Z';
    };
    return upper(k) && upper(t_[i - 1]) && !Is(t_[i - 1], "i");
  }

  bool AdverseState(const starbank::Clause& c, size_t i) const {
    const Token& k = t_[i];
    if (!AdverseAdjectives().Contains(k) || Diagnosed() || InName(c, i)) return false;
    if (Negated(t_, c, i) || WatchedFor(c, i)) return false;
    static const WordTable& kBecome = Cues(cue::kAdverseStateBecome);
    bool predicate = i > c.begin &&
                     (Linking().Contains(t_[i - 1]) || kBecome.Contains(t_[i - 1]));
    for (size_t m = i > c.begin + 4 ? i - 4 : c.begin; !predicate && m + 1 < i; ++m) {
      // "made test runs expensive", "left the feed stale"
      static const WordTable& kMake = Cues(cue::kAdverseStateMake);
      if (kMake.Contains(t_[m])) predicate = true;
    }
    // "delivered the sensors a month late", "arrived two days behind": how
    // late, told after any verb, is a state of the thing delivered.
    static const WordTable& kLateBy = Cues(cue::kAdverseStateLateBy);
    static const WordTable& kUnits = Cues(cue::kTimeAmountUnits);
    static const WordTable& kSpelled = Cues(cue::kCueSpelled);
    if (!predicate && kLateBy.Contains(k) && i > c.begin + 1 && kUnits.Contains(t_[i - 1]) &&
        (IsNumber(t_[i - 2]) || kSpelled.Contains(t_[i - 2]) || Is(t_[i - 2], "a"))) {
      predicate = true;
    }
    static const WordTable& kStateDegree = Cues(cue::kAdverseStateDegree);
    if (!predicate && i > c.begin + 1 && Linking().Contains(t_[i - 2]) &&
        kStateDegree.Contains(t_[i - 1])) {
      predicate = true;
    }
    // "the first batch came back wrong", "the print came out blurry": a
    // linking verb and its particle.
    static const WordTable& kParticle = Cues(cue::kAdverseStateParticle);
    if (!predicate && i > c.begin + 1 && Linking().Contains(t_[i - 2]) &&
        kParticle.Contains(t_[i - 1])) {
      predicate = true;
    }
    static const WordTable& kOr = Cues(cue::kAdverseStateOr);
    size_t noun = i + 1;  // "vague or shifting requirements"
    if (noun + 2 < c.end && kOr.Contains(t_[noun]) &&
        IsWord(t_[noun + 1]) && IsWord(t_[noun + 2]) &&
        !HeadFollowers().Contains(t_[noun + 2])) {
      noun += 2;
    }
    bool attributive = AttributiveAdverse().Contains(k) && noun < c.end &&
                       IsWord(t_[noun]) && !HeadFollowers().Contains(t_[noun]);
    if (Setup()) {
      // The setup's own problem does not count; a person against the plan
      // does: their stance ("legal was skeptical"), or what they hand over
      // ("a teammate sent vague requirements"). A team in a bad state
      // ("support was overloaded") is the problem itself.
      static const WordTable& kPeople = Cues(cue::kAdverseStatePeople);
      // Customers, users or patients in a bad mood are the motivating
      // problem ("customers were frustrated with late invoices"); staff or
      // a stakeholder in one ("legal was skeptical") stand in the way.
      // One who "got upset" about something new is an event, whoever it is.
      if (predicate) {
        static const WordTable& kBecome2 = Cues(cue::kAdverseStateBecome);
        bool became = i > c.begin && (kBecome2.Contains(t_[i - 1]) || Is(t_[i - 1], "got") ||
                                      Is(t_[i - 1], "became") || Is(t_[i - 1], "grew"));
        return kPeople.Contains(k) && (became || !CustomersAct(c, i));
      }
      if (!PersonAgainst(c, i)) return false;
    }
    static const WordTable& kStakes = Cues(cue::kAdverseStateStakes);
    static const WordTable& kNeutral = Cues(cue::kAdverseStateStakesNeutral);
    if (kStakes.Contains(k)) {
      // Too common in neutral use to count in front of a noun, or at all
      // after "were" in a result-like clause ("latency was down 40%").
      return predicate && !AmountFollows(i, c.end) && !kNeutral.Contains(k);
    }
    if (attributive && !predicate) {
      // "the supplier shipped stale firmware" is the supplier's doing; "it
      // flagged stale deals" is a feature of the speaker's own work, and "I
      // wrote the missing replies" the speaker's fix. The object's verb tells.
      size_t m = i;
      static const WordTable& kDet = Cues(cue::kAdverseStateDet);
      while (m > c.begin && kDet.Contains(t_[m - 1])) --m;
      size_t at = i;
      if (m > c.begin && IsWord(t_[m - 1]) &&
          ClassifyVerb(t_[m - 1]) != VerbForm::kNone) {
        at = m - 1;
      }
      Actor who = LocalActor(c, at);
      if (who == Actor::kSpeaker || who == Actor::kCollective) {
        // "I sent the wrong file": the speaker's own mistake, unless the verb
        // fixes it ("corrected the wrong totals").
        static const WordTable& kWrong = Cues(cue::kOwnMistakeWrong);
        static const WordTable& kFixes = Cues(cue::kOwnMistakeFixes);
        std::string verb;
        if (at != i) ClassifyVerb(t_[at].norm, &verb);
        return kWrong.Contains(k) && at != i && !verb.empty() && !kFixes.Contains(verb);
      }
      if (who == c.actor && Anaphoric(c)) return false;
    }
    return predicate || attributive;
  }

  // "hit a wall", "hit a rate limit", "hit a hard deadline": the object of
  // "hit" is an obstacle. "hit the network on every request" and "hit the
  // target" are no setback.
  bool HitsObstacle(const starbank::Clause& c, size_t i) const {
    static const WordTable& kWall = Cues(cue::kHitsObstacleWall);
    for (size_t m = i + 2; m < c.end && m <= i + 5; ++m) {
      if (!IsWord(t_[m])) return false;
      if (kWall.Contains(t_[m]) || ProblemNouns().Contains(t_[m])) return true;
    }
    return false;
  }

  // The verb of the noun phrase at `i` makes it: "created friction",
  // "raised concerns", "caused two outages". Not "faced a surge".
  bool CausedBy(const starbank::Clause& c, size_t i) const {
    static const WordTable& kCause = Cues(cue::kCausedByCause);
    size_t lo = i > c.begin + 5 ? i - 5 : c.begin;
    for (size_t m = i; m-- > lo;) {
      if (!IsWord(t_[m])) return false;
      std::string lemma;
      VerbForm f = ClassifyVerb(t_[m], &lemma);
      if (f != VerbForm::kPast && f != VerbForm::kGerund && f != VerbForm::kThird)
        continue;
      return kCause.Contains(lemma);
    }
    return false;
  }

  static bool Demonstrative(const Token& t) {
    static const WordTable& w = Cues(cue::kDemonstrative);
    return w.Contains(t);
  }

  // A problem noun the speaker builds in as a safeguard: "added job
  // timeouts", "set a strict timeout", "put a freeze in place". The verb
  // before the noun phrase is the speaker's own and makes something.
  bool Safeguard(const starbank::Clause& c, size_t i) const {
    static const WordTable& kMake = Cues(cue::kSafeguardMake);
    size_t lo = i > c.begin + 4 ? i - 4 : c.begin;
    for (size_t m = i; m-- > lo;) {
      const Token& w = t_[m];
      if (!IsWord(w) && !Is(w, "-")) return false;
      std::string lemma;
      VerbForm f = ClassifyVerb(w, &lemma);
      if (f == VerbForm::kNone || lemma.empty()) continue;
      // A base form is the verb only first in a note or after "to" ("Add
      // timeouts", "to set a timeout"); otherwise a modifier ("job timeouts").
      bool verb = f == VerbForm::kPast || f == VerbForm::kGerund ||
                  (f == VerbForm::kBase && (m == c.begin || Is(t_[m - 1], "to")));
      if (!verb) continue;
      if (!kMake.Contains(lemma)) return false;
      static const WordTable& kRelative = Cues(cue::kSafeguardRelative);
      if (m > c.begin && kRelative.Contains(t_[m - 1])) {
        return false;  // "decisions that created blockers": the decisions did
      }
      Actor who = LocalActor(c, m);
      return who == Actor::kSpeaker;
    }
    return false;
  }

  // A problem noun the speaker's own verb removes: "fixed the two bugs in
  // the export", "automated it to remove manual errors", "to cut the
  // errors". The problem being solved, not one in the way. Conflict,
  // pushback and pressure from people stay adversity ("resolved the
  // conflict between the two leads").
  bool Remedied(const starbank::Clause& c, size_t i) const {
    static const WordTable& kRemedy = Cues(cue::kRemedyVerbs);
    size_t lo = i > c.begin + 4 ? i - 4 : c.begin;
    for (size_t m = i; m-- > lo;) {
      const Token& w = t_[m];
      if (!IsWord(w) && !Is(w, "-")) return false;
      std::string lemma;
      VerbForm f = ClassifyVerb(w, &lemma);
      if (f == VerbForm::kNone || lemma.empty()) continue;
      bool verb = f == VerbForm::kPast || f == VerbForm::kGerund ||
                  (f == VerbForm::kBase && (m == c.begin || Is(t_[m - 1], "to")));
      if (!verb) continue;
      if (!kRemedy.Contains(lemma)) return false;
      static const WordTable& kRelative = Cues(cue::kSafeguardRelative);
      if (m > c.begin && kRelative.Contains(t_[m - 1])) return false;
      // The speaker's or the team's infinitive, in a note too: "phased the
      // rollout by region to limit the risk", "we piloted in one store to
      // limit risk".
      if (m > c.begin && Is(t_[m - 1], "to") &&
          (SpeakerDoes(c, m) || c.actor == Actor::kCollective)) {
        return true;
      }
      return LocalActor(c, m) == Actor::kSpeaker;
    }
    return false;
  }

  // The motivating problem told as a state, which is never a setback but
  // tells the story's problem: "error rates were high", "retention was
  // declining", "a process that was both manual and error-prone".
  bool ProblemState(const starbank::Clause& c, size_t i) const {
    static const WordTable& kStates = Cues(cue::kProblemStateStates);
    if (!kStates.Contains(t_[i]) || Negated(t_, c, i)) return false;
    static const WordTable& kDegree = Cues(cue::kProblemStateDegree);
    size_t m = i;
    while (m > c.begin && kDegree.Contains(t_[m - 1])) --m;
    return m > c.begin && Linking().Contains(t_[m - 1]);
  }

  // Words before a participle that make it an adjective, and before a
  // base form that make it a noun.
  static const WordTable& kBefore() {
    static const WordTable& w = Cues(cue::kProblemStateBefore);
    return w;
  }

  // "misheard", "misrouted", "misconfigured": a verb done wrong.
  static bool MisVerb(const std::string& w) {
    if (w.size() < 7 || w[0] != 'm' || w[1] != 'i' || w[2] != 's') return false;
    return ClassifyVerb(std::string_view(w).substr(3)) == VerbForm::kPast;
  }

  bool AdverseEvent(const starbank::Clause& c, size_t i, size_t* len) const {
    const Token& k = t_[i];
    std::string lemma;
    VerbForm form = ClassifyVerb(k, &lemma);
    bool mis = MisVerb(k.norm);
    if (mis && lemma.empty()) lemma = k.norm;
    if (form == VerbForm::kNone && mis) form = VerbForm::kPast;
    if (form == VerbForm::kNone || lemma.empty() || InName(c, i)) return false;
    // Only a phrasal setback's verb, an adverse or opposing verb, or a
    // "mis-" verb can be a cue below: the cheap test first.
    uint32_t lh = HashWord(lemma);
    if (!mis && AdverseVerbs().Find(lemma, lh) < 0 && OpposingVerbs().Find(lemma, lh) < 0 &&
        PhrasalSetbacks().verbs.Find(lemma, lh) < 0) {
      return false;
    }
    // A base form after "the"/"a" is a noun: "a slip", "the drop".
    if (i > c.begin && EventDeterminers().Contains(t_[i - 1])) {
      return false;
    }
    // A base form is a verb only after "to" or a modal ("would slip"); a
    // third-person form only after its subject ("it stalls", "the vendor
    // changes"). Otherwise both are nouns: "their usual stop", "later changes".
    static const WordTable& kModals = Cues(cue::kAdverseEventModals);
    static const WordTable& kPronouns = Cues(cue::kAdverseEventPronouns);
    static const WordTable& kDeterminers = Cues(cue::kAdverseEventDeterminers);
    // Present tense told by someone writing in a second language: "then the
    // search team change the index format", "vendor stop the support".
    static const WordTable& kObjects = Cues(cue::kAdverseEventObjects);
    // "a JSON object that ..." is a noun phrase: a determiner before the
    // would-be subject.
    bool present =
        i > c.begin && IsWord(t_[i - 1]) && !kDeterminers.Contains(t_[i - 1]) &&
        !kBefore().Contains(t_[i - 1]) && i + 1 < c.end &&
        !(i > c.begin + 1 &&
          (kDeterminers.Contains(t_[i - 2]) || kBefore().Contains(t_[i - 2]))) &&
        kObjects.Contains(t_[i + 1]) &&
        (ClassifyVerb(t_[i - 1]) == VerbForm::kNone ||
         ClassifyVerb(t_[i - 1]) == VerbForm::kBase);
    if (form == VerbForm::kBase &&
        !(i > c.begin && (kModals.Contains(t_[i - 1]) || WouldLike(t_[i - 1]))) &&
        !present) {
      return false;
    }
    // "the cloud team delays the permission", "legal blocks it": a group or
    // a role names the subject of a present-tense verb.
    static const WordTable& kRoles = Cues(cue::kPersonAgainstRoles);
    static const WordTable& kDepartments = Cues(cue::kPersonAgainstDepartments);
    if (form == VerbForm::kThird &&
        !(i > c.begin &&
          (kPronouns.Contains(t_[i - 1]) || Is(t_[i - 1], "team") ||
           kRoles.Contains(t_[i - 1]) || kDepartments.Contains(t_[i - 1]) ||
           (i > c.begin + 1 && IsWord(t_[i - 1]) && !kBefore().Contains(t_[i - 1]) &&
            kDeterminers.Contains(t_[i - 2]))))) {
      return false;
    }
    // A participle before its noun describes it: "the most common failed
    // searches", "a failed-payment report".
    if (form == VerbForm::kPast && i > c.begin && kBefore().Contains(t_[i - 1]) &&
        i + 1 < c.end && IsWord(t_[i + 1]) && !HeadFollowers().Contains(t_[i + 1])) {
      return false;
    }
    // After a verb that is no auxiliary, a participle before a noun is the
    // noun's description: "reduce missed appointments", "track delayed
    // orders", "reducing missed deliveries". "I missed two deadlines" has
    // its subject before it.
    if (form == VerbForm::kPast && i > c.begin && IsWord(t_[i - 1]) &&
        !IsPassiveAuxiliary(t_[i - 1]) && !Cues(cue::kSpeakerStrugglesBefore).Contains(t_[i - 1]) &&
        i + 1 < c.end && IsWord(t_[i + 1]) && !HeadFollowers().Contains(t_[i + 1])) {
      std::string before;
      VerbForm b = ClassifyVerb(t_[i - 1].norm, &before);
      if (b == VerbForm::kBase && i - 1 > c.begin && (Is(t_[i - 2], "to") || GoalBefore(c, i)))
        return false;
      // A gerund takes it as its object: "owned reducing missed deliveries",
      // "by tracking delayed orders".
      if (b == VerbForm::kGerund) return false;
    }
    if (Negated(t_, c, i)) return false;
    const Token* next = i + 1 < c.end ? &t_[i + 1] : nullptr;
    static const WordTable& kCauses = Cues(cue::kPhrasalSetbacksCauses);
    static const WordTable& kStates = Cues(cue::kPhrasalSetbacksStates);
    if (PhrasalSetback(lemma, next) && !(lemma == "hit" && !HitsObstacle(c, i))) {
      if (Diagnosed() && kCauses.Contains(lemma)) {
        return false;  // "found the query timed out": the cause
      }
      if (kStates.Contains(lemma) && DescribesObject(c, i)) {
        return false;  // "replaced the job that kept timing out"
      }
      *len = 2;
      if (lemma == "go" && scope_ != SetbackScope::kAction) return Is(*next, "offline");
      if (lemma == "go" && Is(*next, "down") && AmountFollows(i + 1, c.end)) return false;
      // "The problem turned out to be a timezone bug": the cause found,
      // told with the problem as the subject.
      static const WordTable& kFound = Cues(cue::kTurnedOutCause);
      if (lemma == "turn") return !(i > c.begin && kFound.Contains(t_[i - 1]));
      if (Setup() && ThingsHabit(c, i)) return false;
      return !Setup() || Outside(c) || lemma == "run";
    }
    bool adverse = AdverseVerbs().Contains(lemma) || mis;
    bool opposing = OpposingVerbs().Contains(lemma);
    if (!adverse && !opposing) return false;
    static const WordTable& kAspect = Cues(cue::kAdverseEventAspect);
    if (form == VerbForm::kGerund && i > c.begin && IsWord(t_[i - 1]) &&
        !Linking().Contains(t_[i - 1]) && !kAspect.Contains(t_[i - 1]) &&
        !ContrastWords().Contains(t_[i - 1])) {  // "despite losing two engineers"
      return false;  // "a failing test" is a state; "after dropping X" a means
    }
    if (AmountVerbs().Contains(lemma) && AmountFollows(i, c.end) && !CutsResource(c, i)) {
      return false;
    }
    static const WordTable& kMoves = Cues(cue::kOutsideMoves);
    static const WordTable& kPhrasalOnly = Cues(cue::kOutsideMovesPhrasal);
    if (kMoves.Contains(lemma)) {
      // Setback only with a clear object or particle; handled as phrasal above
      // for push/pull/lay, and as an outside actor's move otherwise.
      if (kPhrasalOnly.Contains(lemma)) {
        return false;
      }
      // The move needs its object: "legal required a review". As a manner
      // or a condition ("added each service as required") or with an
      // infinitive ("the module was only required to support one client")
      // it tells how the work was meant to be, no one's move against it.
      static const WordTable& kBare = Cues(cue::kOutsideMovesBare);
      if ((i + 1 < c.end && Is(t_[i + 1], "to")) ||
          (i > c.begin && kBare.Contains(t_[i - 1]))) {
        return false;
      }
      opposing = true;
      adverse = false;
    }
    if (adverse && KeepsOut(c, i)) return false;
    if (adverse && PeopleAdrift(c, i, lemma)) return false;
    if (adverse && SplitsWork(c, i, lemma)) return false;
    if (adverse && Diagnosed()) return false;  // "found the job timed out": the cause
    static const WordTable& kSymptoms = Cues(cue::kOutsideMovesSymptoms);
    if (kSymptoms.Contains(lemma) && Diagnosed()) {
      return false;  // "investigated why users were dropping off"
    }
    if (adverse && DescribesObject(c, i)) return false;
    if (adverse) {
      // "Deploys slipped", "I missed the date": an event whoever acts. In
      // the setup, only what happened to the plan or the speaker's own miss.
      if (Setup()) {
        static const WordTable& kPlan = Cues(cue::kAdverseEventPlan);
        static const WordTable& kHardship = Cues(cue::kAdverseEventHardship);
        bool own = c.actor == Actor::kSpeaker && !RelativeBetween(c, c.actor_token, i);
        // "the clinic lost a lot of time on scheduling", "we were losing
        // customers to a rival": what the problem costs, not an event.
        if ((lemma == "lose" || Is(t_[i], "losing")) &&
            (LosesMeasure(c, i) || CustomersAct(c, i)) && !Stake(i)) {
          return false;
        }
        // "a classmate was struggling with recursion": their difficulty is
        // what the speaker helped with, not someone against the plan.
        return own || kPlan.Contains(lemma) ||
               (PersonAgainst(c, i) && !kHardship.Contains(lemma)) || Stake(i);
      }
      return true;
    }
    // Opposing verbs count for someone else's move, never "it"/"this".
    if (ThingsDisagree(c, i, lemma)) return false;
    // "the validator rejects any row without a date rather than letting it
    // through": a safeguard told by what it keeps out, not someone's move.
    if (KeepsOut(c, i)) return false;
    // The speaker's own infinitive of a remedy, in a note too: "phased the
    // rollout by region to limit the risk". Not what someone else is
    // about to do ("the teammate that is about to leave") or must do.
    if (i > c.begin && Is(t_[i - 1], "to") && Cues(cue::kRemedyVerbs).Contains(lemma) &&
        SpeakerDoes(c, i) && !RelativeBetween(c, c.begin, i) &&
        !(i >= c.begin + 2 && (HaveForms().Contains(t_[i - 2]) || Is(t_[i - 2], "about")))) {
      return false;
    }
    // "challenged me to improve the numbers": asked to do, not opposed.
    static const WordTable& kInvites = Cues(cue::kInvitesVerbs);
    static const WordTable& kInvited = Cues(cue::kInvitesObjects);
    if (kInvites.Contains(lemma) && i + 2 < c.end && kInvited.Contains(t_[i + 1]) &&
        Is(t_[i + 2], "to")) {
      return false;
    }
    // In the setup a system that flags or warns tells how the problem came
    // to light: "the accounting system flagged the mismatch", "monitoring
    // warned us about the disk". An auditor or a client who does is a person.
    static const WordTable& kDetect = Cues(cue::kDetectedByVerbs);
    if (Setup() && kDetect.Contains(lemma) && !SubjectNamesPeople(c, i) &&
        !PersonAgainst(c, i)) {
      return false;
    }
    Actor who = LocalActor(c, i);
    if (who == Actor::kSpeaker || who == Actor::kCollective) return false;
    if (who == c.actor && Anaphoric(c)) return false;
    if (i > c.begin && Is(t_[i - 1], "to") && GoalBefore(c, i)) {
      return false;  // "my goal was to cut the p95": the speaker's plan
    }
    // In the setup, customers complaining are the motivating problem;
    // a client refusing the release stands in the way.
    if (Setup() && CustomersAct(c, i)) {
      static const WordTable& kPain = Cues(cue::kAdverseEventPain);
      if (kPain.Contains(lemma)) return false;
    }
    return true;
  }

  // What a safeguard does instead of letting a harm through: "rejected the
  // response rather than let a wrong answer through", "blocks the upload
  // instead of allowing bad rows in". "The vendor refused to patch rather
  // than admit the bug" keeps out nothing and is still a move.
  // The whole clause is read: "refuses any badge that expired rather than
  // letting the visitor in". Letting the speaker do something is no harm
  // kept out: "deprecated the API rather than letting us pin the old one".
  bool KeepsOut(const starbank::Clause& c, size_t i) const {
    static const WordTable& kLet = Cues(cue::kKeepsOutLet);
    static const WordTable& kSpeaker = Cues(cue::kKeepsOutSpeaker);
    for (size_t m = i + 1; m + 2 < c.end; ++m) {
      bool rather = Is(t_[m], "rather") && Is(t_[m + 1], "than");
      bool instead = Is(t_[m], "instead") && Is(t_[m + 1], "of");
      if (!(rather || instead) || !kLet.Contains(t_[m + 2])) continue;
      return !(m + 3 < c.end && kSpeaker.Contains(t_[m + 3]));
    }
    return false;
  }

  // The speaker breaking work down: "I broke the project into smaller
  // tasks", "broke down the audit into checklists". "The truck broke down"
  // and "I broke the build" are events.
  bool SplitsWork(const starbank::Clause& c, size_t i, const std::string& lemma) const {
    static const WordTable& kVerbs = Cues(cue::kSplitsWorkVerbs);
    static const WordTable& kInto = Cues(cue::kSplitsWorkInto);
    if (!kVerbs.Contains(lemma) || LocalActor(c, i) != Actor::kSpeaker) return false;
    for (size_t m = i + 1; m < c.end && m <= i + 6; ++m) {
      if (kInto.Contains(t_[m])) return true;
    }
    // "broke down the audit", "to break down what each day needed": the
    // particle, then what is broken down.
    static const WordTable& kParticle = Cues(cue::kSplitsWorkParticle);
    static const WordTable& kNotObject = Cues(cue::kSplitsWorkNotObject);
    return i + 2 < c.end && kParticle.Contains(t_[i + 1]) && IsWord(t_[i + 2]) &&
           !kNotObject.Contains(t_[i + 2]);
  }

  // People in a state told with an event's verb and nothing it acts on:
  // "teammates were stressed and/or lost", "new hires felt lost in their
  // first week". Confused, not something lost: the team's state is the
  // problem the story solves. "We lost the contract", "the records were
  // lost", "two testers were lost to another project" are events.
  bool PeopleAdrift(const starbank::Clause& c, size_t i, const std::string& lemma) const {
    static const WordTable& kVerbs = Cues(cue::kPeopleAdriftVerbs);
    static const WordTable& kAfter = Cues(cue::kPeopleAdriftAfter);
    static const WordTable& kStops = Cues(cue::kLocalActorStops);
    if (!kVerbs.Contains(lemma) || ClassifyVerb(t_[i]) != VerbForm::kPast) return false;
    if (i + 1 < c.end && IsWord(t_[i + 1]) && !kAfter.Contains(t_[i + 1])) return false;
    // Only people feel lost, or are "confused and lost": their state,
    // whatever names them.
    static const WordTable& kFeel = Cues(cue::kPeopleAdriftFeel);
    static const WordTable& kMoods = Cues(cue::kPeopleAdriftMoods);
    if (i > c.begin && kFeel.Contains(t_[i - 1])) return true;
    for (size_t k = i, n = 0; k-- > c.begin && n < 5; ++n) {
      if (kMoods.Contains(t_[k])) return true;
      if (!IsWord(t_[k]) && !Is(t_[k], "/")) break;
    }
    for (size_t k = i; k-- > c.begin;) {
      const Token& w = t_[k];
      if (kStops.Contains(w) && !Is(w, "and")) break;
      if (NamesPeople(w) || TeamSubjects().Contains(w) ||
          Cues(cue::kPersonAgainstRoles).Contains(w)) {
        return true;
      }
    }
    return false;
  }

  // In the setup, disagreement said of data is a mismatch, the problem the
  // story solves, not someone standing in the way: "the two feeds
  // disagreed", "the totals in both ledgers conflicted". Found during the
  // work ("when the training and serving values disagreed") it is a
  // setback. The subject's head is the word before the verb; a person, a
  // group, a pronoun or a name ("they disagreed", "Legal objected", "Priya
  // disagreed") still counts.
  bool ThingsDisagree(const starbank::Clause& c, size_t i,
                      const std::string& lemma) const {
    static const WordTable& kMismatch = Cues(cue::kMismatchVerbs);
    static const WordTable& kRoles = Cues(cue::kPersonAgainstRoles);
    static const WordTable& kDepartments = Cues(cue::kPersonAgainstDepartments);
    static const WordTable& kPronouns = Cues(cue::kMismatchVerbsPronouns);
    if (!Setup() || !kMismatch.Contains(lemma) || i == c.begin) return false;
    const Token& head = t_[i - 1];
    if (!IsWord(head) || kPronouns.Contains(head)) return false;
    // "teams", "leads": the plural of a word for people names people too.
    Token one = head;
    if (one.norm.size() > 3 && one.norm.back() == 's') {
      one.norm.pop_back();
      one.hash = HashWord(one.norm);
    }
    for (const Token* w : {&head, static_cast<const Token*>(&one)}) {
      if (kRoles.Contains(*w) || kDepartments.Contains(*w) || NamesPeople(*w))
        return false;
    }
    unsigned char ch = static_cast<unsigned char>(text_[head.offset]);
    return !(ch >= 'A' && ch <= 'Z');
  }

  // In the setup, a thing's habit is the problem the story solves: "short
  // circuits kept shutting down the power", "short circuit cause power shut
  // down was always happend" (a frequency anywhere in the clause). A person's ("the client kept pulling out of calls", "legal kept
  // pushing back") stands in the way.
  bool ThingsHabit(const starbank::Clause& c, size_t i) const {
    static const WordTable& kKeep = Cues(cue::kThingsHabitKeep);
    static const WordTable& kOften = Cues(cue::kThingsHabitOften);
    static const WordTable& kEvents = Cues(cue::kThingsHabitEvents);
    if (!kEvents.Contains(VerbLemma(t_[i]))) return false;
    bool habit = i > c.begin && kKeep.Contains(t_[i - 1]);
    for (size_t m = c.begin; m < c.end && !habit; ++m) habit = kOften.Contains(t_[m]);
    if (!habit) return false;
    static const WordTable& kRoles = Cues(cue::kPersonAgainstRoles);
    static const WordTable& kDepartments = Cues(cue::kPersonAgainstDepartments);
    for (size_t m = c.begin; m + 1 < i; ++m) {
      const Token& w = t_[m];
      if (NamesPeople(w) || kRoles.Contains(w) || kDepartments.Contains(w)) return false;
      if (!IsWord(w)) continue;
      unsigned char ch = static_cast<unsigned char>(text_[w.offset]);
      if (m > c.begin && !w.sentence_start && ch >= 'A' && ch <= 'Z') return false;  // a name
    }
    return true;
  }

  // A habit told in a relative clause on what the speaker works on: "I
  // replaced the cron jobs that kept failing", "interviewed customers who
  // had churned". The object's description is the problem; "I shipped the
  // release that broke checkout" (an event) is still a setback.
  bool DescribesObject(const starbank::Clause& c, size_t i) const {
    if (c.actor != Actor::kSpeaker || i < c.begin + 2) return false;
    static const WordTable& kHabit = Cues(cue::kDescribesObjectHabit);
    static const WordTable& kRel = Cues(cue::kDescribesObjectRel);
    if (!kHabit.Contains(t_[i - 1])) return false;
    size_t lo = i > c.begin + 4 ? i - 4 : c.begin + 1;
    for (size_t m = i - 1; m-- > lo;) {
      if (!IsWord(t_[m])) return false;
      if (!kRel.Contains(t_[m])) continue;
      // Restrictive (no comma) and after a noun, not a verb's complement
      // ("found that it kept failing").
      const Token& before = t_[m - 1];
      if (!IsWord(before)) return false;
      VerbForm f = ClassifyVerb(before);
      if (f == VerbForm::kNone || f == VerbForm::kThird) return true;  // "cron jobs that"
      static const WordTable& kNotNoun = Cues(cue::kDescribesObjectNotNoun);
      return f == VerbForm::kBase && m >= c.begin + 2 && IsWord(t_[m - 2]) &&
             !kNotNoun.Contains(t_[m - 2]);
    }
    return false;
  }

  // A relative pronoun between the subject and the verb at `i`: "I joined a
  // team whose suite took an hour and failed" -- the suite failed.
  bool RelativeBetween(const starbank::Clause& c, size_t from, size_t i) const {
    static const WordTable& kRel = Cues(cue::kRelativeBetweenRel);
    for (size_t m = std::max(from, c.begin); m < i; ++m) {
      if (kRel.Contains(t_[m])) return true;
    }
    return false;
  }

  // "My goal was to cut ...", "the task was to limit ...": an infinitive
  // in a goal the speaker owns.
  bool GoalBefore(const starbank::Clause& c, size_t i) const {
    static const WordTable& kGoal = Cues(cue::kGoalBeforeGoal);
    for (size_t m = c.begin; m + 1 < i; ++m) {
      if (kGoal.Contains(t_[m])) return true;
    }
    return false;
  }

  // Customers or users are the subject of the verb at `i`.
  bool CustomersAct(const starbank::Clause& c, size_t i) const {
    static const WordTable& kCustomers = Cues(cue::kCustomersActCustomers);
    static const WordTable& kStops = Cues(cue::kCustomersActStops);
    size_t lo = i > c.begin + 8 ? i - 8 : c.begin;
    for (size_t m = i; m-- > lo;) {
      if (kStops.Contains(t_[m])) break;
      if (kCustomers.Contains(t_[m])) return true;
    }
    return false;
  }

  std::string_view text_;
  const std::vector<Token>& t_;
  SetbackScope scope_;
  const std::vector<Span>& skip_;
  bool problems_ = false;
  bool carry_ = false;  // the last clause's diagnosis runs on after its colon
  bool carry_and_ = false;  // ... or after "and" (only into a state found)
  // The clause and token looked at, and where its diagnosis starts
  // (kUnread until a cue asks).
  static constexpr size_t kUnread = SIZE_MAX;
  const starbank::Clause* clause_ = nullptr;
  size_t at_ = 0;
  mutable size_t traced_ = kUnread;
  bool carried_ = false;
};

}  // namespace

std::vector<Span> FindSetbacks(std::string_view text, const std::vector<Token>& tokens,
                               const std::vector<Clause>& clauses, SetbackScope scope,
                               const std::vector<Span>& skip, size_t limit,
                               std::vector<Span>* problems) {
  std::vector<Span> out;
  if (limit == 0) return out;
  std::vector<Span> sorted = skip;
  std::sort(sorted.begin(), sorted.end(),
            [](const Span& a, const Span& b) { return a.offset < b.offset; });
  Finder finder(text, tokens, scope, sorted);
  Finder problem(text, tokens, scope, sorted, true);
  bool look = problems != nullptr && problems->empty() && scope != SetbackScope::kResult;
  for (const Clause& c : clauses) {
    Span s;
    if (finder.Clause(c, &s)) {
      out.push_back(std::move(s));
    } else if (look && (scope == SetbackScope::kSetup || finder.DiagnosisRead()) &&
               problem.Clause(c, &s)) {
      // The setup's problem, or in the action what a diagnosis found (the
      // only place the action tells a problem that is no setback).
      problems->push_back(std::move(s));
      look = false;
    }
    if (out.size() >= limit) break;
  }
  return out;
}

}  // namespace starbank
