// `starbank prompts [--principle NAME] [PATH...]`: the catalog's interview
// prompts and, for each, the stories that answer it; unanswered ones flagged.
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "text/printable.h"
#include "views/bank.h"
#include "views/render.h"

namespace starbank {
namespace {

struct PromptsArgs {
  std::vector<std::string> paths;
  std::string principle;
  std::string format = "text";
  LintOptions options;
};

std::string Ids(const std::vector<const StoryReport*>& stories) {
  std::string out;
  for (const StoryReport* s : stories) out += (out.empty() ? "" : ", ") + s->id;
  return Printable(out);
}

int Unanswered(const PromptsView& view) {
  int n = 0;
  for (const PromptAnswers& a : view.prompts) n += !a.answered();
  return n;
}

void PrintText(const PromptsView& view) {
  const Principle* current = nullptr;
  for (const PromptAnswers& a : view.prompts) {
    if (a.principle != current) {
      current = a.principle;
      std::cout << (current == view.prompts[0].principle ? "" : "\n")
                << Printable(current->name) << '\n';
    }
    std::cout << fmt::format("  {} {}\n", a.answered() ? "-" : "!", Printable(a.prompt));
    if (!a.answered()) std::cout << "      no story\n";
    if (!a.by_prompt.empty())
      std::cout << "      listed by: " << Ids(a.by_prompt) << '\n';
    if (!a.by_principle.empty())
      std::cout << "      tagged:    " << Ids(a.by_principle) << '\n';
  }
  if (!view.own.empty()) {
    std::cout << "\nYour own prompts (matching no catalog prompt)\n";
    for (const OwnPrompt& o : view.own) {
      std::cout << "  - " << Printable(o.prompt) << "\n      listed by: " << Ids(o.stories) << '\n';
    }
  }
  std::cout << fmt::format("\n{} of {} prompt{} no story (marked !).\n",
                           Unanswered(view), view.prompts.size(),
                           view.prompts.size() == 1 ? " has" : "s have");
}

nlohmann::json StoriesJson(const std::vector<const StoryReport*>& stories) {
  nlohmann::json j = nlohmann::json::array();
  for (const StoryReport* s : stories) {
    j.push_back(
        {{"id", s->id}, {"file", s->file}, {"line", s->line}, {"score", s->score}});
  }
  return j;
}

void PrintJson(const PromptsView& view, const LintReport& report) {
  nlohmann::json prompts = nlohmann::json::array(), own = nlohmann::json::array();
  for (const PromptAnswers& a : view.prompts) {
    prompts.push_back({{"principle", a.principle->id},
                       {"prompt", a.prompt},
                       {"answered", a.answered()},
                       {"listed_by", StoriesJson(a.by_prompt)},
                       {"tagged", StoriesJson(a.by_principle)}});
  }
  for (const OwnPrompt& o : view.own) {
    own.push_back({{"prompt", o.prompt}, {"listed_by", StoriesJson(o.stories)}});
  }
  nlohmann::json j = {{"version", 1},
                      {"prompts", prompts},
                      {"own_prompts", own},
                      {"unanswered", Unanswered(view)},
                      {"errors", ErrorsJson(report.errors)}};
  std::cout << j.dump(2) << '\n';
}

int RunPrompts(const cli::Command& cmd, const PromptsArgs& args, GlobalOptions* g) {
  BankInput bank;
  if (!LoadBank(cmd, args.paths, args.options, g, &bank)) return kExitError;
  const Principle* only = nullptr;
  if (!args.principle.empty()) {
    only = FindPrincipleOrReport(*bank.catalog, args.principle);
    if (only == nullptr) return kExitError;
  }
  PromptsView view = MapPrompts(bank.report, *bank.catalog, only);
  if (args.format == "json") {
    PrintJson(view, bank.report);
  } else {
    PrintLoadErrors(bank.report);
    PrintText(view);
  }
  return bank.report.errors.empty() ? kExitOk : kExitError;
}

}  // namespace

void RegisterPrompts(cli::Command& app, CommandContext& ctx) {
  auto args = std::make_shared<PromptsArgs>();
  cli::Command* cmd = app.add_subcommand(
      "prompts", "List the catalog's interview prompts and the stories that answer them");
  cmd->footer(
      "Examples:\n"
      "  starbank prompts stories/                     every prompt; '!' marks no story\n"
      "  starbank prompts --principle frugality\n"
      "  starbank prompts --format json | jq '.prompts[] | select(.answered | not)'\n\n"
      "A story answers a prompt when its `prompts:` list asks the same question\n"
      "(listed first), or when it is tagged with the prompt's principle.");
  cmd->add_option("paths", args->paths, "Story files or folders (default: .)");
  cmd->add_option("-p,--principle", args->principle, "Only this principle's prompts");
  cmd->add_option("-f,--format", args->format, "Output format")
      ->check(cli::IsMember({"text", "json"}));
  AddLintOptions(*cmd, &args->options);
  cmd->callback([cmd, args, &ctx] {
    ctx.run = [cmd, args, &ctx] { return RunPrompts(*cmd, *args, &ctx.globals); };
  });
}

}  // namespace starbank
