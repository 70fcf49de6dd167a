// long-setup: the situation and task eat the story.
#include <fmt/format.h>

#include <cmath>

#include "rules.h"
#include "starbank/lint.h"

namespace starbank {
namespace {

class LongSetup : public Rule {
 public:
  LongSetup()
      : Rule(msg::kLongSetup, Severity::kWarning) {}

  void Check(RuleContext& ctx) const override {
    const StoryAnalysis& a = ctx.analysis;
    if (a.total_words == 0 || a.setup_share <= ctx.options.max_setup_share) return;
    const Section& situation = ctx.story.part(Part::kSituation);
    ctx.Report(situation.present ? situation.key : ctx.story.mark,
               Format(msg::kLongSetupTooMuch,
                           static_cast<int>(std::lround(a.setup_share * 100)),
                           static_cast<int>(std::lround(ctx.options.max_setup_share * 100))));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeLongSetup() { return std::make_unique<LongSetup>(); }

}  // namespace starbank
