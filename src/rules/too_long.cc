// too-long: the story takes longer than the limit to tell.
#include <fmt/format.h>

#include "rules.h"
#include "starbank/lint.h"

namespace starbank {
namespace {

class TooLong : public Rule {
 public:
  TooLong()
      : Rule(msg::kTooLong, Severity::kWarning) {}

  void Check(RuleContext& ctx) const override {
    const StoryAnalysis& a = ctx.analysis;
    if (a.seconds <= ctx.options.max_seconds) return;
    ctx.Report(ctx.story.mark,
               Format(msg::kTooLongOver,
                           a.seconds, a.total_words, ctx.options.max_seconds));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeTooLong() { return std::make_unique<TooLong>(); }

}  // namespace starbank
