#include "starbank/hook.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>

extern char** environ;

namespace starbank {
namespace {

// 'it'\''s' quoting for sh.
std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

bool IsStoryPath(const std::string& path) {
  auto ends = [&](std::string_view ext) {  // any case, as lint's walk
    if (path.size() <= ext.size()) return false;
    for (size_t i = 0; i < ext.size(); ++i) {
      char c = path[path.size() - ext.size() + i];
      if (std::tolower(static_cast<unsigned char>(c)) != ext[i]) return false;
    }
    return true;
  };
  if (!ends(".yaml") && !ends(".yml")) return false;
  // Hidden files and folders are skipped, as when lint walks a folder.
  for (size_t i = 0;;) {
    if (path[i] == '.') return false;
    size_t slash = path.find('/', i);
    if (slash == std::string::npos) break;
    i = slash + 1;
  }
  return true;
}

}  // namespace

std::string HookScript(const std::string& binary, const std::string& args) {
  return fmt::format(
      "#!/bin/sh\n"
      "{}: written by 'starbank hook install'; 'starbank hook uninstall' removes it.\n"
      "# Lints the staged content of the staged story files and blocks the commit\n"
      "# on findings. Skip it once with 'git commit --no-verify'.\n"
      "starbank={}\n"
      "if [ ! -x \"$starbank\" ]; then\n"
      "  starbank=$(command -v starbank) || {{\n"
      "    echo \"starbank pre-commit hook: starbank is not installed; install it or\" >&2\n"
      "    echo \"commit with --no-verify\" >&2\n"
      "    exit 1\n"
      "  }}\n"
      "fi\n"
      "exec \"$starbank\" hook run{}\n",
      kHookMarker, ShellQuote(binary), args.empty() ? "" : " " + args);
}

bool IsStarbankHook(std::string_view content) {
  size_t first = content.find('\n');
  if (first == std::string_view::npos) return false;
  return content.substr(first + 1, std::strlen(kHookMarker)) == kHookMarker;
}

int RunCapture(const std::vector<std::string>& argv, std::string* out, std::string* error,
               size_t max_bytes) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    *error = fmt::format("cannot create a pipe: {}", std::strerror(errno));
    return -1;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid;
  int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[1]);
  if (rc != 0) {
    close(fds[0]);
    *error = fmt::format("cannot run '{}': {}", argv[0], std::strerror(rc));
    return -1;
  }
  char buf[65536];
  for (;;) {
    ssize_t n = read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    if (out->size() < max_bytes) out->append(buf, std::min<size_t>(n, max_bytes - out->size()));
  }
  close(fds[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

bool Git(const std::vector<std::string>& args, std::string* out, std::string* error) {
  std::vector<std::string> argv = {"git"};
  argv.insert(argv.end(), args.begin(), args.end());
  out->clear();
  int status = RunCapture(argv, out, error);
  if (status != 0) {
    if (status > 0) *error = fmt::format("'git {}' failed", fmt::join(args, " "));
    return false;
  }
  while (!out->empty() && (out->back() == '\n' || out->back() == '\r')) out->pop_back();
  return true;
}

bool StagedInputs(std::vector<LintInput>* inputs, std::string* error, size_t max_bytes) {
  std::string list;
  std::vector<std::string> args = {"diff", "--cached", "--name-only", "-z",
                                   "--diff-filter=ACMR", "--no-renames"};
  if (!Git(args, &list, error)) return false;
  for (size_t start = 0; start < list.size();) {
    size_t end = list.find('\0', start);
    if (end == std::string::npos) end = list.size();
    std::string path = list.substr(start, end - start);
    start = end + 1;
    if (!IsStoryPath(path)) continue;
    LintInput in;
    in.path = path;
    in.has_content = true;
    std::vector<std::string> show = {"git", "cat-file", "blob", ":" + path};
    if (RunCapture(show, &in.content, error, max_bytes + 1) != 0) {
      *error = fmt::format("cannot read the staged '{}'", path);
      return false;
    }
    inputs->push_back(std::move(in));
  }
  return true;
}

}  // namespace starbank
