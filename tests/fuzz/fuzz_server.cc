// Fuzz target: bytes as what an editor sends `starbank server`, cut into
// frames by FrameReader and handled by LspServer, as the real loop does;
// the bytes are also handled whole as one message body, and once more after
// an `initialize`, so the document handlers see them too. Besides crashes
// and sanitizer reports, it traps when a reply breaks JSON-RPC: every
// message sent is an object with "jsonrpc": "2.0" and frames cleanly.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "server/lsp_server.h"

namespace {

using nlohmann::json;

void Require(bool ok) {
  if (!ok) __builtin_trap();
}

void CheckReplies(const std::vector<json>& replies) {
  for (const json& r : replies) {
    Require(r.is_object() && r.value("jsonrpc", "") == "2.0");
    Require(r.contains("method") || r.contains("result") || r.contains("error"));
    std::string framed = starbank::FrameMessage(r);
    Require(framed.rfind("Content-Length: ", 0) == 0);
  }
}

json Initialize() {
  return {{"jsonrpc", "2.0"},
          {"id", 1},
          {"method", "initialize"},
          {"params", {{"capabilities", json::object()}}}};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  starbank::ServerOptions options;
  options.isolated = true;  // the fuzzer's own folder has no say
  {
    starbank::LspServer server(options);
    starbank::FrameReader reader;
    // Fed in two pieces, as a pipe may cut it anywhere.
    reader.Feed(bytes.substr(0, size / 2));
    reader.Feed(bytes.substr(size / 2));
    for (auto f = reader.Next(); f.kind != starbank::FrameReader::Frame::Kind::kNone;
         f = reader.Next()) {
      if (f.kind == starbank::FrameReader::Frame::Kind::kBad) continue;
      CheckReplies(server.HandleBody(f.body));
      if (server.exited()) break;
    }
  }
  {
    starbank::LspServer server(options);
    CheckReplies(server.Handle(Initialize()));
    CheckReplies(server.HandleBody(bytes));
    // The bytes as a story the editor opened, then asked about.
    json open = {{"jsonrpc", "2.0"},
                 {"method", "textDocument/didOpen"},
                 {"params",
                  {{"textDocument",
                    {{"uri", "untitled:fuzz.yaml"},
                     {"version", 1},
                     {"text", std::string(bytes)}}}}}};
    CheckReplies(server.Handle(open));
    json position = {{"line", size % 7}, {"character", size % 13}};
    CheckReplies(server.Handle(
        {{"jsonrpc", "2.0"},
         {"id", 2},
         {"method", "textDocument/hover"},
         {"params",
          {{"textDocument", {{"uri", "untitled:fuzz.yaml"}}}, {"position", position}}}}));
    CheckReplies(server.Handle({{"jsonrpc", "2.0"},
                                {"id", 3},
                                {"method", "textDocument/codeAction"},
                                {"params",
                                 {{"textDocument", {{"uri", "untitled:fuzz.yaml"}}},
                                  {"range",
                                   {{"start", {{"line", 0}, {"character", 0}}},
                                    {"end", {{"line", 1000}, {"character", 0}}}}},
                                  {"context", {{"diagnostics", json::array()}}}}}}));
  }
  return 0;
}
