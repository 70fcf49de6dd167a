// no-baseline: the result has numbers but nothing to compare them with.
#include "rules.h"

namespace starbank {
namespace {

class NoBaseline : public Rule {
 public:
  NoBaseline()
      : Rule(msg::kNoBaseline, Severity::kInfo) {}

  void Check(RuleContext& ctx) const override {
    const StoryAnalysis& a = ctx.analysis;
    if (a.result_unbaselined.empty()) return;
    const Section& result = ctx.story.part(Part::kResult);
    ctx.Report(ctx.Locate(result, a.result_unbaselined[0].offset),
               Format(msg::kNoBaselineNone));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeNoBaseline() { return std::make_unique<NoBaseline>(); }

}  // namespace starbank
