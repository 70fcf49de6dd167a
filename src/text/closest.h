// Closest: the did-you-mean of every message, one way. Each caller offers
// its candidates in its own order and keeps its own allowance (how far a
// typo may be from what was meant); the nearest candidate within it wins,
// the first offered among equally near ones.
#ifndef STARBANK_SRC_TEXT_CLOSEST_H_
#define STARBANK_SRC_TEXT_CLOSEST_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace starbank {

/// The allowance for a name typed from memory (a story id, a company, a
/// story key): about one typo in three letters, at least 2.
size_t TypoAllowance(size_t length);

class Closest {
 public:
  /// Looks for the candidate nearest `word` in edit distance (EditDistance),
  /// at most `max_distance` away.
  Closest(std::string_view word, size_t max_distance)
      : word_(word), max_distance_(max_distance) {}

  /// Offers `name`, compared as `key` (a folded spelling of it, say).
  void Offer(std::string_view name, std::string_view key);
  void Offer(std::string_view name) { Offer(name, name); }

  /// Whether a candidate within the allowance was offered.
  bool found() const { return found_; }
  /// The nearest candidate's name; "" when none is within the allowance.
  const std::string& name() const { return name_; }
  /// Its distance; only when found().
  size_t distance() const { return distance_; }
  /// False when another candidate of a different name is as near.
  bool unique() const { return found_ && !tied_; }
  /// Whether a candidate whose distance is at least `lower_bound` could
  /// still change the answer (`ties` when unique() matters): lets a caller
  /// skip the edit distance of a candidate whose length alone rules it out.
  bool Worth(size_t lower_bound, bool ties) const {
    return lower_bound <= max_distance_ &&
           (!found_ || lower_bound < distance_ || (ties && lower_bound == distance_));
  }

 private:
  std::string word_;
  size_t max_distance_;
  bool found_ = false;
  bool tied_ = false;
  std::string name_;
  size_t distance_ = 0;
};

}  // namespace starbank

#endif  // STARBANK_SRC_TEXT_CLOSEST_H_
