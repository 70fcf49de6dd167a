// The language server's core without a process: FrameReader on whole,
// split and broken frames; LspServer's lifecycle and error replies; the
// UTF-16 and URI conversions. tests/lsp/lsp_session.py runs the binary.
#include "server/lsp_server.h"
#include "text/lines.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "rules/registry.h"
#include "starbank/catalog.h"
#include "starbank/lint.h"

namespace starbank {
namespace {

using nlohmann::json;
using Kind = FrameReader::Frame::Kind;

// Every frame FrameReader yields for `bytes`: bodies, or "!" + the error.
std::vector<std::string> Frames(const std::vector<std::string>& chunks) {
  FrameReader reader;
  std::vector<std::string> out;
  for (const std::string& c : chunks) {
    reader.Feed(c);
    for (auto f = reader.Next(); f.kind != Kind::kNone; f = reader.Next()) {
      out.push_back(f.kind == Kind::kMessage ? f.body : "!" + f.error);
    }
  }
  return out;
}

TEST_CASE("FrameReader cuts frames wherever the bytes are split", "[lsp]") {
  std::string two =
      "Content-Length: 2\r\n\r\n{}Content-Type: x\r\ncontent-length:3\r\n\r\n[1]";
  for (size_t cut = 0; cut <= two.size(); ++cut) {
    CHECK(Frames({two.substr(0, cut), two.substr(cut)}) ==
          std::vector<std::string>{"{}", "[1]"});
  }
}

TEST_CASE("FrameReader refuses bad headers and reads on", "[lsp]") {
  auto [bytes, frames] = GENERATE(table<std::string, std::vector<std::string>>({
      {"X-Foo: 1\r\n\r\nContent-Length: 2\r\n\r\n{}",
       {"!missing Content-Length header", "{}"}},
      {"Content-Length: -4\r\n\r\nContent-Length: 2\r\n\r\n{}",
       {"!Content-Length is not a number", "{}"}},
      {"Content-Length: 99999999999\r\n\r\nabc",
       {"!Content-Length is larger than 64 MiB"}},
      {std::string(9000, 'x'), {"!no end of header after 8192 bytes"}},
      {"Content-Length: 5\r\n\r\n{}", {}},  // waits for the rest
  }));
  CHECK(Frames({bytes}) == frames);
}

TEST_CASE("a refused huge body is skipped as it arrives", "[lsp]") {
  FrameReader reader;
  size_t huge = FrameReader::kMaxBody + 10;
  reader.Feed("Content-Length: " + std::to_string(huge) + "\r\n\r\n");
  CHECK(reader.Next().kind == Kind::kBad);
  reader.Feed(std::string(huge, 'x'));
  reader.Feed("Content-Length: 2\r\n\r\n{}");
  FrameReader::Frame f = reader.Next();
  CHECK(f.kind == Kind::kMessage);
  CHECK(f.body == "{}");
}

json Request(int id, const char* method, json params = json::object()) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}};
}

int ErrorCode(const std::vector<json>& replies) {
  REQUIRE(replies.size() == 1);
  return replies[0].at("error").at("code").get<int>();
}

TEST_CASE("LspServer answers out-of-order and malformed messages with errors", "[lsp]") {
  ServerOptions options;
  options.isolated = true;
  LspServer server(options);
  CHECK(ErrorCode(server.Handle(Request(1, "textDocument/hover"))) == -32002);
  CHECK(server.Handle({{"jsonrpc", "2.0"}, {"method", "textDocument/didOpen"}}).empty());
  std::vector<json> init = server.Handle(Request(2, "initialize"));
  REQUIRE(init.size() == 1);
  CHECK(init[0]["result"]["capabilities"]["positionEncoding"] == "utf-16");
  CHECK(ErrorCode(server.Handle(Request(3, "initialize"))) == -32600);
  CHECK(ErrorCode(server.HandleBody("{\"jsonrpc\": \"2.0\", \"id\": 4,")) == -32700);
  CHECK(ErrorCode(server.Handle(json::array({1, 2}))) == -32600);
  CHECK(ErrorCode(server.Handle(
            {{"jsonrpc", "1.0"}, {"id", 5}, {"method", "shutdown"}})) == -32600);
  CHECK(ErrorCode(server.Handle(
            {{"jsonrpc", "2.0"}, {"id", json::array()}, {"method", "x"}})) == -32600);
  CHECK(ErrorCode(server.Handle(Request(6, "workspace/symbol"))) == -32601);
  CHECK(ErrorCode(server.Handle(
            Request(7, "textDocument/hover", {{"textDocument", 3}}))) == -32602);
  CHECK(server.Handle({{"jsonrpc", "2.0"}, {"method", "$/unknown"}}).empty());
  CHECK(server.Handle({{"jsonrpc", "2.0"}, {"id", "starbank-watch"}, {"result", nullptr}})
            .empty());
  CHECK(server.Handle(Request(8, "shutdown"))[0]["result"].is_null());
  CHECK(ErrorCode(server.Handle(Request(9, "textDocument/hover"))) == -32600);
  CHECK_FALSE(server.exited());
  server.Handle({{"jsonrpc", "2.0"}, {"method", "exit"}});
  CHECK(server.exited());
  CHECK(server.exit_code() == 0);
}

TEST_CASE("exit without shutdown is status 1", "[lsp]") {
  LspServer server(ServerOptions{});
  server.Handle({{"jsonrpc", "2.0"}, {"method", "exit"}});
  CHECK(server.exited());
  CHECK(server.exit_code() == 1);
}

TEST_CASE("an opened story is published in UTF-16 positions, and cleared on close",
          "[lsp]") {
  ServerOptions options;
  options.isolated = true;
  LspServer server(options);
  server.Handle(Request(1, "initialize"));
  std::string text = "title: “Fast” 🚀\nprinciples: [Dive “Deep” 🚀, Deliver Reslts]\n";
  std::vector<json> out =
      server.Handle({{"jsonrpc", "2.0"},
                     {"method", "textDocument/didOpen"},
                     {"params",
                      {{"textDocument",
                        {{"uri", "untitled:a.yaml"}, {"version", 7}, {"text", text}}}}}});
  REQUIRE(out.size() == 1);
  const json& params = out[0]["params"];
  CHECK(params["version"] == 7);
  json typo;
  for (const json& d : params["diagnostics"]) {
    if (d["message"].get<std::string>().find("Deliver Reslts") != std::string::npos)
      typo = d;
  }
  REQUIRE(typo.is_object());
  CHECK(typo["code"] == "unknown-principle");
  CHECK(typo["severity"] == 1);
  CHECK(typo["source"] == "starbank");
  CHECK(typo["range"] == json::parse(R"({"start": {"line": 1, "character": 29},
                                          "end": {"line": 1, "character": 43}})"));
  out = server.Handle({{"jsonrpc", "2.0"},
                       {"method", "textDocument/didClose"},
                       {"params", {{"textDocument", {{"uri", "untitled:a.yaml"}}}}}});
  REQUIRE(out.size() == 1);
  CHECK(out[0]["params"]["diagnostics"] == json::array());
}

TEST_CASE("with defer_lint, a burst of changes is linted once, at Flush", "[lsp]") {
  ServerOptions options;
  options.isolated = true;
  options.defer_lint = true;
  LspServer server(options);
  server.Handle(Request(1, "initialize"));
  json open = {
      {"jsonrpc", "2.0"},
      {"method", "textDocument/didOpen"},
      {"params",
       {{"textDocument",
         {{"uri", "untitled:a.yaml"}, {"version", 1}, {"text", "title: T\n"}}}}}};
  CHECK(server.Handle(open).empty());
  for (int v = 2; v <= 4; ++v) {
    json change = {
        {"jsonrpc", "2.0"},
        {"method", "textDocument/didChange"},
        {"params",
         {{"textDocument", {{"uri", "untitled:a.yaml"}, {"version", v}}},
          {"contentChanges", json::array({{{"text", "title: T\nlesons: x\n"}}})}}}};
    CHECK(server.Handle(change).empty());
  }
  std::vector<json> out = server.Flush();
  REQUIRE(out.size() == 1);
  CHECK(out[0]["params"]["version"] == 4);
  CHECK(server.Flush().empty());
}

// A bank of four files in a fresh folder: a.yaml (opened), b.yaml a near
// copy of it, c.yaml and d.yaml unrelated.
struct BankFolder {
  std::filesystem::path root;
  explicit BankFolder(const std::string& name) {
    root = std::filesystem::temp_directory_path() / name;
    std::filesystem::remove_all(root);
    std::filesystem::create_directories(root);
  }
  ~BankFolder() { std::filesystem::remove_all(root); }
  void Write(const std::string& file, const std::string& text) const {
    std::ofstream(root / file) << text;
  }
  std::string Path(const std::string& file) const { return (root / file).string(); }
};

std::string BankStory(const std::string& id, const std::string& subject) {
  return "id: " + id + "\ntitle: " + subject + "\nsituation: |\n  The " + subject +
         " service timed out for a third of our customers every Monday morning.\n"
         "task: |\n  I had to find why the " +
         subject +
         " queue backed up.\n"
         "action: |\n  I traced the slow calls, moved the batch job off peak hours and "
         "added a cache in front of the " +
         subject +
         " lookups.\n"
         "result: |\n  Timeouts fell from 31% to 2% within two weeks.\n";
}

json OpenMessage(const std::string& uri, const std::string& text) {
  return {{"jsonrpc", "2.0"},
          {"method", "textDocument/didOpen"},
          {"params", {{"textDocument", {{"uri", uri}, {"version", 1}, {"text", text}}}}}};
}

json ChangeMessage(const std::string& uri, int version, const std::string& text) {
  return {{"jsonrpc", "2.0"},
          {"method", "textDocument/didChange"},
          {"params",
           {{"textDocument", {{"uri", uri}, {"version", version}}},
            {"contentChanges", json::array({{{"text", text}}})}}}};
}

// The duplicate-story messages of the one publishDiagnostics in `out`.
std::vector<std::string> DuplicateMessages(const std::vector<json>& out) {
  REQUIRE(out.size() == 1);
  std::vector<std::string> found;
  for (const json& d : out[0]["params"]["diagnostics"]) {
    if (d.value("code", "") == "duplicate-story") found.push_back(d["message"]);
  }
  return found;
}

// What `starbank lint` says of `file` in the bank, with `text` in its place.
std::vector<std::string> LintDuplicateMessages(const BankFolder& bank,
                                               const std::string& file,
                                               const std::string& text) {
  std::vector<LintInput> inputs;
  for (const char* f : {"a.yaml", "b.yaml", "c.yaml", "d.yaml"}) {
    inputs.emplace_back(bank.Path(f), false);
    if (f == file) *inputs.back().mutable_content() = text;
  }
  LintReport report = Lint(inputs, Catalog::Default(), AllRules(), LintOptions{});
  std::vector<std::string> found;
  std::string prefix = bank.root.string() + "/";
  for (Diagnostic& d : report.diagnostics) {
    if (d.rule != "duplicate-story" || d.file != bank.Path(file)) continue;
    for (size_t at = d.message.find(prefix); at != std::string::npos;
         at = d.message.find(prefix, at)) {
      d.message.erase(at, prefix.size());
    }
    found.push_back(d.message);
  }
  return found;
}

TEST_CASE("a keystroke re-lints its document only, against the bank's cached files",
          "[lsp]") {
  BankFolder bank("starbank-lsp-incremental");
  std::string a = BankStory("checkout-latency", "checkout");
  bank.Write("a.yaml", a);
  bank.Write("b.yaml", BankStory("checkout-latency-again", "checkout"));
  std::string pager =
      "id: pager\ntitle: Pager\nsituation: |\n  Nobody owned the "
      "pager rotation and alerts went unanswered at night.\ntask: |\n"
      "  I volunteered to set up an on-call schedule for the team.\n"
      "action: |\n  I wrote runbooks and split the week into shifts.\n"
      "result: |\n  Unanswered alerts dropped to zero in a month.\n";
  bank.Write("c.yaml", pager);
  bank.Write("d.yaml",
             "id: hiring\ntitle: Hiring\nsituation: |\n  Our team had four "
             "open roles and a slow interview loop that lost candidates.\n"
             "task: |\n  I led the redesign of the loop with the recruiters.\n"
             "action: |\n  I cut two rounds and trained six new interviewers.\n"
             "result: |\n  Time to offer went from 41 to 19 days.\n");
  ServerOptions options;
  options.isolated = true;
  std::vector<std::string> fingerprinted;
  options.trace = [&](const std::string& line) {
    if (line.rfind("fingerprinting ", 0) == 0) fingerprinted.push_back(line.substr(15));
  };
  LspServer server(options);
  json caps = {
      {"workspace", {{"didChangeWatchedFiles", {{"dynamicRegistration", true}}}}}};
  server.Handle(
      Request(1, "initialize",
              {{"rootUri", "file://" + bank.root.string()}, {"capabilities", caps}}));
  server.Handle(
      {{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", json::object()}});
  std::string uri = "file://" + bank.Path("a.yaml");

  // On open, every other file is read once; a.yaml meets b.yaml's copy.
  std::vector<std::string> found = DuplicateMessages(server.Handle(OpenMessage(uri, a)));
  CHECK(fingerprinted == std::vector<std::string>{bank.Path("b.yaml"),
                                                  bank.Path("c.yaml"),
                                                  bank.Path("d.yaml")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].find("'checkout-latency-again' (b.yaml:1") != std::string::npos);
  CHECK(found == LintDuplicateMessages(bank, "a.yaml", a));

  // A keystroke reads no other file, and still finds the unopened copy.
  fingerprinted.clear();
  std::string edited = a;
  edited.replace(edited.find("31%"), 3, "33%");
  found = DuplicateMessages(server.Handle(ChangeMessage(uri, 2, edited)));
  CHECK(fingerprinted.empty());
  REQUIRE(found.size() == 1);
  CHECK(found == LintDuplicateMessages(bank, "a.yaml", edited));

  // a.yaml becomes two stories, the second a copy of c.yaml's, then one
  // again: the bank laid out for one story is laid out again each time.
  auto as_item = [](const std::string& story) {
    std::string item = "- ";
    for (size_t at = 0; at < story.size();) {
      size_t end = story.find('\n', at);
      end = end == std::string::npos ? story.size() : end + 1;
      if (at > 0) item += "  ";
      item += story.substr(at, end - at);
      at = end;
    }
    return item;
  };
  std::string two = as_item(edited) + as_item(pager.replace(pager.find("id: pager"), 9,
                                                            "id: pager-copy"));
  found = DuplicateMessages(server.Handle(ChangeMessage(uri, 3, two)));
  CHECK(found.size() == 2);
  CHECK(found == LintDuplicateMessages(bank, "a.yaml", two));
  found = DuplicateMessages(server.Handle(ChangeMessage(uri, 4, edited)));
  CHECK(found.size() == 1);
  CHECK(found == LintDuplicateMessages(bank, "a.yaml", edited));
  CHECK(fingerprinted.empty());

  // b.yaml rewritten on disk: the watched-file event has it read again,
  // and only it; the copy is gone.
  bank.Write("b.yaml",
             "id: migration\ntitle: Migration\nsituation: |\n  The billing "
             "database ran on hardware the vendor stopped supporting.\ntask: |\n"
             "  I planned the move to the managed service without downtime.\n"
             "action: |\n  I replicated the data and switched reads first.\n"
             "result: |\n  We moved 2 TB with no minute of downtime.\n");
  fingerprinted.clear();
  std::vector<json> out = server.Handle(
      {{"jsonrpc", "2.0"},
       {"method", "workspace/didChangeWatchedFiles"},
       {"params",
        {{"changes",
          json::array({{{"uri", "file://" + bank.Path("b.yaml")}, {"type", 2}}})}}}});
  CHECK(fingerprinted == std::vector<std::string>{bank.Path("b.yaml")});
  CHECK(DuplicateMessages(out).empty());
  CHECK(LintDuplicateMessages(bank, "a.yaml", edited).empty());
}

TEST_CASE("UTF-16 lengths and file URIs", "[lsp]") {
  CHECK(Utf16Length("abc") == 3);
  CHECK(Utf16Length("“q”") == 3);  // three bytes each, one unit each
  CHECK(Utf16Length("🚀") == 2);    // four bytes, a surrogate pair
  CHECK(Utf16Length("é🚀x") == 4);
  CHECK(PathFromUri("file:///home/a%20b/s.yaml") == "/home/a b/s.yaml");
  CHECK(PathFromUri("file://localhost/tmp/x.yaml") == "/tmp/x.yaml");
  CHECK(PathFromUri("untitled:Untitled-1") == "");
  CHECK(PathFromUri("file:///bad%zz") == "/bad%zz");
}

}  // namespace
}  // namespace starbank
