// Fingerprint: a story reduced to what the bank-wide check compares, with
// its MinHash signature.
#ifndef STARBANK_LINT_FINGERPRINT_H_
#define STARBANK_LINT_FINGERPRINT_H_

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "starbank/diagnostic.h"
#include "starbank/story.h"
#include "text/tokens.h"

namespace starbank {

/// Hash functions in a story's MinHash signature.
constexpr int kMinHashSize = 64;
/// A MinHash signature: one-permutation hashing into 64 bins, each keeping
/// the low 8 bits of its minimum (b-bit MinHash, Li and Koenig 2010). 64
/// bytes a story, so 100,000 stories need 6.4 MB of fingerprints.
using MinHashSignature = std::array<uint8_t, kMinHashSize>;

/// A story reduced to what bank-wide rules compare. `file` and `id` point
/// at strings that outlive the bank-wide check (the input's path, an arena
/// of ids), so a fingerprint costs 104 bytes and no allocation. `file` is
/// the path's NUL-terminated text (c_str()), 8 bytes where a view is 16: a
/// path holds no NUL, and the rules only print it.
struct StoryFingerprint {
  const char* file = "";
  std::string_view id;
  Mark mark;           ///< Where to report (the id or the story start).
  bool explicit_id = false;
  bool has_minhash = false;  ///< False when the story has too little text.
  MinHashSignature minhash{};
};

/// MinHash signature of a story's spoken text (3-word shingles) into
/// `out`; false (and `out` untouched) when the story has too few words.
bool MinHashStory(const Story& story, MinHashSignature* out);
/// Same, from the sections' tokens (StoryAnalysis::tokens).
bool MinHashTokens(const std::vector<Token> (&parts)[kPartCount], MinHashSignature* out);
/// Estimated Jaccard similarity of two signatures.
double MinHashSimilarity(const MinHashSignature& a, const MinHashSignature& b);

/// The 64-bit mixer (MurmurHash3's finaliser) the signatures are built
/// with; duplicate-story's banding reuses it.
inline uint64_t MixHash(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

}  // namespace starbank

#endif  // STARBANK_LINT_FINGERPRINT_H_
