// The language server's core: LSP 3.17 messages in, messages out.
//
// `starbank server` is a thin loop over two pieces kept free of I/O so they
// can be unit-tested and fuzzed: FrameReader cuts the byte stream from the
// editor into `Content-Length` frames, and LspServer turns each message into
// the messages to send back (responses, publishDiagnostics, requests to the
// client). The server lints the editor's text, not the file on disk, as one
// bank with the story files on disk around it (for duplicate-story), under
// the `.starbank.yaml` that governs the file. Positions sent and received
// are LSP's: 0-based lines and UTF-16 code units; starbank's are 1-based
// lines and code points, converted here only.
#ifndef STARBANK_SRC_SERVER_LSP_SERVER_H_
#define STARBANK_SRC_SERVER_LSP_SERVER_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace starbank {

/// Splits the bytes a client sends into messages. A header block that is
/// not a valid LSP header (no Content-Length, a bad or huge length, a
/// header too long to be one) is reported and dropped, and reading resumes
/// at the next header, so no input makes it stop or hold unbounded memory.
class FrameReader {
 public:
  struct Frame {
    enum class Kind { kNone, kMessage, kBad };
    Kind kind = Kind::kNone;  ///< kNone: more bytes are needed.
    std::string body;         ///< kMessage: the content part.
    std::string error;        ///< kBad: why the frame was refused.
  };

  /// Largest content part accepted (its bytes are skipped otherwise).
  static constexpr size_t kMaxBody = size_t{64} << 20;

  void Feed(std::string_view bytes);
  /// The next complete frame, or kNone.
  Frame Next();

 private:
  std::string buffer_;
  size_t skip_ = 0;  // bytes of a refused body still to drop
};

/// `message` framed for the wire: the header, then the JSON.
std::string FrameMessage(const nlohmann::json& message);

struct ServerOptions {
  std::string config_path;   ///< --config: this file for every document.
  bool isolated = false;     ///< --isolated: no config file at all.
  std::string catalog_path;  ///< --catalog: overrides the config's.
  /// Lint changed documents only when Flush() is called (or before a
  /// request), not on each change: the loop flushes once the client has
  /// nothing more queued, so a burst of keystrokes costs one lint.
  bool defer_lint = false;
  /// The caller calls Idle() when the client has been quiet a while, so a
  /// keystroke never walks the bank's folders (without file events from
  /// the client, the bank is otherwise walked again on the first keystroke
  /// 2 s after the last walk).
  bool idle_refresh = false;
  /// Where problems go (stderr in `starbank server`); may be empty.
  std::function<void(const std::string&)> log;
  /// Where routine events go (start-up, ignored notifications): stderr only
  /// under `--verbose`, since editors log a server's stderr as errors.
  std::function<void(const std::string&)> trace;
};

class LspServer {
 public:
  explicit LspServer(ServerOptions options);
  ~LspServer();
  LspServer(const LspServer&) = delete;
  LspServer& operator=(const LspServer&) = delete;

  /// Handles one content part; a body that is not JSON gets a -32700 reply.
  std::vector<nlohmann::json> HandleBody(std::string_view body);
  /// Handles one parsed message; never throws.
  std::vector<nlohmann::json> Handle(const nlohmann::json& message);
  /// Lints the documents changed since the last lint; their diagnostics.
  std::vector<nlohmann::json> Flush();
  /// Without file events from the client: walks and stats the bank's files
  /// if the last walk is 2 s old, and marks every open document for a lint
  /// when a file changed (Flush then publishes them).
  void Idle();
  /// The reply to a frame FrameReader refused (-32700).
  static nlohmann::json BadFrame(const std::string& why);

  /// True once `exit` arrived; then exit_code() is 0 after `shutdown`, else 1.
  bool exited() const;
  int exit_code() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The path of a `file:` URI (percent-decoded), or "" for other schemes.
std::string PathFromUri(std::string_view uri);

}  // namespace starbank

#endif  // STARBANK_SRC_SERVER_LSP_SERVER_H_
