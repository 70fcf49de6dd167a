// BankStories: what `map` and `plan` read of every story, in a compact
// record, kept while lint streams.
//
// LintCollector keeps a whole StoryReport a story (about 750 bytes with its
// strings, prompts and 16 fits); at 100,000 stories that alone is 75 MB.
// These views read less: score, time, file and line to rank, the tagged
// principles, the inferred fits that can matter (those of the tagged
// principles and those at or above kCouldFitThreshold: every other one is
// read as "does not fit" by every view), and the id and title to print; the
// lead result only for the one principle `map --principle` lists. A record
// holds that in about 60 bytes plus its strings, in an arena. A full
// StoryReport is made on demand (Report) for the few stories a view prints
// through code written for StoryReports.
#ifndef STARBANK_SRC_VIEWS_BANK_STORIES_H_
#define STARBANK_SRC_VIEWS_BANK_STORIES_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lint/arena.h"
#include "starbank/lint.h"

namespace starbank {

class Catalog;
struct Principle;

class BankStories : public LintSink {
 public:
  /// `lead_for`: the principle (name, id or alias) whose stories keep their
  /// lead result; "" for none. Resolved in Start; unknown keeps none.
  explicit BankStories(std::string lead_for = "") : lead_for_name_(std::move(lead_for)) {}

  /// Before LintStream: the catalog the fits are indexed by (it must
  /// outlive this).
  void Start(const Catalog& catalog);

  void File(FileLint& file) override;
  void Bank(BankLint& bank) override;
  /// The views read no finding: see LintSink::ReadsFindings.
  bool ReadsFindings() const override { return false; }

  /// What else lint reports: load errors (sorted), files, near-copies
  /// (ordinals as here); no stories and no findings.
  LintReport TakeReport() { return std::move(report_); }

  size_t size() const { return records_.size(); }
  int Score(size_t k) const { return records_[k].score; }
  int Seconds(size_t k) const { return records_[k].seconds; }
  int Line(size_t k) const { return records_[k].line; }
  std::string_view FileOf(size_t k) const { return records_[k].file; }
  std::string_view Id(size_t k) const;
  std::string_view Title(size_t k) const;
  /// Tagged with the catalog principle at `principle`.
  bool Tagged(size_t k, size_t principle) const;
  /// The inferred fit, where it can matter (see above); 0 elsewhere.
  float Fit(size_t k, size_t principle) const;
  /// Calls f(principle, tagged, fit) for each principle story k keeps:
  /// its tagged ones (in tag order; a principle tagged twice comes twice),
  /// then the untagged ones whose fit is kept. One pass over a story, where
  /// Tagged and Fit look a principle up.
  template <typename F>
  void ForEachKept(size_t k, F&& f) const {
    const Record& r = records_[k];
    for (size_t e = r.entries; e < r.entries + r.entry_count; ++e) {
      const Entry& entry = entries_[e];
      f(static_cast<size_t>(entry.principle), entry.tagged, entry.fit);
    }
  }
  /// BetterStory over records: higher score, shorter time, file, line.
  bool Better(size_t a, size_t b) const;

  /// Story k as a StoryReport: file, line, id, title, principles, score,
  /// seconds, lead result (when kept) and fits (0 where not kept); no
  /// dimensions, words or prompts. Made once, then stable.
  const StoryReport& Report(size_t k) const;

 private:
  struct Entry {
    uint16_t principle;
    bool tagged;
    float fit;
  };
  struct Record {
    std::string_view file;
    const char* text = nullptr;  // id, title, lead result, back to back
    uint32_t id_size = 0, title_size = 0, lead_size = 0;
    int32_t line = 0, seconds = 0;
    int16_t score = 0;  // finished (a copy's lowered at the end of the bank)
    uint32_t entries = 0;              // into entries_, tagged first
    uint16_t entry_count = 0;
  };
  const Entry* Find(size_t k, size_t principle) const;

  const Catalog* catalog_ = nullptr;
  std::string lead_for_name_;
  size_t lead_for_ = SIZE_MAX;
  std::deque<Record> records_;  // a deque: no copy of the whole to grow
  std::deque<Entry> entries_;
  StringArena text_;
  std::string scratch_;
  std::string_view last_file_;
  LintReport report_;
  mutable std::unordered_map<size_t, StoryReport> made_;
};

}  // namespace starbank

#endif  // STARBANK_SRC_VIEWS_BANK_STORIES_H_
