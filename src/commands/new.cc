// `starbank new TITLE --principle NAME [--dir DIR]`: writes a STAR-L template
// story, named from the title, and never overwrites a file.
#include <fmt/format.h>

#include <iostream>

#include "commands/commands.h"
#include "io/config.h"
#include "io/fs.h"
#include "text/printable.h"
#include "text/tokens.h"
#include "views/bank.h"
#include "views/template.h"

namespace starbank {
namespace {

struct NewArgs {
  std::string title;
  std::vector<std::string> principles;
  std::string dir = ".";
};

int RunNew(const cli::Command& cmd, const NewArgs& args, GlobalOptions* g) {
  LintOptions options;
  Config config;
  if (!ResolveSettings(cmd, g, &options, &config)) return kExitError;
  const Catalog* catalog = LoadCatalogOrReport(*g);
  if (catalog == nullptr) return kExitError;
  std::vector<const Principle*> principles;
  for (const std::string& name : args.principles) {
    const Principle* p = FindPrincipleOrReport(*catalog, name);
    if (p == nullptr) return kExitError;
    if (std::find(principles.begin(), principles.end(), p) == principles.end()) {
      principles.push_back(p);
    }
  }
  if (FoldSpace(args.title).empty()) {
    std::cerr
        << "starbank: error: the title is empty; give the story a one-line headline\n";
    return kExitError;
  }
  std::string dir = args.dir.empty() ? "." : args.dir;
  if (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  std::string error;
  if (!MakeDirs(dir, &error)) {
    std::cerr << "starbank: error: " << Printable(error) << '\n';
    return kExitError;
  }
  std::string path = fmt::format("{}/{}.yaml", dir, Slugify(args.title));
  if (!WriteFileAtomic(path, RenderStoryTemplate(args.title, principles), false,
                       &error)) {
    std::cerr << "starbank: error: " << Printable(error) << '\n';
    return kExitError;
  }
  std::cout << Printable(path) << '\n';
  return kExitOk;
}

}  // namespace

void RegisterNew(cli::Command& app, CommandContext& ctx) {
  auto args = std::make_shared<NewArgs>();
  cli::Command* cmd =
      app.add_subcommand("new", "Write a STAR-L template story to fill in");
  cmd->footer(
      "Examples:\n"
      "  starbank new \"Checkout p95 under 1 s\" --principle \"Deliver Results\"\n"
      "  starbank new \"Saved 30% on logs\" -p frugality -p ownership --dir stories/\n\n"
      "The file is named from the title (stories/saved-30-on-logs.yaml) and holds\n"
      "guiding comments per section plus the principles' common prompts and\n"
      "follow-ups as suggestions. It never overwrites: an existing file is an error.\n"
      "Prints the path written. Exit status: 0 written, 2 exists, unknown principle,\n"
      "usage or I/O error.");
  cmd->add_option("title", args->title, "The story's one-line headline")->required();
  cmd->add_option("-p,--principle", args->principles,
                  "Principle the story shows (name, id or alias); repeatable")
      ->required()
      ->allow_extra_args(false);  // One value per flag: paths may follow.
  cmd->add_option("-d,--dir", args->dir, "Folder to write into, created if missing (default: .)");
  cmd->callback([cmd, args, &ctx] {
    ctx.run = [cmd, args, &ctx] { return RunNew(*cmd, *args, &ctx.globals); };
  });
}

}  // namespace starbank
