// Phrase matching on whole words.
#include <algorithm>
#include <memory>

#include "text/phrases.h"
#include "text/tokens.h"
#include "text/word_table.h"

namespace starbank {

namespace {

struct PhraseWord {
  enum class Kind { kExact, kAnyWord, kNumber, kPrefix, kSuffix } kind;
  std::string text;  // the word, or the prefix or suffix without its '*'
};
using Phrase = std::vector<PhraseWord>;

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

bool MatchesAt(const Phrase& phrase, const std::vector<Token>& tokens, size_t i) {
  if (i + phrase.size() > tokens.size()) return false;
  for (size_t k = 0; k < phrase.size(); ++k) {
    const Token& t = tokens[i + k];
    const PhraseWord& w = phrase[k];
    bool match = false;
    switch (w.kind) {
      case PhraseWord::Kind::kAnyWord: match = t.kind != Token::Kind::kSymbol; break;
      case PhraseWord::Kind::kNumber: match = t.kind == Token::Kind::kNumber; break;
      case PhraseWord::Kind::kPrefix:
        match = HasPrefix(t.norm, w.text);
        break;
      case PhraseWord::Kind::kSuffix:
        match = t.kind != Token::Kind::kSymbol && HasProperSuffix(t.norm, w.text);
        break;
      case PhraseWord::Kind::kExact:
        // The phrase's last word may carry a possessive: "Northwind's".
        match = t.norm == w.text ||
                (k + 1 == phrase.size() && WithoutPossessive(t.norm) == w.text);
        break;
    }
    if (!match) return false;
  }
  return true;
}

PhraseWord ParseWord(const std::string& w) {
  if (w == "*") return PhraseWord{PhraseWord::Kind::kAnyWord, w};
  if (w == "#") return PhraseWord{PhraseWord::Kind::kNumber, w};
  return PhraseWord{PhraseWord::Kind::kExact, w};
}

// The phrase's words. The tokenizer splits "proj*" into "proj" and "*",
// and "*-hour" into "*", "-" and "hour"; a '*' touching a word makes it a
// prefix or a suffix, while a '*' on its own stays any one word.
Phrase ParsePhrase(std::string_view text) {
  std::vector<Token> t = Tokenize(text);
  auto touches_next = [&t](size_t k) {
    return k + 1 < t.size() && t[k].offset + t[k].length == t[k + 1].offset;
  };
  Phrase words;
  words.reserve(t.size());
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].kind != Token::Kind::kSymbol && touches_next(k) && Is(t[k + 1], "*")) {
      words.push_back(PhraseWord{PhraseWord::Kind::kPrefix, t[k].norm});
      ++k;
    } else if (Is(t[k], "*") && touches_next(k)) {
      std::string suffix;
      while (touches_next(k)) suffix += t[++k].norm;
      words.push_back(PhraseWord{PhraseWord::Kind::kSuffix, suffix});
    } else {
      words.push_back(ParseWord(t[k].norm));
    }
  }
  return words;
}

}  // namespace

// What a token must be to start one of a list's wildcard phrases, tested
// before any is tried: most tokens start none, and a list with "# hour
// weeks" would otherwise try it at every word.
struct WildcardStarts {
  bool any_word = false;  // "* ..." starts at any word
  bool number = false;    // "# ..." at a number
  std::vector<std::string> prefixes, suffixes;
  bool suffix_ends[256] = {};  // last bytes of the suffixes: most words end otherwise

  void Add(const PhraseWord& w) {
    switch (w.kind) {
      case PhraseWord::Kind::kAnyWord: any_word = true; break;
      case PhraseWord::Kind::kNumber: number = true; break;
      case PhraseWord::Kind::kPrefix: AddOnce(&prefixes, w.text); break;
      case PhraseWord::Kind::kSuffix:
        AddOnce(&suffixes, w.text);
        if (!w.text.empty()) suffix_ends[static_cast<unsigned char>(w.text.back())] = true;
        break;
      case PhraseWord::Kind::kExact: break;
    }
  }

  static void AddOnce(std::vector<std::string>* v, const std::string& s) {
    if (std::find(v->begin(), v->end(), s) == v->end()) v->push_back(s);
  }

  bool MayStart(const Token& t) const {
    const std::string& w = t.norm;
    for (const std::string& p : prefixes) {
      if (HasPrefix(w, p)) return true;
    }
    if (t.kind == Token::Kind::kSymbol) return false;
    if (any_word || (number && t.kind == Token::Kind::kNumber)) return true;
    if (suffixes.empty() || w.empty() || !(suffix_ends[static_cast<unsigned char>(w.back())])) {
      return false;
    }
    for (const std::string& x : suffixes) {
      if (HasProperSuffix(w, x)) return true;
    }
    return false;
  }
};

struct PhraseMatcher::Index {
  std::vector<Phrase> phrases;  // list by list, each in its own order
  std::vector<int> list_of;     // phrase -> its list
  size_t lists = 0;
  WordTable first_words;  // exact first words, numbered
  std::vector<std::vector<size_t>> by_first_word;  // per number: phrases, ascending
  std::vector<size_t> wildcard_first;  // phrases starting with a wildcard, ascending
  std::vector<std::pair<int, WildcardStarts>> wildcard_lists;  // lists that have some

  void Add(const std::string& text, int list) {
    Phrase words = ParsePhrase(text);
    if (words.empty()) return;
    size_t n = phrases.size();
    if (words[0].kind == PhraseWord::Kind::kExact) {
      size_t id = static_cast<size_t>(first_words.Add(words[0].text));
      if (id == by_first_word.size()) by_first_word.emplace_back();
      by_first_word[id].push_back(n);
    } else {
      wildcard_first.push_back(n);
      if (wildcard_lists.empty() || wildcard_lists.back().first != list) {
        wildcard_lists.emplace_back(list, WildcardStarts{});
      }
      wildcard_lists.back().second.Add(words[0]);
    }
    phrases.push_back(std::move(words));
    list_of.push_back(list);
  }
};

PhraseMatcher::PhraseMatcher(const std::vector<std::string>& phrases) {
  *this = Lists({phrases});
}

PhraseMatcher PhraseMatcher::Lists(const std::vector<std::vector<std::string>>& lists) {
  auto index = std::make_shared<Index>();
  index->lists = std::min<size_t>(lists.size(), 32);
  size_t total = 0;  // sized once: start-up builds these from hundreds of phrases
  for (size_t k = 0; k < index->lists; ++k) total += lists[k].size();
  index->phrases.reserve(total);
  index->list_of.reserve(total);
  for (size_t k = 0; k < index->lists; ++k) {
    for (const std::string& p : lists[k]) index->Add(p, static_cast<int>(k));
  }
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
  static const std::vector<size_t> kNone;
  const Index& x = *index_;
  std::vector<std::vector<Span>> out(x.lists);
  size_t free_at[32] = {};  // per list: the first token it may match at again
  for (size_t i = 0; i < tokens.size(); ++i) {
    int id = x.first_words.Find(tokens[i]);
    if (id < 0) {
      std::string_view bare = WithoutPossessive(tokens[i].norm);
      if (!bare.empty()) id = x.first_words.Find(bare);
    }
    uint32_t wild_lists = 0;  // lists whose wildcard phrases may start here
    for (const auto& [list, starts] : x.wildcard_lists) {
      if ((lists >> list & 1) && starts.MayStart(tokens[i])) wild_lists |= 1u << list;
    }
    if (id < 0 && wild_lists == 0) continue;  // the common case
    const std::vector<size_t>& exact = id < 0 ? kNone : x.by_first_word[id];
    const std::vector<size_t>& wild = wild_lists != 0 ? x.wildcard_first : kNone;
    // Candidates in phrase order, as if each list's phrases were tried in
    // turn; a list's first match here wins and skips its later ones.
    uint32_t matched = 0;
    size_t e = 0, w = 0;
    while (e < exact.size() || w < wild.size()) {
      bool take_exact = w == wild.size() || (e < exact.size() && exact[e] < wild[w]);
      size_t p = take_exact ? exact[e++] : wild[w++];
      int list = x.list_of[p];
      uint32_t bit = 1u << list;
      if (!(lists & bit) || (matched & bit) || free_at[list] > i) continue;
      if (!take_exact && !(wild_lists & bit)) continue;
      const Phrase& phrase = x.phrases[p];
      if (!MatchesAt(phrase, tokens, i)) continue;
      const Token& last = tokens[i + phrase.size() - 1];
      Span s;
      s.offset = tokens[i].offset;
      s.length = last.offset + last.length - s.offset;
      s.text = FoldSpace(text.substr(s.offset, s.length));
      out[list].push_back(std::move(s));
      matched |= bit;
      // Matches do not overlap: "everyone loved the" is one finding, not
      // "everyone loved" and then "loved the".
      free_at[list] = i + phrase.size();
    }
  }
  return out;
}

}  // namespace starbank
