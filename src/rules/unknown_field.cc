// unknown-field: a key outside the story schema, most often a typo.
#include <fmt/format.h>

#include "rules.h"
#include "starbank/loader.h"
#include "text/tokens.h"

namespace starbank {
namespace {

class UnknownField : public Rule {
 public:
  UnknownField()
      : Rule(msg::kUnknownField, Severity::kWarning) {}

  void Check(RuleContext& ctx) const override {
    for (const UnknownKey& key : ctx.story.unknown_keys) {
      bool clear = false;
      std::string best = SuggestStoryKey(key.name, &clear);
      std::string message =
          Format(msg::kUnknownFieldNear, key.name, best);
      if (!best.empty() && clear) {
        ctx.Report(key.mark, std::move(message), Replacement{key.name, best, Replacement::Kind::kKey});
      } else if (!best.empty()) {
        ctx.Report(key.mark, std::move(message));
      } else {
        ctx.Report(key.mark, Format(msg::kUnknownFieldUnknown, key.name));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeUnknownField() { return std::make_unique<UnknownField>(); }

}  // namespace starbank
