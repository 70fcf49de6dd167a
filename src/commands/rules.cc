// `starbank rules`: every rule with its id, default severity and summary.
#include <fmt/format.h>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "lint/rule.h"
#include "rules/registry.h"

namespace starbank {

void RegisterRules(cli::Command& app, CommandContext& ctx) {
  auto format = std::make_shared<std::string>("text");
  cli::Command* cmd = app.add_subcommand("rules", "List the lint rules");
  cmd->footer("Examples:\n  starbank rules\n  starbank rules --format json");
  cmd->add_option("-f,--format", *format, "Output format")
      ->check(cli::IsMember({"text", "json"}));
  cmd->callback([format, &ctx] {
    ctx.run = [format] {
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
