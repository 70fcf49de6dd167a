// invalid-suppression: a `# starbank:` comment that is malformed, misplaced
// or names an unknown rule. The suppression reader (src/lint/suppress.cc)
// reads directives from the raw file text and notes what it could not read;
// this rule decides what of that is a finding and says it.
#include <fmt/format.h>

#include "lint/suppress.h"
#include "rules.h"

namespace starbank {
namespace {

const char* const kUsage = msg::kInvalidSuppressionUsage.text;

std::string Message(const DirectiveProblem& p) {
  using Kind = DirectiveProblem::Kind;
  switch (p.kind) {
    case Kind::kEmpty:
      return Format(msg::kInvalidSuppressionEmpty, kUsage);
    case Kind::kUnknownWord:
      return Format(msg::kInvalidSuppressionUnknownWord, p.text, kUsage);
    case Kind::kNoBrackets:
      return Format(msg::kInvalidSuppressionNoBrackets, p.text, kUsage);
    case Kind::kTrailing:
      return Format(msg::kInvalidSuppressionTrailing, p.text);
    case Kind::kNoRule:
      return Format(msg::kInvalidSuppressionNoRule);
    case Kind::kUnknownRule:
      return p.near.empty()
                 ? Format(msg::kInvalidSuppressionUnknownRule, p.text)
                 : Format(msg::kInvalidSuppressionUnknownRuleNear, p.text, p.near);
    case Kind::kFileWideLate:
      return Format(msg::kInvalidSuppressionFileWideLate);
    case Kind::kNotAtKey:
      return Format(msg::kInvalidSuppressionNotAtKey);
  }
  return "";
}

class InvalidSuppression : public Rule {
 public:
  InvalidSuppression()
      : Rule(msg::kInvalidSuppression, Severity::kWarning) {}

  void CheckDirectives(const Suppressions& file, const LintOptions& /*options*/,
                       std::vector<Diagnostic>* out) const override {
    for (const DirectiveProblem& p : file.problems()) {
      Diagnostic d;
      d.mark = p.mark;
      d.message = Message(p);
      out->push_back(std::move(d));
    }
  }
  // A finding about a directive: no directive silences it.
  bool silenceable() const override { return false; }
};

}  // namespace

std::unique_ptr<Rule> MakeInvalidSuppression() {
  return std::make_unique<InvalidSuppression>();
}

}  // namespace starbank
