// unknown-field: a key outside the story schema, most often a typo.
#include <fmt/format.h>

#include "rules.h"
#include "starbank/loader.h"
#include "starbank/text.h"

namespace starbank {
namespace {

class UnknownField : public Rule {
 public:
  UnknownField()
      : Rule("unknown-field", Severity::kWarning,
             "a key outside the story schema (suggests the nearest)") {}

  void Check(RuleContext& ctx) const override {
    for (const UnknownKey& key : ctx.story.unknown_keys) {
      std::string name = ToLower(key.name);
      std::string best;
      size_t best_d = std::string::npos;
      for (const std::string& k : StoryKeys()) {
        size_t d = EditDistance(name, k);
        if (d < best_d) {
          best_d = d;
          best = k;
        }
      }
      if (name == "learnings" || name == "lesson" || name == "lessons") best = "learning", best_d = 1;
      if (name == "results" || name == "outcome") best = "result", best_d = 1;
      if (name == "actions") best = "action", best_d = 1;
      if (name == "principle") best = "principles", best_d = 1;
      if (best_d <= std::max<size_t>(2, name.size() / 3)) {
        ctx.Report(key.mark, fmt::format("unknown key '{}'; did you mean '{}'?", key.name, best));
      } else {
        ctx.Report(key.mark, fmt::format("unknown key '{}'; starbank reads only {}",
                                         key.name, "id, title, principles, prompts, "
                                         "situation, task, action, result, learning, "
                                         "tradeoffs, followups and tags"));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeUnknownField() { return std::make_unique<UnknownField>(); }

}  // namespace starbank
