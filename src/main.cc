// starbank: lint and plan STAR interview stories. This file only wires the
// command line to starbank_core and turns the outcome into an exit code.
#include <CLI/CLI.hpp>
#include <iostream>
#include <string_view>

#include "commands/commands.h"
#include "text/printable.h"
#include "text/tokens.h"

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
    {"drill", starbank::RegisterDrill},       {"import", starbank::RegisterImport},
    {"server", starbank::RegisterServer},
};

// The first word that is not a global option or its value: the command's
// name. Empty when there is none.
std::string_view FirstWord(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--catalog" || arg == "--color" || arg == "--config") {
      ++i;  // its value
      continue;
    }
    if (arg == "--") return "";
    if (!arg.empty() && arg[0] == '-') continue;
    return arg;
  }
  return "";
}

// The command the arguments name; nullptr when there is none or it is unknown.
const Command* NamedCommand(std::string_view word) {
  for (const Command& c : kCommands) {
    if (word == c.name) return &c;
  }
  return nullptr;
}

// "unknown command 'lnit'; did you mean 'lint'?" (exit 2), before CLI11
// would say only that an argument was not expected.
int UnknownCommand(std::string_view word) {
  std::string best;
  size_t distance = std::string::npos;
  for (const Command& c : kCommands) {
    size_t d = starbank::EditDistance(word, c.name);
    if (d < distance) distance = d, best = c.name;
  }
  std::cerr << "starbank: error: unknown command '" << starbank::Printable(std::string(word))
            << "'";
  if (distance <= 2) std::cerr << "; did you mean '" << best << "'?";
  std::cerr << "\nRun 'starbank --help' for the commands.\n";
  return starbank::kExitError;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace starbank;
  CheckStandardOutput();
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
  std::string_view word = FirstWord(argc, argv);
  const Command* named = NamedCommand(word);
  if (named == nullptr && !word.empty()) return FinishStandardOutput(UnknownCommand(word));
  if (named != nullptr && std::string_view(named->name) != "completion") {
    named->add(app, ctx);
  } else {
    for (const Command& c : kCommands) c.add(app, ctx);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return FinishStandardOutput(app.exit(e));
  } catch (const CLI::CallForAllHelp& e) {
    return FinishStandardOutput(app.exit(e));
  } catch (const CLI::CallForVersion& e) {
    return FinishStandardOutput(app.exit(e));
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return FinishStandardOutput(kExitError);
  }
  // Every command's output is checked here, once: a full disk or a closed
  // stdout is an error, not a cut-off report and exit 0.
  return FinishStandardOutput(ctx.run ? ctx.run() : kExitError);
}
