// YamlTree: a small, safe YAML document tree built from yaml-cpp's events.
//
// starbank does not use YAML::Node: it keeps duplicate keys silently, has no
// guard against alias cycles, and costs a shared_ptr per node. Instead the
// reader drives yaml-cpp's Parser with an EventHandler and builds plain
// value nodes, rejecting what stories never need (anchors, aliases, deep
// nesting, duplicate keys) with a positioned error. All marks are 1-based.
#ifndef STARBANK_YAML_TREE_H_
#define STARBANK_YAML_TREE_H_

#include <string>
#include <string_view>
#include <vector>

#include "starbank/diagnostic.h"

namespace starbank {

struct YamlNode {
  enum class Kind { kNull, kScalar, kSequence, kMap };
  Kind kind = Kind::kNull;
  std::string value;              ///< Scalar text (empty otherwise).
  Mark mark;                      ///< Where the node starts.
  bool plain = false;             ///< Scalar was unquoted (so "null" etc. may mean null).
  bool block = false;             ///< Scalar is a `|` or `>` block.
  std::vector<YamlNode> items;    ///< Sequence items, or map keys and values interleaved.

  bool IsNull() const;            ///< Null, or a plain "~"/"null"/"" scalar.
  size_t MapSize() const { return items.size() / 2; }
  const YamlNode& Key(size_t i) const { return items[2 * i]; }
  const YamlNode& Value(size_t i) const { return items[2 * i + 1]; }
  /// The value for scalar key `key`, or nullptr.
  const YamlNode* Find(std::string_view key) const;
  /// "text", "a list", "a mapping" or "nothing", for messages.
  const char* KindName() const;
};

struct YamlDocument {
  YamlNode root;
  Mark start;
  /// The document did not parse (its error is in YamlParseResult::errors):
  /// a placeholder with a null root, so the documents after it keep their
  /// place.
  bool failed = false;
};

struct YamlParseResult {
  std::vector<YamlDocument> documents;
  std::vector<Diagnostic> errors;  ///< Each with file, mark and message.
};

struct YamlLimits {
  size_t max_bytes = 1 << 20;  ///< Larger input is refused (0: no cap).
  int max_depth = 64;          ///< Deeper nesting is refused.
};

/// Parses every document in `content`. Never throws. A document that does
/// not parse gives one error, in plain words at the line where the problem
/// starts (an unclosed '[' at the '['), and a `failed` placeholder; the
/// documents before and after it (split at each `---` marker) are kept.
YamlParseResult ParseYaml(std::string_view file, std::string_view content,
                          const YamlLimits& limits = {});

/// ParseYaml with every byte read by yaml-cpp. ParseYaml reads the plainest
/// values itself: block scalars' bodies (one indentation, blank lines only
/// empty ones between paragraphs, clip or strip) and one-line plain words and flow lists of words. A file
/// made only of those, under plain keys at the margin, it builds without
/// yaml-cpp; otherwise it cuts them from what yaml-cpp scans and checks each
/// against yaml-cpp's events, falling back to this on any difference. The
/// result is the same (tests/yaml_tree_test.cc and the lint fuzz target
/// compare them).
YamlParseResult ParseYamlWhole(std::string_view file, std::string_view content,
                               const YamlLimits& limits = {});

/// Checks bytes before parsing: NUL and other control characters, invalid
/// UTF-8, a UTF-16/32 byte-order mark. Returns the first problem, if any.
std::vector<Diagnostic> CheckEncoding(std::string_view file,
                                      std::string_view content);

}  // namespace starbank

#endif  // STARBANK_YAML_TREE_H_
