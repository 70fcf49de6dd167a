// The clause reader (clauses.h): split a section into clauses, then find
// each clause's acting subject from its first words.
#include "text/clauses.h"

#include <algorithm>

#include "text/cues.h"
#include "text/lexicon.h"
#include "text/word_table.h"

namespace starbank {
namespace {

bool IsWord(const Token& t) { return t.kind == Token::Kind::kWord; }

const WordTable& FirstPerson() {
  static const WordTable& w = Cues(cue::kFirstPerson);
  return w;
}

const WordTable& WePronouns() {
  static const WordTable& w = Cues(cue::kWePronouns);
  return w;
}

const WordTable& GroupNouns() {
  static const WordTable& w = Cues(cue::kGroupNouns);
  return w;
}

// Pronouns and quantifiers that name someone or something other than the
// speaker as the subject.
const WordTable& OtherSubjects() {
  static const WordTable& w = Cues(cue::kOtherSubjects);
  return w;
}

// People a possessive "my" can introduce without the speaker acting.
const WordTable& PersonNouns() {
  static const WordTable& w = Cues(cue::kPersonNouns);
  return w;
}

// Words a clause may open with before its subject: "Then I ...".
const WordTable& Connectives() {
  static const WordTable& w = Cues(cue::kConnectives);
  return w;
}

// Words that open an introductory phrase: "After the rollback, I ...".
const WordTable& IntroWords() {
  static const WordTable& w = Cues(cue::kIntroWords);
  return w;
}

// Words that can follow a leading base-form verb as the start of its
// object: "Cache the layouts", "Move it", "Split 40 jobs".
const WordTable& ObjectStarters() {
  static const WordTable& w = Cues(cue::kObjectStarters);
  return w;
}

// Adverbs that may sit between an auxiliary and its participle.
const WordTable& InnerAdverbs() {
  static const WordTable& w = Cues(cue::kInnerAdverbs);
  return w;
}

// Words after "by" that make it a time, not an agent: "by Friday".
const WordTable& TimeWords() {
  static const WordTable& w = Cues(cue::kTimeWords);
  return w;
}

const WordTable& Coordinators() {
  static const WordTable& w = Cues(cue::kCoordinators);
  return w;
}

bool IsLyAdverb(const Token& t) {
  static const WordTable& kNotAdverbs = Cues(cue::kLyNotAdverbs);
  const std::string& w = t.norm;
  return IsWord(t) && w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0 &&
         !kNotAdverbs.Contains(t);
}

bool NewlineBetween(std::string_view text, const std::vector<Token>& t, size_t i) {
  if (i == 0) return true;
  // The gap between two tokens is a byte or two: a loop, not a memchr call.
  for (size_t k = t[i - 1].offset + t[i - 1].length; k < t[i].offset; ++k) {
    if (text[k] == '\n') return true;
  }
  return false;
}

bool Adjacent(const Token& a, const Token& b) { return a.offset + a.length == b.offset; }

// A bullet at token i, which starts a line: "- ", "* ", "• ", "+ ", "1. ", "2) ".
// Returns the number of tokens the mark takes (0: none).
size_t BulletAt(const std::vector<Token>& t, size_t i) {
  const Token& k = t[i];
  if (k.kind == Token::Kind::kSymbol &&
      (Is(k, "-") || Is(k, "*") || Is(k, "+") || Is(k, "--"))) {
    return i + 1 < t.size() && !Adjacent(k, t[i + 1]) ? 1 : 0;
  }
  if (k.kind == Token::Kind::kNumber && k.norm.size() <= 2 && i + 1 < t.size() &&
      (Is(t[i + 1], ".") || Is(t[i + 1], ")")) && Adjacent(k, t[i + 1])) {
    return 2;
  }
  return 0;
}

bool EndsClause(const std::vector<Token>& t, size_t i) {
  const Token& k = t[i];
  if (k.kind != Token::Kind::kSymbol) return false;
  if (Is(k, ":") || Is(k, ".")) {
    // "10:40", "a.m.": not a clause end between a number or letter and the next.
    bool tight =
        i > 0 && i + 1 < t.size() && Adjacent(t[i - 1], k) && Adjacent(k, t[i + 1]);
    if (tight) return false;
  }
  return Is(k, ".") || Is(k, "!") || Is(k, "?") || Is(k, ";") || Is(k, ":") ||
         Is(k, "...") || Is(k, "--");
}

// Function words: a line ending in one runs on into the next line.
const WordTable& RunOnWords() {
  static const WordTable& w = Cues(cue::kRunOnWords);
  return w;
}

// "the", "our", "my": what may stand before a group noun as the subject
// ("the team", "our squad").
const WordTable& GroupDeterminers() {
  static const WordTable& w = Cues(cue::kGroupDeterminers);
  return w;
}

// A subject pronoun or "the team" starting at token i.
// "everyone" acts only when a verb follows it: "then everyone pitched in",
// not "released it to 50%, then everyone".
bool EveryoneActs(const std::vector<Token>& t, size_t i, size_t end) {
  static const WordTable& kEveryone = Cues(cue::kEveryoneActsEveryone);
  static const WordTable& kAuxiliary = Cues(cue::kEveryoneActsAuxiliary);
  if (!kEveryone.Contains(t[i])) return true;
  if (i + 1 >= end || !IsWord(t[i + 1])) return false;
  VerbForm f = ClassifyVerb(t[i + 1]);
  return f == VerbForm::kPast || f == VerbForm::kThird || IsPassiveAuxiliary(t[i + 1]) ||
         kAuxiliary.Contains(t[i + 1]);
}

bool SubjectStartsAt(const std::vector<Token>& t, size_t i, size_t end) {
  if (i >= end) return false;
  if (FirstPerson().Contains(t[i])) return true;
  if (WePronouns().Contains(t[i])) return EveryoneActs(t, i, end);
  static const WordTable& kPronouns = Cues(cue::kSubjectStartsAtPronouns);
  static const WordTable& kDeterminers = Cues(cue::kSubjectStartsAtDeterminers);
  if (kPronouns.Contains(t[i])) return true;
  if (!kDeterminers.Contains(t[i])) return false;
  if (GroupDeterminers().Contains(t[i]) && i + 1 < end &&
      GroupNouns().Contains(t[i + 1])) {
    return true;
  }
  // "... and a rollback was initiated": a new subject and its passive.
  for (size_t k = i + 2; k < end && k <= i + 4; ++k) {
    if (IsPassiveAuxiliary(t[k])) return true;
    if (t[k].kind != Token::Kind::kWord) return false;
  }
  return false;
}

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<Token>& t, bool items)
      : text_(text), t_(t), items_(items) {}

  std::vector<Clause> Run() {
    size_t begin = 0;
    verb_at_ = t_.size();  // no verb in the open clause yet
    for (size_t i = 0; i < t_.size(); ++i) {
      if (verb_at_ == t_.size() && IsVerbToken(t_[i])) verb_at_ = i;
      bool line_start = NewlineBetween(text_, t_, i);
      size_t bullet = line_start ? BulletAt(t_, i) : 0;
      bool breaks =
          i > 0 && line_start &&
          (bullet > 0 || items_ || t_[i].sentence_start || LineBreakEndsClause(i));
      if (breaks || (bullet > 0 && i == 0)) {
        Close(begin, i);
        begin = i + bullet;
        i += bullet > 0 ? bullet - 1 : 0;
        continue;
      }
      if (EndsClause(t_, i)) {
        Close(begin, i);
        begin = i + 1;
      } else if (i > begin && Coordinators().Contains(t_[i]) && HasVerb(begin, i) &&
                 SubjectStartsAt(t_, i + 1, t_.size())) {
        Close(begin, i);  // "I wrote the plan and we shipped it"; not "Sarah and I"
        begin = i;
      } else if (i > begin && Is(t_[i], ",") && i + 1 < t_.size() && HasVerb(begin, i) &&
                 Coordinators().Contains(t_[i + 1]) &&
                 SubjectStartsAt(t_, i + 2, t_.size())) {
        Close(begin, i);
        begin = i + 1;
      }
    }
    Close(begin, t_.size());
    return std::move(out_);
  }

 private:
  static bool IsVerbToken(const Token& k) {
    if (!IsWord(k)) return false;
    if (IsPassiveAuxiliary(k)) return true;
    VerbForm f = ClassifyVerb(k);
    return f == VerbForm::kPast || f == VerbForm::kThird;
  }

  // Whether tokens [begin, end) hold a verb: a clause to close before the
  // next subject ("I wrote the plan and we ..."), not a subject of its own.
  // The first verb of the open clause is tracked as tokens go by, so this
  // costs nothing however long the clause.
  bool HasVerb(size_t begin, size_t end) const {
    return verb_at_ >= begin && verb_at_ < end;
  }

  // One item a line without bullets: "Profiled the path\nParallelized ...".
  bool LineBreakEndsClause(size_t i) const {
    const Token& prev = t_[i - 1];
    const Token& k = t_[i];
    if (!IsWord(k) || Is(k, "i")) return false;
    unsigned char c = static_cast<unsigned char>(text_[k.offset]);
    if (c < 'A' || c > 'Z') return false;
    return prev.kind != Token::Kind::kSymbol && !RunOnWords().Contains(prev);
  }

  void Close(size_t begin, size_t end) {
    verb_at_ = t_.size();
    while (begin < end && t_[begin].kind == Token::Kind::kSymbol &&
           !Is(t_[begin], "\"")) {
      ++begin;
    }
    if (begin >= end) return;
    Clause c;
    c.begin = begin;
    c.end = end;
    out_.push_back(c);
  }

  std::string_view text_;
  const std::vector<Token>& t_;
  bool items_;
  size_t verb_at_ = 0;  // first verb token of the open clause, or t_.size()
  std::vector<Clause> out_;
};

// "A week before launch, ...", "Two days in, ...": a time phrase.
bool TimeIntroAt(const std::vector<Token>& t, size_t i, size_t end) {
  static const WordTable& kUnits = Cues(cue::kTimeIntroAtUnits);
  static const WordTable& kAfter = Cues(cue::kTimeIntroAtAfter);
  static const WordTable& kOpen = Cues(cue::kTimeIntroAtDeterminers);
  if (!(kOpen.Contains(t[i]) || t[i].kind == Token::Kind::kNumber ||
        IntroWords().Contains(t[i]))) {
    return false;
  }
  for (size_t k = i + 1; k < end && k <= i + 2; ++k) {
    if (kUnits.Contains(t[k])) return k + 1 < end && kAfter.Contains(t[k + 1]);
  }
  return false;
}

class SubjectReader {
 public:
  SubjectReader(const std::vector<Token>& t, const Clause& c) : t_(t), end_(c.end) {}

  void Read(size_t i, Clause* c, int depth = 0) {
    i = SkipConnectives(i);
    if (i >= end_) return;
    bool gerund = IsWord(t_[i]) && ClassifyVerb(t_[i]) == VerbForm::kGerund;
    if (depth < 3 && (IntroWords().Contains(t_[i]) || TimeIntroAt(t_, i, end_) ||
                      t_[i].kind == Token::Kind::kNumber || gerund)) {
      // "After the rollback, I ...": the subject follows the comma.
      for (size_t k = i + 1; k < end_; ++k) {
        if (Is(t_[k], ",")) return Read(k + 1, c, depth + 1);
      }
      if (!IntroWords().Contains(t_[i]) || Is(t_[i], "now")) {
        // A number or time phrase without a comma: an ordinary subject.
      } else {
        for (size_t k = i + 1; k < end_; ++k) {
          if (FirstPerson().Contains(t_[k])) return Set(c, Actor::kSpeaker, k);
          if (WePronouns().Contains(t_[k])) return Set(c, Actor::kCollective, k);
        }
        return;
      }
    }
    Classify(i, c);
  }

 private:
  size_t SkipConnectives(size_t i) const {
    while (i < end_) {
      const Token& k = t_[i];
      bool ly = IsLyAdverb(k) && i + 1 < end_ && IsWord(t_[i + 1]) &&
                ClassifyVerb(k) == VerbForm::kNone;
      if (Connectives().Contains(k) || ly || Is(k, ",") || Is(k, "(") || Is(k, "\"")) {
        ++i;
        continue;
      }
      break;
    }
    return i;
  }

  static void Set(Clause* c, Actor a, size_t k) {
    c->actor = a;
    c->actor_token = k;
  }

  bool Has(size_t i, std::string_view w) const { return i < end_ && Is(t_[i], w); }

  // "Sarah and I", "My manager and I": the speaker shares the subject.
  bool AndIAhead(size_t i) const {
    for (size_t k = i; k + 1 < end_ && k < i + 6; ++k) {
      if (Is(t_[k], "and") && FirstPerson().Contains(t_[k + 1])) return true;
      if (!IsWord(t_[k])) return false;
    }
    return false;
  }

  // "I think we decided ...", "I remember that we spent ...": the
  // speaker's thought frames a clause the team acts in. The index of that
  // "we", or 0 when the clause is the speaker's own. Only a past verb after
  // "we" is an act told ("I think we should wait" is a view).
  size_t FramedWe(size_t i) const {
    static const WordTable& kFrame = Cues(cue::kSpeakerFrame);
    size_t k = i + 1;
    if (k >= end_ || !kFrame.Contains(t_[k])) return 0;
    ++k;
    if (Has(k, "that")) ++k;
    if (k + 1 >= end_ || !Is(t_[k], "we")) return 0;
    if (ClassifyVerb(t_[k + 1]) != VerbForm::kPast) return 0;
    return k;
  }

  void Classify(size_t i, Clause* c) const {
    const Token& k = t_[i];
    if (FirstPerson().Contains(k)) {
      if (size_t we = FramedWe(i)) return Set(c, Actor::kCollective, we);
      return Set(c, Actor::kSpeaker, i);
    }
    if (Is(k, "me") && Has(i + 1, "and"))
      return Set(c, Actor::kSpeaker, i);  // "Me and Ana"
    if (WePronouns().Contains(k)) {
      return Set(c, EveryoneActs(t_, i, end_) ? Actor::kCollective : Actor::kOther, i);
    }
    static const WordTable& kAllOf = Cues(cue::kClassifyAllOfUs);
    if (kAllOf.Contains(k) && Has(i + 1, "of") && Has(i + 2, "us")) {
      return Set(c, Actor::kCollective, i);
    }
    if (AndIAhead(i)) {
      // "My team and I", "the whole squad and I": the group shares the act,
      // told as "we"; "Sarah and I" is the speaker with a named partner.
      for (size_t k = i; k < end_ && !Is(t_[k], "and"); ++k) {
        if (GroupNouns().Contains(t_[k])) return Set(c, Actor::kCollective, k);
      }
      return Set(c, Actor::kSpeaker, i);
    }
    static const WordTable& kWhole = Cues(cue::kClassifyWhole);
    static const WordTable& kRole = Cues(cue::kClassifyRole);
    size_t g = i + 1;
    if (g < end_ && kWhole.Contains(t_[g])) ++g;
    bool group = g < end_ && GroupNouns().Contains(t_[g]) &&
                 !(g + 1 < end_ && kRole.Contains(t_[g + 1]));
    if (GroupDeterminers().Contains(k)) {
      if (group) return Set(c, Actor::kCollective, i);
      if (Is(k, "our")) return Set(c, Actor::kOther, i);
      if (Is(k, "my")) {
        bool person = i + 1 < end_ && PersonNouns().Contains(t_[i + 1]);
        return Set(c, person ? Actor::kOther : Actor::kSpeaker, i);
      }
      return NounPhrase(i, c);
    }
    if (GroupNouns().Contains(k) && i + 1 < end_ && IsWord(t_[i + 1]) &&
        ClassifyVerb(t_[i + 1]) != VerbForm::kNone) {
      return Set(c, Actor::kCollective, i);  // notes: "Team agreed to ..."
    }
    if (OtherSubjects().Contains(k)) return Set(c, Actor::kOther, i);
    if (IsWord(k) && LeadingVerb(i)) return Set(c, Actor::kSpeaker, i);
    NounPhrase(i, c);
  }

  // A clause that opens with the speaker's verb: "Profiled the path".
  bool LeadingVerb(size_t i) const {
    VerbForm f = ClassifyVerb(t_[i]);
    if (f == VerbForm::kPast) {
      for (size_t k = i + 1; k < end_ && k <= i + 3; ++k) {
        if (IsPassiveAuxiliary(t_[k])) return false;  // "Automated tests were added"
        if (!IsWord(t_[k])) break;
      }
      return true;
    }
    if (f == VerbForm::kBase || f == VerbForm::kThird) {
      return i + 1 < end_ && (ObjectStarters().Contains(t_[i + 1]) ||
                              t_[i + 1].kind == Token::Kind::kNumber);
    }
    return false;
  }

  // A noun phrase subject: find its verb. "The flag was flipped" is an
  // agentless passive; "The vendor broke the feed" is someone else acting.
  void NounPhrase(size_t i, Clause* c) const {
    for (size_t j = i + 1; j < end_ && j < i + 12; ++j) {
      const Token& k = t_[j];
      if (Is(k, ",") || Is(k, "(")) break;
      // "Every Friday I read ...", "This time we ...": a time phrase, then
      // the subject.
      if (FirstPerson().Contains(k)) return Set(c, Actor::kSpeaker, j);
      if (WePronouns().Contains(k)) return Set(c, Actor::kCollective, j);
      if (IsPassiveAuxiliary(k)) {
        size_t p = j + 1;
        while (p < end_ && InnerAdverbs().Contains(t_[p])) ++p;
        if (p < end_ && IsWord(t_[p]) && ClassifyVerb(t_[p]) == VerbForm::kPast &&
            !Is(t_[p], "based")) {
          return Agent(p + 1, c, j);
        }
        return Set(c, Actor::kOther, i);  // "the cache was stale"
      }
      if (IsWord(k) && j > i) {
        VerbForm f = ClassifyVerb(k);
        if (f == VerbForm::kThird) {
          // "Expiry alerts were added", "unit tests are run": a plural noun
          // that is also a verb's -s form, before the passive's auxiliary.
          size_t n = j + 1;
          while (n < end_ && InnerAdverbs().Contains(t_[n])) ++n;
          if (n < end_ && IsPassiveAuxiliary(t_[n])) continue;
        }
        if (f == VerbForm::kPast || f == VerbForm::kThird)
          return Set(c, Actor::kOther, i);
      }
    }
    Set(c, Actor::kOther, i);
  }

  // After a passive participle: "by me", "by the on-call engineer", or none.
  void Agent(size_t p, Clause* c, size_t aux) const {
    for (size_t k = p; k + 1 < end_; ++k) {
      if (!Is(t_[k], "by")) continue;
      const Token& who = t_[k + 1];
      if (TimeWords().Contains(who) || who.kind == Token::Kind::kNumber) continue;
      static const WordTable& kSpeaker = Cues(cue::kAgentSpeaker);
      static const WordTable& kTeam = Cues(cue::kAgentTeam);
      static const WordTable& kTimeDet = Cues(cue::kAgentTimeDeterminers);
      static const WordTable& kTeamDet = Cues(cue::kAgentTeamDeterminers);
      if (kTimeDet.Contains(who) && k + 2 < end_ &&
          TimeWords().Contains(t_[k + 2])) {
        continue;  // "by the end of the week"
      }
      if (kSpeaker.Contains(who)) return Set(c, Actor::kSpeaker, k + 1);
      if (kTeam.Contains(who) ||
          (kTeamDet.Contains(who) && k + 2 < end_ &&
           GroupNouns().Contains(t_[k + 2]))) {
        return Set(c, Actor::kCollective, k + 1);
      }
      // "by adding an index": a gerund is a means, not an agent.
      if (IsWord(who) && ClassifyVerb(who) == VerbForm::kGerund) continue;
      return Set(c, Actor::kOther, k + 1);
    }
    Set(c, Actor::kPassive, aux);
  }

  const std::vector<Token>& t_;
  size_t end_;
};

}  // namespace

bool IsPassiveAuxiliary(const Token& t) {
  static const WordTable& w = Cues(cue::kIsPassiveAuxiliary);
  return w.Contains(t);
}

bool TellsState(const std::vector<Token>& t, const Clause& c) {
  static const WordTable& kBe = Cues(cue::kTellsStateBe);
  static const WordTable& kStillActs = Cues(cue::kTellsStateStillActs);
  static const WordTable& kBetween = Cues(cue::kTellsStateBetween);
  // The verb comes within three words of the subject: "we", "the team",
  // "the whole team".
  size_t k = c.actor_token + 1;
  // "We (me and another intern) were asked to ...": a bracket after the
  // subject says who "we" is, and the verb follows it.
  size_t reach = c.actor_token + 3;
  if (k < c.end && Is(t[k], "(")) {
    size_t close = k + 1;
    while (close < c.end && close <= k + 10 && !Is(t[close], ")")) ++close;
    if (close < c.end && Is(t[close], ")")) {
      reach += close + 1 - k;
      k = close + 1;
    }
  }
  while (k < c.end && k <= reach && IsWord(t[k]) && !kBe.Contains(t[k])) ++k;
  if (k >= c.end || !kBe.Contains(t[k])) return false;
  for (++k; k < c.end && (kBetween.Contains(t[k]) || IsLyAdverb(t[k])); ++k) {
  }
  if (k >= c.end) return true;  // "and we were."
  if (!IsWord(t[k])) return false;
  if (kStillActs.Contains(t[k])) return false;
  return ClassifyVerb(t[k]) != VerbForm::kGerund;
}

bool NamesPeople(const Token& t) {
  static const WordTable& kPeople = Cues(cue::kNamesPeoplePeople);
  return FirstPerson().Contains(t) || WePronouns().Contains(t) ||
         GroupNouns().Contains(t) || PersonNouns().Contains(t) || kPeople.Contains(t);
}

std::vector<Clause> ReadClauses(std::string_view text, const std::vector<Token>& tokens,
                                bool lines_are_items) {
  std::vector<Clause> clauses = Splitter(text, tokens, lines_are_items).Run();
  for (Clause& c : clauses) SubjectReader(tokens, c).Read(c.begin, &c);
  return clauses;
}

const Clause* ClauseAt(const std::vector<Clause>& clauses, size_t i) {
  // Clauses are in token order and never overlap.
  auto it = std::upper_bound(clauses.begin(), clauses.end(), i,
                             [](size_t k, const Clause& c) { return k < c.begin; });
  if (it == clauses.begin()) return nullptr;
  --it;
  return i < it->end ? &*it : nullptr;
}

size_t TokenAt(const std::vector<Token>& tokens, size_t offset) {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), offset,
                             [](const Token& t, size_t o) { return t.offset < o; });
  return static_cast<size_t>(it - tokens.begin());
}

// A negator that negates nothing after it: "not only ... but" asserts
// ("the vendor not only slipped but ..."); "ended on a high note", "ended
// up shipping" say how something ended; "in the end" is a noun.
static bool AssertsAfter(const std::vector<Token>& t, size_t k) {
  if (k + 1 >= t.size()) return false;
  if (Is(t[k], "not")) return Is(t[k + 1], "only") || Is(t[k + 1], "just");
  static const WordTable& kEnd = Cues(cue::kNegatedEndForms);
  if (!kEnd.Contains(t[k])) return false;
  static const WordTable& kEndedHow = Cues(cue::kNegatedEndedHow);
  return kEndedHow.Contains(t[k + 1]) || (k > 0 && (Is(t[k - 1], "the") || Is(t[k - 1], "an")));
}

bool Negated(const std::vector<Token>& t, const Clause& c, size_t i) {
  static const WordTable& kNegators = Cues(cue::kNegatedNegators);
  // A negation reaches over at most six words, and not past a comma or a
  // conjunction: "without notice and the run broke" is a broken run.
  static const WordTable& kStops = Cues(cue::kNegatedStops);
  size_t lo = i > c.begin + 6 ? i - 6 : c.begin;
  for (size_t k = i; k-- > lo;) {
    const Token& w = t[k];
    if (kStops.Contains(w)) return false;
    if (kNegators.Contains(w) && !AssertsAfter(t, k)) return true;
    if (EndsInNt(w)) return true;
  }
  return false;
}

bool EndsInNt(const Token& w) {
  const std::string& n = w.norm;
  return n.size() > 3 && n.compare(n.size() - 3, 3, "n't") == 0;
}

}  // namespace starbank
