// The language server's core without a process: FrameReader on whole,
// split and broken frames; LspServer's lifecycle and error replies; the
// UTF-16 and URI conversions. tests/lsp/lsp_session.py runs the binary.
#include "views/lsp_server.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

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
