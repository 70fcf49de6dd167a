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

// The flags that override a config key, and the LintOptions field they set.
struct FlagKey {
  const char* flag;
  const char* key;
  int LintOptions::*field;
};

constexpr FlagKey kFlagKeys[] = {
    {"--level", "level", &LintOptions::level},
    {"--wpm", "words_per_minute", &LintOptions::words_per_minute},
    {"--max-seconds", "max_seconds", &LintOptions::max_seconds},
    {"--min-seconds", "min_seconds", &LintOptions::min_seconds},
};

std::string Origin(const Config& c, const std::string& key) {
  auto it = c.origins.find(key);
  return it == c.origins.end() ? "default" : it->second;
}

// The config path to read: --config, else the nearest one; "" for none.
std::string ConfigPath(const GlobalOptions& g) {
  if (g.isolated) return "";
  if (!g.config_path.empty()) return g.config_path;
  return FindConfig(".");
}

bool CheckSeconds(const Config& c) {
  if (c.options.min_seconds < c.options.max_seconds) return true;
  std::cerr << fmt::format(
      "starbank: error: min_seconds {} (from {}) must be below max_seconds {} (from {})\n",
      c.options.min_seconds, Origin(c, "min_seconds"), c.options.max_seconds,
      Origin(c, "max_seconds"));
  return false;
}

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
       Origin(c, "catalog")},
      {"level", fmt::format("L{}", o.level), Origin(c, "level")},
      {"words_per_minute", std::to_string(o.words_per_minute),
       Origin(c, "words_per_minute")},
      {"max_seconds", std::to_string(o.max_seconds), Origin(c, "max_seconds")},
      {"min_seconds", std::to_string(o.min_seconds), Origin(c, "min_seconds")},
      {"confidential", QuotedList(o.confidential), Origin(c, "confidential")},
      {"exclude", QuotedList(o.exclude), Origin(c, "exclude")},
      {"practice_log", nlohmann::json(PracticeLogPath(c)).dump(), Origin(c, "practice_log")},
      {"interview_log", nlohmann::json(InterviewLogPath(c)).dump(),
       Origin(c, "interview_log")},
  };
  for (const auto& rule : AllRules()) {
    rows.push_back({"rules." + rule->id(), RuleValue(c, *rule), Origin(c, "rules." + rule->id())});
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
  *config = Config{};
  std::vector<Diagnostic> errors;
  std::string path = ConfigPath(*g);
  if (!path.empty() && !LoadConfig(path, AllRuleIds(), config, &errors)) {
    for (const Diagnostic& d : errors) std::cerr << FormatDiagnostic(d) << '\n';
    return false;
  }
  for (const FlagKey& f : kFlagKeys) {
    if (cmd.given(f.flag)) {
      config->options.*f.field = options->*f.field;
      config->origins[f.key] = f.flag;
    } else {
      options->*f.field = config->options.*f.field;
    }
  }
  options->rule_overrides = config->options.rule_overrides;
  options->confidential = config->options.confidential;
  if (!g->catalog_path.empty()) {
    config->catalog = g->catalog_path;
    config->origins["catalog"] = "--catalog";
  } else {
    g->catalog_path = config->catalog;
  }
  // Nothing this run writes may replace what it reads as data.
  ClearProtectedDataFiles();
  for (const DataFilePath& f : DataFilesOf(*config)) ProtectDataFile(f.path, f.what);
  return CheckSeconds(*config);
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
