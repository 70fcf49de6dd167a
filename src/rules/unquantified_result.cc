// unquantified-result: the result states no quantity at all.
#include "rules.h"

namespace starbank {
namespace {

class UnquantifiedResult : public Rule {
 public:
  UnquantifiedResult()
      : Rule(msg::kUnquantifiedResult, Severity::kWarning) {}

  void Check(RuleContext& ctx) const override {
    const Section& result = ctx.story.part(Part::kResult);
    if (result.empty() || !ctx.analysis.result_quantities.empty()) return;
    ctx.Report(result.key,
               Format(msg::kUnquantifiedResultNone));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeUnquantifiedResult() { return std::make_unique<UnquantifiedResult>(); }

}  // namespace starbank
