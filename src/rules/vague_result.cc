// vague-result: the result leans on praise instead of outcomes.
#include <fmt/format.h>

#include "rules.h"

namespace starbank {
namespace {

class VagueResult : public Rule {
 public:
  VagueResult()
      : Rule(msg::kVagueResult, Severity::kWarning) {}

  void Check(RuleContext& ctx) const override {
    const Section& result = ctx.story.part(Part::kResult);
    for (const Span& s : ctx.analysis.vague_phrases) {
      ctx.Report(ctx.Locate(result, s.offset),
                 Format(msg::kVagueResultPraise, s.text));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeVagueResult() { return std::make_unique<VagueResult>(); }

}  // namespace starbank
