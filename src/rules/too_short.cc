// too-short: the story is too thin to carry its point.
#include <fmt/format.h>

#include "rules.h"
#include "starbank/lint.h"

namespace starbank {
namespace {

class TooShort : public Rule {
 public:
  TooShort()
      : Rule(msg::kTooShort, Severity::kWarning) {}

  void Check(RuleContext& ctx) const override {
    const StoryAnalysis& a = ctx.analysis;
    if (a.total_words == 0 || a.seconds >= ctx.options.min_seconds) return;
    ctx.Report(ctx.story.mark,
               Format(msg::kTooShortUnder,
                           a.seconds, a.total_words, ctx.options.min_seconds));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeTooShort() { return std::make_unique<TooShort>(); }

}  // namespace starbank
