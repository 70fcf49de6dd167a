// WriteFileAtomic: a new file appears whole or not at all, an existing one
// is never replaced unless asked, and a failure leaves no temporary file.
#include "io/fs.h"

#include "io/log.h"

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace starbank {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "starbank-fs-XXXXXX").string();
    path_ = mkdtemp(&tmpl[0]);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }
  /// Every name in the folder, hidden ones (temporary files) included.
  std::vector<std::string> Names() const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(path_)) {
      out.push_back(e.path().filename().string());
    }
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  std::string path_;
};

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void Put(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

// Caps the size of files this process may write while it lives (writes
// past `bytes` fail with EFBIG, SIGXFSZ ignored), and restores both after.
// Leaving it early, at a failed REQUIRE, still restores them.
class FileSizeCap {
 public:
  explicit FileSizeCap(rlim_t bytes) : old_handler_(std::signal(SIGXFSZ, SIG_IGN)) {
    ok_ = getrlimit(RLIMIT_FSIZE, &saved_) == 0;
    struct rlimit small = saved_;
    small.rlim_cur = bytes;
    ok_ = ok_ && setrlimit(RLIMIT_FSIZE, &small) == 0;
  }
  ~FileSizeCap() { Lift(); }
  FileSizeCap(const FileSizeCap&) = delete;
  FileSizeCap& operator=(const FileSizeCap&) = delete;

  bool ok() const { return ok_; }
  // Lifts the cap now, so that checks after it can write (Catch2's own
  // output included).
  void Lift() {
    if (lifted_) return;
    lifted_ = true;
    if (ok_) setrlimit(RLIMIT_FSIZE, &saved_);
    std::signal(SIGXFSZ, old_handler_);
  }

 private:
  struct rlimit saved_ {};
  void (*old_handler_)(int);
  bool ok_ = false;
  bool lifted_ = false;
};

TEST_CASE("a new file is written whole, with its mode, and no temporary stays") {
  TempDir dir;
  std::string error;
  REQUIRE(WriteFileAtomic(dir / "story.yaml", "title: T\n", false, &error));
  CHECK(Slurp(dir / "story.yaml") == "title: T\n");
  REQUIRE(WriteFileAtomic(dir / "hook", "#!/bin/sh\n", false, &error, 0755));
  struct stat st;
  REQUIRE(stat((dir / "hook").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0755);
  CHECK(dir.Names() == std::vector<std::string>{"hook", "story.yaml"});
}

TEST_CASE("an existing file is never replaced without overwrite") {
  TempDir dir;
  Put(dir / "story.yaml", "mine\n");
  std::string error;
  CHECK_FALSE(WriteFileAtomic(dir / "story.yaml", "theirs\n", false, &error));
  CHECK(error == "'" + (dir / "story.yaml") + "' already exists; not overwriting it");
  CHECK(Slurp(dir / "story.yaml") == "mine\n");
  CHECK(dir.Names() == std::vector<std::string>{"story.yaml"});
}

TEST_CASE("a symbolic link at the target counts as existing, even dangling") {
  TempDir dir;
  Put(dir / "elsewhere", "keep\n");
  fs::create_symlink(dir / "elsewhere", dir / "link.yaml");
  fs::create_symlink(dir / "nowhere", dir / "dangling.yaml");
  std::string error;
  CHECK_FALSE(WriteFileAtomic(dir / "link.yaml", "x", false, &error));
  CHECK_FALSE(WriteFileAtomic(dir / "dangling.yaml", "x", false, &error));
  CHECK(error == "'" + (dir / "dangling.yaml") + "' is a broken symbolic link; not replacing it");
  CHECK(Slurp(dir / "elsewhere") == "keep\n");
  CHECK_FALSE(fs::exists(dir / "nowhere"));
}

TEST_CASE("overwrite renames a new file over the old one, never edits it in place") {
  TempDir dir;
  Put(dir / "hook", "old\n");
  // A second name for the old file: it must still read "old" afterwards,
  // which holds only if the new bytes went to a different file (rename).
  REQUIRE(link((dir / "hook").c_str(), (dir / "hook.old").c_str()) == 0);
  std::string error;
  REQUIRE(WriteFileAtomic(dir / "hook", "new\n", true, &error));
  CHECK(Slurp(dir / "hook") == "new\n");
  CHECK(Slurp(dir / "hook.old") == "old\n");
  CHECK(dir.Names() == std::vector<std::string>{"hook", "hook.old"});
}

TEST_CASE("a write that fails midway leaves the old file and no temporary") {
  TempDir dir;
  Put(dir / "story.yaml", "old\n");
  // The write fails with EFBIG after the first 1000 bytes.
  FileSizeCap cap(1000);
  REQUIRE(cap.ok());
  std::string error;
  bool ok = WriteFileAtomic(dir / "story.yaml", std::string(5000, 'x'), true, &error);
  bool ok_new = WriteFileAtomic(dir / "new.yaml", std::string(5000, 'x'), false, &error);
  cap.Lift();
  CHECK_FALSE(ok);
  CHECK_FALSE(ok_new);
  CHECK(error == "cannot write '" + (dir / "new.yaml") + "': file too large");
  CHECK(Slurp(dir / "story.yaml") == "old\n");
  CHECK(dir.Names() == std::vector<std::string>{"story.yaml"});
}

TEST_CASE("AtomicFile: pieces appear whole at Commit, and not at all without it") {
  TempDir dir;
  Put(dir / "report.json", "old\n");
  chmod((dir / "report.json").c_str(), 0640);
  WriteOptions o;
  o.overwrite = true;
  std::string error;
  {
    AtomicFile file;
    REQUIRE(file.Open(dir / "report.json", o, &error));
    CHECK(file.Write("new ", 4));
    CHECK(Slurp(dir / "report.json") == "old\n");  // the old file, until Commit
    CHECK(dir.Names().size() == 2);                 // and the temporary beside it
  }  // no Commit: the temporary goes, the old file stays
  CHECK(Slurp(dir / "report.json") == "old\n");
  CHECK(dir.Names() == std::vector<std::string>{"report.json"});
  AtomicFile file;
  REQUIRE(file.Open(dir / "report.json", o, &error));
  CHECK(file.Write("new ", 4));
  CHECK(file.Write("report\n", 7));
  CHECK(file.write_error() == 0);
  REQUIRE(file.Commit(&error));
  CHECK(Slurp(dir / "report.json") == "new report\n");
  struct stat st;
  REQUIRE(stat((dir / "report.json").c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0640);
  CHECK(dir.Names() == std::vector<std::string>{"report.json"});
}

TEST_CASE("AtomicFile: a failed write is kept, and Commit refuses") {
  TempDir dir;
  Put(dir / "report.json", "old\n");
  FileSizeCap cap(1000);
  REQUIRE(cap.ok());
  WriteOptions o;
  o.overwrite = true;
  std::string error;
  AtomicFile file;
  bool opened = file.Open(dir / "report.json", o, &error);
  std::string chunk(600, 'x');
  bool first = file.Write(chunk.data(), chunk.size());
  bool second = file.Write(chunk.data(), chunk.size());
  bool third = file.Write("y", 1);
  cap.Lift();
  REQUIRE(opened);
  CHECK(first);
  CHECK_FALSE(second);
  CHECK_FALSE(third);  // and every write after it
  CHECK(file.write_error() == EFBIG);
  CHECK_FALSE(file.Commit(&error));
  CHECK(error == "cannot write '" + (dir / "report.json") + "': file too large");
  CHECK(Slurp(dir / "report.json") == "old\n");
  CHECK(dir.Names() == std::vector<std::string>{"report.json"});
}

TEST_CASE("a target that cannot be replaced leaves no temporary") {
  TempDir dir;
  fs::create_directory(dir / "folder.yaml");
  std::string error;
  CHECK_FALSE(WriteFileAtomic(dir / "folder.yaml", "x", true, &error));
  CHECK(error == "'" + (dir / "folder.yaml") + "' is a directory; not replacing it");
  CHECK(dir.Names() == std::vector<std::string>{"folder.yaml"});
  CHECK_FALSE(WriteFileAtomic(dir / "no/such/dir/a.yaml", "x", false, &error));
  CHECK(error == "cannot create a file in '" + (dir / "no/such/dir") +
                     "': no such file or directory");
}

TEST_CASE("only regular files that are not stories are replaced") {
  TempDir dir;
  Put(dir / "real.md", "target\n");
  fs::create_symlink(dir / "real.md", dir / "link.md");
  fs::create_symlink(dir / "folder", dir / "to-folder");
  fs::create_directory(dir / "folder");
  REQUIRE(mkfifo((dir / "fifo").c_str(), 0644) == 0);
  Put(dir / "story.txt", "title: T\nsituation: S\n");
  auto [name, want] = GENERATE(table<std::string, std::string>({
      {"fifo", "' is a FIFO (named pipe); not replacing it"},
      {"folder", "' is a directory; not replacing it"},
      {"to-folder", "' is a symbolic link to a directory; not replacing it"},
      {"story.txt", "' looks like a story file; not overwriting it"},
  }));
  CAPTURE(name);
  std::string error;
  CHECK_FALSE(WriteFileAtomic(dir / name, "new\n", true, &error));
  CHECK(error == "'" + (dir / name) + want);
  CHECK(Slurp(dir / "story.txt") == "title: T\nsituation: S\n");
}

TEST_CASE("a link to a regular file is replaced itself; its target is kept") {
  TempDir dir;
  Put(dir / "real.md", "target\n");
  fs::create_symlink(dir / "real.md", dir / "link.md");
  std::string error;
  REQUIRE(WriteFileAtomic(dir / "link.md", "new\n", true, &error));
  CHECK_FALSE(fs::is_symlink(fs::symlink_status(dir / "link.md")));
  CHECK(Slurp(dir / "link.md") == "new\n");
  CHECK(Slurp(dir / "real.md") == "target\n");
}

TEST_CASE("a new file honours the umask; a replaced one keeps its mode") {
  TempDir dir;
  mode_t old = umask(077);
  std::string error;
  REQUIRE(WriteFileAtomic(dir / "private.md", "x", false, &error));
  umask(old);
  struct stat st;
  REQUIRE(stat((dir / "private.md").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  Put(dir / "shared.md", "x");
  REQUIRE(chmod((dir / "shared.md").c_str(), 0640) == 0);
  REQUIRE(WriteFileAtomic(dir / "shared.md", "y", true, &error));
  REQUIRE(stat((dir / "shared.md").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);
}

TEST_CASE("the force flag is suggested only where it would help") {
  TempDir dir;
  Put(dir / "sheet.md", "old\n");
  Put(dir / "story.yaml", "title: T\n");
  WriteOptions o;
  o.force_flag = "--force";
  std::string error;
  CHECK_FALSE(WriteFileAtomic(dir / "sheet.md", "x", o, &error));
  CHECK(error == "'" + (dir / "sheet.md") + "' already exists; not overwriting it "
                 "(use --force to replace it)");
  CHECK_FALSE(WriteFileAtomic(dir / "story.yaml", "x", o, &error));
  CHECK(error == "'" + (dir / "story.yaml") + "' already exists; not overwriting it");
}

TEST_CASE("a protected data file is refused by any name, with or without overwrite") {
  TempDir dir;
  std::string log = dir / "practice.yaml", fresh = dir / "interviews.yaml";
  std::string setup_error;
  REQUIRE(WriteFileAtomic(log, "- at: 2026-12-01\n", false, &setup_error));
  ProtectDataFile(log, "the practice log");
  ProtectDataFile(fresh, "the interview log");  // not there yet
  fs::create_symlink("practice.yaml", dir / "alias.yaml");
  std::string error;
  for (bool overwrite : {false, true}) {
    CHECK_FALSE(WriteFileAtomic(log, "lint output\n", overwrite, &error));
    CHECK(error == "'" + log +
                       "' is the practice log, which starbank reads; not writing over it, "
                       "even with --force");
    CHECK_FALSE(WriteFileAtomic(dir / "alias.yaml", "x\n", overwrite, &error));
    CHECK_FALSE(WriteFileAtomic(fresh, "x\n", overwrite, &error));
    CHECK(error == "'" + fresh +
                       "' is the interview log, which starbank reads; not writing over it, "
                       "even with --force");
  }
  CHECK(Slurp(log) == "- at: 2026-12-01\n");
  CHECK_FALSE(fs::exists(fresh));
  CHECK(DataFileKind(dir / "alias.yaml") == "the practice log");
  CHECK(DataFileKind(dir / "other.yaml").empty());
  WriteOptions append;
  append.overwrite = true;
  append.log_append = true;  // the log's own append may
  CHECK(WriteFileAtomic(log, "- at: 2026-12-01\n- at: 2026-12-02\n", append, &error));
  CHECK_FALSE(AppendToFile(log, "", "x\n", &error));
  ClearProtectedDataFiles();
  CHECK(WriteFileAtomic(fresh, "x\n", false, &error));
}

TEST_CASE("a data file replaced under its name is still known, by its name or a link") {
  // Matched by device and inode, and by absolute path: a log another run
  // rewrote (a new inode) is still the log, also through a link of another
  // name. A file of another name, or of the same name elsewhere, is not.
  TempDir dir;
  fs::create_directories(dir / "sub");
  std::string log = dir / "practice.yaml", error;
  REQUIRE(WriteFileAtomic(log, "- at: 2026-12-01\n", false, &error));
  ProtectDataFile(log, "the practice log");
  fs::create_hard_link(log, dir / "kept.yaml");  // the log's inode, by another name
  REQUIRE(WriteFileAtomic(dir / "next.yaml", "- at: 2026-12-02\n", false, &error));
  fs::rename(dir / "next.yaml", log);  // a new inode at the log's path
  fs::create_symlink("practice.yaml", dir / "alias.yaml");
  fs::create_hard_link(log, dir / "hard.yaml");
  REQUIRE(WriteFileAtomic(dir / "sub/practice.yaml", "x\n", false, &error));
  REQUIRE(WriteFileAtomic(dir / "story.yaml", "x\n", false, &error));
  CHECK(DataFileKind(log) == "the practice log");
  CHECK(DataFileKind(dir / "alias.yaml") == "the practice log");
  CHECK(DataFileKind(dir / "sub/../practice.yaml") == "the practice log");
  CHECK(DataFileKind(dir / "kept.yaml") == "the practice log");
  CHECK(DataFileKind(dir / "hard.yaml").empty());  // the new inode, another name
  CHECK(DataFileKind(dir / "sub/practice.yaml").empty());
  CHECK(DataFileKind(dir / "story.yaml").empty());
  ClearProtectedDataFiles();
}

TEST_CASE("AppendToFile starts a new file with its header and only ever appends") {
  TempDir dir;
  std::string side = dir / "practice.pending.yaml", error;
  REQUIRE(AppendToFile(side, "# header\n", "- a\n", &error));
  REQUIRE(AppendToFile(side, "# header\n", "- b\n", &error));
  CHECK(Slurp(side) == "# header\n- a\n- b\n");
  fs::create_symlink("practice.pending.yaml", dir / "link.yaml");
  CHECK_FALSE(AppendToFile(dir / "link.yaml", "", "- c\n", &error));  // never through a link
  CHECK(Slurp(side) == "# header\n- a\n- b\n");
}

TEST_CASE("AppendToLog appends under the lock, or keeps the entry aside and says why") {
  TempDir dir;
  std::string log = dir / "practice.yaml";
  LogAppendOptions o;
  o.header = "# log\n";
  o.repair = "repair it";
  o.check = [](std::string_view content, std::string* error) {
    if (content.find("<<<<<<<") == std::string_view::npos) return true;
    *error = "practice.yaml:2:1: a merge-conflict marker";
    return false;
  };
  o.timeout_ms = 200;
  LogAppendResult r = AppendToLog(log, "- a\n", o);
  CHECK(r.appended);
  r = AppendToLog(log, "- b\n", o);
  CHECK(r.appended);
  CHECK(Slurp(log) == "# log\n- a\n- b\n");
  CHECK(dir.Names() == std::vector<std::string>{"practice.yaml"});  // no lock file
  {
    FileLock held;
    std::string error;
    REQUIRE(held.Acquire(log, 0, &error));
    r = AppendToLog(log, "- c\n", o);
    CHECK_FALSE(r.appended);
    CHECK(r.error == "another starbank run held the lock on '" + log +
                         "' for over 0.2 seconds");
    CHECK(r.repair.empty());
    CHECK(r.kept_in == dir / "practice.pending.yaml");
  }
  std::string broken = "# log\n- a\n<<<<<<< HEAD\n";
  std::string error;
  WriteOptions w;
  w.overwrite = true;
  REQUIRE(WriteFileAtomic(log, broken, w, &error));
  r = AppendToLog(log, "- d\n", o);
  CHECK_FALSE(r.appended);
  CHECK(r.error == "practice.yaml:2:1: a merge-conflict marker");
  CHECK(r.repair == "repair it");
  CHECK(Slurp(log) == broken);
  CHECK(Slurp(dir / "practice.pending.yaml") ==
        "# Attempts starbank could not add to practice.yaml. Once the log is repaired, "
        "append\n# these blocks to it (without this comment) and delete this file.\n- c\n- "
        "d\n");
  CHECK(PendingPathFor("a/interviews.yml") == "a/interviews.pending.yml");
  CHECK(PendingPathFor("log") == "log.pending");
}

}  // namespace
}  // namespace starbank
