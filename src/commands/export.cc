// `starbank export --format markdown [-o FILE] [--force] [PATH...]`: a
// one-page cheat sheet of the bank, printed or written atomically.
#include <CLI/CLI.hpp>
#include <iostream>

#include "commands/commands.h"
#include "starbank/bank.h"
#include "starbank/fs.h"
#include "starbank/text.h"

namespace starbank {
namespace {

struct ExportArgs {
  std::vector<std::string> paths;
  std::string format = "markdown";
  std::string output;
  bool force = false;
  LintOptions options;
};

int RunExport(const CLI::App& cmd, const ExportArgs& args, GlobalOptions* g) {
  BankInput bank;
  if (!LoadBank(cmd, args.paths, args.options, g, &bank)) return kExitError;
  PrintLoadErrors(bank.report);
  std::string sheet = RenderCheatSheet(bank.report, *bank.catalog);
  if (args.output.empty() || args.output == "-") {
    std::cout << sheet;
  } else {
    WriteOptions write;
    write.overwrite = args.force;
    write.force_flag = "--force";
    std::string error;
    if (!WriteFileAtomic(args.output, sheet, write, &error)) {
      std::cerr << "starbank: error: " << Printable(error) << '\n';
      return kExitError;
    }
    std::cout << Printable(args.output) << '\n';
  }
  return bank.report.errors.empty() ? kExitOk : kExitError;
}

}  // namespace

void RegisterExport(CLI::App& app, CommandContext& ctx) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd =
      app.add_subcommand("export", "Write a one-page cheat sheet of the bank");
  cmd->footer(
      "Examples:\n"
      "  starbank export stories/                      print the Markdown sheet\n"
      "  starbank export -o cheatsheet.md stories/     write it (never overwrites)\n"
      "  starbank export -o cheatsheet.md --force stories/\n\n"
      "The sheet holds the best story per principle (title, lead result, time),\n"
      "the bank table and the gaps. Files are written atomically.\n"
      "Exit status: 0 done, 2 file exists (without --force), usage, config, load\n"
      "or I/O errors.");
  cmd->add_option("paths", args->paths, "Story files or folders (default: .)");
  cmd->add_option("-f,--format", args->format, "Output format")
      ->check(CLI::IsMember({"markdown", "md"}));
  cmd->add_option("-o,--output", args->output,
                  "Write to FILE instead of standard output");
  cmd->add_flag("--force", args->force, "Replace FILE if it exists");
  AddLintOptions(*cmd, &args->options);
  cmd->callback([cmd, args, &ctx] {
    ctx.run = [cmd, args, &ctx] { return RunExport(*cmd, *args, &ctx.globals); };
  });
}

}  // namespace starbank
