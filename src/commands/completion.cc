// `starbank completion bash|zsh`: shell completion generated from the
// command tree itself, so every command and option stays covered.
#include <fmt/format.h>
#include <iostream>

#include "commands/commands.h"

namespace starbank {
namespace {

struct OptionInfo {
  std::vector<std::string> names;   // "-f", "--format"
  bool takes_value = false;
  std::vector<std::string> values;  // From an IsMember check; empty: a path.
};

// One command in the tree: "" is the program, "hook install" a nested one.
struct CommandInfo {
  std::string path;
  std::vector<std::pair<std::string, std::string>> subcommands;  // name, description
  std::vector<OptionInfo> options;
  bool positional = false;  // Takes file arguments.
  std::vector<std::string> positional_values;  // Or one of these words.
};

// "TEXT:{text,json}" -> {"text", "json"}.
std::vector<std::string> AllowedValues(const std::string& type_name) {
  size_t open = type_name.find('{'), close = type_name.rfind('}');
  if (open == std::string::npos || close == std::string::npos || close < open) return {};
  std::vector<std::string> out;
  std::string item;
  for (char c : type_name.substr(open + 1, close - open - 1)) {
    if (c == ',') {
      out.push_back(item);
      item.clear();
    } else if (c != ' ') {
      item += c;
    }
  }
  if (!item.empty()) out.push_back(item);
  return out;
}

// What a principle option completes to: the catalog's principle ids (names
// hold spaces), and for plan's --principles also its sets.
struct PrincipleWords {
  std::vector<std::string> principles;
  std::vector<std::string> with_sets;
};

PrincipleWords WordsOf(const Catalog& catalog) {
  PrincipleWords w;
  for (const Principle& p : catalog.principles()) w.principles.push_back(p.id);
  w.with_sets = w.principles;
  for (const PrincipleSet& s : catalog.sets()) w.with_sets.push_back(s.id);
  return w;
}

std::vector<std::string> PrincipleValues(const std::vector<std::string>& names,
                                         const PrincipleWords& words) {
  for (const std::string& n : names) {
    if (n == "--principle") return words.principles;
    if (n == "--principles") return words.with_sets;
  }
  return {};
}

void Collect(const cli::Command& app, const std::string& path,
             const PrincipleWords& words, std::vector<CommandInfo>* out) {
  CommandInfo info;
  info.path = path;
  for (const cli::OptionInfo& o : app.options()) {
    if (o.positional) {
      std::vector<std::string> values = AllowedValues(o.type_name);
      info.positional_values.insert(info.positional_values.end(), values.begin(),
                                    values.end());
      info.positional = info.positional || values.empty();
      continue;
    }
    OptionInfo oi;
    for (const std::string& s : o.short_names) oi.names.push_back("-" + s);
    for (const std::string& l : o.long_names) oi.names.push_back("--" + l);
    oi.takes_value = o.takes_value;
    if (oi.takes_value) oi.values = AllowedValues(o.type_name);
    if (oi.takes_value && oi.values.empty()) oi.values = PrincipleValues(oi.names, words);
    info.options.push_back(std::move(oi));
  }
  std::vector<const cli::Command*> subs = app.subcommands();
  for (const cli::Command* sub : subs) {
    info.subcommands.emplace_back(sub->name(), sub->description());
  }
  out->push_back(std::move(info));
  for (const cli::Command* sub : subs) {
    Collect(*sub, path.empty() ? sub->name() : path + " " + sub->name(), words, out);
  }
}

std::string Words(const std::vector<std::string>& words) {
  return fmt::format("{}", fmt::join(words, " "));
}

std::vector<std::string> OptionNames(const CommandInfo& c, bool valued_only) {
  std::vector<std::string> names;
  for (const OptionInfo& o : c.options) {
    if (valued_only && !o.takes_value) continue;
    names.insert(names.end(), o.names.begin(), o.names.end());
  }
  return names;
}

std::vector<std::string> SubNames(const CommandInfo& c) {
  std::vector<std::string> names;
  for (const auto& s : c.subcommands) names.push_back(s.first);
  return names;
}

// Shell functions both scripts share: the tree as case statements.
std::string TreeFunctions(const std::vector<CommandInfo>& tree) {
  std::string subs, opts, valued, files, values;
  const CommandInfo& root = tree.front();
  for (const CommandInfo& c : tree) {
    std::string key = fmt::format("    \"{}\") ", c.path);
    std::vector<std::string> all = OptionNames(c, false), with_value = OptionNames(c, true);
    if (!c.path.empty()) {
      std::vector<std::string> global = OptionNames(root, false);
      all.insert(all.end(), global.begin(), global.end());
      std::vector<std::string> global_valued = OptionNames(root, true);
      with_value.insert(with_value.end(), global_valued.begin(), global_valued.end());
    }
    std::vector<std::string> words = SubNames(c);
    words.insert(words.end(), c.positional_values.begin(), c.positional_values.end());
    subs += key + fmt::format("echo \"{}\" ;;\n", Words(words));
    opts += key + fmt::format("echo \"{}\" ;;\n", Words(all));
    valued += key + fmt::format("echo \" {} \" ;;\n", Words(with_value));
    if (c.positional) files += fmt::format("    \"{}\") return 0 ;;\n", c.path);
    for (const OptionInfo& o : c.options) {
      if (o.values.empty()) continue;
      for (const std::string& n : o.names) {
        values += fmt::format("    \"{} {}\"{}) echo \"{}\" ;;\n", c.path, n,
                              c.path.empty() ? "|*\" " + n + "\"" : "", Words(o.values));
      }
    }
  }
  return fmt::format(
      "_starbank_subs() {{\n  case \"$1\" in\n{}  esac\n}}\n"
      "_starbank_opts() {{\n  case \"$1\" in\n{}  esac\n}}\n"
      "_starbank_valued() {{\n  case \"$1\" in\n{}  esac\n}}\n"
      "_starbank_files() {{\n  case \"$1\" in\n{}  esac\n  return 1\n}}\n"
      "_starbank_values() {{\n  case \"$1 $2\" in\n{}  esac\n}}\n"
      "# The command path (\"hook install\") before word $1 of the words after it.\n"
      "_starbank_path() {{\n"
      "  local sb_path=\"\" word skip=0 n=$1; shift\n"
      "  local i=1\n"
      "  for word in \"$@\"; do\n"
      "    [ \"$i\" -ge \"$n\" ] && break\n"
      "    i=$((i + 1))\n"
      "    if [ \"$skip\" = 1 ]; then skip=0; continue; fi\n"
      "    case \"$word\" in\n"
      "      -*=*) ;;\n"
      "      -*) case \"$(_starbank_valued \"$sb_path\")\" in *\" $word \"*) skip=1 ;; esac ;;\n"
      "      *) case \" $(_starbank_subs \"$sb_path\") \" in\n"
      "           *\" $word \"*) sb_path=\"${{sb_path:+$sb_path }}$word\" ;;\n"
      "         esac ;;\n"
      "    esac\n"
      "  done\n"
      "  echo \"$sb_path\"\n"
      "}}\n",
      subs, opts, valued, files, values);
}

std::string BashScript(const std::vector<CommandInfo>& tree) {
  return "# bash completion for starbank; generated by 'starbank completion bash'\n" +
         TreeFunctions(tree) +
         "_starbank() {\n"
         "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
         "  local sb_path values\n"
         "  sb_path=$(_starbank_path \"$COMP_CWORD\" \"${COMP_WORDS[@]:1}\")\n"
         "  COMPREPLY=()\n"
         "  if [[ $prev == -* ]] && [[ \"$(_starbank_valued \"$sb_path\")\" == *\" $prev \"* ]]; then\n"
         "    values=$(_starbank_values \"$sb_path\" \"$prev\")\n"
         "    if [[ -n $values ]]; then\n"
         "      mapfile -t COMPREPLY < <(compgen -W \"$values\" -- \"$cur\")\n"
         "    else\n"
         "      compopt -o filenames 2>/dev/null\n"
         "      mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")\n"
         "    fi\n"
         "    return 0\n"
         "  fi\n"
         "  if [[ $cur == -* ]]; then\n"
         "    mapfile -t COMPREPLY < <(compgen -W \"$(_starbank_opts \"$sb_path\")\" -- \"$cur\")\n"
         "    return 0\n"
         "  fi\n"
         "  mapfile -t COMPREPLY < <(compgen -W \"$(_starbank_subs \"$sb_path\")\" -- \"$cur\")\n"
         "  if _starbank_files \"$sb_path\"; then\n"
         "    compopt -o filenames 2>/dev/null\n"
         "    mapfile -t -O \"${#COMPREPLY[@]}\" COMPREPLY < <(compgen -f -- \"$cur\")\n"
         "  fi\n"
         "  return 0\n"
         "}\n"
         "complete -F _starbank starbank\n";
}

std::string ZshScript(const std::vector<CommandInfo>& tree) {
  return "#compdef starbank\n"
         "# zsh completion for starbank; generated by 'starbank completion zsh'\n" +
         TreeFunctions(tree) +
         "_starbank() {\n"
         "  local cur=${words[CURRENT]} prev=${words[CURRENT-1]} sb_path values\n"
         "  sb_path=$(_starbank_path $((CURRENT - 1)) \"${(@)words[2,-1]}\")\n"
         "  if [[ $prev == -* && \"$(_starbank_valued \"$sb_path\")\" == *\" $prev \"* ]]; then\n"
         "    values=$(_starbank_values \"$sb_path\" \"$prev\")\n"
         "    if [[ -n $values ]]; then compadd -- ${=values}; else _files; fi\n"
         "    return\n"
         "  fi\n"
         "  if [[ $cur == -* ]]; then\n"
         "    compadd -- ${=$(_starbank_opts \"$sb_path\")}\n"
         "    return\n"
         "  fi\n"
         "  local subs=$(_starbank_subs \"$sb_path\")\n"
         "  [[ -n $subs ]] && compadd -- ${=subs}\n"
         "  _starbank_files \"$sb_path\" && _files\n"
         "  return 0\n"
         "}\n"
         "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then\n"
         "  _starbank \"$@\"\n"
         "else\n"
         "  compdef _starbank starbank\n"
         "fi\n";
}

}  // namespace

void RegisterCompletion(cli::Command& app, CommandContext& ctx) {
  auto shell = std::make_shared<std::string>();
  cli::Command* cmd = app.add_subcommand("completion", "Print a shell completion script");
  cmd->footer(
      "Examples:\n"
      "  source <(starbank completion bash)\n"
      "  starbank completion zsh > \"${fpath[1]}/_starbank\"\n\n"
      "--principle and --principles complete to the principle ids (and sets) of\n"
      "the catalog in effect when the script is made (--catalog FILE to choose).\n"
      "Installed packages put these in place already.");
  cmd->add_option("shell", *shell, "bash or zsh")
      ->required()
      ->check(cli::IsMember({"bash", "zsh"}));
  cli::Command* root = &app;
  cmd->callback([shell, root, &ctx] {
    ctx.run = [shell, root, &ctx]() -> int {
      // The catalog in effect now (--catalog, else the built-in one) names
      // the principles that --principle completes to.
      const Catalog* catalog = LoadCatalogOrReport(ctx.globals);
      if (catalog == nullptr) return kExitError;
      std::vector<CommandInfo> tree;
      Collect(*root, "", WordsOf(*catalog), &tree);
      std::cout << (*shell == "bash" ? BashScript(tree) : ZshScript(tree));
      return kExitOk;
    };
  });
}

}  // namespace starbank
