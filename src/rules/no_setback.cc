// no-setback: no obstacle, risk or constraint is named.
#include <fmt/format.h>

#include <optional>

#include "rules.h"
#include "starbank/catalog.h"

namespace starbank {
namespace {

class NoSetback : public Rule {
 public:
  NoSetback()
      : Rule("no-setback", Severity::kInfo,
             "no obstacle, setback, risk or constraint is named (a warning where the "
             "principle expects one)") {}

  void Check(RuleContext& ctx) const override {
    const StoryAnalysis& a = ctx.analysis;
    if (!a.setbacks.empty()) return;
    const Section& action = ctx.story.part(Part::kAction);
    Mark at = action.present ? action.key : ctx.story.mark;
    std::optional<Severity> severity;
    if (a.expects_setback) severity = Severity::kWarning;
    if (!a.abstract_setbacks.empty()) {
      const Found& f = a.abstract_setbacks.front();
      ctx.Report(ctx.Locate(ctx.story.part(f.part), f.span.offset),
                 fmt::format("'{}' names no particular setback; say which obstacle, risk "
                             "or constraint you hit and what you did about it",
                             f.span.text),
                 severity);
      return;
    }
    if (a.problem_only) {
      // Only the problem itself is told: point at it and ask for what stood
      // in the way of the fix.
      const Found& f = a.problems.front();
      ctx.Report(ctx.Locate(ctx.story.part(f.part), f.span.offset),
                 fmt::format("'{}' is the problem the story solves, not a setback; name "
                             "what stood in the way of the fix (a limit, a slip, someone "
                             "against it) and what you did about it",
                             f.span.text),
                 severity);
      return;
    }
    if (a.expects_setback) {
      std::string name;
      for (const Principle* p : a.principles) {
        if (p->expects_setback) {
          name = p->name;
          break;
        }
      }
      ctx.Report(at, fmt::format("no setback, risk or constraint named; {} stories are "
                                 "judged on the obstacle you got past", name),
                 Severity::kWarning);
    } else {
      ctx.Report(at, "no setback, risk or constraint named; name the hardest obstacle "
                     "and what you did about it");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeNoSetback() { return std::make_unique<NoSetback>(); }

}  // namespace starbank
