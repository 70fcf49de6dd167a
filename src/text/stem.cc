// English stemming with Snowball's English (Porter2) stemmer, from
// libstemmer. Its rules and exception lists keep make/making, hire/hiring
// and dive/diving together and care/career, app/apply and bet/better apart,
// which the suffix list this replaced got wrong.
#include <libstemmer.h>

#include <memory>

#include "text/stem.h"
#include "text/tokens.h"

namespace starbank {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

// A Snowball stemmer keeps its working buffer between calls, so it is not
// thread-safe: lint and the views stem on several threads, one stemmer each.
// nullptr only when out of memory.
sb_stemmer* ThreadStemmer() {
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(
      sb_stemmer_new("english", "UTF_8"));
  return stemmer.get();
}

}  // namespace

std::string Stem(std::string_view word) {
  std::string w = ToLower(word);  // the stemmer expects lowercase
  sb_stemmer* stemmer = ThreadStemmer();
  if (w.empty() || stemmer == nullptr) return w;  // unstemmed still matches itself
  const sb_symbol* stem = sb_stemmer_stem(
      stemmer, reinterpret_cast<const sb_symbol*>(w.data()), static_cast<int>(w.size()));
  if (stem == nullptr) return w;
  return std::string(reinterpret_cast<const char*>(stem),
                     static_cast<size_t>(sb_stemmer_length(stemmer)));
}

}  // namespace starbank
