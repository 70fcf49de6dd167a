// Principle inference: BM25 over stemmed story text against each principle's
// signals. docs/bank-views.md explains the method and its constants.
#include "lint/infer.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "starbank/catalog.h"
#include "starbank/story.h"
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
    static const char* const kWords[] = {
        "a",     "about", "after", "all",   "an",    "and",   "any",      "are",
        "as",    "at",    "be",    "been",  "but",   "by",    "can",      "could",
        "describe", "did", "do",   "does",  "example", "for", "from",     "give",
        "had",   "has",   "have",  "how",   "i",     "if",    "in",       "into",
        "is",    "it",    "its",   "me",    "more",  "most",  "my",       "not",
        "of",    "on",    "or",    "other", "our",   "out",   "so",       "something",
        "than",  "that",  "the",   "their", "them",  "then",  "there",    "they",
        "this",  "time",  "to",    "tell",  "up",    "us",    "was",      "we",
        "were",  "what",  "when",  "where", "which", "who",   "why",      "with",
        "would", "you",   "your",  "it's",  "i'd",   "i'm",   "i've",     "work",
        "team",  "made",  "making", "get",  "got",   "one",   "two",      "way",
        "will",  "also",  "just",  "own",
    };
    std::unordered_set<std::string> stems;
    for (const char* w : kWords) stems.insert(Stem(w));
    return stems;
  }();
  return kStop.count(stem) > 0;
}

namespace {

// One part of a story's text, with each stem's positions for fast lookup.
struct IndexedPart {
  std::vector<std::string> tokens;
  std::unordered_map<std::string, std::vector<size_t>> positions;
  double weight = 1;
};

// Occurrences of `phrase` as consecutive stems in `part`.
int CountPhrase(const IndexedPart& part, const std::vector<std::string>& phrase) {
  if (phrase.empty()) return 0;
  auto it = part.positions.find(phrase[0]);
  if (it == part.positions.end()) return 0;
  int n = 0;
  for (size_t start : it->second) {
    if (start + phrase.size() > part.tokens.size()) continue;
    if (std::equal(phrase.begin() + 1, phrase.end(), part.tokens.begin() + start + 1))
      ++n;
  }
  return n;
}

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
  static std::map<std::string, std::shared_ptr<const Terms>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(key);
  if (it == cache.end()) {
    if (cache.size() >= 8) cache.clear();  // Bounded: tests parse many catalogs.
    it = cache.emplace(std::move(key), std::make_shared<const Terms>(Build(catalog)))
             .first;
  }
  terms_ = it->second;
}

SignalIndex::Terms SignalIndex::Build(const Catalog& catalog) {
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
  Terms terms(principles.size());
  for (size_t i = 0; i < principles.size(); ++i) {
    for (const auto& stems : signals[i]) {
      double phrase = 1.0 + kPhraseWeight * static_cast<double>(stems.size() - 1);
      terms[i].push_back(Term{stems, phrase * idf(stems)});
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
      terms[i].push_back(Term{{w}, weight * idf({w})});
    }
  }
  return terms;
}

std::vector<double> SignalIndex::RawScores(const Story& story) const {
  std::vector<IndexedPart> parts;
  double words = 0;
  for (const auto& [text, weight] : InferenceText(story)) {
    if (text.empty()) continue;
    IndexedPart part;
    part.tokens = StemTokens(text);
    part.weight = weight;
    for (size_t i = 0; i < part.tokens.size(); ++i)
      part.positions[part.tokens[i]].push_back(i);
    words += static_cast<double>(part.tokens.size());
    parts.push_back(std::move(part));
  }
  const double norm = 1.0 - kB + kB * words / kAverageWords;
  std::vector<double> scores(terms_->size(), 0.0);
  for (size_t i = 0; i < terms_->size(); ++i) {
    for (const Term& term : (*terms_)[i]) {
      double tf = 0;
      for (const IndexedPart& part : parts)
        tf += part.weight * CountPhrase(part, term.stems);
      if (tf <= 0) continue;
      scores[i] += term.weight * tf * (kK1 + 1) / (tf + kK1 * norm);
    }
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
