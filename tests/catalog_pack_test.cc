// The pre-built catalog: what the build packs from data/principles.yaml is
// what Parse reads from it, and a damaged pack is refused, never misread.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "starbank/catalog.h"

namespace starbank {
namespace {

std::string ReadSource(const std::string& path) {
  std::ifstream in(std::string(STARBANK_SOURCE_DIR) + "/" + path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void RequireSame(const Catalog& a, const Catalog& b) {
  CHECK(a.name() == b.name());
  REQUIRE(a.principles().size() == b.principles().size());
  for (size_t i = 0; i < a.principles().size(); ++i) {
    const Principle& p = a.principles()[i];
    const Principle& q = b.principles()[i];
    INFO(p.id);
    CHECK(p.id == q.id);
    CHECK(p.name == q.name);
    CHECK(p.aliases == q.aliases);
    CHECK(p.summary == q.summary);
    CHECK(p.signals == q.signals);
    CHECK(p.prompts == q.prompts);
    CHECK(p.followups == q.followups);
    CHECK(p.expects_setback == q.expects_setback);
  }
  REQUIRE(a.sets().size() == b.sets().size());
  for (size_t i = 0; i < a.sets().size(); ++i) {
    CHECK(a.sets()[i].id == b.sets()[i].id);
    CHECK(a.sets()[i].name == b.sets()[i].name);
    CHECK(a.sets()[i].principles == b.sets()[i].principles);
  }
}

const char kSmall[] =
    "name: Tiny\n"
    "principles:\n"
    "  - id: grit\n"
    "    name: Grit\n"
    "    aliases: [perseverance]\n"
    "    summary: Keep going.\n"
    "    expects_setback: true\n"
    "    signals: [kept going, setback]\n"
    "  - id: care\n"
    "    name: Care\n"
    "sets:\n"
    "  - id: both\n"
    "    name: Both\n"
    "    principles: [grit, care]\n";

TEST_CASE("the built-in catalog is data/principles.yaml, read the same way") {
  std::vector<Diagnostic> errors;
  auto parsed = Catalog::Parse("data/principles.yaml", ReadSource("data/principles.yaml"),
                               &errors);
  REQUIRE(parsed);
  RequireSame(Catalog::Default(), *parsed);
}

TEST_CASE("the built-in catalog finds and suggests as the parsed one does") {
  std::vector<Diagnostic> errors;
  auto parsed = Catalog::Parse("data/principles.yaml", ReadSource("data/principles.yaml"),
                               &errors);
  REQUIRE(parsed);
  const Catalog& built_in = Catalog::Default();
  std::vector<std::string> names = {"", "nobody", "ownr", "Deliver  Results!"};
  for (const Principle& p : parsed->principles()) {
    names.push_back(p.id);
    names.push_back(p.name);
    names.insert(names.end(), p.aliases.begin(), p.aliases.end());
    names.push_back(p.name.substr(0, p.name.size() - 1));  // one letter short
  }
  for (const std::string& name : names) {
    INFO(name);
    const Principle* a = built_in.Find(name);
    const Principle* b = parsed->Find(name);
    REQUIRE((a == nullptr) == (b == nullptr));
    if (a != nullptr) CHECK(built_in.IndexOf(*a) == parsed->IndexOf(*b));
    bool clear_a = false, clear_b = false;
    CHECK(built_in.Suggest(name, &clear_a) == parsed->Suggest(name, &clear_b));
    CHECK(clear_a == clear_b);
  }
}

TEST_CASE("a catalog from its parts indexes as Parse does") {
  std::vector<Diagnostic> errors;
  auto parsed = Catalog::Parse("tiny.yaml", kSmall, &errors);
  REQUIRE(parsed);
  auto parts = Catalog::FromParts(parsed->name(), parsed->principles(), parsed->sets());
  RequireSame(*parts, *parsed);
  REQUIRE(parts->Find("Perseverance") != nullptr);
  CHECK(parts->Find("Perseverance")->id == "grit");
  CHECK(parts->Find("care")->id == "care");
  CHECK(parts->Find("kept going") == nullptr);
  CHECK(parts->Suggest("persevrance") == parsed->Suggest("persevrance"));
}

TEST_CASE("a packed catalog unpacks to what Parse reads") {
  std::vector<Diagnostic> errors;
  std::string packed;
  REQUIRE(Catalog::Pack("tiny.yaml", kSmall, &packed, &errors));
  auto unpacked = Catalog::Unpack("tiny.yaml", packed, &errors);
  auto parsed = Catalog::Parse("tiny.yaml", kSmall, &errors);
  REQUIRE(errors.empty());
  REQUIRE(unpacked);
  RequireSame(*unpacked, *parsed);
  CHECK(unpacked->Find("Perseverance") == &unpacked->principles()[0]);
  CHECK(unpacked->Suggest("Gritt") == "Grit");
}

TEST_CASE("packing refuses a bad catalog with the messages Parse gives") {
  const char* bad = "principles:\n  - id: grit\n    name: Grit\n    colour: red\n";
  std::vector<Diagnostic> packing, parsing;
  std::string packed;
  CHECK_FALSE(Catalog::Pack("bad.yaml", bad, &packed, &packing));
  CHECK_FALSE(Catalog::Parse("bad.yaml", bad, &parsing));
  REQUIRE(packing.size() == 1);
  CHECK(FormatDiagnostic(packing[0]) ==
        "bad.yaml:4:5: error: unknown catalog key 'colour'");
  CHECK(FormatDiagnostic(parsing[0]) == FormatDiagnostic(packing[0]));
}

TEST_CASE("a damaged pack is refused, not misread") {
  std::vector<Diagnostic> errors;
  std::string packed;
  REQUIRE(Catalog::Pack("tiny.yaml", kSmall, &packed, &errors));
  auto damage = GENERATE(as<std::string>{}, "empty", "half", "one short", "extra byte",
                         "bad kind", "huge length");
  std::string p = packed;
  if (damage == "empty") p.clear();
  if (damage == "half") p.resize(p.size() / 2);
  if (damage == "one short") p.pop_back();
  if (damage == "extra byte") p.push_back('\0');
  if (damage == "bad kind") p[3] = 9;  // after the document count and start mark
  if (damage == "huge length") p.replace(7, 1, "\xff\xff\xff\xff\x0f");
  INFO(damage);
  errors.clear();
  CHECK_FALSE(Catalog::Unpack("<embedded catalog>", p, &errors));
  REQUIRE(errors.size() == 1);
  CHECK(FormatDiagnostic(errors[0]) ==
        "<embedded catalog>: error: the packed catalog is corrupt; rebuild starbank");
}

}  // namespace
}  // namespace starbank
