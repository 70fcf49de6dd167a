#include <catch2/catch.hpp>

#include "starbank/catalog.h"

TEST_CASE("embedded catalog loads") {
  REQUIRE(starbank::Catalog::Default().principles().size() == 16);
}
