// `starbank catalog` lists the principles (and sets) of the catalog in
// effect; `starbank catalog show NAME` prints one principle in full.
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "io/config.h"
#include "text/printable.h"
#include "text/tokens.h"
#include "views/bank.h"
#include "views/render.h"

namespace starbank {
namespace {

struct CatalogArgs {
  std::string format = "text";
  std::string name;  // For `catalog show`.
};

nlohmann::json PrincipleJson(const Principle& p) {
  return {{"id", p.id},
          {"name", p.name},
          {"aliases", p.aliases},
          {"summary", FoldSpace(p.summary)},
          {"expects_setback", p.expects_setback},
          {"signals", p.signals},
          {"prompts", p.prompts},
          {"followups", p.followups}};
}

void PrintList(const Catalog& catalog, bool json) {
  if (json) {
    nlohmann::json principles = nlohmann::json::array(), sets = nlohmann::json::array();
    for (const Principle& p : catalog.principles())
      principles.push_back(PrincipleJson(p));
    for (const PrincipleSet& s : catalog.sets()) {
      sets.push_back({{"id", s.id}, {"name", s.name}, {"principles", s.principles}});
    }
    nlohmann::json j = {{"version", 1},
                        {"name", catalog.name()},
                        {"principles", principles},
                        {"sets", sets}};
    std::cout << j.dump(2) << '\n';
    return;
  }
  size_t n = catalog.principles().size();
  std::cout << fmt::format("{} ({} principle{})\n\n", Printable(catalog.name()), n,
                           n == 1 ? "" : "s");
  for (const Principle& p : catalog.principles()) {
    std::cout << fmt::format("  {:<46} {}\n", Printable(p.id), Printable(p.name));
  }
  if (!catalog.sets().empty()) {
    std::cout << "\nSets (for plan --principles):\n";
    for (const PrincipleSet& s : catalog.sets()) {
      std::cout << fmt::format("  {:<16} {} ({} principle{})\n", Printable(s.id),
                               Printable(s.name), s.principles.size(),
                               s.principles.size() == 1 ? "" : "s");
    }
  }
  std::cout
      << "\nRun 'starbank catalog show NAME' for a principle's prompts and follow-ups.\n";
}

void PrintOne(const Principle& p, bool json) {
  if (json) {
    nlohmann::json j = {{"version", 1}};
    j.update(PrincipleJson(p));
    std::cout << j.dump(2) << '\n';
    return;
  }
  std::cout << fmt::format("{} ({})\n", Printable(p.name), Printable(p.id));
  if (!p.aliases.empty()) std::cout << "also: " << Printable(JoinNames(p.aliases)) << '\n';
  std::cout << '\n' << PrintableLine(p.summary) << '\n';
  if (p.expects_setback) {
    std::cout
        << "\nStories for it are expected to name a setback and how you got past it.\n";
  }
  std::cout << "\nPrompts:\n";
  for (const std::string& q : p.prompts) std::cout << "  - " << Printable(q) << '\n';
  std::cout << "\nFollow-ups:\n";
  for (const std::string& q : p.followups) std::cout << "  - " << Printable(q) << '\n';
}

// The catalog in effect: --catalog, else the config's, else the built-in one.
const Catalog* ResolveCatalog(const cli::Command& cmd, GlobalOptions* g) {
  LintOptions options;
  Config config;
  if (!ResolveSettings(cmd, g, &options, &config)) return nullptr;
  return LoadCatalogOrReport(*g);
}

}  // namespace

void RegisterCatalog(cli::Command& app, CommandContext& ctx) {
  auto args = std::make_shared<CatalogArgs>();
  cli::Command* cmd =
      app.add_subcommand("catalog", "List the principles stories are tagged with");
  cmd->footer(
      "Examples:\n"
      "  starbank catalog                         every principle, and the sets\n"
      "  starbank catalog show \"Dive Deep\"        summary, prompts and follow-ups\n"
      "  starbank --catalog values.yaml catalog --format json\n\n"
      "NAME is a name, id or alias, in any case.");
  cmd->add_option("-f,--format", args->format, "Output format")
      ->check(cli::IsMember({"text", "json"}));
  cli::Command* show = cmd->add_subcommand("show", "Show one principle in full");
  show->add_option("name", args->name, "Principle name, id or alias")->required();
  show->add_option("-f,--format", args->format, "Output format")
      ->check(cli::IsMember({"text", "json"}));
  show->callback([show, args, &ctx] {
    ctx.run = [show, args, &ctx] {
      const Catalog* catalog = ResolveCatalog(*show, &ctx.globals);
      if (catalog == nullptr) return kExitError;
      const Principle* p = FindPrincipleOrReport(*catalog, args->name);
      if (p == nullptr) return kExitError;
      PrintOne(*p, args->format == "json");
      return kExitOk;
    };
  });
  cmd->callback([cmd, show, args, &ctx] {
    if (show->parsed()) return;  // `catalog show` set ctx.run already.
    ctx.run = [cmd, args, &ctx] {
      const Catalog* catalog = ResolveCatalog(*cmd, &ctx.globals);
      if (catalog == nullptr) return kExitError;
      PrintList(*catalog, args->format == "json");
      return kExitOk;
    };
  });
}

}  // namespace starbank
