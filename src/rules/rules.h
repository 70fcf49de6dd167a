// Factories for every rule; the registry (registry.cc) lists them.
#ifndef STARBANK_SRC_RULES_RULES_H_
#define STARBANK_SRC_RULES_RULES_H_

#include <memory>

#include "lint/rule.h"

namespace starbank {

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
