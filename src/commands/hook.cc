// `starbank hook install|uninstall|run`: a plain git pre-commit hook.
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <iostream>
#include <set>

#include "commands/commands.h"
#include "io/fs.h"
#include "io/hook.h"
#include "rules/registry.h"
#include "starbank/loader.h"
#include "starbank/report.h"
#include "text/printable.h"

namespace starbank {
namespace {

namespace fs = std::filesystem;

struct HookArgs {
  bool force = false;
  std::string fail_on = "warning";
  LintOptions options;
};

int Fail(const std::string& message) {
  std::cerr << "starbank: error: " << Printable(message) << '\n';
  return kExitError;
}

// This program's absolute path, so the hook runs the same starbank.
std::string SelfPath() {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "starbank";
  return std::string(buf, n);
}

// <hooks folder>/pre-commit for the repository at the current directory.
bool HookPath(std::string* path, std::string* error) {
  std::string dir;
  if (!Git({"rev-parse", "--path-format=absolute", "--git-path", "hooks"}, &dir, error)) {
    *error = "not inside a git repository (or git is not installed)";
    return false;
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  *path = (fs::path(dir) / "pre-commit").string();
  return true;
}

// The path to show the user: relative to the current folder when below it.
std::string Shown(const std::string& path) {
  std::error_code ec;
  fs::path rel = fs::path(path).lexically_proximate(fs::current_path(ec));
  return rel.empty() ? path : rel.string();
}

// A foreign hook's backups: pre-commit.starbank-backup, then .2, .3, ...
// Each `install --force` over a hook starbank did not write keeps it in the
// next free one, so no hook is ever lost; `uninstall` puts back the newest.
std::string BackupName(const std::string& hook, int n) {
  std::string base = hook + ".starbank-backup";
  return n == 1 ? base : fmt::format("{}.{}", base, n);
}

// The backups that exist, oldest first.
std::vector<std::string> Backups(const std::string& hook) {
  std::vector<std::string> out;
  struct stat st;
  for (int n = 1; lstat(BackupName(hook, n).c_str(), &st) == 0; ++n) {
    out.push_back(BackupName(hook, n));
  }
  return out;
}

// Keeps `content` (the hook at `hook`, with `mode`) in a new backup, unless
// one already holds the same bytes. Prints what was done.
bool SaveBackup(const std::string& hook, const std::string& content, mode_t mode,
                std::string* error) {
  std::vector<std::string> backups = Backups(hook);
  for (const std::string& b : backups) {
    std::string old, ignored;
    if (ReadFile(b, &old, &ignored) && old == content) {
      std::cout << fmt::format("the old hook is already saved as {}\n", Shown(b));
      return true;
    }
  }
  std::string backup = BackupName(hook, static_cast<int>(backups.size()) + 1);
  WriteOptions o;
  o.mode = static_cast<int>(mode & 07777);
  o.exact_mode = true;
  if (!WriteFileAtomic(backup, content, o, error)) return false;
  std::cout << fmt::format("saved the old hook as {}\n", Shown(backup));
  return true;
}

int Install(const HookArgs& args) {
  std::string path, error, old;
  if (!HookPath(&path, &error)) return Fail(error);
  bool exists = ReadFile(path, &old, &error);
  if (exists && !IsStarbankHook(old)) {
    if (!args.force) {
      return Fail(fmt::format("'{}' exists and was not written by starbank; not replacing "
                              "it (use --force to replace it, keeping a backup)",
                              Shown(path)));
    }
    struct stat st;
    mode_t mode = stat(path.c_str(), &st) == 0 ? st.st_mode : 0755;
    if (!SaveBackup(path, old, mode, &error)) return Fail(error);
  }
  std::string script = HookScript(SelfPath(), args.fail_on == "warning"
                                                  ? ""
                                                  : "--fail-on " + args.fail_on);
  WriteOptions o;
  o.overwrite = true;
  o.mode = 0755;
  o.exact_mode = true;  // a hook must be executable, whatever was there
  if (!WriteFileAtomic(path, script, o, &error)) return Fail(error);
  std::cout << fmt::format("installed {}: each commit now lints its staged story files\n",
                           Shown(path));
  return kExitOk;
}

// Puts the newest backup back in place of the hook starbank removed.
int Restore(const std::string& path, std::vector<std::string> backups) {
  std::string newest = backups.back(), content, error;
  struct stat st;
  if (!ReadFile(newest, &content, &error) || stat(newest.c_str(), &st) != 0) {
    return Fail(fmt::format("cannot restore '{}': {}", Shown(newest), error));
  }
  WriteOptions o;
  o.mode = static_cast<int>(st.st_mode & 07777);
  o.exact_mode = true;
  if (!WriteFileAtomic(path, content, o, &error)) return Fail(error);
  if (unlink(newest.c_str()) != 0) {
    return Fail(fmt::format("restored {} but cannot remove '{}': {}", Shown(path),
                            Shown(newest), std::strerror(errno)));
  }
  std::cout << fmt::format("restored the earlier hook from {}\n", Shown(newest));
  backups.pop_back();
  for (const std::string& b : backups) {
    std::cout << fmt::format("an older hook is still kept as {}\n", Shown(b));
  }
  return kExitOk;
}

int Uninstall() {
  std::string path, error, old;
  if (!HookPath(&path, &error)) return Fail(error);
  std::vector<std::string> backups = Backups(path);
  if (!ReadFile(path, &old, &error)) {
    std::cout << fmt::format("no pre-commit hook at {}; nothing to remove\n", Shown(path));
    for (const std::string& b : backups) {
      std::cout << fmt::format("an earlier hook is kept as {}; left as it is\n", Shown(b));
    }
    return kExitOk;
  }
  if (!IsStarbankHook(old)) {
    return Fail(fmt::format("'{}' was not written by starbank; leaving it", Shown(path)));
  }
  if (unlink(path.c_str()) != 0) {
    return Fail(fmt::format("cannot remove '{}': {}", Shown(path), std::strerror(errno)));
  }
  std::cout << fmt::format("removed {}\n", Shown(path));
  return backups.empty() ? kExitOk : Restore(path, backups);
}

// Lints the staged story files; prints only the findings that block the commit.
int Run(const cli::Command& cmd, HookArgs args, GlobalOptions g) {
  std::string top, error;
  // Paths given on the command line are relative to where we started.
  for (std::string* p : {&g.catalog_path, &g.config_path}) {
    if (!p->empty()) *p = fs::absolute(*p).string();
  }
  if (!Git({"rev-parse", "--show-toplevel"}, &top, &error)) {
    return Fail("not inside a git work tree");
  }
  if (chdir(top.c_str()) != 0) return Fail(fmt::format("cannot enter '{}'", top));
  Config config;
  if (!ResolveSettings(cmd, &g, &args.options, &config)) return kExitError;
  std::vector<LintInput> inputs, rest;
  if (!StagedInputs(&inputs, &error, args.options.max_file_bytes, &rest)) return Fail(error);
  // Nothing is walked: the index names the files.
  std::vector<Diagnostic> no_walk, no_notes;
  inputs = StoryInputs({}, std::move(inputs), config, args.options, &no_walk, &no_notes);
  if (inputs.empty()) return kExitOk;
  rest = StoryInputs({}, std::move(rest), config, args.options, &no_walk, &no_notes);
  const Catalog* catalog = LoadCatalogOrReport(g);
  if (catalog == nullptr) return kExitError;
  // The staged stories are linted with the rest of the bank, so that a
  // near-copy of a committed story is caught here and not only by the next
  // `starbank lint`; only what concerns the staged files is shown.
  std::set<std::string> staged;
  for (const LintInput& in : inputs) staged.insert(in.path);
  inputs.insert(inputs.end(), std::make_move_iterator(rest.begin()),
                std::make_move_iterator(rest.end()));
  rest.clear();
  std::sort(inputs.begin(), inputs.end(),
            [](const LintInput& a, const LintInput& b) { return a.path < b.path; });
  LintReport report = Lint(inputs, *catalog, AllRules(), args.options);
  // A commit is about what blocks it: findings below --fail-on stay for `lint`.
  Severity fail = *ParseSeverity(args.fail_on);
  auto& found = report.diagnostics;
  found.erase(std::remove_if(found.begin(), found.end(),
                             [&](const Diagnostic& d) {
                               return d.severity < fail || !staged.count(d.file);
                             }),
              found.end());
  auto& errors = report.errors;
  errors.erase(std::remove_if(errors.begin(), errors.end(),
                              [&](const Diagnostic& d) { return !staged.count(d.file); }),
               errors.end());
  RenderOptions ro;
  ro.quiet = true;
  ro.rules = AllRules();
  ro.color = UseColor(g.color, STDOUT_FILENO);
  MakeReporter("text", ro)->Render(report, std::cout);
  std::cout.flush();
  if (!report.errors.empty()) return kExitError;
  return found.empty() ? kExitOk : kExitFindings;
}

}  // namespace

void RegisterHook(cli::Command& app, CommandContext& ctx) {
  auto args = std::make_shared<HookArgs>();
  cli::Command* hook = app.add_subcommand("hook",
                                          "Install a git pre-commit hook that lints "
                                          "staged stories");
  hook->require_subcommand(1);
  hook->footer(
      "Examples:\n"
      "  starbank hook install              block commits of weak stories\n"
      "  starbank hook install --fail-on error\n"
      "  starbank hook uninstall\n\n"
      "The hook lints what is staged (not the working copy) and prints nothing when\n"
      "all is well. For the pre-commit framework, see .pre-commit-hooks.yaml.");
  cli::Command* install = hook->add_subcommand("install", "Write .git/hooks/pre-commit");
  install->add_flag("--force", args->force,
                    "Replace a hook starbank did not write (keeps it as a numbered .starbank-backup)");
  install->add_option("--fail-on", args->fail_on, "Lowest severity that blocks a commit")
      ->check(cli::IsMember({"error", "warning", "info"}));
  install->callback([args, &ctx] { ctx.run = [args] { return Install(*args); }; });

  cli::Command* uninstall =
      hook->add_subcommand("uninstall", "Remove the pre-commit hook starbank wrote");
  uninstall->callback([&ctx] { ctx.run = [] { return Uninstall(); }; });

  cli::Command* run =
      hook->add_subcommand("run", "Lint the staged story files (what the hook runs)");
  run->add_option("--fail-on", args->fail_on, "Lowest severity that fails")
      ->check(cli::IsMember({"error", "warning", "info"}));
  AddLintOptions(*run, &args->options);
  run->callback([run, args, &ctx] {
    ctx.run = [run, args, &ctx] { return Run(*run, *args, ctx.globals); };
  });
}

}  // namespace starbank
