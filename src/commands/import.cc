// `starbank import FILE... [--dir DIR] [--dry-run] [--format json]`: story
// banks kept in Markdown or CSV to one YAML story file each (src/import/).
#include "import/import.h"

#include <iostream>

#include "commands/commands.h"
#include "text/printable.h"

namespace starbank {
namespace {

struct ImportArgs {
  std::vector<std::string> paths;
  std::string dir = "stories";
  bool dry_run = false;
  std::string format = "text";
};

int RunImport(const cli::Command& cmd, const ImportArgs& args, GlobalOptions* g) {
  LintOptions options;
  Config config;
  if (!ResolveSettings(cmd, g, &options, &config)) return kExitError;
  const Catalog* catalog = LoadCatalogOrReport(*g);
  if (catalog == nullptr) return kExitError;
  std::string dir = args.dir.empty() ? "." : args.dir;
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();

  ImportResult result = ReadBanks(args.paths, *catalog);
  PlanFiles(dir, &result);
  if (!args.dry_run) WriteFiles(dir, &result);
  if (args.format == "json") {
    std::cout << RenderImportJson(result, dir, args.dry_run);
  } else {
    for (const Diagnostic& d : result.messages) std::cerr << FormatDiagnostic(d) << '\n';
    for (const std::string& e : result.write_errors) {
      std::cerr << "starbank: error: " << Printable(e) << '\n';
    }
    std::cout << RenderImportSummary(result, dir, args.dry_run);
  }
  return result.failed() ? kExitError : kExitOk;
}

}  // namespace

void RegisterImport(cli::Command& app, CommandContext& ctx) {
  auto args = std::make_shared<ImportArgs>();
  cli::Command* cmd = app.add_subcommand(
      "import", "Bring in a Markdown or CSV story bank, one YAML story file per story");
  cmd->footer(
      "Examples:\n"
      "  starbank import bank.md                     stories/ gets one file per story\n"
      "  starbank import notes/*.md stories.csv --dir bank/\n"
      "  starbank import vault/ --dry-run            what would be written, nothing "
      "written\n"
      "  starbank import bank.md --format json       the summary as data\n\n"
      "Markdown is read with cmark-gfm. A story is a heading whose parts are\n"
      "sub-headings (### Situation), bold labels (**S:**, **Situation:**), labels\n"
      "at a line's start (Situation:) or inline (S) ... (T) ... (A) ... (R) markers;\n"
      "Reflection, Lesson and 'What I would do differently' go to learning.\n"
      "**Principles:** / **LP:** lines and a principle heading above the story give\n"
      "its principles (matched to the catalog; an unknown name is kept for lint to\n"
      "report), **Tags:** #a #b its tags, a question heading its prompts. A table\n"
      "whose columns name the parts, and a CSV file with such a header row, hold a\n"
      "story a row; a table of titles and principles is an index for the stories\n"
      "it names. Text is kept as written (emphasis markers dropped, links keep\n"
      "their text); anything no story key takes (Tension, Company, Do not claim,\n"
      "unknown labels) is kept as a comment in the story file. Files are named\n"
      "from titles as 'starbank new' names them and never overwrite: a taken name\n"
      "gets -2, -3. See docs/import.md.\n"
      "Exit status: 0 imported, 2 a file that could not be read or held no story\n"
      "(the others are still imported), a write error, or a usage error.");
  cmd->add_option("files", args->paths,
                  "Markdown (.md, .txt) or CSV (.csv, .tsv) files, or folders")
      ->required();
  cmd->add_option(
      "-d,--dir", args->dir,
      "Folder to write the stories into, created if missing (default: stories)");
  cmd->add_flag("-n,--dry-run", args->dry_run, "Print the summary; write nothing");
  cmd->add_option("-f,--format", args->format, "Summary format: text (default) or json")
      ->check(cli::IsMember({"text", "json"}));
  cmd->callback([cmd, args, &ctx] {
    ctx.run = [cmd, args, &ctx] { return RunImport(*cmd, *args, &ctx.globals); };
  });
}

}  // namespace starbank
