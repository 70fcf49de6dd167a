// confidential-term: a term from the config's `confidential:` list (a
// customer, a codename) appears in the story. Whole words, any case; a
// trailing '*' in a term matches any ending ("proj*" finds "project").
//
// The rule exists to stop leaks, so it also looks inside hyphen-joined words
// ("pre-Northwind", "Northwind-based": each part is a word) and folds case
// beyond ASCII ("ÉQUIPE" is "équipe", a full-width "Ｎｏｒｔｈｗｉｎｄ" is
// "northwind"): NFKC casefolding with utf8proc, on the few tokens and terms
// that are not ASCII.
#include <fmt/format.h>
#include <utf8proc.h>

#include <cctype>
#include <cstdlib>

#include "rules.h"
#include "starbank/lint.h"
#include "text/phrases.h"
#include "text/tokens.h"

namespace starbank {
namespace {

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// NFKC casefold of `s`; `s` itself when it is ASCII (the caller lowercases
// that) or not valid UTF-8.
std::string FoldCase(const std::string& s) {
  if (IsAscii(s)) return s;
  utf8proc_uint8_t* folded = nullptr;
  utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(s.c_str()), 0, &folded,
      static_cast<utf8proc_option_t>(UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                     UTF8PROC_COMPAT | UTF8PROC_CASEFOLD));
  if (n < 0 || folded == nullptr) return s;  // not UTF-8: match its bytes as they are
  std::string out(reinterpret_cast<const char*>(folded), static_cast<size_t>(n));
  std::free(folded);
  return out;
}

// Length of the hyphen at word[i] ('-' or U+2011, the non-breaking hyphen the
// tokenizer keeps inside words), 0 if there is none.
size_t HyphenAt(std::string_view word, size_t i) {
  if (word[i] == '-') return 1;
  return word.compare(i, 3, "\xE2\x80\x91") == 0 ? 3 : 0;
}

Token MakeToken(Token::Kind kind, std::string norm, size_t offset, size_t length) {
  Token t{kind, std::move(norm), offset, length, false};
  t.hash = HashWord(t.norm);
  return t;
}

// A word as the terms see it: lowercased, casefolded beyond ASCII, curly
// apostrophes straight (as the tokenizer does for its norms).
std::string WordNorm(std::string_view word) {
  std::string norm = FoldCase(ToLower(word));
  for (size_t p = norm.find("\xE2\x80\x99"); p != std::string::npos;
       p = norm.find("\xE2\x80\x99", p)) {
    norm.replace(p, 3, "'");
  }
  return norm;
}

// Appends word token `t` of `text` to `out` as its hyphen-separated parts,
// with a "-" symbol between them: "pre-Northwind" is "pre", "-", "northwind".
// Parts are cut from the source, not the norm, whose bytes may differ.
void AppendParts(std::string_view text, const Token& t, std::vector<Token>* out) {
  std::string_view word = text.substr(t.offset, t.length);
  size_t start = 0;
  for (size_t i = 0; i <= word.size();) {
    size_t hyphen = i < word.size() ? HyphenAt(word, i) : 1;
    if (hyphen == 0) {
      ++i;
      continue;
    }
    out->push_back(MakeToken(t.kind, WordNorm(word.substr(start, i - start)),
                             t.offset + start, i - start));
    if (i < word.size()) out->push_back(MakeToken(Token::Kind::kSymbol, "-", t.offset + i, hyphen));
    i += hyphen;
    start = i;
  }
}

// The tokens the terms are matched against: words split at hyphens and
// casefolded, symbols and plain ASCII words as the tokenizer made them.
std::vector<Token> TermTokens(std::string_view text) {
  std::vector<Token> out;
  for (Token& t : Tokenize(text)) {
    bool plain = t.kind == Token::Kind::kSymbol ||
                 (t.norm.find('-') == std::string::npos && IsAscii(t.norm));
    if (plain) {
      out.push_back(std::move(t));
    } else {
      AppendParts(text, t, &out);
    }
  }
  return out;
}

// A configured term as TermTokens sees words: casefolded, and a hyphen
// inside a word set apart ("Acme-Corp" is "acme - corp"), so a hyphenated
// term still matches itself.
std::string TermPattern(const std::string& term) {
  std::string folded = FoldCase(term);
  std::string out;
  auto is_word = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80);
  };
  for (size_t i = 0; i < folded.size(); ++i) {
    bool inner = folded[i] == '-' && i > 0 && i + 1 < folded.size() &&
                 is_word(folded[i - 1]) && is_word(folded[i + 1]);
    out += inner ? std::string(" - ") : std::string(1, folded[i]);
  }
  return out;
}

PhraseMatcher TermMatcher(const std::vector<std::string>& terms) {
  std::vector<std::string> patterns;
  patterns.reserve(terms.size());
  for (const std::string& t : terms) patterns.push_back(TermPattern(t));
  return PhraseMatcher(patterns);
}

std::vector<Span> FindTerms(const PhraseMatcher& terms, std::string_view text) {
  return terms.FindAll(text, TermTokens(text));
}

class ConfidentialTerm : public Rule {
 public:
  ConfidentialTerm()
      : Rule(msg::kConfidentialTerm, Severity::kError) {}

  void Check(RuleContext& ctx) const override {
    if (ctx.options.confidential.empty()) return;
    PhraseMatcher terms = TermMatcher(ctx.options.confidential);
    const Story& s = ctx.story;
    if (s.explicit_id) Plain(ctx, terms, s.id, s.id_mark, Format(msg::kConfidentialTermInId));
    InSection(ctx, terms, s.title, Format(msg::kConfidentialTermInTitle));
    for (int p = 0; p < kPartCount; ++p) {
      std::string where = Format(msg::kConfidentialTermInPart, PartName(static_cast<Part>(p)));
      InSection(ctx, terms, s.parts[p], where);
    }
    InSection(ctx, terms, s.tradeoffs, Format(msg::kConfidentialTermInTradeoffs));
    for (const Followup& f : s.followups) {
      Plain(ctx, terms, f.question, f.mark, Format(msg::kConfidentialTermInFollowupQuestion));
      Plain(ctx, terms, f.answer, f.mark, Format(msg::kConfidentialTermInFollowupAnswer));
    }
    for (const std::string& prompt : s.prompts) Plain(ctx, terms, prompt, s.mark, Format(msg::kConfidentialTermInPrompt));
    for (const std::string& tag : s.tags) Plain(ctx, terms, tag, s.mark, Format(msg::kConfidentialTermInTags));
  }

 private:
  static void InSection(RuleContext& ctx, const PhraseMatcher& terms, const Section& section,
                        const std::string& where) {
    if (!section.present || section.invalid) return;
    for (const Span& span : FindTerms(terms, section.text)) {
      Mark at = ctx.Locate(section, span.offset);
      ctx.Report(at, Message(span.text, where, at.line));
    }
  }

  // Text without positions of its own: reported at `mark`.
  static void Plain(RuleContext& ctx, const PhraseMatcher& terms, const std::string& text,
                    Mark mark, const std::string& where) {
    for (const Span& span : FindTerms(terms, text)) {
      ctx.Report(mark, Message(span.text, where, mark.line));
    }
  }

  static std::string Message(const std::string& term, const std::string& where, int line) {
    return Format(msg::kConfidentialTermFound, term, where, line);
  }
};

}  // namespace

std::unique_ptr<Rule> MakeConfidentialTerm() { return std::make_unique<ConfidentialTerm>(); }

}  // namespace starbank
