// Score: a deterministic 0-100 grade of one story, by dimension.
//
// The rubric (docs/scoring.md) follows what interviewers mark: a measured
// result (30), ownership (20), a setback overcome (15), length and balance
// (15), and structure and learning (20).
#ifndef STARBANK_SCORE_H_
#define STARBANK_SCORE_H_

namespace starbank {

struct Story;
struct StoryAnalysis;
struct LintOptions;

struct Dimensions {
  int quantified = 0;  ///< 0-30: numbers in the result, a baseline, no vague praise.
  int ownership = 0;   ///< 0-20: "I" against "we" in the action.
  int setback = 0;     ///< 0-15: an obstacle named and handled.
  int length = 0;      ///< 0-15: spoken time in range, short setup.
  int structure = 0;   ///< 0-20: every section, learning, outcome over effort.

  int Total() const { return quantified + ownership + setback + length + structure; }
};

/// Scores one story from its analysis.
Dimensions ScoreStory(const Story& story, const StoryAnalysis& analysis,
                      const LintOptions& options);

/// Lowers the structure dimension of a story the bank already holds a copy of.
void PenalizeDuplicate(Dimensions* d);
/// The points PenalizeDuplicate takes from a story whose structure
/// dimension is `structure`, for callers that keep only score and structure.
int DuplicatePenalty(int structure);

}  // namespace starbank

#endif  // STARBANK_SCORE_H_
