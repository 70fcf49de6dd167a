// `starbank server`: the language server over stdio. The protocol lives in
// server/lsp_server.h; this file only moves bytes and sets the exit status.
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <iostream>

#include "commands/commands.h"
#include "server/lsp_server.h"

namespace starbank {
namespace {

bool WriteAll(const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = write(STDOUT_FILENO, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

int RunServer(const GlobalOptions& g, bool verbose) {
  // A client that goes away is an error to return, not a signal to die of.
  std::signal(SIGPIPE, SIG_IGN);
  ServerOptions options;
  options.config_path = g.config_path;
  options.isolated = g.isolated;
  options.catalog_path = g.catalog_path;
  options.log = [](const std::string& line) {
    std::cerr << "starbank server: " << line << '\n';
  };
  if (verbose) options.trace = options.log;  // an editor logs stderr as errors
  options.defer_lint = true;
  options.idle_refresh = true;
  LspServer server(options);
  FrameReader reader;
  char buf[65536];
  for (;;) {
    // Quiet for two seconds: the bank's files are looked at again (a file
    // changed on disk re-lints the open documents), never on a keystroke.
    struct pollfd wait = {STDIN_FILENO, POLLIN, 0};
    int ready = poll(&wait, 1, 2000);
    if (ready < 0 && errno == EINTR) continue;
    if (ready == 0) {
      server.Idle();
      for (const nlohmann::json& r : server.Flush()) {
        if (!WriteAll(FrameMessage(r))) return kExitFindings;
      }
      continue;
    }
    ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    reader.Feed(std::string_view(buf, static_cast<size_t>(n)));
    for (FrameReader::Frame f = reader.Next(); f.kind != FrameReader::Frame::Kind::kNone;
         f = reader.Next()) {
      std::vector<nlohmann::json> replies;
      if (f.kind == FrameReader::Frame::Kind::kBad) {
        options.log("bad frame: " + f.error);
        replies.push_back(LspServer::BadFrame(f.error));
      } else {
        if (verbose) options.log("<- " + f.body.substr(0, 200));
        replies = server.HandleBody(f.body);
      }
      for (const nlohmann::json& r : replies) {
        if (!WriteAll(FrameMessage(r))) return kExitFindings;
      }
      if (server.exited()) return server.exit_code();
    }
    // Lint once the client has nothing more queued: a burst of keystrokes
    // while a lint ran costs one more lint, not one per keystroke.
    struct pollfd in = {STDIN_FILENO, POLLIN, 0};
    if (poll(&in, 1, 0) == 0) {
      for (const nlohmann::json& r : server.Flush()) {
        if (!WriteAll(FrameMessage(r))) return kExitFindings;
      }
    }
  }
  options.log("the client closed the connection without 'exit'");
  return kExitFindings;  // LSP: exit status 1 when not shut down first
}

}  // namespace

void RegisterServer(cli::Command& app, CommandContext& ctx) {
  auto verbose = std::make_shared<bool>(false);
  cli::Command* cmd = app.add_subcommand(
      "server", "Run the language server (LSP over stdio) for editors");
  cmd->footer(
      "Examples:\n"
      "  starbank server                  what an editor starts (see docs/editors.md)\n"
      "  starbank server --verbose 2>lsp.log\n\n"
      "It speaks LSP 3.17 on stdin/stdout: diagnostics as you type, quick fixes\n"
      "(did-you-mean, ignore here, remove an unused suppression) and hover on rule\n"
      "ids. The nearest .starbank.yaml applies, as for lint. It writes to stderr\n"
      "only problems (editors log a server's stderr as errors); --verbose adds the\n"
      "start-up and every message received.\n\n"
      "Exit status: 0 after 'shutdown' then 'exit', 1 otherwise.");
  cmd->add_flag("--stdio", "Talk over stdin/stdout (the default; editors pass it)");
  cmd->add_flag("-v,--verbose", *verbose,
                "Log every message received, and the start-up, to stderr");
  cmd->callback([verbose, &ctx] {
    ctx.run = [verbose, &ctx] { return RunServer(ctx.globals, *verbose); };
  });
}

}  // namespace starbank
