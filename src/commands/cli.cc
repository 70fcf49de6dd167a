// The one command file that includes CLI11 (main.cc is the other): the
// commands' options, forwarded to CLI11 with the value types they had.
#include "commands/cli.h"

#include <CLI/CLI.hpp>

namespace starbank {
namespace cli {

Check IsMember(std::vector<std::string> values, bool ignore_case) {
  Check c;
  c.kind = Check::kMember;
  c.members = std::move(values);
  c.ignore_case = ignore_case;
  return c;
}

Check Range(int low, int high) {
  Check c;
  c.kind = Check::kRange;
  c.low = low;
  c.high = high;
  return c;
}

Option* Option::required() {
  option_->required();
  return this;
}

Option* Option::check(const Check& check) {
  if (check.kind == Check::kRange) {
    option_->check(CLI::Range(check.low, check.high));
  } else if (check.ignore_case) {
    option_->check(CLI::IsMember(check.members, CLI::ignore_case));
  } else {
    option_->check(CLI::IsMember(check.members));
  }
  return this;
}

Option* Option::excludes(Option* other) {
  option_->excludes(other->option_);
  return this;
}

Option* Option::needs(Option* other) {
  option_->needs(other->option_);
  return this;
}

Option* Option::allow_extra_args(bool allow) {
  option_->allow_extra_args(allow);
  return this;
}

Option* Option::default_val(int value) {
  option_->default_val(value);
  return this;
}

Command::Command(CLI::App* app) : app_(app) {}

Command::~Command() = default;

Option* Command::Keep(CLI::Option* option) {
  options_.push_back(std::make_unique<Option>(option));
  return options_.back().get();
}

Command* Command::add_subcommand(const std::string& name,
                                 const std::string& description) {
  subcommands_.push_back(
      std::make_unique<Command>(app_->add_subcommand(name, description)));
  return subcommands_.back().get();
}

void Command::footer(const std::string& text) { app_->footer(text); }

void Command::require_subcommand(int count) { app_->require_subcommand(count); }

Option* Command::add_option(const std::string& name, std::string& value,
                            const std::string& description) {
  return Keep(app_->add_option(name, value, description));
}

Option* Command::add_option(const std::string& name, std::vector<std::string>& value,
                            const std::string& description) {
  return Keep(app_->add_option(name, value, description));
}

Option* Command::add_option(const std::string& name, int& value,
                            const std::string& description) {
  return Keep(app_->add_option(name, value, description));
}

Option* Command::add_option(const std::string& name, std::size_t& value,
                            const std::string& description) {
  return Keep(app_->add_option(name, value, description));
}

Option* Command::add_option(const std::string& name, std::optional<std::uint32_t>& value,
                            const std::string& description) {
  return Keep(app_->add_option(name, value, description));
}

Option* Command::add_option_function(const std::string& name,
                                     std::function<void(const std::string&)> set,
                                     const std::string& description) {
  return Keep(app_->add_option_function<std::string>(name, std::move(set), description));
}

Option* Command::add_flag(const std::string& name, bool& value,
                          const std::string& description) {
  return Keep(app_->add_flag(name, value, description));
}

Option* Command::add_flag(const std::string& name, const std::string& description) {
  return Keep(app_->add_flag(name, description));
}

void Command::callback(std::function<void()> run) { app_->callback(std::move(run)); }

bool Command::parsed() const { return app_->parsed(); }

bool Command::given(const std::string& name) const {
  const CLI::Option* option = app_->get_option_no_throw(name);
  return option != nullptr && option->count() > 0;
}

std::string Command::name() const { return app_->get_name(); }

std::string Command::description() const { return app_->get_description(); }

std::vector<OptionInfo> Command::options() const {
  std::vector<OptionInfo> out;
  for (const CLI::Option* o : app_->get_options()) {
    OptionInfo info;
    info.short_names = o->get_snames();
    info.long_names = o->get_lnames();
    info.positional = o->get_positional();
    info.takes_value = o->get_expected_min() > 0;
    info.type_name = o->get_type_name();
    out.push_back(std::move(info));
  }
  return out;
}

std::vector<const Command*> Command::subcommands() const {
  std::vector<const Command*> out;
  for (const auto& sub : subcommands_) out.push_back(sub.get());
  return out;
}

}  // namespace cli
}  // namespace starbank
