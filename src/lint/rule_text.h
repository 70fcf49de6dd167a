// A rule's words as compile-time constants: its summary, follow-up question
// and message templates, generated from data/rules/RULE.yaml by
// cmake/embed_rules.cmake into rule_texts.h (msg::kNoSetback,
// msg::kNoSetbackAbstract). A rule's C++ keeps the logic; its data file
// keeps the words. Format() (src/rules/rules.h) fills a message.
#ifndef STARBANK_LINT_RULE_TEXT_H_
#define STARBANK_LINT_RULE_TEXT_H_

namespace starbank {

/// A message template with N placeholders ({} or {:spec}), as fmt reads it.
template <int N>
struct Message {
  const char* text;
};

/// What an interviewer asks about a finding of a rule (`starbank drill`):
/// drill asks a story's follow-ups by ascending `order`; 0 means the rule
/// has none.
struct FollowUp {
  int order = 0;
  const char* question = "";
};

/// A rule's id, its one-line summary (`starbank rules`, SARIF) and its
/// follow-up question.
struct RuleText {
  const char* id;
  const char* summary;
  FollowUp follow_up;
};

/// A message as the tests see it: whose, which, its text and placeholders.
struct MessageEntry {
  const char* rule;
  const char* key;
  const char* text;
  int placeholders;
};

}  // namespace starbank

#endif  // STARBANK_LINT_RULE_TEXT_H_
