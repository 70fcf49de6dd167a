#include "starbank/lint.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>
#include <unordered_map>

#include "io/fs.h"
#include "lint/analysis.h"
#include "lint/arena.h"
#include "lint/incremental.h"
#include "lint/infer.h"
#include "lint/rule.h"
#include "lint/suppress.h"
#include "starbank/catalog.h"
#include "starbank/loader.h"
#include "text/lines.h"

namespace starbank {
namespace {

// Everything lint keeps of one file once its text is gone. `stories`,
// `scores` and `fingerprints` run in step: they belong to story k.
struct FileResult {
  std::vector<StoryReport> stories;  // without their score: see `scores`
  std::vector<StoryScore> scores;    // as the story's analysis scores it
  std::vector<StoryFingerprint> fingerprints;
  std::vector<Diagnostic> diagnostics;
  std::vector<Diagnostic> errors;
  bool counted = false;
  Suppressions suppressions;  // The file's `# starbank: ignore` directives.
};

// The length of a bullet ("- ", "* ", "• ") after the spaces at text[i],
// counting those spaces; 0 when no bullet starts there.
size_t BulletAt(const std::string& text, size_t i) {
  size_t j = i;
  while (j < text.size() && text[j] == ' ') ++j;
  for (std::string_view bullet : {"- ", "* ", "\u2022 "}) {
    if (text.compare(j, bullet.size(), bullet) == 0) return j - i + bullet.size();
  }
  return 0;
}

// The result's lead: its first sentence, or its first item when the result
// is a list (a YAML list, or lines that start with a bullet), so that
// bullets never run together into one line.
std::string LeadSentence(const Section& result) {
  const std::string& text = result.text;
  bool items = !result.item_marks.empty();
  std::string out;
  for (size_t i = BulletAt(text, 0); i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n' && !out.empty() && (items || BulletAt(text, i + 1) > 0)) break;
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

// Read-only state every worker shares: built once per Lint call.
struct LintShared {
  const Catalog& catalog;
  const LintOptions& options;
  const RuleSet& rules;
  std::optional<SignalIndex> signals;  // only with options.infer
  bool findings = true;  // the sink reads them (LintSink::ReadsFindings)
  // Whether a story's MinHash is read: by a bank rule that is on
  // (duplicate-story), or for the near-copy clusters plan asks for. Without
  // it a fingerprint keeps only the story's place and id.
  bool minhash = true;
};

// Whether the bank-wide pass reads the stories' MinHash signatures.
bool ReadsMinHash(const RuleSet& rules, const LintOptions& options) {
  if (options.near_copies) return true;
  for (const Rule* rule : rules) {
    if (rule->AsBankRule() != nullptr && RuleEnabled(rule->id(), options)) return true;
  }
  return false;
}

void LintStory(const Story& story, std::string_view source,
               const std::vector<std::string_view>& lines, const LintShared& shared,
               FileResult* out) {
  const Catalog& catalog = shared.catalog;
  const LintOptions& options = shared.options;
  AnalysisOptions ao;
  ao.words_per_minute = options.words_per_minute;
  StoryAnalysis a = Analyze(story, catalog, ao);
  for (const Rule* rule : shared.rules) {
    if (!shared.findings) break;
    if (rule->AsBankRule() != nullptr || !RuleEnabled(rule->id(), options)) continue;
    RuleContext ctx(story, a, catalog, options, source);
    ctx.source_lines = &lines;
    rule->Check(ctx);
    for (RuleContext::Raw& r : ctx.reports) {
      std::optional<Severity> sev = EffectiveSeverity(*rule, options, r.severity);
      if (!sev) continue;
      out->diagnostics.push_back(Diagnostic{story.file, r.mark, *sev, rule->id(),
                                            story.id, std::move(r.message), "",
                                            std::move(r.fix)});
    }
  }
  StoryReport report;
  report.file = story.file;
  report.line = story.mark.line;
  report.id = story.id;
  report.title = story.title.text;
  for (const Principle* p : a.principles) report.principles.push_back(p->id);
  out->scores.emplace_back(ScoreStory(story, a, options));
  report.words = a.total_words;
  report.seconds = a.seconds;
  report.lead_result = LeadSentence(story.part(Part::kResult));
  report.prompts = story.prompts;
  if (shared.signals) report.fit = shared.signals->Fit(story, a.tokens);  // tokenized once
  out->stories.push_back(std::move(report));

  StoryFingerprint fp;  // file and id are pointed at the report's, in Lint
  fp.explicit_id = story.explicit_id;
  fp.mark = story.explicit_id ? story.id_mark : story.mark;
  if (shared.minhash) fp.has_minhash = MinHashTokens(a.tokens, &fp.minhash);
  out->fingerprints.push_back(std::move(fp));
}

FileResult LintOne(const LintInput& input, const LintShared& shared) {
  const LintOptions& options = shared.options;
  FileResult out;
  std::string content_storage;
  const std::string* content = &content_storage;
  if (input.has_content()) {
    content = &input.content();
  } else {
    std::string error;
    if (!ReadFile(input.path, &content_storage, &error, options.max_file_bytes)) {
      out.errors.push_back(Diagnostic{input.path, Mark{}, Severity::kError, "", "", error});
      out.counted = true;
      return out;
    }
  }
  // The size cap is checked once: by ReadFile for a file read here, by the
  // parser for content handed in (standard input, staged blobs).
  YamlLimits limits;
  limits.max_bytes = input.has_content() ? options.max_file_bytes : 0;
  LoadResult loaded = LoadStories(input.path, *content, limits);
  out.errors = std::move(loaded.errors);
  // Each error's source line. A file of many broken documents has an error
  // for each, in file order: one walk down the text serves them all.
  std::string_view text = *content;
  size_t at = 0;
  int line = 1;
  for (Diagnostic& e : out.errors) {
    if (e.mark.line < line) at = 0, line = 1;
    for (; line < e.mark.line && at != std::string_view::npos; ++line) {
      at = text.find('\n', at);
      if (at != std::string_view::npos) ++at;
    }
    e.excerpt = at == std::string_view::npos || e.mark.line <= 0
                    ? ""
                    : SourceLine(text.substr(at), 1);
  }
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
  // one file must not cost a pass over the file per finding. Only the rules
  // read them: without findings, only a file with a directive is split.
  std::vector<std::string_view> lines;
  if (shared.findings) lines = SplitSourceLines(*content);
  for (const Story& story : loaded.stories) {
    LintStory(story, *content, lines, shared, &out);
  }
  // A file refused whole (encoding, size, syntax before any story) has no
  // findings to silence; its comments are not read either.
  if (loaded.stories.empty()) return out;
  out.suppressions = shared.findings
                         ? Suppressions::Parse(input.path, *content, lines, shared.rules)
                         : Suppressions::Parse(input.path, *content, shared.rules);
  out.suppressions.Apply(&out.diagnostics);
  return out;
}

// Sorts `all`, whose first `sorted` elements are each file's findings in
// file order: the result equals one stable sort of the whole, without its
// buffer of half the findings.
void SortFindings(std::vector<Diagnostic>* all, size_t sorted) {
  auto mid = all->begin() + static_cast<std::ptrdiff_t>(sorted);
  if (!std::is_sorted(all->begin(), mid, DiagnosticLess)) {
    std::stable_sort(all->begin(), all->end(), DiagnosticLess);  // files out of order
    return;
  }
  std::stable_sort(mid, all->end(), DiagnosticLess);
  std::inplace_merge(all->begin(), mid, all->end(), DiagnosticLess);
}

// True when a directive names a bank-wide rule that is on: whether it is
// used is known only once the whole bank was compared.
bool WaitsForBank(const Suppressions& suppressions, const RuleSet& rules,
                  const LintOptions& options) {
  for (const SuppressDirective& d : suppressions.directives()) {
    for (const SuppressDirective::Entry& e : d.rules) {
      const Rule* rule = FindRuleIn(rules, e.rule);
      if (rule != nullptr && rule->AsBankRule() != nullptr && RuleEnabled(e.rule, options)) {
        return true;
      }
    }
  }
  return false;
}

// Hands results to the sink in input order as workers finish them, so that
// only the files in flight are held apart. Across files it keeps one
// fingerprint per story (ids in an arena; file names view the inputs), and
// the directives of the rare files that suppress a bank-wide rule.
class Merger {
 public:
  // Reserving for about one story per file costs address space only: pages
  // never written never count towards RSS, and the vector need not grow by
  // copying (old and new buffer at once).
  Merger(const std::vector<LintInput>& inputs, const RuleSet& rules,
         const LintOptions& options, LintSink* sink)
      : inputs_(inputs), rules_(rules), options_(options), sink_(sink) {
    bank_.reserve(inputs.size());
    scores_.reserve(inputs.size());
  }

  // Thread-safe. Files are taken in index order: result i waits until
  // every result before it has been taken.
  void Add(size_t index, FileResult result) {
    std::lock_guard<std::mutex> lock(mu_);
    pending_.emplace(index, std::move(result));
    for (auto it = pending_.begin(); it != pending_.end() && it->first == next_;
         it = pending_.erase(it), ++next_) {
      Take(std::move(it->second));
    }
  }

  void Finish(int jobs);

  // For LintInBank: the one input is file `at` of a bank whose other files
  // are `others`; their fingerprints join the bank around its own, and
  // only its bank-wide findings are asked for.
  //
  // With `layout` (kept by the caller for the same bank), the others'
  // fingerprints laid out by the last call are taken over, not copied
  // again: when the input has as many stories as then, its own are written
  // over theirs in place. Finish hands the layout back.
  void Surround(const std::vector<const BankFile*>& others, size_t at, BankLayout* layout) {
    others_ = &others;
    at_ = std::min(at, others.size());
    layout_ = layout;
    if (layout != nullptr && layout->filled && layout->at == at_) {
      bank_.swap(layout->fingerprints);
      own_first_ = layout->before;
      reuse_ = layout->own;
      return;
    }
    // Sized once: grown story by story, a bank of 5,000 was copied and
    // its new pages touched about a dozen times on every keystroke.
    size_t stories = 0;
    for (const BankFile* f : others) stories += f->fingerprints.size();
    bank_.reserve(stories + 16);
    for (size_t f = 0; f < at_; ++f) AddOther(*others[f]);
    own_first_ = bank_.size();
  }

 private:
  void AddOther(const BankFile& f) {
    for (size_t k = 0; k < f.fingerprints.size(); ++k) {
      StoryFingerprint fp = f.fingerprints[k];
      fp.file = f.path.c_str();
      fp.id = f.ids[k];
      bank_.push_back(fp);
    }
  }

  void Take(FileResult r) {
    FileLint file;
    file.counted = r.counted;
    file.errors = std::move(r.errors);
    file.findings = std::move(r.diagnostics);
    if (!r.suppressions.directives().empty() && WaitsForBank(r.suppressions, rules_, options_)) {
      deferred_.push_back(std::move(r.suppressions));
    } else {
      for (Diagnostic& p : r.suppressions.Problems(options_, rules_)) {
        file.findings.push_back(std::move(p));
      }
    }
    std::stable_sort(file.errors.begin(), file.errors.end(), DiagnosticLess);
    std::stable_sort(file.findings.begin(), file.findings.end(), DiagnosticLess);
    const char* path = inputs_[next_].path.c_str();
    if (others_ == nullptr) {
      own_first_ = bank_.size();
    } else if (reuse_ != kNoReuse && reuse_ != r.fingerprints.size()) {
      bank_.resize(own_first_);  // the layout's own and later stories go
      reuse_ = kNoReuse;
    }
    for (size_t k = 0; k < r.fingerprints.size(); ++k) {
      StoryFingerprint& fp = r.fingerprints[k];
      fp.file = path;
      fp.id = ids_.Add(r.stories[k].id);
      if (reuse_ != kNoReuse) {
        bank_[own_first_ + k] = fp;
      } else {
        bank_.push_back(fp);
      }
      scores_.push_back(r.scores[k]);
    }
    file.stories = std::move(r.stories);
    sink_->File(file);
  }

  const std::vector<LintInput>& inputs_;
  const RuleSet& rules_;
  const LintOptions& options_;
  LintSink* sink_;
  std::mutex mu_;
  size_t next_ = 0;
  std::map<size_t, FileResult> pending_;
  std::vector<StoryFingerprint> bank_;  // one per story, in input order
  StringArena ids_;                     // bank_[k].id
  // Story k's score as its analysis gave it, five bytes a story; finished
  // in Finish, once the bank rules have run. With others (Surround), the
  // input's stories only: story own_first_ + k's is scores_[k].
  std::vector<StoryScore> scores_;
  std::deque<Suppressions> deferred_;
  const std::vector<const BankFile*>* others_ = nullptr;  // see Surround
  size_t at_ = 0;
  size_t own_first_ = 0;  // the ordinal of the (last) input's first story
  BankLayout* layout_ = nullptr;  // see Surround
  static constexpr size_t kNoReuse = ~size_t{0};
  size_t reuse_ = kNoReuse;  // the layout's own stories, written over in place
};

void Merger::Finish(int jobs) {
  size_t own_end = others_ != nullptr ? own_first_ + scores_.size() : bank_.size();
  if (others_ != nullptr && reuse_ == kNoReuse) {
    for (size_t f = at_; f < others_->size(); ++f) AddOther(*(*others_)[f]);
  }
  std::unordered_map<std::string_view, Suppressions*> suppressions;
  for (Suppressions& d : deferred_) suppressions.emplace(d.file(), &d);
  BankLint out;
  std::vector<bool> copied(bank_.size(), false);  // a bank rule reported the story
  bool clustered = false;                        // out.near_copies is filled
  for (const Rule* rule : rules_) {
    const BankRule* bank_rule = rule->AsBankRule();
    if (bank_rule == nullptr || !RuleEnabled(rule->id(), options_)) continue;
    BankFindings found;
    found.messages = others_ != nullptr || sink_->ReadsFindings();
    if (others_ != nullptr) {
      bank_rule->CheckBankFor(bank_, inputs_.back().path, jobs, &found);
    } else {
      bank_rule->CheckBank(bank_, jobs, &found);
    }
    Severity severity = *EffectiveSeverity(*rule, options_);
    if (!found.messages) {
      // Only which stories were found: each finding is at its story's
      // fingerprint mark, which is all a directive looks at.
      for (uint32_t k : found.stories) {
        auto file = suppressions.find(bank_[k].file);
        if (file != suppressions.end()) {
          Diagnostic d;
          d.file = bank_[k].file;
          d.mark = bank_[k].mark;
          d.rule = rule->id();
          d.story = std::string(bank_[k].id);
          if (file->second->Silences(d)) continue;
        }
        copied[k] = true;
      }
      if (options_.near_copies && !clustered) {
        out.near_copies = std::move(found.clusters);
        clustered = true;
      }
      continue;
    }
    // Filtered in place and moved whole: a bank of near-copies can have
    // hundreds of thousands of these.
    size_t kept = 0;
    for (size_t k = 0; k < found.findings.size(); ++k) {
      Diagnostic& d = found.findings[k];
      d.rule = rule->id();
      d.severity = severity;
      auto file = suppressions.find(d.file);
      if (file != suppressions.end() && file->second->Silences(d)) continue;
      copied[found.stories[k]] = true;
      if (kept != k) found.findings[kept] = std::move(d);
      ++kept;
    }
    found.findings.resize(kept);
    if (out.findings.empty()) {
      out.findings = std::move(found.findings);
    } else {
      out.findings.insert(out.findings.end(), std::make_move_iterator(found.findings.begin()),
                          std::make_move_iterator(found.findings.end()));
    }
    if (options_.near_copies && others_ == nullptr && !clustered) {
      out.near_copies = std::move(found.clusters);
      clustered = true;
    }
  }
  for (Suppressions& d : deferred_) {
    for (Diagnostic& p : d.Problems(options_, rules_)) out.findings.push_back(std::move(p));
  }
  // Whether the rule that finds them is on or not: plan asks for them.
  if (options_.near_copies && others_ == nullptr && !clustered) {
    for (const Rule* rule : rules_) {
      if (const BankRule* bank_rule = rule->AsBankRule()) {
        bank_rule->Clusters(bank_, jobs, &out.near_copies);
        break;
      }
    }
  }
  // Each story's score is taken here, once: what its analysis found, less
  // the structure points of a copy a bank rule found and no directive
  // silenced.
  size_t first = others_ != nullptr ? own_first_ : 0;
  size_t end = others_ != nullptr ? own_end : bank_.size();
  out.scores.reserve(end - first);
  for (size_t k = first; k < end; ++k) {
    if (!copied[k]) {
      out.scores.push_back(scores_[k - first]);
      continue;
    }
    Dimensions d = scores_[k - first].Unpack();
    PenalizeDuplicate(&d);
    out.scores.emplace_back(d);
  }
  // Findings equal under DiagnosticLess (file, line, column, rule,
  // message) print the same, so std::sort's order among them is as good as
  // stable_sort's, without its buffer of as many findings again.
  std::sort(out.findings.begin(), out.findings.end(), DiagnosticLess);
  sink_->Bank(out);
  if (layout_ != nullptr) {
    layout_->fingerprints.swap(bank_);
    layout_->at = at_;
    layout_->before = own_first_;
    layout_->own = own_end - own_first_;
    layout_->filled = true;
  }
}

}  // namespace

int LintReport::Count(Severity s) const {
  int n = 0;
  for (const Diagnostic& d : diagnostics) n += d.severity == s;
  return n;
}

void LintStream(const std::vector<LintInput>& inputs, const Catalog& catalog,
                const RuleSet& rules, const LintOptions& options, LintSink* sink) {
  LintShared shared{catalog, options, rules, std::nullopt};
  if (options.infer) shared.signals.emplace(catalog);
  shared.findings = sink->ReadsFindings();
  shared.minhash = ReadsMinHash(rules, options);
  unsigned threads = options.jobs > 0 ? static_cast<unsigned>(options.jobs)
                                      : std::max(1u, std::thread::hardware_concurrency());
  unsigned jobs =
      std::min<unsigned>(threads, static_cast<unsigned>(std::max<size_t>(1, inputs.size())));
  Merger merger(inputs, rules, options, sink);
  std::atomic<size_t> next{0}, done{0};
  auto worker = [&] {
    for (size_t i = next++; i < inputs.size(); i = next++) {
      merger.Add(i, LintOne(inputs[i], shared));
      if (options.progress) options.progress(++done, inputs.size());
    }
  };
  if (jobs <= 1) {
    worker();
  } else {
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < jobs; ++t) pool.emplace_back(worker);
    worker();  // the calling thread is one of the workers
    for (std::thread& t : pool) t.join();
  }
  merger.Finish(static_cast<int>(threads));
}

void LintCollector::File(FileLint& file) {
  report_.files += file.counted;
  for (StoryReport& s : file.stories) report_.stories.push_back(std::move(s));
  for (Diagnostic& d : file.findings) report_.diagnostics.push_back(std::move(d));
  for (Diagnostic& e : file.errors) report_.errors.push_back(std::move(e));
}

void LintCollector::Bank(BankLint& bank) {
  for (size_t k = 0; k < bank.scores.size() && k < report_.stories.size(); ++k) {
    StoryReport& s = report_.stories[k];
    s.dimensions = bank.scores[k].Unpack();
    s.score = s.dimensions.Total();
  }
  report_.near_copies = std::move(bank.near_copies);
  std::stable_sort(report_.errors.begin(), report_.errors.end(), DiagnosticLess);
  std::vector<Diagnostic>& all = report_.diagnostics;
  size_t sorted = all.size();
  if (all.capacity() < sorted + bank.findings.size()) all.reserve(sorted + bank.findings.size());
  for (Diagnostic& d : bank.findings) all.push_back(std::move(d));
  SortFindings(&all, sorted);
}

LintReport Lint(const std::vector<LintInput>& inputs, const Catalog& catalog,
                const RuleSet& rules, const LintOptions& options) {
  LintCollector collector(inputs.size());
  LintStream(inputs, catalog, rules, options, &collector);
  return collector.Take();
}

BankFile FingerprintInput(const LintInput& input, const Catalog& catalog,
                          const LintOptions& options) {
  LintOptions plain = options;
  plain.infer = false;
  RuleSet none;
  LintShared shared{catalog, plain, none, std::nullopt};
  FileResult r = LintOne(input, shared);
  BankFile out;
  out.path = input.path;
  out.fingerprints = std::move(r.fingerprints);
  for (StoryReport& s : r.stories) out.ids.push_back(std::move(s.id));
  return out;
}

LintReport LintInBank(const LintInput& doc, const std::vector<const BankFile*>& bank,
                      size_t at, const Catalog& catalog, const RuleSet& rules,
                      const LintOptions& options, BankLayout* layout) {
  LintShared shared{catalog, options, rules, std::nullopt};
  if (options.infer) shared.signals.emplace(catalog);
  shared.minhash = ReadsMinHash(rules, options);
  std::vector<LintInput> inputs;
  inputs.push_back(doc);
  LintCollector collector(1);
  Merger merger(inputs, rules, options, &collector);
  merger.Surround(bank, at, layout);
  merger.Add(0, LintOne(inputs[0], shared));
  int jobs = options.jobs > 0
                 ? options.jobs
                 : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  merger.Finish(jobs);
  return collector.Take();
}

LintReport LintString(const std::string& path, const std::string& content,
                      const Catalog& catalog, const RuleSet& rules,
                      const LintOptions& options) {
  LintInput input{path, true, content};
  return Lint({input}, catalog, rules, options);
}

}  // namespace starbank
