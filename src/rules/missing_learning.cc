// missing-learning: no lesson or mechanism carried forward (STAR-L).
#include "rules.h"

namespace starbank {
namespace {

class MissingLearning : public Rule {
 public:
  MissingLearning()
      : Rule("missing-learning", Severity::kInfo, "the story has no learning") {}

  void Check(RuleContext& ctx) const override {
    const Section& learning = ctx.story.part(Part::kLearning);
    if (learning.invalid || !learning.empty()) return;
    ctx.Report(learning.present ? learning.key : ctx.story.mark,
               "no learning; add one lesson or mechanism you carried forward, it "
               "answers \"what would you do differently?\"");
  }
};

}  // namespace

std::unique_ptr<Rule> MakeMissingLearning() { return std::make_unique<MissingLearning>(); }

}  // namespace starbank
