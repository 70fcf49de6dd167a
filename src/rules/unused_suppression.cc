// unused-suppression: a `# starbank: ignore[rule]` that silences nothing.
// Checked once every finding of the file, bank-wide ones included, has gone
// through the file's directives (src/lint/suppress.cc marks each entry that
// silenced one). Its safe fix removes the entry, or the whole comment.
#include <fmt/format.h>

#include "lint/suppress.h"
#include "rules.h"

namespace starbank {
namespace {

class UnusedSuppression : public Rule {
 public:
  UnusedSuppression()
      : Rule(msg::kUnusedSuppression, Severity::kWarning) {}

  // Entries for a rule the options turn off silence nothing by design: not
  // reported.
  void CheckDirectives(const Suppressions& file, const LintOptions& options,
                       std::vector<Diagnostic>* out) const override {
    for (const SuppressDirective& dir : file.directives()) {
      for (const SuppressDirective::Entry& e : dir.rules) {
        if (e.used || !RuleEnabled(e.rule, options)) continue;
        Diagnostic d;
        d.mark = e.mark;
        d.message = dir.file_wide ? Format(msg::kUnusedSuppressionInFile, e.rule)
                                : Format(msg::kUnusedSuppressionOnKey, e.rule);
        d.fix = Replacement{e.rule, "", Replacement::Kind::kDirective};
        out->push_back(std::move(d));
      }
    }
  }
  // A finding about a directive: no directive silences it.
  bool silenceable() const override { return false; }
};

}  // namespace

std::unique_ptr<Rule> MakeUnusedSuppression() {
  return std::make_unique<UnusedSuppression>();
}

}  // namespace starbank
