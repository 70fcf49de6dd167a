#include "starbank/catalog.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "starbank/yaml_tree.h"
#include "text/closest.h"
#include "text/tokens.h"

namespace starbank {

namespace {

class CatalogReader {
 public:
  CatalogReader(std::string_view file, std::vector<Diagnostic>* errors)
      : file_(file), errors_(errors) {}

  void Fail(Mark m, std::string message) {
    errors_->push_back(Diagnostic{file_, m, Severity::kError, "", "",
                                  std::move(message)});
  }

  bool Text(const YamlNode& n, std::string_view key, std::string* out) {
    if (n.kind != YamlNode::Kind::kScalar) {
      Fail(n.mark, fmt::format("'{}' must be text, got {}", key, n.KindName()));
      return false;
    }
    *out = n.value;
    return true;
  }

  bool List(const YamlNode& n, std::string_view key,
            std::vector<std::string>* out) {
    if (n.kind != YamlNode::Kind::kSequence) {
      Fail(n.mark, fmt::format("'{}' must be a list, got {}", key, n.KindName()));
      return false;
    }
    for (const YamlNode& item : n.items) {
      std::string s;
      if (!Text(item, key, &s)) return false;
      out->push_back(std::move(s));
    }
    return true;
  }

  bool ReadPrinciple(const YamlNode& n, Principle* p) {
    if (n.kind != YamlNode::Kind::kMap) {
      Fail(n.mark, fmt::format("a principle must be a mapping, got {}", n.KindName()));
      return false;
    }
    bool ok = true;
    for (size_t i = 0; i < n.MapSize(); ++i) {
      const std::string& k = n.Key(i).value;
      const YamlNode& v = n.Value(i);
      if (k == "id") ok &= Text(v, k, &p->id);
      else if (k == "name") ok &= Text(v, k, &p->name);
      else if (k == "summary") ok &= Text(v, k, &p->summary);
      else if (k == "aliases") ok &= List(v, k, &p->aliases);
      else if (k == "signals") ok &= List(v, k, &p->signals);
      else if (k == "prompts") ok &= List(v, k, &p->prompts);
      else if (k == "followups") ok &= List(v, k, &p->followups);
      else if (k == "expects_setback") {
        std::string b;
        ok &= Text(v, k, &b);
        b = ToLower(b);
        if (b != "true" && b != "false") {
          Fail(v.mark, fmt::format("'expects_setback' must be true or false, got '{}'", b));
          ok = false;
        }
        p->expects_setback = b == "true";
      } else {
        Fail(n.Key(i).mark, fmt::format("unknown catalog key '{}'", k));
        ok = false;
      }
    }
    if (ok && (p->id.empty() || p->name.empty())) {
      Fail(n.mark, "a principle needs an 'id' and a 'name'");
      ok = false;
    }
    return ok;
  }

  bool ReadSet(const YamlNode& n, PrincipleSet* s) {
    if (n.kind != YamlNode::Kind::kMap) {
      Fail(n.mark, fmt::format("a set must be a mapping, got {}", n.KindName()));
      return false;
    }
    bool ok = true;
    for (size_t i = 0; i < n.MapSize(); ++i) {
      const std::string& k = n.Key(i).value;
      if (k == "id") ok &= Text(n.Value(i), k, &s->id);
      else if (k == "name") ok &= Text(n.Value(i), k, &s->name);
      else if (k == "principles") ok &= List(n.Value(i), k, &s->principles);
      else {
        Fail(n.Key(i).mark, fmt::format("unknown set key '{}'", k));
        ok = false;
      }
    }
    return ok;
  }

 private:
  std::string file_;
  std::vector<Diagnostic>* errors_;
};

// The packed form of a YAML document tree, for Pack and Unpack: a node is
// its kind, flags (plain, block), mark, value and items, with lengths and
// numbers as LEB128 varints.
void PackVarint(uint64_t v, std::string* out) {
  do {
    unsigned char byte = v & 0x7F;
    v >>= 7;
    out->push_back(static_cast<char>(byte | (v ? 0x80 : 0)));
  } while (v);
}

bool UnpackVarint(std::string_view* in, uint64_t* v) {
  *v = 0;
  for (int shift = 0; shift < 64 && !in->empty(); shift += 7) {
    unsigned char byte = static_cast<unsigned char>(in->front());
    in->remove_prefix(1);
    *v |= static_cast<uint64_t>(byte & 0x7F) << shift;
    if (!(byte & 0x80)) return true;
  }
  return false;
}

void PackMark(Mark m, std::string* out) {
  PackVarint(static_cast<uint64_t>(std::max(0, m.line)), out);
  PackVarint(static_cast<uint64_t>(std::max(0, m.column)), out);
}

bool UnpackMark(std::string_view* in, Mark* m) {
  uint64_t line, column;
  if (!UnpackVarint(in, &line) || !UnpackVarint(in, &column)) return false;
  if (line > (1u << 30) || column > (1u << 30)) return false;
  *m = Mark{static_cast<int>(line), static_cast<int>(column)};
  return true;
}

void PackNode(const YamlNode& n, std::string* out) {
  out->push_back(static_cast<char>(n.kind));
  out->push_back(static_cast<char>((n.plain ? 1 : 0) | (n.block ? 2 : 0)));
  PackMark(n.mark, out);
  PackVarint(n.value.size(), out);
  out->append(n.value);
  PackVarint(n.items.size(), out);
  for (const YamlNode& item : n.items) PackNode(item, out);
}

bool UnpackNode(std::string_view* in, int depth, YamlNode* n) {
  if (depth > 64 || in->size() < 2) return false;
  auto kind = static_cast<unsigned char>((*in)[0]);
  auto flags = static_cast<unsigned char>((*in)[1]);
  in->remove_prefix(2);
  if (kind > static_cast<unsigned char>(YamlNode::Kind::kMap)) return false;
  n->kind = static_cast<YamlNode::Kind>(kind);
  n->plain = flags & 1;
  n->block = flags & 2;
  uint64_t size = 0, items = 0;
  if (!UnpackMark(in, &n->mark) || !UnpackVarint(in, &size) || size > in->size()) {
    return false;
  }
  n->value.assign(in->data(), size);
  in->remove_prefix(size);
  if (!UnpackVarint(in, &items) || items > in->size()) return false;
  n->items.resize(items);
  for (YamlNode& item : n->items) {
    if (!UnpackNode(in, depth + 1, &item)) return false;
  }
  return true;
}

}  // namespace

std::string FoldName(std::string_view name) {
  // Word by word: letters, digits and UTF-8 bytes make a word; "&" is the
  // word "and" ("Learn & Be Curious"); "the" is left out ("Insist on
  // Highest Standards"); everything else only ends a word.
  std::string out;
  std::string word;
  auto flush = [&] {
    if (word != "the") out += word;
    word.clear();
  };
  // A note in brackets is not part of the name: "Ownership (primary)",
  // "Dive Deep (secondary)".
  int depth = 0;
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '(' || c == ')') {
      flush();
      depth = std::max(0, depth + (c == '(' ? 1 : -1));
    } else if (depth > 0) {
      continue;
    } else if (isalnum(u)) {
      word += static_cast<char>(tolower(u));
    } else if (u >= 0x80) {
      word += c;
    } else {
      flush();
      if (c == '&') out += "and";
    }
  }
  flush();
  // "Earth’s" and "Earth's" fold alike: drop the curly apostrophe bytes.
  for (size_t p = out.find("\xE2\x80\x99"); p != std::string::npos;
       p = out.find("\xE2\x80\x99", p)) {
    out.erase(p, 3);
  }
  return out;
}

std::unique_ptr<Catalog> Catalog::Parse(std::string_view file,
                                        std::string_view content,
                                        std::vector<Diagnostic>* errors) {
  return Read(file, ParseYaml(file, content), errors);
}

bool Catalog::Pack(std::string_view file, std::string_view content,
                   std::string* packed, std::vector<Diagnostic>* errors) {
  YamlParseResult parsed = ParseYaml(file, content);
  if (!Read(file, parsed, errors)) return false;
  packed->clear();
  PackVarint(parsed.documents.size(), packed);
  for (const YamlDocument& d : parsed.documents) {
    PackMark(d.start, packed);
    PackNode(d.root, packed);
  }
  return true;
}

std::unique_ptr<Catalog> Catalog::Unpack(std::string_view file, std::string_view packed,
                                         std::vector<Diagnostic>* errors) {
  YamlParseResult parsed;
  uint64_t documents = 0;
  bool ok = UnpackVarint(&packed, &documents) && documents < (1u << 16);
  for (uint64_t i = 0; ok && i < documents; ++i) {
    YamlDocument d;
    ok = UnpackMark(&packed, &d.start) && UnpackNode(&packed, 0, &d.root);
    parsed.documents.push_back(std::move(d));
  }
  if (!ok || !packed.empty()) {
    errors->push_back(Diagnostic{std::string(file), Mark{}, Severity::kError, "", "",
                                 "the packed catalog is corrupt; rebuild starbank"});
    return nullptr;
  }
  return Read(file, parsed, errors);
}

std::unique_ptr<Catalog> Catalog::Read(std::string_view file, const YamlParseResult& parsed,
                                       std::vector<Diagnostic>* errors) {
  size_t before = errors->size();
  errors->insert(errors->end(), parsed.errors.begin(), parsed.errors.end());
  if (errors->size() > before) return nullptr;
  CatalogReader reader(file, errors);
  if (parsed.documents.size() != 1 ||
      parsed.documents[0].root.kind != YamlNode::Kind::kMap) {
    reader.Fail(Mark{1, 1}, "a catalog is one mapping with a 'principles' list");
    return nullptr;
  }
  const YamlNode& root = parsed.documents[0].root;
  auto catalog = std::make_unique<Catalog>();
  const YamlNode* principles = nullptr;
  for (size_t i = 0; i < root.MapSize(); ++i) {
    const std::string& k = root.Key(i).value;
    const YamlNode& v = root.Value(i);
    if (k == "name") {
      reader.Text(v, k, &catalog->name_);
    } else if (k == "principles") {
      principles = &v;
    } else if (k == "sets") {
      if (v.kind != YamlNode::Kind::kSequence) {
        reader.Fail(v.mark, "'sets' must be a list");
        continue;
      }
      for (const YamlNode& s : v.items) {
        PrincipleSet set;
        if (reader.ReadSet(s, &set)) catalog->sets_.push_back(std::move(set));
      }
    } else if (k != "version") {
      reader.Fail(root.Key(i).mark, fmt::format("unknown catalog key '{}'", k));
    }
  }
  if (principles == nullptr || principles->kind != YamlNode::Kind::kSequence ||
      principles->items.empty()) {
    reader.Fail(principles ? principles->mark : Mark{1, 1},
                "a catalog needs a non-empty 'principles' list");
    return nullptr;
  }
  std::unordered_map<std::string, Mark> seen;
  for (const YamlNode& n : principles->items) {
    Principle p;
    if (!reader.ReadPrinciple(n, &p)) continue;
    size_t index = catalog->principles_.size();
    std::vector<std::string> keys = {p.id, p.name};
    keys.insert(keys.end(), p.aliases.begin(), p.aliases.end());
    for (const std::string& key : keys) {
      std::string folded = FoldName(key);
      auto [it, fresh] = seen.emplace(folded, n.mark);
      if (!fresh && std::none_of(catalog->index_.begin(), catalog->index_.end(),
                                 [&](const auto& e) {
                                   return e.first == folded && e.second == index;
                                 })) {
        reader.Fail(n.mark, fmt::format("'{}' names two principles (also at line {})",
                                        key, it->second.line));
        continue;
      }
      if (fresh) catalog->index_.emplace_back(folded, index);
    }
    catalog->principles_.push_back(std::move(p));
  }
  for (const PrincipleSet& s : catalog->sets_) {
    for (const std::string& id : s.principles) {
      if (!catalog->Find(id)) {
        reader.Fail(Mark{1, 1}, fmt::format("set '{}' names unknown principle '{}'",
                                            s.id, id));
      }
    }
  }
  if (errors->size() > before) return nullptr;
  for (size_t i = 0; i < catalog->principles_.size(); ++i) {
    const Principle& p = catalog->principles_[i];
    catalog->suggest_.emplace_back(FoldName(p.name), i);
    for (const std::string& a : p.aliases) catalog->suggest_.emplace_back(FoldName(a), i);
  }
  return catalog;
}

std::unique_ptr<Catalog> Catalog::FromParts(std::string name,
                                            std::vector<Principle> principles,
                                            std::vector<PrincipleSet> sets) {
  auto catalog = std::make_unique<Catalog>();
  catalog->name_ = std::move(name);
  catalog->principles_ = std::move(principles);
  catalog->sets_ = std::move(sets);
  // As Read: each folded id, name and alias once, to its first principle
  // (Read refuses a catalog where two principles share one).
  for (size_t i = 0; i < catalog->principles_.size(); ++i) {
    const Principle& p = catalog->principles_[i];
    std::vector<const std::string*> keys = {&p.id, &p.name};
    for (const std::string& a : p.aliases) keys.push_back(&a);
    for (const std::string* key : keys) {
      std::string folded = FoldName(*key);
      if (std::none_of(catalog->index_.begin(), catalog->index_.end(),
                       [&](const auto& e) { return e.first == folded; })) {
        catalog->index_.emplace_back(std::move(folded), i);
      }
    }
    catalog->suggest_.emplace_back(FoldName(p.name), i);
    for (const std::string& a : p.aliases) catalog->suggest_.emplace_back(FoldName(a), i);
  }
  return catalog;
}

const Principle* Catalog::Find(std::string_view name) const {
  std::string folded = FoldName(name);
  if (folded.empty()) return nullptr;
  for (const auto& [key, index] : index_) {
    if (key == folded) return &principles_[index];
  }
  return nullptr;
}

size_t Catalog::IndexOf(const Principle& p) const {
  return static_cast<size_t>(&p - principles_.data());
}

const PrincipleSet* Catalog::FindSet(std::string_view name) const {
  std::string folded = FoldName(name);
  for (const PrincipleSet& s : sets_) {
    if (FoldName(s.id) == folded || FoldName(s.name) == folded) return &s;
  }
  return nullptr;
}

std::string Catalog::Suggest(std::string_view name, bool* clear) const {
  std::string folded = FoldName(name);
  // Accept about one typo in four letters.
  Closest closest(folded, std::max<size_t>(2, folded.size() / 4));
  for (const auto& [key, index] : suggest_) {
    // The length difference bounds the distance from below: skip names
    // that cannot be close enough, or closer than the best so far (as
    // close, when a tie matters).
    size_t diff = folded.size() > key.size() ? folded.size() - key.size()
                                             : key.size() - folded.size();
    if (closest.Worth(diff, clear != nullptr)) closest.Offer(principles_[index].name, key);
  }
  if (clear != nullptr) *clear = closest.unique();
  return closest.name();
}

}  // namespace starbank
