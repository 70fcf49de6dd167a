#include "views/interview_log.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>

#include "io/fs.h"
#include "io/log.h"
#include "starbank/yaml_tree.h"
#include "text/tokens.h"
#include "views/template.h"

namespace starbank {
namespace {

constexpr size_t kMaxLogBytes = 16u << 20;  // Far past any real log.

const char kHeader[] =
    "# starbank interview log: one round a block, appended by `starbank interview add`.\n"
    "# Edit it by hand as you like; keep it with the stories. A second block with\n"
    "# the same company, date and round adds to that round. To merge two branches'\n"
    "# rounds without conflicts, add to .gitattributes:  interviews.yaml merge=union\n";

// Text written plain when YAML reads it back unchanged, else quoted.
std::string Scalar(const std::string& s) {
  bool plain = !s.empty() && s[0] != '-' && s[0] != '.' && s.back() != ' ';
  for (char c : s) {
    if (!isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.' &&
        c != ' ') {
      plain = false;
    }
  }
  static const char* kReserved[] = {"null", "true", "false", "yes",
                                    "no",   "on",   "off",   "~"};
  for (const char* r : kReserved) {
    if (ToLower(s) == r) plain = false;
  }
  return plain ? s : YamlQuote(s);
}

std::string Key(std::string_view s) { return ToLower(FoldSpace(s)); }

// Reads one block's mapping; false (with an error) when it is not a round.
class RoundReader {
 public:
  RoundReader(std::string_view file, std::vector<Diagnostic>* errors)
      : file_(file), errors_(errors) {}

  bool Read(const YamlNode& n, InterviewRound* r) {
    if (n.kind != YamlNode::Kind::kMap) {
      return Fail(n.mark, fmt::format("expected an interview round (a mapping with "
                                      "company and date), got {}",
                                      n.KindName()));
    }
    r->line = n.mark.line;
    static const char* kKeys[] = {"company", "date",  "round",  "asked",
                                  "told",    "notes", "outcome"};
    for (size_t i = 0; i < n.MapSize(); ++i) {
      const YamlNode& key = n.Key(i);
      bool known = std::any_of(std::begin(kKeys), std::end(kKeys),
                               [&](const char* k) { return key.value == k; });
      if (!known) {
        return Fail(key.mark, fmt::format("unknown key '{}' in an interview round; the "
                                          "keys are company, date, round, asked, told, "
                                          "notes and outcome",
                                          key.value));
      }
    }
    if (!(Text(n, "company", true, &r->company) && Text(n, "date", true, &r->date) &&
          Text(n, "round", false, &r->round) && List(n, "asked", &r->asked) &&
          List(n, "told", &r->told) && Text(n, "notes", false, &r->notes) &&
          Text(n, "outcome", false, &r->outcome))) {
      return false;
    }
    if (FoldSpace(r->company).empty()) {
      return Fail(n.Find("company")->mark, "'company' is empty");
    }
    std::optional<Day> day = ParseIsoDay(r->date);
    if (r->date.size() != 10 || !day) {
      return Fail(
          n.Find("date")->mark,
          fmt::format("'date' must be an ISO date like 2026-11-03, got '{}'", r->date));
    }
    r->day = *day;
    return true;
  }

 private:
  bool Fail(Mark mark, std::string message) {
    errors_->push_back(FileError(file_, mark, std::move(message)));
    return false;
  }

  bool Text(const YamlNode& n, const char* key, bool required, std::string* out) {
    const YamlNode* v = n.Find(key);
    if (v == nullptr || v->IsNull()) {
      return !required || Fail(n.mark, fmt::format("interview round has no '{}'", key));
    }
    if (v->kind != YamlNode::Kind::kScalar) {
      return Fail(v->mark, fmt::format("'{}' must be text, got {}", key, v->KindName()));
    }
    *out = v->value;
    return true;
  }

  // A list of text, or one text standing for a list of one.
  bool List(const YamlNode& n, const char* key, std::vector<std::string>* out) {
    const YamlNode* v = n.Find(key);
    if (v == nullptr || v->IsNull()) return true;
    if (v->kind == YamlNode::Kind::kScalar) {
      out->push_back(v->value);
      return true;
    }
    if (v->kind != YamlNode::Kind::kSequence) {
      return Fail(v->mark,
                  fmt::format("'{}' must be a list, got {}", key, v->KindName()));
    }
    for (const YamlNode& item : v->items) {
      if (item.kind != YamlNode::Kind::kScalar) {
        return Fail(item.mark, fmt::format("each '{}' item must be text", key));
      }
      out->push_back(item.value);
    }
    return true;
  }

  std::string_view file_;
  std::vector<Diagnostic>* errors_;
};

void AddNew(const std::vector<std::string>& from, std::vector<std::string>* to) {
  for (const std::string& x : from) {
    bool there = std::any_of(to->begin(), to->end(),
                             [&](const std::string& y) { return Key(x) == Key(y); });
    if (!there) to->push_back(x);
  }
}

// Folds `more` (text of a later block) into `text`: kept when it says the
// same, added on a new line when it says more.
void AddText(const std::string& more, std::string* text) {
  if (more.empty() || Key(more) == Key(*text)) return;
  *text = text->empty() ? more : *text + "\n" + more;
}

// "file:line:col: message" for a log's first problem, as AppendToLog's
// check reports it (no "error:" inside).
std::string Problem(const Diagnostic& d) {
  return d.mark.line > 0 ? fmt::format("{}:{}:{}: {}", d.file, d.mark.line,
                                       std::max(d.mark.column, 1), d.message)
                         : fmt::format("{}: {}", d.file, d.message);
}

}  // namespace

bool SameRound(const InterviewRound& a, const InterviewRound& b) {
  return Key(a.company) == Key(b.company) && a.date == b.date &&
         Key(a.round) == Key(b.round);
}

bool AtCompany(const InterviewRound& r, std::string_view company) {
  return Key(r.company) == Key(company);
}

bool ParseInterviewLog(std::string_view file, std::string_view content,
                       std::vector<InterviewRound>* blocks,
                       std::vector<Diagnostic>* errors) {
  RoundReader reader(file, errors);
  return ReadLogItems(file, content, kMaxLogBytes, "an interview log is a list of rounds",
                      errors, [&](const YamlNode& item) {
                        InterviewRound r;
                        if (reader.Read(item, &r)) blocks->push_back(std::move(r));
                      });
}

std::vector<InterviewRound> FoldRounds(const std::vector<InterviewRound>& blocks) {
  std::vector<InterviewRound> out;
  for (const InterviewRound& b : blocks) {
    auto same = std::find_if(out.begin(), out.end(),
                             [&](const InterviewRound& r) { return SameRound(r, b); });
    if (same == out.end()) {
      out.push_back(b);
      continue;
    }
    AddNew(b.asked, &same->asked);
    AddNew(b.told, &same->told);
    AddText(b.notes, &same->notes);
    AddText(b.outcome, &same->outcome);
  }
  return out;
}

bool ReadInterviewLog(const std::string& path, std::vector<InterviewRound>* rounds,
                      std::vector<Diagnostic>* errors) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0 && errno == ENOENT) return true;
  std::string content, error;
  if (!ReadFile(path, &content, &error, kMaxLogBytes)) {
    errors->push_back(FileError(path, Mark{}, error));
    return false;
  }
  std::vector<InterviewRound> blocks;
  if (!ParseInterviewLog(path, content, &blocks, errors)) return false;
  *rounds = FoldRounds(blocks);
  return true;
}

std::string RenderRound(const InterviewRound& r) {
  std::string out =
      fmt::format("- company: {}\n  date: {}\n", Scalar(r.company), Scalar(r.date));
  if (!r.round.empty()) out += fmt::format("  round: {}\n", Scalar(r.round));
  auto list = [&out](const char* key, const std::vector<std::string>& items) {
    if (items.empty()) return;
    out += fmt::format("  {}:\n", key);
    for (const std::string& x : items) out += fmt::format("    - {}\n", Scalar(x));
  };
  list("asked", r.asked);
  list("told", r.told);
  if (!r.notes.empty()) out += fmt::format("  notes: {}\n", YamlQuote(r.notes));
  if (!r.outcome.empty()) out += fmt::format("  outcome: {}\n", YamlQuote(r.outcome));
  return out;
}

bool RoundToAppend(const std::vector<InterviewRound>& rounds, const InterviewRound& add,
                   InterviewRound* block) {
  auto same = std::find_if(rounds.begin(), rounds.end(),
                           [&](const InterviewRound& r) { return SameRound(r, add); });
  *block = add;
  if (same == rounds.end()) return true;
  block->asked.clear();
  block->told.clear();
  for (const std::string& a : add.asked) {
    std::vector<std::string> had = same->asked;
    AddNew({a}, &had);
    if (had.size() > same->asked.size()) AddNew({a}, &block->asked);
  }
  for (const std::string& t : add.told) {
    std::vector<std::string> had = same->told;
    AddNew({t}, &had);
    if (had.size() > same->told.size()) AddNew({t}, &block->told);
  }
  std::string notes = same->notes, outcome = same->outcome;
  AddText(add.notes, &notes);
  AddText(add.outcome, &outcome);
  if (notes == same->notes) block->notes.clear();
  if (outcome == same->outcome) block->outcome.clear();
  return !block->asked.empty() || !block->told.empty() || !block->notes.empty() ||
         !block->outcome.empty();
}

std::string InterviewLogRepair(const std::string& path) {
  return fmt::format(
      "repair {} (for merge-conflict markers, delete the marker lines and keep both "
      "sides' rounds; 'starbank interview list' checks it)",
      path);
}

InterviewAppend AppendInterviewRound(const std::string& path,
                                     const InterviewRound& round) {
  InterviewAppend out;
  out.block = round;
  std::string old;
  struct stat st;
  if (stat(path.c_str(), &st) == 0 || errno != ENOENT) {
    std::string why;
    if (!ReadFile(path, &old, &why, kMaxLogBytes)) {
      out.log.error = fmt::format("{}: {}", path, why);
      return out;
    }
  }
  std::vector<InterviewRound> blocks;
  std::vector<Diagnostic> errors;
  if (!ParseInterviewLog(path, old, &blocks, &errors)) {
    out.log.error = Problem(errors[0]);
    out.log.repair = InterviewLogRepair(path);
    return out;
  }
  std::vector<InterviewRound> rounds = FoldRounds(blocks);
  if (!RoundToAppend(rounds, round, &out.block)) {
    out.result = AppendResult::kAlreadyThere;
    return out;
  }
  bool existed = std::any_of(rounds.begin(), rounds.end(), [&](const InterviewRound& r) {
    return SameRound(r, round);
  });
  LogAppendOptions o;
  o.header = kHeader;
  o.max_bytes = kMaxLogBytes;
  o.check = [&path](std::string_view content, std::string* error) {
    std::vector<InterviewRound> b;
    std::vector<Diagnostic> e;
    if (ParseInterviewLog(path, content, &b, &e)) return true;
    *error = Problem(e[0]);
    return false;
  };
  o.repair = InterviewLogRepair(path);
  out.log = AppendToLog(path, RenderRound(out.block), o);
  if (out.log.appended)
    out.result = existed ? AppendResult::kAddedTo : AppendResult::kAppended;
  return out;
}

std::map<std::string, std::vector<const InterviewRound*>> TellingsByStory(
    const std::vector<InterviewRound>& rounds) {
  std::map<std::string, std::vector<const InterviewRound*>> out;
  for (const InterviewRound& r : rounds) {
    for (const std::string& id : r.told) out[id].push_back(&r);
  }
  return out;
}

}  // namespace starbank
