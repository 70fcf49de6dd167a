#include <fcntl.h>
#include <sys/stat.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <fmt/format.h>
#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <streambuf>
#include <thread>

#include "commands/commands.h"
#include "io/config.h"
#include "io/fs.h"
#include "lint/infer.h"
#include "rules/registry.h"
#include "starbank/discover.h"
#include "starbank/loader.h"
#include "text/printable.h"
#include "text/tokens.h"

namespace starbank {
namespace {

// std::cout's buffer: writes to fd 1 with write(2) and keeps the first
// error, so one check at exit covers every command's output. After an
// error the rest is dropped. On a terminal each line is written at once.
class CheckedOutput : public std::streambuf {
 public:
  CheckedOutput() : line_buffered_(isatty(STDOUT_FILENO) != 0) {
    setp(buf_, buf_ + sizeof buf_);
  }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!Drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
      if (line_buffered_ && c == '\n' && !Drain()) return traits_type::eof();
    }
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    std::streamsize done = std::streambuf::xsputn(s, n);
    if (line_buffered_ && std::memchr(s, '\n', static_cast<size_t>(n)) != nullptr) Drain();
    return done;
  }
  int sync() override { return Drain() ? 0 : -1; }

 private:
  bool Drain() {
    const char* p = pbase();
    size_t left = static_cast<size_t>(pptr() - pbase());
    while (left > 0 && error_ == 0) {
      ssize_t n = write(STDOUT_FILENO, p, left);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        error_ = n < 0 ? errno : EIO;
        break;
      }
      p += n;
      left -= static_cast<size_t>(n);
    }
    setp(buf_, buf_ + sizeof buf_);
    return error_ == 0;
  }

  char buf_[1 << 16];
  bool line_buffered_;
  int error_ = 0;
};

CheckedOutput* checked = nullptr;

}  // namespace

void CheckStandardOutput() {
  if (fcntl(STDOUT_FILENO, F_GETFD) < 0 && errno == EBADF) {
    int fd = open("/dev/null", O_RDONLY);  // takes fd 1, the lowest free one
    if (fd >= 0 && fd != STDOUT_FILENO) close(fd);
  }
  // Never freed: std::cout is flushed at exit, after static objects die.
  checked = new CheckedOutput;
  std::cout.rdbuf(checked);
}

int FinishStandardOutput(int code) {
  std::cout.flush();
  if (checked == nullptr || checked->error() == 0) return code;
  if (checked->error() == EPIPE) return code;  // the reader left: quiet, as SIGPIPE
  std::cerr << "starbank: error: writing standard output: "
            << std::strerror(checked->error()) << '\n';
  return kExitError;
}

const Catalog* LoadCatalogOrReport(const GlobalOptions& g) {
  static std::unique_ptr<Catalog> loaded;
  std::vector<std::string> problems;
  const Catalog* catalog = LoadCatalog(g.catalog_path, &loaded, &problems);
  PrintProblems(problems);
  return catalog;
}

void PrintProblems(const std::vector<std::string>& problems) {
  for (const std::string& p : problems) std::cerr << p << '\n';
}

void PrintNotes(const std::vector<Diagnostic>& notes) {
  for (const Diagnostic& d : notes) {
    std::cerr << fmt::format("starbank: note: {}: {}\n", Printable(d.file),
                             Printable(d.message));
  }
}

bool UseColor(const std::string& mode, int fd) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  const char* force = std::getenv("FORCE_COLOR");
  if (force != nullptr && force[0] != '\0' && std::string(force) != "0") return true;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::string(term) == "dumb") return false;
  return isatty(fd) != 0;
}

int TerminalWidth(int fd) {
  if (isatty(fd) == 0) return 0;
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  const char* columns = std::getenv("COLUMNS");
  return columns != nullptr ? std::max(20, std::atoi(columns)) : 80;
}

namespace {

// Whether `file` is `path` or lies under it.
bool Under(const std::string& file, const std::string& path) {
  if (file == path) return true;
  bool slash = !path.empty() && path.back() == '/';
  return file.size() > path.size() && file.compare(0, path.size(), path) == 0 &&
         (slash || file[path.size()] == '/');
}

// Why `path` (a folder that gave no story file) gave none, when the config
// excluded what it holds: ": 2 excluded by .starbank.yaml:5 ('drafts/')".
std::string ExcludedUnder(const std::string& path, const Config& config) {
  std::vector<Diagnostic> errors;
  std::vector<LintInput> found = DiscoverInputs({path}, LintOptions{}, &errors);
  std::vector<std::string> by;
  for (const LintInput& in : found) {
    std::string glob = ExcludedBy(config, in.path);
    if (!glob.empty() && std::find(by.begin(), by.end(), glob) == by.end())
      by.push_back(glob);
  }
  if (by.empty()) return "";
  std::string out =
      fmt::format(": {} excluded by {}", Counted(found.size(), "file", "files"), by[0]);
  for (size_t i = 1; i < by.size(); ++i)
    out += (i + 1 == by.size() ? " and " : ", ") + by[i];
  return out;
}

}  // namespace

bool WarnPathsWithoutStories(const std::vector<std::string>& paths,
                             const std::vector<LintInput>& inputs,
                             const std::vector<Diagnostic>& errors,
                             const Config& config) {
  for (const std::string& p : paths) {
    struct stat st;
    if (p == "-" || stat(p.c_str(), &st) != 0) continue;  // stdin; missing: an error already
    auto under = [&p](const std::string& file) { return Under(file, p); };
    bool found = std::any_of(inputs.begin(), inputs.end(),
                             [&](const LintInput& in) { return under(in.path); });
    bool failed = std::any_of(errors.begin(), errors.end(),
                              [&](const Diagnostic& d) { return under(d.file); });
    if (found || failed) continue;
    std::string by = S_ISDIR(st.st_mode) ? "" : ExcludedBy(config, p);
    if (!by.empty()) {
      std::cerr << "starbank: warning: " << Printable(p) << ": excluded by "
                << Printable(by) << '\n';
    } else {
      std::cerr << "starbank: warning: no story files in " << Printable(p)
                << Printable(S_ISDIR(st.st_mode) ? ExcludedUnder(p, config) : "") << '\n';
    }
  }
  return inputs.empty();
}

void AddLintOptions(cli::Command& cmd, LintOptions* o) {
  cmd.add_option_function(
         "--level",
         [o](const std::string& v) {
           std::string l = v;
           if (!l.empty() && (l[0] == 'L' || l[0] == 'l')) l.erase(0, 1);
           o->level = std::stoi(l);
         },
         "Seniority L4-L7; the I:we target tightens with it (default L5)")
      ->check(cli::IsMember({"L4", "L5", "L6", "L7"}, cli::kIgnoreCase));
  cmd.add_option("--wpm", o->words_per_minute, "Speaking rate in words per minute")
      ->check(cli::Range(60, 400))
      ->default_val(150);
  cmd.add_option("--max-seconds", o->max_seconds, "Spoken-time limit for too-long")
      ->check(cli::Range(10, 3600));
  cmd.add_option("--min-seconds", o->min_seconds, "Spoken-time floor for too-short")
      ->check(cli::Range(0, 3600));
  cmd.add_option("-j,--jobs", o->jobs, "Worker threads (default: one per core)")
      ->check(cli::Range(0, 256));
  cmd.add_option("--max-file-bytes", o->max_file_bytes,
                 "Refuse story files larger than this (default 1048576; 0: no cap)");
}

bool LoadBank(const cli::Command& cmd, const std::vector<std::string>& paths,
              LintOptions options, GlobalOptions* g, BankInput* out) {
  Config& config = out->config;
  if (!ResolveSettings(cmd, g, &options, &config)) return false;
  out->catalog = LoadCatalogOrReport(*g);
  if (out->catalog == nullptr) return false;
  options.infer = true;
  std::vector<Diagnostic> errors;
  std::vector<std::string> named = paths.empty() ? std::vector<std::string>{"."} : paths;
  std::vector<Diagnostic> notes;
  // The inference index (a few milliseconds, stemming every signal of the
  // catalog) is built on a second thread while discovery walks the bank,
  // which mostly waits on the file system; LintStream then finds it in
  // SignalIndex's cache. Not with --jobs 1: one thread was asked for.
  std::thread index;
  if (options.jobs != 1 && std::thread::hardware_concurrency() > 1) {
    index = std::thread([catalog = out->catalog] {
      try {
        SignalIndex warm(*catalog);
      } catch (...) {  // LintStream builds it again, and reports the failure
      }
    });
  }
  std::vector<LintInput> inputs;
  try {
    inputs = StoryInputs(named, {}, config, options, &errors, &notes);
  } catch (...) {
    if (index.joinable()) index.join();
    throw;
  }
  if (index.joinable()) index.join();
  PrintNotes(notes);
  if (WarnPathsWithoutStories(named, inputs, errors, config)) {
    for (const Diagnostic& d : errors) std::cerr << FormatDiagnostic(d) << '\n';
    return false;  // nothing to show
  }
  if (out->stories) {
    out->stories->Start(*out->catalog);
    LintStream(inputs, *out->catalog, AllRules(), options, out->stories.get());
    out->report = out->stories->TakeReport();
  } else {
    LintCollector collector(inputs.size());
    LintStream(inputs, *out->catalog, AllRules(), options, &collector);
    out->report = collector.Take();
  }
  out->report.errors.insert(out->report.errors.begin(), errors.begin(), errors.end());
  return true;
}

void PrintLoadErrors(const LintReport& report) {
  for (const Diagnostic& d : report.errors) std::cerr << FormatDiagnostic(d) << '\n';
}

const Principle* FindPrincipleOrReport(const Catalog& catalog, const std::string& name) {
  if (const Principle* p = catalog.Find(name)) return p;
  if (const PrincipleSet* set = catalog.FindSet(name);
      set != nullptr && !set->principles.empty()) {
    std::cerr << fmt::format(
        "starbank: error: '{}' is a set of {} ({}), not one principle; name one of them, "
        "such as '{}', or plan the set with 'starbank plan --principles {}'\n",
        Printable(name), Counted(set->principles.size(), "principle", "principles"),
        Printable(set->name), Printable(set->principles[0]), Printable(set->id));
    return nullptr;
  }
  std::string hint = catalog.Suggest(name);
  std::cerr << fmt::format("starbank: error: unknown principle '{}'{}\n", Printable(name),
                           hint.empty() ? "; 'starbank catalog' lists them"
                                        : fmt::format("; did you mean '{}'?", Printable(hint)));
  return nullptr;
}

namespace {

std::vector<std::string> SplitComma(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    if (comma == std::string::npos) comma = s.size();
    out.push_back(FoldSpace(s.substr(start, comma - start)));
    start = comma + 1;
  }
  return out;
}

}  // namespace

// Expands "A,B,set-name" into principles, in order, without repeats. Pieces
// are re-joined when a name holds a comma ("Are Right, A Lot"). Prints an
// error and returns false on an unknown name.
bool ResolvePrincipleList(const Catalog& catalog, const std::vector<std::string>& args,
                          std::vector<const Principle*>* out) {
  auto add = [out](const Principle* p) {
    if (std::find(out->begin(), out->end(), p) == out->end()) out->push_back(p);
  };
  for (const std::string& arg : args) {
    std::vector<std::string> parts = SplitComma(arg);
    for (size_t i = 0; i < parts.size(); ++i) {
      if (parts[i].empty()) continue;
      size_t end = i;  // The longest run of parts that names a principle.
      std::string joined = parts[i];
      for (size_t j = i + 1; j < parts.size(); ++j) {
        joined += ", " + parts[j];
        if (catalog.Find(joined) != nullptr) end = j;
      }
      std::string name = parts[i];
      for (size_t j = i + 1; j <= end; ++j) name += ", " + parts[j];
      if (const Principle* p = catalog.Find(name)) {
        add(p);
      } else if (const PrincipleSet* set = catalog.FindSet(name)) {
        for (const std::string& id : set->principles) add(catalog.Find(id));
      } else {
        FindPrincipleOrReport(catalog, name);
        return false;
      }
      i = end;
    }
  }
  if (out->empty()) {
    std::cerr << "starbank: error: --principles names no principle\n";
    return false;
  }
  return true;
}

}  // namespace starbank
