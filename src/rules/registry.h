// Registry: every rule, and the lookups over them.
#ifndef STARBANK_RULES_REGISTRY_H_
#define STARBANK_RULES_REGISTRY_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "lint/rule.h"

namespace starbank {

/// Every rule, sorted by id. Built once; safe to share between threads.
const std::vector<std::unique_ptr<Rule>>& AllRules();
/// A rule by id, or nullptr.
const Rule* FindRule(std::string_view id);

/// The clusters of near-identical stories in `bank` (duplicate-story's):
/// story indices, ascending, each cluster two or more, ordered by their
/// first story; the same on any number of threads.
std::vector<std::vector<uint32_t>> NearDuplicateClusters(
    const std::vector<StoryFingerprint>& bank, int jobs);

}  // namespace starbank

#endif  // STARBANK_RULES_REGISTRY_H_
