// English stemming (Snowball), for inference.
#ifndef STARBANK_TEXT_STEM_H_
#define STARBANK_TEXT_STEM_H_

#include <string>
#include <string_view>

namespace starbank {

/// English stem of `word` (Snowball's English stemmer, on its ASCII
/// lowercase), for inference: "making" -> "make", "career" stays "career".
/// Thread-safe: each thread has its own stemmer.
std::string Stem(std::string_view word);

}  // namespace starbank

#endif  // STARBANK_TEXT_STEM_H_
