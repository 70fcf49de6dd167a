#include "commands/drill_io.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>

namespace starbank {
namespace {

volatile sig_atomic_t g_signal = 0;
volatile sig_atomic_t g_continued = 0;

void OnSignal(int sig) { g_signal = sig; }
void OnContinue(int) { g_continued = 1; }

}  // namespace

DrillInput::DrillInput(bool terminal) : terminal_(terminal) {
  g_signal = 0;
  g_continued = 0;
  struct sigaction sa {};
  sa.sa_handler = OnSignal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // No SA_RESTART: a blocked poll or read returns EINTR.
  sigaction(SIGINT, &sa, &old_int_);
  sigaction(SIGTERM, &sa, &old_term_);
  sigaction(SIGHUP, &sa, &old_hup_);
  sa.sa_handler = OnContinue;
  sigaction(SIGCONT, &sa, &old_cont_);
  if (terminal_ && tcgetattr(STDIN_FILENO, &saved_) == 0) {
    raw_ = saved_;
    raw_.c_lflag &= static_cast<tcflag_t>(~(ICANON | ECHO));  // ISIG stays: Ctrl-C
    raw_.c_cc[VMIN] = 1;
    raw_.c_cc[VTIME] = 0;
    restore_ = tcsetattr(STDIN_FILENO, TCSANOW, &raw_) == 0;
  }
}

DrillInput::~DrillInput() {
  if (restore_) tcsetattr(STDIN_FILENO, TCSANOW, &saved_);
  sigaction(SIGINT, &old_int_, nullptr);
  sigaction(SIGTERM, &old_term_, nullptr);
  sigaction(SIGHUP, &old_hup_, nullptr);
  sigaction(SIGCONT, &old_cont_, nullptr);
}

bool DrillInput::TakeLine(std::string* text) {
  size_t nl = buffer_.find('\n');
  if (nl == std::string::npos && !(eof_ && !buffer_.empty())) return false;
  if (nl == std::string::npos) nl = buffer_.size();
  *text = buffer_.substr(0, nl);
  if (!text->empty() && text->back() == '\r') text->pop_back();
  buffer_.erase(0, nl + 1);
  return true;
}

DrillInput::Got DrillInput::Read(int timeout_ms, std::string* text) {
  for (;;) {
    if (g_signal != 0) return Got::kInterrupted;
    if (g_continued != 0 && restore_) {
      g_continued = 0;
      tcsetattr(STDIN_FILENO, TCSANOW, &raw_);
    }
    if (!terminal_ && TakeLine(text)) return Got::kText;
    if (eof_) return Got::kEnd;
    pollfd p{STDIN_FILENO, POLLIN, 0};
    int ready = poll(&p, 1, timeout_ms);
    if (ready < 0 && errno == EINTR) continue;
    if (ready == 0) return Got::kTimeout;
    char chunk[4096];
    ssize_t n = read(STDIN_FILENO, chunk, terminal_ ? 1 : sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      eof_ = true;
      continue;
    }
    if (terminal_) {
      *text = std::string(chunk, 1);
      return Got::kText;
    }
    buffer_.append(chunk, static_cast<size_t>(n));
  }
}

}  // namespace starbank
