// missing-section: a required part of the story is absent or empty.
#include <fmt/format.h>

#include "rules.h"

namespace starbank {
namespace {

struct Required {
  const char* key;
  const char* advice;
};

constexpr Required kRequired[] = {
    {"title", "give the story a one-line title you can say out loud"},
    {"principles", "tag the leadership principles it answers"},
    {"situation", "set the scene in one or two sentences of stakes"},
    {"task", "say what you owned and what success looked like"},
    {"action", "say what you decided and did, step by step"},
    {"result", "lead with the measured outcome"},
};

class MissingSection : public Rule {
 public:
  MissingSection()
      : Rule("missing-section", Severity::kError,
             "title, principles, situation, task, action or result is absent or empty") {}

  void Check(RuleContext& ctx) const override {
    const Story& s = ctx.story;
    for (const Required& r : kRequired) {
      std::string key = r.key;
      const Section* section =
          key == "title" ? &s.title
          : key == "principles" ? &s.principles_key
          : key == "situation" ? &s.part(Part::kSituation)
          : key == "task" ? &s.part(Part::kTask)
          : key == "action" ? &s.part(Part::kAction)
          : &s.part(Part::kResult);
      if (section->invalid) continue;  // already reported by the loader
      bool empty = key == "principles" ? s.principles.empty() : section->empty();
      if (!section->present) {
        ctx.Report(s.mark, fmt::format("story has no '{}'; {}", key, r.advice));
      } else if (empty) {
        ctx.Report(section->key, fmt::format("'{}' is empty; {}", key, r.advice));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeMissingSection() { return std::make_unique<MissingSection>(); }

}  // namespace starbank
