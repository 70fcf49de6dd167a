// Verb forms from WordNet's verb index and exception list (see lexicon.h).
#include "text/lexicon.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "text/cues.h"

namespace starbank {
namespace wordnet {
// Each list is one string of NUL-terminated words and offsets into it
// (cmake/wordnet.cmake).
extern const char kVerbLemmaText[];
extern const uint32_t kVerbLemmas[];
extern const size_t kVerbLemmaCount;
extern const char kVerbFormText[];
extern const uint32_t kVerbForms[][2];  // the form, then its base
extern const size_t kVerbFormCount;
}  // namespace wordnet

namespace {

std::string_view Lemma(uint32_t offset) { return wordnet::kVerbLemmaText + offset; }
std::string_view Form(uint32_t offset) { return wordnet::kVerbFormText + offset; }

// The base of an irregular form ("wrote" -> "write"), or nullptr.
const char* IrregularBase(std::string_view word) {
  const auto* begin = wordnet::kVerbForms;
  const auto* end = begin + wordnet::kVerbFormCount;
  const auto* it = std::lower_bound(
      begin, end, word,
      [](const uint32_t(&e)[2], std::string_view w) { return Form(e[0]) < w; });
  return it != end && Form((*it)[0]) == word ? wordnet::kVerbFormText + (*it)[1]
                                             : nullptr;
}

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

// WordNet's morphy for verbs: strip a suffix, maybe add an ending, and keep
// the first result that is a lemma. "slipped" -> "slipp" -> "slip" too.
std::string Detach(std::string_view w, std::string_view suffix) {
  static const struct {
    const char* suffix;
    const char* ending;
  } kRules[] = {{"ies", "y"}, {"es", "e"}, {"es", ""},   {"s", ""},  {"ied", "y"},
                {"ed", "e"},  {"ed", ""},  {"ing", "e"}, {"ing", ""}};
  for (const auto& r : kRules) {
    if (suffix != r.suffix) continue;
    if (!EndsWith(w, r.suffix)) continue;
    std::string stem(w.substr(0, w.size() - suffix.size()));
    std::string candidate = stem + r.ending;
    if (IsVerbLemma(candidate)) return candidate;
    size_t n = stem.size();
    if (*r.ending == '\0' && n >= 2 && stem[n - 1] == stem[n - 2] &&
        IsVerbLemma(stem.substr(0, n - 1))) {
      return stem.substr(0, n - 1);  // "shipped", "planning"
    }
  }
  return "";
}

}  // namespace

bool IsVerbLemma(std::string_view word) {
  const uint32_t* begin = wordnet::kVerbLemmas;
  const uint32_t* end = begin + wordnet::kVerbLemmaCount;
  const uint32_t* it = std::lower_bound(
      begin, end, word, [](uint32_t e, std::string_view w) { return Lemma(e) < w; });
  return it != end && Lemma(*it) == word;
}

// Irregular verbs whose past is their base form; WordNet's exception list
// leaves them out, since morphy needs no rule for them. Read as past, the
// tense stories are told in: "the warehouse hit a ceiling", "finance cut it".
bool SameFormPast(std::string_view w) {
  static const WordTable& kWords = Cues(cue::kSameFormPast);
  return kWords.Contains(w);
}

namespace {

// The uncached work: binary searches over WordNet's lists and morphy's
// suffix rules, a few string copies.
VerbForm Classify(std::string_view w, std::string* lemma);

struct Cached {
  std::string word;
  std::string lemma;
  VerbForm form = VerbForm::kNone;
  bool used = false;
};

}  // namespace

// Stories reuse a few thousand words, and the clause reader asks about
// every token, so each thread remembers its answers in a table of
// four-slot buckets: a hit costs a hash and a compare or two, no
// allocation; a full bucket just replaces a slot, so hostile input cannot
// grow it past kMaxSlots. It
// starts small (one story asks about a few hundred words, and a 4,096-slot
// table cost 288 KB of zeroed pages at start-up) and doubles, dropping its
// answers, whenever half its slots are taken.
namespace {

// The slot holding `w`'s answer (h: HashWord(w)), filled on a miss; valid
// until the next lookup on this thread. Slots come in buckets of four, so
// two words of a story that hash alike do not evict each other at every
// turn (direct-mapped, a quarter of the lookups of a generated bank
// missed); a full bucket gives up the slot the hash's high bits pick.
const Cached& Lookup(std::string_view w, uint32_t h) {
  constexpr size_t kMinSlots = 256, kMaxSlots = 4096;  // powers of two
  constexpr size_t kWays = 4;
  thread_local std::vector<Cached> slots(kMinSlots);
  thread_local size_t taken = 0;
  size_t base = ((h ^ (h >> 15)) & (slots.size() - 1)) & ~(kWays - 1);
  for (size_t k = 0; k < kWays; ++k) {
    const Cached& slot = slots[base + k];
    if (!slot.used) break;  // a bucket fills from its first slot
    if (slot.word == w) return slot;
  }
  size_t i = base;
  while (i < base + kWays && slots[i].used) ++i;
  if (i == base + kWays) {
    i = base + ((h >> 28) & (kWays - 1));  // the bucket is full: replace one
  } else if (++taken > slots.size() / 2 && slots.size() < kMaxSlots) {
    slots.assign(slots.size() * 2, Cached{});
    taken = 1;
    i = ((h ^ (h >> 15)) & (slots.size() - 1)) & ~(kWays - 1);
  }
  Cached& slot = slots[i];
  slot.word.assign(w.data(), w.size());
  slot.lemma.clear();
  slot.form = Classify(w, &slot.lemma);
  slot.used = true;
  return slot;
}

}  // namespace

VerbForm ClassifyVerb(std::string_view w, std::string* lemma) {
  const Cached& slot = Lookup(w, HashWord(w));
  if (lemma != nullptr) *lemma = slot.lemma;
  return slot.form;
}

VerbForm ClassifyVerb(const Token& t, std::string* lemma) {
  VerbMemo& memo = t.verb;
  if (memo.form >= 0) {
    if (lemma == nullptr) return static_cast<VerbForm>(memo.form);
    if (memo.lemma == VerbMemo::kLemmaEmpty) {
      lemma->clear();
      return static_cast<VerbForm>(memo.form);
    }
    if (memo.lemma == VerbMemo::kLemmaSelf) {
      lemma->assign(t.norm);
      return static_cast<VerbForm>(memo.form);
    }
  }
  // Tokens carry HashWord(norm); a token built by hand may have left it 0.
  const Cached& slot = Lookup(t.norm, t.hash != 0 ? t.hash : HashWord(t.norm));
  memo.form = static_cast<int8_t>(slot.form);
  memo.lemma = slot.lemma.empty()   ? VerbMemo::kLemmaEmpty
               : slot.lemma == t.norm ? VerbMemo::kLemmaSelf
                                      : VerbMemo::kLemmaOther;
  if (lemma != nullptr) *lemma = slot.lemma;
  return slot.form;
}

namespace {

VerbForm Classify(std::string_view w, std::string* lemma) {
  std::string found;
  VerbForm form = VerbForm::kNone;
  if (SameFormPast(w)) {
    found = std::string(w);
    form = VerbForm::kPast;
  } else if (const char* base = IrregularBase(w)) {
    found = base;
    form = EndsWith(w, "ing")                          ? VerbForm::kGerund
           : EndsWith(w, "s") && !EndsWith(found, "s") ? VerbForm::kThird
                                                       : VerbForm::kPast;
  } else if (EndsWith(w, "ing")) {
    found = Detach(w, "ing");
    if (!found.empty()) form = VerbForm::kGerund;
  } else if (EndsWith(w, "ed")) {
    found = Detach(w, "ied");
    if (found.empty()) found = Detach(w, "ed");
    // An -ed word WordNet lacks is still most likely a past tense.
    if (!found.empty() || w.size() >= 5) form = VerbForm::kPast;
  } else if (IsVerbLemma(w)) {
    found = std::string(w);
    form = VerbForm::kBase;
  } else if (EndsWith(w, "s")) {
    found = Detach(w, "ies");
    if (found.empty()) found = Detach(w, "es");
    if (found.empty()) found = Detach(w, "s");
    if (!found.empty()) form = VerbForm::kThird;
  }
  if (lemma != nullptr) *lemma = found;
  return form;
}

}  // namespace

std::string VerbLemma(const Token& t) {
  std::string lemma;
  ClassifyVerb(t, &lemma);
  return lemma;
}

std::string VerbLemma(std::string_view word) {
  std::string lemma;
  ClassifyVerb(word, &lemma);
  return lemma;
}

}  // namespace starbank
