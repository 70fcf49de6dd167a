// missing-learning: no lesson or mechanism carried forward (STAR-L).
#include "rules.h"

namespace starbank {
namespace {

class MissingLearning : public Rule {
 public:
  MissingLearning()
      : Rule(msg::kMissingLearning, Severity::kInfo) {}

  void Check(RuleContext& ctx) const override {
    const Section& learning = ctx.story.part(Part::kLearning);
    if (learning.invalid || !learning.empty()) return;
    ctx.Report(learning.present ? learning.key : ctx.story.mark,
               Format(msg::kMissingLearningNone));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeMissingLearning() { return std::make_unique<MissingLearning>(); }

}  // namespace starbank
