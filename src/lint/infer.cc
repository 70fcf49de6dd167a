// Principle inference: BM25 over stemmed story text against each principle's
// signals. docs/bank-views.md explains the method and its constants.
#include "lint/infer.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <climits>
#include <cstdint>
#include <map>
#include <mutex>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "starbank/catalog.h"
#include "starbank/story.h"
#include "text/cues.h"
#include "text/stem.h"
#include "text/tokens.h"

namespace starbank {
namespace {

constexpr double kK1 = 1.2;             // BM25 term-frequency saturation.
constexpr double kB = 0.5;              // BM25 length normalisation.
constexpr double kAverageWords = 230;   // A story of average length.
// A phrase of two or more words weighs 1 + kPhraseWeight times a word: a
// second word makes a signal specific ("root cause", "pushed back"), but a
// third or fourth does not make it more so. Long signals are as often the
// idioms a story uses for something else ("under the hood" of a migration,
// "single source of truth" of a dashboard, "brought it up" in a review)
// and, weighed by their length, one of them outweighed everything else the
// story said.
constexpr double kPhraseWeight = 1.5;
constexpr double kPromptWeight = 0.25;  // Catalog prompt words count this much.
constexpr double kBackoffWeight = 0.3;  // A word of a phrase signal, alone.
constexpr double kScale = 12.0;         // fit = 1 - exp(-score / kScale).
// The story's own `prompts:` (the questions it is filed under) are scored
// apart from its text, against each principle's question words: its
// one-word signals (weight 1) and the words of its phrase signals (0.5),
// less the words that frame a question ("your last project"). Each question
// word the prompts hold adds its weight times its IDF over the principles,
// times kQuestionWeight, to the text's BM25 sum. Apart, because the
// question's words are mostly in the text already, where BM25's saturation
// would make them count for little: "a time you disagreed" says which
// principle the story answers more plainly than one more "disagreed" in the
// action. The catalog's prompts are not question words: theirs are general
// ("someone", "plan", "decision") and lifted principles the question did
// not name.
constexpr double kQuestionWeight = 3.0;
constexpr double kQuestionPhraseWord = 0.5;

}  // namespace

// Words too common in any story, or in any prompt, to say anything. Listed
// as words and stemmed once, so the list follows the stemmer.
bool IsStopStem(const std::string& stem) {
  static const std::unordered_set<std::string> kStop = [] {
    std::unordered_set<std::string> stems;
    for (const std::string& w : CueWords("inference-stopwords")) stems.insert(Stem(w));
    return stems;
  }();
  return kStop.count(stem) > 0;
}

namespace {

// The text inference reads, with a weight per part: the title and the
// action say most about what a story shows; the learning is partly generic.
// `part`: the spoken part the text is (its index in Story::parts), or -1.
struct InferencePart {
  std::string_view text;
  double weight;
  int part;
};

std::vector<InferencePart> InferenceText(const Story& s) {
  auto spoken = [&](Part p, double weight) {
    return InferencePart{s.part(p).text, weight, static_cast<int>(p)};
  };
  std::vector<InferencePart> parts = {
      {s.title.text, 2.0, -1},
      spoken(Part::kSituation, 1.0),
      spoken(Part::kTask, 1.0),
      spoken(Part::kAction, 1.0),
      spoken(Part::kResult, 1.0),
      spoken(Part::kLearning, 0.5),
      {s.tradeoffs.text, 0.5, -1},
  };
  for (const Followup& f : s.followups) parts.push_back(InferencePart{f.answer, 0.5, -1});
  return parts;
}

}  // namespace

namespace {

// The stems of one token of Tokenize's, appended to `out`, as StemTokens
// reads it: a possessive dropped, a hyphenated word split.
void StemToken(const Token& t, std::vector<std::string>* out) {
  if (t.kind == Token::Kind::kSymbol) return;
  std::string word = t.norm;
  if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) {
    word.resize(word.size() - 2);
  }
  size_t start = 0;
  while (start <= word.size()) {
    size_t dash = word.find('-', start);
    if (dash == std::string::npos) dash = word.size();
    if (dash > start) out->push_back(Stem(word.substr(start, dash - start)));
    start = dash + 1;
  }
}

}  // namespace

std::vector<std::string> StemTokens(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) StemToken(t, &out);
  return out;
}

// A term: one stem or a phrase, as stem numbers, with its weight.
struct Term {
  std::vector<int> stems;
  double weight = 1;  ///< Phrase and source weight times IDF.
};

struct SignalIndex::Table {
  /// Tells one table from another for the per-thread word caches, even
  /// when a freed table's address is reused.
  uint64_t generation = 0;
  std::unordered_map<std::string, int> stem_ids;  ///< Every stem a term uses.
  std::vector<std::vector<Term>> terms;           ///< Per principle.
  std::vector<size_t> first_term;  ///< Flat number of each principle's first term.
  size_t term_count = 0;
  /// Per stem number, the flat numbers of the one-stem terms that are it:
  /// their counts are the stem's own, so a story counts the stem once per
  /// occurrence and hands its count to them at the end.
  std::vector<std::vector<uint32_t>> singles;
  /// Per stem number, the flat numbers of the phrases it starts, each
  /// checked where the stem occurs.
  std::vector<std::vector<uint32_t>> phrases;
  std::vector<const Term*> flat_terms;  ///< Each term, by flat number.
  /// Per question word, in the order of its stem's text, the principles it
  /// is a question word of, each with its weight times IDF (see
  /// kQuestionWeight). Every question word is a word of a signal, so it has
  /// a stem number.
  std::vector<std::vector<std::pair<uint32_t, double>>> question_words;
  /// Per stem number, its place in question_words, or -1. A story's
  /// question words are summed in that order, as they always were (by the
  /// stem's text), so a fit does not move in its last bit.
  std::vector<int> question_slot;
};

namespace {

// The stem number of each word a thread has read, for one table: -1 for a
// word whose stem no term uses. Open addressing over the words' FNV hashes
// (the hash Token::hash already holds), the words' bytes in one buffer: a
// word seen before costs a probe and a compare, no allocation and no
// hashing of a std::string. Bounded, so a bank of many distinct words
// cannot grow it without end.
class WordCache {
 public:
  uint64_t generation = 0;

  /// The cached stem number of `word`, whose HashWord is `hash`, or
  /// kMissing.
  static constexpr int kMissing = INT32_MIN;
  int Find(std::string_view word, uint32_t hash) const {
    if (slots_.empty()) return kMissing;
    size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.size == 0) return kMissing;
      if (s.hash == hash && s.size == word.size() && Same(bytes_.data() + s.at, word)) {
        return s.id;
      }
    }
  }

  void Put(std::string_view word, uint32_t hash, int id) {
    // An empty word is never looked up (a piece has a byte at least); a
    // huge one is not worth keeping.
    if (word.empty() || word.size() > kByteLimit / 16) return;
    if (count_ >= kLimit || bytes_.size() + word.size() > kByteLimit) Clear();
    if (2 * (count_ + 1) > slots_.size()) Grow();
    Place(Slot{hash, static_cast<uint32_t>(bytes_.size()), static_cast<uint32_t>(word.size()), id});
    bytes_.append(word);
    ++count_;
  }

  void Clear() {
    slots_.clear();
    bytes_.clear();
    count_ = 0;
  }

 private:
  struct Slot {
    uint32_t hash = 0;
    uint32_t at = 0;    // into bytes_
    uint32_t size = 0;  // 0: empty
    int id = 0;
  };
  static constexpr size_t kLimit = 1 << 16;       // words
  static constexpr size_t kByteLimit = 1 << 22;  // their bytes

  // Words are short: a loop beats a call to memcmp.
  static bool Same(const char* a, std::string_view b) {
    for (size_t i = 0; i < b.size(); ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }

  void Place(const Slot& slot) {
    size_t mask = slots_.size() - 1;
    size_t i = slot.hash & mask;
    while (slots_[i].size != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
  void Grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 1024 : 2 * old.size(), Slot{});
    for (const Slot& s : old) {
      if (s.size != 0) Place(s);
    }
  }

  std::vector<Slot> slots_;  // a power of two, at most half full
  std::string bytes_;
  size_t count_ = 0;
};

std::atomic<uint64_t> next_generation{1};

// Stem numbers of the words of `tokens` (Tokenize's of some text), as
// StemTokens splits them, appended to `out`.
void StemIds(const Token& t, const std::unordered_map<std::string, int>& stem_ids,
             WordCache* cache, std::vector<int>* out) {
  if (t.kind == Token::Kind::kSymbol) return;
  {
    std::string_view word = t.norm;
    const size_t n = word.size();
    if (n > 2 && word[n - 2] == '\'' && word[n - 1] == 's') word.remove_suffix(2);
    size_t start = 0;
    while (start <= word.size()) {
      size_t dash = start;
      while (dash < word.size() && word[dash] != '-') ++dash;
      if (dash > start) {
        std::string_view piece = word.substr(start, dash - start);
        // The token's own hash when the piece is the whole word.
        uint32_t hash = piece.size() == t.norm.size() ? t.hash : HashWord(piece);
        int id = cache->Find(piece, hash);
        if (id == WordCache::kMissing) {
          auto known = stem_ids.find(Stem(piece));
          id = known == stem_ids.end() ? -1 : known->second;
          cache->Put(piece, hash, id);
        }
        out->push_back(id);
      }
      start = dash + 1;
    }
  }
}

void StemIds(const std::vector<Token>& tokens,
             const std::unordered_map<std::string, int>& stem_ids, WordCache* cache,
             std::vector<int>* out) {
  for (const Token& t : tokens) StemIds(t, stem_ids, cache, out);
}

}  // namespace

SignalIndex::SignalIndex(const Catalog& catalog) {
  // Keyed by content, not address: a catalog freed and another parsed at
  // the same address must not reuse a stale table.
  std::string key;
  for (const Principle& p : catalog.principles()) {
    key += p.id + '\x1e';
    for (const std::string& s : p.signals) key += s + '\x1f';
    key += '\x1e';
    for (const std::string& s : p.prompts) key += s + '\x1f';
    key += '\x1d';
  }
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const Table>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(key);
  if (it == cache.end()) {
    if (cache.size() >= 8) cache.clear();  // Bounded: tests parse many catalogs.
    it = cache.emplace(std::move(key), Build(catalog)).first;
  }
  table_ = it->second;
}

size_t SignalIndex::size() const { return table_->terms.size(); }

std::shared_ptr<const SignalIndex::Table> SignalIndex::Build(const Catalog& catalog) {
  const auto& principles = catalog.principles();
  const double n = static_cast<double>(principles.size());
  // Each principle's signals as stem sequences, deduplicated.
  std::vector<std::set<std::vector<std::string>>> signals(principles.size());
  std::vector<std::set<std::string>> prompt_words(principles.size());
  std::map<std::vector<std::string>, int> df;  // principles naming a term
  for (size_t i = 0; i < principles.size(); ++i) {
    for (const std::string& s : principles[i].signals) {
      std::vector<std::string> stems = StemTokens(s);
      if (!stems.empty()) signals[i].insert(stems);
    }
    for (const std::string& p : principles[i].prompts) {
      for (std::string& w : StemTokens(p)) {
        if (!IsStopStem(w) && w.size() > 2) prompt_words[i].insert(w);
      }
    }
    std::set<std::vector<std::string>> terms = signals[i];
    for (const std::string& w : prompt_words[i]) terms.insert({w});
    for (const auto& stems : signals[i]) {
      for (const std::string& w : stems) terms.insert({w});
    }
    for (const auto& t : terms) ++df[t];
  }
  auto idf = [&](const std::vector<std::string>& t) {
    double d = df[t];
    return std::log(1.0 + (n - d + 0.5) / (d + 0.5));
  };
  auto table = std::make_shared<Table>();
  table->generation = next_generation++;
  auto number = [&](const std::vector<std::string>& stems) {
    std::vector<int> ids;
    for (const std::string& s : stems) {
      auto [it, added] =
          table->stem_ids.emplace(s, static_cast<int>(table->stem_ids.size()));
      ids.push_back(it->second);
    }
    return ids;
  };
  table->terms.resize(principles.size());
  for (size_t i = 0; i < principles.size(); ++i) {
    std::vector<Term>& terms = table->terms[i];
    for (const auto& stems : signals[i]) {
      double phrase = stems.size() > 1 ? 1.0 + kPhraseWeight : 1.0;
      terms.push_back(Term{number(stems), phrase * idf(stems)});
    }
    std::map<std::string, double> extra;  // single words, by weight
    for (const std::string& w : prompt_words[i]) extra[w] = kPromptWeight;
    for (const auto& stems : signals[i]) {
      if (stems.size() < 2) continue;
      for (const std::string& w : stems) {
        if (IsStopStem(w) || w.size() <= 2) continue;
        extra[w] = std::max(extra[w], kBackoffWeight);
      }
    }
    for (const auto& [w, weight] : extra) {
      if (signals[i].count({w})) continue;
      terms.push_back(Term{number({w}), weight * idf({w})});
    }
  }
  // Question words, each principle's bag with its IDF over the bags.
  static const std::unordered_set<std::string> kFraming = [] {
    std::unordered_set<std::string> stems;
    for (const std::string& w : CueWords("inference-question-framing")) stems.insert(Stem(w));
    return stems;
  }();
  std::vector<std::map<std::string, double>> bags(principles.size());
  std::map<std::string, int> bag_df;
  for (size_t i = 0; i < principles.size(); ++i) {
    std::map<std::string, double>& bag = bags[i];
    auto put = [&](const std::string& w, double weight) {
      if (IsStopStem(w) || w.size() <= 2 || kFraming.count(w) > 0) return;
      double& at = bag[w];
      at = std::max(at, weight);
    };
    for (const auto& stems : signals[i]) {
      for (const std::string& w : stems) put(w, stems.size() == 1 ? 1.0 : kQuestionPhraseWord);
    }
    for (const auto& entry : bag) ++bag_df[entry.first];
  }
  std::map<std::string, std::vector<std::pair<uint32_t, double>>> question_words;
  for (size_t i = 0; i < principles.size(); ++i) {
    for (const auto& [w, weight] : bags[i]) {
      double d = bag_df[w];
      question_words[w].emplace_back(static_cast<uint32_t>(i),
                                     weight * std::log(1.0 + (n - d + 0.5) / (d + 0.5)));
    }
  }
  table->question_slot.assign(table->stem_ids.size(), -1);
  for (auto& [w, entries] : question_words) {
    table->question_slot[static_cast<size_t>(table->stem_ids.at(w))] =
        static_cast<int>(table->question_words.size());
    table->question_words.push_back(std::move(entries));
  }
  table->singles.resize(table->stem_ids.size());
  table->phrases.resize(table->stem_ids.size());
  for (size_t i = 0; i < table->terms.size(); ++i) {
    table->first_term.push_back(table->term_count);
    for (const Term& term : table->terms[i]) {
      auto flat = static_cast<uint32_t>(table->term_count++);
      auto first = static_cast<size_t>(term.stems[0]);
      (term.stems.size() == 1 ? table->singles : table->phrases)[first].push_back(flat);
      table->flat_terms.push_back(&term);
    }
  }
  return table;
}

std::vector<double> SignalIndex::RawScores(const Story& story) const {
  return RawScores(story, nullptr);
}

std::vector<double> SignalIndex::RawScores(const Story& story,
                                           const std::vector<Token>* part_tokens) const {
  const Table& t = *table_;
  thread_local WordCache cache;
  if (cache.generation != t.generation) {
    cache.Clear();
    cache.generation = t.generation;
  }
  // Each part's words as stem numbers, and each term's weighted count. The
  // counts live per thread and only the entries a story touched are reset,
  // so a story does not pay to clear every term of the catalog.
  thread_local std::vector<int> ids;
  thread_local std::vector<double> tf;
  thread_local std::vector<size_t> seen;  // flat numbers of the terms found
  // Each stem's weighted count, for the one-stem terms: summed in the same
  // order as a term's own count would be, so the same double.
  thread_local std::vector<double> stem_tf;
  thread_local std::vector<int> stems_seen;
  if (tf.size() != t.term_count) tf.assign(t.term_count, 0.0);
  if (stem_tf.size() != t.singles.size()) stem_tf.assign(t.singles.size(), 0.0);
  seen.clear();
  stems_seen.clear();
  double words = 0;
  thread_local std::vector<Token> own;
  for (const InferencePart& part : InferenceText(story)) {
    if (part.text.empty()) continue;
    const double weight = part.weight;
    const std::vector<Token>* tokens = &own;
    if (part.part >= 0 && part_tokens != nullptr) {
      tokens = &part_tokens[part.part];
    } else {
      own = Tokenize(part.text);
    }
    ids.clear();
    StemIds(*tokens, t.stem_ids, &cache, &ids);
    words += static_cast<double>(ids.size());
    for (size_t i = 0; i < ids.size(); ++i) {
      if (ids[i] < 0) continue;
      auto id = static_cast<size_t>(ids[i]);
      if (!t.singles[id].empty()) {
        if (stem_tf[id] == 0) stems_seen.push_back(ids[i]);
        stem_tf[id] += weight;
      }
      for (uint32_t flat : t.phrases[id]) {
        const std::vector<int>& stems = t.flat_terms[flat]->stems;
        if (i + stems.size() > ids.size()) continue;
        // Phrases are two or three words: a loop, not a call to memcmp.
        size_t k = 1;
        while (k < stems.size() && stems[k] == ids[i + k]) ++k;
        if (k < stems.size()) continue;
        if (tf[flat] == 0) seen.push_back(flat);
        tf[flat] += weight;
      }
    }
  }
  for (int id : stems_seen) {
    for (uint32_t flat : t.singles[static_cast<size_t>(id)]) {
      seen.push_back(flat);
      tf[flat] = stem_tf[static_cast<size_t>(id)];
    }
    stem_tf[static_cast<size_t>(id)] = 0;
  }
  // Summed in catalog and term order, as the terms were built.
  std::sort(seen.begin(), seen.end());
  const double norm = 1.0 - kB + kB * words / kAverageWords;
  std::vector<double> scores(t.terms.size(), 0.0);
  size_t p = 0;
  for (size_t flat : seen) {
    while (p + 1 < t.terms.size() && t.first_term[p + 1] <= flat) ++p;
    const Term& term = *t.flat_terms[flat];
    scores[p] += term.weight * tf[flat] * (kK1 + 1) / (tf[flat] + kK1 * norm);
    tf[flat] = 0;
  }
  if (!story.prompts.empty()) {
    // Each distinct question word of all the prompts counts once; a word
    // whose written form frames the question ("most challenging") is read
    // before its stem could name a principle ("challenged"). The words go
    // through the thread's word cache, as the text's do: a prompt costs no
    // stemming once its words have been seen.
    static const WordTable& kFramingForms = Cues(cue::kInferenceQuestionFramingForms);
    ids.clear();
    for (const std::string& prompt : story.prompts) {
      for (const Token& token : Tokenize(prompt)) {
        if (!kFramingForms.Contains(token)) StemIds(token, t.stem_ids, &cache, &ids);
      }
    }
    thread_local std::vector<int> slots;
    slots.clear();
    for (int id : ids) {
      if (id >= 0 && t.question_slot[static_cast<size_t>(id)] >= 0) {
        slots.push_back(t.question_slot[static_cast<size_t>(id)]);
      }
    }
    std::sort(slots.begin(), slots.end());
    slots.erase(std::unique(slots.begin(), slots.end()), slots.end());
    for (int slot : slots) {
      for (const auto& [principle, weight] : t.question_words[static_cast<size_t>(slot)]) {
        scores[principle] += kQuestionWeight * weight;
      }
    }
  }
  return scores;
}

std::vector<float> SignalIndex::Fit(const Story& story) const { return Fit(story, nullptr); }

std::vector<float> SignalIndex::Fit(const Story& story,
                                    const std::vector<Token>* part_tokens) const {
  std::vector<float> fit;
  for (double s : RawScores(story, part_tokens)) {
    fit.push_back(static_cast<float>(1.0 - std::exp(-s / kScale)));
  }
  return fit;
}

std::vector<InferredFit> RankFits(const Catalog& catalog, const std::vector<float>& fit) {
  std::vector<InferredFit> out;
  const auto& principles = catalog.principles();
  for (size_t i = 0; i < principles.size() && i < fit.size(); ++i) {
    out.push_back(InferredFit{&principles[i], fit[i]});
  }
  std::stable_sort(
      out.begin(), out.end(),
      [](const InferredFit& a, const InferredFit& b) { return a.fit > b.fit; });
  return out;
}

}  // namespace starbank
