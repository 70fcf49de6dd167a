// Helpers shared by the unit tests: build story YAML from parts and lint it
// in memory, so most tests never touch the disk.
#ifndef STARBANK_TESTS_TEST_UTIL_H_
#define STARBANK_TESTS_TEST_UTIL_H_

#include <map>
#include <set>
#include <string>

#include "rules/registry.h"
#include "starbank/catalog.h"
#include "starbank/lint.h"

namespace starbank::testing {

/// A strong story written for the tests; every rule stays silent on it.
inline std::map<std::string, std::string> StrongParts() {
  return {
      {"title", "Nightly billing ETL back under two hours before the audit"},
      {"principles", "[Deliver Results, Dive Deep]"},
      {"situation",
       "Our nightly billing ETL had crept to 6 hours and was overlapping the "
       "morning reports, three weeks before an external audit."},
      {"task",
       "I owned the pipeline and had to bring it under 2 hours without dropping "
       "a single reconciliation check."},
      {"action",
       "I profiled every stage and found that 70% of the time went to one join "
       "that re-read the full ledger. I rewrote it as an incremental merge keyed "
       "on the change log, and I added a checksum comparison against the old "
       "output for every run. Halfway through, the data platform group froze "
       "schema changes for the audit, so I kept the new tables behind a view "
       "instead of altering the old ones. I ran both versions side by side for "
       "a week and signed off with the finance lead once the outputs matched "
       "to the cent."},
      {"result",
       "Runtime fell from 6 hours to 85 minutes, beating the 2-hour target, and "
       "the morning reports have started on time for 40 straight days."},
      {"learning",
       "I now profile before I propose a rewrite, and every pipeline change "
       "that touches money gets a parallel-run check before it ships."},
  };
}

/// Renders parts as a story file; a part set to "<absent>" is left out.
inline std::string StoryYaml(const std::map<std::string, std::string>& parts) {
  static const char* kOrder[] = {"id", "title", "principles", "situation", "task",
                                 "action", "result", "learning", "tradeoffs"};
  std::string out;
  std::set<std::string> done;
  for (const char* key : kOrder) {
    auto it = parts.find(key);
    if (it == parts.end() || it->second == "<absent>") continue;
    done.insert(key);
    std::string k = key;
    if (k == "principles" || k == "id" || k == "title") {
      out += k + ": " + it->second + "\n";
    } else {
      out += k + ": |\n";
      std::string v = it->second;
      size_t start = 0;
      while (start <= v.size()) {
        size_t end = v.find('\n', start);
        if (end == std::string::npos) end = v.size();
        out += "  " + v.substr(start, end - start) + "\n";
        start = end + 1;
      }
    }
  }
  for (const auto& [k, v] : parts) {
    if (!done.count(k) && v != "<absent>") out += k + ": " + v + "\n";
  }
  return out;
}

/// The rule ids reported on `yaml` (as file "t.yaml").
inline std::set<std::string> FiredRules(const std::string& yaml,
                                        const LintOptions& options = {}) {
  LintReport r = LintString("t.yaml", yaml, Catalog::Default(), AllRules(), options);
  std::set<std::string> out;
  for (const Diagnostic& d : r.diagnostics) out.insert(d.rule);
  return out;
}

}  // namespace starbank::testing

#endif  // STARBANK_TESTS_TEST_UTIL_H_
