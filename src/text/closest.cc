#include "text/closest.h"

#include <algorithm>

#include "text/tokens.h"

namespace starbank {

size_t TypoAllowance(size_t length) { return std::max<size_t>(2, length / 3); }

void Closest::Offer(std::string_view name, std::string_view key) {
  size_t d = EditDistance(word_, key);
  if (d > max_distance_) return;
  if (!found_ || d < distance_) {
    found_ = true;
    tied_ = false;
    distance_ = d;
    name_ = std::string(name);
  } else if (d == distance_ && name != name_) {
    tied_ = true;
  }
}

}  // namespace starbank
