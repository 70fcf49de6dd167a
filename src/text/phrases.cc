// Phrase matching on whole words, and a light English stemmer.
#include <sstream>

#include "starbank/text.h"

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

PhraseMatcher::PhraseMatcher(const std::vector<std::string>& phrases) {
  for (const std::string& p : phrases) {
    std::vector<std::string> words;
    for (const Token& t : Tokenize(p)) words.push_back(t.norm);
    if (!words.empty()) phrases_.push_back(std::move(words));
  }
}

std::vector<Span> PhraseMatcher::FindAll(std::string_view text) const {
  return FindAll(text, Tokenize(text));
}

std::vector<Span> PhraseMatcher::FindAll(
    std::string_view text, const std::vector<Token>& tokens) const {
  std::vector<Span> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    for (const auto& words : phrases_) {
      if (i + words.size() > tokens.size()) continue;
      bool match = true;
      for (size_t k = 0; k < words.size() && match; ++k) {
        const Token& t = tokens[i + k];
        const std::string& w = words[k];
        if (w == "*") {
          match = t.kind != Token::Kind::kSymbol;
        } else if (w == "#") {
          match = t.kind == Token::Kind::kNumber;
        } else if (w.size() > 1 && w.back() == '*' && w != "*") {
          match = t.norm.compare(0, w.size() - 1, w, 0, w.size() - 1) == 0;
        } else {
          match = t.norm == w;
        }
      }
      if (!match) continue;
      const Token& last = tokens[i + words.size() - 1];
      Span s;
      s.offset = tokens[i].offset;
      s.length = last.offset + last.length - s.offset;
      s.text = FoldSpace(text.substr(s.offset, s.length));
      out.push_back(std::move(s));
      break;
    }
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
