// Bank views: what a story bank covers, built from lint's StoryReports.
//
// Everything here is a pure function of a LintReport (linted with
// LintOptions::infer so that each StoryReport carries its inferred fits) and
// a Catalog. Views point into the report and the catalog, which must outlive
// them. Commands render the views; the library only renders the Markdown
// cheat sheet and the new-story template, as strings.
#ifndef STARBANK_VIEWS_BANK_H_
#define STARBANK_VIEWS_BANK_H_

#include <string>
#include <string_view>
#include <vector>

#include "starbank/lint.h"

namespace starbank {

class Catalog;
struct Principle;

/// A bank wants two stories per principle: a primary and a backup.
enum class Gap { kCovered, kNoBackup, kNoStory };

/// "covered", "no-backup" or "no-story".
const char* GapName(Gap gap);

/// Ranks stories best first: higher score, then shorter spoken time, then
/// file and line.
bool BetterStory(const StoryReport* a, const StoryReport* b);

/// The stories tagged with one principle.
struct Coverage {
  const Principle* principle = nullptr;
  std::vector<const StoryReport*> stories;  ///< Best first (BetterStory).

  const StoryReport* best() const { return stories.empty() ? nullptr : stories[0]; }
  Gap gap() const;
};

/// One Coverage per catalog principle, in catalog order.
std::vector<Coverage> CoverageOf(const LintReport& report, const Catalog& catalog);

/// An untagged story whose text suggests a principle.
struct CouldFit {
  const StoryReport* story = nullptr;
  double fit = 0;
};

/// `map --principle`: the tagged stories, then the untagged ones that fit.
struct PrincipleView {
  const Principle* principle = nullptr;
  std::vector<const StoryReport*> tagged;  ///< Best first (BetterStory).
  std::vector<CouldFit> could_fit;         ///< Fit >= threshold, best first.
};

/// The view of `principle`; untagged stories need an inferred fit of at
/// least `threshold` to be listed.
PrincipleView ViewPrinciple(const LintReport& report, const Catalog& catalog,
                            const Principle& principle, double threshold);

/// One catalog prompt and the stories that answer it.
struct PromptAnswers {
  const Principle* principle = nullptr;
  std::string prompt;
  std::vector<const StoryReport*> by_prompt;  ///< List this prompt under `prompts:`.
  std::vector<const StoryReport*>
      by_principle;  ///< Tagged with the principle (and not above).
  bool answered() const { return !by_prompt.empty() || !by_principle.empty(); }
};

/// A prompt from a story's `prompts:` that matches no catalog prompt.
struct OwnPrompt {
  std::string prompt;
  std::vector<const StoryReport*> stories;
};

struct PromptsView {
  std::vector<PromptAnswers> prompts;  ///< Catalog order.
  std::vector<OwnPrompt> own;          ///< In order of first appearance.
};

/// True when two prompts ask the same question: their content words (stemmed,
/// without stop words) overlap by at least 60% (Jaccard).
bool SamePrompt(std::string_view a, std::string_view b);

/// Maps catalog prompts to stories. With `only`, just that principle's
/// prompts (and no own prompts).
PromptsView MapPrompts(const LintReport& report, const Catalog& catalog,
                       const Principle* only);

/// A one-page Markdown cheat sheet: the best story per principle with its
/// lead result and time, the bank table, and the gaps.
std::string RenderCheatSheet(const LintReport& report, const Catalog& catalog);

/// Joins names with ", ", double-quoting any that holds a comma itself
/// ("Are Right, A Lot"), so the list reads unambiguously.
std::string JoinNames(const std::vector<std::string>& names);

}  // namespace starbank

#endif  // STARBANK_VIEWS_BANK_H_
