// unused-suppression: a `# starbank: ignore[rule]` that silences nothing.
// Reported by the suppression pass (src/lint/suppress.cc) once every
// finding of the file, bank-wide ones included, has gone through it.
#include "lint/suppress.h"
#include "rules.h"

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
