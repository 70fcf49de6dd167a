// Quantity and comparison detection for results.
#include "text/quantities.h"

#include <algorithm>
#include <cstring>

#include "text/cues.h"
#include "text/tokens.h"
#include "text/word_table.h"

namespace starbank {
namespace {

using Words = WordTable;

const Words& SpelledNumbers() {
  static const WordTable& w = Cues(cue::kSpelledNumbers);  // "an order of magnitude"
  return w;
}

// Words that are a before/after comparison on their own: "doubled".
const Words& SelfComparisons() {
  static const WordTable& w = Cues(cue::kSelfComparisons);
  return w;
}

// Words after "one" or "a" that make it an amount ("one week", "a day").
const Words& Units() {
  static const WordTable& w = Cues(cue::kUnits);
  return w;
}

// Words before a year that mark it as a date: "in 2023", "since 2019".
const Words& YearContext() {
  static const WordTable& w = Cues(cue::kYearContext);
  return w;
}

// "%" and "x" right after a number: "40%", "3 x".
bool RatioMark(const Token& k) {
  static const WordTable& w = Cues(cue::kRatioMarks);
  return w.Contains(k);
}

// The two ends of a from-to: "from 14% to 0.3%".
bool FromOrTo(const Token& k) {
  static const WordTable& w = Cues(cue::kFromTo);
  return w.Contains(k);
}

// "a", "an": an article before a unit is an amount of one ("a day").
bool Article(const Token& k) {
  static const WordTable& w = Cues(cue::kArticles);
  return w.Contains(k);
}

// "more", "less", "fewer": comparatives of a count.
bool CountComparative(const Token& k) {
  static const WordTable& w = Cues(cue::kCountComparatives);
  return w.Contains(k);
}

// "." and ";": where a from-to stops looking back.
bool Stop(const Token& k) {
  static const WordTable& w = Cues(cue::kComparisonStops);
  return w.Contains(k);
}

bool IsOrdinal(const std::string& n) {
  size_t k = 0;
  while (k < n.size() && isdigit(static_cast<unsigned char>(n[k]))) ++k;
  static const WordTable& kSuffixes = Cues(cue::kOrdinalSuffixes);
  return k > 0 && kSuffixes.Contains(std::string_view(n).substr(k));
}

bool IsVersion(const std::string& n) { return std::count(n.begin(), n.end(), '.') >= 2; }

bool IsYear(const std::vector<Token>& t, size_t i) {
  const std::string& n = t[i].norm;
  if (n.size() != 4 ||
      !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  int v = std::stoi(n);
  if (v < 1970 || v > 2099) return false;
  if (i + 1 < t.size() && RatioMark(t[i + 1])) return false;
  if (i > 0 && Is(t[i - 1], "$")) return false;
  bool next_is_unit = i + 1 < t.size() && t[i + 1].kind == Token::Kind::kWord &&
                      !YearContext().Contains(t[i + 1]);
  bool prev_is_context = i > 0 && YearContext().Contains(t[i - 1]);
  return prev_is_context || !next_is_unit;
}

Span MakeSpan(std::string_view text, const std::vector<Token>& t, size_t from,
              size_t to) {
  Span s;
  s.offset = t[from].offset;
  s.length = t[to].offset + t[to].length - s.offset;
  s.text = std::string(text.substr(s.offset, s.length));
  return s;
}

bool Adjacent(const Token& a, const Token& b) { return a.offset + a.length == b.offset; }

// The first hyphen-separated part of a word: "three-week" -> "three".
std::string_view Head(std::string_view w) { return w.substr(0, w.find('-')); }

// "a third", "one quarter", "two fifths": an article or number, then a fraction.
bool IsFractionAt(const std::vector<Token>& t, size_t i) {
  static const WordTable& kFractions = Cues(cue::kIsFractionAtFractions);
  static const WordTable& kHeads = Cues(cue::kIsFractionAtHeads);
  return kHeads.Contains(t[i]) && i + 1 < t.size() &&
         kFractions.Contains(t[i + 1]);
}

// Words after which a number names something instead of counting it:
// "HTTP 503", "SEV 2", "version 3", "phase 2", "PR 4812".
const Words& IdentifierWords() {
  static const WordTable& w = Cues(cue::kIdentifierWords);
  return w;
}

// Frequencies and zero-words, amounts when something moves from or to
// them: "from weekly to daily", "from two a quarter to none".
const Words& Endpoints() {
  static const WordTable& w = Cues(cue::kEndpoints);
  return w;
}

bool EndpointAt(const std::vector<Token>& t, size_t i) {
  return Endpoints().Contains(t[i]) && i > 0 && FromOrTo(t[i - 1]);
}

// A frequency told with an ordinal: "every fourth week", "every 3rd
// sprint", "every other release", and the bare "every fifth" that ends a
// from-to. A rank alone ("the fourth week", "3rd") is a label.
bool EveryOrdinalAt(const std::vector<Token>& t, size_t i) {
  static const WordTable& kOrdinals = Cues(cue::kEveryOrdinalAtOrdinals);
  static const WordTable& kTimes = Cues(cue::kEveryOrdinalAtTimes);
  if (i == 0 || !Is(t[i - 1], "every")) return false;
  const Token& k = t[i];
  bool ordinal =
      k.kind == Token::Kind::kNumber ? IsOrdinal(k.norm) : kOrdinals.Contains(k);
  if (!ordinal) return false;
  if (i + 1 < t.size() && kTimes.Contains(t[i + 1])) return true;
  // "to every fifth": the unit given once, before.
  return !Is(k, "other") && i >= 2 && Is(t[i - 2], "to") &&
         (i + 1 >= t.size() || t[i + 1].kind != Token::Kind::kWord);
}

// "from a day to under an hour", "from a week to two days": an article and
// a time unit at the end of a from-to is an amount of one.
bool ArticleUnitAt(const std::vector<Token>& t, size_t i) {
  static const WordTable& kTimes = Cues(cue::kArticleUnitAtTimes);
  static const WordTable& kApprox = Cues(cue::kArticleUnitAtApprox);
  // "went a full month without a fall", "a whole week early": the
  // emphasis makes the one unit a measured stretch, not a when.
  static const WordTable& kWhole = Cues(cue::kArticleUnitAtWhole);
  if (i + 2 < t.size() && Article(t[i]) && kWhole.Contains(t[i + 1]) &&
      kTimes.Contains(t[i + 2])) {
    return true;
  }
  if (i + 1 >= t.size() || !kTimes.Contains(t[i + 1])) return false;
  // "back within the hour", "signed within the week": the idiom's "the"
  // is an amount of one.
  if (Is(t[i], "the")) return i > 0 && Is(t[i - 1], "within");
  if (!Article(t[i])) return false;
  // "less than a day", "under a week", "within an hour": a bound on an
  // amount of one.
  static const WordTable& kBound = Cues(cue::kArticleUnitAtBound);
  static const WordTable& kOff = Cues(cue::kArticleUnitAtOff);
  if (i > 0 && kBound.Contains(t[i - 1])) return true;
  // "cleared in a week", "instead of a week": the stretch the work took,
  // or the one it replaced.
  static const WordTable& kSpan = Cues(cue::kArticleUnitAtSpan);
  if (i > 0 && kSpan.Contains(t[i - 1])) return true;
  if (i > 1 && Is(t[i - 1], "of") && Is(t[i - 2], "instead")) return true;
  if (i + 2 < t.size() && kOff.Contains(t[i + 2])) return true;  // "a day late"
  for (size_t k = i, n = 0; k-- > 0 && n < 3; ++n) {
    if (FromOrTo(t[k])) return true;
    if (!kApprox.Contains(t[k])) return false;
  }
  return false;
}

bool IsQuantityAt(const std::vector<Token>& t, size_t i) {
  const Token& k = t[i];
  if (EveryOrdinalAt(t, i) || ArticleUnitAt(t, i)) return true;
  if (k.kind == Token::Kind::kNumber) {
    if (i > 0 && IdentifierWords().Contains(t[i - 1]) &&
        !(i + 1 < t.size() && RatioMark(t[i + 1]))) {
      // "HTTP 503" names a status; "week 3" a date. "sprint 2" too.
      bool counts_after = i + 1 < t.size() && Units().Contains(t[i + 1]);
      if (!counts_after) return false;
    }
    return !IsOrdinal(k.norm) && !IsVersion(k.norm) && !IsYear(t, i);
  }
  if (k.kind == Token::Kind::kWord && EndpointAt(t, i)) return true;
  if (k.kind != Token::Kind::kWord) return false;
  std::string_view head = Head(k.norm);
  if (head.size() == k.norm.size() ? SpelledNumbers().Contains(k)
                                   : SpelledNumbers().Contains(head)) {
    return true;
  }
  if (IsFractionAt(t, i)) return true;
  if (head == "one" && !Is(k, "one")) {
    return Units().Contains(std::string_view(k.norm).substr(4));
  }
  return Is(k, "one") && i + 1 < t.size() && Units().Contains(t[i + 1]);
}

}  // namespace

std::vector<Span> FindQuantities(std::string_view text) {
  return FindQuantities(text, Tokenize(text));
}

// "1. System stability restored" / "2) Vendors capped the feed size": the
// number that opens a line of a numbered list counts items of the answer,
// not an amount of the result.
bool ListNumberAt(std::string_view text, const std::vector<Token>& t, size_t i) {
  const Token& k = t[i];
  if (k.kind != Token::Kind::kNumber) return false;
  size_t o = k.offset;
  while (o > 0 && (text[o - 1] == ' ' || text[o - 1] == '\t')) --o;
  if (o > 0 && text[o - 1] != '\n') return false;
  size_t end = k.offset + k.length;
  if (k.norm.back() == '.' || k.norm.back() == ')') {
    return end < text.size() && (text[end] == ' ' || text[end] == '\t');
  }
  if (i + 1 >= t.size() || !Adjacent(k, t[i + 1])) return false;
  const Token& mark = t[i + 1];
  if (!(Is(mark, ".") || Is(mark, ")"))) return false;
  size_t after = mark.offset + mark.length;
  return after < text.size() && (text[after] == ' ' || text[after] == '\t');
}

// "the N+1 select problem", "an N-1 redundancy rule": a number joined to a
// one-letter variable names a pattern, not an amount.
bool FormulaNumberAt(const std::vector<Token>& t, size_t i) {
  if (i < 2 || t[i].kind != Token::Kind::kNumber) return false;
  const Token& op = t[i - 1];
  const Token& var = t[i - 2];
  return (Is(op, "+") || Is(op, "-")) && Adjacent(op, t[i]) && Adjacent(var, op) &&
         var.kind == Token::Kind::kWord && var.norm.size() == 1;
}

namespace {

// A quantity that dates the result instead of measuring it: a day beside a
// month ("on March 3", "by 1 Dec") or an amount of time before a word that
// tells when ("two weeks later", "a year ago"). `i` starts a quantity.
bool TellsWhenAt(const std::vector<Token>& t, size_t i) {
  static const WordTable& kMonth = Cues(cue::kTellsWhenMonth);
  static const WordTable& kUnit = Cues(cue::kTellsWhenUnit);
  static const WordTable& kAfter = Cues(cue::kTellsWhenAfter);
  const Token& k = t[i];
  if (k.kind == Token::Kind::kNumber && k.norm.size() <= 2 &&
      std::all_of(k.norm.begin(), k.norm.end(),
                  [](char c) { return c >= '0' && c <= '9'; })) {
    int day = std::stoi(k.norm);
    if (day >= 1 && day <= 31 &&
        ((i > 0 && kMonth.Contains(t[i - 1])) ||
         (i + 1 < t.size() && kMonth.Contains(t[i + 1])))) {
      return true;
    }
  }
  // "two weeks later", "a year ago"; "6-8 weeks later" is a range: its first
  // end is read where the range's last number stands.
  size_t u = i + 1;
  if (u < t.size() && Is(t[u], "-") && u + 1 < t.size() &&
      t[u + 1].kind == Token::Kind::kNumber) {
    u += 2;
  }
  return u + 1 < t.size() && kUnit.Contains(t[u]) && kAfter.Contains(t[u + 1]);
}

// FindQuantities, or FindMeasures when `measures_only`.
std::vector<Span> CollectQuantities(std::string_view text, const std::vector<Token>& t,
                                    const std::vector<bool>& qty, bool measures_only);

}  // namespace

std::vector<bool> QuantityMarks(const std::vector<Token>& t) {
  std::vector<bool> marks(t.size());
  for (size_t i = 0; i < t.size(); ++i) marks[i] = IsQuantityAt(t, i);
  return marks;
}

std::vector<Span> FindQuantities(std::string_view text, const std::vector<Token>& t) {
  return FindQuantities(text, t, QuantityMarks(t));
}

std::vector<Span> FindQuantities(std::string_view text, const std::vector<Token>& t,
                                 const std::vector<bool>& qty) {
  return CollectQuantities(text, t, qty, false);
}

std::vector<Span> FindMeasures(std::string_view text, const std::vector<Token>& t,
                               const std::vector<bool>& qty) {
  return CollectQuantities(text, t, qty, true);
}

namespace {

std::vector<Span> CollectQuantities(std::string_view text, const std::vector<Token>& t,
                                    const std::vector<bool>& qty, bool measures_only) {
  std::vector<Span> out;
  for (size_t i = 0; i < t.size(); ++i) {
    if (!qty[i] || ListNumberAt(text, t, i) || FormulaNumberAt(t, i)) continue;
    if (measures_only && TellsWhenAt(t, i)) continue;
    size_t from = i, to = i;
    static const WordTable& kPrefixes = Cues(cue::kAmountPrefixes);
    if (i > 0 && kPrefixes.Contains(t[i - 1]) && Adjacent(t[i - 1], t[i])) {
      from = i - 1;
    }
    if (i + 1 < t.size() && RatioMark(t[i + 1]) && Adjacent(t[i], t[i + 1])) {
      to = i + 1;
    }
    if (IsFractionAt(t, i) || ArticleUnitAt(t, i)) to = i + 1;
    out.push_back(MakeSpan(text, t, from, to));
    i = to;
  }
  return out;
}


const Words& ChangeVerbs() {
  static const WordTable& w = Cues(cue::kChangeVerbs);
  return w;
}

// Comparatives and adverbs that need the amount right after them.
const Words& ChangeWords() {
  static const WordTable& w = Cues(cue::kChangeWords);
  return w;
}

// Words that mean a baseline or target is named.
const Words& BaselineWords() {
  static const WordTable& w = Cues(cue::kBaselineWords);
  return w;
}

// Baseline words that name the baseline after them: "instead of 9 days",
// "than the 2 s goal". Before them a number is something else: "10 days
// ahead", "2,900 requests ... instead of a spreadsheet".
const Words& AfterOnly() {
  static const WordTable& w = Cues(cue::kAfterOnly);
  return w;
}

// "instead of a day", "than a week": an article and a unit, an amount
// of one.
bool UnitAfter(const std::vector<Token>& t, size_t i, size_t span) {
  for (size_t k = i + 1; k + 1 < t.size() && k <= i + span; ++k) {
    if (Article(t[k]) && Units().Contains(t[k + 1])) return true;
  }
  return false;
}

// "to one", "to a single one", "to a single": the new value of a from-to
// whose unit is left out ("from two a month to one"). "to one customer"
// names a thing; the unit must not follow. A bound may stand between:
// "from five seconds to under one", "to just one".
bool ElidedUnitAfter(std::string_view text, const std::vector<Token>& t, size_t i) {
  static const WordTable& kApprox = Cues(cue::kArticleUnitAtApprox);
  size_t k = i + 1;
  for (int n = 0; n < 2 && k < t.size() && kApprox.Contains(t[k]); ++n) ++k;
  if (k + 1 < t.size() && Is(t[k], "a") && Is(t[k + 1], "single")) {
    k += 2;
    if (k < t.size() && Is(t[k], "one")) ++k;
  } else if (k < t.size() && Is(t[k], "one")) {
    ++k;
  } else {
    return false;
  }
  static const WordTable& kAfter = Cues(cue::kElidedUnitAfterAfter);
  if (k >= t.size() || t[k].kind != Token::Kind::kWord || kAfter.Contains(t[k]))
    return true;
  size_t from = t[k - 1].offset + t[k - 1].length;  // a line (a list item) ends there
  return text.substr(from, t[k].offset - from).find('\n') != std::string_view::npos;
}

// Nouns of change that a quantity before them measures: "a 35% cut in
// pick time", "a 20% throughput improvement", "a 40ms drop".
const Words& ChangeNouns() {
  static const WordTable& w = Cues(cue::kChangeNouns);
  return w;
}

// A quantity that measures the change noun at i: within four tokens
// before it or right after "of" / "by", and not a bare count right before it ("3
// improvements" counts things; "a 3% improvement" and "a 40ms drop" measure one).
bool MeasuredChangeAt(const std::vector<Token>& t, const std::vector<bool>& qty,
                      size_t i) {
  if (!ChangeNouns().Contains(t[i]) || i == 0) return false;
  const Token& prev = t[i - 1];
  if (prev.kind == Token::Kind::kNumber &&
      prev.norm.find_first_not_of("0123456789,.") == std::string::npos) {
    return false;
  }
  for (size_t k = i, n = 0; k-- > 0 && n < 4; ++n) {
    if (Is(t[k], ".") || Is(t[k], ";") || Is(t[k], ",")) break;
    if (qty[k]) return true;
  }
  // "an increase of 20%", "a reduction by a third".
  static const WordTable& kOfBy = Cues(cue::kMeasuredChangeAtOf);
  if (i + 1 < t.size() && kOfBy.Contains(t[i + 1])) {
    for (size_t k = i + 2; k < t.size() && k <= i + 4; ++k) {
      if (qty[k]) return true;
    }
  }
  return false;
}

// Time measured against a date: "two days late", "a week early",
// "delayed by less than a day", "three weeks ahead of the plan". "Two
// days later" and "a week before launch" tell when, not how far off.
bool OffScheduleAt(const std::vector<Token>& t, const std::vector<bool>& qty, size_t i) {
  static const WordTable& kOff = Cues(cue::kOffScheduleAtOff);
  static const WordTable& kRelative = Cues(cue::kOffScheduleAtRelative);
  static const WordTable& kRelativeTo = Cues(cue::kOffScheduleAtRelativeTo);
  if (!kOff.Contains(t[i])) return false;
  if (kRelative.Contains(t[i]) && !(i + 1 < t.size() && kRelativeTo.Contains(t[i + 1]))) {
    return false;
  }
  for (size_t k = i, n = 0; k-- > 0 && n < 3; ++n) {
    if (qty[k]) return true;
    if (t[k].kind != Token::Kind::kWord) break;
  }
  if (i + 1 < t.size() && Is(t[i + 1], "by")) {
    for (size_t k = i + 2; k < t.size() && k <= i + 5; ++k) {
      if (qty[k]) return true;
    }
  }
  return false;
}

// An amount that is a difference: "30% more orders", "40% fewer pages",
// "2 hours faster", "$300 cheaper a month". Before more / less / fewer
// only a percentage is a difference ("3 more engineers"
// counts people).
bool DifferenceAt(const std::vector<Token>& t, const std::vector<bool>& qty, size_t i) {
  if (i == 0 || !ChangeWords().Contains(t[i])) return false;
  const std::string& w = t[i].norm;  // comparatives only: not "10 servers down"
  // ("fewer" ends in "-er" already.)
  bool count_word = CountComparative(t[i]);
  if (!(w.size() > 3 && w.compare(w.size() - 2, 2, "er") == 0) && !count_word) {
    return false;
  }
  static const WordTable& kTimes = Cues(cue::kTimesMarks);
  static const WordTable& kPercent = Cues(cue::kPercentMarks);
  const Token& p = t[i - 1];
  // "3x faster" is one comparison already, at "3x".
  if (kTimes.Contains(p) || (p.kind == Token::Kind::kNumber && p.norm.back() == 'x')) {
    return false;
  }
  bool ratio = kPercent.Contains(p);
  if (ratio) return true;
  if (count_word) return false;
  if (qty[i - 1]) return true;
  return i >= 2 && qty[i - 2] && t[i - 1].kind == Token::Kind::kWord;  // "2 hours faster"
}

// A date met or missed: "met the March filing date", "hit the launch
// deadline", "missed the cutoff", "shipped by the original date", "launched
// on time" / "on schedule" / "on budget". The date itself is the baseline (a
// target or SLA is one only with its number, BaselineWords).
bool DateMetAt(const std::vector<Token>& t, size_t i) {
  static const WordTable& kMet = Cues(cue::kDateMetAtMet);
  static const WordTable& kDate = Cues(cue::kDateMetAtDate);
  // "on time", "on schedule", "on budget": the plan met, named by its kind.
  static const WordTable& kPlan = Cues(cue::kDateMetAtPlan);
  if (Is(t[i], "on") && i + 1 < t.size() && kPlan.Contains(t[i + 1])) return true;
  // "by the original date", "before the cutoff".
  static const WordTable& kBy = Cues(cue::kDateMetAtBy);
  static const WordTable& kByDate = Cues(cue::kDateMetAtByDate);
  if (kBy.Contains(t[i])) {
    for (size_t k = i + 1; k < t.size() && k <= i + 3; ++k) {
      if (kByDate.Contains(t[k])) return true;
      if (t[k].kind != Token::Kind::kWord) break;
    }
    return false;
  }
  if (!kMet.Contains(t[i])) return false;
  for (size_t k = i + 1; k < t.size() && k <= i + 5; ++k) {
    if (kDate.Contains(t[k])) {
      // "hit the date picker bug": the noun must end its phrase.
      static const WordTable& kNext = Cues(cue::kDateMetAtNext);
      return k + 1 >= t.size() || t[k + 1].kind != Token::Kind::kWord ||
             kNext.Contains(t[k + 1]);
    }
    if (t[k].kind != Token::Kind::kWord) return false;
  }
  return false;
}

// An amount within six words after a change verb that can be its size:
// "cut p95 by 40%", "fell to 11 a month", "saved 3 hours a day". An amount
// that says where, for whom or which ("improved reliability for 1000+
// services", "reduced errors in 3 clinics", "cut the ribbon for the 3 new
// wards") or who did it ("handled by 3 clerks") sizes nothing.
bool SizeAfter(const std::vector<Token>& t, const std::vector<bool>& qty, size_t i) {
  static const WordTable& kNotSize = Cues(cue::kChangeVerbsNotSize);
  static const WordTable& kShare = Cues(cue::kChangeByUnits);
  for (size_t j = i + 1; j < t.size() && j <= i + 6; ++j) {
    if (!qty[j]) continue;
    const Token& p = t[j - 1];
    if (j > i + 1 && kNotSize.Contains(p)) continue;
    if (j > i + 1 && Is(p, "by") && t[j].kind == Token::Kind::kNumber &&
        !(j + 1 < t.size() && (Is(t[j + 1], "%") || kShare.Contains(t[j + 1]) ||
                               Units().Contains(t[j + 1])))) {
      continue;
    }
    return true;
  }
  return false;
}

// "Reduced the time in the end-to-end process by 75%", "cut the time a
// nurse takes to find a bed by a third": a change's size after "by", past a
// long object, before the sentence stops. After "by" the amount must be a
// share, a unit or a fraction: "reduced the backlog handled by 3 clerks"
// names who. A word of approximation may stand before it ("by about 40%").
bool AmountByAfter(const std::vector<Token>& t, const std::vector<bool>& qty, size_t i) {
  static const WordTable& kShare = Cues(cue::kChangeByUnits);
  for (size_t j = i + 1; j + 1 < t.size() && j <= i + 16; ++j) {
    if (Stop(t[j])) return false;
    if (!Is(t[j], "by")) continue;
    size_t n = j + 1;
    // "by about 40%", "by roughly a third": the approximation leaves the size.
    static const WordTable& kApprox = Cues(cue::kChangeByApprox);
    if (n + 1 < t.size() && !qty[n] && kApprox.Contains(t[n])) {
      ++n;
      if (n + 1 < t.size() && !qty[n] && Is(t[n], "to")) ++n;  // "close to"
    }
    if (n >= t.size() || !qty[n]) continue;
    if (t[n].kind != Token::Kind::kNumber) return true;  // "by half", "by a third"
    if (n + 1 < t.size() &&
        (Is(t[n + 1], "%") || kShare.Contains(t[n + 1]) || Units().Contains(t[n + 1]))) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<Span> FindComparisons(std::string_view text) {
  return FindComparisons(text, Tokenize(text));
}

std::vector<Span> FindComparisons(std::string_view text, const std::vector<Token>& t) {
  return FindComparisons(text, t, QuantityMarks(t));
}

std::vector<Span> FindComparisons(std::string_view text, const std::vector<Token>& t,
                                  const std::vector<bool>& qty) {
  auto quantity_near = [&](size_t i, int before, int after) {
    size_t lo = i >= static_cast<size_t>(before) ? i - before : 0;
    size_t hi = std::min(t.size(), i + after + 1);
    for (size_t k = lo; k < hi; ++k) {
      if (k != i && qty[k]) return true;
    }
    return false;
  };
  static const WordTable& kArrows = Cues(cue::kArrows);
  static const WordTable& kTimes = Cues(cue::kTimesMarks);
  static const WordTable& kEarlier = Cues(cue::kFromBaselineEarlier);
  static const WordTable& kWas = Cues(cue::kWasNowWas);
  std::vector<Span> out;
  for (size_t i = 0; i < t.size(); ++i) {
    const Token& k = t[i];
    bool hit = false;
    size_t end = i;
    if (MeasuredChangeAt(t, qty, i) || OffScheduleAt(t, qty, i) || DateMetAt(t, i) ||
        DifferenceAt(t, qty, i)) {
      hit = true;
    } else if (kArrows.Contains(k)) {
      // "1.8 s -> 280 ms"
      hit = quantity_near(i, 4, 4);
    } else if (k.kind == Token::Kind::kNumber && i + 1 < t.size() &&
               kTimes.Contains(t[i + 1]) &&
               !(i + 2 < t.size() && t[i + 2].kind == Token::Kind::kNumber)) {
      // "3x faster", "2 times the throughput"; not "3 x 2-vCPU instances",
      // a count of things.
      hit = true;
      end = i + 1;
    } else if (k.kind == Token::Kind::kNumber && !k.norm.empty() &&
               k.norm.back() == 'x' && k.norm.size() > 1 &&
               isdigit(static_cast<unsigned char>(k.norm[k.norm.size() - 2]))) {
      hit = true;  // "3x", "1.7x"
    } else if ((Is(k, "x")) && i + 1 < t.size() &&
               t[i + 1].kind == Token::Kind::kNumber && Adjacent(k, t[i + 1])) {
      hit = true;  // "x2" written with a times sign
      end = i + 1;
    } else if ((Is(k, "-") || Is(k, "+")) && i + 1 < t.size() &&
               t[i + 1].kind == Token::Kind::kNumber && Adjacent(k, t[i + 1]) &&
               (i == 0 || !Adjacent(t[i - 1], k) ||
                t[i - 1].kind == Token::Kind::kSymbol)) {
      // "-84%", "(+12%)"; not the "2-3" of a range.
      hit = i + 2 < t.size() && Is(t[i + 2], "%");
      end = i + 1;
    } else if (Is(k, "to") && i > 0 &&
               (quantity_near(i, 1, 3) || ElidedUnitAfter(text, t, i))) {
      // "from 14% to 0.3%", "from two days to 40 minutes", "from weekly to
      // daily"; "from five signatures to one", the unit left out after "to"
      // and the amount told before it.
      bool near = quantity_near(i, 1, 3);
      size_t lo = i >= 12 ? i - 12 : 0;
      for (size_t j = i; j-- > lo;) {
        if (Stop(t[j])) break;
        if (!near && qty[j]) near = true;
        if (Is(t[j], "from")) {
          hit = near;
          break;
        }
      }
    } else if (Is(k, "from") && i > 0 && quantity_near(i, 0, 3)) {
      // "went to zero from twelve": the baseline told last; "18% after a
      // month, from zero before".
      size_t lo = i >= 6 ? i - 6 : 0;
      for (size_t j = i; j-- > lo;) {
        if (Stop(t[j])) break;
        if (Is(t[j], "to") && quantity_near(j, 0, 2)) {
          hit = true;
          break;
        }
      }
      for (size_t j = i + 1; !hit && j < t.size() && j <= i + 4; ++j) {
        if (kEarlier.Contains(t[j])) hit = true;
      }
    } else if (SelfComparisons().Contains(k)) {
      hit = true;  // "throughput doubled", "an order of magnitude faster"
    } else if (ChangeVerbs().Contains(k) && (SizeAfter(t, qty, i) || AmountByAfter(t, qty, i))) {
      // "cut p95 by 40%", "fell to 11 a month" (an implied baseline)
      hit = true;
    } else if (ChangeWords().Contains(k) && quantity_near(i, 0, 2) &&
               !(i + 1 < t.size() && Is(t[i + 1], "than") &&
                 CountComparative(k))) {
      // "down 42%", "up 3x", "faster by 2 s"; not "more than 300 users"
      hit = true;
    } else if (BaselineWords().Contains(k) &&
               (AfterOnly().Contains(k) ? quantity_near(i, 0, 4) || UnitAfter(t, i, 4)
                                        : quantity_near(i, 6, 6)) &&
               !(Is(k, "than") && i > 0 && CountComparative(t[i - 1]))) {
      hit = true;
    } else if (kWas.Contains(k) && i + 2 < t.size() &&
               quantity_near(i, 0, 3)) {
      // "was 40 minutes, now 5"; "p99 1.2 s (was 3 s)", the past value in
      // brackets after the new one.
      hit = i > 0 && Is(t[i - 1], "(") && quantity_near(i, 0, 2);
      for (size_t j = i + 1; j < std::min(t.size(), i + 10); ++j) {
        if (Is(t[j], "now")) hit = true;
      }
    } else if (Is(k, "used") && i + 2 < t.size() && Is(t[i + 1], "to") &&
               quantity_near(i + 1, 0, 3)) {
      // "the queue, which used to be 2,000 items, is now under 100"
      hit = true;
      end = i + 1;
    }
    if (hit) out.push_back(MakeSpan(text, t, i, end));
  }
  return out;
}

}  // namespace starbank
