// Hostile and broken input for the reader: every hazard of issue 5 gives one
// positioned error (rendered whole here), never a crash, a hang or a story
// built from half a file. The CLI scripts tests/cli/hazard_*.sh run the same
// hazards through the real binary.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "io/fs.h"
#include "rules/registry.h"
#include "starbank/catalog.h"
#include "starbank/lint.h"
#include "starbank/loader.h"
#include "starbank/report.h"
#include "starbank/yaml_tree.h"
#include "text/printable.h"

namespace starbank {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Errors(const std::string& content,
                                const YamlLimits& limits = {}) {
  LoadResult r = LoadStories("h.yaml", content, limits);
  std::vector<std::string> out;
  for (const Diagnostic& d : r.errors) out.push_back(FormatDiagnostic(d));
  return out;
}

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

std::vector<std::string> Rendered(const std::vector<Diagnostic>& ds) {
  std::vector<std::string> out;
  for (const Diagnostic& d : ds) out.push_back(FormatDiagnostic(d));
  return out;
}

// Nine anchors, each a list of nine aliases of the one before: expanding
// the last one visits 9^9 nodes.
std::string AliasBomb() {
  std::string out = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 9; ++i) {
    std::string prev = "*a" + std::to_string(i - 1);
    out += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [" + prev;
    for (int k = 1; k < 9; ++k) out += ", " + prev;
    out += "]\n";
  }
  return out + "title: boom\n";
}

// A temporary folder, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "starbank-hz-XXXXXX").string();
    path_ = mkdtemp(&tmpl[0]);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string Write(const std::string& name, const std::string& content) const {
    std::string p = path_ + "/" + name;
    fs::create_directories(fs::path(p).parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

TEST_CASE("every hostile input gives one positioned error") {
  struct Row {
    std::string content;
    const char* want;
  };
  const Row rows[] = {
      // Aliases: a self-reference and a billion-laughs bomb stop at the
      // first anchor, before anything walks them.
      {"a: &a [*a]\n",
       "h.yaml:1:4: error: anchors ('&a') are not supported in story files; "
       "write the value out"},
      {AliasBomb(),
       "h.yaml:1:5: error: anchors ('&a0') are not supported in story files; "
       "write the value out"},
      {"title: *nowhere\n",
       "h.yaml:1:8: error: '*nowhere' reads as an alias, which story files do not support; "
       "put the value in quotes if the '*' is part of the text"},
      // Nesting: flow and block, far past yaml-cpp's own guard of 500.
      {Repeat("[", 1000) + Repeat("]", 1000),
       "h.yaml:1:65: error: nesting deeper than 64 levels; a story needs at most 3"},
      {Repeat("- ", 1000) + "x\n",
       "h.yaml:1:129: error: nesting deeper than 64 levels; a story needs at most 3"},
      // Control characters and encodings.
      {std::string("title: A\0B\n", 11),
       "h.yaml:1:9: error: file contains a NUL byte; is it a binary file?"},
      {std::string("\x7F" "ELF\x02\x01\x01\0\0\0", 10),
       "h.yaml:1:8: error: file contains a NUL byte; is it a binary file?"},
      {"title: a\x1B]0;pwned\x07\n",
       "h.yaml:1:9: error: control character 0x1B is not allowed in YAML text"},
      {"title: ok\nsituation: a\x7F\n",
       "h.yaml:2:13: error: control character 0x7F is not allowed in YAML text"},
      {"title: caf\xC3\xA9 \xC2\x9B" "31m\n",
       "h.yaml:1:13: error: control character U+009B is not allowed in YAML text"},
      {"title: \xEF\xBF\xBE\n",
       "h.yaml:1:8: error: control character U+FFFE is not allowed in YAML text"},
      {"title: \x80\n",
       "h.yaml:1:8: error: invalid UTF-8 byte 0x80; save the file as UTF-8"},
      {"title: \xC0\x80\n",
       "h.yaml:1:8: error: invalid UTF-8 byte 0xC0; save the file as UTF-8"},
      {"title: \xED\xA0\x80\n",
       "h.yaml:1:8: error: invalid UTF-8 byte 0xED; save the file as UTF-8"},
      {"title: \xF4\x90\x80\x80\n",
       "h.yaml:1:8: error: invalid UTF-8 byte 0xF4; save the file as UTF-8"},
      {"title: ok \xE2\x82",
       "h.yaml:1:11: error: invalid UTF-8 byte 0xE2; save the file as UTF-8"},
      {"\xFF\xFEt\0i\0",
       "h.yaml:1:1: error: file is UTF-16 encoded; save it as UTF-8"},
      // Unterminated quotes, which yaml-cpp 0.7 closes silently at EOF.
      {"title: \"Latency cut\nsituation: s\ntask: t\n",
       "h.yaml:1:8: error: unterminated quoted string (opened here); add the "
       "closing double quote"},
      {"title: ok\nresult: 'it''s done\n",
       "h.yaml:2:9: error: unterminated quoted string (opened here); add the "
       "closing single quote"},
      {"title: \"ends in an escaped quote \\\"\n",
       "h.yaml:1:8: error: unterminated quoted string (opened here); add the "
       "closing double quote"},
      {"principles:\n  - Ownership\n  - \"Dive Deep\n",
       "h.yaml:3:5: error: unterminated quoted string (opened here); add the "
       "closing double quote"},
      {"title: !!str \"tagged\n",
       "h.yaml:1:14: error: unterminated quoted string (opened here); add the "
       "closing double quote"},
      {"\xEF\xBB\xBFtitle: ok\nsituation: \"after a BOM\n",
       "h.yaml:2:12: error: unterminated quoted string (opened here); add the "
       "closing double quote"},
      // Duplicate keys, however they are spelled.
      {"title: A\nsituation: s\ntitle: B\n",
       "h.yaml:3:1: error: duplicate key 'title' (first defined at line 1); yaml "
       "would keep only one of them"},
      {"title: A\n\"title\": B\n",
       "h.yaml:2:1: error: duplicate key 'title' (first defined at line 1); yaml "
       "would keep only one of them"},
      {"followups:\n  - question: q\n    question: again\n",
       "h.yaml:3:5: error: duplicate key 'question' (first defined at line 2); "
       "yaml would keep only one of them"},
      // Nothing to read.
      {"", "h.yaml:1:1: error: file holds no story; expected a mapping with "
           "title, principles, situation, task, action and result"},
      {"# a comment\n\n# and another\n",
       "h.yaml:1:1: error: file holds no story; expected a mapping with "
       "title, principles, situation, task, action and result"},
      {"---\n---\n", "h.yaml:1:1: error: file holds no story; expected a mapping "
                     "with title, principles, situation, task, action and result"},
      // Found by fuzz_lint: yaml-cpp 0.7 emits empty documents forever at a
      // token no document can start with.
      {",", "h.yaml:1:1: error: unexpected ',' outside a [list] or {mapping}"},
      {"a:titclo #&---sed quote\n,|-uati|-al|-got~hn: s\n",
       "h.yaml:2:1: error: unexpected ',' outside a [list] or {mapping}"},
      // Syntax errors in plain words, where the problem starts (the whole
      // table of yaml-cpp's messages is in loader_test.cc).
      {"title: [a, b\n",
       "h.yaml:1:8: error: unclosed '[' (opened here); close the list with ']'"},
      {"title: \"bad \\q escape\"\n",
       "h.yaml:1:13: error: unknown escape '\\q' in a double-quoted string; write '\\\\' "
       "for a backslash, or use single quotes"},
  };
  for (const Row& r : rows) {
    INFO(r.content);
    std::vector<std::string> errors = Errors(r.content);
    CHECK(errors == std::vector<std::string>{r.want});
  }
}

TEST_CASE("a bad byte is found wherever it falls in an eight-byte block") {
  // CheckEncoding skips printable ASCII eight bytes at a time: each bad
  // byte, at every offset of a block and next to good bytes of each kind.
  struct Bad {
    std::string bytes;
    std::string message;
  };
  const Bad bad[] = {
      {"\x01", "control character 0x01 is not allowed in YAML text"},
      {"\x1F", "control character 0x1F is not allowed in YAML text"},
      {"\x7F", "control character 0x7F is not allowed in YAML text"},
      {"\x80", "invalid UTF-8 byte 0x80; save the file as UTF-8"},
      {"\xC2\x85", ""},  // U+0085 (NEL) is allowed
      {"\xE2\x86\x92", ""},  // an arrow: fine
      {"\t", ""},
  };
  for (const Bad& b : bad) {
    for (int at = 0; at < 24; ++at) {
      std::string line = "title: " + std::string(static_cast<size_t>(at), ' ' + at % 90) + b.bytes +
                         " ~ end\n";
      std::vector<Diagnostic> errors = CheckEncoding("h.yaml", line);
      INFO(at << ": " << line);
      if (b.message.empty()) {
        CHECK(errors.empty());
      } else {
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].message == b.message);
        CHECK(errors[0].mark.column == 8 + at);
      }
    }
  }
}

TEST_CASE("the source excerpt is the line as it is; the text report escapes it") {
  CHECK(SourceLine("title: a\x1B]0;pwned\x07"
                   "b\n",
                   1) ==
        "title: a\x1B]0;pwned\x07"
        "b");
  CHECK(SourceLine("x: \xC2\x9B"
                   "31m red\n",
                   1) ==
        "x: \xC2\x9B"
        "31m red");
  CHECK(Printable(SourceLine("x: \xC2\x9B"
                             "31m red\n",
                             1)) == "x: \\u009b31m red");
  CHECK(Printable(SourceLine("a \x9B"
                             "b\n",
                             1)) == "a \\x9bb");
  CHECK(SourceLine("caf\xC3\xA9 \xC2\xA0ok\n", 1) == "caf\xC3\xA9 \xC2\xA0ok");
}

TEST_CASE("a file refused for its bytes gets no findings from its comments") {
  // Found by fuzz_lint: the suppression parser read the refused file and
  // quoted its invalid bytes in an invalid-suppression finding.
  LintReport r = LintString(
      "f.yaml", "title: A\n# starbank: ignore-file[too\xD3\x8C\x97\x99rt]\n",
      Catalog::Default(), AllRules());
  CHECK(Rendered(r.errors) ==
        std::vector<std::string>{
            "f.yaml:2:29: error: invalid UTF-8 byte 0x97; save the file as UTF-8"});
  CHECK(r.diagnostics.empty());
}

TEST_CASE("the JSON report survives a path that is not UTF-8") {
  // Found by fuzz_lint: nlohmann::json threw on dump() and lint aborted.
  LintReport r;
  r.files = 1;
  Diagnostic d;
  d.file = "st\xFFory.yaml";
  d.mark = Mark{1, 1};
  d.message = "file holds no story";
  r.errors.push_back(d);
  std::ostringstream out;
  MakeReporter("json", RenderOptions{})->Render(r, out);
  CHECK(out.str().find("\"st\xEF\xBF\xBDory.yaml\"") != std::string::npos);
}

TEST_CASE("closed quotes with escapes are read, not refused") {
  const char* rows[][2] = {
      {"title: \"say \\\"hi\\\" twice\"\n", "say \"hi\" twice"},
      {"title: 'it''s fine'\n", "it's fine"},
      {"title: \"a \\\\\"\n", "a \\"},
      {"title: \"two\n  lines\"\n", "two lines"},
      {"title: !!str \"tagged\"\n", "tagged"},
      {"\xEF\xBB\xBFtitle: \"after a BOM\"\n", "after a BOM"},
  };
  for (const auto& row : rows) {
    INFO(row[0]);
    LoadResult r = LoadStories("q.yaml", row[0]);
    CHECK(r.errors.empty());
    REQUIRE(r.stories.size() == 1);
    CHECK(r.stories[0].title.text == row[1]);
  }
}

TEST_CASE("a quote inside a comment or a plain scalar opens nothing") {
  LoadResult r = LoadStories("q.yaml",
                             "title: don't panic  # it's \"fine\n"
                             "situation: the \"quoted\" word and a lone \"\n");
  CHECK(r.errors.empty());
  REQUIRE(r.stories.size() == 1);
  CHECK(r.stories[0].part(Part::kSituation).text ==
        "the \"quoted\" word and a lone \"");
}

TEST_CASE("yaml-cpp's own depth guard is reported, not 'bad file' at line 0") {
  YamlLimits limits;
  limits.max_depth = 100000;  // let yaml-cpp's guard (500) strike first
  std::vector<std::string> errors =
      Errors(Repeat("[", 1000) + Repeat("]", 1000), limits);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "h.yaml:1:499: error: nesting too deep: the parser stops at 500 levels");
}

TEST_CASE("the size cap refuses a large file before parsing it") {
  YamlLimits limits;
  limits.max_bytes = 64;
  CHECK(Errors("title: " + std::string(100, 'x') + "\n", limits) ==
        std::vector<std::string>{
            "h.yaml: error: file is 108 bytes, over the 64-byte limit; a story "
            "file is a few KB (raise --max-file-bytes if this is intended)"});
  limits.max_bytes = 0;  // no cap
  CHECK(Errors("title: " + std::string(100, 'x') + "\n", limits).empty());
}

TEST_CASE("documents before a broken one are kept, the broken one is not") {
  LoadResult r = LoadStories("d.yaml", "title: first\n---\ntitle: \"second\n");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].mark.line == 3);
  REQUIRE(r.stories.size() == 1);
  CHECK(r.stories[0].title.text == "first");
}

TEST_CASE("ReadFile refuses what is not a regular file, without blocking") {
  TempDir dir;
  std::string content, error;
  std::string fifo = dir.path() + "/pipe.yaml";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_FALSE(ReadFile(fifo, &content, &error));  // would hang without O_NONBLOCK
  CHECK(error == "cannot read file: not a regular file (a device, pipe or socket)");
  CHECK_FALSE(ReadFile("/dev/zero", &content, &error, 1 << 20));
  CHECK(error == "cannot read file: not a regular file (a device, pipe or socket)");
  CHECK_FALSE(ReadFile(dir.path(), &content, &error));
  CHECK(error == "cannot read file: is a directory");
  CHECK_FALSE(ReadFile(dir.path() + "/missing.yaml", &content, &error));
  CHECK(error == "cannot read file: no such file or directory");
  std::string big = dir.Write("big.yaml", std::string(2000, 'x'));
  CHECK_FALSE(ReadFile(big, &content, &error, 1000));
  CHECK(error == "file is 2000 bytes, over the 1000-byte limit; a story file is a "
                 "few KB (raise --max-file-bytes if this is intended)");
  CHECK(ReadFile(big, &content, &error, 2000));
  CHECK(content.size() == 2000);
}

std::vector<std::string> Paths(const std::vector<LintInput>& inputs,
                               const std::string& root) {
  std::vector<std::string> out;
  for (const LintInput& in : inputs) out.push_back(in.path.substr(root.size() + 1));
  return out;
}

TEST_CASE("a symbolic link loop is reported and the walk goes on") {
  TempDir dir;
  std::string root = dir.path();
  dir.Write("bank/a.yaml", "title: a\n");
  dir.Write("bank/sub/b.yaml", "title: b\n");
  fs::create_directory_symlink("..", root + "/bank/sub/up");
  fs::create_directory_symlink(root + "/bank", root + "/bank/self");
  std::vector<Diagnostic> errors;
  std::vector<LintInput> inputs = DiscoverInputs({root + "/bank"}, {}, &errors);
  CHECK(Paths(inputs, root) == std::vector<std::string>{"bank/a.yaml", "bank/sub/b.yaml"});
  CHECK(Rendered(errors) ==
        std::vector<std::string>{
            root + "/bank/self: error: symbolic link loop: leads back to '" + root +
                "/bank'; not followed",
            root + "/bank/sub/up: error: symbolic link loop: leads back to '" + root +
                "/bank'; not followed"});
}

TEST_CASE("links that lead out of the named folder are not followed, with one note") {
  TempDir dir;
  std::string root = dir.path();
  std::string real_root = fs::canonical(root).string();
  dir.Write("shared/s.yaml", "title: s\n");
  dir.Write("bank/a.yaml", "title: a\n");
  fs::create_directory_symlink(root + "/shared", root + "/bank/one");
  fs::create_directory_symlink(root + "/shared", root + "/bank/two");
  fs::create_symlink(root + "/shared/s.yaml", root + "/bank/three.yaml");
  std::vector<Diagnostic> errors;
  std::vector<LintInput> inputs = DiscoverInputs({root + "/bank"}, {}, &errors);
  CHECK(Paths(inputs, root) == std::vector<std::string>{"bank/a.yaml"});
  CHECK(Rendered(errors) ==
        std::vector<std::string>{
            root + "/bank/one: info: 3 symbolic links lead out of '" + root +
            "/bank' (this one to '" + real_root + "/shared'); not followed"});
}

TEST_CASE("a file reached by two names is linted once, under its real name") {
  TempDir dir;
  std::string root = dir.path();
  dir.Write("bank/b.yaml", "title: b\n");
  dir.Write("bank/sub/c.yaml", "title: c\n");
  fs::create_symlink("b.yaml", root + "/bank/a-link.yaml");  // sorts before its target
  fs::create_directory_symlink("sub", root + "/bank/also");  // a folder inside the bank
  fs::create_hard_link(root + "/bank/b.yaml", root + "/bank/z-hard.yaml");
  std::vector<Diagnostic> errors;
  std::vector<LintInput> inputs = DiscoverInputs({root + "/bank"}, {}, &errors);
  CHECK(errors.empty());
  CHECK(Paths(inputs, root) ==
        std::vector<std::string>{"bank/b.yaml", "bank/sub/c.yaml"});
  // Named twice on the command line: once.
  inputs = DiscoverInputs({root + "/bank/b.yaml", root + "/bank/b.yaml"}, {}, &errors);
  CHECK(inputs.size() == 1);
}

TEST_CASE("a walk lists story files by extension and leaves out starbank's data files") {
  TempDir dir;
  std::string root = dir.path();
  dir.Write("bank/a.yaml", "title: a\n");
  dir.Write("bank/B.YML", "title: b\n");          // any case
  dir.Write("bank/notes.txt", "title: n\n");      // not a story file
  dir.Write("bank/.hidden.yaml", "title: h\n");   // hidden
  dir.Write("bank/.yaml", "title: h\n");          // hidden, no extension
  dir.Write("bank/folder.yaml/c.yaml", "title: c\n");  // a folder with a story's name
  std::string catalog = dir.Write("bank/mycat.yaml", "principles: []\n");
  dir.Write("bank/sub/mycat.yaml", "title: same name, another file\n");
  fs::create_symlink("mycat.yaml", root + "/bank/z-cat-link.yaml");
  ProtectDataFile(catalog, "the catalog in use");
  std::vector<Diagnostic> errors;
  std::vector<LintInput> inputs = DiscoverInputs({root + "/bank"}, {}, &errors);
  // Named on the command line, the data file is kept: it is asked for.
  std::vector<LintInput> named = DiscoverInputs({catalog}, {}, &errors);
  ClearProtectedDataFiles();
  CHECK(errors.empty());
  CHECK(Paths(inputs, root) == std::vector<std::string>{"bank/B.YML", "bank/a.yaml",
                                                        "bank/folder.yaml/c.yaml",
                                                        "bank/sub/mycat.yaml"});
  REQUIRE(named.size() == 1);
  CHECK(named[0].path == catalog);
  // With nothing protected, the same walk lists the catalog and its link
  // once, under its real name.
  inputs = DiscoverInputs({root + "/bank/"}, {}, &errors);
  CHECK(Paths(inputs, root) ==
        std::vector<std::string>{"bank/B.YML", "bank/a.yaml", "bank/folder.yaml/c.yaml",
                                 "bank/mycat.yaml", "bank/sub/mycat.yaml"});
}

TEST_CASE("paths that cannot be used are named with the reason") {
  TempDir dir;
  std::string root = dir.path();
  fs::create_symlink(root + "/gone.yaml", root + "/dangling.yaml");
  fs::create_symlink(root + "/loop.yaml", root + "/loop.yaml");
  std::vector<Diagnostic> errors;
  std::vector<LintInput> inputs = DiscoverInputs(
      {root + "/missing.yaml", root + "/dangling.yaml", root + "/loop.yaml"}, {}, &errors);
  CHECK(inputs.empty());
  CHECK(Rendered(errors) == std::vector<std::string>{
                                root + "/missing.yaml: error: no such file or directory",
                                root + "/dangling.yaml: error: broken symbolic link",
                                root + "/loop.yaml: error: symbolic link loop"});
}

TEST_CASE("a hostile file among good ones: the good ones are still linted") {
  TempDir dir;
  std::string good = dir.Write("bank/a-good.yaml",
                               "title: Good\nprinciples: [Ownership]\nsituation: s\n"
                               "task: t\naction: I did it\nresult: up 40%\n");
  dir.Write("bank/b-bomb.yaml", AliasBomb());
  dir.Write("bank/c-nul.yaml", std::string("title: \0\n", 9));
  mkfifo((dir.path() + "/bank/d-pipe.yaml").c_str(), 0600);
  LintOptions options;
  options.jobs = 2;
  std::vector<Diagnostic> errors;
  std::vector<LintInput> inputs = DiscoverInputs({dir.path() + "/bank"}, options, &errors);
  LintReport report = Lint(inputs, Catalog::Default(), AllRules(), options);
  REQUIRE(report.stories.size() == 1);
  CHECK(report.stories[0].file == good);
  REQUIRE(report.errors.size() == 3);
  CHECK(report.errors[0].message.rfind("anchors ('&a0')", 0) == 0);
  CHECK(report.errors[1].message == "file contains a NUL byte; is it a binary file?");
  CHECK(report.errors[2].message ==
        "cannot read file: not a regular file (a device, pipe or socket)");
}

}  // namespace
}  // namespace starbank
