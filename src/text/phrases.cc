// Phrase matching on whole words, and a light English stemmer.
#include <memory>

#include "starbank/text.h"
#include "text/word_table.h"

namespace starbank {

std::string FoldSpace(std::string_view s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

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
        match = t.norm.compare(0, w.text.size(), w.text) == 0;
        break;
      case PhraseWord::Kind::kSuffix:
        match = t.kind != Token::Kind::kSymbol && t.norm.size() > w.text.size() &&
                t.norm.compare(t.norm.size() - w.text.size(), w.text.size(), w.text) == 0;
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
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].kind != Token::Kind::kSymbol && touches_next(k) && t[k + 1].norm == "*") {
      words.push_back(PhraseWord{PhraseWord::Kind::kPrefix, t[k].norm});
      ++k;
    } else if (t[k].norm == "*" && touches_next(k)) {
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

struct PhraseMatcher::Index {
  std::vector<Phrase> phrases;
  WordTable first_words;  // exact first words, numbered
  std::vector<std::vector<size_t>> by_first_word;  // per number: phrases, ascending
  std::vector<size_t> wildcard_first;  // phrases starting with a wildcard
  // What a token must be to start a wildcard phrase, tested before any is
  // tried: most tokens start none, and a list with "# hour weeks" would
  // otherwise try it at every word.
  bool any_word_first = false;  // "* ..." starts at any word
  bool number_first = false;    // "# ..." at a number
  std::vector<std::string> prefixes, suffixes;

  bool MayStartWildcard(const Token& t) const {
    const std::string& w = t.norm;
    for (const std::string& p : prefixes) {
      if (w.compare(0, p.size(), p) == 0) return true;
    }
    if (t.kind == Token::Kind::kSymbol) return false;
    if (any_word_first || (number_first && t.kind == Token::Kind::kNumber)) return true;
    for (const std::string& x : suffixes) {
      if (w.size() > x.size() && w.compare(w.size() - x.size(), x.size(), x) == 0) return true;
    }
    return false;
  }
};

PhraseMatcher::PhraseMatcher(const std::vector<std::string>& phrases) {
  auto index = std::make_shared<Index>();
  for (const std::string& p : phrases) {
    Phrase words = ParsePhrase(p);
    if (words.empty()) continue;
    size_t n = index->phrases.size();
    if (words[0].kind == PhraseWord::Kind::kExact) {
      size_t id = static_cast<size_t>(index->first_words.Add(words[0].text));
      if (id == index->by_first_word.size()) index->by_first_word.emplace_back();
      index->by_first_word[id].push_back(n);
    } else {
      index->wildcard_first.push_back(n);
      const PhraseWord& w = words[0];
      switch (w.kind) {
        case PhraseWord::Kind::kAnyWord: index->any_word_first = true; break;
        case PhraseWord::Kind::kNumber: index->number_first = true; break;
        case PhraseWord::Kind::kPrefix: index->prefixes.push_back(w.text); break;
        case PhraseWord::Kind::kSuffix: index->suffixes.push_back(w.text); break;
        case PhraseWord::Kind::kExact: break;
      }
    }
    index->phrases.push_back(std::move(words));
  }
  index_ = std::move(index);
}

std::vector<Span> PhraseMatcher::FindAll(std::string_view text) const {
  return FindAll(text, Tokenize(text));
}

std::vector<Span> PhraseMatcher::FindAll(
    std::string_view text, const std::vector<Token>& tokens) const {
  static const std::vector<size_t> kNone;
  const Index& x = *index_;
  std::vector<Span> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    int id = x.first_words.Find(tokens[i]);
    if (id < 0) {
      std::string_view bare = WithoutPossessive(tokens[i].norm);
      if (!bare.empty()) id = x.first_words.Find(bare);
    }
    bool wild_may_start = !x.wildcard_first.empty() && x.MayStartWildcard(tokens[i]);
    if (id < 0 && !wild_may_start) continue;  // the common case
    const std::vector<size_t>& exact = id < 0 ? kNone : x.by_first_word[id];
    const std::vector<size_t>& wild = wild_may_start ? x.wildcard_first : kNone;
    // Try candidates in list order, as if every phrase were tried in turn.
    size_t e = 0, w = 0, matched = 0;
    while (e < exact.size() || w < wild.size()) {
      bool take_exact = w == wild.size() || (e < exact.size() && exact[e] < wild[w]);
      const Phrase& phrase = x.phrases[take_exact ? exact[e++] : wild[w++]];
      if (!MatchesAt(phrase, tokens, i)) continue;
      const Token& last = tokens[i + phrase.size() - 1];
      Span s;
      s.offset = tokens[i].offset;
      s.length = last.offset + last.length - s.offset;
      s.text = FoldSpace(text.substr(s.offset, s.length));
      out.push_back(std::move(s));
      matched = phrase.size();
      break;
    }
    // Matches do not overlap: "everyone loved the" is one finding, not
    // "everyone loved" and then "loved the".
    if (matched > 1) i += matched - 1;
  }
  return out;
}

namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool HasVowel(std::string_view s) {
  for (char c : s) {
    if (IsVowel(c)) return true;
  }
  return false;
}

}  // namespace

std::string Stem(std::string_view word) {
  std::string w = ToLower(word);
  if (w.size() <= 3) return w;
  // Plurals and verb endings, longest first; keep a vowel in the stem.
  static const std::pair<const char*, const char*> kRules[] = {
      {"ational", "ate"}, {"ization", "ize"}, {"fulness", "ful"},
      {"iveness", "ive"}, {"ousness", "ous"}, {"ations", "ate"},
      {"ation", "ate"},   {"ments", ""},      {"ment", ""},
      {"ness", ""},       {"ities", ""},      {"ity", ""},
      {"ingly", ""},      {"edly", ""},       {"ings", ""},
      {"ing", ""},        {"ies", "y"},       {"ied", "y"},
      {"ers", ""},        {"er", ""},         {"ed", ""},
      {"ly", ""},         {"es", ""},         {"s", ""},
  };
  for (const auto& [suffix, repl] : kRules) {
    if (!EndsWith(w, suffix)) continue;
    std::string stem = w.substr(0, w.size() - std::char_traits<char>::length(suffix));
    if (stem.size() < 3 || !HasVowel(stem)) continue;
    if (std::string_view(suffix) == "s" && (EndsWith(stem, "s") || EndsWith(stem, "u"))) {
      continue;  // "process", "status"
    }
    stem += repl;
    // "shipped" -> "shipp" -> "ship"
    size_t n = stem.size();
    if (n >= 4 && stem[n - 1] == stem[n - 2] && !IsVowel(stem[n - 1]) &&
        stem[n - 1] != 'l' && stem[n - 1] != 's' && stem[n - 1] != 'z') {
      stem.pop_back();
    }
    if (!stem.empty() && stem.back() == 'e' && stem.size() > 4) stem.pop_back();
    return stem;
  }
  if (w.back() == 'e' && w.size() > 4) w.pop_back();
  return w;
}

}  // namespace starbank
