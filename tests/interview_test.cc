// The interview log (views/interview_log.h): parsing with file:line:col,
// folding blocks of one round, what an add appends, appends under the lock;
// and plans that avoid stories told at a company (MakePlanAvoiding).
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "io/fs.h"
#include "starbank/catalog.h"
#include "starbank/lint.h"
#include "views/interview_log.h"
#include "views/plan.h"

namespace starbank {
namespace {

std::vector<InterviewRound> Parse(const std::string& text,
                                  std::vector<Diagnostic>* errors) {
  std::vector<InterviewRound> blocks;
  ParseInterviewLog("interviews.yaml", text, &blocks, errors);
  return blocks;
}

std::string FirstError(const std::string& text) {
  std::vector<Diagnostic> errors;
  Parse(text, &errors);
  return errors.empty() ? "" : FormatDiagnostic(errors[0]);
}

TEST_CASE("a round reads back as it was written") {
  InterviewRound r;
  r.company = "Acme Corp";
  r.date = "2026-11-03";
  r.round = "phone screen";
  r.asked = {"Deliver Results", "Are Right, A Lot"};
  r.told = {"ci-flake-rate"};
  r.notes = "asked: \"how did you measure it?\"\nthen the deadline";
  r.outcome = "yes";  // a YAML boolean if written plain
  std::string text = RenderRound(r);
  CHECK(text.rfind("- company: Acme Corp\n  date: 2026-11-03\n  round: phone screen\n",
                   0) == 0);
  std::vector<Diagnostic> errors;
  std::vector<InterviewRound> back = Parse(text, &errors);
  REQUIRE(errors.empty());
  REQUIRE(back.size() == 1);
  CHECK(back[0].company == r.company);
  CHECK(back[0].asked == r.asked);
  CHECK(back[0].told == r.told);
  CHECK(back[0].notes == r.notes);
  CHECK(back[0].outcome == "yes");
  CHECK(back[0].line == 1);
}

TEST_CASE("log errors name the file, line and column") {
  CHECK(FirstError("- company: Acme\n  date: 3 Nov\n") ==
        "interviews.yaml:2:9: error: 'date' must be an ISO date like 2026-11-03, got '3 "
        "Nov'");
  CHECK(FirstError("- date: 2026-11-03\n") ==
        "interviews.yaml:1:3: error: interview round has no 'company'");
  CHECK(
      FirstError("- company: Acme\n  date: 2026-11-03\n  storys: [a]\n") ==
      "interviews.yaml:3:3: error: unknown key 'storys' in an interview round; the keys "
      "are company, date, round, asked, told, notes and outcome");
  CHECK(
      FirstError("company: Acme\n") ==
      "interviews.yaml:1:1: error: an interview log is a list of rounds, got a mapping");
  CHECK(FirstError("- company: Acme\n  date: 2026-11-03\n  told: {a: 1}\n") ==
        "interviews.yaml:3:9: error: 'told' must be a list, got a mapping");
  CHECK(FirstError("# only a comment\n").empty());
  CHECK(FirstError("").empty());
}

TEST_CASE("blocks of one round fold together; others stay apart") {
  std::vector<Diagnostic> errors;
  std::vector<InterviewRound> rounds = FoldRounds(Parse(
      "- company: Acme\n  date: 2026-11-03\n  round: Phone Screen\n  told: [a]\n"
      "- company: globex\n  date: 2026-11-03\n  told: [b]\n"
      "- company: ' acme'\n  date: 2026-11-03\n  round: phone  screen\n  told: [a, c]\n"
      "  outcome: onsite\n"
      "- company: Acme\n  date: 2026-11-04\n  round: phone screen\n  told: [d]\n",
      &errors));
  REQUIRE(errors.empty());
  REQUIRE(rounds.size() == 3);
  CHECK(rounds[0].told == std::vector<std::string>{"a", "c"});
  CHECK(rounds[0].outcome == "onsite");
  CHECK(rounds[1].company == "globex");
  CHECK(rounds[2].told == std::vector<std::string>{"d"});
}

TEST_CASE("an add to a logged round appends only what is new") {
  InterviewRound had;
  had.company = "Acme";
  had.date = "2026-11-03";
  had.round = "onsite 1";
  had.told = {"a"};
  had.asked = {"Ownership"};
  InterviewRound add = had;
  add.company = "ACME";
  add.told = {"a", "b"};
  InterviewRound block;
  REQUIRE(RoundToAppend({had}, add, &block));
  CHECK(block.told == std::vector<std::string>{"b"});
  CHECK(block.asked.empty());
  CHECK_FALSE(RoundToAppend({had}, had, &block));  // nothing new: nothing written
  add = had;
  add.round = "onsite 2";  // another round: all of it
  REQUIRE(RoundToAppend({had}, add, &block));
  CHECK(block.told == had.told);
}

TEST_CASE("concurrent appends all land, and the old bytes stay") {
  namespace fs = std::filesystem;
  fs::path dir =
      fs::temp_directory_path() / ("starbank-interview-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::string log = (dir / "interviews.yaml").string();
  std::string error;
  std::string mine = "# my own notes, kept\n";
  REQUIRE(WriteFileAtomic(log, mine, WriteOptions{}, &error));
  std::vector<pid_t> children;
  for (int i = 0; i < 8; ++i) {
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      InterviewRound r;
      r.company = "Acme";
      r.date = "2026-11-03";
      r.round = "round " + std::to_string(i);
      r.told = {"story-" + std::to_string(i)};
      _exit(AppendInterviewRound(log, r).result == AppendResult::kAppended ? 0 : 1);
    }
    children.push_back(pid);
  }
  for (pid_t pid : children) {
    int status = 0;
    waitpid(pid, &status, 0);
    CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
  }
  std::vector<InterviewRound> rounds;
  std::vector<Diagnostic> errors;
  REQUIRE(ReadInterviewLog(log, &rounds, &errors));
  CHECK(rounds.size() == 8);
  std::string content;
  REQUIRE(ReadFile(log, &content, &error));
  CHECK(content.rfind(mine, 0) == 0);
  // A log that does not parse: nothing written, the place named.
  std::string broken = content + "- company: Acme\n  date: 2026-11-31\n";
  REQUIRE(WriteFileAtomic(log, broken, WriteOptions{true}, &error));
  InterviewRound r;
  r.company = "Acme";
  r.date = "2026-11-03";
  InterviewAppend a = AppendInterviewRound(log, r);
  CHECK(a.result == AppendResult::kFailed);
  CHECK(a.log.error.find(log + ":") == 0);
  CHECK(a.log.error.find(
            ": 'date' must be an ISO date like 2026-11-03, got '2026-11-31'") !=
        std::string::npos);
  REQUIRE(ReadFile(log, &content, &error));
  CHECK(content == broken);
  fs::remove_all(dir);
}

// ---- Plans that avoid stories told at the company -------------------------

struct PlanCase {
  const char* name;
  std::vector<std::vector<double>> fit;  // principle x story
  std::vector<bool> told_here;           // per story
  std::vector<int> want;                 // per principle: story, or -1
  std::vector<bool> want_avoided;        // per principle
  std::vector<size_t> want_untold;       // per principle
};

TEST_CASE("plans around what was told at the company: the table") {
  const std::vector<PlanCase> cases = {
      // Told at another company: nothing to avoid, the best story wins.
      {"told elsewhere", {{0.9, 0.6}}, {false, false}, {0}, {false}, {2}},
      // Told here: the next story that fits takes it, though it fits less.
      {"told here", {{0.9, 0.6}}, {true, false}, {1}, {false}, {1}},
      // The only story for it was told here: planned anyway, and marked.
      {"only story told here", {{0.9, 0.0}}, {true, false}, {0}, {true}, {0}},
      // Every story for it was told here: the best of them, marked.
      {"all told here", {{0.5, 0.8}}, {true, true}, {1}, {true}, {0}},
      // The untold story is needed by the other principle, which has no
      // other: the told one goes to the first, marked, with one untold left.
      {"untold one taken",
       {{0.9, 0.4}, {0.0, 0.7}},
       {true, false},
       {0, 1},
       {true, false},
       {1, 1}},
      // Told here but a weak fit elsewhere: no principle goes uncovered
      // to avoid it, and an untold story is never passed over.
      {"untold weak fit still wins", {{0.95, 0.15}}, {true, false}, {1}, {false}, {1}},
  };
  std::vector<Principle> principles(2);
  principles[0].id = "p0";
  principles[1].id = "p1";
  for (const PlanCase& c : cases) {
    INFO(c.name);
    std::vector<const Principle*> asked;
    for (size_t p = 0; p < c.fit.size(); ++p) asked.push_back(&principles[p]);
    std::vector<StoryReport> stories(c.told_here.size());
    for (size_t s = 0; s < stories.size(); ++s) stories[s].id = "s" + std::to_string(s);
    Plan plan = MakePlanAvoiding(
        asked, stories.size(), [&](size_t p, size_t s) { return c.fit[p][s]; },
        [&](size_t s) { return &stories[s]; }, {},
        [&](size_t s) { return c.told_here[s]; });
    double total = 0;
    for (size_t p = 0; p < c.want.size(); ++p) {
      const PlanSlot& slot = plan.slots[p];
      int got =
          slot.story == nullptr ? -1 : static_cast<int>(slot.story - stories.data());
      CHECK(got == c.want[p]);
      CHECK(slot.avoided == c.want_avoided[p]);
      CHECK(slot.untold == c.want_untold[p]);
      if (got >= 0) CHECK(slot.fit == Approx(c.fit[p][static_cast<size_t>(got)]));
      total += slot.fit;
    }
    CHECK(plan.total == Approx(total));
  }
}

}  // namespace
}  // namespace starbank
