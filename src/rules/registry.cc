// The one list of rules. Add a rule here, in alphabetical order of its id.
#include "rules.h"
#include "rules/registry.h"

#include <algorithm>

namespace starbank {

namespace {

const std::vector<std::unique_ptr<Rule>>& OwnedRules() {
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

}  // namespace

const RuleSet& AllRules() {
  static const RuleSet rules = [] {
    RuleSet r;
    for (const auto& owned : OwnedRules()) r.push_back(owned.get());
    return r;
  }();
  return rules;
}

const std::vector<std::string>& AllRuleIds() {
  static const std::vector<std::string> ids = [] {
    std::vector<std::string> r;
    for (const Rule* rule : AllRules()) r.push_back(rule->id());
    return r;
  }();
  return ids;
}

const Rule* FindRule(std::string_view id) { return FindRuleIn(AllRules(), id); }

}  // namespace starbank
