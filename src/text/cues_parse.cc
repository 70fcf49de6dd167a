// ParseLexicon (cues.h): the data/lexicon format, read by the build
// (src/tools/pack_lexicon.cc packs what it reads) and by the tests. Kept
// apart from cues.cc, which reads the packed data, so the packing tool
// links this without the data it writes.
#include "text/cues.h"

namespace starbank {

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

void SplitWords(std::string_view s, std::vector<std::string>* out) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > start) out->emplace_back(s.substr(start, i - start));
  }
}

}  // namespace

std::vector<CueFamily> ParseLexicon(std::string_view text, std::string* error) {
  std::vector<CueFamily> out;
  std::string file = "lexicon";
  int line_no = 0;
  std::string_view key;  // the key a continuation line adds to (a view of `text`)
  auto fail = [&](const std::string& what) {
    *error = file + ":" + std::to_string(line_no) + ": " + what;
  };
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view raw = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    std::string_view line = Trim(raw);
    if (raw.substr(0, 6) == "@file ") {
      file = std::string(Trim(raw.substr(6)));
      line_no = 0;
      key = {};
      continue;
    }
    // A comment starts in the first column: an indented "# hours straight"
    // is a phrase.
    if (line.empty() || raw.front() == '#') continue;
    if (raw.substr(0, 3) == "== ") {
      CueFamily f;
      f.name = std::string(Trim(raw.substr(3)));
      f.file = file;
      f.line = line_no;
      out.push_back(std::move(f));
      key = {};
      continue;
    }
    if (out.empty()) return fail("text before the first '== family' line"), out;
    CueFamily& f = out.back();
    std::string_view value = line;
    bool continued = raw.front() == ' ' || raw.front() == '\t';
    if (!continued) {
      size_t colon = line.find(':');
      if (colon == std::string_view::npos) {
        return fail("expected 'why:', 'rules:', 'used-by:', 'words:' or 'phrases:'"), out;
      }
      key = line.substr(0, colon);
      value = Trim(line.substr(colon + 1));
      if (key != "why" && key != "rules" && key != "used-by" && key != "words" &&
          key != "phrases") {
        return fail("unknown key '" + std::string(key) + "'"), out;
      }
    } else if (key.empty()) {
      return fail(
                 "indented line outside 'why:', 'rules:', 'used-by:', 'words:' or "
                 "'phrases:'"),
             out;
    }
    if (key == "why" || key == "used-by") {
      std::string& text = key == "why" ? f.why : f.used_by;
      if (!text.empty() && !value.empty()) text += ' ';
      text += value;
    } else if (key == "phrases") {
      // One phrase a line, its words separated by single spaces.
      if (!value.empty() && value.find("  ") == std::string_view::npos &&
          value.find('\t') == std::string_view::npos) {
        f.phrases.emplace_back(value);  // already so: no need to split
        continue;
      }
      std::vector<std::string> words;
      SplitWords(value, &words);
      if (words.empty()) continue;
      std::string phrase;
      for (const std::string& w : words) phrase += (phrase.empty() ? "" : " ") + w;
      f.phrases.push_back(std::move(phrase));
    } else if (key == "rules") {
      SplitWords(value, &f.rules);
    } else {
      SplitWords(value, &f.words);
    }
  }
  return out;
}

}  // namespace starbank
