// unsupported-claim: a stock phrase with no name, number or detail nearby.
#include <fmt/format.h>

#include "rules.h"

namespace starbank {
namespace {

class UnsupportedClaim : public Rule {
 public:
  UnsupportedClaim()
      : Rule(msg::kUnsupportedClaim, Severity::kInfo) {}

  void Check(RuleContext& ctx) const override {
    for (const Found& f : ctx.analysis.stock_claims) {
      ctx.Report(ctx.Locate(ctx.story.part(f.part), f.span.offset),
                 Format(msg::kUnsupportedClaimStock, f.span.text));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeUnsupportedClaim() { return std::make_unique<UnsupportedClaim>(); }

}  // namespace starbank
