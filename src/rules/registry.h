// Registry: every rule, and the lookups over them.
#ifndef STARBANK_RULES_REGISTRY_H_
#define STARBANK_RULES_REGISTRY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lint/rule.h"

namespace starbank {

/// Every rule, sorted by id. Built once; safe to share between threads.
/// The commands hand it (or part of it) to the lint engine.
const RuleSet& AllRules();
/// The ids of AllRules(), in its order (what `.starbank.yaml` may name).
const std::vector<std::string>& AllRuleIds();
/// A rule by id, or nullptr.
const Rule* FindRule(std::string_view id);

}  // namespace starbank

#endif  // STARBANK_RULES_REGISTRY_H_
