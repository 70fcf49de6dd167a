// .starbank.yaml: parsing with origins, every kind of error with its
// position, discovery up to the repository root, and exclude globs.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "io/config.h"
#include "rules/registry.h"

namespace starbank {
namespace {

namespace fs = std::filesystem;

// A fresh folder under the system temp dir, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "starbank-config-XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  fs::path Make(const std::string& rel, const std::string& content = "") const {
    fs::path p = path_ / rel;
    fs::create_directories(p.parent_path());
    if (rel.back() == '/') return p;
    std::ofstream(p) << content;
    return p;
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

TEST_CASE("a full config overlays the defaults and records origins", "[config]") {
  Config c;
  std::vector<Diagnostic> errors;
  REQUIRE(ParseConfig(".starbank.yaml",
                      "level: L6\n"
                      "words_per_minute: 170\n"
                      "max_seconds: 100\n"
                      "min_seconds: 40\n"
                      "rules:\n"
                      "  no-setback: off\n"
                      "  missing-learning: warning\n"
                      "confidential: [Acme Corp, Project Falcon]\n"
                      "exclude:\n"
                      "  - drafts/\n",
                      AllRuleIds(), &c, &errors));
  CHECK(errors.empty());
  CHECK(c.options.level == 6);
  CHECK(c.options.words_per_minute == 170);
  CHECK(c.options.max_seconds == 100);
  CHECK(c.options.min_seconds == 40);
  CHECK(c.options.rule_overrides.at("no-setback") == std::nullopt);
  CHECK(c.options.rule_overrides.at("missing-learning") == Severity::kWarning);
  CHECK(c.options.confidential == std::vector<std::string>{"Acme Corp", "Project Falcon"});
  CHECK(c.options.exclude == std::vector<std::string>{"drafts/"});
  CHECK(c.origins.at("level") == ".starbank.yaml:1");
  CHECK(c.origins.at("rules.missing-learning") == ".starbank.yaml:7");
  CHECK(c.origins.at("exclude") == ".starbank.yaml:9");
  CHECK(c.origins.count("catalog") == 0);
}

TEST_CASE("interview_log is relative to the config's folder; a list is an error",
          "[config]") {
  Config c;
  c.dir = std::filesystem::current_path().string() + "/bank";
  std::vector<Diagnostic> errors;
  REQUIRE(ParseConfig("bank/.starbank.yaml", "interview_log: logs/rounds.yaml\n",
                      AllRuleIds(), &c, &errors));
  CHECK(c.interview_log == "bank/logs/rounds.yaml");
  CHECK(c.origins.at("interview_log") == "bank/.starbank.yaml:1");
  CHECK_FALSE(
      ParseConfig("c.yaml", "interview_log: [a, b]\n", AllRuleIds(), &c, &errors));
  REQUIRE(errors.size() == 1);
  CHECK(FormatDiagnostic(errors[0]) ==
        "c.yaml:1:16: error: 'interview_log' must be the path of a YAML file, got a "
        "list");
}

TEST_CASE("practice_log is relative to the config's folder and need not exist",
          "[config]") {
  Config c;
  c.dir = std::filesystem::current_path().string() + "/bank";
  std::vector<Diagnostic> errors;
  REQUIRE(ParseConfig("bank/.starbank.yaml", "practice_log: logs/drills.yaml\n", AllRuleIds(), &c, &errors));
  CHECK(c.practice_log == "bank/logs/drills.yaml");
  CHECK(c.origins.at("practice_log") == "bank/.starbank.yaml:1");
}

TEST_CASE("an empty config changes nothing", "[config]") {
  Config c;
  std::vector<Diagnostic> errors;
  CHECK(ParseConfig("c.yaml", "# nothing yet\n", AllRuleIds(), &c, &errors));
  CHECK(c.options.level == 5);
  CHECK(c.origins.empty());
}

TEST_CASE("every config error names its place", "[config]") {
  auto [content, expected] = GENERATE(table<std::string, std::string>({
      {"levle: L6\n", "c.yaml:1:1: error: unknown config key 'levle'; did you mean 'level'?"},
      {"colour: always\n",
       "c.yaml:1:1: error: unknown config key 'colour'; expected one of catalog, level, "
       "words_per_minute, max_seconds, min_seconds, rules, confidential, exclude, "
       "practice_log, interview_log"},
      {"level: L9\n", "c.yaml:1:8: error: 'level' must be one of L4, L5, L6, L7, got 'L9'"},
      {"level: [L5]\n", "c.yaml:1:8: error: 'level' must be one of L4, L5, L6, L7, got a list"},
      {"words_per_minute: fast\n",
       "c.yaml:1:19: error: 'words_per_minute' must be a whole number from 60 to 400, got "
       "'fast'"},
      {"words_per_minute: 1000\n",
       "c.yaml:1:19: error: 'words_per_minute' must be a whole number from 60 to 400, got "
       "'1000'"},
      {"max_seconds: -5\n",
       "c.yaml:1:14: error: 'max_seconds' must be a whole number from 10 to 3600, got '-5'"},
      {"min_seconds: 90\nmax_seconds: 60\n",
       "c.yaml:1:14: error: 'min_seconds' (90) must be below 'max_seconds' (60)"},
      {"rules:\n  no-setbak: off\n",
       "c.yaml:2:3: error: unknown rule 'no-setbak'; did you mean 'no-setback'?"},
      {"rules:\n  sentiment: off\n",
       "c.yaml:2:3: error: unknown rule 'sentiment'; run 'starbank rules' for the list"},
      {"rules:\n  no-setback: false\n",
       "c.yaml:2:15: error: rule 'no-setback' must be off, info, warning or error, got "
       "'false'"},
      {"rules: [no-setback]\n",
       "c.yaml:1:8: error: 'rules' must map rule ids to off, info, warning or error, got "
       "a list"},
      {"confidential: Acme\n",
       "c.yaml:1:15: error: 'confidential' must be a list of terms, got 'Acme'"},
      {"confidential: [Acme, '--']\n",
       "c.yaml:1:22: error: each 'confidential' entry must be a non-empty term, got '--'"},
      {"exclude: [[a]]\n",
       "c.yaml:1:11: error: each 'exclude' entry must be a non-empty glob, got a list"},
      {"catalog: no/such/catalog.yaml\n",
       "c.yaml:1:10: error: catalog file 'no/such/catalog.yaml' not found"},
      {"practice_log: [a.yaml]\n",
       "c.yaml:1:15: error: 'practice_log' must be the path of a YAML file, got a list"},
      {"practice_log:\n",
       "c.yaml:1:1: error: 'practice_log' must be the path of a YAML file, got nothing"},
      {"- level: L5\n", "c.yaml:1:1: error: a config file is a mapping of settings, got a list"},
      {"level: L5\n---\nlevel: L6\n",
       "c.yaml:2:1: error: a config file holds one document; remove the '---'"},
      {"level: L5\nlevel: L6\n",
       "c.yaml:2:1: error: duplicate key 'level' (first defined at line 1); yaml would "
       "keep only one of them"},
  }));
  CAPTURE(content);
  Config c;
  std::vector<Diagnostic> errors;
  CHECK_FALSE(ParseConfig("c.yaml", content, AllRuleIds(), &c, &errors));
  REQUIRE(errors.size() == 1);
  CHECK(FormatDiagnostic(errors[0]) == expected);
}

TEST_CASE("the config is found from the current folder up to the repository root",
          "[config]") {
  TempDir t;
  t.Make("outer/.starbank.yaml", "level: L7\n");
  t.Make("outer/repo/.git/");
  t.Make("outer/repo/stories/deep/");
  // Above the repository root: not used.
  CHECK(FindConfig((t.path() / "outer/repo/stories/deep").string()) == "");
  t.Make("outer/repo/.starbank.yaml", "level: L6\n");
  CHECK(FindConfig((t.path() / "outer/repo/stories/deep").string()) ==
        (t.path() / "outer/repo/.starbank.yaml").string());
  // A nearer one wins.
  t.Make("outer/repo/stories/.starbank.yaml", "");
  CHECK(FindConfig((t.path() / "outer/repo/stories/deep").string()) ==
        (t.path() / "outer/repo/stories/.starbank.yaml").string());
  // A relative start gives a relative path; .git as a file (worktrees) also stops.
  t.Make("wt/.git", "gitdir: elsewhere\n");
  t.Make("wt/a/");
  char old[4096];
  REQUIRE(getcwd(old, sizeof old) != nullptr);
  REQUIRE(chdir((t.path() / "outer/repo/stories/deep").c_str()) == 0);
  CHECK(FindConfig(".") == "../.starbank.yaml");
  REQUIRE(chdir((t.path() / "wt/a").c_str()) == 0);
  CHECK(FindConfig(".") == "");
  REQUIRE(chdir(old) == 0);
}

TEST_CASE("LoadConfig resolves the catalog against the config's folder", "[config]") {
  TempDir t;
  t.Make("repo/catalogs/acme.yaml", "principles: []\n");
  fs::path file = t.Make("repo/.starbank.yaml", "catalog: catalogs/acme.yaml\n");
  Config c;
  std::vector<Diagnostic> errors;
  REQUIRE(LoadConfig(file.string(), AllRuleIds(), &c, &errors));
  CHECK(fs::equivalent(c.catalog, t.path() / "repo/catalogs/acme.yaml"));
  CHECK(c.dir == (t.path() / "repo").string());

  errors.clear();
  CHECK_FALSE(LoadConfig((t.path() / "missing.yaml").string(), AllRuleIds(), &c, &errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message == "cannot read file: no such file or directory");
}

TEST_CASE("exclude globs match relative to the config's folder", "[config]") {
  auto [glob, path, excluded] = GENERATE(table<std::string, std::string, bool>({
      {"drafts/", "drafts/a.yaml", true},
      {"drafts/", "stories/drafts/a.yaml", true},
      {"drafts/", "stories/drafts.yaml", false},
      {"drafts/**", "drafts/old/a.yaml", true},
      {"drafts", "stories/drafts/a.yaml", true},
      {"stories/drafts", "stories/drafts/x/a.yaml", true},
      {"stories/drafts", "drafts/a.yaml", false},
      {"*.wip.yaml", "stories/one.wip.yaml", true},
      {"*.wip.yaml", "stories/one.yaml", false},
      {"./archive/*", "archive/2019.yaml", true},
      {"stories/*.yml", "stories/sub/a.yml", true},
      {"drafts/", "../elsewhere/drafts/a.yaml", false},
  }));
  CAPTURE(glob, path);
  Config c;
  c.dir = "/repo";
  c.options.exclude = {glob};
  CHECK(ConfigExcludes(c, "/repo/" + path) == excluded);
}

}  // namespace
}  // namespace starbank
