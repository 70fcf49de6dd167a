// `starbank drill [PATH...]`: tell a story out loud against a timer, answer
// the follow-ups an interviewer would ask, rate it; the attempt goes to the
// bank's practice log, and the schedule (src/views/schedule.h) says when the
// story is due again. `drill --status` shows that schedule.
#include "views/drill.h"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

#include "commands/commands.h"
#include "commands/drill_io.h"
#include "io/fs.h"
#include "starbank/catalog.h"
#include "starbank/loader.h"
#include "text/closest.h"
#include "text/printable.h"
#include "text/tokens.h"
#include "views/bank.h"
#include "views/plan.h"
#include "views/practice_log.h"
#include "views/render.h"
#include "views/schedule.h"

namespace starbank {
namespace {

constexpr int kExitInterrupted = 130;  // What a shell reports for Ctrl-C.
constexpr int kTickMs = 200;           // How often the timer looks.

struct DrillArgs {
  std::vector<std::string> paths;
  std::string story, principle, plan, log, company;
  std::string format = "text";
  int count = 1;
  std::optional<uint32_t> seed;
  bool cue = false, status = false;
  LintOptions options;
};

// ---- Time ---------------------------------------------------------------

// The wall clock, or the instant STARBANK_NOW names (for tests and demos).
struct WallClock {
  std::optional<std::time_t> fixed;
  std::time_t Now() const { return fixed ? *fixed : std::time(nullptr); }
};

Day Today(const WallClock& clock) { return LocalDay(clock.Now()); }

// ---- Output helpers -----------------------------------------------------

// Wraps `text` under `indent` to fit `width` columns less a margin of two (78
// on an 80-column terminal); a longer word is kept whole.
std::string WrapText(const std::string& text, const std::string& indent, int width) {
  return Wrap(text, indent, static_cast<size_t>(std::max(width - 2, 20)));
}

// Columns to wrap drill's text to: the terminal's (ioctl), else $COLUMNS,
// else 80.
int DrillWidth() {
  if (int w = TerminalWidth(STDOUT_FILENO); w > 0) return w;
  const char* columns = std::getenv("COLUMNS");
  int w = columns != nullptr ? std::atoi(columns) : 0;
  return w >= 20 ? w : 80;
}

// ---- The bank and its log -----------------------------------------------

struct Bank {
  BankInput input;
  std::string log_path;
  std::vector<PracticeEntry> log;
  int max_seconds = 120;
};

bool LoadLog(Bank* bank, const std::string& flag) {
  bank->log_path = flag.empty() ? PracticeLogPath(bank->input.config) : flag;
  bank->max_seconds = bank->input.config.options.max_seconds;
  std::vector<Diagnostic> errors;
  if (ReadPracticeLog(bank->log_path, &bank->log, &errors)) return true;
  for (const Diagnostic& d : errors) std::cerr << FormatDiagnostic(d) << '\n';
  std::cerr << fmt::format("starbank: {}\n",
                           Printable(PracticeLogRepair(bank->log_path)));
  return false;
}

// The Story behind a report, reloaded from its file for its text.
std::optional<Story> LoadStory(const StoryReport& s) {
  std::string content, error;
  if (!ReadFile(s.file, &content, &error)) return std::nullopt;
  for (Story& st : LoadStories(s.file, content).stories) {
    if (st.mark.line == s.line) return std::move(st);
  }
  return std::nullopt;
}

StoryStatus StatusNow(const Bank& bank, const StoryReport& s, Day today) {
  return StatusOf(std::vector<const StoryReport*>{&s}, bank.log, bank.max_seconds,
                  today)[0];
}

// ---- --status -----------------------------------------------------------

void PrintStatus(const Bank& bank, bool json, Day today) {
  std::vector<StoryStatus> statuses =
      StatusOf(bank.input.report.stories, bank.log, bank.max_seconds, today);
  std::vector<const StoryStatus*> ranked = RankDue(statuses, today);
  if (json) {
    std::cout << StatusJson(ranked, today, bank.log_path, bank.input.report.errors).dump(2)
              << '\n';
  } else {
    std::cout << StatusText(ranked, today, bank.log_path);
  }
}

// ---- Choosing what to practise ------------------------------------------

const StoryReport* FindStoryOrReport(const LintReport& report, const std::string& id) {
  for (const StoryReport& s : report.stories) {
    if (s.id == id) return &s;
  }
  Closest closest(ToLower(id), TypoAllowance(id.size()));
  for (const StoryReport& s : report.stories) closest.Offer(s.id, ToLower(s.id));
  std::cerr << fmt::format("starbank: error: no story has the id '{}'{}\n", id,
                           closest.found()
                               ? fmt::format("; did you mean '{}'?", Printable(closest.name()))
                                 : "; 'starbank drill --status' lists them");
  return nullptr;
}

bool PlanItems(const Bank& bank, const DrillArgs& args, Day today,
               std::vector<DrillItem>* items) {
  const Catalog& catalog = *bank.input.catalog;
  CompanyHistory history;
  bool company = !args.company.empty();
  if (company && !LoadCompanyHistory(bank.input.config, args.company, today, &history)) {
    return false;
  }
  std::vector<std::string> spec;
  if (!args.plan.empty()) spec.push_back(args.plan);
  if (spec.empty() && !UpcomingPrinciples(history, args.company, &spec)) return false;
  std::vector<const Principle*> principles;
  if (!ResolvePrincipleList(catalog, spec, &principles)) return false;
  Plan plan = company ? MakeCompanyPlan(bank.input, principles, history)
                      : MakePlan(principles, bank.input.report.stories, catalog,
                                 bank.input.report.near_copies);
  for (const PlanSlot& slot : plan.slots) {
    if (slot.story == nullptr) {
      std::cout << fmt::format("No story for {}; it is left out of the loop.\n",
                               slot.principle->name);
      continue;
    }
    if (slot.avoided) {
      std::cout << fmt::format("{}: {} (told before: {}).\n", slot.principle->name,
                               Printable(slot.story->id),
                               Printable(AvoidedWhy(slot, history)));
    }
    items->push_back({slot.story, slot.principle, true});
  }
  if (items->empty()) {
    std::cerr << "starbank: error: the plan has no story for any of its principles\n";
    return false;
  }
  return true;
}

// The items a run drills, most due first; prints why none and returns false.
bool ChooseItems(const Bank& bank, const DrillArgs& args, Day today,
                 std::vector<DrillItem>* items) {
  const LintReport& report = bank.input.report;
  const Catalog& catalog = *bank.input.catalog;
  if (!args.plan.empty() || !args.company.empty())
    return PlanItems(bank, args, today, items);
  if (!args.story.empty()) {
    const StoryReport* s = FindStoryOrReport(report, args.story);
    if (s != nullptr) items->push_back({s, FirstPrinciple(*s, catalog), false});
    return s != nullptr;
  }
  const Principle* only = nullptr;
  if (!args.principle.empty()) {
    only = FindPrincipleOrReport(catalog, args.principle);
    if (only == nullptr) return false;
  }
  std::vector<const StoryReport*> pool;
  for (const StoryReport& s : report.stories) {
    bool tagged = std::find(s.principles.begin(), s.principles.end(),
                            only ? only->id : "") != s.principles.end();
    if (only == nullptr || tagged) pool.push_back(&s);
  }
  if (pool.empty() && only != nullptr) {
    std::cerr << fmt::format(
        "starbank: error: no story is tagged '{}'; write one with: starbank new "
        "\"TITLE\" --principle \"{}\"\n",
        only->name, only->name);
    return false;
  }
  *items = DueItems(pool, bank.log, bank.max_seconds, today, static_cast<size_t>(args.count),
                    only, catalog);
  return true;
}

// ---- One attempt --------------------------------------------------------

enum class Outcome { kDone, kInterrupted, kEnded, kBadInput };

struct Session {
  DrillInput* input = nullptr;
  bool live = false;  ///< Redraw a timer (stdin and stdout are terminals).
  Paint paint;
  int width = 80;
  WallClock clock;
  std::mt19937 rng;
  bool cue = false;
};

using Steady = std::chrono::steady_clock;

int SecondsSince(Steady::time_point start) {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(Steady::now() - start);
  return static_cast<int>((ms.count() + 500) / 1000);
}

std::string TimerLine(int seconds, int estimate, const Session& s) {
  std::string elapsed = ClockText(seconds);
  if (seconds >= kWindowHigh) elapsed = s.paint("31;1", elapsed);
  std::string line = fmt::format("  {}  {}  est {}, aim 1:00-1:30", elapsed,
                                 TimerBar(seconds, s.paint.on), ClockText(estimate));
  if (s.width >= 76) line += "  Enter: stop";
  return line;
}

// Waits for Enter, redrawing `draw(seconds)` every second when live. In line
// mode the line read is left in `line`.
Outcome WaitForEnter(Session& s, const std::function<std::string(int)>& draw,
                     Steady::time_point start, std::string* line) {
  int shown = -1;
  for (;;) {
    int now = SecondsSince(start);
    if (s.live && now != shown) {
      std::cout << "\r\033[K" << draw(now) << std::flush;
      shown = now;
    }
    std::string text;
    DrillInput::Got got = s.input->Read(s.live ? kTickMs : -1, &text);
    if (got == DrillInput::Got::kInterrupted) return Outcome::kInterrupted;
    if (got == DrillInput::Got::kEnd) return Outcome::kEnded;
    if (got != DrillInput::Got::kText) continue;
    if (!s.input->terminal() || text == "\n" || text == "\r") {
      if (s.live) std::cout << "\r\033[K" << std::flush;
      *line = s.input->terminal() ? "" : text;
      return Outcome::kDone;
    }
  }
}

Outcome Tell(Session& s, const DrillItem& item, int max_seconds, int* seconds) {
  std::cout << "\nTell it out loud now, then press Enter.\n" << std::flush;
  Steady::time_point start = Steady::now();
  std::string line;
  int estimate = item.story->seconds;
  Outcome o = WaitForEnter(
      s, [&](int t) { return TimerLine(t, estimate, s); }, start, &line);
  if (o != Outcome::kDone) return o;
  std::optional<int> stated = StatedSeconds(line);
  *seconds = stated ? *stated : SecondsSince(start);
  std::cout << fmt::format("Told in {} (estimate {}): {}.\n", ClockText(*seconds),
                           ClockText(estimate), Verdict(*seconds, max_seconds));
  return Outcome::kDone;
}

Outcome AskFollowups(Session& s, const std::vector<FollowupQuestion>& questions) {
  if (questions.empty()) return Outcome::kDone;
  std::cout << "\nFollow-ups: answer each out loud, then press Enter.\n";
  for (size_t i = 0; i < questions.size(); ++i) {
    std::string label = fmt::format("{}/{}  ", i + 1, questions.size());
    std::string text =
        WrapText(PrintableLine(questions[i].question), std::string(label.size(), ' '),
                 s.width);
    std::cout << '\n' << label << text.substr(label.size()) << std::flush;
    std::string line;
    Outcome o = WaitForEnter(
        s, [](int t) { return fmt::format("  {}  Enter: done", ClockText(t)); },
        Steady::now(), &line);
    if (o != Outcome::kDone) return o;
    if (!questions[i].prepared_answer.empty()) {
      std::cout << "  Your prepared answer:\n"
                << WrapText(PrintableLine(questions[i].prepared_answer), "    ", s.width);
    }
  }
  return Outcome::kDone;
}

// The rating as a whole line: on a terminal the keys are echoed (Backspace
// edits) until Enter, so the Enter is read here and never reaches the next
// story's timer or the shell; an empty line is passed over. A line that is
// not 1-5 says so and asks again on a terminal; from a pipe it ends the
// drill with nothing logged.
Outcome Rate(Session& s, const std::string& story_id, int* rating) {
  const char* ask =
      "\nHow did it go? Rate it 1-5 (1 lost the thread, 5 ready for the loop): ";
  std::cout << ask << std::flush;
  std::string typed;
  for (;;) {
    std::string text;
    DrillInput::Got got = s.input->Read(-1, &text);
    if (got == DrillInput::Got::kInterrupted) return Outcome::kInterrupted;
    if (got == DrillInput::Got::kEnd) return Outcome::kEnded;
    if (got != DrillInput::Got::kText) continue;
    if (s.input->terminal()) {
      char c = text.empty() ? '\0' : text[0];
      if (c == 0x7f || c == '\b') {
        if (!typed.empty()) {
          typed.pop_back();
          std::cout << "\b \b" << std::flush;
        }
        continue;
      }
      if (c != '\r' && c != '\n') {
        if (static_cast<unsigned char>(c) >= 0x20 && typed.size() < 16) {
          typed += c;
          std::cout << Printable(std::string(1, c)) << std::flush;
        }
        continue;
      }
      text = typed;
      typed.clear();
      std::cout << '\n';
    }
    std::string v = FoldSpace(text);
    if (v.empty() && s.input->terminal()) {  // A stray Enter: ask again.
      std::cout << "Rate it 1-5, then Enter: " << std::flush;
      continue;
    }
    bool valid = v.size() == 1 && v[0] >= '1' && v[0] <= '5';
    if (valid) {
      if (!s.input->terminal()) std::cout << v << '\n';
      *rating = v[0] - '0';
      return Outcome::kDone;
    }
    if (s.input->terminal()) {
      std::cout << fmt::format(
                       "The rating is a whole number from 1 to 5, not '{}'. "
                       "Rate it 1-5, then Enter: ",
                       Printable(v))
                << std::flush;
      continue;
    }
    std::cout << '\n';
    std::cerr << fmt::format(
        "starbank: error: the rating must be a whole number from 1 to 5, got '{}'; "
        "nothing logged for '{}'\n",
        Printable(text), Printable(story_id));
    return Outcome::kBadInput;
  }
}

// `asked_for`: the principle whose catalog prompt this is; null for the story's own.
void PrintItemHead(const Session& s, const DrillItem& item, const Story& story,
                   const StoryStatus& status, const std::string& prompt,
                   const Principle* asked_for, size_t n, size_t total) {
  const StoryReport& r = *item.story;
  std::string when = status.state.attempts == 0
                         ? "never practised"
                         : fmt::format("last practised {} (rated {}), due {}",
                                       IsoDate(*status.state.last),
                                       status.state.last_rating, IsoDate(status.due));
  std::cout << fmt::format("{}  {}\n  {}; estimate {}\n",
                           s.paint("1", fmt::format("Drill {} of {}", n, total)),
                           Printable(r.id), when, ClockText(r.seconds));
  if (s.cue) {
    std::cout << "\nCue:\n" << WrapText(PrintableLine(story.title.text), "  ", s.width);
    if (!r.lead_result.empty()) {
      std::cout << WrapText(PrintableLine(r.lead_result), "  ", s.width);
    }
  }
  std::cout << fmt::format("\nPrompt{}:\n",
                           asked_for ? fmt::format(" ({})", asked_for->name) : "");
  std::cout << WrapText(PrintableLine(prompt), "  ", s.width);
}

// Runs one attempt; fills `entry` when it reached the rating.
Outcome RunItem(Session& s, const Bank& bank, const DrillItem& item, size_t n, size_t total,
                Day today, PracticeEntry* entry) {
  std::optional<Story> story = LoadStory(*item.story);
  if (!story) {
    std::cerr << fmt::format("starbank: error: cannot reload '{}'\n", item.story->file);
    return Outcome::kBadInput;
  }
  std::string prompt = ChoosePrompt(*story, item.principle, item.principle_first, &s.rng);
  std::vector<FollowupQuestion> questions =
      ChooseFollowups(FindingsOf(bank.input.report, *item.story), item.principle,
                      story->followups, &s.rng);
  const Principle* asked_for = item.principle;
  if (asked_for != nullptr &&
      std::find(asked_for->prompts.begin(), asked_for->prompts.end(), prompt) ==
          asked_for->prompts.end()) {
    asked_for = nullptr;  // The story's own prompt.
  }
  PrintItemHead(s, item, *story, StatusNow(bank, *item.story, today), prompt, asked_for,
                n, total);
  entry->at = FormatInstant(s.clock.Now());
  Outcome o = Tell(s, item, bank.max_seconds, &entry->seconds);
  if (o == Outcome::kDone) o = AskFollowups(s, questions);
  if (o == Outcome::kDone) o = Rate(s, item.story->id, &entry->rating);
  if (o != Outcome::kDone) return o;
  entry->story = item.story->id;
  entry->principle = asked_for ? asked_for->id : "";
  entry->prompt = prompt;
  entry->estimate = item.story->seconds;
  for (const FollowupQuestion& q : questions) entry->asked.push_back(q.question);
  return Outcome::kDone;
}

int Stopped(Outcome o, const Session& s, const StoryReport& story) {
  if (s.live) {
    std::cout << "\r\033[K";  // The timer line, or the rating question.
  } else if (s.input->terminal()) {
    std::cout << '\n';
  }
  std::cout << std::flush;
  if (o == Outcome::kInterrupted) {
    std::cerr << fmt::format("starbank: drill interrupted; nothing logged for '{}'\n",
                             Printable(story.id));
    return kExitInterrupted;
  }
  if (o == Outcome::kEnded) {
    std::cerr << fmt::format(
        "starbank: error: input ended before the rating; nothing logged for '{}'\n",
        Printable(story.id));
  }
  return kExitError;
}

// The log's folder must exist before a telling, not be found missing after.
bool CheckLogFolder(const std::string& log_path) {
  std::string dir = log_path.find('/') == std::string::npos
                        ? "."
                        : log_path.substr(0, log_path.find_last_of('/') + 1);
  struct stat st;
  if (stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return true;
  std::cerr << fmt::format(
      "starbank: error: cannot write the practice log '{}': no folder "
      "'{}'\n",
      Printable(log_path), Printable(dir));
  return false;
}

// Says what became of an attempt the log did not take; true when it was logged.
bool Logged(const LogAppendResult& r, const PracticeEntry& entry) {
  if (r.appended) return true;
  std::cerr << fmt::format("starbank: error: {}; the attempt on '{}' is not in the log\n",
                           Printable(r.error), Printable(entry.story));
  std::string then = r.repair.empty() ? "" : fmt::format("; {}", Printable(r.repair));
  if (!r.kept_in.empty()) {
    std::cerr << fmt::format(
        "starbank: the attempt is kept in {}: move its blocks into the log once it can "
        "take them{}\n",
        Printable(r.kept_in), then);
  } else {
    std::cerr << fmt::format(
        "starbank: the attempt follows as YAML: paste it at the end of the log{}\n",
        then);
    std::cout << RenderEntry(entry) << std::flush;
  }
  return false;
}

int RunSession(Bank* bank, const DrillArgs& args, const WallClock& clock,
               const GlobalOptions& g) {
  if (!CheckLogFolder(bank->log_path)) return kExitError;
  Day today = Today(clock);
  std::vector<DrillItem> items;
  if (!ChooseItems(*bank, args, today, &items)) return kExitError;
  DrillInput input(isatty(STDIN_FILENO) != 0);
  Session s;
  s.input = &input;
  s.live = input.terminal() && isatty(STDOUT_FILENO) != 0;
  s.paint = Paint{UseColor(g.color, STDOUT_FILENO)};
  s.width = DrillWidth();
  s.clock = clock;
  s.rng.seed(args.seed ? *args.seed : std::random_device{}());
  s.cue = args.cue;
  int told = 0, estimated = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) std::cout << '\n';
    PracticeEntry entry;
    Outcome o = RunItem(s, *bank, items[i], i + 1, items.size(), today, &entry);
    if (o != Outcome::kDone) return Stopped(o, s, *items[i].story);
    if (!Logged(AppendPracticeLog(bank->log_path, entry), entry)) return kExitError;
    bank->log.push_back(entry);
    StoryStatus after = StatusNow(*bank, *items[i].story, today);
    std::cout << fmt::format("Logged to {}; due again {} ({}).\n",
                             Printable(bank->log_path), IsoDate(after.due),
                             RelativeDay(after.due, today));
    told += entry.seconds;
    estimated += entry.estimate;
  }
  if (!args.plan.empty() || !args.company.empty()) {
    std::cout << fmt::format("\nLoop done: {} stor{} in {} (estimates {}).\n",
                             items.size(), items.size() == 1 ? "y" : "ies", ClockText(told),
                             ClockText(estimated));
  }
  return bank->input.report.errors.empty() ? kExitOk : kExitError;
}

int RunDrill(const cli::Command& cmd, const DrillArgs& args, GlobalOptions* g) {
  WallClock clock;
  if (const char* now = std::getenv("STARBANK_NOW"); now != nullptr && *now != '\0') {
    clock.fixed = ParseInstant(now);
    if (!clock.fixed) {
      std::cerr << fmt::format(
          "starbank: error: STARBANK_NOW must be a date-time like "
          "2026-12-01T09:30:00Z, got '{}'\n",
          now);
      return kExitError;
    }
  }
  Bank bank;
  if (!LoadBank(cmd, args.paths, args.options, g, &bank.input)) return kExitError;
  bool json = args.format == "json";
  if (!json) PrintLoadErrors(bank.input.report);
  if (!LoadLog(&bank, args.log)) return kExitError;
  if (bank.input.report.stories.empty()) {
    std::cerr << "starbank: error: no stories to drill; write one with: starbank new "
                 "\"TITLE\" --principle NAME\n";
    return kExitError;
  }
  if (!args.status) return RunSession(&bank, args, clock, *g);
  PrintStatus(bank, json, Today(clock));
  return bank.input.report.errors.empty() ? kExitOk : kExitError;
}

}  // namespace

std::map<std::string, std::string> PracticedLines(const BankInput& input,
                                                  const std::vector<const StoryReport*>* only) {
  std::map<std::string, std::string> out;
  Bank bank;
  bank.input.config = input.config;
  std::vector<Diagnostic> errors;
  bank.log_path = PracticeLogPath(input.config);
  if (!ReadPracticeLog(bank.log_path, &bank.log, &errors)) {
    for (const Diagnostic& d : errors) std::cerr << FormatDiagnostic(d) << '\n';
    return out;
  }
  if (bank.log.empty()) return out;
  WallClock clock;
  if (const char* now = std::getenv("STARBANK_NOW")) clock.fixed = ParseInstant(now);
  Day today = Today(clock);
  int max_seconds = input.config.options.max_seconds;
  for (const StoryStatus& s : only ? StatusOf(*only, bank.log, max_seconds, today)
                                   : StatusOf(input.report.stories, bank.log, max_seconds, today)) {
    out[s.story->id] = PracticedLine(s);
  }
  return out;
}

Day CommandToday() {
  WallClock clock;
  if (const char* now = std::getenv("STARBANK_NOW"); now != nullptr && *now != '\0') {
    clock.fixed = ParseInstant(now);
  }
  return Today(clock);
}

void RegisterDrill(cli::Command& app, CommandContext& ctx) {
  auto args = std::make_shared<DrillArgs>();
  cli::Command* cmd = app.add_subcommand(
      "drill", "Practise a story out loud against a timer, with follow-up questions");
  cmd->footer(
      "A session on a terminal:\n"
      "  $ starbank drill\n"
      "  Drill 1 of 1  database-failover-rebuild\n"
      "    never practised; estimate 1:15\n"
      "\n"
      "  Prompt:\n"
      "    Tell me about a time you fixed a reliability problem under time pressure.\n"
      "\n"
      "  Tell it out loud now, then press Enter.\n"
      "    1:04  [============------......]  est 1:15, aim 1:00-1:30  Enter: stop\n"
      "\n"
      "  The timer redraws every second; Enter stops it:\n"
      "  Told in 1:24 (estimate 1:15): inside the 60-90 s window.\n"
      "\n"
      "  Follow-ups: answer each out loud, then press Enter.\n"
      "\n"
      "  1/3  Which part did you do yourself?\n"
      "    Your prepared answer:\n"
      "      I wrote the reconnect logic and ran the first two drills.\n"
      "\n"
      "  2/3  What was the hardest obstacle, and how did you get past it?\n"
      "  ...\n"
      "  How did it go? Rate it 1-5 (1 lost the thread, 5 ready for the loop): 4\n"
      "  Logged to practice.yaml; due again 2026-12-04 (in 3 days).\n"
      "\n"
      "Examples:\n"
      "  starbank drill                         the most due story\n"
      "  starbank drill --count 3 stories/      three in a row\n"
      "  starbank drill --principle ownership   a story tagged with it, and its prompt\n"
      "  starbank drill --plan loop-core        a mock loop: the stories 'plan' picks\n"
      "  starbank drill --company Acme          the loop 'plan --company Acme' picks\n"
      "  starbank drill --status                what is due, from the practice log\n"
      "  printf '84\\n\\n\\n\\n4\\n' | starbank drill --story ci-flake-rate\n"
      "                                         told in 84 s, three follow-ups, rated "
      "4\n\n"
      "Without a terminal, drill reads one line per step: the first ends the telling\n"
      "(a whole number on it, like 84, is taken as the seconds it took), then one line\n"
      "per follow-up (its answer, may be empty), then the rating 1-5.\n"
      "The schedule: Leitner boxes waiting 1, 3, 7, 14 and 30 days; a rating of 4-5\n"
      "moves a story up a box, 3 keeps it, 1-2 sends it back to box 1, and a telling\n"
      "over max_seconds drops it one box more (docs/drill.md).\n"
      "Ctrl-C stops without logging the attempt. STARBANK_NOW=2026-12-01T09:00:00Z\n"
      "fixes the date drill uses (for demos and tests).\n"
      "Exit status: 0 logged or shown, 2 usage, config, log or input errors, 130\n"
      "interrupted.");
  cmd->add_option("paths", args->paths, "Story files or folders (default: .)");
  cli::Option* story =
      cmd->add_option("-s,--story", args->story, "Drill this story (its id)");
  cli::Option* principle = cmd->add_option("-p,--principle", args->principle,
                                           "Drill a story tagged with this principle");
  cli::Option* plan = cmd->add_option("--plan", args->plan,
                                      "A mock loop: A,B,C or a catalog set, as for plan");
  cli::Option* company = cmd->add_option(
      "-c,--company", args->company,
      "A mock loop for this company: its upcoming round's principles (or --plan's),\n"
      "no story told there while another fits");
  story->excludes(principle, plan, company);
  principle->excludes(plan, company);
  cmd->add_option("-n,--count", args->count, "How many stories to drill in a row")
      ->check(cli::Range(1, 100))
      ->excludes(story, plan, company);
  cmd->add_option("--seed", args->seed, "Seed for the choice of prompt and follow-ups");
  cmd->add_flag("--cue", args->cue, "Show the title and lead result while telling");
  cmd->add_option("--log", args->log,
                  "Log file (default: practice.yaml at the bank root)");
  cli::Option* status =
      cmd->add_flag("--status", args->status, "Show what is due instead of drilling");
  status->excludes(story, principle, plan, company);
  cmd->add_option("-f,--format", args->format, "Output format of --status")
      ->check(cli::IsMember({"text", "json"}))
      ->needs(status);
  AddLintOptions(*cmd, &args->options);
  cmd->callback([cmd, args, &ctx] {
    ctx.run = [cmd, args, &ctx] { return RunDrill(*cmd, *args, &ctx.globals); };
  });
}

}  // namespace starbank
