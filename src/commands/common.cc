#include <sys/ioctl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "commands/commands.h"
#include "starbank/loader.h"

namespace starbank {

const Catalog* LoadCatalogOrReport(const GlobalOptions& g) {
  if (g.catalog_path.empty()) return &Catalog::Default();
  static std::unique_ptr<Catalog> loaded;
  std::string content, error;
  if (!ReadFile(g.catalog_path, &content, &error)) {
    std::cerr << g.catalog_path << ": error: " << error << '\n';
    return nullptr;
  }
  std::vector<Diagnostic> errors;
  loaded = Catalog::Parse(g.catalog_path, content, &errors);
  for (const Diagnostic& d : errors) std::cerr << FormatDiagnostic(d) << '\n';
  return loaded.get();
}

bool UseColor(const std::string& mode, int fd) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  const char* force = std::getenv("FORCE_COLOR");
  if (force != nullptr && force[0] != '\0' && std::string(force) != "0") return true;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::string(term) == "dumb") return false;
  return isatty(fd) != 0;
}

int TerminalWidth(int fd) {
  if (isatty(fd) == 0) return 0;
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  const char* columns = std::getenv("COLUMNS");
  return columns != nullptr ? std::max(20, std::atoi(columns)) : 80;
}

void AddLintOptions(CLI::App& cmd, LintOptions* o) {
  cmd.add_option_function<std::string>(
         "--level",
         [o](const std::string& v) {
           std::string l = v;
           if (!l.empty() && (l[0] == 'L' || l[0] == 'l')) l.erase(0, 1);
           o->level = std::stoi(l);
         },
         "Seniority L4-L7; the I:we target tightens with it (default L5)")
      ->check(CLI::IsMember({"L4", "L5", "L6", "L7"}, CLI::ignore_case));
  cmd.add_option("--wpm", o->words_per_minute, "Speaking rate in words per minute")
      ->check(CLI::Range(60, 400))
      ->default_val(150);
  cmd.add_option("--max-seconds", o->max_seconds, "Spoken-time limit for too-long")
      ->check(CLI::Range(10, 3600));
  cmd.add_option("--min-seconds", o->min_seconds, "Spoken-time floor for too-short")
      ->check(CLI::Range(0, 3600));
  cmd.add_option("-j,--jobs", o->jobs, "Worker threads (default: one per core)")
      ->check(CLI::Range(0, 256));
  cmd.add_option("--max-file-bytes", o->max_file_bytes,
                 "Refuse story files larger than this (default 1048576; 0: no cap)");
}

}  // namespace starbank
