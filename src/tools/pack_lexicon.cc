// pack_lexicon: run by the build on data/lexicon/*.lex. It reads the files
// with the parser the tests check (ParseLexicon), builds each family's word
// table with WordTable itself and splits each phrase with the matcher's own
// PhraseMatcher::ParsePhrase, and writes all of it as constant arrays
// (text/cue_data.h) that starbank reads in place: a process parses,
// tokenizes, builds and frees none of the lexicon.
//
//   starbank_pack_lexicon OUT.cc FILE.lex...
//
// The files are given in name order, the order cmake/embed_lexicon.cmake
// numbers the families in (cue_families.h); OUT.cc checks that numbering
// with a static_assert per family, so the two cannot drift apart. OUT.cc is
// rewritten only when its bytes change. Exit 1 with "data/lexicon/FILE:LINE:
// what" for a malformed lexicon, so a mistake stops the build instead of
// aborting starbank at run time.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "text/cues.h"
#include "text/phrases.h"
#include "text/word_table.h"
#include "tools/pack_util.h"

namespace {

using starbank::CueFamily;
using starbank::PhraseMatcher;
using starbank::WordTable;
using starbank::pack::ReadAll;

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The constant cmake/embed_lexicon.cmake names a family by: "k", then each
// part between dots and dashes capitalised ("time-box.box" -> kTimeBoxBox).
std::string Identifier(const std::string& name) {
  std::string id = "k";
  bool start = true;
  for (char c : name) {
    if (c == '.' || c == '-') {
      start = true;
    } else {
      id += start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
      start = false;
    }
  }
  return id;
}

// The strings: one blob (kText) and the lists' entries (kStrs).
struct Strings {
  std::string text;
  std::map<std::string, uint32_t> interned;  // string -> its offset in text
  std::vector<std::pair<uint32_t, uint32_t>> strs;

  // The offset of `s` in text, each distinct string stored once.
  uint32_t Intern(const std::string& s) {
    auto it = interned.find(s);
    if (it != interned.end()) return it->second;
    uint32_t at = static_cast<uint32_t>(text.size());
    text += s;
    interned.emplace(s, at);
    return at;
  }
  std::string Str(const std::string& s) {
    return "{" + std::to_string(Intern(s)) + ", " + std::to_string(s.size()) + "}";
  }
  // The first of `list`, appended to strs.
  uint32_t List(const std::vector<std::string>& list) {
    auto first = static_cast<uint32_t>(strs.size());
    for (const std::string& s : list) {
      strs.emplace_back(Intern(s), static_cast<uint32_t>(s.size()));
    }
    return first;
  }
};

const char* KindName(PhraseMatcher::Word::Kind kind) {
  switch (kind) {
    case PhraseMatcher::Word::Kind::kExact: return "kExact";
    case PhraseMatcher::Word::Kind::kAnyWord: return "kAnyWord";
    case PhraseMatcher::Word::Kind::kNumber: return "kNumber";
    case PhraseMatcher::Word::Kind::kPrefix: return "kPrefix";
    case PhraseMatcher::Word::Kind::kSuffix: return "kSuffix";
  }
  return "kExact";
}

// Numbers as rows of an array initialiser, about 90 columns wide; C++ has
// no empty arrays, so none gives one unused 0.
template <typename T>
std::string Rows(const std::vector<T>& numbers) {
  if (numbers.empty()) return "    0,\n";
  std::string out, row = "   ";
  for (size_t k = 0; k < numbers.size(); ++k) {
    row += " " + std::to_string(numbers[k]) + ",";
    if (row.size() > 90 || k + 1 == numbers.size()) {
      out += row + "\n";
      row = "   ";
    }
  }
  return out;
}

// The word tables: their entries and slots in two arrays, each table a
// view of its part.
struct Tables {
  std::string entry_rows;
  std::vector<int32_t> slots;
  size_t entries = 0;

  // A WordTable view of `table`, its words in the interned text.
  std::string Add(const WordTable& table, Strings* p) {
    std::string local;
    std::vector<WordTable::Entry> e;
    std::vector<int32_t> s;
    table.Export(&local, &e, &s);
    std::string view = "WordTable(kText, kEntries + " + std::to_string(entries) + ", " +
                       std::to_string(e.size()) + ", kSlots + " + std::to_string(slots.size()) +
                       ", " + std::to_string(s.size()) + ")";
    for (const WordTable::Entry& x : e) {
      entry_rows += "    {" + std::to_string(x.hash) + "u, " +
                    std::to_string(p->Intern(local.substr(x.offset, x.size))) + ", " +
                    std::to_string(x.size) + "},\n";
    }
    entries += e.size();
    slots.insert(slots.end(), s.begin(), s.end());
    return view;
  }
};

std::string Pack(const std::vector<CueFamily>& families) {
  Strings p;
  Tables tables;
  std::string family_rows, table_rows, asserts;
  // Every family's phrases, split into words (texts interned), each phrase
  // numbered in family order with its family as its source.
  std::vector<PhraseMatcher::Word> words;
  std::vector<PhraseMatcher::PhraseSpan> phrases;
  std::vector<uint16_t> source;
  for (size_t k = 0; k < families.size(); ++k) {
    const CueFamily& f = families[k];
    std::string id = Identifier(f.name);
    const char* type = f.phrases.empty() ? "Words" : "Phrases";
    asserts += "static_assert(cue::" + id + " == " + std::to_string(k) +
               " && std::is_same_v<decltype(cue::" + id + "), cue::" + type +
               ">, \"data/lexicon: cue_families.h does not number '" + f.name +
               "' as the packed lexicon does\");\n";
    // The words' table, built as starbank would build it.
    WordTable table;
    for (const std::string& w : f.words) table.Add(w);
    table_rows += "    " + (f.words.empty() ? "WordTable()" : tables.Add(table, &p)) + ",  // " +
                  f.name + "\n";
    // The phrases, split as the matcher splits them.
    for (const std::string& phrase : f.phrases) {
      std::string local;
      std::vector<PhraseMatcher::Word> split;
      PhraseMatcher::ParsePhrase(phrase, &local, &split);
      phrases.push_back(PhraseMatcher::PhraseSpan{static_cast<uint32_t>(words.size()),
                                                  static_cast<uint32_t>(split.size())});
      source.push_back(static_cast<uint16_t>(k));
      for (PhraseMatcher::Word w : split) {
        w.offset = p.Intern(local.substr(w.offset, w.size));
        words.push_back(w);
      }
    }
    uint32_t rules = p.List(f.rules);
    uint32_t listed_words = p.List(f.words);
    uint32_t listed_phrases = p.List(f.phrases);
    family_rows += "    {" + p.Str(f.name) + ", " + p.Str(f.file) + ", " +
                   std::to_string(f.line) + ", " + p.Str(f.why) + ", " + p.Str(f.used_by) +
                   ", " + std::to_string(rules) + ", " + std::to_string(f.rules.size()) + ", " +
                   std::to_string(listed_words) + ", " + std::to_string(f.words.size()) + ", " +
                   std::to_string(listed_phrases) + ", " + std::to_string(f.phrases.size()) +
                   "},\n";
  }
  // The phrases indexed by first word, as the matcher indexes them.
  PhraseMatcher::IndexArrays index;
  PhraseMatcher::IndexPhrases(p.text.data(), words.data(), phrases.data(), phrases.size(),
                              &index);
  std::string first_words = tables.Add(index.first_words, &p);
  std::string span_rows, word_rows;
  for (const PhraseMatcher::PhraseSpan& s : phrases) {
    span_rows += "    {" + std::to_string(s.begin) + ", " + std::to_string(s.size) + "},\n";
  }
  for (const PhraseMatcher::Word& w : words) {
    word_rows += "    {" + std::to_string(w.offset) + ", " + std::to_string(w.size) +
                 ", Kind::" + KindName(w.kind) + "},\n";
  }
  // Family numbers in name order, for the lookups by name.
  std::vector<size_t> by_name(families.size());
  for (size_t k = 0; k < by_name.size(); ++k) by_name[k] = k;
  std::sort(by_name.begin(), by_name.end(),
            [&](size_t a, size_t b) { return families[a].name < families[b].name; });
  std::string str_rows;
  for (const auto& [offset, size] : p.strs) {
    str_rows += "    {" + std::to_string(offset) + ", " + std::to_string(size) + "},\n";
  }
  if (str_rows.empty()) str_rows = "    {0, 0},\n";
  if (span_rows.empty()) span_rows = "    {0, 0},\n";
  if (word_rows.empty()) word_rows = "    {0, 0, Kind::kExact},\n";
  if (tables.entry_rows.empty()) tables.entry_rows = "    {0, 0, 0},\n";

  std::string out =
      "// Generated by src/tools/pack_lexicon.cc from data/lexicon. Do not edit.\n"
      "#include <type_traits>\n\n"
      "#include \"cue_families.h\"\n"
      "#include \"text/cue_data.h\"\n\n"
      "namespace starbank {\n";
  out += asserts;
  out += "static_assert(cue::kFamilyCount == " + std::to_string(families.size()) +
         ", \"data/lexicon: cue_families.h counts other families than the packed lexicon\");\n\n";
  out += "namespace cue_data {\n";
  out += "const char kText[] =\n    " + starbank::pack::Literal(p.text, 100) + ";\n";
  out += "namespace {\nusing Kind = PhraseMatcher::Word::Kind;\n";
  out += "const WordTable::Entry kEntries[] = {\n" + tables.entry_rows + "};\n";
  out += "const int32_t kSlots[] = {\n" + Rows(tables.slots) + "};\n";
  out += "const PhraseMatcher::Word kPhraseWords[] = {\n" + word_rows + "};\n";
  out += "const PhraseMatcher::PhraseSpan kPhrases[] = {\n" + span_rows + "};\n";
  out += "const uint16_t kPhraseSource[] = {\n" + Rows(source) + "};\n";
  out += "const WordTable kPhraseFirstWords = " + first_words + ";\n";
  out += "const uint32_t kPhraseFirstBegin[] = {\n" + Rows(index.first_begin) + "};\n";
  out += "const uint32_t kPhraseByFirst[] = {\n" + Rows(index.by_first) + "};\n";
  out += "const int32_t kPhraseFirstOf[] = {\n" + Rows(index.first_of) + "};\n";
  out += "const uint32_t kPhraseWildcardFirst[] = {\n" + Rows(index.wildcard_first) + "};\n";
  out += "}  // namespace\n\n";
  out += "const Str kStrs[] = {\n" + str_rows + "};\n";
  out += "const Family kFamilies[] = {\n" + family_rows + "};\n";
  out += "const uint16_t kByName[] = {\n" + Rows(by_name) + "};\n";
  out += "const WordTable kTables[] = {\n" + table_rows + "};\n";
  out += "const PhraseMatcher::PackedIndex kPhraseIndex = {\n"
         "    kText, kPhraseWords, kPhrases, kPhraseSource, " + std::to_string(phrases.size()) +
         ", " + std::to_string(families.size()) + ",\n"
         "    &kPhraseFirstWords, kPhraseFirstBegin, kPhraseByFirst, kPhraseFirstOf,\n"
         "    kPhraseWildcardFirst, " +
         std::to_string(index.wildcard_first.size()) + "};\n";
  out += "}  // namespace cue_data\n}  // namespace starbank\n";
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: starbank_pack_lexicon OUT.cc FILE.lex...\n");
    return 2;
  }
  // The files joined as ParseLexicon reads them: each after an "@file NAME"
  // line, so errors and `rules --explain` name the file and its line.
  std::string text;
  for (int i = 2; i < argc; ++i) {
    std::string content;
    if (!ReadAll(argv[i], &content)) {
      std::fprintf(stderr, "starbank_pack_lexicon: cannot read %s\n", argv[i]);
      return 1;
    }
    text += "@file " + BaseName(argv[i]) + "\n" + content + "\n";
  }
  std::string error;
  std::vector<CueFamily> families = starbank::ParseLexicon(text, &error);
  if (!error.empty()) {
    std::fprintf(stderr, "data/lexicon/%s\n", error.c_str());
    return 1;
  }
  for (const CueFamily& f : families) {
    if (f.words.empty() == f.phrases.empty()) {
      std::fprintf(stderr, "data/lexicon/%s:%d: family '%s' needs either words or phrases\n",
                   f.file.c_str(), f.line, f.name.c_str());
      return 1;
    }
  }
  if (families.size() > 65535) {
    std::fprintf(stderr, "starbank_pack_lexicon: more than 65535 families\n");
    return 1;
  }
  if (!starbank::pack::WriteIfChanged(argv[1], Pack(families))) {
    std::fprintf(stderr, "starbank_pack_lexicon: cannot write %s\n", argv[1]);
    return 1;
  }
  return 0;
}
