// Catalog: the leadership principles stories are tagged with and judged by.
//
// The default catalog (Amazon's 16 Leadership Principles, data/principles.yaml)
// is compiled into the binary; --catalog FILE loads another with the same
// schema. A Catalog is immutable once loaded and safe to share across threads.
#ifndef STARBANK_CATALOG_H_
#define STARBANK_CATALOG_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "starbank/diagnostic.h"

namespace starbank {

struct YamlParseResult;

struct Principle {
  std::string id;    ///< kebab-case, stable
  std::string name;
  std::vector<std::string> aliases;
  std::string summary;
  std::vector<std::string> signals;    ///< Words and phrases for inference.
  std::vector<std::string> prompts;    ///< Common questions.
  std::vector<std::string> followups;  ///< Follow-up questions.
  bool expects_setback = false;
};

/// A named group of principles, e.g. a typical interview loop.
struct PrincipleSet {
  std::string id;
  std::string name;
  std::vector<std::string> principles;  ///< Principle ids.
};

class Catalog {
 public:
  /// Parses a catalog; errors (with file:line:col) go to `errors`, and the
  /// result is null when the catalog is unusable.
  static std::unique_ptr<Catalog> Parse(std::string_view file,
                                        std::string_view content,
                                        std::vector<Diagnostic>* errors);

  /// The catalog compiled into the binary. The build parses and checks
  /// data/principles.yaml and writes its principles and sets as C++
  /// (src/tools/pack_catalog.cc); the first call only indexes them
  /// (FromParts), so start-up neither parses YAML nor unpacks a tree.
  static const Catalog& Default();

  /// A catalog of principles and sets already read and checked by Parse,
  /// indexed for Find and Suggest exactly as Parse indexes them.
  static std::unique_ptr<Catalog> FromParts(std::string name,
                                            std::vector<Principle> principles,
                                            std::vector<PrincipleSet> sets);

  /// Parses `content` like Parse and, if the catalog is usable, writes its
  /// document tree (values and marks) to `packed`. False, with errors,
  /// otherwise.
  static bool Pack(std::string_view file, std::string_view content,
                   std::string* packed, std::vector<Diagnostic>* errors);
  /// A catalog from Pack's output, read and checked exactly as Parse reads
  /// the YAML it came from; null, with errors, when unusable or corrupt.
  static std::unique_ptr<Catalog> Unpack(std::string_view file,
                                         std::string_view packed,
                                         std::vector<Diagnostic>* errors);

  const std::string& name() const { return name_; }
  const std::vector<Principle>& principles() const { return principles_; }
  const std::vector<PrincipleSet>& sets() const { return sets_; }

  /// Resolves a name, id or alias, ignoring case, spaces, '-' and '_' and
  /// punctuation. nullptr if nothing matches.
  const Principle* Find(std::string_view name) const;
  /// Index of `p` in principles().
  size_t IndexOf(const Principle& p) const;
  /// A set by id or name (same folding as Find); nullptr if none.
  const PrincipleSet* FindSet(std::string_view name) const;
  /// The closest name or alias to `name`, or "" if nothing is close. With
  /// `clear`, says whether no other principle is as close (safe to apply).
  std::string Suggest(std::string_view name, bool* clear = nullptr) const;

 private:
  static std::unique_ptr<Catalog> Read(std::string_view file,
                                       const YamlParseResult& parsed,
                                       std::vector<Diagnostic>* errors);

  std::string name_;
  std::vector<Principle> principles_;
  std::vector<PrincipleSet> sets_;
  std::vector<std::pair<std::string, size_t>> index_;  // folded key -> principle
  /// Folded name and aliases of each principle, for Suggest.
  std::vector<std::pair<std::string, size_t>> suggest_;
};

/// Lowercases and drops everything but letters and digits ("Are Right, A
/// Lot" -> "arerightalot"), the key principle lookups compare. "&" reads
/// as "and" and the word "the" is dropped, as people write the names:
/// "Learn & Be Curious", "Insist on Highest Standards".
std::string FoldName(std::string_view name);

}  // namespace starbank

#endif  // STARBANK_CATALOG_H_
