// Catalog::Default(): the catalog the build read and checked from
// data/principles.yaml and wrote as C++ (src/tools/pack_catalog.cc), indexed
// on first use. Kept apart from catalog.cc because the packing tool links
// everything else in the library.
#include <memory>

#include "starbank/catalog.h"

namespace starbank {

// Defined by the generated packed_catalog.cc.
std::unique_ptr<Catalog> BuiltInCatalog();

const Catalog& Catalog::Default() {
  static const Catalog* catalog = BuiltInCatalog().release();
  return *catalog;
}

}  // namespace starbank
