// `starbank rules`: every rule with its id, default severity and summary;
// `--explain RULE`: what one rule looks for, its cue families from
// data/lexicon with their words.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "lint/rule.h"
#include "rules/registry.h"
#include "text/cues.h"
#include "text/printable.h"

namespace starbank {
namespace {

// `words` joined by `sep`, in lines of at most 78 columns after `indent`.
std::string Fill(const std::vector<std::string>& words, const std::string& indent,
                 const std::string& sep = " ") {
  std::string out, line;
  for (const std::string& w : words) {
    if (!line.empty() && indent.size() + line.size() + sep.size() + w.size() > 78) {
      out += indent + line + '\n';
      line.clear();
    }
    line += (line.empty() ? "" : sep) + w;
  }
  if (!line.empty()) out += indent + line + '\n';
  return out;
}

std::vector<std::string> SplitSpaces(const std::string& text) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t sp = text.find(' ', i);
    if (sp == std::string::npos) sp = text.size();
    if (sp > i) out.push_back(text.substr(i, sp - i));
    i = sp + 1;
  }
  return out;
}

int Explain(const std::string& id, const std::string& format) {
  const Rule* rule = nullptr;
  for (const auto& r : AllRules()) {
    if (r->id() == id) rule = r;
  }
  if (rule == nullptr) {
    std::cerr << fmt::format(
        "starbank: error: unknown rule '{}'; `starbank rules` lists them\n",
        Printable(id));
    return 2;
  }
  std::vector<const CueFamily*> families;
  for (const CueFamily& f : CueFamilies()) {
    if (std::find(f.rules.begin(), f.rules.end(), id) != f.rules.end()) {
      families.push_back(&f);
    }
  }
  if (format == "json") {
    nlohmann::json cues = nlohmann::json::array();
    for (const CueFamily* f : families) {
      cues.push_back({{"family", f->name},
                      {"file", "data/lexicon/" + f->file},
                      {"line", f->line},
                      {"why", f->why},
                      {"words", f->words},
                      {"phrases", f->phrases}});
    }
    nlohmann::json j = {{"id", rule->id()},
                        {"severity", SeverityName(rule->default_severity())},
                        {"summary", rule->summary()},
                        {"cues", cues}};
    std::cout << j.dump(2) << '\n';
    return 0;
  }
  std::cout << fmt::format("{} ({}): {}\n", rule->id(),
                           SeverityName(rule->default_severity()), rule->summary());
  if (families.empty()) {
    std::cout << "It reads no word lists from data/lexicon.\n";
    return 0;
  }
  size_t words = 0;
  for (const CueFamily* f : families) words += f->words.size() + f->phrases.size();
  std::cout << fmt::format("It looks for {} entries in {} cue families (data/lexicon):\n",
                           words, families.size());
  const std::string* last_why = nullptr;
  for (const CueFamily* f : families) {
    bool phrases = !f->phrases.empty();
    std::cout << fmt::format("\n{} ({}:{}, {} {})\n", f->name, f->file, f->line,
                             phrases ? f->phrases.size() : f->words.size(),
                             phrases ? "phrases" : "words");
    // Lists of one check share its note: said once, at the first.
    if (last_why == nullptr || *last_why != f->why) {
      std::cout << Fill(SplitSpaces(f->why), "  ");
    } else {
      std::cout << "  (same check as above)\n";
    }
    last_why = &f->why;
    std::cout << (phrases ? Fill(f->phrases, "    ", " | ") : Fill(f->words, "    "));
  }
  return 0;
}

}  // namespace

void RegisterRules(cli::Command& app, CommandContext& ctx) {
  auto format = std::make_shared<std::string>("text");
  auto explain = std::make_shared<std::string>();
  cli::Command* cmd = app.add_subcommand("rules", "List the lint rules");
  cmd->footer(
      "Examples:\n  starbank rules\n  starbank rules --format json\n"
      "  starbank rules --explain no-setback    # the words no-setback looks for");
  cmd->add_option("-f,--format", *format, "Output format")
      ->check(cli::IsMember({"text", "json"}));
  cmd->add_option("--explain", *explain,
                  "Print what RULE looks for: its cue families and their words");
  cmd->callback([format, explain, &ctx] {
    ctx.run = [format, explain] {
      if (!explain->empty()) return Explain(*explain, *format);
      if (*format == "json") {
        nlohmann::json j = nlohmann::json::array();
        for (const auto& r : AllRules()) {
          j.push_back({{"id", r->id()},
                       {"severity", SeverityName(r->default_severity())},
                       {"summary", r->summary()}});
        }
        std::cout << j.dump(2) << '\n';
        return 0;
      }
      for (const auto& r : AllRules()) {
        std::cout << fmt::format("{:<20} {:<8} {}\n", r->id(),
                                 SeverityName(r->default_severity()), r->summary());
      }
      return 0;
    };
  });
}

}  // namespace starbank
