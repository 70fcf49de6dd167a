// no-baseline: the result has numbers but nothing to compare them with.
#include "rules.h"

namespace starbank {
namespace {

class NoBaseline : public Rule {
 public:
  NoBaseline()
      : Rule("no-baseline", Severity::kInfo,
             "the result has numbers but no before->after, delta or target") {}

  void Check(RuleContext& ctx) const override {
    const StoryAnalysis& a = ctx.analysis;
    if (a.result_quantities.empty() || !a.result_comparisons.empty()) return;
    const Section& result = ctx.story.part(Part::kResult);
    ctx.Report(ctx.Locate(result, a.result_quantities[0].offset),
               "result gives numbers with no baseline; say what they moved from, "
               "or the target they beat (\"from 40 to 12 min\", \"vs a 99.9% target\")");
  }
};

}  // namespace

std::unique_ptr<Rule> MakeNoBaseline() { return std::make_unique<NoBaseline>(); }

}  // namespace starbank
