// missing-section: a required part of the story is absent or empty.
#include <fmt/format.h>

#include "rules.h"

namespace starbank {
namespace {

struct Required {
  const char* key;
  Message<0> advice;
  const Section& (*section)(const Story&);
  /// Empty when it lists nothing (principles), not when its text is empty.
  bool list = false;
};

const Required kRequired[] = {
    {"title", msg::kMissingSectionAdviceTitle,
     [](const Story& s) -> const Section& { return s.title; }},
    {"principles", msg::kMissingSectionAdvicePrinciples,
     [](const Story& s) -> const Section& { return s.principles_key; }, true},
    {"situation", msg::kMissingSectionAdviceSituation,
     [](const Story& s) -> const Section& { return s.part(Part::kSituation); }},
    {"task", msg::kMissingSectionAdviceTask,
     [](const Story& s) -> const Section& { return s.part(Part::kTask); }},
    {"action", msg::kMissingSectionAdviceAction,
     [](const Story& s) -> const Section& { return s.part(Part::kAction); }},
    {"result", msg::kMissingSectionAdviceResult,
     [](const Story& s) -> const Section& { return s.part(Part::kResult); }},
};

class MissingSection : public Rule {
 public:
  MissingSection()
      : Rule(msg::kMissingSection, Severity::kError) {}

  void Check(RuleContext& ctx) const override {
    const Story& s = ctx.story;
    for (const Required& r : kRequired) {
      const Section& section = r.section(s);
      if (section.invalid) continue;  // already reported by the loader
      bool empty = r.list ? s.principles.empty() : section.empty();
      if (!section.present) {
        ctx.Report(s.mark, Format(msg::kMissingSectionAbsent, r.key, Format(r.advice)));
      } else if (empty) {
        ctx.Report(section.key, Format(msg::kMissingSectionEmpty, r.key, Format(r.advice)));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeMissingSection() { return std::make_unique<MissingSection>(); }

}  // namespace starbank
