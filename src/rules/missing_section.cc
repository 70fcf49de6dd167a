// missing-section: a required part of the story is absent or empty.
#include <fmt/format.h>

#include "rules.h"

namespace starbank {
namespace {

struct Required {
  const char* key;
  const char* advice;
  const Section& (*section)(const Story&);
  /// Empty when it lists nothing (principles), not when its text is empty.
  bool list = false;
};

const Required kRequired[] = {
    {"title", "give the story a one-line title you can say out loud",
     [](const Story& s) -> const Section& { return s.title; }},
    {"principles", "tag the leadership principles it answers",
     [](const Story& s) -> const Section& { return s.principles_key; }, true},
    {"situation", "set the scene in one or two sentences of stakes",
     [](const Story& s) -> const Section& { return s.part(Part::kSituation); }},
    {"task", "say what you owned and what success looked like",
     [](const Story& s) -> const Section& { return s.part(Part::kTask); }},
    {"action", "say what you decided and did, step by step",
     [](const Story& s) -> const Section& { return s.part(Part::kAction); }},
    {"result", "lead with the measured outcome",
     [](const Story& s) -> const Section& { return s.part(Part::kResult); }},
};

class MissingSection : public Rule {
 public:
  MissingSection()
      : Rule("missing-section", Severity::kError,
             "title, principles, situation, task, action or result is absent or empty") {}

  void Check(RuleContext& ctx) const override {
    const Story& s = ctx.story;
    for (const Required& r : kRequired) {
      const Section& section = r.section(s);
      if (section.invalid) continue;  // already reported by the loader
      bool empty = r.list ? s.principles.empty() : section.empty();
      if (!section.present) {
        ctx.Report(s.mark, fmt::format("story has no '{}'; {}", r.key, r.advice));
      } else if (empty) {
        ctx.Report(section.key, fmt::format("'{}' is empty; {}", r.key, r.advice));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeMissingSection() { return std::make_unique<MissingSection>(); }

}  // namespace starbank
