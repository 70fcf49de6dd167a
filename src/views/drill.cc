#include "views/drill.h"

#include <algorithm>
#include <map>

#include "starbank/catalog.h"
#include "starbank/lint.h"
#include "views/bank.h"

namespace starbank {
namespace {

// What an interviewer asks when a story shows each weakness, in the order
// they are asked.
struct Probe {
  const char* rule;
  const char* question;
};
constexpr Probe kProbes[] = {
    {"no-baseline", "What was it before, and what was the target?"},
    {"we-ownership", "Which part did you do yourself?"},
    {"no-setback", "What got in the way, and what did you do about it?"},
    {"missing-learning", "What would you do differently?"},
};

// A pick in [0, n) that is the same on every platform for a seed (the
// standard distributions are not).
size_t Pick(std::mt19937* rng, size_t n) { return n == 0 ? 0 : (*rng)() % n; }

std::string PreparedAnswer(const std::string& question,
                           const std::vector<Followup>& prepared) {
  for (const Followup& f : prepared) {
    if (SamePrompt(question, f.question)) return f.answer;
  }
  return "";
}

}  // namespace

std::vector<StoryStatus> StatusOf(const std::vector<StoryReport>& stories,
                                  const std::vector<PracticeEntry>& log, int max_seconds,
                                  Day today) {
  std::vector<const StoryReport*> all;
  for (const StoryReport& s : stories) all.push_back(&s);
  return StatusOf(all, log, max_seconds, today);
}

std::vector<StoryStatus> StatusOf(const std::vector<const StoryReport*>& stories,
                                  const std::vector<PracticeEntry>& log, int max_seconds,
                                  Day today) {
  // Oldest first; the file is append-only, but a union merge can interleave.
  std::vector<const PracticeEntry*> sorted;
  for (const PracticeEntry& e : log) sorted.push_back(&e);
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
    return ParseIsoDay(a->at).value_or(0) < ParseIsoDay(b->at).value_or(0);
  });
  std::map<std::string, std::vector<const PracticeEntry*>> by_story;
  for (const PracticeEntry* e : sorted) by_story[e->story].push_back(e);
  std::vector<StoryStatus> out;
  for (const StoryReport* s : stories) {
    StoryStatus status;
    status.story = s;
    std::vector<Rated> rated;
    for (const PracticeEntry* e : by_story[s->id]) {
      rated.push_back({ParseIsoDay(e->at).value_or(0), e->rating, e->seconds});
      status.last_at = e->at;
    }
    status.state = Replay(rated, max_seconds);
    status.due = status.state.Due(today);
    out.push_back(std::move(status));
  }
  return out;
}

std::vector<const StoryStatus*> RankDue(const std::vector<StoryStatus>& statuses,
                                        Day today) {
  std::vector<const StoryStatus*> out;
  for (const StoryStatus& s : statuses) out.push_back(&s);
  auto group = [today](const StoryStatus* s) {
    return s->state.attempts == 0 ? 0 : s->due <= today ? 1 : 2;
  };
  std::stable_sort(out.begin(), out.end(),
                   [&](const StoryStatus* a, const StoryStatus* b) {
                     int ga = group(a), gb = group(b);
                     if (ga != gb) return ga < gb;
                     if (ga == 1) {
                       if (a->due != b->due) return a->due < b->due;
                       return a->state.last_rating < b->state.last_rating;
                     }
                     if (ga == 2) {
                       if (a->state.mean_rating != b->state.mean_rating)
                         return a->state.mean_rating < b->state.mean_rating;
                       return a->due < b->due;
                     }
                     return false;
                   });
  return out;
}

std::string ChoosePrompt(const Story& story, const Principle* principle,
                         bool principle_first, std::mt19937* rng) {
  const std::vector<std::string>* from = &story.prompts;
  bool catalog = principle != nullptr && !principle->prompts.empty();
  if (catalog && (principle_first || story.prompts.empty())) from = &principle->prompts;
  if (!from->empty()) return (*from)[Pick(rng, from->size())];
  return "Tell me about this: " + story.title.text;
}

std::string ProbeFor(const std::string& rule) {
  for (const Probe& p : kProbes) {
    if (rule == p.rule) return p.question;
  }
  return "";
}

std::vector<FollowupQuestion> ChooseFollowups(const std::vector<Diagnostic>& findings,
                                              const Principle* principle,
                                              const std::vector<Followup>& prepared,
                                              std::mt19937* rng) {
  std::vector<FollowupQuestion> out;
  for (const Probe& p : kProbes) {
    bool found = std::any_of(findings.begin(), findings.end(),
                             [&](const Diagnostic& d) { return d.rule == p.rule; });
    if (found && out.size() < kMaxFollowups) {
      out.push_back({p.question, p.rule, PreparedAnswer(p.question, prepared)});
    }
  }
  std::vector<std::string> pool;
  if (principle != nullptr) pool = principle->followups;
  while (out.size() < kMaxFollowups && !pool.empty()) {
    size_t i = Pick(rng, pool.size());
    std::string q = pool[i];
    pool.erase(pool.begin() + static_cast<std::ptrdiff_t>(i));
    bool repeat = std::any_of(out.begin(), out.end(), [&](const FollowupQuestion& f) {
      return SamePrompt(f.question, q);
    });
    if (!repeat) out.push_back({q, "", PreparedAnswer(q, prepared)});
  }
  return out;
}

std::string TimerBar(int seconds, bool color) {
  constexpr int kCells = 24, kSpan = 120;
  auto paint = [color](const char* code, const char* text) {
    return color ? std::string("\033[") + code + "m" + text + "\033[0m"
                 : std::string(text);
  };
  bool turned = seconds >= kWindowHigh;
  int filled = std::min(kCells, std::max(0, seconds) * kCells / kSpan);
  std::string bar = "[";
  for (int i = 0; i < kCells; ++i) {
    int at = i * kSpan / kCells;
    bool window = at >= kWindowLow && at < kWindowHigh;
    if (i < filled) {
      bar += color ? paint(turned ? "31" : "32", "\u2588") : (turned ? "#" : "=");
    } else {
      bar += window ? paint("33", "-") : paint("90", ".");
    }
  }
  return bar + "]";
}

}  // namespace starbank
