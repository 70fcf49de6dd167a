// `starbank interview add|list`: which story was told to which company, in
// the bank's interview log (views/interview_log.h), and the helpers `plan
// --company`, `drill --company` and the report share to plan around it.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "text/closest.h"
#include "text/printable.h"
#include "text/tokens.h"
#include "views/bank.h"
#include "views/interview_log.h"
#include "views/plan.h"
#include "views/render.h"
#include "views/schedule.h"

namespace starbank {
namespace {

struct AddArgs {
  std::vector<std::string> paths;
  std::string company, date, round, notes, outcome;
  std::vector<std::string> asked, told;
};

struct ListArgs {
  std::vector<std::string> paths;
  std::string company;
  std::string format = "text";
};

// "a, b,c" -> {"a", "b", "c"}, each flag value split at commas.
std::vector<std::string> SplitIds(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  for (const std::string& arg : args) {
    size_t start = 0;
    for (;;) {
      size_t comma = arg.find(',', start);
      std::string id = FoldSpace(arg.substr(start, comma - start));
      if (!id.empty() && std::find(out.begin(), out.end(), id) == out.end()) {
        out.push_back(id);
      }
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  return out;
}

// Every id of `ids` a story of the bank has; prints the first that none has,
// with a did-you-mean, and returns false.
bool CheckStoryIds(const BankStories& stories, const std::vector<std::string>& ids) {
  for (const std::string& id : ids) {
    bool found = false;
    for (size_t k = 0; k < stories.size() && !found; ++k) found = stories.Id(k) == id;
    if (found) continue;
    Closest closest(ToLower(id), TypoAllowance(id.size()));
    for (size_t k = 0; k < stories.size(); ++k) {
      closest.Offer(stories.Id(k), ToLower(stories.Id(k)));
    }
    std::cerr << fmt::format("starbank: error: no story has the id '{}'{}\n",
                             Printable(id),
                             closest.found()
                                 ? fmt::format("; did you mean '{}'?", Printable(closest.name()))
                                   : "; 'starbank map' lists the bank's stories");
    return false;
  }
  return true;
}

std::string Joined(const std::vector<std::string>& items) {
  return Printable(fmt::format("{}", fmt::join(items, ", ")));
}

// "in 3 days", "today", "tomorrow".
std::string DaysLeft(Day day, Day today) {
  Day n = day - today;
  if (n <= 0) return "today";
  return n == 1 ? "tomorrow" : fmt::format("in {} days", n);
}

int RunAdd(const cli::Command& cmd, const AddArgs& args, GlobalOptions* g) {
  InterviewRound r;
  r.company = FoldSpace(args.company);
  if (r.company.empty()) {
    std::cerr << "starbank: error: --company is empty; name the company\n";
    return kExitError;
  }
  r.round = FoldSpace(args.round);
  r.notes = args.notes;
  r.outcome = args.outcome;
  Day today = CommandToday();
  if (args.date.empty()) {
    r.date = IsoDate(today);
  } else {
    std::optional<Day> day = ParseIsoDay(args.date);
    if (args.date.size() != 10 || !day) {
      std::cerr << fmt::format(
          "starbank: error: --date must be an ISO date like 2026-11-03, got '{}'\n",
          Printable(args.date));
      return kExitError;
    }
    r.date = args.date;
  }
  BankInput bank;
  bank.stories = std::make_unique<BankStories>();
  if (!LoadBank(cmd, args.paths, LintOptions{}, g, &bank)) return kExitError;
  PrintLoadErrors(bank.report);
  std::vector<const Principle*> asked;
  if (!args.asked.empty() && !ResolvePrincipleList(*bank.catalog, args.asked, &asked)) {
    return kExitError;
  }
  for (const Principle* p : asked) r.asked.push_back(p->name);
  r.told = SplitIds(args.told);
  if (!CheckStoryIds(*bank.stories, r.told)) return kExitError;
  r.day = *ParseIsoDay(r.date);
  std::string path = InterviewLogPath(bank.config);
  // What the log holds now, for the message (the append re-reads it under
  // the lock). A log that does not parse stops here, before any write.
  std::vector<InterviewRound> rounds;
  std::vector<Diagnostic> errors;
  if (!ReadInterviewLog(path, &rounds, &errors)) {
    for (const Diagnostic& d : errors) std::cerr << FormatDiagnostic(d) << '\n';
    std::cerr << fmt::format("starbank: error: nothing logged; {}\n",
                             Printable(InterviewLogRepair(path)));
    return kExitError;
  }
  auto same = std::find_if(rounds.begin(), rounds.end(),
                           [&](const InterviewRound& x) { return SameRound(x, r); });
  const InterviewRound& named = same != rounds.end() ? *same : r;
  InterviewAppend appended = AppendInterviewRound(path, r);
  AppendResult result = appended.result;
  if (result == AppendResult::kFailed) {
    const LogAppendResult& log = appended.log;
    std::cerr << fmt::format("starbank: error: {}; the round is not in the log\n",
                             Printable(log.error));
    std::string then = log.repair.empty() ? "" : "; " + Printable(log.repair);
    if (!log.kept_in.empty()) {
      std::cerr << fmt::format(
          "starbank: the round is kept in {}: move its block into the log once it can "
          "take it{}\n",
          Printable(log.kept_in), then);
    } else {
      std::cerr << fmt::format(
          "starbank: the round follows as YAML: paste it at the end of the log{}\n",
          then);
      std::cout << RenderRound(appended.block) << std::flush;
    }
    return kExitError;
  }
  const InterviewRound& block = appended.block;
  std::vector<std::string> what;
  if (!block.told.empty()) what.push_back("told " + Joined(block.told));
  if (!block.asked.empty()) what.push_back("asked " + Joined(block.asked));
  if (!block.notes.empty()) what.push_back("notes");
  if (!block.outcome.empty())
    what.push_back("outcome '" + Printable(block.outcome) + "'");
  if (what.empty()) what.push_back("nothing told yet");
  std::string upcoming = IsUpcoming(named, today)
                             ? fmt::format(" (upcoming, {})", DaysLeft(r.day, today))
                             : "";
  if (result == AppendResult::kAlreadyThere) {
    std::cout << fmt::format("Already logged: {}{}; nothing written\n",
                             Printable(RoundName(named)), upcoming);
  } else {
    std::cout << fmt::format(
        "{} {}{}: {}\n", result == AppendResult::kAppended ? "Logged" : "Added to",
        Printable(RoundName(named)), upcoming, fmt::join(what, "; "));
  }
  std::cout << fmt::format("Log: {}\n", Printable(path));
  return bank.report.errors.empty() ? kExitOk : kExitError;
}

// ---- list -----------------------------------------------------------------

// For an upcoming round: per asked principle, the best story not told at
// the company (by plan fit), or none.
struct Coverage {
  std::string asked;                     ///< As the log has it.
  const Principle* principle = nullptr;  ///< Null: not in the catalog.
  const StoryReport* untold = nullptr;
  std::vector<std::string> told_here;  ///< Stories for it told at the company.
};

std::vector<Coverage> CoverRound(const InterviewRound& r, const BankInput& bank,
                                 const std::vector<InterviewRound>& rounds) {
  std::vector<std::string> told;
  for (const InterviewRound& x : rounds) {
    if (AtCompany(x, r.company)) told.insert(told.end(), x.told.begin(), x.told.end());
  }
  const BankStories& stories = *bank.stories;
  std::vector<Coverage> out;
  for (const std::string& a : r.asked) {
    Coverage c;
    c.asked = a;
    c.principle = bank.catalog->Find(a);
    if (c.principle != nullptr) {
      size_t index = bank.catalog->IndexOf(*c.principle);
      double best = 0;
      for (size_t k = 0; k < stories.size(); ++k) {
        double fit =
            PlanFit(stories.Tagged(k, index), stories.Fit(k, index), stories.Score(k));
        if (fit <= 0) continue;
        std::string id(stories.Id(k));
        if (std::find(told.begin(), told.end(), id) != told.end()) {
          c.told_here.push_back(id);
        } else if (fit > best) {
          best = fit;
          c.untold = &stories.Report(k);
        }
      }
    }
    out.push_back(std::move(c));
  }
  return out;
}

std::string CoverageText(const Coverage& c) {
  std::string name = Printable(c.principle ? c.principle->name : c.asked);
  if (c.principle == nullptr) return name + ": not in the catalog";
  if (c.untold != nullptr)
    return fmt::format("{}: untold {}", name, Printable(c.untold->id));
  if (!c.told_here.empty()) {
    return fmt::format("{}: no untold story (told here: {})", name, Joined(c.told_here));
  }
  return name + ": no story";
}

// The logged company nearest to `name` in spelling, or "" when none is close.
std::string NearestCompany(const std::vector<InterviewRound>& rounds,
                           const std::string& name) {
  Closest closest(ToLower(name), TypoAllowance(name.size()));
  for (const InterviewRound& r : rounds) closest.Offer(r.company, ToLower(r.company));
  return closest.name();
}

struct Timeline {
  std::vector<const InterviewRound*> upcoming, past;
};

Timeline Order(const std::vector<InterviewRound>& rounds, const std::string& company,
               Day today) {
  Timeline t;
  for (const InterviewRound& r : rounds) {
    if (!company.empty() && !AtCompany(r, company)) continue;
    (IsUpcoming(r, today) ? t.upcoming : t.past).push_back(&r);
  }
  std::stable_sort(
      t.upcoming.begin(), t.upcoming.end(),
      [](const InterviewRound* a, const InterviewRound* b) { return a->day < b->day; });
  std::stable_sort(
      t.past.begin(), t.past.end(),
      [](const InterviewRound* a, const InterviewRound* b) { return a->day > b->day; });
  return t;
}

nlohmann::json RoundJson(const InterviewRound& r, Day today) {
  nlohmann::json j = {{"company", r.company}, {"date", r.date},
                      {"round", r.round},     {"asked", r.asked},
                      {"told", r.told},       {"notes", r.notes},
                      {"outcome", r.outcome}, {"upcoming", IsUpcoming(r, today)},
                      {"line", r.line}};
  if (IsUpcoming(r, today)) j["days_left"] = r.day - today;
  return j;
}

int RunList(const cli::Command& cmd, const ListArgs& args, GlobalOptions* g) {
  Day today = CommandToday();
  BankInput bank;
  bank.stories = std::make_unique<BankStories>();
  Config config;
  LintOptions options;
  if (!ResolveSettings(cmd, g, &options, &config)) return kExitError;
  std::string path = InterviewLogPath(config);
  std::vector<InterviewRound> rounds;
  std::vector<Diagnostic> errors;
  if (!ReadInterviewLog(path, &rounds, &errors)) {
    for (const Diagnostic& d : errors) std::cerr << FormatDiagnostic(d) << '\n';
    return kExitError;
  }
  Timeline t = Order(rounds, args.company, today);
  if (!args.company.empty() && t.upcoming.empty() && t.past.empty() && !rounds.empty()) {
    std::string best = NearestCompany(rounds, args.company);
    std::cerr << fmt::format("starbank: error: no round at '{}' in {}{}\n",
                             Printable(args.company), Printable(path),
                             best.empty()
                                 ? std::string("")
                                 : fmt::format("; did you mean '{}'?", Printable(best)));
    return kExitError;
  }
  std::map<const InterviewRound*, std::vector<Coverage>> coverage;
  if (!t.upcoming.empty()) {  // Only then is the bank needed.
    if (!LoadBank(cmd, args.paths, options, g, &bank)) return kExitError;
    if (args.format != "json") PrintLoadErrors(bank.report);
    for (const InterviewRound* r : t.upcoming) coverage[r] = CoverRound(*r, bank, rounds);
  }
  if (args.format == "json") {
    nlohmann::json up = nlohmann::json::array(), past = nlohmann::json::array();
    for (const InterviewRound* r : t.upcoming) {
      nlohmann::json j = RoundJson(*r, today), cov = nlohmann::json::array();
      for (const Coverage& c : coverage[r]) {
        cov.push_back(
            {{"asked", c.asked},
             {"principle", c.principle ? nlohmann::json(c.principle->id) : nullptr},
             {"untold", c.untold ? nlohmann::json(c.untold->id) : nullptr},
             {"told_here", c.told_here}});
      }
      j["coverage"] = cov;
      up.push_back(j);
    }
    for (const InterviewRound* r : t.past) past.push_back(RoundJson(*r, today));
    nlohmann::json j = {{"version", 1},   {"log", path},   {"today", IsoDate(today)},
                        {"upcoming", up}, {"past", past},
                        {"errors", ErrorsJson(bank.report.errors)}};
    std::cout << j.dump(2) << '\n';
    return bank.report.errors.empty() ? kExitOk : kExitError;
  }
  if (rounds.empty()) {
    std::cout << fmt::format(
        "No interviews logged in {}. Log one with:\n"
        "  starbank interview add --company NAME --round \"phone screen\" --told "
        "STORY-ID\n",
        Printable(path));
    return kExitOk;
  }
  auto print = [&](const InterviewRound& r, const std::string& when) {
    std::cout << fmt::format("  {}  {}{}{}\n", r.date, Printable(r.company),
                             r.round.empty() ? "" : ", " + Printable(r.round), when);
    if (coverage.count(&r) != 0) {
      for (const Coverage& c : coverage[&r])
        std::cout << "    asked    " << CoverageText(c) << '\n';
    } else if (!r.asked.empty()) {
      std::cout << "    asked    " << Joined(r.asked) << '\n';
    }
    if (!r.told.empty()) std::cout << "    told     " << Joined(r.told) << '\n';
    if (!r.notes.empty())
      std::cout << "    notes    " << PrintableLine(r.notes) << '\n';
    if (!r.outcome.empty()) {
      std::cout << "    outcome  " << PrintableLine(r.outcome) << '\n';
    }
  };
  std::cout << fmt::format("Upcoming ({})\n", t.upcoming.size());
  if (t.upcoming.empty()) std::cout << "  none\n";
  for (const InterviewRound* r : t.upcoming) {
    print(*r, fmt::format("  ({})", DaysLeft(r->day, today)));
  }
  std::cout << fmt::format("\nPast ({}), newest first\n", t.past.size());
  if (t.past.empty()) std::cout << "  none\n";
  for (const InterviewRound* r : t.past) print(*r, "");
  return bank.report.errors.empty() ? kExitOk : kExitError;
}

}  // namespace

void ReadTellings(const Config& config, Tellings* out) {
  std::vector<Diagnostic> errors;
  std::string path = InterviewLogPath(config);
  if (!ReadInterviewLog(path, &out->rounds, &errors)) {
    for (const Diagnostic& d : errors) std::cerr << FormatDiagnostic(d) << '\n';
    out->rounds.clear();
    return;
  }
  out->by_story = TellingsByStory(out->rounds);
  for (auto& [id, list] : out->by_story) {
    std::stable_sort(
        list.begin(), list.end(),
        [](const InterviewRound* a, const InterviewRound* b) { return a->day < b->day; });
  }
}

std::string ToldLine(const Tellings& tellings, const std::string& id) {
  if (tellings.rounds.empty()) return "";
  auto it = tellings.by_story.find(id);
  if (it == tellings.by_story.end()) return "never told in an interview";
  std::vector<std::string> companies;
  for (const InterviewRound* r : it->second) {
    bool seen = std::any_of(companies.begin(), companies.end(),
                            [&](const std::string& c) { return AtCompany(*r, c); });
    if (!seen) companies.push_back(r->company);
  }
  size_t n = it->second.size();
  return Printable(fmt::format(
      "told {}, last at {}; {}: {}", n == 1 ? "once" : fmt::format("{} times", n),
      RoundName(*it->second.back()), companies.size() == 1 ? "company" : "companies",
      fmt::join(companies, ", ")));
}

nlohmann::json TellingsJson(const Tellings& tellings, const std::string& id) {
  nlohmann::json rounds = nlohmann::json::array(), companies = nlohmann::json::array();
  nlohmann::json last = nullptr;
  auto it = tellings.by_story.find(id);
  if (it != tellings.by_story.end()) {
    std::vector<std::string> seen;
    for (const InterviewRound* r : it->second) {
      nlohmann::json j = {
          {"company", r->company}, {"date", r->date}, {"round", r->round}};
      rounds.push_back(j);
      last = j;
      if (std::none_of(seen.begin(), seen.end(),
                       [&](const std::string& c) { return AtCompany(*r, c); })) {
        seen.push_back(r->company);
        companies.push_back(r->company);
      }
    }
  }
  return {{"count", rounds.size()},
          {"last", last},
          {"companies", companies},
          {"rounds", rounds}};
}

bool IsUpcoming(const InterviewRound& r, Day today) {
  return r.day > today || (r.day == today && r.told.empty());
}

std::string RoundName(const InterviewRound& r) {
  return fmt::format("{} on {}{}", r.company, r.date,
                     r.round.empty() ? "" : ", " + r.round);
}

bool LoadCompanyHistory(const Config& config, const std::string& company, Day today,
                        CompanyHistory* out) {
  out->company = FoldSpace(company);
  out->log_path = InterviewLogPath(config);
  std::vector<Diagnostic> errors;
  if (!ReadInterviewLog(out->log_path, &out->rounds, &errors)) {
    for (const Diagnostic& d : errors) std::cerr << FormatDiagnostic(d) << '\n';
    return false;
  }
  for (const InterviewRound& r : out->rounds) {
    if (!AtCompany(r, company)) continue;
    out->company = r.company;
    for (const std::string& id : r.told) out->told[id].push_back(&r);
    if (IsUpcoming(r, today) &&
        (out->upcoming == nullptr || r.day < out->upcoming->day)) {
      out->upcoming = &r;
    }
  }
  for (auto& [id, list] : out->told) {
    std::stable_sort(
        list.begin(), list.end(),
        [](const InterviewRound* a, const InterviewRound* b) { return a->day < b->day; });
  }
  bool any = std::any_of(out->rounds.begin(), out->rounds.end(),
                         [&](const InterviewRound& r) { return AtCompany(r, company); });
  std::string best = any ? "" : NearestCompany(out->rounds, company);
  if (!best.empty()) {  // Likely a typo: the plan would avoid nothing.
    std::cerr << fmt::format(
        "starbank: warning: no round at '{}' in {}; did you mean '{}'?\n",
        Printable(company), Printable(out->log_path), Printable(best));
  }
  return true;
}

std::string AvoidedWhy(const PlanSlot& slot, const CompanyHistory& history) {
  if (!slot.avoided || slot.story == nullptr) return "";
  auto it = history.told.find(slot.story->id);
  std::string where = it == history.told.end() || it->second.empty()
                          ? "told at " + history.company
                          : "told at " + RoundName(*it->second.back());
  if (slot.untold == 0 && slot.candidates <= 1) return "the only story for it; " + where;
  if (slot.untold == 0) {
    return fmt::format("all {} of its stories were told at {}; this one {}",
                       slot.candidates, history.company, where.substr(5));
  }
  return fmt::format("its {} untold stor{} planned for other principles; {}", slot.untold,
                     slot.untold == 1 ? "y is" : "ies are", where);
}

Plan MakeCompanyPlan(const BankInput& bank,
                     const std::vector<const Principle*>& principles,
                     const CompanyHistory& history) {
  auto told = [&history](std::string_view id) {
    return history.told.count(std::string(id)) != 0;
  };
  if (bank.stories) {
    const BankStories& stories = *bank.stories;
    std::vector<size_t> index;
    for (const Principle* p : principles) index.push_back(bank.catalog->IndexOf(*p));
    return MakePlanAvoiding(
        principles, stories.size(),
        [&](size_t p, size_t s) {
          return PlanFit(stories.Tagged(s, index[p]), stories.Fit(s, index[p]),
                         stories.Score(s));
        },
        [&](size_t s) { return &stories.Report(s); }, bank.report.near_copies,
        [&](size_t s) { return told(stories.Id(s)); });
  }
  const std::vector<StoryReport>& stories = bank.report.stories;
  return MakePlanAvoiding(
      principles, stories.size(),
      [&](size_t p, size_t s) {
        return PlanFit(stories[s], *principles[p], *bank.catalog);
      },
      [&](size_t s) { return &stories[s]; }, bank.report.near_copies,
      [&](size_t s) { return told(stories[s].id); });
}

void RegisterInterview(cli::Command& app, CommandContext& ctx) {
  cli::Command* cmd = app.add_subcommand(
      "interview", "Log which story you told to which company, and list the rounds");
  cmd->require_subcommand(1);
  cmd->footer(
      "Examples:\n"
      "  starbank interview add --company Acme --round \"phone screen\" \\\n"
      "      --asked \"Deliver Results\" --told checkout-latency\n"
      "  starbank interview add --company Acme --date 2026-12-10 --round \"onsite 1\" "
      "\\\n"
      "      --asked \"Dive Deep,Ownership\"        an upcoming round\n"
      "  starbank interview list --company Acme\n"
      "  starbank plan --company Acme               the upcoming round's principles\n\n"
      "The log is interviews.yaml at the bank's root (interview_log: in the config\n"
      "moves it). See docs/interviews.md.");

  auto add = std::make_shared<AddArgs>();
  cli::Command* a =
      cmd->add_subcommand("add", "Log a round: what was asked, which stories told");
  a->footer(
      "Examples:\n"
      "  starbank interview add --company Acme --round \"phone screen\" \\\n"
      "      --asked \"Deliver Results\" --told checkout-latency\n"
      "  starbank interview add --company Acme --date 2026-12-10 --round \"onsite 1\" "
      "\\\n"
      "      --asked loop-core                       an upcoming round, a catalog set\n"
      "  starbank interview add --company Acme --round \"phone screen\" --outcome "
      "\"onsite\"\n"
      "                                              adds to the round logged today\n\n"
      "A round with the same company, date and round as a logged one adds to it.\n"
      "Story ids are checked against the bank (PATH, default: .) and principles\n"
      "against the catalog; on an unknown one nothing is written. A date after\n"
      "today is an upcoming round: 'plan --company' plans its principles.\n"
      "Exit status: 0 logged, 2 unknown story or principle, bad date, usage, config,\n"
      "load or log errors.");
  a->add_option("paths", add->paths, "Where the stories are (default: .)");
  a->add_option("-c,--company", add->company, "The company")->required();
  a->add_option("-d,--date", add->date,
                "The day of the round, YYYY-MM-DD (default: today)");
  a->add_option("-r,--round", add->round, "Which round: \"phone screen\", \"onsite 2\"");
  a->add_option(
       "-a,--asked", add->asked,
       "Principles asked (names, ids, aliases or a catalog set), comma-separated")
      ->allow_extra_args(false);
  a->add_option("-t,--told", add->told, "Story ids told, comma-separated")
      ->allow_extra_args(false);
  a->add_option("--notes", add->notes, "Notes on the round");
  a->add_option("--outcome", add->outcome, "How it went: \"onsite invited\", \"offer\"");
  a->callback([a, add, &ctx] {
    ctx.run = [a, add, &ctx] { return RunAdd(*a, *add, &ctx.globals); };
  });

  auto list = std::make_shared<ListArgs>();
  cli::Command* l =
      cmd->add_subcommand("list", "Upcoming rounds, then past ones, newest first");
  l->footer(
      "Examples:\n"
      "  starbank interview list\n"
      "  starbank interview list --company Acme --format json\n\n"
      "For an upcoming round, each asked principle shows its best story not yet\n"
      "told at that company, or that it has none.\n"
      "Exit status: 0 listed, 2 unknown company, usage, config, load or log errors.");
  l->add_option("paths", list->paths, "Where the stories are (default: .)");
  l->add_option("-c,--company", list->company, "Only the rounds at this company");
  l->add_option("-f,--format", list->format, "Output format")
      ->check(cli::IsMember({"text", "json"}));
  l->callback([l, list, &ctx] {
    ctx.run = [l, list, &ctx] { return RunList(*l, *list, &ctx.globals); };
  });
}

}  // namespace starbank
