#include "import/import.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "import/csv.h"
#include "import/markdown.h"
#include "import/story_writer.h"
#include "io/fs.h"
#include "starbank/catalog.h"
#include "starbank/loader.h"
#include "text/printable.h"
#include "text/tokens.h"
#include "views/template.h"

namespace starbank {
namespace {

std::string Extension(const std::string& path) {
  size_t slash = path.find_last_of('/');
  size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  return ToLower(path.substr(dot + 1));
}

std::string Stem(std::string_view path) {
  size_t slash = path.find_last_of('/');
  if (slash != std::string_view::npos) path = path.substr(slash + 1);
  size_t dot = path.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) path = path.substr(0, dot);
  return std::string(path);
}

bool BankExtension(const std::string& ext) {
  return ext == "md" || ext == "markdown" || ext == "mdown" || ext == "txt" ||
         ext == "csv" || ext == "tsv";
}

bool Exists(const std::string& path) {
  struct stat st;
  return lstat(path.c_str(), &st) == 0;
}

// The bank files under `path`: itself, or a folder's bank files in order.
std::vector<std::string> BankFiles(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return {path};
  std::vector<std::string> out;
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied,
                                      ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && BankExtension(Extension(name))) {
      out.push_back(it->path().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

Mark PositionOf(std::string_view s, size_t at) {
  Mark m{1, 1};
  for (size_t i = 0; i < at; ++i) {
    if (s[i] == '\n') {
      ++m.line;
      m.column = 1;
    } else if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      ++m.column;
    }
  }
  return m;
}

// Whether `content` is UTF-8 text; else an error at the first fault.
bool CheckText(const std::string& file, std::string_view content, BankParse* out) {
  auto fail = [&](Mark m, std::string message) {
    out->messages.push_back(FileError(file, m, std::move(message)));
    return false;
  };
  if (content.size() >= 2 && ((content[0] == '\xFF' && content[1] == '\xFE') ||
                              (content[0] == '\xFE' && content[1] == '\xFF'))) {
    return fail(Mark{1, 1}, "file is UTF-16 encoded; save it as UTF-8");
  }
  size_t nul = content.find('\0');
  if (nul != std::string_view::npos) {
    return fail(PositionOf(content, nul),
                "file contains a NUL byte; is it a binary file?");
  }
  for (size_t i = 0; i < content.size();) {
    if (static_cast<unsigned char>(content[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t n = 0;
    DecodeUtf8(content, i, &n);
    if (n == 0) {
      return fail(PositionOf(content, i),
                  fmt::format("invalid UTF-8 byte 0x{:02X}; save the file as UTF-8",
                              static_cast<unsigned char>(content[i])));
    }
    i += n;
  }
  return true;
}

// CRLF and lone CR line ends as LF.
std::string UnixLines(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

bool SameTitle(std::string_view a, std::string_view b) {
  std::string fa = FoldName(a);
  return !fa.empty() && fa == FoldName(b);
}

// Whether index row `row` names `story`: by title, or by the note or file
// its title links to.
bool Names(const IndexRow& row, const ImportedStory& story) {
  if (SameTitle(row.title, story.title)) return true;
  if (row.link.empty() || row.link[0] == '#' ||
      row.link.find("://") != std::string::npos) {
    return false;
  }
  std::string link = row.link;
  size_t hash = link.find('#');
  if (hash != std::string::npos) link = link.substr(0, hash);
  return SameTitle(Stem(link), Stem(story.source));
}

void ApplyRow(const IndexRow& row, ImportedStory* story, const Catalog& catalog) {
  for (const auto& [column, text] : row.values) {
    std::vector<std::string> values =
        text.list ? text.items : std::vector<std::string>{text.text};
    switch (column.kind) {
      case LabelKind::kPrinciples:
        for (const std::string& v : values) {
          for (const std::string& p : SplitPrinciples(v, catalog))
            AddPrinciple(story, p, catalog);
        }
        break;
      case LabelKind::kTags:
        for (const std::string& v : values) {
          for (const std::string& t : SplitTags(v)) AddTag(story, t);
        }
        break;
      case LabelKind::kPrompts:
        for (const std::string& v : values) {
          for (const std::string& p : SplitPrompts(v)) AddPrompt(story, p);
        }
        break;
      case LabelKind::kId:
        if (story->id.empty()) story->id = std::string(Trim(text.Flat()));
        break;
      default:
        AddComment(story, column.label, text);
    }
  }
}

void ApplyIndex(const std::vector<IndexRow>& rows, const Catalog& catalog,
                ImportResult* result, std::set<std::string>* contributed) {
  for (const IndexRow& row : rows) {
    bool matched = false;
    for (ImportedFile& f : result->files) {
      if (!Names(row, f.story)) continue;
      ApplyRow(row, &f.story, catalog);
      matched = true;
    }
    if (matched) {
      contributed->insert(row.source);
      continue;
    }
    Diagnostic d =
        FileError(row.source, Mark{row.line, 1},
                  fmt::format("index row '{}' names no story imported in this run; "
                              "import the file that tells it too",
                              row.title));
    d.severity = Severity::kWarning;
    result->messages.push_back(std::move(d));
  }
}

}  // namespace

bool ImportResult::failed() const {
  if (!write_errors.empty()) return true;
  return std::any_of(messages.begin(), messages.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

BankParse ReadBank(const std::string& file, std::string content, const Catalog& catalog) {
  BankParse out;
  std::string ext = Extension(file);
  if (ext == "yaml" || ext == "yml") {
    out.messages.push_back(FileError(
        file, Mark{},
        "a YAML file is already a story file; lint it as it is (starbank lint)"));
    return out;
  }
  if (!CheckText(file, content, &out)) return out;
  if (content.compare(0, 3, "\xEF\xBB\xBF") == 0) content.erase(0, 3);  // the UTF-8 BOM
  if (Trim(content).empty()) {
    out.messages.push_back(FileError(file, Mark{1, 1},
                                     content.empty()
                                         ? "the file is empty; nothing to import"
                                         : "the file holds only blank lines; "
                                           "nothing to import"));
    return out;
  }
  if (content.find('\r') != std::string::npos) content = UnixLines(content);
  if (ext == "csv" || ext == "tsv")
    return ParseCsvBank(file, content, catalog, ext == "tsv");
  return ParseMarkdownBank(file, content, catalog);
}

ImportResult ReadBanks(const std::vector<std::string>& paths, const Catalog& catalog) {
  ImportResult result;
  std::vector<IndexRow> index;
  std::set<std::string> contributed;
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::vector<std::string> found = BankFiles(path);
    if (found.empty()) {
      result.messages.push_back(FileError(
          path, Mark{},
          "no bank files in this folder (*.md, *.markdown, *.txt, *.csv, *.tsv)"));
    }
    files.insert(files.end(), found.begin(), found.end());
  }
  for (const std::string& file : files) {
    ++result.sources;
    std::string content, error;
    std::error_code ec;
    uintmax_t size = std::filesystem::file_size(file, ec);
    if (!ec && size > kMaxBankBytes) {
      result.messages.push_back(
          FileError(file, Mark{},
                    fmt::format("file is {} bytes, over the {}-byte limit of a bank "
                                "file; split it into smaller files",
                                size, kMaxBankBytes)));
      continue;
    }
    if (!ReadFile(file, &content, &error, kMaxBankBytes)) {
      result.messages.push_back(FileError(file, Mark{}, error));
      continue;
    }
    BankParse bank = ReadBank(file, std::move(content), catalog);
    if (!bank.stories.empty()) contributed.insert(file);
    for (ImportedStory& s : bank.stories) {
      for (const std::string& note : s.notes) {
        Diagnostic d = FileError(s.source, Mark{s.line, 1}, note);
        d.severity = Severity::kInfo;
        result.messages.push_back(std::move(d));
      }
      result.files.push_back(ImportedFile{std::move(s), "", "", false});
    }
    index.insert(index.end(), bank.index.begin(), bank.index.end());
    result.messages.insert(result.messages.end(), bank.messages.begin(),
                           bank.messages.end());
  }
  ApplyIndex(index, catalog, &result, &contributed);
  // A file of index rows only, none of which named a story, gave nothing.
  std::set<std::string> index_files;
  for (const IndexRow& row : index) index_files.insert(row.source);
  for (const std::string& file : index_files) {
    if (contributed.count(file)) continue;
    result.messages.push_back(FileError(file, Mark{1, 1},
                                        "no story found: its index table names stories "
                                        "told elsewhere, and none of them was "
                                        "imported; import their files too"));
  }
  result.imported = contributed.size();
  std::stable_sort(result.messages.begin(), result.messages.end(), DiagnosticLess);
  return result;
}

void PlanFiles(const std::string& dir, ImportResult* result) {
  std::set<std::string> taken;
  std::string prefix = dir.empty() || dir == "." ? "" : dir + "/";
  for (ImportedFile& f : result->files) {
    std::string base = Slugify(f.story.title);
    for (int n = 1;; ++n) {
      std::string path =
          prefix + base + (n == 1 ? "" : "-" + std::to_string(n)) + ".yaml";
      if (taken.count(path) || Exists(path)) continue;
      taken.insert(path);
      f.path = path;
      break;
    }
    f.yaml = RenderStoryYaml(f.story);
  }
}

void WriteFiles(const std::string& dir, ImportResult* result) {
  if (result->files.empty()) return;
  std::string error;
  if (!MakeDirs(dir.empty() ? "." : dir, &error)) {
    result->write_errors.push_back(error);
    return;
  }
  std::set<std::string> taken;
  for (const ImportedFile& f : result->files) taken.insert(f.path);
  for (ImportedFile& f : result->files) {
    // What is written must load back as one story, without errors.
    LoadResult check = LoadStories(f.path, f.yaml);
    if (!check.errors.empty() || check.stories.size() != 1) {
      result->write_errors.push_back(fmt::format(
          "'{}' not written: the YAML made for it does not load ({}); please report this",
          f.path, check.errors.empty() ? "no story" : check.errors[0].message));
      continue;
    }
    std::string path = f.path;
    for (int n = 2; !WriteFileAtomic(path, f.yaml, false, &error); ++n) {
      if (!Exists(path) || n > 1000) {
        result->write_errors.push_back(error);
        path.clear();
        break;
      }
      // Taken since it was planned: the next free suffix.
      std::string stem = f.path.substr(0, f.path.size() - 5);
      do {
        path = fmt::format("{}-{}.yaml", stem, n++);
      } while (taken.count(path) || Exists(path));
      taken.insert(path);
    }
    if (path.empty()) continue;
    f.path = path;
    f.written = true;
  }
}

namespace {

std::string Parts(const ImportedStory& s) {
  std::string out;
  const char kLetters[] = "STARL";
  for (int i = 0; i < kPartCount; ++i) out += s.parts[i].empty() ? '-' : kLetters[i];
  if (!s.tradeoffs.empty()) out += " tradeoffs";
  if (!s.followups.empty()) out += " followups";
  return out;
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

std::vector<std::string> CommentLabels(const ImportedStory& s) {
  std::vector<std::string> out;
  for (const ImportedComment& c : s.comments) {
    if (std::find(out.begin(), out.end(), c.label) == out.end()) out.push_back(c.label);
  }
  return out;
}

std::vector<std::string> Sections(const ImportedStory& s) {
  std::vector<std::string> out;
  for (int i = 0; i < kPartCount; ++i) {
    if (!s.parts[i].empty()) out.push_back(PartName(static_cast<Part>(i)));
  }
  if (!s.tradeoffs.empty()) out.push_back("tradeoffs");
  if (!s.followups.empty()) out.push_back("followups");
  return out;
}

std::string Count(size_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

std::string LintCommand(const std::string& dir) {
  bool plain = !dir.empty() && dir.find_first_not_of(
                                   "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQR"
                                   "STUVWXYZ0123456789._/-+@%:=,") == std::string::npos;
  if (plain) return "starbank lint " + dir;
  std::string quoted = "'";
  for (char c : dir) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return "starbank lint " + quoted + "'";
}

std::string RenderImportSummary(const ImportResult& result, const std::string& dir,
                                bool dry_run) {
  std::vector<std::vector<std::string>> rows = {{"SOURCE",
                                                 dry_run ? "WOULD WRITE" : "STORY FILE",
                                                 "PARTS", "COMMENTS", "NOT IN CATALOG"}};
  for (const ImportedFile& f : result.files) {
    if (!dry_run && !f.written) continue;
    rows.push_back({Printable(fmt::format("{}:{}", f.story.source, f.story.line)),
                    Printable(f.path), Parts(f.story),
                    Printable(Join(CommentLabels(f.story))),
                    Printable(Join(f.story.unknown_principles))});
  }
  std::string out;
  if (rows.size() > 1) {
    std::vector<size_t> width(rows[0].size(), 0);
    for (const auto& row : rows) {
      for (size_t i = 0; i < row.size(); ++i)
        width[i] = std::max(width[i], DisplayWidth(row[i]));
    }
    for (const auto& row : rows) {
      std::string line;
      for (size_t i = 0; i < row.size(); ++i) {
        std::string cell = row[i].empty() && &row != &rows[0] ? "-" : row[i];
        line += cell;
        if (i + 1 < row.size())
          line += std::string(width[i] + 2 - DisplayWidth(cell), ' ');
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line + "\n";
    }
    out += "\n";
  }
  size_t stories = rows.size() - 1;
  std::string shown_dir = Printable(dir.empty() ? "." : dir);
  size_t failed = result.sources - result.imported;
  std::string files =
      result.sources == result.imported
          ? Count(result.sources, "file", "files")
          : fmt::format("{} of {} files", result.imported, result.sources);
  if (stories == 0) {
    out += fmt::format("No story imported from {}.\n",
                       Count(result.sources, "file", "files"));
    return out;
  }
  if (dry_run) {
    out +=
        fmt::format("Dry run: {} from {} would be written to {}/; nothing was written.\n",
                    Count(stories, "story", "stories"), files, shown_dir);
    out += fmt::format("Then check them with: {}\n", Printable(LintCommand(dir)));
    return out;
  }
  out += fmt::format(
      "Imported {} from {} into {}/{}.\n", Count(stories, "story", "stories"), files,
      shown_dir,
      failed > 0 ? fmt::format(" ({} not imported)", Count(failed, "file", "files"))
                 : "");
  out += fmt::format("Next: {}\n", Printable(LintCommand(dir)));
  return out;
}

std::string RenderImportJson(const ImportResult& result, const std::string& dir,
                             bool dry_run) {
  using nlohmann::json;
  json stories = json::array();
  for (const ImportedFile& f : result.files) {
    const ImportedStory& s = f.story;
    json labels = json::array();
    for (const auto& [label, key] : s.labels) {
      labels.push_back(
          {{"label", label}, {"key", key.empty() ? json(nullptr) : json(key)}});
    }
    stories.push_back({{"source", s.source},
                       {"line", s.line},
                       {"file", f.path},
                       {"written", f.written},
                       {"title", s.title},
                       {"sections", Sections(s)},
                       {"labels", labels},
                       {"comments", CommentLabels(s)},
                       {"principles", s.principles},
                       {"unknown_principles", s.unknown_principles},
                       {"prompts", s.prompts},
                       {"tags", s.tags}});
  }
  json messages = json::array();
  size_t errors = 0, warnings = 0;
  for (const Diagnostic& d : result.messages) {
    errors += d.severity == Severity::kError;
    warnings += d.severity == Severity::kWarning;
    messages.push_back({{"file", d.file},
                        {"line", d.mark.line},
                        {"column", d.mark.column},
                        {"severity", SeverityName(d.severity)},
                        {"message", d.message}});
  }
  size_t written =
      static_cast<size_t>(std::count_if(result.files.begin(), result.files.end(),
                                        [](const ImportedFile& f) { return f.written; }));
  json out = {{"version", 1},
              {"dir", dir},
              {"dry_run", dry_run},
              {"stories", stories},
              {"messages", messages},
              {"write_errors", result.write_errors},
              {"summary",
               {{"sources", result.sources},
                {"sources_imported", result.imported},
                {"stories", result.files.size()},
                {"written", written},
                {"errors", errors + result.write_errors.size()},
                {"warnings", warnings}}},
              {"next", result.files.empty() ? json(nullptr) : json(LintCommand(dir))}};
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace starbank
