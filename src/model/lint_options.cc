#include "starbank/lint_options.h"

namespace starbank {

double LintOptions::OwnershipRatio() const {
  if (level <= 5) return 3.0;
  if (level == 6) return 2.0;
  return 1.5;
}

}  // namespace starbank
