// The embedded cue lexicon (cues.h), read in place from the constant data
// the build packed (text/cue_data.h, written by src/tools/pack_lexicon.cc).
// Tables and phrase words are used as they lie; the lists of strings a few
// callers ask for (CueWords, CuePhrases, CueFamilies) are copied out on
// first use and kept for the life of the process, never freed.
#include "text/cues.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <mutex>

#include "text/cue_data.h"

namespace starbank {

namespace {

std::string_view View(const cue_data::Str& s) {
  return std::string_view(cue_data::kText + s.offset, s.size);
}

std::vector<std::string> Strings(uint32_t first, uint32_t count) {
  std::vector<std::string> out;
  out.reserve(count);
  for (uint32_t k = 0; k < count; ++k) out.emplace_back(View(cue_data::kStrs[first + k]));
  return out;
}

// The number of the family called `name`; aborts on an unknown name (a
// programming error: code names families by their cue:: constant).
int Number(std::string_view name) {
  const uint16_t* begin = cue_data::kByName;
  const uint16_t* end = begin + cue::kFamilyCount;
  const uint16_t* it = std::lower_bound(begin, end, name, [](uint16_t f, std::string_view n) {
    return View(cue_data::kFamilies[f].name) < n;
  });
  if (it == end || View(cue_data::kFamilies[*it].name) != name) {
    std::fprintf(stderr, "starbank: no cue family '%.*s' in data/lexicon\n",
                 static_cast<int>(name.size()), name.data());
    std::abort();
  }
  return *it;
}

// A family's words or phrases as strings, copied out once per family on
// first use (thread-safe) and never freed.
const std::vector<std::string>& Listed(int family, bool phrases) {
  static std::once_flag once[2][cue::kFamilyCount];
  static const std::vector<std::string>* lists[2][cue::kFamilyCount];
  std::call_once(once[phrases][family], [family, phrases] {
    const cue_data::Family& f = cue_data::kFamilies[family];
    lists[phrases][family] = new std::vector<std::string>(
        phrases ? Strings(f.phrases, f.phrase_count) : Strings(f.words, f.word_count));
  });
  return *lists[phrases][family];
}

}  // namespace

const std::vector<CueFamily>& CueFamilies() {
  // Built once for the tools that walk every family (`rules --explain`);
  // never freed.
  static const std::vector<CueFamily>* all = [] {
    auto* out = new std::vector<CueFamily>(cue::kFamilyCount);
    for (int k = 0; k < cue::kFamilyCount; ++k) {
      const cue_data::Family& f = cue_data::kFamilies[k];
      CueFamily& c = (*out)[static_cast<size_t>(k)];
      c.name = std::string(View(f.name));
      c.file = std::string(View(f.file));
      c.line = static_cast<int>(f.line);
      c.why = std::string(View(f.why));
      c.rules = Strings(f.rules, f.rule_count);
      c.used_by = std::string(View(f.used_by));
      c.words = Strings(f.words, f.word_count);
      c.phrases = Strings(f.phrases, f.phrase_count);
    }
    return out;
  }();
  return *all;
}

const WordTable& Cues(cue::Words family) { return cue_data::kTables[family]; }

const std::vector<std::string>& CueWords(cue::Words family) { return Listed(family, false); }

const std::vector<std::string>& CuePhrases(cue::Phrases family) { return Listed(family, true); }

const WordTable& Cues(std::string_view name) { return cue_data::kTables[Number(name)]; }

const std::vector<std::string>& CueWords(std::string_view name) {
  return Listed(Number(name), false);
}

const std::vector<std::string>& CuePhrases(std::string_view name) {
  return Listed(Number(name), true);
}

PhraseMatcher CuePhraseMatcher(std::initializer_list<cue::Phrases> families) {
  std::vector<uint16_t> sources(families.begin(), families.end());
  return PhraseMatcher::Packed(cue_data::kPhraseIndex, sources);
}

}  // namespace starbank
