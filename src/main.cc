// starbank: lint and plan STAR interview stories. This file only wires the
// command line to starbank_core and turns the outcome into an exit code.
#include <CLI/CLI.hpp>
#include <iostream>
#include <string_view>

#include "commands/commands.h"

namespace {

struct Command {
  const char* name;
  void (*add)(CLI::App&, starbank::CommandContext&);
};

// In the order `starbank --help` lists them.
const Command kCommands[] = {
    {"lint", starbank::RegisterLint},         {"rules", starbank::RegisterRules},
    {"config", starbank::RegisterConfig},     {"hook", starbank::RegisterHook},
    {"completion", starbank::RegisterCompletion}, {"map", starbank::RegisterMap},
    {"plan", starbank::RegisterPlan},         {"new", starbank::RegisterNew},
    {"show", starbank::RegisterShow},         {"catalog", starbank::RegisterCatalog},
    {"prompts", starbank::RegisterPrompts},   {"export", starbank::RegisterExport},
    {"drill", starbank::RegisterDrill},
    {"server", starbank::RegisterServer},
};

// The command the arguments name: the first word that is not a global
// option or its value. nullptr when there is none or it is unknown.
const Command* NamedCommand(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--catalog" || arg == "--color" || arg == "--config") {
      ++i;  // its value
      continue;
    }
    if (arg == "--") return nullptr;
    if (!arg.empty() && arg[0] == '-') continue;
    for (const Command& c : kCommands) {
      if (arg == c.name) return &c;
    }
    return nullptr;
  }
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace starbank;
  CLI::App app("starbank: lint and plan STAR interview stories", "starbank");
  app.footer(
      "Examples:\n"
      "  starbank lint stories/                       score every story, list findings\n"
      "  starbank lint --format json stories/ > r.json\n"
      "  starbank rules                               what each rule checks\n"
      "  starbank map stories/                        principles covered, and the gaps\n"
      "  starbank plan --principles loop-core stories/  one story per principle\n"
      "  starbank drill                               tell the most due story, timed\n\n"
      "Run 'starbank COMMAND --help' for a command's options.");
  app.set_version_flag("-V,--version", std::string("starbank ") + STARBANK_VERSION);
  app.require_subcommand(1);
  app.fallthrough();  // --catalog and --color work after the command name too
  CommandContext ctx;
  app.add_option("--catalog", ctx.globals.catalog_path,
                 "Principle catalog YAML (default: the built-in Amazon catalog)")
      ->check(CLI::ExistingFile);
  app.add_option("--color", ctx.globals.color, "Colour output")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  CLI::Option* config = app.add_option(
      "--config", ctx.globals.config_path,
      "Settings file to use instead of the nearest .starbank.yaml");
  app.add_flag("--isolated", ctx.globals.isolated, "Ignore every .starbank.yaml")
      ->excludes(config);
  // A run names one command: only it is set up (each costs tens of
  // options). Help, errors and completion need them all.
  const Command* named = NamedCommand(argc, argv);
  if (named != nullptr && std::string_view(named->name) != "completion") {
    named->add(app, ctx);
  } else {
    for (const Command& c : kCommands) c.add(app, ctx);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitError;
  }
  return ctx.run ? ctx.run() : kExitError;
}
