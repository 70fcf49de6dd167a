// Terminal and line input for `starbank drill`.
//
// On a terminal, DrillInput puts stdin in non-canonical, no-echo mode so
// Enter and single keys arrive at once while the timer redraws; without
// one it reads whole lines. Either way SIGINT, SIGTERM and SIGHUP only set
// a flag that the next read reports as kInterrupted, so the command can
// unwind (nothing is logged for the attempt) and the destructor puts the
// terminal mode and the signal handlers back as they were. After Ctrl-Z and
// `fg` (SIGCONT) the shell has reset the terminal; the next read sets the
// mode again.
#ifndef STARBANK_SRC_COMMANDS_DRILL_IO_H_
#define STARBANK_SRC_COMMANDS_DRILL_IO_H_

#include <signal.h>
#include <termios.h>

#include <string>

namespace starbank {

class DrillInput {
 public:
  /// `terminal`: stdin is a terminal (keys), else lines.
  explicit DrillInput(bool terminal);
  ~DrillInput();
  DrillInput(const DrillInput&) = delete;
  DrillInput& operator=(const DrillInput&) = delete;

  enum class Got { kText, kTimeout, kEnd, kInterrupted };

  /// Waits up to `timeout_ms` (-1: for ever) for one key (on a terminal)
  /// or one whole line without its newline (otherwise) into `text`.
  Got Read(int timeout_ms, std::string* text);

  bool terminal() const { return terminal_; }

 private:
  bool TakeLine(std::string* text);

  bool terminal_;
  bool restore_ = false;
  termios saved_{}, raw_{};
  struct sigaction old_int_ {
  }, old_term_{}, old_hup_{}, old_cont_{};
  std::string buffer_;
  bool eof_ = false;
};

}  // namespace starbank

#endif  // STARBANK_SRC_COMMANDS_DRILL_IO_H_
