// Phrase matching on whole words.
#include <algorithm>
#include <memory>

#include "text/phrases.h"
#include "text/tokens.h"
#include "text/word_table.h"

namespace starbank {

namespace {

using Word = PhraseMatcher::Word;
using Kind = PhraseMatcher::Word::Kind;

// "northwind" for "northwind's"; "" for a word without a possessive.
// Inline: FindAll asks it of every token that starts no phrase.
inline std::string_view WithoutPossessive(std::string_view word) {
  size_t n = word.size();
  if (n > 2 && word[n - 1] == 's' && word[n - 2] == '\'') return word.substr(0, n - 2);
  return {};
}

// Inline, first and last byte first: these run for every word of a
// section, and std::string::compare(pos, n, str) is an out-of-line call.
inline bool HasPrefix(std::string_view w, std::string_view p) {
  return w.size() >= p.size() && (p.empty() || w[0] == p[0]) && w.substr(0, p.size()) == p;
}
inline bool HasProperSuffix(std::string_view w, std::string_view x) {
  return w.size() > x.size() && (x.empty() || w.back() == x.back()) &&
         w.substr(w.size() - x.size()) == x;
}

inline std::string_view TextOf(const char* text, const Word& w) {
  return std::string_view(text + w.offset, w.size);
}

bool MatchesAt(const char* text, const Word* words, size_t size,
               const std::vector<Token>& tokens, size_t i) {
  if (i + size > tokens.size()) return false;
  for (size_t k = 0; k < size; ++k) {
    const Token& t = tokens[i + k];
    const Word& w = words[k];
    bool match = false;
    switch (w.kind) {
      case Kind::kAnyWord: match = t.kind != Token::Kind::kSymbol; break;
      case Kind::kNumber: match = t.kind == Token::Kind::kNumber; break;
      case Kind::kPrefix:
        match = HasPrefix(t.norm, TextOf(text, w));
        break;
      case Kind::kSuffix:
        match = t.kind != Token::Kind::kSymbol && HasProperSuffix(t.norm, TextOf(text, w));
        break;
      case Kind::kExact: {
        // The phrase's last word may carry a possessive: "Northwind's".
        std::string_view word = TextOf(text, w);
        match = t.norm == word || (k + 1 == size && WithoutPossessive(t.norm) == word);
        break;
      }
    }
    if (!match) return false;
  }
  return true;
}

}  // namespace

// The phrase's words. The tokenizer splits "proj*" into "proj" and "*",
// and "*-hour" into "*", "-" and "hour"; a '*' touching a word makes it a
// prefix or a suffix, while a '*' on its own stays any one word.
size_t PhraseMatcher::ParsePhrase(std::string_view phrase, std::string* text,
                                  std::vector<Word>* words) {
  std::vector<Token> t = Tokenize(phrase);
  auto touches_next = [&t](size_t k) {
    return k + 1 < t.size() && t[k].offset + t[k].length == t[k + 1].offset;
  };
  size_t before = words->size();
  auto add = [&](Kind kind, std::string_view w) {
    words->push_back(Word{static_cast<uint32_t>(text->size()), static_cast<uint32_t>(w.size()),
                          kind});
    text->append(w);
  };
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].kind != Token::Kind::kSymbol && touches_next(k) && Is(t[k + 1], "*")) {
      add(Kind::kPrefix, t[k].norm);
      ++k;
    } else if (Is(t[k], "*") && touches_next(k)) {
      std::string suffix;
      while (touches_next(k)) suffix += t[++k].norm;
      add(Kind::kSuffix, suffix);
    } else if (t[k].norm == "*") {
      add(Kind::kAnyWord, t[k].norm);
    } else if (t[k].norm == "#") {
      add(Kind::kNumber, t[k].norm);
    } else {
      add(Kind::kExact, t[k].norm);
    }
  }
  return words->size() - before;
}

// What a token must be to start one of a list's wildcard phrases, tested
// before any is tried: most tokens start none, and a list with "# hour
// weeks" would otherwise try it at every word.
struct WildcardStarts {
  bool any_word = false;  // "* ..." starts at any word
  bool number = false;    // "# ..." at a number
  std::vector<std::string_view> prefixes, suffixes;
  bool suffix_ends[256] = {};  // last bytes of the suffixes: most words end otherwise

  void Add(const char* text, const Word& w) {
    switch (w.kind) {
      case Kind::kAnyWord: any_word = true; break;
      case Kind::kNumber: number = true; break;
      case Kind::kPrefix: AddOnce(&prefixes, TextOf(text, w)); break;
      case Kind::kSuffix:
        AddOnce(&suffixes, TextOf(text, w));
        if (w.size > 0) suffix_ends[static_cast<unsigned char>(text[w.offset + w.size - 1])] = true;
        break;
      case Kind::kExact: break;
    }
  }

  static void AddOnce(std::vector<std::string_view>* v, std::string_view s) {
    if (std::find(v->begin(), v->end(), s) == v->end()) v->push_back(s);
  }

  bool MayStart(const Token& t) const {
    const std::string& w = t.norm;
    for (std::string_view p : prefixes) {
      if (HasPrefix(w, p)) return true;
    }
    if (t.kind == Token::Kind::kSymbol) return false;
    if (any_word || (number && t.kind == Token::Kind::kNumber)) return true;
    if (suffixes.empty() || w.empty() || !(suffix_ends[static_cast<unsigned char>(w.back())])) {
      return false;
    }
    for (std::string_view x : suffixes) {
      if (HasProperSuffix(w, x)) return true;
    }
    return false;
  }
};

void PhraseMatcher::IndexPhrases(const char* text, const Word* words,
                                 const PhraseSpan* phrases, size_t count, IndexArrays* out) {
  std::vector<int32_t>& first = out->first_of;  // each phrase's first word number
  first.assign(count, -1);
  out->first_words.Reserve(count);
  for (size_t n = 0; n < count; ++n) {
    if (phrases[n].size == 0) continue;  // no words: never matches
    const Word& w = words[phrases[n].begin];
    if (w.kind == Kind::kExact) {
      first[n] = out->first_words.Add(TextOf(text, w));
    } else {
      out->wildcard_first.push_back(static_cast<uint32_t>(n));
    }
  }
  std::vector<uint32_t>& begin = out->first_begin;
  begin.assign(out->first_words.size() + 1, 0);
  for (int32_t id : first) {
    if (id >= 0) ++begin[static_cast<size_t>(id) + 1];
  }
  for (size_t k = 1; k < begin.size(); ++k) begin[k] += begin[k - 1];
  out->by_first.resize(begin.back());
  std::vector<uint32_t> fill(begin.begin(), begin.end() - 1);
  for (size_t n = 0; n < count; ++n) {
    if (first[n] >= 0) out->by_first[fill[static_cast<size_t>(first[n])]++] = static_cast<uint32_t>(n);
  }
}

// A matcher: the phrases and their index (a view of the cue lexicon's
// packed arrays, or of arrays Lists() built here), and which of their
// sources this matcher reports as which list.
struct PhraseMatcher::Index {
  PackedIndex view{};
  std::vector<int8_t> list_of;  // source -> list, or -1: not matched
  // First word number -> whether a phrase this matcher reports starts with
  // it: a word only other sources' phrases start with counts as absent.
  std::vector<uint8_t> first_matched;
  size_t lists = 0;
  std::vector<std::pair<int, WildcardStarts>> wildcard_lists;  // lists that have some
  // Lists() only: what `view` points into.
  std::string own_text;
  std::vector<Word> own_words;
  std::vector<PhraseSpan> own_phrases;
  std::vector<uint16_t> own_source;
  IndexArrays own_index;

  // The first words of the lists' phrases, and what a token must be to
  // start a wildcard phrase of each list.
  void Start() {
    first_matched.assign(view.first_words->size(), 0);
    for (size_t n = 0; n < view.count; ++n) {
      int32_t id = view.first_of[n];
      if (id >= 0 && list_of[view.source[n]] >= 0) first_matched[static_cast<size_t>(id)] = 1;
    }
    for (size_t k = 0; k < view.wildcard_count; ++k) {
      uint32_t n = view.wildcard_first[k];
      int list = list_of[view.source[n]];
      if (list < 0) continue;
      auto it = std::find_if(wildcard_lists.begin(), wildcard_lists.end(),
                             [list](const auto& l) { return l.first == list; });
      if (it == wildcard_lists.end()) {
        wildcard_lists.emplace_back(list, WildcardStarts{});
        it = wildcard_lists.end() - 1;
      }
      it->second.Add(view.text, view.words[view.phrases[n].begin]);
    }
  }
};

PhraseMatcher::PhraseMatcher(const std::vector<std::string>& phrases) {
  *this = Lists({phrases});
}

PhraseMatcher PhraseMatcher::Lists(const std::vector<std::vector<std::string>>& lists) {
  auto index = std::make_shared<Index>();
  Index& x = *index;
  x.lists = std::min<size_t>(lists.size(), 32);
  for (size_t k = 0; k < x.lists; ++k) {
    for (const std::string& p : lists[k]) {
      auto begin = static_cast<uint32_t>(x.own_words.size());
      auto n = static_cast<uint32_t>(ParsePhrase(p, &x.own_text, &x.own_words));
      x.own_phrases.push_back(PhraseSpan{begin, n});
      x.own_source.push_back(static_cast<uint16_t>(k));
    }
  }
  // Every phrase is read: now the arrays' addresses hold.
  IndexPhrases(x.own_text.data(), x.own_words.data(), x.own_phrases.data(),
               x.own_phrases.size(), &x.own_index);
  x.view = PackedIndex{x.own_text.data(),
                       x.own_words.data(),
                       x.own_phrases.data(),
                       x.own_source.data(),
                       x.own_phrases.size(),
                       x.lists,
                       &x.own_index.first_words,
                       x.own_index.first_begin.data(),
                       x.own_index.by_first.data(),
                       x.own_index.first_of.data(),
                       x.own_index.wildcard_first.data(),
                       x.own_index.wildcard_first.size()};
  x.list_of.resize(x.lists);
  for (size_t k = 0; k < x.lists; ++k) x.list_of[k] = static_cast<int8_t>(k);
  x.Start();
  PhraseMatcher m;
  m.index_ = std::move(index);
  return m;
}

PhraseMatcher PhraseMatcher::Packed(const PackedIndex& packed,
                                    const std::vector<uint16_t>& sources) {
  auto index = std::make_shared<Index>();
  Index& x = *index;
  x.view = packed;
  x.lists = std::min<size_t>(sources.size(), 32);
  x.list_of.assign(packed.sources, -1);
  for (size_t k = 0; k < x.lists; ++k) x.list_of[sources[k]] = static_cast<int8_t>(k);
  x.Start();
  PhraseMatcher m;
  m.index_ = std::move(index);
  return m;
}

std::vector<Span> PhraseMatcher::FindAll(std::string_view text) const {
  return FindAll(text, Tokenize(text));
}

std::vector<Span> PhraseMatcher::FindAll(
    std::string_view text, const std::vector<Token>& tokens) const {
  return std::move(FindEach(text, tokens, 1u)[0]);
}

std::vector<std::vector<Span>> PhraseMatcher::FindEach(
    std::string_view text, const std::vector<Token>& tokens, uint32_t lists) const {
  const Index& x = *index_;
  const PackedIndex& v = x.view;
  std::vector<std::vector<Span>> out(x.lists);
  size_t free_at[32] = {};  // per list: the first token it may match at again
  for (size_t i = 0; i < tokens.size(); ++i) {
    int id = v.first_words->Find(tokens[i]);
    if (id >= 0 && !x.first_matched[static_cast<size_t>(id)]) id = -1;
    if (id < 0) {
      std::string_view bare = WithoutPossessive(tokens[i].norm);
      if (!bare.empty()) id = v.first_words->Find(bare);
      if (id >= 0 && !x.first_matched[static_cast<size_t>(id)]) id = -1;
    }
    uint32_t wild_lists = 0;  // lists whose wildcard phrases may start here
    for (const auto& [list, starts] : x.wildcard_lists) {
      if ((lists >> list & 1) && starts.MayStart(tokens[i])) wild_lists |= 1u << list;
    }
    if (id < 0 && wild_lists == 0) continue;  // the common case
    const uint32_t* exact = nullptr;
    size_t exact_size = 0;
    if (id >= 0) {
      exact = v.by_first + v.first_begin[id];
      exact_size = v.first_begin[id + 1] - v.first_begin[id];
    }
    const uint32_t* wild = v.wildcard_first;
    size_t wild_size = wild_lists != 0 ? v.wildcard_count : 0;
    // Candidates in phrase order, as if each list's phrases were tried in
    // turn; a list's first match here wins and skips its later ones.
    uint32_t matched = 0;
    size_t e = 0, w = 0;
    while (e < exact_size || w < wild_size) {
      bool take_exact = w == wild_size || (e < exact_size && exact[e] < wild[w]);
      size_t p = take_exact ? exact[e++] : wild[w++];
      int list = x.list_of[v.source[p]];
      if (list < 0) continue;  // another source's phrase
      uint32_t bit = 1u << list;
      if (!(lists & bit) || (matched & bit) || free_at[list] > i) continue;
      if (!take_exact && !(wild_lists & bit)) continue;
      const PhraseSpan& phrase = v.phrases[p];
      if (!MatchesAt(v.text, v.words + phrase.begin, phrase.size, tokens, i)) continue;
      const Token& last = tokens[i + phrase.size - 1];
      Span s;
      s.offset = tokens[i].offset;
      s.length = last.offset + last.length - s.offset;
      s.text = FoldSpace(text.substr(s.offset, s.length));
      out[list].push_back(std::move(s));
      matched |= bit;
      // Matches do not overlap: "everyone loved the" is one finding, not
      // "everyone loved" and then "loved the".
      free_at[list] = i + phrase.size;
    }
  }
  return out;
}

}  // namespace starbank
