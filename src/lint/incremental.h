// Incremental lint for the language server: each file of a bank reduced to
// what the bank-wide rules compare, kept between keystrokes, so that an
// edit re-lints one document and compares its fingerprints with the rest.
#ifndef STARBANK_LINT_INCREMENTAL_H_
#define STARBANK_LINT_INCREMENTAL_H_

#include <string>
#include <vector>

#include "lint/fingerprint.h"
#include "starbank/lint.h"

namespace starbank {

/// One file's stories as the bank-wide rules see them. The fingerprints'
/// `file` and `id` are set again from `path` and `ids` when used.
struct BankFile {
  std::string path;
  std::vector<std::string> ids;                ///< story k's id
  std::vector<StoryFingerprint> fingerprints;  ///< story k's fingerprint
};

/// The fingerprints of `input`'s stories, as Lint computes them (no rule
/// runs). A file that cannot be read or loaded has none.
BankFile FingerprintInput(const LintInput& input, const Catalog& catalog,
                          const LintOptions& options);

/// The bank's fingerprints as LintInBank lays them out (the other files'
/// around the document's), kept by a caller between calls for one bank so
/// that a keystroke does not copy them again. It points into the BankFiles:
/// clear it (`filled = false`) whenever the bank or any of its files changes.
struct BankLayout {
  bool filled = false;
  size_t at = 0;      ///< the document's place among the files
  size_t before = 0;  ///< fingerprints before the document's
  size_t own = 0;     ///< the document's, last time
  std::vector<StoryFingerprint> fingerprints;
};

/// Lints `doc` as input `at` of a bank whose other files are `bank` (in
/// input order; doc's own file not among them): the report holds doc's
/// stories, errors and findings, bank-wide ones included, exactly as Lint
/// over the whole bank would give them for doc; nothing of the other files.
/// `layout`: see BankLayout; null lays the bank out afresh.
LintReport LintInBank(const LintInput& doc, const std::vector<const BankFile*>& bank,
                      size_t at, const Catalog& catalog, const RuleSet& rules,
                      const LintOptions& options, BankLayout* layout = nullptr);

}  // namespace starbank

#endif  // STARBANK_LINT_INCREMENTAL_H_
