// Quantities and comparisons: what makes a result measurable.
#ifndef STARBANK_TEXT_QUANTITIES_H_
#define STARBANK_TEXT_QUANTITIES_H_

#include <string_view>
#include <vector>

#include "text/tokens.h"

namespace starbank {

/// Quantities that make a result measurable: numbers with or without units,
/// percentages, durations, money, multipliers and counts, and spelled-out
/// amounts ("eleven days", "a dozen", "doubled", "half"). A bare year, a
/// quarter (Q2), a percentile label (p95) or a version is not a quantity.
std::vector<Span> FindQuantities(std::string_view text);
/// Same, reusing `tokens` = Tokenize(text).
std::vector<Span> FindQuantities(std::string_view text,
                                 const std::vector<Token>& tokens);

/// Whether each token starts a quantity, the test both finders below make
/// of every token: work it out once and pass it to both.
std::vector<bool> QuantityMarks(const std::vector<Token>& tokens);
/// FindQuantities(text, tokens) with `marks` = QuantityMarks(tokens).
std::vector<Span> FindQuantities(std::string_view text, const std::vector<Token>& tokens,
                                 const std::vector<bool>& marks);

/// FindQuantities without the quantities that date the result instead of
/// measuring it: a day beside a month ("shipped on March 3") and an amount of
/// time that tells when ("two weeks later", "a year ago"). These are the
/// amounts a baseline is asked for.
std::vector<Span> FindMeasures(std::string_view text, const std::vector<Token>& tokens,
                               const std::vector<bool>& marks);

/// Comparisons that give a number a baseline: "from X to Y", "X -> Y",
/// "down 42%", "-84%", "cut by half", "3x faster", "vs a target of",
/// "instead of", "under budget", "compared with".
std::vector<Span> FindComparisons(std::string_view text);
/// Same, reusing `tokens` = Tokenize(text).
std::vector<Span> FindComparisons(std::string_view text,
                                  const std::vector<Token>& tokens);
/// Same, with `marks` = QuantityMarks(tokens).
std::vector<Span> FindComparisons(std::string_view text, const std::vector<Token>& tokens,
                                  const std::vector<bool>& marks);

}  // namespace starbank

#endif  // STARBANK_TEXT_QUANTITIES_H_
