// effort-over-outcome: hours and effort are celebrated instead of results.
#include <fmt/format.h>

#include "rules.h"

namespace starbank {
namespace {

class EffortOverOutcome : public Rule {
 public:
  EffortOverOutcome()
      : Rule(msg::kEffortOverOutcome, Severity::kWarning) {}

  void Check(RuleContext& ctx) const override {
    for (const Found& f : ctx.analysis.effort_phrases) {
      ctx.Report(ctx.Locate(ctx.story.part(f.part), f.span.offset),
                 Format(msg::kEffortOverOutcomeCelebrates, f.span.text));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeEffortOverOutcome() { return std::make_unique<EffortOverOutcome>(); }

}  // namespace starbank
