// Catalog::Default(): the catalog the build packed from data/principles.yaml
// (src/tools/pack_catalog.cc), unpacked on first use. Kept apart from
// catalog.cc because the packing tool links everything else in the library.
#include <fmt/format.h>

#include <cstdlib>

#include "starbank/catalog.h"

namespace starbank {

extern const char kPackedCatalog[];
extern const size_t kPackedCatalogSize;

const Catalog& Catalog::Default() {
  static const Catalog* catalog = [] {
    std::vector<Diagnostic> errors;
    std::unique_ptr<Catalog> c = Unpack("<embedded catalog>",
                                        std::string_view(kPackedCatalog, kPackedCatalogSize),
                                        &errors);
    if (!c) {
      // The build packed a catalog it had just checked; reaching this means
      // the binary itself is broken.
      fmt::print(stderr, "starbank: embedded catalog is invalid: {}\n",
                 errors.empty() ? "" : FormatDiagnostic(errors[0]));
      std::abort();
    }
    return c.release();
  }();
  return *catalog;
}

}  // namespace starbank
