// A parsed YAML file as one string: each document's start, then every node's
// kind, position, style and value, then every error. Two parses of the same
// text compare whole (tests/yaml_tree_test.cc, tests/fuzz/fuzz_lint.cc).
#ifndef STARBANK_TESTS_YAML_DUMP_H_
#define STARBANK_TESTS_YAML_DUMP_H_

#include <string>

#include "starbank/yaml_tree.h"

namespace starbank {

inline void DumpYaml(const YamlNode& n, std::string* out) {
  *out += std::to_string(static_cast<int>(n.kind)) + "@" + std::to_string(n.mark.line) + ":" +
          std::to_string(n.mark.column) + (n.plain ? "p" : "") + (n.block ? "b" : "") + "[" +
          n.value + "]{";
  for (const YamlNode& c : n.items) DumpYaml(c, out);
  *out += "}";
}

inline std::string DumpYaml(const YamlParseResult& r) {
  std::string out;
  for (const YamlDocument& d : r.documents) {
    out += "doc@" + std::to_string(d.start.line) + (d.failed ? "!" : "") + ":";
    DumpYaml(d.root, &out);
    out += "\n";
  }
  for (const Diagnostic& d : r.errors) out += FormatDiagnostic(d) + "\n";
  return out;
}

}  // namespace starbank

#endif  // STARBANK_TESTS_YAML_DUMP_H_
