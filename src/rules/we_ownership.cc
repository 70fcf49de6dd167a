// we-ownership: the action is told as "we" rather than "I".
#include <fmt/format.h>

#include "rules.h"
#include "starbank/lint.h"

namespace starbank {
namespace {

// An action this short may be a fragment; it is not judged for the passive.
constexpr int kPassiveWords = 15;

class WeOwnership : public Rule {
 public:
  WeOwnership()
      : Rule(msg::kWeOwnership, Severity::kWarning) {}

  void Check(RuleContext& ctx) const override {
    const StoryAnalysis& a = ctx.analysis;
    const Section& action = ctx.story.part(Part::kAction);
    if (action.empty()) return;
    if (a.collective < 1) {
      // No "we", and no clause where the speaker acts either: "the suite
      // was sharded, the images were cached" hides who acted as well as
      // "we" does. Notes and bullets that open with a verb are the
      // speaker's own ("Sharded the suite"), and never reach here.
      if (a.first_person == 0 && a.passive >= 2 &&
          a.words[static_cast<int>(Part::kAction)] >= kPassiveWords) {
        ctx.Report(action.value,
                   Format(msg::kWeOwnershipPassive,
                               a.passive, a.action_clauses));
      }
      return;
    }
    double ratio = ctx.options.OwnershipRatio();
    if (a.first_person >= ratio * a.collective) return;
    // "Told mostly as we" means mostly: with more than two clauses of the
    // speaker's for each "we" (under a third "we"), the action is the
    // speaker's whatever the level.
    if (a.first_person > 2 * a.collective) return;
    // One stray "we" next to no "I" at all still reads as the team's story;
    // below that, a lone "we" in an otherwise "I" action is fine.
    if (a.first_person > 0 && a.collective < 2) return;
    Mark at = a.collective_spans.empty()
                  ? action.value
                  : ctx.Locate(action, a.collective_spans[0].offset);
    ctx.Report(at, Format(msg::kWeOwnershipMostlyWe,
                               a.collective_spans.size(), a.first_person,
                               ctx.options.level, ratio));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeWeOwnership() { return std::make_unique<WeOwnership>(); }

}  // namespace starbank
