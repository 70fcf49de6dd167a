// Inference: how well a story's text fits each principle of a catalog,
// judged from the words alone, as if the story had no tags.
//
// A SignalIndex is built once from a catalog's `signals` (plus its prompts,
// at a low weight) and is then read-only, so one index serves every thread.
// Building numbers every stem the catalog uses once and keeps, per stem, the
// terms that start with it; each thread caches the number of each word it has
// stemmed, so scoring a story stems a word once per thread, not once per
// story, and visits only the terms its words can start. A word's one-stem
// terms share one count per story; only phrases are matched where the word
// stands. Lint hands over the tokens its analysis made of the story, so the
// spoken parts are not tokenized again.
// Scoring is BM25 over stemmed tokens, with multi-word signals matched as
// phrases and weighted up, plus the question words of the story's own
// prompts; docs/bank-views.md gives the formula. Fits are in
// [0, 1), comparable across stories and principles.
#ifndef STARBANK_LINT_INFER_H_
#define STARBANK_LINT_INFER_H_

#include <cmath>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace starbank {

class Catalog;
struct Principle;
struct Story;
struct Token;

/// A fit at or above this suggests an untagged story could answer the
/// principle ("could also fit" in `map --principle`, eligibility in `plan`).
constexpr double kCouldFitThreshold = 0.6;

/// The catalog's signals, stemmed and weighted, ready to score stories.
class SignalIndex {
 public:
  /// Indexes every principle of `catalog`. The index keeps what it needs, so
  /// the catalog need not outlive it. Building is shared: indexes of catalogs
  /// with the same signals and prompts reuse one immutable table, so making a
  /// SignalIndex per story is cheap.
  explicit SignalIndex(const Catalog& catalog);

  /// Fit of `story` to each catalog principle, in catalog order, in [0, 1).
  /// The story's text and its `prompts` (the questions it is filed under)
  /// are read; its `principles` are not.
  std::vector<float> Fit(const Story& story) const;

  /// The same fits, from the tokens the caller already has of the story's
  /// spoken parts: `part_tokens[i]` is Tokenize(story.parts[i].text), for
  /// each of the kPartCount parts (StoryAnalysis::tokens). Those parts are
  /// not tokenized again; the title, tradeoffs and follow-ups still are.
  std::vector<float> Fit(const Story& story, const std::vector<Token>* part_tokens) const;

  /// Raw BM25 sums before squashing to [0, 1), in catalog order (for tests
  /// and for tuning).
  std::vector<double> RawScores(const Story& story) const;
  /// As above, with the parts' tokens at hand (see Fit).
  std::vector<double> RawScores(const Story& story, const std::vector<Token>* part_tokens) const;

  /// Number of principles indexed.
  size_t size() const;

 private:
  struct Table;
  static std::shared_ptr<const Table> Build(const Catalog& catalog);

  std::shared_ptr<const Table> table_;
};

/// `fit` rounded to three decimals, for output.
inline double RoundFit(double fit) { return std::round(fit * 1000) / 1000; }

/// One principle and how well a story fits it.
struct InferredFit {
  const Principle* principle = nullptr;
  double fit = 0;
};

/// Pairs `fit` (catalog order) with its principles, best first; ties keep
/// catalog order.
std::vector<InferredFit> RankFits(const Catalog& catalog, const std::vector<float>& fit);

/// True for a stem too common to carry meaning ("the", "time", "team", ...).
bool IsStopStem(const std::string& stem);

/// Words of `text` as the index sees them: lowercased, hyphenated words split,
/// each stemmed with Stem(); numbers kept, punctuation dropped.
std::vector<std::string> StemTokens(std::string_view text);

}  // namespace starbank

#endif  // STARBANK_LINT_INFER_H_
