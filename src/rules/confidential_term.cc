// confidential-term: a term from the config's `confidential:` list (a
// customer, a codename) appears in the story. Whole words, any case; a
// trailing '*' in a term matches any ending ("proj*" finds "project").
#include <fmt/format.h>

#include "rules.h"
#include "starbank/lint.h"
#include "starbank/text.h"

namespace starbank {
namespace {

class ConfidentialTerm : public Rule {
 public:
  ConfidentialTerm()
      : Rule("confidential-term", Severity::kError,
             "a term from the config's confidential list (a customer name, a codename) "
             "appears in the story") {}

  void Check(RuleContext& ctx) const override {
    if (ctx.options.confidential.empty()) return;
    PhraseMatcher terms(ctx.options.confidential);
    const Story& s = ctx.story;
    if (s.explicit_id) Plain(ctx, terms, s.id, s.id_mark, "the id");
    InSection(ctx, terms, s.title, "the title");
    for (int p = 0; p < kPartCount; ++p) {
      std::string where = fmt::format("the {}", PartName(static_cast<Part>(p)));
      InSection(ctx, terms, s.parts[p], where);
    }
    InSection(ctx, terms, s.tradeoffs, "the tradeoffs");
    for (const Followup& f : s.followups) {
      Plain(ctx, terms, f.question, f.mark, "a follow-up question");
      Plain(ctx, terms, f.answer, f.mark, "a follow-up answer");
    }
    for (const std::string& prompt : s.prompts) Plain(ctx, terms, prompt, s.mark, "a prompt");
    for (const std::string& tag : s.tags) Plain(ctx, terms, tag, s.mark, "the tags");
  }

 private:
  static void InSection(RuleContext& ctx, const PhraseMatcher& terms, const Section& section,
                        const std::string& where) {
    if (!section.present || section.invalid) return;
    for (const Span& span : terms.FindAll(section.text)) {
      Mark at = ctx.Locate(section, span.offset);
      ctx.Report(at, Message(span.text, where, at.line));
    }
  }

  // Text without positions of its own: reported at `mark`.
  static void Plain(RuleContext& ctx, const PhraseMatcher& terms, const std::string& text,
                    Mark mark, const std::string& where) {
    for (const Span& span : terms.FindAll(text)) {
      ctx.Report(mark, Message(span.text, where, mark.line));
    }
  }

  static std::string Message(const std::string& term, const std::string& where, int line) {
    return fmt::format("confidential term '{}' in {} (line {}); replace it with a "
                       "neutral description such as 'a large retailer'",
                       term, where, line);
  }
};

}  // namespace

std::unique_ptr<Rule> MakeConfidentialTerm() { return std::make_unique<ConfidentialTerm>(); }

}  // namespace starbank
