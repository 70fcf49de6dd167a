// `starbank config`, and the settings resolution every bank command shares:
// defaults, then `.starbank.yaml`, then the flags on the command line.
#include <fmt/format.h>

#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "io/config.h"
#include "io/fs.h"
#include "lint/rule.h"
#include "rules/registry.h"
#include "text/printable.h"
#include "views/interview_log.h"
#include "views/practice_log.h"

namespace starbank {
namespace {

std::string RuleValue(const Config& c, const Rule& rule) {
  std::optional<Severity> severity = EffectiveSeverity(rule, c.options);
  return severity ? SeverityName(*severity) : "off";
}

std::string QuotedList(const std::vector<std::string>& items) {
  std::vector<std::string> quoted;
  for (const std::string& s : items) quoted.push_back(nlohmann::json(s).dump());
  return fmt::format("[{}]", fmt::join(quoted, ", "));
}

// Every setting as (key, value, origin), in the order they are printed.
std::vector<std::array<std::string, 3>> Settings(const Config& c) {
  const LintOptions& o = c.options;
  std::vector<std::array<std::string, 3>> rows = {
      {"catalog", c.catalog.empty() ? "built-in" : nlohmann::json(c.catalog).dump(),
       OriginOf(c, "catalog")},
      {"level", fmt::format("L{}", o.level), OriginOf(c, "level")},
      {"words_per_minute", std::to_string(o.words_per_minute),
       OriginOf(c, "words_per_minute")},
      {"max_seconds", std::to_string(o.max_seconds), OriginOf(c, "max_seconds")},
      {"min_seconds", std::to_string(o.min_seconds), OriginOf(c, "min_seconds")},
      {"confidential", QuotedList(o.confidential), OriginOf(c, "confidential")},
      {"exclude", QuotedList(o.exclude), OriginOf(c, "exclude")},
      {"practice_log", nlohmann::json(PracticeLogPath(c)).dump(), OriginOf(c, "practice_log")},
      {"interview_log", nlohmann::json(InterviewLogPath(c)).dump(),
       OriginOf(c, "interview_log")},
  };
  for (const auto& rule : AllRules()) {
    rows.push_back({"rules." + rule->id(), RuleValue(c, *rule), OriginOf(c, "rules." + rule->id())});
  }
  return rows;
}

std::string FileLine(const Config& c, const GlobalOptions& g) {
  if (!c.file.empty()) return c.file;
  return g.isolated ? "none (--isolated)"
                    : "none found (looked from here up to the repository root)";
}

// YAML that could be pasted into a .starbank.yaml, each value's origin as a comment.
void PrintText(const Config& c, const GlobalOptions& g) {
  std::cout << "# config file: " << Printable(FileLine(c, g)) << '\n';
  bool rules_open = false;
  for (const auto& [key, value, origin] : Settings(c)) {
    std::string line;
    if (key.rfind("rules.", 0) == 0) {
      if (!rules_open) std::cout << "rules:\n";
      rules_open = true;
      line = fmt::format("  {}: {}", key.substr(6), value);
    } else {
      line = fmt::format("{}: {}", key, value);
    }
    std::cout << fmt::format("{:<36} # {}\n", Printable(line), Printable(origin));
  }
}

void PrintJson(const Config& c) {
  nlohmann::json j;
  j["file"] = c.file.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.file);
  for (const auto& [key, value, origin] : Settings(c)) {
    nlohmann::json v;
    const LintOptions& o = c.options;
    if (key == "catalog") v = c.catalog.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.catalog);
    else if (key == "level") v = value;
    else if (key == "words_per_minute") v = o.words_per_minute;
    else if (key == "max_seconds") v = o.max_seconds;
    else if (key == "min_seconds") v = o.min_seconds;
    else if (key == "confidential") v = o.confidential;
    else if (key == "exclude") v = o.exclude;
    else if (key == "practice_log") v = PracticeLogPath(c);
    else if (key == "interview_log") v = InterviewLogPath(c);
    else v = value;
    nlohmann::json entry = {{"value", v}, {"source", origin}};
    if (key.rfind("rules.", 0) == 0) {
      j["rules"][key.substr(6)] = entry;
    } else {
      j["settings"][key] = entry;
    }
  }
  std::cout << j.dump(2) << '\n';
}

}  // namespace

bool ResolveSettings(const cli::Command& cmd, GlobalOptions* g, LintOptions* options,
                     Config* config) {
  SettingsSource source{g->config_path, g->isolated, g->catalog_path};
  std::vector<std::string> problems;
  bool ok = starbank::ResolveSettings(
      ConfigFileFor(source, "."), source,
      [&](std::string_view flag) { return cmd.given(std::string(flag)); }, options, config,
      &problems);
  PrintProblems(problems);
  if (!ok) return false;
  g->catalog_path = config->catalog;
  // Nothing this run writes may replace what it reads as data.
  ClearProtectedDataFiles();
  for (const DataFilePath& f : DataFilesOf(*config)) ProtectDataFile(f.path, f.what);
  return true;
}

void RegisterConfig(cli::Command& app, CommandContext& ctx) {
  struct Args {
    std::string format = "text";
    LintOptions options;
  };
  auto args = std::make_shared<Args>();
  cli::Command* cmd = app.add_subcommand(
      "config", "Print the settings in effect and where each came from");
  cmd->footer(
      "The settings come from the built-in defaults, then the nearest .starbank.yaml\n"
      "(from the current folder up to the repository root; --config FILE names one,\n"
      "--isolated reads none), then flags.\n\n"
      "Examples:\n"
      "  starbank config                  the settings, each with its source\n"
      "  starbank config --wpm 170        what a flag would change\n"
      "  starbank config --format json");
  cmd->add_option("-f,--format", args->format, "Output format")
      ->check(cli::IsMember({"text", "json"}));
  AddLintOptions(*cmd, &args->options);
  cmd->callback([cmd, args, &ctx] {
    ctx.run = [cmd, args, &ctx] {
      Config config;
      if (!ResolveSettings(*cmd, &ctx.globals, &args->options, &config)) return kExitError;
      if (args->format == "json") {
        PrintJson(config);
      } else {
        PrintText(config, ctx.globals);
      }
      return kExitOk;
    };
  });
}

}  // namespace starbank
