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
extern const char* const kVerbLemmas[];
extern const size_t kVerbLemmaCount;
extern const char* const kVerbForms[][2];
extern const size_t kVerbFormCount;
}  // namespace wordnet

namespace {

bool Less(const char* a, std::string_view b) { return std::string_view(a) < b; }

// The base of an irregular form ("wrote" -> "write"), or nullptr.
const char* IrregularBase(std::string_view word) {
  const auto* begin = wordnet::kVerbForms;
  const auto* end = begin + wordnet::kVerbFormCount;
  const auto* it = std::lower_bound(begin, end, word,
                                    [](const char* const(&e)[2], std::string_view w) {
                                      return std::string_view(e[0]) < w;
                                    });
  return it != end && std::string_view((*it)[0]) == word ? (*it)[1] : nullptr;
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
  const char* const* begin = wordnet::kVerbLemmas;
  const char* const* end = begin + wordnet::kVerbLemmaCount;
  const char* const* it = std::lower_bound(begin, end, word, Less);
  return it != end && std::string_view(*it) == word;
}

// Irregular verbs whose past is their base form; WordNet's exception list
// leaves them out, since morphy needs no rule for them. Read as past, the
// tense stories are told in: "the warehouse hit a ceiling", "finance cut it".
bool SameFormPast(std::string_view w) {
  static const WordTable& kWords = Cues("same-form-past");
  return kWords.Contains(w);
}

namespace {

// The uncached work: binary searches over WordNet's lists and morphy's
// suffix rules, a few string copies.
VerbForm Classify(std::string_view w, std::string* lemma);

struct Cached {
  VerbForm form;
  std::string lemma;
};

}  // namespace

// Stories reuse a few thousand words, and the clause reader asks about
// every token, so each thread remembers its answers in a direct-mapped
// table: a hit costs a hash and a compare, no allocation; a collision just
// replaces the slot, so hostile input cannot grow it.
VerbForm ClassifyVerb(std::string_view w, std::string* lemma) {
  constexpr size_t kSlots = 4096;  // a power of two
  thread_local std::vector<Cached> slots(kSlots);
  thread_local std::vector<std::string> words(kSlots);
  thread_local std::vector<bool> used(kSlots);
  uint32_t h = 2166136261u;  // FNV-1a, as HashWord
  for (unsigned char c : w) h = (h ^ c) * 16777619u;
  size_t i = (h ^ (h >> 15)) & (kSlots - 1);
  if (!used[i] || words[i] != w) {
    words[i].assign(w.data(), w.size());
    slots[i].lemma.clear();
    slots[i].form = Classify(w, &slots[i].lemma);
    used[i] = true;
  }
  if (lemma != nullptr) *lemma = slots[i].lemma;
  return slots[i].form;
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

std::string VerbLemma(std::string_view word) {
  std::string lemma;
  ClassifyVerb(word, &lemma);
  return lemma;
}

}  // namespace starbank
