// Score: a deterministic 0-100 grade of one story, by dimension.
//
// The rubric (docs/scoring.md) is a cost table read the way a bar-raiser
// reads a story: each dimension starts full and each defect found takes its
// cost from it. A defect that fails a story in an interview (no number, praise
// for a result, "we", over the time limit, a missing section) costs 20-25.
#ifndef STARBANK_SCORE_H_
#define STARBANK_SCORE_H_

namespace starbank {

struct Story;
struct StoryAnalysis;
struct LintOptions;

struct Dimensions {
  static constexpr int kQuantifiedMax = 25;
  static constexpr int kOwnershipMax = 20;
  static constexpr int kSetbackMax = 10;
  static constexpr int kLengthMax = 25;
  static constexpr int kStructureMax = 20;

  int quantified = 0;  ///< 0-25: numbers in the result, a baseline, no vague praise.
  int ownership = 0;   ///< 0-20: "I" against "we" in the action.
  int setback = 0;     ///< 0-10: an obstacle named and handled.
  int length = 0;      ///< 0-25: spoken time in range, short setup.
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
