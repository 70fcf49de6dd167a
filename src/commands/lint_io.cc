#include "commands/lint_io.h"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "commands/commands.h"
#include "io/fs.h"
#include "text/printable.h"

namespace starbank {
namespace {

constexpr const char* kStdinName = "<stdin>";

// Reads at most `max_bytes` + 1 bytes, so the loader can refuse an oversize input.
bool ReadStdin(size_t max_bytes, std::string* content, std::string* error) {
  char buf[65536];
  size_t cap = max_bytes == 0 ? SIZE_MAX : max_bytes + 1;
  while (content->size() < cap) {
    size_t n = std::fread(buf, 1, std::min(sizeof buf, cap - content->size()), stdin);
    content->append(buf, n);
    if (n == 0) break;
  }
  if (std::ferror(stdin)) {
    *error = "cannot read standard input";
    return false;
  }
  return true;
}

int StderrWidth() {
  struct winsize ws;
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

}  // namespace

bool GatherInputs(const InputArgs& args, const Config& config, const LintOptions& options,
                  std::vector<LintInput>* inputs, std::vector<Diagnostic>* errors) {
  std::vector<std::string> paths;
  bool want_stdin = false;
  for (const std::string& p : args.paths) {
    if (p != "-") {
      paths.push_back(p);
    } else if (want_stdin) {
      std::cerr << "starbank: error: '-' (standard input) may be given once\n";
      return false;
    } else {
      want_stdin = true;
    }
  }
  if (!args.stdin_filename.empty() && !want_stdin) {
    std::cerr << "starbank: error: --stdin-filename names standard input; add '-' to "
                 "the paths to read it\n";
    return false;
  }
  if (paths.empty() && !want_stdin) paths.push_back(".");
  std::vector<LintInput> given;
  std::vector<Diagnostic> stdin_errors;
  if (want_stdin) {
    LintInput in;
    in.path = args.stdin_filename.empty() ? kStdinName : args.stdin_filename;
    in.explicit_path = true;
    std::string error;
    if (!ReadStdin(options.max_file_bytes, in.mutable_content(), &error)) {
      Diagnostic d;
      d.file = in.path;
      d.message = error;
      stdin_errors.push_back(d);
    } else {
      given.push_back(std::move(in));
    }
  }
  std::vector<Diagnostic> notes;
  *inputs = StoryInputs(paths, std::move(given), config, options, errors, &notes);
  PrintNotes(notes);
  errors->insert(errors->end(), stdin_errors.begin(), stdin_errors.end());
  if (args.only_stories) {
    for (LintInput& in : *inputs) in.explicit_path = false;
  }
  return true;
}

// A buffer of 64 KiB in front of the AtomicFile: the first failed write
// is kept (AtomicFile::write_error) and the bytes after it dropped.
class ReportFile::Buffer : public std::streambuf {
 public:
  AtomicFile file;

  Buffer() { setp(buf_, buf_ + sizeof buf_); }

  bool Flush() {
    bool ok = file.Write(pbase(), static_cast<size_t>(pptr() - pbase()));
    setp(buf_, buf_ + sizeof buf_);
    return ok;
  }

 protected:
  int_type overflow(int_type c) override {
    Flush();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return Flush() ? 0 : -1; }

 private:
  char buf_[1 << 16];
};

ReportFile::ReportFile() : buffer_(std::make_unique<Buffer>()), out_(buffer_.get()) {}

ReportFile::~ReportFile() = default;

bool ReportFile::Open(const std::string& path) {
  // A report replaces an older one; AtomicFile refuses the rest.
  WriteOptions o;
  o.overwrite = true;
  std::string error;
  if (!buffer_->file.Open(path, o, &error)) {
    std::cerr << "starbank: error: " << Printable(error) << '\n';
    return false;
  }
  path_ = path;
  return true;
}

bool ReportFile::Commit() {
  buffer_->Flush();
  if (int e = buffer_->file.write_error()) {
    std::cerr << "starbank: error: writing " << Printable(path_) << ": " << ErrorText(e)
              << '\n';
    return false;
  }
  std::string error;
  if (!buffer_->file.Commit(&error)) {
    std::cerr << "starbank: error: " << Printable(error) << '\n';
    return false;
  }
  return true;
}

ProgressBar::ProgressBar(bool wanted)
    : active_(wanted && isatty(STDERR_FILENO) != 0),
      start_(std::chrono::steady_clock::now()) {
  if (const char* ms = std::getenv("STARBANK_PROGRESS_DELAY_MS")) {
    delay_ = std::chrono::milliseconds(std::atoi(ms));
  }
}

ProgressBar::~ProgressBar() { Clear(); }

std::function<void(size_t, size_t)> ProgressBar::Callback() {
  if (!active_) return {};
  return [this](size_t done, size_t total) { Update(done, total); };
}

void ProgressBar::Update(size_t done, size_t total) {
  std::lock_guard<std::mutex> lock(mu_);
  auto now = std::chrono::steady_clock::now();
  if (now - start_ < delay_) return;
  // At most ten draws a second, also after Clear made room for findings.
  if (now - last_ < std::chrono::milliseconds(100) && done < total) return;
  last_ = now;
  std::string count = fmt::format(" {}/{} files", done, total);
  int width = std::min(40, StderrWidth() - static_cast<int>(count.size()) - 12);
  std::string line = "\rstarbank";
  if (width >= 5 && total > 0) {
    int fill = static_cast<int>(static_cast<double>(done) / total * width);
    line += fmt::format(" [{}{}]", std::string(fill, '#'), std::string(width - fill, '.'));
  }
  std::cerr << line << count << std::flush;
  drawn_ = true;
}

void ProgressBar::Clear() {
  std::lock_guard<std::mutex> lock(mu_);
  if (drawn_) std::cerr << "\r\033[K" << std::flush;
  drawn_ = false;
}

}  // namespace starbank
