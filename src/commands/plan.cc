// `starbank plan --principles A,B,C [PATH...]`: one distinct story per
// principle, chosen to maximise the total fit (views/plan.h).
#include "views/plan.h"

#include <fmt/format.h>
#include <unistd.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "lint/infer.h"
#include "text/printable.h"
#include "text/tokens.h"
#include "views/bank.h"
#include "views/render.h"

namespace starbank {
namespace {

struct PlanArgs {
  std::vector<std::string> paths;
  std::vector<std::string> principles;
  std::string company;
  std::string format = "text";
  LintOptions options;
};

// Why a principle has no story: none fits it, or the ones that do are
// told for other principles of the loop.
std::string NoStory(const PlanSlot& s) {
  if (s.taken == nullptr || s.taken_by == nullptr) return "no story";
  std::string id = Printable(s.taken->id), by = Printable(s.taken_by->name);
  if (s.candidates <= 1)
    return fmt::format("no story: its only story, '{}', is told for {}", id, by);
  return fmt::format(
      "no story: all {} of its stories are told for other principles, '{}' for {}",
      s.candidates, id, by);
}

// The plan, one principle a line. On a terminal (`columns` > 0) the name and
// story columns narrow so each line fits; nothing is cut inside a character.
void PrintText(const Plan& plan, size_t stories, size_t columns,
               const CompanyHistory* history) {
  std::string head = fmt::format("Plan for {}{} from {}",
                                 Counted(plan.slots.size(), "principle", "principles"),
                                 history ? " at " + Printable(history->company) : "",
                                 Counted(stories, "story", "stories"));
  std::string total = fmt::format("(total fit {:.2f} of {}):", plan.total, plan.slots.size());
  bool narrow = columns > 0 && head.size() + 1 + total.size() > columns;
  std::cout << head << (narrow ? "\n" : " ") << total << "\n\n";
  size_t width = 0, id_width = 0;
  for (const PlanSlot& s : plan.slots) {
    width = std::max(width, DisplayWidth(Printable(s.principle->name)));
    if (s.story != nullptr) id_width = std::max(id_width, DisplayWidth(Printable(s.story->id)));
  }
  width = std::min<size_t>(width, 34);
  // "  NAME  -> ID  score 100, 120s, fit 0.00 (untagged, inferred)"
  constexpr size_t kFixed = 2 + 2 + 3 + 2 + 25;
  // Narrow: untagged picks get a '*' and a footnote instead.
  bool starred = columns > 0 && kFixed + width + id_width + 21 > columns;
  const char* untagged = starred ? " *" : " (untagged, inferred)";
  if (columns > 0 && kFixed + width + id_width + 2 > columns) {
    size_t over = kFixed + width + id_width + 2 - columns;
    size_t cut = std::min(over, width > 7 ? width - 7 : 0);
    width -= cut;
    over -= cut;
    id_width -= std::min(over, id_width > 7 ? id_width - 7 : 0);
  }
  auto column = [](const std::string& text, size_t w) {
    std::string cut = FitWidth(Printable(text), w);
    return cut + std::string(w - std::min(w, DisplayWidth(cut)), ' ');
  };
  for (const PlanSlot& s : plan.slots) {
    std::string name = column(s.principle->name, width);
    if (s.story == nullptr) {
      std::cout << WrapHanging(fmt::format("  {}  -> (", name), NoStory(s) + ")", columns);
      continue;
    }
    std::cout << fmt::format("  {}  -> {}  score {:>3}, {:>3}s, fit {:.2f}{}\n", name,
                             column(s.story->id, id_width), s.story->score,
                             s.story->seconds, s.fit,
                             s.tagged ? "" : untagged);
    if (history != nullptr && s.avoided) {
      std::cout << fmt::format("  {}     (told before: {})\n", std::string(width, ' '),
                               Printable(AvoidedWhy(s, *history)));
    }
  }
  bool any_untagged = std::any_of(plan.slots.begin(), plan.slots.end(), [](const PlanSlot& s) {
    return s.story != nullptr && !s.tagged;
  });
  if (starred && any_untagged) std::cout << "  * untagged; the fit is inferred from the text\n";
  std::vector<const Principle*> uncovered = plan.Uncovered();
  if (history != nullptr) {
    size_t avoided = std::count_if(plan.slots.begin(), plan.slots.end(),
                                   [](const PlanSlot& s) { return s.avoided; });
    if (history->told.empty()) {
      std::cout << fmt::format("\nNo story told at {} yet ({}).\n",
                               Printable(history->company), Printable(history->log_path));
    } else {
      std::cout << fmt::format(
          "\n{} told at {} before ({}); {}.\n",
          Counted(history->told.size(), "story", "stories"), Printable(history->company),
          Printable(history->log_path),
          avoided == 0 ? "none is planned again"
                       : fmt::format("{} planned again, for want of another", avoided));
    }
  }
  if (uncovered.empty()) {
    std::cout << "\nEvery principle is covered by a different story.\n";
    return;
  }
  std::vector<std::string> names;
  for (const Principle* p : uncovered) names.push_back(p->name);
  std::cout << fmt::format(
      "\nUncovered: {}\nWrite one with: starbank new \"TITLE\" "
      "--principle \"{}\"\n",
      Printable(JoinNames(names)), Printable(uncovered[0]->name));
}

void PrintJson(const Plan& plan, const LintReport& report,
               const CompanyHistory* history) {
  nlohmann::json slots = nlohmann::json::array(), uncovered = nlohmann::json::array();
  for (const PlanSlot& s : plan.slots) {
    nlohmann::json story = nullptr;
    if (s.story != nullptr) {
      story = {{"id", s.story->id},       {"file", s.story->file},
               {"line", s.story->line},   {"title", s.story->title},
               {"score", s.story->score}, {"seconds", s.story->seconds}};
    }
    nlohmann::json slot = {{"principle", s.principle->id},
                           {"name", s.principle->name},
                           {"story", story},
                           {"fit", RoundFit(s.fit)},
                           {"tagged", s.tagged}};
    if (history != nullptr) {
      nlohmann::json told = nlohmann::json::array();
      auto it = s.story ? history->told.find(s.story->id) : history->told.end();
      if (it != history->told.end()) {
        for (const InterviewRound* r : it->second) {
          told.push_back({{"date", r->date}, {"round", r->round}});
        }
      }
      slot["told_here"] = told;
      slot["why"] = s.avoided ? nlohmann::json(AvoidedWhy(s, *history)) : nullptr;
    }
    slots.push_back(slot);
  }
  for (const Principle* p : plan.Uncovered()) uncovered.push_back(p->id);
  nlohmann::json j = {{"version", 1},
                      {"plan", slots},
                      {"uncovered", uncovered},
                      {"total_fit", RoundFit(plan.total)},
                      {"errors", ErrorsJson(report.errors)}};
  if (history != nullptr) {
    nlohmann::json told = nlohmann::json::array(), round = nullptr;
    for (const auto& [id, rounds] : history->told) told.push_back(id);
    if (history->upcoming != nullptr) {
      round = {{"date", history->upcoming->date},
               {"round", history->upcoming->round},
               {"asked", history->upcoming->asked}};
    }
    j["company"] = {{"name", history->company},
                    {"log", history->log_path},
                    {"told", told},
                    {"upcoming", round}};
  }
  std::cout << j.dump(2) << '\n';
}

}  // namespace

bool UpcomingPrinciples(const CompanyHistory& history, const std::string& company,
                        std::vector<std::string>* asked) {
  if (company.empty()) {
    std::cerr << "starbank: error: --principles is required (or --company with an "
                 "upcoming round)\n";
    return false;
  }
  if (history.upcoming == nullptr || history.upcoming->asked.empty()) {
    std::cerr << fmt::format(
        "starbank: error: {} at '{}' in {}; give --principles, or log the next round "
        "with: starbank interview add --company \"{}\" --date YYYY-MM-DD --asked "
        "PRINCIPLES\n",
        history.upcoming ? "the upcoming round asks no principles" : "no upcoming round",
        Printable(company), Printable(history.log_path), Printable(history.company));
    return false;
  }
  *asked = history.upcoming->asked;
  return true;
}

namespace {

int RunPlan(const cli::Command& cmd, const PlanArgs& args, GlobalOptions* g) {
  BankInput bank;
  LintOptions options = args.options;
  options.near_copies = true;  // never two copies of one story in a plan
  bank.stories = std::make_unique<BankStories>();
  if (!LoadBank(cmd, args.paths, options, g, &bank)) return kExitError;
  CompanyHistory history;
  bool company = !args.company.empty();
  if (company &&
      !LoadCompanyHistory(bank.config, args.company, CommandToday(), &history)) {
    return kExitError;
  }
  std::vector<std::string> asked = args.principles;
  if (asked.empty() && !UpcomingPrinciples(history, args.company, &asked))
    return kExitError;
  std::vector<const Principle*> principles;
  if (!ResolvePrincipleList(*bank.catalog, asked, &principles)) return kExitError;
  const BankStories& stories = *bank.stories;
  Plan plan;
  if (company) {
    plan = MakeCompanyPlan(bank, principles, history);
  } else {
    std::vector<size_t> index;
    for (const Principle* p : principles) index.push_back(bank.catalog->IndexOf(*p));
    plan = MakePlan(
        principles, stories.size(),
        [&](size_t p, size_t s) {
          return PlanFit(stories.Tagged(s, index[p]), stories.Fit(s, index[p]),
                         stories.Score(s));
        },
        [&](size_t s) { return &stories.Report(s); }, bank.report.near_copies);
  }
  const CompanyHistory* h = company ? &history : nullptr;
  if (args.format == "json") {
    PrintJson(plan, bank.report, h);
  } else {
    PrintLoadErrors(bank.report);
    PrintText(plan, stories.size(),
              static_cast<size_t>(std::max(0, TerminalWidth(STDOUT_FILENO))), h);
  }
  return bank.report.errors.empty() ? kExitOk : kExitError;
}

}  // namespace

void RegisterPlan(cli::Command& app, CommandContext& ctx) {
  auto args = std::make_shared<PlanArgs>();
  cli::Command* cmd = app.add_subcommand(
      "plan", "Pick one distinct story per principle for an interview loop");
  cmd->footer(
      "Examples:\n"
      "  starbank plan --principles \"Deliver Results,Dive Deep,Ownership\" stories/\n"
      "  starbank plan --principles loop-core          a set from 'starbank catalog'\n"
      "  starbank plan -P bias-for-action,frugality --format json\n"
      "  starbank plan --company Acme    the principles of Acme's next round,\n"
      "                                  no story told at Acme while another fits\n\n"
      "Each story is used at most once. The fit of a story for a principle is\n"
      "(0.5 + 0.5 * score/100) * relevance, where relevance is 0.75 + 0.25 * inferred\n"
      "fit for a tagged story and 0.5 * inferred fit for an untagged one whose text\n"
      "fits well; the plan maximises the total (an assignment problem, solved with\n"
      "the Hungarian algorithm). See docs/bank-views.md.\n"
      "With --company, a story already told at that company (interviews.yaml, see\n"
      "docs/interviews.md) is planned only when no other story can take the\n"
      "principle, and the plan says why.\n"
      "Exit status: 0 planned (even with uncovered principles), 2 unknown principle,\n"
      "no upcoming round, usage, config, log or load errors.");
  cmd->add_option("paths", args->paths, "Story files or folders (default: .)");
  cmd->add_option("-P,--principles", args->principles,
                  "Comma-separated principles (names, ids, aliases) or a catalog set")
      ->allow_extra_args(false);  // One value per flag: paths may follow.
  cmd->add_option("-c,--company", args->company,
                  "Plan around what was told at this company (interviews.yaml)");
  cmd->add_option("-f,--format", args->format, "Output format")
      ->check(cli::IsMember({"text", "json"}));
  AddLintOptions(*cmd, &args->options);
  cmd->callback([cmd, args, &ctx] {
    ctx.run = [cmd, args, &ctx] { return RunPlan(*cmd, *args, &ctx.globals); };
  });
}

}  // namespace starbank
