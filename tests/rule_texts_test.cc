// The rules' words (data/rules/RULE.yaml, compiled in as msg:: constants by
// cmake/embed_rules.cmake): what the build read is what YAML reads, every
// rule has its file and every message is used, and drill's follow-ups come
// from the rules' data in their order.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "lint/rule.h"
#include "rule_texts.h"
#include "rules/registry.h"
#include "views/drill.h"

namespace starbank {
namespace {

namespace fs = std::filesystem;

const fs::path kRulesDir = fs::path(STARBANK_SOURCE_DIR) / "data" / "rules";

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The C++ constant cmake/embed_rules.cmake names `name` by.
std::string Constant(const std::string& name) {
  std::string id = "k";
  bool upper = true;
  for (char c : name) {
    if (c == '-') {
      upper = true;
      continue;
    }
    id += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return id;
}

int Placeholders(const std::string& text) {
  static const std::regex hole("\\{[^{}]*\\}");
  return static_cast<int>(
      std::distance(std::sregex_iterator(text.begin(), text.end(), hole), std::sregex_iterator()));
}

TEST_CASE("rule texts: the build reads data/rules as YAML does", "[rules][data]") {
  std::map<std::string, const RuleText*> built;
  for (const RuleText* t : msg::kAllRules) built[t->id] = t;
  std::map<std::pair<std::string, std::string>, const MessageEntry*> messages;
  for (const MessageEntry& m : msg::kAllMessages) messages[{m.rule, m.key}] = &m;

  size_t files = 0, keys = 0;
  for (const auto& entry : fs::directory_iterator(kRulesDir)) {
    if (entry.path().extension() != ".yaml") continue;
    ++files;
    std::string rule = entry.path().stem().string();
    INFO(rule);
    REQUIRE(built.count(rule) == 1);
    YAML::Node doc = YAML::LoadFile(entry.path().string());
    CHECK(doc["summary"].as<std::string>() == built[rule]->summary);
    if (doc["follow-up"]) {
      CHECK(doc["follow-up"]["order"].as<int>() == built[rule]->follow_up.order);
      CHECK(doc["follow-up"]["question"].as<std::string>() == built[rule]->follow_up.question);
    } else {
      CHECK(built[rule]->follow_up.order == 0);
    }
    for (const auto& kv : doc["messages"]) {
      std::string key = kv.first.as<std::string>(), text = kv.second.as<std::string>();
      INFO(key);
      ++keys;
      REQUIRE(messages.count({rule, key}) == 1);
      CHECK(messages[{rule, key}]->text == text);
      CHECK(messages[{rule, key}]->placeholders == Placeholders(text));
    }
  }
  CHECK(files == built.size());
  CHECK(keys == messages.size());
}

TEST_CASE("rule texts: one file a rule, and every message used", "[rules][data]") {
  std::vector<std::string> ids, texts;
  for (const RuleText* t : msg::kAllRules) texts.push_back(t->id);
  for (const Rule* r : AllRules()) ids.push_back(r->id());
  std::sort(texts.begin(), texts.end());
  CHECK(ids == texts);
  for (const Rule* r : AllRules()) {
    INFO(r->id());
    CHECK(!r->summary().empty());
  }

  // A message is used when some source file names its constant.
  std::string sources;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(STARBANK_SOURCE_DIR) / "src")) {
    if (entry.path().extension() == ".cc" || entry.path().extension() == ".h") {
      sources += ReadAll(entry.path());
    }
  }
  for (const MessageEntry& m : msg::kAllMessages) {
    std::string name = "msg::" + Constant(std::string(m.rule) + "-" + m.key);
    INFO(name);
    bool used = false;
    for (size_t at = sources.find(name); at != std::string::npos && !used;
         at = sources.find(name, at + 1)) {
      char next = at + name.size() < sources.size() ? sources[at + name.size()] : ' ';
      used = !std::isalnum(static_cast<unsigned char>(next)) && next != '_';
    }
    CHECK(used);
  }
}

TEST_CASE("follow-ups: the probed rules and their order come from data/rules", "[drill]") {
  std::vector<std::pair<int, std::string>> probed;
  for (const Rule* r : AllRules()) {
    if (r->probe().order > 0) probed.emplace_back(r->probe().order, r->id());
  }
  std::sort(probed.begin(), probed.end());
  std::vector<std::string> order;
  for (const auto& p : probed) order.push_back(p.second);
  CHECK(order == std::vector<std::string>{"no-baseline", "we-ownership", "no-setback",
                                          "missing-learning"});

  // A rule without a follow-up gets no question.
  const Rule* too_long = FindRule("too-long");
  REQUIRE(too_long != nullptr);
  CHECK(too_long->probe().order == 0);
  Diagnostic d;
  d.rule = "too-long";
  std::mt19937 rng(1);
  CHECK(ChooseFollowups({d}, nullptr, {}, &rng).empty());

  // Every probed rule, found together, is asked in that order (three at most).
  std::vector<Diagnostic> all;
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    Diagnostic f;
    f.rule = *it;
    all.push_back(f);
  }
  std::vector<FollowupQuestion> asked = ChooseFollowups(all, nullptr, {}, &rng);
  REQUIRE(asked.size() == kMaxFollowups);
  for (size_t i = 0; i < asked.size(); ++i) {
    CHECK(asked[i].rule == order[i]);
    CHECK(asked[i].question == FindRule(order[i])->probe().question);
  }
}

}  // namespace
}  // namespace starbank
