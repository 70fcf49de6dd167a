#include "server/lsp_server.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

#include "io/config.h"
#include "io/fs.h"
#include "lint/incremental.h"
#include "lint/rule.h"
#include "rules/registry.h"
#include "starbank/catalog.h"
#include "starbank/lint.h"
#include "starbank/loader.h"
#include "text/lines.h"
#include "text/tokens.h"
#include "views/fixes.h"
#include "workspace/workspace.h"

namespace starbank {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// JSON-RPC and LSP error codes.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kInternalError = -32603;
constexpr int kServerNotInitialized = -32002;

constexpr size_t kMaxHeader = 8192;

json Error(const json& id, int code, const std::string& message) {
  return {
      {"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

json Result(const json& id, json result) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

json Notification(const char* method, json params) {
  return {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

// A member of an object, or nullptr (also when `j` is no object).
const json* Member(const json& j, const char* key) {
  if (!j.is_object()) return nullptr;
  auto it = j.find(key);
  return it == j.end() ? nullptr : &*it;
}

// params.textDocument.uri; throws (InvalidParams) when absent.
std::string UriOf(const json& params) {
  return params.at("textDocument").at("uri").get<std::string>();
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

std::string Capitalized(std::string s) {
  if (!s.empty())
    s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

// --- positions --------------------------------------------------------------

// The LSP position of byte `offset`.
json PositionAt(std::string_view text, size_t offset) {
  Utf16Position p = Utf16PositionOf(text, offset);
  return {{"line", p.line}, {"character", p.character}};
}

// The byte offset of an LSP position (clamped to its line).
size_t OffsetOfPosition(std::string_view text, const json& position) {
  return OffsetOfUtf16(text, position.at("line").get<size_t>(),
                       position.at("character").get<size_t>());
}

// Where a finding's underline ends: the scalar or key it points at (a
// quoted string, or up to " #", ": ", or in brackets ',' and ']'), else
// the line's end.
size_t SpanEnd(std::string_view text, size_t at) {
  size_t eol = LineEndOffset(text, at);
  if (at >= eol) return at;
  char c = text[at];
  if (c == '"' || c == '\'') {
    size_t close = text.find(c, at + 1);
    return close != std::string_view::npos && close < eol ? close + 1 : eol;
  }
  size_t line_start = LineStartAt(text, at);
  std::string_view before = text.substr(line_start, at - line_start);
  bool flow = std::count(before.begin(), before.end(), '[') +
                  std::count(before.begin(), before.end(), '{') >
              std::count(before.begin(), before.end(), ']') +
                  std::count(before.begin(), before.end(), '}');
  size_t end = at;
  for (; end < eol; ++end) {
    char e = text[end];
    if (flow && (e == ',' || e == ']' || e == '}')) break;
    if ((e == '#' || e == ':') && end > at &&
        (e == '#' ? text[end - 1] == ' ' : end + 1 == eol || text[end + 1] == ' ')) {
      break;
    }
  }
  while (end > at && text[end - 1] == ' ') --end;
  return end == at ? eol : end;
}

// A finding's byte range in `text`.
std::pair<size_t, size_t> SpanOf(std::string_view text, const Diagnostic& d) {
  if (d.mark.line < 1) return {0, 0};
  size_t at = OffsetAt(text, d.mark.line, d.mark.column);
  if (at == std::string_view::npos) at = text.size();
  // A phrase rule's message opens with the phrase it found ("'went well'
  // is praise..."): underline just that when the text there spells it.
  size_t close = d.message.size() > 1 && d.message[0] == '\'' ? d.message.find('\'', 1)
                                                              : std::string::npos;
  if (close != std::string::npos) {
    std::string phrase = ToLower(std::string_view(d.message).substr(1, close - 1));
    if (!phrase.empty() && ToLower(text.substr(at, phrase.size())) == phrase) {
      return {at, at + phrase.size()};
    }
  }
  return {at, SpanEnd(text, at)};
}

json RangeOf(std::string_view text, size_t begin, size_t end) {
  return {{"start", PositionAt(text, begin)}, {"end", PositionAt(text, end)}};
}

int LspSeverity(Severity s) {
  switch (s) {
    case Severity::kError:
      return 1;
    case Severity::kWarning:
      return 2;
    case Severity::kInfo:
      return 3;
  }
  return 3;
}

json ToLsp(std::string_view text, const Diagnostic& d) {
  auto [begin, end] = SpanOf(text, d);
  json out = {{"range", RangeOf(text, begin, end)},
              {"severity", LspSeverity(d.severity)},
              {"source", "starbank"},
              {"message", d.message}};
  if (!d.rule.empty()) out["code"] = d.rule;
  return out;
}

json ToLsp(std::string_view text, const std::string& uri, const Fix& fix,
           const json& diagnostic, bool preferred) {
  json edits = json::array();
  for (const TextEdit& e : fix.edits) {
    edits.push_back({{"range", RangeOf(text, e.begin, e.end)}, {"newText", e.text}});
  }
  json action = {{"title", Capitalized(fix.title)},
                 {"kind", "quickfix"},
                 {"diagnostics", json::array({diagnostic})},
                 {"edit", {{"changes", {{uri, edits}}}}}};
  if (preferred) action["isPreferred"] = true;
  return action;
}

std::string NormalPath(const std::string& path) {
  if (path.empty()) return path;
  std::error_code ec;
  fs::path p = fs::absolute(path, ec);
  return (ec ? fs::path(path) : p).lexically_normal().string();
}

// --- settings ----------------------------------------------------------------

// What governs a document: its config, catalog and bank folder.
struct Settings {
  Config config;
  std::unique_ptr<Catalog> owned;  // a catalog read from a file
  const Catalog* catalog = &Catalog::Default();
  std::string root;  // the bank's folder; "" lints the file alone
  std::vector<std::string> problems;
  // The bank's story files (absolute, config exclusions applied), in the
  // order lint takes them; found again when files change (watched-file
  // events, or without them every few seconds).
  mutable std::vector<std::string> paths;
  mutable bool discovered = false;
  mutable std::chrono::steady_clock::time_point discovered_at;
  // The bank last handed to LintInBank, for the document at `bank_for`:
  // kept while no file event, rescan, open or close happened and no other
  // open document changed, so a keystroke looks at none of the bank's files.
  mutable std::string bank_for;
  mutable uint64_t bank_generation = 0;  // Impl::generation it was built at
  mutable uint64_t bank_stamp = 0;       // Impl::edits when it was built
  mutable std::vector<const BankFile*> bank;
  mutable size_t bank_at = 0;
  // `bank`'s fingerprints as the last lint laid them out; cleared with it.
  mutable BankLayout layout;
};

// What the bank-wide rules need of one file, kept between keystrokes: for a
// file on disk while its size and modification time stay; for an open
// document while its text does.
struct CachedFile {
  bool filled = false;
  bool from_document = false;
  uintmax_t size = 0;
  fs::file_time_type mtime;
  std::string text;  // the open document's text it was computed from
  BankFile bank;
};

struct Document {
  std::string uri;
  std::string path;  // absolute; for a non-file URI the URI itself
  std::string text;
  json version;
  std::vector<Diagnostic> findings;  // of the last lint, errors included
  uint64_t edited = 0;               // Impl::edits at its last open or change
};

}  // namespace

struct LspServer::Impl {
  ServerOptions options;
  bool initialized = false;  // `initialize` answered
  bool shutdown = false;
  bool exited = false;
  bool watch_files = false;              // the client registers watchers dynamically
  std::string root;                      // the workspace folder, if any
  std::map<std::string, Document> docs;  // by URI
  std::map<std::string, std::unique_ptr<Settings>> settings;  // by config file
  std::set<std::string> dirty;              // URIs changed since their last lint
  std::map<std::string, CachedFile> files;  // by absolute path
  // Bumped whenever cached bank files may have changed (file events,
  // rescans, a document opened or closed): every Settings::bank is stale.
  uint64_t generation = 1;
  uint64_t edits = 0;  // counts opens and changes; Document::edited
  std::vector<json> out;

  void Log(const std::string& line) const {
    if (options.log) options.log(line);
  }
  void Trace(const std::string& line) const {
    if (options.trace) options.trace(line);
  }

  void Dispatch(const json& m);
  void Request(const json& id, const std::string& method, const json& params);
  void Notify(const std::string& method, const json& params);
  json Initialize(const json& params);
  void Open(const json& params);
  void Change(const json& params);
  void Close(const json& params);
  void Relint(Document* doc);
  void RelintAll();
  std::vector<const BankFile*> BankOf(const Settings& s, const Document& doc, size_t* at);
  void FilesChanged(const json& params);
  bool Refresh(const Settings& s, std::chrono::steady_clock::time_point now);
  void Idle();
  void LintDirty();
  const Settings& SettingsFor(const std::string& path);
  json CodeActions(const json& params);
  json Hover(const json& params);
  Document* Find(const json& params);
};

// --- lifecycle and dispatch --------------------------------------------------

void LspServer::Impl::Dispatch(const json& m) {
  if (!m.is_object()) {
    out.push_back(Error(nullptr, kInvalidRequest, "a message is a JSON object"));
    return;
  }
  const json* id = Member(m, "id");
  if (id != nullptr && !id->is_number_integer() && !id->is_string() && !id->is_null()) {
    out.push_back(Error(nullptr, kInvalidRequest, "'id' must be a number or a string"));
    return;
  }
  json reply_id = id != nullptr ? *id : json(nullptr);
  const json* method = Member(m, "method");
  const json* version = Member(m, "jsonrpc");
  if (method == nullptr && id != nullptr &&
      (Member(m, "result") != nullptr || Member(m, "error") != nullptr)) {
    return;  // the client's answer to a request of ours (registerCapability)
  }
  if (version == nullptr || *version != "2.0" || method == nullptr ||
      !method->is_string()) {
    out.push_back(Error(reply_id, kInvalidRequest,
                        "expected a JSON-RPC 2.0 message with a 'method'"));
    return;
  }
  const json* params_member = Member(m, "params");
  json params = params_member != nullptr ? *params_member : json::object();
  const std::string& name = method->get_ref<const std::string&>();
  try {
    if (id != nullptr) {
      LintDirty();  // a code action or hover must see the current text
      Request(reply_id, name, params);
    } else {
      Notify(name, params);
    }
  } catch (const json::exception& e) {
    if (id != nullptr) {
      out.push_back(Error(reply_id, kInvalidParams,
                          fmt::format("invalid params for '{}': {}", name, e.what())));
    } else {
      Log(fmt::format("ignoring '{}' with invalid params: {}", name, e.what()));
    }
  } catch (const std::exception& e) {
    if (id != nullptr) {
      out.push_back(Error(reply_id, kInternalError, e.what()));
    } else {
      Log(fmt::format("'{}' failed: {}", name, e.what()));
    }
  }
}

void LspServer::Impl::Request(const json& id, const std::string& method,
                              const json& params) {
  if (!initialized && method != "initialize") {
    out.push_back(Error(id, kServerNotInitialized, "the server is not initialized yet"));
    return;
  }
  if (shutdown) {
    out.push_back(Error(id, kInvalidRequest, "the server is shutting down"));
    return;
  }
  if (method == "initialize") {
    if (initialized) {
      out.push_back(Error(id, kInvalidRequest, "'initialize' was already received"));
      return;
    }
    json result = Initialize(params);
    initialized = true;
    out.push_back(Result(id, std::move(result)));
  } else if (method == "shutdown") {
    shutdown = true;
    out.push_back(Result(id, nullptr));
  } else if (method == "textDocument/codeAction") {
    out.push_back(Result(id, CodeActions(params)));
  } else if (method == "textDocument/hover") {
    out.push_back(Result(id, Hover(params)));
  } else {
    out.push_back(Error(id, kMethodNotFound, fmt::format("unknown method '{}'", method)));
  }
}

void LspServer::Impl::Notify(const std::string& method, const json& params) {
  if (method == "exit") {
    exited = true;
    return;
  }
  if (!initialized || shutdown) return;  // dropped, as LSP says
  if (method == "initialized") {
    if (!watch_files) return;
    // No static capability exists for file events: ask for them.
    json watchers = json::array({{{"globPattern", std::string("**/") + kConfigFileName}},
                                 {{"globPattern", "**/*.{yaml,yml}"}}});
    out.push_back({{"jsonrpc", "2.0"},
                   {"id", "starbank-watch"},
                   {"method", "client/registerCapability"},
                   {"params",
                    {{"registrations",
                      json::array({{{"id", "starbank-watched-files"},
                                    {"method", "workspace/didChangeWatchedFiles"},
                                    {"registerOptions", {{"watchers", watchers}}}}})}}}});
  } else if (method == "textDocument/didOpen") {
    Open(params);
  } else if (method == "textDocument/didChange") {
    Change(params);
  } else if (method == "textDocument/didSave") {
    if (Document* doc = Find(params)) dirty.insert(doc->uri);
  } else if (method == "textDocument/didClose") {
    Close(params);
  } else if (method == "workspace/didChangeWatchedFiles") {
    FilesChanged(params);
    RelintAll();
  } else {
    Trace(fmt::format("ignoring notification '{}'", method));
  }
}

json LspServer::Impl::Initialize(const json& params) {
  if (const json* folders = Member(params, "workspaceFolders");
      folders != nullptr && folders->is_array() && !folders->empty()) {
    if (const json* uri = Member((*folders)[0], "uri");
        uri != nullptr && uri->is_string()) {
      root = PathFromUri(uri->get<std::string>());
    }
  }
  if (const json* uri = Member(params, "rootUri");
      root.empty() && uri != nullptr && uri->is_string()) {
    root = PathFromUri(uri->get<std::string>());
  }
  if (const json* path = Member(params, "rootPath");
      root.empty() && path != nullptr && path->is_string()) {
    root = path->get<std::string>();
  }
  root = NormalPath(root);
  const json* caps = Member(params, "capabilities");
  const json* workspace = caps != nullptr ? Member(*caps, "workspace") : nullptr;
  const json* watched =
      workspace != nullptr ? Member(*workspace, "didChangeWatchedFiles") : nullptr;
  const json* dynamic = watched ? Member(*watched, "dynamicRegistration") : nullptr;
  watch_files = dynamic != nullptr && dynamic->is_boolean() && dynamic->get<bool>();
  Trace(fmt::format("initialized; workspace {}", root.empty() ? "(none)" : root));
  return {{"capabilities",
           {{"positionEncoding", "utf-16"},
            {"textDocumentSync",
             {{"openClose", true}, {"change", 1}, {"save", {{"includeText", false}}}}},
            {"codeActionProvider", {{"codeActionKinds", json::array({"quickfix"})}}},
            {"hoverProvider", true}}},
          {"serverInfo", {{"name", "starbank"}, {"version", STARBANK_VERSION}}}};
}

// --- documents ---------------------------------------------------------------

Document* LspServer::Impl::Find(const json& params) {
  auto it = docs.find(UriOf(params));
  return it == docs.end() ? nullptr : &it->second;
}

void LspServer::Impl::Open(const json& params) {
  const json& td = params.at("textDocument");
  Document doc;
  doc.uri = td.at("uri").get<std::string>();
  doc.text = td.at("text").get<std::string>();
  doc.version = td.contains("version") ? td["version"] : json(nullptr);
  std::string path = PathFromUri(doc.uri);
  doc.path = path.empty() ? doc.uri : NormalPath(path);
  std::string uri = doc.uri;
  doc.edited = ++edits;
  ++generation;
  docs[uri] = std::move(doc);
  dirty.insert(uri);
}

void LspServer::Impl::Change(const json& params) {
  Document* doc = Find(params);
  if (doc == nullptr) {
    Log("ignoring a change to a document that is not open");
    return;
  }
  for (const json& change : params.at("contentChanges")) {
    std::string text = change.at("text").get<std::string>();
    if (const json* range =
            Member(change, "range")) {  // incremental, though not asked for
      size_t begin = OffsetOfPosition(doc->text, range->at("start"));
      size_t end = std::max(begin, OffsetOfPosition(doc->text, range->at("end")));
      doc->text.replace(begin, end - begin, text);
    } else {
      doc->text = std::move(text);
    }
  }
  const json& td = params.at("textDocument");
  if (td.contains("version")) doc->version = td["version"];
  doc->edited = ++edits;
  dirty.insert(doc->uri);
}

void LspServer::Impl::Close(const json& params) {
  std::string uri = UriOf(params);
  dirty.erase(uri);
  if (docs.erase(uri) == 0) return;
  ++generation;  // its file is the bank's again, as on disk
  out.push_back(Notification("textDocument/publishDiagnostics",
                             {{"uri", uri}, {"diagnostics", json::array()}}));
}

// The settings as `starbank lint` in the document's folder resolves them
// (src/workspace), with two differences an editor wants: a broken config is
// reported and then not used (lint refuses to run), and the bank is the
// config's folder, else the workspace folder holding the document.
const Settings& LspServer::Impl::SettingsFor(const std::string& path) {
  SettingsSource source{options.config_path, options.isolated, options.catalog_path};
  std::string dir = fs::path(path).parent_path().string();
  std::string file = path.empty() || path[0] != '/' ? source.isolated ? "" : source.config_path
                                                    : ConfigFileFor(source, dir);
  auto it = settings.find(file);
  if (it != settings.end()) return *it->second;
  auto s = std::make_unique<Settings>();
  LintOptions flags;  // no flags: every value from the config
  if (!ResolveSettings(file, source, nullptr, &flags, &s->config, &s->problems)) {
    s->config = Config{};  // as lint refuses a broken config, use none of it
    s->config.file = file;
    s->config.catalog = source.catalog_path;
  }
  if (!s->config.catalog.empty()) {
    const Catalog* catalog = LoadCatalog(s->config.catalog, &s->owned, &s->problems);
    if (catalog != nullptr) s->catalog = catalog;
  }
  bool under_root = !root.empty() && path.rfind(root + "/", 0) == 0;
  s->root = !s->config.dir.empty() ? s->config.dir : under_root ? root : "";
  for (const std::string& p : s->problems) {
    Log(p);
    std::string shown = p.rfind("starbank: ", 0) == 0 ? p : "starbank: " + p;
    out.push_back(Notification("window/showMessage", {{"type", 1}, {"message", shown}}));
  }
  return *(settings[file] = std::move(s));
}

// Without file events from the client, how long the list of the bank's
// files and their sizes and times are trusted before they are read again.
constexpr std::chrono::seconds kRescan{2};

// A config, a catalog or a story on disk changed: settings are read again
// and the bank's folders walked again; a changed story is fingerprinted
// again (a config change may change every file's, so all are forgotten).
void LspServer::Impl::FilesChanged(const json& params) {
  settings.clear();
  ++generation;
  const json* changes = Member(params, "changes");
  if (changes == nullptr || !changes->is_array()) {
    files.clear();
    return;
  }
  for (const json& change : *changes) {
    const json* uri = Member(change, "uri");
    std::string path = uri != nullptr && uri->is_string()
                           ? NormalPath(PathFromUri(uri->get<std::string>()))
                           : "";
    if (path.empty() || fs::path(path).filename() == kConfigFileName) {
      files.clear();
      return;
    }
    files.erase(path);
  }
}

// Walks the bank's folders again and stats its files; true when the list
// or a file's size or time changed since the last walk. Without file
// events from the client, `starbank server` calls this when the editor has
// been quiet for kRescan (Idle), not on a keystroke.
bool LspServer::Impl::Refresh(const Settings& s, std::chrono::steady_clock::time_point now) {
  // An unreadable folder is not the document's problem.
  std::vector<Diagnostic> ignored, notes;
  std::vector<std::string> paths;
  for (LintInput& in : StoryInputs({s.root}, {}, s.config, s.config.options, &ignored, &notes)) {
    paths.push_back(NormalPath(in.path));
  }
  bool changed = !s.discovered || paths != s.paths;
  s.paths = std::move(paths);
  s.discovered = true;
  s.discovered_at = now;
  for (const std::string& path : s.paths) {
    auto it = files.find(path);
    if (it == files.end() || !it->second.filled || it->second.from_document) continue;
    std::error_code ec;
    uintmax_t size = fs::file_size(path, ec);
    fs::file_time_type mtime = ec ? fs::file_time_type{} : fs::last_write_time(path, ec);
    if (ec || size != it->second.size || mtime != it->second.mtime) {
      files.erase(it);  // read again when next asked for
      changed = true;
    }
  }
  if (changed) ++generation;
  return changed;
}

void LspServer::Impl::Idle() {
  if (watch_files) return;  // the client says what changed
  auto now = std::chrono::steady_clock::now();
  bool changed = false;
  for (const auto& [file, s] : settings) {
    if (!s->root.empty() && s->discovered && now - s->discovered_at >= kRescan) {
      changed |= Refresh(*s, now);
    }
  }
  if (changed) RelintAll();
}

// The other files of `doc`'s bank, in lint's order, with every open
// document's text in place of its file's; `*at` is where doc goes among
// them. Only files new or changed since the last call are read; while
// nothing changed but doc itself, the last call's list is handed back.
std::vector<const BankFile*> LspServer::Impl::BankOf(const Settings& s,
                                                     const Document& doc, size_t* at) {
  *at = 0;
  if (s.root.empty()) return {};
  auto now = std::chrono::steady_clock::now();
  // Without file events, and without an idle loop to call Idle, a keystroke
  // after kRescan walks the bank again.
  bool stale = !watch_files && !options.idle_refresh && now - s.discovered_at > kRescan;
  if (!s.discovered || stale) Refresh(s, now);
  uint64_t newest = 0;  // the last edit of another open document
  for (const auto& [uri, d] : docs) {
    if (d.path != doc.path) newest = std::max(newest, d.edited);
  }
  if (s.bank_generation == generation && s.bank_for == doc.path && newest <= s.bank_stamp) {
    *at = s.bank_at;
    return s.bank;
  }
  std::vector<const BankFile*> bank;
  std::map<std::string, const Document*> open;
  for (const auto& [uri, d] : docs) open[d.path] = &d;
  bool found = false;
  for (const std::string& path : s.paths) {
    if (path == doc.path) {
      *at = bank.size();
      found = true;
      continue;
    }
    CachedFile& c = files[path];
    auto it = open.find(path);
    if (it != open.end()) {
      if (!c.filled || !c.from_document || c.text != it->second->text) {
        Trace(fmt::format("fingerprinting {} (open)", path));
        c.bank = FingerprintInput(LintInput{path, false, it->second->text}, *s.catalog,
                                  s.config.options);
        c.text = it->second->text;
        c.from_document = c.filled = true;
      }
    } else if (!c.filled || c.from_document) {
      std::error_code ec;
      uintmax_t size = fs::file_size(path, ec);
      fs::file_time_type mtime =
          ec ? fs::file_time_type{} : fs::last_write_time(path, ec);
      Trace(fmt::format("fingerprinting {}", path));
      c.bank = FingerprintInput(LintInput{path, false}, *s.catalog, s.config.options);
      c.size = ec ? 0 : size;
      c.mtime = mtime;
      c.text.clear();
      c.from_document = false;
      c.filled = true;
    }
    bank.push_back(&c.bank);
  }
  if (!found) *at = bank.size();
  s.bank = bank;
  s.layout.filled = false;
  s.bank_at = *at;
  s.bank_for = doc.path;
  s.bank_generation = generation;
  s.bank_stamp = edits;
  return bank;
}

void LspServer::Impl::Relint(Document* doc) {
  const Settings& s = SettingsFor(doc->path);
  doc->findings.clear();
  if (!doc->path.empty() && doc->path[0] == '/' && ConfigExcludes(s.config, doc->path)) {
    Trace(fmt::format("{} is excluded by {}", doc->path, s.config.file));
  } else {
    const LintOptions& options = s.config.options;
    // Only doc is linted; the rest of the bank is its files' cached
    // fingerprints, which the bank-wide rules compare doc's with.
    size_t at = 0;
    std::vector<const BankFile*> bank = BankOf(s, *doc, &at);
    LintReport report = LintInBank(LintInput{doc->path, false, doc->text}, bank, at,
                                   *s.catalog, AllRules(), options, &s.layout);
    // Other files are named in messages as lint names them from the bank's
    // folder ("stories/b.yaml"), not by absolute path.
    std::string prefix = s.root.empty() ? "" : s.root + "/";
    for (std::vector<Diagnostic>* list : {&report.errors, &report.diagnostics}) {
      for (Diagnostic& d : *list) {
        if (d.file != doc->path) continue;
        for (size_t at = prefix.empty() ? std::string::npos : d.message.find(prefix);
             at != std::string::npos; at = d.message.find(prefix, at)) {
          d.message.erase(at, prefix.size());
        }
        doc->findings.push_back(std::move(d));
      }
    }
  }
  json diagnostics = json::array();
  for (const Diagnostic& d : doc->findings) diagnostics.push_back(ToLsp(doc->text, d));
  json params = {{"uri", doc->uri}, {"diagnostics", std::move(diagnostics)}};
  if (!doc->version.is_null()) params["version"] = doc->version;
  out.push_back(Notification("textDocument/publishDiagnostics", std::move(params)));
}

void LspServer::Impl::RelintAll() {
  for (auto& [uri, doc] : docs) dirty.insert(uri);
}

void LspServer::Impl::LintDirty() {
  for (const std::string& uri : dirty) {
    auto it = docs.find(uri);
    if (it != docs.end()) Relint(&it->second);
  }
  dirty.clear();
}

// --- code actions and hover ---------------------------------------------------

json LspServer::Impl::CodeActions(const json& params) {
  json actions = json::array();
  Document* doc = Find(params);
  if (doc == nullptr) return actions;
  const json* context = Member(params, "context");
  if (const json* only = context != nullptr ? Member(*context, "only") : nullptr) {
    bool quickfix = false;
    for (const json& kind : *only) quickfix |= kind.is_string() && kind == "quickfix";
    if (!quickfix) return actions;
  }
  size_t begin = OffsetOfPosition(doc->text, params.at("range").at("start"));
  size_t end = std::max(begin, OffsetOfPosition(doc->text, params.at("range").at("end")));
  for (const Diagnostic& d : doc->findings) {
    auto [db, de] = SpanOf(doc->text, d);
    if (d.rule.empty() || db > end || de < begin) continue;
    json diagnostic = ToLsp(doc->text, d);
    if (std::optional<Fix> fix = SafeFix(doc->text, d, AllRules())) {
      actions.push_back(ToLsp(doc->text, doc->uri, *fix, diagnostic, true));
    }
    if (std::optional<Fix> ignore = IgnoreFix(doc->text, d, AllRules())) {
      actions.push_back(ToLsp(doc->text, doc->uri, *ignore, diagnostic, false));
    }
  }
  return actions;
}

// The rule id under byte `at` of a `# starbank:` comment, with its range.
static std::optional<std::pair<size_t, size_t>> RuleIdAt(std::string_view text,
                                                         size_t at) {
  size_t line_start = LineStartAt(text, at);
  size_t eol = LineEndOffset(text, line_start);
  std::string line(text.substr(line_start, eol - line_start));
  std::string lower = line;
  for (char& c : lower)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t hash = lower.find("# starbank");
  size_t open = hash == std::string::npos ? hash : lower.find('[', hash);
  size_t col = at - line_start;
  if (open == std::string::npos || col <= open) return std::nullopt;
  auto word = [&](size_t i) {
    return std::isalnum(static_cast<unsigned char>(lower[i])) || lower[i] == '-';
  };
  size_t b = col, e = col;
  while (b > open + 1 && word(b - 1)) --b;
  while (e < lower.size() && word(e)) ++e;
  if (b == e || FindRule(lower.substr(b, e - b)) == nullptr) return std::nullopt;
  return std::make_pair(line_start + b, line_start + e);
}

static std::string RuleHover(const Rule& rule, const Settings& s) {
  std::string text =
      fmt::format("**{}** ({} by default)\n\n{}.", rule.id(),
                  SeverityName(rule.default_severity()), Capitalized(rule.summary()));
  auto it = s.config.options.rule_overrides.find(rule.id());
  if (it != s.config.options.rule_overrides.end()) {
    text += fmt::format("\n\nSet to {} by `{}`.",
                        it->second ? SeverityName(*it->second) : "off", s.config.file);
  }
  return text;
}

json LspServer::Impl::Hover(const json& params) {
  Document* doc = Find(params);
  if (doc == nullptr) return nullptr;
  size_t at = OffsetOfPosition(doc->text, params.at("position"));
  const Settings& s = SettingsFor(doc->path);
  std::string value;
  std::pair<size_t, size_t> span{at, at};
  if (auto id = RuleIdAt(doc->text, at)) {
    span = *id;
    std::string rule = ToLower(doc->text.substr(id->first, id->second - id->first));
    value = RuleHover(*FindRule(rule), s) +
            "\n\nA `# starbank: ignore[...]` directive silences it for the key below it "
            "(or the file, with `ignore-file`); give the reason after `--`. "
            "`starbank rules` lists every rule.";
  } else {
    for (const Diagnostic& d : doc->findings) {
      auto [db, de] = SpanOf(doc->text, d);
      if (at < db || at > de || d.mark.line < 1) continue;
      const Rule* rule = d.rule.empty() ? nullptr : FindRule(d.rule);
      if (!value.empty()) value += "\n\n---\n\n";
      value += rule != nullptr
                   ? RuleHover(*rule, s) + "\n\n" + Capitalized(d.message) + "."
                   : Capitalized(d.message) + ".";
      span = {db, de};
    }
  }
  if (value.empty()) return nullptr;
  return {{"contents", {{"kind", "markdown"}, {"value", value}}},
          {"range", RangeOf(doc->text, span.first, span.second)}};
}

// --- public ------------------------------------------------------------------

void FrameReader::Feed(std::string_view bytes) {
  if (skip_ > 0) {
    size_t n = std::min(skip_, bytes.size());
    skip_ -= n;
    bytes.remove_prefix(n);
  }
  buffer_.append(bytes);
}

FrameReader::Frame FrameReader::Next() {
  Frame frame;
  if (skip_ > 0) return frame;
  size_t end = buffer_.find("\r\n\r\n");
  if (end == std::string::npos) {
    if (buffer_.size() > kMaxHeader) {
      buffer_.clear();
      frame.kind = Frame::Kind::kBad;
      frame.error = "no end of header after 8192 bytes";
    }
    return frame;
  }
  std::string header = buffer_.substr(0, end);
  std::optional<size_t> length;
  bool bad_length = false;
  for (size_t at = 0; at <= header.size();) {
    size_t eol = std::min(header.find("\r\n", at), header.size());
    std::string field = header.substr(at, eol - at);
    at = eol + 2;
    size_t colon = field.find(':');
    std::string name = ToLower(field.substr(0, colon == std::string::npos ? 0 : colon));
    if (name != "content-length") continue;
    std::string value = field.substr(colon + 1);
    value.erase(0, value.find_first_not_of(" \t"));
    value.erase(value.find_last_not_of(" \t") + 1);
    size_t n = 0;
    bad_length = value.empty() || value.size() > 12 ||
                 value.find_first_not_of("0123456789") != std::string::npos;
    for (char c : value) n = n * 10 + static_cast<size_t>(c - '0');
    if (!bad_length) length = n;
  }
  if (!length || bad_length || *length > kMaxBody) {
    buffer_.erase(0, end + 4);
    frame.kind = Frame::Kind::kBad;
    frame.error = !length && !bad_length ? "missing Content-Length header"
                  : bad_length           ? "Content-Length is not a number"
                                         : "Content-Length is larger than 64 MiB";
    if (length && *length > kMaxBody) {  // drop the body as it arrives
      size_t have = std::min(*length, buffer_.size());
      buffer_.erase(0, have);
      skip_ = *length - have;
    }
    return frame;
  }
  if (buffer_.size() - end - 4 < *length) return frame;
  frame.kind = Frame::Kind::kMessage;
  frame.body = buffer_.substr(end + 4, *length);
  buffer_.erase(0, end + 4 + *length);
  return frame;
}

std::string FrameMessage(const json& message) {
  // Invalid UTF-8 from a story reaches the client replaced, not as an exception.
  std::string body = message.dump(-1, ' ', false, json::error_handler_t::replace);
  return fmt::format("Content-Length: {}\r\n\r\n{}", body.size(), body);
}

LspServer::LspServer(ServerOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
}

LspServer::~LspServer() = default;

std::vector<json> LspServer::HandleBody(std::string_view body) {
  json message = json::parse(body, nullptr, false);
  if (message.is_discarded())
    return {Error(nullptr, kParseError, "the message is not valid JSON")};
  return Handle(message);
}

std::vector<json> LspServer::Handle(const json& message) {
  impl_->out.clear();
  try {
    impl_->Dispatch(message);
    if (!impl_->options.defer_lint) impl_->LintDirty();
  } catch (const std::exception& e) {  // a last guard: the editor must keep its server
    impl_->Log(fmt::format("internal error: {}", e.what()));
  }
  return std::move(impl_->out);
}

void LspServer::Idle() {
  try {
    impl_->Idle();
  } catch (const std::exception& e) {
    impl_->Log(fmt::format("internal error: {}", e.what()));
  }
}

std::vector<json> LspServer::Flush() {
  impl_->out.clear();
  try {
    impl_->LintDirty();
  } catch (const std::exception& e) {
    impl_->dirty.clear();
    impl_->Log(fmt::format("internal error: {}", e.what()));
  }
  return std::move(impl_->out);
}

json LspServer::BadFrame(const std::string& why) {
  return Error(nullptr, kParseError, why);
}

bool LspServer::exited() const { return impl_->exited; }
int LspServer::exit_code() const { return impl_->shutdown ? 0 : 1; }

std::string PathFromUri(std::string_view uri) {
  constexpr std::string_view kScheme = "file://";
  if (uri.substr(0, kScheme.size()) != kScheme) return "";
  uri.remove_prefix(kScheme.size());
  size_t slash = uri.find('/');
  if (slash == std::string_view::npos) return "";
  uri.remove_prefix(slash);  // "localhost" or another host before the path
  std::string path;
  for (size_t i = 0; i < uri.size(); ++i) {
    int hi = 0, lo = 0;
    if (uri[i] == '%' && i + 2 < uri.size() && (hi = HexValue(uri[i + 1])) >= 0 &&
        (lo = HexValue(uri[i + 2])) >= 0) {
      path += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      path += uri[i];
    }
  }
  return path;
}

}  // namespace starbank
