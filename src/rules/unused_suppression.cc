// unused-suppression: a `# starbank: ignore[rule]` that silences nothing.
// Reported by the suppression pass (src/core/suppress.cc) once every
// finding of the file, bank-wide ones included, has gone through it.
#include "rules.h"
#include "starbank/suppress.h"

namespace starbank {
namespace {

class UnusedSuppression : public Rule {
 public:
  UnusedSuppression()
      : Rule(kUnusedSuppression, Severity::kWarning,
             "a '# starbank: ignore[...]' directive names a rule that reports nothing "
             "there") {}
};

}  // namespace

std::unique_ptr<Rule> MakeUnusedSuppression() {
  return std::make_unique<UnusedSuppression>();
}

}  // namespace starbank
