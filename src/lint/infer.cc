// Principle inference: BM25 over stemmed story text against each principle's
// signals. docs/bank-views.md explains the method and its constants.
#include "lint/infer.h"

#include <algorithm>
#include <atomic>
#include <cmath>
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
constexpr double kPhraseWeight = 1.5;   // Extra weight per extra phrase word.
constexpr double kPromptWeight = 0.25;  // Catalog prompt words count this much.
constexpr double kBackoffWeight = 0.3;  // A word of a phrase signal, alone.
constexpr double kScale = 12.0;         // fit = 1 - exp(-score / kScale).

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
std::vector<std::pair<std::string_view, double>> InferenceText(const Story& s) {
  std::vector<std::pair<std::string_view, double>> parts = {
      {s.title.text, 2.0},
      {s.part(Part::kSituation).text, 1.0},
      {s.part(Part::kTask).text, 1.0},
      {s.part(Part::kAction).text, 1.0},
      {s.part(Part::kResult).text, 1.0},
      {s.part(Part::kLearning).text, 0.5},
      {s.tradeoffs.text, 0.5},
  };
  for (const Followup& f : s.followups) parts.emplace_back(f.answer, 0.5);
  return parts;
}

}  // namespace

std::vector<std::string> StemTokens(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) {
    if (t.kind == Token::Kind::kSymbol) continue;
    std::string word = t.norm;
    if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) {
      word.resize(word.size() - 2);
    }
    size_t start = 0;
    while (start <= word.size()) {
      size_t dash = word.find('-', start);
      if (dash == std::string::npos) dash = word.size();
      if (dash > start) out.push_back(Stem(word.substr(start, dash - start)));
      start = dash + 1;
    }
  }
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
  /// Per stem number, the (principle, term) pairs whose first stem it is.
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> starts;
};

namespace {

// The stem number of each word a thread has read, for one table: -1 for a
// word whose stem no term uses. Bounded, so a bank of many distinct words
// cannot grow it without end.
struct WordCache {
  uint64_t generation = 0;
  std::unordered_map<std::string, int> ids;
};
constexpr size_t kWordCacheLimit = 1 << 16;

std::atomic<uint64_t> next_generation{1};

// Stem numbers of `text`'s words, as StemTokens splits them, appended to `out`.
void StemIds(std::string_view text, const std::unordered_map<std::string, int>& stem_ids,
             WordCache* cache, std::vector<int>* out) {
  for (const Token& t : Tokenize(text)) {
    if (t.kind == Token::Kind::kSymbol) continue;
    std::string_view word = t.norm;
    if (word.size() > 2 && word.substr(word.size() - 2) == "'s") {
      word.remove_suffix(2);
    }
    size_t start = 0;
    while (start <= word.size()) {
      size_t dash = word.find('-', start);
      if (dash == std::string_view::npos) dash = word.size();
      if (dash > start) {
        // One buffer per thread for the look-up: a word seen before costs
        // a hash and a compare, no allocation.
        thread_local std::string piece;
        piece.assign(word.substr(start, dash - start));
        auto it = cache->ids.find(piece);
        if (it == cache->ids.end()) {
          if (cache->ids.size() >= kWordCacheLimit) cache->ids.clear();
          auto known = stem_ids.find(Stem(piece));
          int id = known == stem_ids.end() ? -1 : known->second;
          it = cache->ids.emplace(piece, id).first;
        }
        out->push_back(it->second);
      }
      start = dash + 1;
    }
  }
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
      double phrase = 1.0 + kPhraseWeight * static_cast<double>(stems.size() - 1);
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
  table->starts.resize(table->stem_ids.size());
  for (size_t i = 0; i < table->terms.size(); ++i) {
    table->first_term.push_back(table->term_count);
    table->term_count += table->terms[i].size();
    for (size_t k = 0; k < table->terms[i].size(); ++k) {
      table->starts[static_cast<size_t>(table->terms[i][k].stems[0])].emplace_back(
          static_cast<uint32_t>(i), static_cast<uint32_t>(k));
    }
  }
  return table;
}

std::vector<double> SignalIndex::RawScores(const Story& story) const {
  const Table& t = *table_;
  thread_local WordCache cache;
  if (cache.generation != t.generation) {
    cache.ids.clear();
    cache.generation = t.generation;
  }
  // Each part's words as stem numbers, and each term's weighted count. The
  // counts live per thread and only the entries a story touched are reset,
  // so a story does not pay to clear every term of the catalog.
  thread_local std::vector<int> ids;
  thread_local std::vector<double> tf;
  thread_local std::vector<size_t> seen;  // flat numbers of the terms found
  if (tf.size() != t.term_count) tf.assign(t.term_count, 0.0);
  seen.clear();
  double words = 0;
  for (const auto& [text, weight] : InferenceText(story)) {
    if (text.empty()) continue;
    ids.clear();
    StemIds(text, t.stem_ids, &cache, &ids);
    words += static_cast<double>(ids.size());
    for (size_t i = 0; i < ids.size(); ++i) {
      if (ids[i] < 0) continue;
      for (auto [p, k] : t.starts[static_cast<size_t>(ids[i])]) {
        const std::vector<int>& stems = t.terms[p][k].stems;
        if (i + stems.size() > ids.size() ||
            !std::equal(stems.begin() + 1, stems.end(), ids.begin() + i + 1)) {
          continue;
        }
        size_t flat = t.first_term[p] + k;
        if (tf[flat] == 0) seen.push_back(flat);
        tf[flat] += weight;
      }
    }
  }
  // Summed in catalog and term order, as the terms were built.
  std::sort(seen.begin(), seen.end());
  const double norm = 1.0 - kB + kB * words / kAverageWords;
  std::vector<double> scores(t.terms.size(), 0.0);
  size_t p = 0;
  for (size_t flat : seen) {
    while (p + 1 < t.terms.size() && t.first_term[p + 1] <= flat) ++p;
    const Term& term = t.terms[p][flat - t.first_term[p]];
    scores[p] += term.weight * tf[flat] * (kK1 + 1) / (tf[flat] + kK1 * norm);
    tf[flat] = 0;
  }
  return scores;
}

std::vector<float> SignalIndex::Fit(const Story& story) const {
  std::vector<float> fit;
  for (double s : RawScores(story)) {
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
