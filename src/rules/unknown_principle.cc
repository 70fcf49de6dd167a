// unknown-principle: a tag matches no catalog name, id or alias.
#include <fmt/format.h>

#include "rules.h"
#include "starbank/catalog.h"

namespace starbank {
namespace {

class UnknownPrinciple : public Rule {
 public:
  UnknownPrinciple()
      : Rule(msg::kUnknownPrinciple, Severity::kError) {}

  void Check(RuleContext& ctx) const override {
    // A suggestion costs an edit distance per catalog name: offer one for
    // the first few unknown names of a story, and never for a name longer
    // than any principle's, so a hostile list of thousands stays cheap.
    int suggestions_left = 20;
    for (const PrincipleRef* ref : ctx.analysis.unknown_principles) {
      bool clear = false;
      std::string near = suggestions_left-- > 0 && ref->name.size() <= 80
                             ? ctx.catalog.Suggest(ref->name, &clear)
                             : "";
      std::string message =
          Format(msg::kUnknownPrincipleNear, ref->name, near);
      if (!near.empty() && clear) {
        ctx.Report(ref->mark, std::move(message), Replacement{ref->name, near});
      } else if (!near.empty()) {
        ctx.Report(ref->mark, std::move(message));
      } else {
        ctx.Report(ref->mark, Format(msg::kUnknownPrincipleUnknown, ref->name));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeUnknownPrinciple() { return std::make_unique<UnknownPrinciple>(); }

}  // namespace starbank
