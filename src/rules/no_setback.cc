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
      : Rule(msg::kNoSetback, Severity::kInfo) {}

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
                 Format(msg::kNoSetbackAbstract,
                             f.span.text),
                 severity);
      return;
    }
    if (a.problem_only) {
      // Only the problem itself is told: point at it and ask for what stood
      // in the way of the fix.
      const Found& f = a.problems.front();
      ctx.Report(ctx.Locate(ctx.story.part(f.part), f.span.offset),
                 Format(msg::kNoSetbackProblemOnly,
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
      ctx.Report(at, Format(msg::kNoSetbackExpected, name),
                 Severity::kWarning);
    } else {
      ctx.Report(at, Format(msg::kNoSetbackNone));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeNoSetback() { return std::make_unique<NoSetback>(); }

}  // namespace starbank
