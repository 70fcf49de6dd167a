// starbank: lint and plan STAR interview stories. This file only wires the
// command line to starbank_core and turns the outcome into an exit code.
#include <CLI/CLI.hpp>
#include <iostream>

#include "commands/commands.h"

int main(int argc, char** argv) {
  using namespace starbank;
  CLI::App app("starbank: lint and plan STAR interview stories", "starbank");
  app.footer(
      "Examples:\n"
      "  starbank lint stories/                       score every story, list findings\n"
      "  starbank lint --format json stories/ > r.json\n"
      "  starbank rules                               what each rule checks\n"
      "  starbank map stories/                        principles covered, and the gaps\n"
      "  starbank plan --principles loop-core stories/  one story per principle\n\n"
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
  RegisterLint(app, ctx);
  RegisterRules(app, ctx);
  RegisterConfig(app, ctx);
  RegisterHook(app, ctx);
  RegisterCompletion(app, ctx);
  RegisterMap(app, ctx);
  RegisterPlan(app, ctx);
  RegisterNew(app, ctx);
  RegisterShow(app, ctx);
  RegisterCatalog(app, ctx);
  RegisterPrompts(app, ctx);
  RegisterExport(app, ctx);
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
