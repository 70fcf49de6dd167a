#include "views/practice_log.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <filesystem>
#include <system_error>

#include "io/config.h"
#include "io/fs.h"
#include "io/log.h"
#include "starbank/loader.h"
#include "starbank/yaml_tree.h"
#include "views/bank.h"
#include "views/schedule.h"
#include "views/template.h"

namespace starbank {
namespace {

constexpr size_t kMaxLogBytes = 64u << 20;  // ~200k attempts: far past any real log.

const char kHeader[] =
    "# starbank practice log: one attempt a block, appended by `starbank drill`.\n"
    "# Commit it with the stories. To merge two branches' attempts without\n"
    "# conflicts, add to .gitattributes:  practice.yaml merge=union\n";

// Ids are written plain when YAML reads them back unchanged, else quoted.
std::string Scalar(const std::string& s) {
  bool plain = !s.empty() && s[0] != '-';
  for (char c : s) {
    if (!isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.' &&
        c != '#') {
      plain = false;
    }
  }
  return plain ? s : YamlQuote(s);
}

// Reads one entry's mapping; false (with an error) when it is not one.
class EntryReader {
 public:
  EntryReader(std::string_view file, std::vector<Diagnostic>* errors)
      : file_(file), errors_(errors) {}

  bool Read(const YamlNode& n, PracticeEntry* e) {
    if (n.kind != YamlNode::Kind::kMap) {
      return Fail(n.mark,
                  fmt::format("expected an attempt (a mapping), got {}", n.KindName()));
    }
    e->line = n.mark.line;
    bool ok = Text(n, "at", true, &e->at) && Text(n, "story", true, &e->story) &&
              Text(n, "principle", false, &e->principle) &&
              Text(n, "prompt", false, &e->prompt) &&
              Int(n, "seconds", 0, 86400, true, &e->seconds) &&
              Int(n, "estimate", 0, 86400, false, &e->estimate) &&
              Int(n, "rating", 1, 5, true, &e->rating) && List(n, "asked", &e->asked);
    if (ok && !ParseIsoDay(e->at)) {
      const YamlNode* at = n.Find("at");
      return Fail(at->mark,
                  fmt::format("'at' must be an ISO date-time, got '{}'", e->at));
    }
    return ok;
  }

 private:
  bool Fail(Mark mark, std::string message) {
    errors_->push_back(FileError(file_, mark, std::move(message)));
    return false;
  }

  bool Text(const YamlNode& n, const char* key, bool required, std::string* out) {
    const YamlNode* v = n.Find(key);
    if (v == nullptr || v->IsNull()) {
      return !required || Fail(n.mark, fmt::format("attempt has no '{}'", key));
    }
    if (v->kind != YamlNode::Kind::kScalar) {
      return Fail(v->mark, fmt::format("'{}' must be text, got {}", key, v->KindName()));
    }
    *out = v->value;
    return true;
  }

  bool Int(const YamlNode& n, const char* key, int lo, int hi, bool required, int* out) {
    std::string s;
    if (!Text(n, key, required, &s)) return false;
    if (s.empty()) return true;
    bool digits = s.size() <= 6 && s.find_first_not_of("0123456789") == std::string::npos;
    int v = digits ? std::stoi(s) : -1;
    if (v < lo || v > hi) {
      return Fail(n.Find(key)->mark, fmt::format("'{}' must be a whole number from {} to "
                                                 "{}, got '{}'",
                                                 key, lo, hi, s));
    }
    *out = v;
    return true;
  }

  bool List(const YamlNode& n, const char* key, std::vector<std::string>* out) {
    const YamlNode* v = n.Find(key);
    if (v == nullptr || v->IsNull()) return true;
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

}  // namespace

std::string PracticeLogPath(const Config& config) {
  return BankFilePath(config, config.practice_log, kPracticeLogName);
}

bool ParsePracticeLog(std::string_view file, std::string_view content,
                      std::vector<PracticeEntry>* entries,
                      std::vector<Diagnostic>* errors) {
  EntryReader reader(file, errors);
  return ReadLogItems(file, content, kMaxLogBytes, "a practice log is a list of attempts",
                      errors, [&](const YamlNode& item) {
                        PracticeEntry e;
                        if (reader.Read(item, &e)) entries->push_back(std::move(e));
                      });
}

bool ReadPracticeLog(const std::string& path, std::vector<PracticeEntry>* entries,
                     std::vector<Diagnostic>* errors) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0 && errno == ENOENT) return true;
  std::string content, error;
  if (!ReadFile(path, &content, &error, kMaxLogBytes)) {
    errors->push_back(FileError(path, Mark{}, error));
    return false;
  }
  return ParsePracticeLog(path, content, entries, errors);
}

std::string RenderEntry(const PracticeEntry& e) {
  std::string out = fmt::format("- at: {}\n  story: {}\n", e.at, Scalar(e.story));
  if (!e.principle.empty()) out += fmt::format("  principle: {}\n", Scalar(e.principle));
  out += fmt::format("  prompt: {}\n  seconds: {}\n  estimate: {}\n  rating: {}\n",
                     YamlQuote(e.prompt), e.seconds, e.estimate, e.rating);
  if (!e.asked.empty()) {
    out += "  asked:\n";
    for (const std::string& q : e.asked) out += fmt::format("    - {}\n", YamlQuote(q));
  }
  return out;
}

std::string AppendEntry(std::string_view old, const PracticeEntry& entry) {
  std::string out(old);
  if (out.empty()) out = kHeader;
  if (out.back() != '\n') out += '\n';
  return out + RenderEntry(entry);
}

std::string PracticeLogRepair(const std::string& path) {
  return fmt::format(
      "repair {} (for merge-conflict markers, delete the marker lines and keep both "
      "sides' attempts; 'starbank drill --status' checks it)",
      path);
}

LogAppendResult AppendPracticeLog(const std::string& path, const PracticeEntry& entry) {
  LogAppendOptions o;
  o.header = kHeader;
  o.max_bytes = kMaxLogBytes;
  o.check = [&path](std::string_view content, std::string* error) {
    std::vector<PracticeEntry> entries;
    std::vector<Diagnostic> errors;
    if (ParsePracticeLog(path, content, &entries, &errors)) return true;
    const Diagnostic& d = errors[0];  // "file:line:col: message", no "error:" inside
    *error = d.mark.line > 0 ? fmt::format("{}:{}:{}: {}", d.file, d.mark.line,
                                           std::max(d.mark.column, 1), d.message)
                             : fmt::format("{}: {}", d.file, d.message);
    return false;
  };
  o.repair = PracticeLogRepair(path);
  return AppendToLog(path, RenderEntry(entry), o);
}

}  // namespace starbank
