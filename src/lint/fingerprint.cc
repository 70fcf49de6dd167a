// MinHash signatures of a story's spoken text.
#include "lint/fingerprint.h"

#include <algorithm>
#include <array>

namespace starbank {

bool MinHashStory(const Story& story, MinHashSignature* out) {
  std::vector<Token> parts[kPartCount];
  for (int p = 0; p < kPartCount; ++p) parts[p] = Tokenize(story.parts[p].text);
  return MinHashTokens(parts, out);
}

bool MinHashTokens(const std::vector<Token> (&parts)[kPartCount], MinHashSignature* out) {
  std::vector<uint64_t> words;  // the tokens' own hashes: shingles read no strings
  size_t total = 0;
  for (const std::vector<Token>& tokens : parts) total += tokens.size();
  words.reserve(total);
  for (const std::vector<Token>& tokens : parts) {
    for (const Token& t : tokens) {
      if (t.kind != Token::Kind::kSymbol) words.push_back(t.hash);
    }
  }
  constexpr size_t kShingle = 3;
  if (words.size() < kShingle * 4) return false;
  // One-permutation hashing: a shingle's hash picks one of the 64 bins by
  // its top 6 bits and competes there with its next 16, so each shingle
  // costs one hash, not 64.
  std::array<uint16_t, kMinHashSize> sig;
  sig.fill(0xFFFF);
  uint64_t filled = 0;
  for (size_t i = 0; i + kShingle <= words.size(); ++i) {
    uint64_t h = 0;
    for (size_t k = 0; k < kShingle; ++k) h = MixHash(h ^ words[i + k]);
    int bin = static_cast<int>(h >> 58);
    uint16_t value = static_cast<uint16_t>(h >> 16);
    if (!(filled >> bin & 1) || value < sig[bin]) sig[bin] = value;
    filled |= 1ULL << bin;
  }
  // Optimal densification (Shrivastava, 2017): an empty bin copies a filled
  // bin chosen by hashing (bin, attempt), so equal texts keep equal
  // signatures and the similarity estimate stays unbiased.
  // Only then are the minima cut to their low 8 bits: cutting first would
  // keep the high bits of a minimum, which are mostly zero.
  for (int b = 0; b < kMinHashSize; ++b) {
    uint16_t value = sig[b];
    if (!(filled >> b & 1)) {
      for (uint64_t attempt = 1;; ++attempt) {
        int from = static_cast<int>(MixHash(b * 0x9e3779b97f4a7c15ULL + attempt) & (kMinHashSize - 1));
        if (filled >> from & 1) {
          value = sig[from];
          break;
        }
      }
    }
    (*out)[b] = static_cast<uint8_t>(value);
  }
  return true;
}

double MinHashSimilarity(const MinHashSignature& a, const MinHashSignature& b) {
  int same = 0;
  for (int k = 0; k < kMinHashSize; ++k) same += a[k] == b[k];
  // Unrelated minima still agree on 8 bits one time in 256; take that out
  // so the estimate of the shared share stays unbiased.
  constexpr double kChance = 1.0 / 256;
  double agree = static_cast<double>(same) / kMinHashSize;
  return std::max(0.0, (agree - kChance) / (1 - kChance));
}

}  // namespace starbank
