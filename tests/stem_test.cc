// Stem(): Snowball's English stemmer, as inference and duplicate detection
// see words. Pairs that must share a stem, and pairs that must not (a
// shared stem would let "career" signal "care", "apply" signal "app").
#include <catch2/catch.hpp>

#include <thread>

#include "text/stem.h"

namespace starbank {
namespace {

TEST_CASE("Stem merges inflections of one word") {
  auto [a, b] = GENERATE(table<std::string, std::string>({
      {"make", "making"},
      {"hire", "hiring"},
      {"dive", "diving"},
      {"hired", "hires"},
      {"customer", "customers"},
      {"shipped", "shipping"},
      {"simplify", "simplified"},
      {"Owned", "owning"},
  }));
  CAPTURE(a, b);
  CHECK(Stem(a) == Stem(b));
}

TEST_CASE("Stem keeps different words apart") {
  auto [a, b] = GENERATE(table<std::string, std::string>({
      {"care", "career"},
      {"app", "apply"},
      {"bet", "better"},
      {"hire", "higher"},
      {"new", "news"},
  }));
  CAPTURE(a, b);
  CHECK(Stem(a) != Stem(b));
}

TEST_CASE("Stem gives Snowball's English stems, lowercased") {
  auto [word, stem] = GENERATE(table<std::string, std::string>({
      {"Making", "make"},
      {"costs", "cost"},
      {"engineers", "engin"},
      {"it's", "it"},
      {"p99", "p99"},
      {"", ""},
  }));
  CAPTURE(word);
  CHECK(Stem(word) == stem);
}

TEST_CASE("Stem gives the same stems on several threads at once") {
  // Each thread has its own stemmer; a shared one would mix up words.
  const std::vector<std::string> words = {"making", "hiring", "diving", "careers", "applied"};
  std::vector<std::string> expected;
  for (const std::string& w : words) expected.push_back(Stem(w));
  std::vector<int> wrong(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 2000; ++round) {
        size_t k = static_cast<size_t>(round + t) % words.size();
        if (Stem(words[k]) != expected[k]) ++wrong[t];
      }
    });
  }
  for (std::thread& t : threads) t.join();
  CHECK(wrong == std::vector<int>(4, 0));
}

}  // namespace
}  // namespace starbank
