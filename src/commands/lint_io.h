// What `lint` reads and writes besides the library: story text from stdin
// (`lint -`), the report file (--output), and the progress bar on stderr.
#ifndef STARBANK_SRC_COMMANDS_LINT_IO_H_
#define STARBANK_SRC_COMMANDS_LINT_IO_H_

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <ostream>
#include <string>
#include <vector>

#include "io/config.h"
#include "starbank/lint.h"

namespace starbank {

class Catalog;

/// How lint finds its inputs.
struct InputArgs {
  std::vector<std::string> paths;  ///< Files and folders; "-" reads stdin.
  std::string stdin_filename;      ///< Name for stdin's story in messages.
  bool only_stories = false;       ///< Skip named files with no story keys.
};

/// Expands the paths (default "."), reads stdin for "-", and drops what the
/// config excludes. Usage errors are printed (false); I/O errors go to `errors`.
bool GatherInputs(const InputArgs& args, const Config& config, const LintOptions& options,
                  std::vector<LintInput>* inputs, std::vector<Diagnostic>* errors);

/// `lint --fix` and `--diff`: applies the safe fixes (views/fixes.h) to the
/// inputs, linting the bank again until no fix is left over. Each fix is
/// printed to stderr (unless `quiet`); then, with `diff`, a unified diff per
/// file goes to stdout and nothing is written; else each fixed file is
/// replaced atomically. Fixed inputs keep their new text in `inputs`, so the
/// lint that follows reports what remains. `fixed` counts the fixes. False
/// (printed) when a file could not be written.
bool FixInputs(std::vector<LintInput>* inputs, const Catalog& catalog,
               const LintOptions& options, bool diff, bool quiet, size_t* fixed);

/// `lint --output FILE`: the report streams into FILE's temporary file as
/// it is printed, so memory stays flat as on stdout, and takes FILE's name
/// only once it is whole (AtomicFile). An older report is replaced; a story
/// file or anything that is not a regular file never is.
class ReportFile {
 public:
  ReportFile();
  ~ReportFile();  ///< Without a successful Commit, FILE is left as it was.

  /// Checks FILE and makes the temporary file; prints why not.
  bool Open(const std::string& path);
  /// Where the report goes; its writes go to the temporary file.
  std::ostream& out() { return out_; }
  /// Flushes and puts FILE in place; prints why not ("writing FILE: ...").
  bool Commit();

 private:
  class Buffer;
  std::string path_;
  std::unique_ptr<Buffer> buffer_;
  std::ostream out_;
};

/// A one-line progress bar on stderr, drawn only when stderr is a terminal,
/// the run is not quiet, and it has lasted long enough (0.5 s, or
/// $STARBANK_PROGRESS_DELAY_MS) to be worth one. Thread-safe.
class ProgressBar {
 public:
  explicit ProgressBar(bool wanted);
  ~ProgressBar();  ///< Clears the bar.

  /// For LintOptions::progress; empty when no bar will be drawn.
  std::function<void(size_t, size_t)> Callback();
  /// Erases the bar, before other output shares the terminal; the next
  /// update draws it again below that output.
  void Clear();

 private:
  void Update(size_t done, size_t total);

  bool active_ = false;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
  std::chrono::milliseconds delay_{500};
  std::mutex mu_;
};

}  // namespace starbank

#endif  // STARBANK_SRC_COMMANDS_LINT_IO_H_
