#include "io/config.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <system_error>

#include "io/fs.h"
#include "io/glob.h"
#include "starbank/loader.h"
#include "starbank/yaml_tree.h"
#include "text/closest.h"
#include "text/tokens.h"

namespace starbank {
namespace fs = std::filesystem;
namespace {

// Parses one file's settings into a Config, collecting every error.
// The origins key of the `exclude` glob at `index`.
std::string ExcludeKey(size_t index) { return fmt::format("exclude.{}", index); }

class ConfigParser {
 public:
  ConfigParser(std::string_view file, const std::vector<std::string>& rule_ids,
               Config* config, std::vector<Diagnostic>* errors)
      : file_(file), rule_ids_(rule_ids), config_(config), errors_(errors) {}

  void Parse(const YamlNode& root) {
    if (root.IsNull()) return;
    if (root.kind != YamlNode::Kind::kMap) {
      Error(root.mark, fmt::format("a config file is a mapping of settings, got {}",
                                   root.KindName()));
      return;
    }
    using Handler = void (ConfigParser::*)(const YamlNode&, const YamlNode&);
    static const std::map<std::string, Handler> handlers = {
        {"catalog", &ConfigParser::SetCatalog},
        {"level", &ConfigParser::Level},
        {"words_per_minute", &ConfigParser::WordsPerMinute},
        {"max_seconds", &ConfigParser::MaxSeconds},
        {"min_seconds", &ConfigParser::MinSeconds},
        {"rules", &ConfigParser::Rules},
        {"confidential", &ConfigParser::Confidential},
        {"exclude", &ConfigParser::Exclude},
        {"practice_log", &ConfigParser::PracticeLog},
        {"interview_log", &ConfigParser::InterviewLog},
    };
    for (size_t i = 0; i < root.MapSize(); ++i) {
      const YamlNode& key = root.Key(i);
      auto it = handlers.find(key.value);
      if (key.kind != YamlNode::Kind::kScalar || it == handlers.end()) {
        UnknownKey(key);
        continue;
      }
      (this->*(it->second))(key, root.Value(i));
    }
    CheckSecondsOrder(root);
  }

 private:
  void Error(Mark mark, std::string message) {
    errors_->push_back(FileError(file_, mark, std::move(message)));
  }

  void SetOrigin(const std::string& key, const YamlNode& node) {
    config_->origins[key] = fmt::format("{}:{}", file_, node.mark.line);
  }

  void UnknownKey(const YamlNode& key) {
    Closest closest(ToLower(key.value), 3);
    for (const std::string& k : ConfigKeys()) closest.Offer(k);
    if (closest.found()) {
      Error(key.mark, fmt::format("unknown config key '{}'; did you mean '{}'?", key.value,
                                  closest.name()));
    } else {
      Error(key.mark, fmt::format("unknown config key '{}'; expected one of {}", key.value,
                                  fmt::join(ConfigKeys(), ", ")));
    }
  }

  // A plain whole number in [lo, hi], or an error naming the key.
  std::optional<int> Int(const YamlNode& key, const YamlNode& v, int lo, int hi) {
    const std::string& s = v.value;
    bool digits = v.kind == YamlNode::Kind::kScalar && !s.empty() && s.size() <= 6 &&
                  s.find_first_not_of("0123456789") == std::string::npos;
    if (digits) {
      int n = std::stoi(s);
      if (n >= lo && n <= hi) return n;
    }
    Error(v.mark, fmt::format("'{}' must be a whole number from {} to {}, got {}",
                              key.value, lo, hi, Shown(v)));
    return std::nullopt;
  }

  // How a bad value is quoted in a message.
  static std::string Shown(const YamlNode& v) {
    if (v.kind == YamlNode::Kind::kScalar && !v.IsNull()) return "'" + v.value + "'";
    return v.KindName();
  }

  void SetCatalog(const YamlNode& key, const YamlNode& v) {
    if (v.kind != YamlNode::Kind::kScalar || v.IsNull()) {
      Error(v.mark, fmt::format("'catalog' must be the path of a catalog file, got {}",
                                Shown(v)));
      return;
    }
    fs::path p(v.value);
    if (p.is_relative() && !config_->dir.empty()) p = fs::path(config_->dir) / p;
    std::error_code ec;
    if (!fs::is_regular_file(p, ec)) {
      Error(v.mark, fmt::format("catalog file '{}' not found", v.value));
      return;
    }
    config_->catalog = p.lexically_normal().lexically_proximate(fs::current_path()).string();
    SetOrigin(key.value, key);
  }

  // Need not exist yet: `drill` creates it on the first attempt.
  void PracticeLog(const YamlNode& key, const YamlNode& v) {
    LogPath(key, v, &config_->practice_log);
  }

  // Need not exist yet: `interview add` creates it on the first round.
  void InterviewLog(const YamlNode& key, const YamlNode& v) {
    LogPath(key, v, &config_->interview_log);
  }

  void LogPath(const YamlNode& key, const YamlNode& v, std::string* out) {
    if (v.kind != YamlNode::Kind::kScalar || v.IsNull()) {
      // A missing value has no place of its own: point at the key.
      Error(v.IsNull() ? key.mark : v.mark,
            fmt::format("'{}' must be the path of a YAML file, got {}", key.value,
                        Shown(v)));
      return;
    }
    fs::path p(v.value);
    if (p.is_relative() && !config_->dir.empty()) p = fs::path(config_->dir) / p;
    *out = p.lexically_normal().lexically_proximate(fs::current_path()).string();
    SetOrigin(key.value, key);
  }

  void Level(const YamlNode& key, const YamlNode& v) {
    std::string s = ToLower(v.value);
    if (!s.empty() && s[0] == 'l') s.erase(0, 1);
    if (v.kind == YamlNode::Kind::kScalar && s.size() == 1 && s[0] >= '4' && s[0] <= '7') {
      config_->options.level = s[0] - '0';
      SetOrigin(key.value, key);
      return;
    }
    Error(v.mark, fmt::format("'level' must be one of L4, L5, L6, L7, got {}", Shown(v)));
  }

  void WordsPerMinute(const YamlNode& key, const YamlNode& v) {
    SetInt(key, v, 60, 400, &config_->options.words_per_minute);
  }
  void MaxSeconds(const YamlNode& key, const YamlNode& v) {
    SetInt(key, v, 10, 3600, &config_->options.max_seconds);
  }
  void MinSeconds(const YamlNode& key, const YamlNode& v) {
    SetInt(key, v, 0, 3600, &config_->options.min_seconds);
  }
  void SetInt(const YamlNode& key, const YamlNode& v, int lo, int hi, int* out) {
    if (std::optional<int> n = Int(key, v, lo, hi)) {
      *out = *n;
      SetOrigin(key.value, key);
    }
  }

  void CheckSecondsOrder(const YamlNode& root) {
    const LintOptions& o = config_->options;
    const YamlNode* min = root.Find("min_seconds");
    if (min == nullptr || o.min_seconds < o.max_seconds) return;
    Error(min->mark, fmt::format("'min_seconds' ({}) must be below 'max_seconds' ({})",
                                 o.min_seconds, o.max_seconds));
  }

  void Rules(const YamlNode& key, const YamlNode& v) {
    if (v.kind != YamlNode::Kind::kMap) {
      Error(v.mark, fmt::format("'rules' must map rule ids to off, info, warning or "
                                "error, got {}", Shown(v)));
      return;
    }
    for (size_t i = 0; i < v.MapSize(); ++i) RuleEntry(key, v.Key(i), v.Value(i));
  }

  void RuleEntry(const YamlNode& rules_key, const YamlNode& id, const YamlNode& value) {
    if (std::find(rule_ids_.begin(), rule_ids_.end(), id.value) == rule_ids_.end()) {
      Closest closest(ToLower(id.value), 3);
      for (const std::string& known : rule_ids_) closest.Offer(known);
      const std::string& best = closest.name();
      Error(id.mark, best.empty()
                         ? fmt::format("unknown rule '{}'; run 'starbank rules' for the "
                                       "list", id.value)
                         : fmt::format("unknown rule '{}'; did you mean '{}'?", id.value,
                                       best));
      return;
    }
    std::string s = ToLower(value.value);
    std::optional<Severity> severity = ParseSeverity(s);
    if (value.kind != YamlNode::Kind::kScalar || (s != "off" && !severity)) {
      Error(value.mark, fmt::format("rule '{}' must be off, info, warning or error, got {}",
                                    id.value, Shown(value)));
      return;
    }
    config_->options.rule_overrides[id.value] = severity;
    SetOrigin(rules_key.value + "." + id.value, id);
  }

  void Confidential(const YamlNode& key, const YamlNode& v) {
    StringList(key, v, "term", &config_->options.confidential, [](const std::string& s) {
      for (char c : s) {
        if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) return true;
      }
      return false;
    });
  }

  void Exclude(const YamlNode& key, const YamlNode& v) {
    if (!StringList(key, v, "glob", &config_->options.exclude,
                    [](const std::string& s) { return !s.empty(); })) {
      return;
    }
    for (size_t i = 0; i < v.items.size(); ++i) SetOrigin(ExcludeKey(i), v.items[i]);
  }

  bool StringList(const YamlNode& key, const YamlNode& v, const char* what,
                  std::vector<std::string>* out,
                  const std::function<bool(const std::string&)>& valid) {
    if (v.kind != YamlNode::Kind::kSequence) {
      Error(v.mark, fmt::format("'{}' must be a list of {}s, got {}", key.value, what,
                                Shown(v)));
      return false;
    }
    std::vector<std::string> items;
    bool ok = true;
    for (const YamlNode& item : v.items) {
      std::string s = item.kind == YamlNode::Kind::kScalar ? FoldSpace(item.value) : "";
      if (item.kind != YamlNode::Kind::kScalar || !valid(s)) {
        Error(item.mark, fmt::format("each '{}' entry must be a non-empty {}, got {}",
                                     key.value, what, Shown(item)));
        ok = false;
        continue;
      }
      items.push_back(s);
    }
    if (!ok) return false;
    *out = std::move(items);
    SetOrigin(key.value, key);
    return true;
  }

  std::string_view file_;
  const std::vector<std::string>& rule_ids_;
  Config* config_;
  std::vector<Diagnostic>* errors_;
};

}  // namespace

std::string OriginOf(const Config& config, const std::string& key) {
  auto it = config.origins.find(key);
  return it == config.origins.end() ? "default" : it->second;
}

const std::vector<std::string>& ConfigKeys() {
  static const std::vector<std::string> keys = {
      "catalog", "level",        "words_per_minute", "max_seconds",  "min_seconds",
      "rules",   "confidential", "exclude",          "practice_log", "interview_log"};
  return keys;
}

namespace {

// The nearest folder from here up that holds `.git`, or "" if none does.
fs::path GitTop() {
  std::error_code ec;
  fs::path start = fs::current_path(ec);
  if (ec) return {};
  for (fs::path d = start;; d = d.parent_path()) {
    if (fs::exists(d / ".git", ec)) return d;
    if (d == d.parent_path()) return {};
  }
}

}  // namespace

std::string BankFilePath(const Config& config, const std::string& configured,
                         const char* default_name) {
  if (!configured.empty()) return configured;
  fs::path dir = !config.dir.empty() ? fs::path(config.dir) : GitTop();
  if (dir.empty()) return default_name;
  std::error_code ec;
  return (dir / default_name).lexically_proximate(fs::current_path(ec)).string();
}

std::string InterviewLogPath(const Config& config) {
  return BankFilePath(config, config.interview_log, kInterviewLogName);
}

std::vector<DataFilePath> DataFilesOf(const Config& config) {
  std::vector<DataFilePath> files;
  if (!config.file.empty()) files.push_back({config.file, "the config"});
  files.push_back({BankFilePath(config, config.practice_log, kPracticeLogFileName),
                   "the practice log"});
  files.push_back({InterviewLogPath(config), "the interview log"});
  if (!config.catalog.empty()) files.push_back({config.catalog, "the catalog in use"});
  return files;
}

std::string FindConfig(const std::string& dir) {
  std::error_code ec;
  fs::path start = fs::absolute(dir.empty() ? "." : dir, ec).lexically_normal();
  if (ec) return "";
  if (!start.has_filename()) start = start.parent_path();
  for (fs::path d = start;; d = d.parent_path()) {
    fs::path candidate = d / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) {
      if (fs::path(dir).is_absolute()) return candidate.string();
      return candidate.lexically_relative(start).string();
    }
    if (fs::exists(d / ".git", ec) || d == d.parent_path()) return "";
  }
}

bool ParseConfig(std::string_view file, std::string_view content,
                 const std::vector<std::string>& rule_ids, Config* config,
                 std::vector<Diagnostic>* errors) {
  size_t before = errors->size();
  YamlLimits limits;
  limits.max_bytes = 256 * 1024;
  limits.max_depth = 8;
  YamlParseResult parsed = ParseYaml(file, content, limits);
  errors->insert(errors->end(), parsed.errors.begin(), parsed.errors.end());
  if (!parsed.errors.empty()) return false;
  config->file = std::string(file);
  ConfigParser parser(file, rule_ids, config, errors);
  for (size_t i = 0; i < parsed.documents.size(); ++i) {
    if (i > 0) {
      errors->push_back(FileError(file, parsed.documents[i].start,
                                    "a config file holds one document; remove the '---'"));
      break;
    }
    parser.Parse(parsed.documents[i].root);
  }
  return errors->size() == before;
}

bool LoadConfig(const std::string& path, const std::vector<std::string>& rule_ids,
                Config* config, std::vector<Diagnostic>* errors) {
  std::string content, error;
  if (!ReadFile(path, &content, &error, 256 * 1024)) {
    errors->push_back(FileError(path, Mark{}, error));
    return false;
  }
  std::error_code ec;
  config->dir = fs::absolute(path, ec).lexically_normal().parent_path().string();
  return ParseConfig(path, content, rule_ids, config, errors);
}

namespace {

// Index of the `exclude` glob that matches `path`, or -1.
int ExcludingGlob(const Config& config, const std::string& path) {
  if (config.options.exclude.empty() || config.dir.empty()) return -1;
  std::error_code ec;
  fs::path abs = fs::absolute(path, ec).lexically_normal();
  if (ec) return -1;
  fs::path rel = abs.lexically_relative(config.dir);
  if (rel.empty() || *rel.begin() == "..") return -1;
  for (size_t i = 0; i < config.options.exclude.size(); ++i) {
    if (GlobMatches(config.options.exclude[i], rel.string())) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

bool ConfigExcludes(const Config& config, const std::string& path) {
  return ExcludingGlob(config, path) >= 0;
}

std::string ExcludedBy(const Config& config, const std::string& path) {
  int i = ExcludingGlob(config, path);
  if (i < 0) return "";
  auto origin = config.origins.find(ExcludeKey(static_cast<size_t>(i)));
  return fmt::format("{} ('{}')",
                     origin == config.origins.end() ? config.file : origin->second,
                     config.options.exclude[static_cast<size_t>(i)]);
}

}  // namespace starbank
