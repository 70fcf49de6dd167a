// invalid-suppression: a `# starbank:` comment that is malformed, misplaced
// or names an unknown rule. The suppression reader (src/lint/suppress.cc)
// reads directives from the raw file text and notes what it could not read;
// this rule decides what of that is a finding and says it.
#include <fmt/format.h>

#include "lint/suppress.h"
#include "rules.h"

namespace starbank {
namespace {

constexpr std::string_view kUsage =
    "expected '# starbank: ignore[rule-id, ...] -- reason' or "
    "'# starbank: ignore-file[rule-id, ...]'";

std::string Message(const DirectiveProblem& p) {
  using Kind = DirectiveProblem::Kind;
  switch (p.kind) {
    case Kind::kEmpty:
      return fmt::format("empty starbank directive; {}", kUsage);
    case Kind::kUnknownWord:
      return fmt::format("unknown starbank directive '{}'; {}", p.text, kUsage);
    case Kind::kNoBrackets:
      return fmt::format("'{}' needs the rules to silence in brackets; {}", p.text, kUsage);
    case Kind::kTrailing:
      return fmt::format("unexpected '{}' after the rule list; write the reason after '--'",
                         p.text);
    case Kind::kNoRule:
      return "suppression names no rule; list the rule ids to silence";
    case Kind::kUnknownRule:
      return p.near.empty()
                 ? fmt::format("unknown rule '{}' in suppression; run 'starbank rules' for "
                               "the list", p.text)
                 : fmt::format("unknown rule '{}' in suppression; did you mean '{}'?", p.text,
                               p.near);
    case Kind::kFileWideLate:
      return "'ignore-file' belongs in the file's header, before its first key; use "
             "'ignore' to silence one key";
    case Kind::kNotAtKey:
      return "suppression is not on or directly above a key; put it on the key's line or "
             "the line above";
  }
  return "";
}

class InvalidSuppression : public Rule {
 public:
  InvalidSuppression()
      : Rule("invalid-suppression", Severity::kWarning,
             "a '# starbank:' directive is malformed, misplaced or names an unknown "
             "rule") {}

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
