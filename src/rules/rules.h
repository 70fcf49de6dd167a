// Factories for every rule, which the registry (registry.cc) lists, and
// Format(), which fills a rule's message from data/rules.
#ifndef STARBANK_SRC_RULES_RULES_H_
#define STARBANK_SRC_RULES_RULES_H_

#include <fmt/format.h>

#include <memory>
#include <string>

#include "lint/rule.h"
#include "rule_texts.h"

namespace starbank {

/// `message` filled with `args`; a call with the wrong number of arguments
/// does not compile.
template <int N, typename... Args>
std::string Format(Message<N> message, const Args&... args) {
  static_assert(sizeof...(Args) == N, "the message has another number of placeholders");
  if constexpr (N == 0) {
    return message.text;
  } else {
    return fmt::format(fmt::runtime(message.text), args...);
  }
}

std::unique_ptr<Rule> MakeConfidentialTerm();
std::unique_ptr<Rule> MakeDuplicateStory();
std::unique_ptr<Rule> MakeEffortOverOutcome();
std::unique_ptr<Rule> MakeInvalidSuppression();
std::unique_ptr<Rule> MakeLongSetup();
std::unique_ptr<Rule> MakeMissingLearning();
std::unique_ptr<Rule> MakeMissingSection();
std::unique_ptr<Rule> MakeNoBaseline();
std::unique_ptr<Rule> MakeNoSetback();
std::unique_ptr<Rule> MakeTooLong();
std::unique_ptr<Rule> MakeTooShort();
std::unique_ptr<Rule> MakeUnknownField();
std::unique_ptr<Rule> MakeUnknownPrinciple();
std::unique_ptr<Rule> MakeUnquantifiedResult();
std::unique_ptr<Rule> MakeUnsupportedClaim();
std::unique_ptr<Rule> MakeUnusedSuppression();
std::unique_ptr<Rule> MakeVagueResult();
std::unique_ptr<Rule> MakeWeOwnership();

}  // namespace starbank

#endif  // STARBANK_SRC_RULES_RULES_H_
