// too-long: the story takes longer than the limit to tell.
#include <fmt/format.h>

#include "rules.h"
#include "starbank/lint.h"

namespace starbank {
namespace {

class TooLong : public Rule {
 public:
  TooLong()
      : Rule("too-long", Severity::kWarning,
             "estimated spoken time above the limit (default 120 s at 150 words/min)") {}

  void Check(RuleContext& ctx) const override {
    const StoryAnalysis& a = ctx.analysis;
    if (a.seconds <= ctx.options.max_seconds) return;
    ctx.Report(ctx.story.mark,
               fmt::format("about {} s spoken ({} words), over the {} s limit; cut the "
                           "setup and keep the two or three actions that mattered",
                           a.seconds, a.total_words, ctx.options.max_seconds));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeTooLong() { return std::make_unique<TooLong>(); }

}  // namespace starbank
