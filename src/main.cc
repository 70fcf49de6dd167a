// starbank: lint and plan STAR interview stories. This file only wires the
// command line to starbank_core and turns the outcome into an exit code. It
// and commands/cli.cc are the only files that include CLI11.
#include <CLI/CLI.hpp>
#include <cctype>
#include <iostream>
#include <regex>
#include <string_view>

#include "commands/commands.h"
#include "text/closest.h"
#include "text/printable.h"
#include "text/tokens.h"

namespace {

struct Command {
  const char* name;
  void (*add)(starbank::cli::Command&, starbank::CommandContext&);
};

// In the order `starbank --help` lists them.
const Command kCommands[] = {
    {"lint", starbank::RegisterLint},         {"rules", starbank::RegisterRules},
    {"config", starbank::RegisterConfig},     {"hook", starbank::RegisterHook},
    {"completion", starbank::RegisterCompletion}, {"map", starbank::RegisterMap},
    {"plan", starbank::RegisterPlan},         {"new", starbank::RegisterNew},
    {"show", starbank::RegisterShow},         {"catalog", starbank::RegisterCatalog},
    {"prompts", starbank::RegisterPrompts},   {"export", starbank::RegisterExport},
    {"drill", starbank::RegisterDrill},       {"interview", starbank::RegisterInterview},
    {"import", starbank::RegisterImport},
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
  starbank::Closest closest(word, 2);
  for (const Command& c : kCommands) closest.Offer(c.name);
  std::cerr << "starbank: error: unknown command '" << starbank::Printable(std::string(word))
            << "'";
  if (closest.found()) std::cerr << "; did you mean '" << closest.name() << "'?";
  std::cerr << "\nRun 'starbank --help' for the commands.\n";
  return starbank::kExitError;
}

// CLI11 2.1's error messages (CLI/Error.hpp, CLI/Validators.hpp) in plain
// words, lowercase: a regular expression over its message and the
// replacement. The first that matches is used.
struct Rewording {
  const char* pattern;
  const char* words;
};

const Rewording kCliErrors[] = {
    {"A subcommand is required", "a command is required, such as 'lint' or 'map'"},
    {"Requires at least (\\d+) subcommands",
     "a command is required, such as 'lint' or 'map'"},
    {"(-\\S+) is required", "$1 is required"},
    {"(\\S+) is required", "the $1 argument is required"},
    {"(\\S+): At Most 1 required but received (\\d+)", "$1 takes one value, got $2"},
    {"(\\S+): At Most (\\d+) required but received (\\d+)",
     "$1 takes at most $2 values, got $3"},
    {"(\\S+): At least (\\d+) required but received (\\d+)",
     "$1 takes at least $2 values, got $3"},
    {"(\\S+): 1 required \\S+ missing", "$1 needs a value"},
    {"(\\S+): (\\d+) required \\S+ missing", "$1 needs $2 values"},
    {"Expected exactly (\\d+) arguments to (\\S+), got (\\d+)",
     "$2 takes $1 values, got $3"},
    {"Expected at least (\\d+) arguments to (\\S+), got (\\d+)",
     "$2 takes at least $1 values, got $3"},
    {"(\\S+) was given a disallowed flag override", "$1 is a flag and takes no value"},
    {"(\\S+): too many inputs for a flag", "$1 is a flag and takes no value"},
    {"(\\S+): Should be true/false or a number", "$1 takes true or false"},
    {"The value (.*) is not an allowed value for (\\S+)", "$2: '$1' is not allowed"},
    {"Could not convert: (\\S+) = (.*)", "$1: '$2' is not a valid value"},
    {"(\\S+): (.*) not in \\{(.*)\\}", "$1: '$2' is not one of $3"},
    {"(\\S+): Value (.*) not in range (\\S+) to (\\S+)",
     "$1: '$2' is not a number from $3 to $4"},
    {"(\\S+): File does not exist: (.*)", "$1: no such file '$2'"},
    {"(\\S+): File is actually a directory: (.*)", "$1: '$2' is a folder, not a file"},
    {"(\\S+): Directory does not exist: (.*)", "$1: no such folder '$2'"},
    {"(\\S+): Directory is actually a file: (.*)", "$1: '$2' is a file, not a folder"},
    {"(\\S+): Path does not exist: (.*)", "$1: no such file or folder '$2'"},
    {"(\\S+): Failed parsing (.*) as a .*", "$1: '$2' is not a number"},
    {"(\\S+): Value (.*) could not be converted.*", "$1: '$2' is not a number"},
    {"(\\S+) requires (\\S+)", "$1 needs $2"},
    {"(\\S+) excludes (\\S+)", "$1 and $2 do not go together; pick one"},
    {"The following argument was not expected: (-.*)", "unknown option '$1'"},
    {"The following argument was not expected: (.*)", "unexpected argument '$1'"},
    {"The following arguments were not expected: (.*)", "unexpected arguments '$1'"},
};

// The long option of `cmd` (or of its parents) nearest to `word`, or "".
std::string NearestOption(const CLI::App* cmd, const std::string& word) {
  starbank::Closest closest(word, 2);
  for (const CLI::App* a = cmd; a != nullptr; a = a->get_parent()) {
    for (const CLI::Option* o : a->get_options()) {
      for (const std::string& name : o->get_lnames()) closest.Offer("--" + name);
    }
  }
  return closest.name();
}

// CLI11's message for `e` in plain words, lowercase, with a did-you-mean
// for an unknown option of `cmd`.
std::string CliErrorWords(const CLI::ParseError& e, const CLI::App* cmd) {
  std::string what = e.what();
  if (what == "A subcommand is required" && cmd->get_parent() != nullptr) {
    std::string names;  // "'hook' needs a command: install or uninstall"
    std::vector<const CLI::App*> subs =
        cmd->get_subcommands([](const CLI::App* a) { return !a->get_group().empty(); });
    for (size_t i = 0; i < subs.size(); ++i) {
      names += (i == 0 ? "" : i + 1 == subs.size() ? " or " : ", ") + subs[i]->get_name();
    }
    return "'" + cmd->get_name() + "' needs a command: " + names;
  }
  for (const Rewording& r : kCliErrors) {
    std::regex pattern(r.pattern);
    if (!std::regex_match(what, pattern)) continue;
    std::string words = std::regex_replace(what, pattern, r.words);
    size_t list = words.find("is not one of ");  // "a,b,c" as "a, b, c"
    for (size_t i = words.find(',', list);
         list != std::string::npos && i != std::string::npos;
         i = words.find(',', i + 2)) {
      words.insert(i + 1, " ");
    }
    if (words.rfind("unknown option '", 0) == 0) {
      std::string option = words.substr(16, words.size() - 17);
      std::string hint = NearestOption(cmd, option.substr(0, option.find('=')));
      if (!hint.empty()) words += "; did you mean '" + hint + "'?";
    }
    return words;
  }
  if (!what.empty() && what.back() == '.') what.pop_back();
  if (what.size() > 1 && std::isupper(static_cast<unsigned char>(what[0])) &&
      !std::isupper(static_cast<unsigned char>(what[1]))) {
    what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
  }
  return what;
}

// The innermost command the arguments got to (the app itself if none).
const CLI::App* ParsedCommand(const CLI::App& app) {
  const CLI::App* cmd = &app;
  for (bool deeper = true; deeper;) {
    deeper = false;
    for (const CLI::App* sub : cmd->get_subcommands()) {
      cmd = sub;
      deeper = true;
      break;
    }
  }
  return cmd;
}

// Every command-line error as starbank's others are: prefixed, in plain
// words, with where to read more. Exit 2.
int CommandLineError(const CLI::App& app, const CLI::ParseError& e) {
  const CLI::App* cmd = ParsedCommand(app);
  std::string path;
  for (const CLI::App* a = cmd; a != nullptr && a->get_parent() != nullptr;
       a = a->get_parent()) {
    path = a->get_name() + " " + path;
  }
  std::cerr << "starbank: error: " << starbank::Printable(CliErrorWords(e, cmd)) << '\n'
            << "Run 'starbank " << path << "--help' for "
            << (path.empty() ? "the commands" : "its options") << ".\n";
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
  cli::Command root(&app);  // what the commands add their options through
  std::string_view word = FirstWord(argc, argv);
  const Command* named = NamedCommand(word);
  if (named == nullptr && !word.empty()) return FinishStandardOutput(UnknownCommand(word));
  if (named != nullptr && std::string_view(named->name) != "completion") {
    named->add(root, ctx);
  } else {
    for (const Command& c : kCommands) c.add(root, ctx);
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
    return FinishStandardOutput(CommandLineError(app, e));
  }
  // Every command's output is checked here, once: a full disk or a closed
  // stdout is an error, not a cut-off report and exit 0.
  return FinishStandardOutput(ctx.run ? ctx.run() : kExitError);
}
