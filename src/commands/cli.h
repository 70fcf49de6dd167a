// The command line as the commands see it: each command adds its options
// and subcommands through these two small classes, and cli.cc builds the
// CLI11 app from them. CLI11 is a header-only library that costs seconds of
// CPU in every file that includes it, so only cli.cc and main.cc do; the
// command files include this header instead.
//
// The names and the calls follow CLI11's (add_option, ->check, ->required,
// ->excludes, ...) and forward to it with the same value types, so --help,
// the option checks and their errors read exactly as CLI11 prints them.
#ifndef STARBANK_SRC_COMMANDS_CLI_H_
#define STARBANK_SRC_COMMANDS_CLI_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace starbank {
namespace cli {

/// A check on an option's value: one of a list of words, or a whole number
/// in a range. --help shows it as CLI11 does ("TEXT:{text,json}",
/// "INT in [60 - 400]").
struct Check {
  enum Kind { kMember, kRange };
  Kind kind = kMember;
  std::vector<std::string> members;
  bool ignore_case = false;
  int low = 0, high = 0;
};

/// For IsMember: compare without regard to case.
inline constexpr bool kIgnoreCase = true;

/// The value must be one of `values` (CLI::IsMember).
Check IsMember(std::vector<std::string> values, bool ignore_case = false);

/// The value must be a whole number from `low` to `high` (CLI::Range).
Check Range(int low, int high);

/// One option or positional argument of a command. Owned by its Command.
class Option {
 public:
  explicit Option(CLI::Option* option) : option_(option) {}
  Option(const Option&) = delete;
  Option& operator=(const Option&) = delete;

  Option* required();
  Option* check(const Check& check);
  /// Given together with `other` is an error (either order).
  Option* excludes(Option* other);
  template <typename... More>
  Option* excludes(Option* first, Option* second, More*... more) {
    excludes(first);
    return excludes(second, more...);
  }
  /// Given without `other` is an error.
  Option* needs(Option* other);
  /// Whether one use of the option may take several values (`-P a b`);
  /// false leaves the words after its first value to the positionals.
  Option* allow_extra_args(bool allow);
  /// The value when the option is not given, shown in --help as "[150]".
  Option* default_val(int value);

 private:
  CLI::Option* option_;
};

/// What completion needs to know of an option (read back from CLI11, so
/// the global options main.cc adds are included).
struct OptionInfo {
  std::vector<std::string> short_names;  ///< "f" for -f
  std::vector<std::string> long_names;   ///< "format" for --format
  bool positional = false;
  bool takes_value = false;
  std::string type_name;  ///< As --help shows it: "TEXT:{text,json}"
};

/// The program or one of its (sub)commands.
class Command {
 public:
  /// Wraps `app`, which outlives this (main.cc's root app).
  explicit Command(CLI::App* app);
  ~Command();
  Command(const Command&) = delete;
  Command& operator=(const Command&) = delete;

  Command* add_subcommand(const std::string& name, const std::string& description);
  void footer(const std::string& text);
  /// Exactly `count` subcommands must be given.
  void require_subcommand(int count);

  Option* add_option(const std::string& name, std::string& value,
                     const std::string& description);
  Option* add_option(const std::string& name, std::vector<std::string>& value,
                     const std::string& description);
  Option* add_option(const std::string& name, int& value, const std::string& description);
  Option* add_option(const std::string& name, std::size_t& value,
                     const std::string& description);
  Option* add_option(const std::string& name, std::optional<std::uint32_t>& value,
                     const std::string& description);
  /// An option whose value goes to `set` instead of a variable.
  Option* add_option_function(const std::string& name,
                              std::function<void(const std::string&)> set,
                              const std::string& description);
  Option* add_flag(const std::string& name, bool& value, const std::string& description);
  /// A flag that is accepted and otherwise ignored.
  Option* add_flag(const std::string& name, const std::string& description);

  /// Runs when the arguments name this command, once parsing is done.
  void callback(std::function<void()> run);
  /// Whether the arguments named this command.
  bool parsed() const;
  /// Whether the option named `name` ("--wpm") was given to this command.
  bool given(const std::string& name) const;

  std::string name() const;
  std::string description() const;
  /// Every option in the order they were added, positionals included.
  std::vector<OptionInfo> options() const;
  /// The subcommands, in the order they were added.
  std::vector<const Command*> subcommands() const;

 private:
  CLI::App* app_;
  std::vector<std::unique_ptr<Command>> subcommands_;
  std::vector<std::unique_ptr<Option>> options_;

  Option* Keep(CLI::Option* option);
};

}  // namespace cli
}  // namespace starbank

#endif  // STARBANK_SRC_COMMANDS_CLI_H_
