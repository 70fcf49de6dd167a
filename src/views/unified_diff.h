// UnifiedDiff: what a fix changes, as `diff -u` prints it.
#ifndef STARBANK_VIEWS_UNIFIED_DIFF_H_
#define STARBANK_VIEWS_UNIFIED_DIFF_H_

#include <string>
#include <string_view>

namespace starbank {

/// A unified diff (3 lines of context) from `before` to `after`, both
/// headed `path`; "" when they are equal.
std::string UnifiedDiff(const std::string& path, std::string_view before,
                        std::string_view after);

}  // namespace starbank

#endif  // STARBANK_VIEWS_UNIFIED_DIFF_H_
