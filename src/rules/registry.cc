// The one list of rules. Add a rule here, in alphabetical order of its id.
#include "rules.h"
#include "rules/registry.h"

#include <algorithm>

namespace starbank {

const std::vector<std::unique_ptr<Rule>>& AllRules() {
  static const std::vector<std::unique_ptr<Rule>> rules = [] {
    std::vector<std::unique_ptr<Rule>> r;
    r.push_back(MakeConfidentialTerm());
    r.push_back(MakeDuplicateStory());
    r.push_back(MakeEffortOverOutcome());
    r.push_back(MakeInvalidSuppression());
    r.push_back(MakeLongSetup());
    r.push_back(MakeMissingLearning());
    r.push_back(MakeMissingSection());
    r.push_back(MakeNoBaseline());
    r.push_back(MakeNoSetback());
    r.push_back(MakeTooLong());
    r.push_back(MakeTooShort());
    r.push_back(MakeUnknownField());
    r.push_back(MakeUnknownPrinciple());
    r.push_back(MakeUnquantifiedResult());
    r.push_back(MakeUnsupportedClaim());
    r.push_back(MakeUnusedSuppression());
    r.push_back(MakeVagueResult());
    r.push_back(MakeWeOwnership());
    return r;
  }();
  return rules;
}

const Rule* FindRule(std::string_view id) {
  for (const auto& r : AllRules()) {
    if (r->id() == id) return r.get();
  }
  return nullptr;
}

}  // namespace starbank
