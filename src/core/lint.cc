#include "starbank/lint.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "starbank/analysis.h"
#include "starbank/catalog.h"
#include "starbank/infer.h"
#include "starbank/loader.h"
#include "starbank/rule.h"
#include "starbank/suppress.h"

namespace starbank {
namespace {

// Everything lint keeps of one file once its text is gone.
struct FileResult {
  std::vector<StoryReport> stories;
  std::vector<StoryFingerprint> fingerprints;
  std::vector<Diagnostic> diagnostics;
  std::vector<Diagnostic> errors;
  bool counted = false;
  Suppressions suppressions;  // The file's `# starbank: ignore` directives.
};

std::string LeadSentence(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') c = ' ';
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out += c;
    if ((c == '.' || c == '!' || c == '?') &&
        (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n')) {
      break;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  while (!out.empty() && out.front() == ' ') out.erase(0, 1);
  return out;
}

std::optional<Severity> EffectiveSeverity(const Rule& rule,
                                          std::optional<Severity> reported,
                                          const LintOptions& options) {
  auto it = options.rule_overrides.find(rule.id());
  if (it != options.rule_overrides.end()) return it->second;
  return reported ? reported : std::optional<Severity>(rule.default_severity());
}

void LintStory(const Story& story, std::string_view source,
               const std::vector<std::string_view>& lines, const Catalog& catalog,
               const LintOptions& options, FileResult* out) {
  AnalysisOptions ao;
  ao.words_per_minute = options.words_per_minute;
  StoryAnalysis a = Analyze(story, catalog, ao);
  for (const auto& rule : AllRules()) {
    if (rule->bank_wide()) continue;
    auto enabled = options.rule_overrides.find(rule->id());
    if (enabled != options.rule_overrides.end() && !enabled->second) continue;
    RuleContext ctx(story, a, catalog, options, source);
    ctx.source_lines = &lines;
    rule->Check(ctx);
    for (RuleContext::Raw& r : ctx.reports) {
      std::optional<Severity> sev = EffectiveSeverity(*rule, r.severity, options);
      if (!sev) continue;
      out->diagnostics.push_back(Diagnostic{story.file, r.mark, *sev, rule->id(),
                                            story.id, std::move(r.message)});
    }
  }
  StoryReport report;
  report.file = story.file;
  report.line = story.mark.line;
  report.id = story.id;
  report.title = story.title.text;
  for (const Principle* p : a.principles) report.principles.push_back(p->id);
  report.dimensions = ScoreStory(story, a, options);
  report.score = report.dimensions.Total();
  report.words = a.total_words;
  report.seconds = a.seconds;
  report.lead_result = LeadSentence(story.part(Part::kResult).text);
  report.prompts = story.prompts;
  if (options.infer) report.fit = SignalIndex(catalog).Fit(story);
  out->stories.push_back(std::move(report));

  StoryFingerprint fp;
  fp.file = story.file;
  fp.id = story.id;
  fp.explicit_id = story.explicit_id;
  fp.mark = story.explicit_id ? story.id_mark : story.mark;
  fp.has_minhash = MinHashTokens(a.tokens, &fp.minhash);
  out->fingerprints.push_back(std::move(fp));
}

FileResult LintOne(const LintInput& input, const Catalog& catalog,
                   const LintOptions& options) {
  FileResult out;
  std::string content_storage;
  const std::string* content = &input.content;
  if (!input.has_content) {
    std::string error;
    if (!ReadFile(input.path, &content_storage, &error, options.max_file_bytes)) {
      out.errors.push_back(Diagnostic{input.path, Mark{}, Severity::kError, "", "", error});
      out.counted = true;
      return out;
    }
    content = &content_storage;
  }
  YamlLimits limits;
  limits.max_bytes = options.max_file_bytes;
  LoadResult loaded = LoadStories(input.path, *content, limits);
  out.errors = std::move(loaded.errors);
  if (!loaded.has_story_keys && out.errors.empty()) {
    if (input.explicit_path) {
      out.errors.push_back(Diagnostic{input.path, Mark{1, 1}, Severity::kError, "", "",
                                      "no story keys found (title, situation, action, "
                                      "result...); is this a story file?"});
      out.counted = true;
    }
    return out;
  }
  out.counted = true;
  // Split once per file: positions for a bank of thousands of stories in
  // one file must not cost a pass over the file per finding.
  std::vector<std::string_view> lines = SplitSourceLines(*content);
  for (const Story& story : loaded.stories) {
    LintStory(story, *content, lines, catalog, options, &out);
  }
  // A file refused whole (encoding, size, syntax before any story) has no
  // findings to silence; its comments are not read either.
  if (loaded.stories.empty()) return out;
  out.suppressions = Suppressions::Parse(input.path, *content);
  out.suppressions.Apply(&out.diagnostics);
  return out;
}

}  // namespace

double LintOptions::OwnershipRatio() const {
  if (level <= 5) return 3.0;
  if (level == 6) return 2.0;
  return 1.5;
}

int LintReport::Count(Severity s) const {
  int n = 0;
  for (const Diagnostic& d : diagnostics) n += d.severity == s;
  return n;
}

LintReport Lint(const std::vector<LintInput>& inputs, const Catalog& catalog,
                const LintOptions& options) {
  std::vector<FileResult> results(inputs.size());
  unsigned jobs = options.jobs > 0 ? static_cast<unsigned>(options.jobs)
                                   : std::max(1u, std::thread::hardware_concurrency());
  jobs = std::min<unsigned>(jobs, static_cast<unsigned>(std::max<size_t>(1, inputs.size())));
  std::atomic<size_t> next{0}, done{0};
  auto worker = [&] {
    for (size_t i = next++; i < inputs.size(); i = next++) {
      results[i] = LintOne(inputs[i], catalog, options);
      if (options.progress) options.progress(++done, inputs.size());
    }
  };
  if (jobs <= 1) {
    worker();
  } else {
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < jobs; ++t) pool.emplace_back(worker);
    for (std::thread& t : pool) t.join();
  }

  LintReport report;
  std::vector<StoryFingerprint> bank;
  std::unordered_map<std::string, Suppressions*> suppressions;
  for (FileResult& r : results) {
    if (!r.suppressions.directives().empty()) {
      suppressions.emplace(r.suppressions.file(), &r.suppressions);
    }
    report.files += r.counted;
    for (auto& s : r.stories) report.stories.push_back(std::move(s));
    for (auto& f : r.fingerprints) bank.push_back(std::move(f));
    for (auto& d : r.diagnostics) report.diagnostics.push_back(std::move(d));
    for (auto& e : r.errors) report.errors.push_back(std::move(e));
  }
  for (const auto& rule : AllRules()) {
    if (!rule->bank_wide()) continue;
    auto enabled = options.rule_overrides.find(rule->id());
    if (enabled != options.rule_overrides.end() && !enabled->second) continue;
    std::vector<Diagnostic> found;
    rule->CheckBank(bank, &found);
    for (Diagnostic& d : found) {
      d.rule = rule->id();
      auto file = suppressions.find(d.file);
      if (file != suppressions.end() && file->second->Silences(d)) continue;
      d.severity = *EffectiveSeverity(*rule, std::nullopt, options);
      report.diagnostics.push_back(std::move(d));
    }
  }
  for (const FileResult& r : results) {
    for (Diagnostic& d : r.suppressions.Problems(options)) {
      report.diagnostics.push_back(std::move(d));
    }
  }
  // Bank-wide findings lower the score of the stories they name.
  std::unordered_map<std::string, size_t> by_key;
  for (size_t i = 0; i < report.stories.size(); ++i) {
    by_key.emplace(report.stories[i].file + '\n' + report.stories[i].id, i);
  }
  std::unordered_set<size_t> penalized;
  for (const Diagnostic& d : report.diagnostics) {
    if (d.rule != "duplicate-story") continue;
    auto it = by_key.find(d.file + '\n' + d.story);
    if (it == by_key.end() || !penalized.insert(it->second).second) continue;
    StoryReport& s = report.stories[it->second];
    PenalizeDuplicate(&s.dimensions);
    s.score = s.dimensions.Total();
  }
  std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(), DiagnosticLess);
  std::stable_sort(report.errors.begin(), report.errors.end(), DiagnosticLess);
  return report;
}

LintReport LintString(const std::string& path, const std::string& content,
                      const Catalog& catalog, const LintOptions& options) {
  LintInput input{path, true, true, content};
  return Lint({input}, catalog, options);
}

}  // namespace starbank
