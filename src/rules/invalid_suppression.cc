// invalid-suppression: a `# starbank:` comment that is malformed, misplaced
// or names an unknown rule. Reported by the suppression pass
// (src/lint/suppress.cc), which reads directives from the raw file text.
#include "lint/suppress.h"
#include "rules.h"

namespace starbank {
namespace {

class InvalidSuppression : public Rule {
 public:
  InvalidSuppression()
      : Rule(kInvalidSuppression, Severity::kWarning,
             "a '# starbank:' directive is malformed, misplaced or names an unknown "
             "rule") {}
};

}  // namespace

std::unique_ptr<Rule> MakeInvalidSuppression() {
  return std::make_unique<InvalidSuppression>();
}

}  // namespace starbank
