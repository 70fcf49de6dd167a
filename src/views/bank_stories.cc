#include "views/bank_stories.h"

#include <algorithm>
#include <tuple>

#include "lint/infer.h"
#include "starbank/catalog.h"
#include "starbank/score.h"

namespace starbank {

void BankStories::Start(const Catalog& catalog) {
  catalog_ = &catalog;
  if (lead_for_name_.empty()) return;
  if (const Principle* p = catalog.Find(lead_for_name_)) lead_for_ = catalog.IndexOf(*p);
}

void BankStories::File(FileLint& file) {
  report_.files += file.counted;
  for (StoryReport& s : file.stories) {
    Record r;
    if (s.file != last_file_) last_file_ = text_.Add(s.file);
    r.file = last_file_;
    r.line = s.line;
    r.seconds = s.seconds;
    r.entries = static_cast<uint32_t>(entries_.size());
    bool lead = false;
    for (const std::string& id : s.principles) {
      const Principle* p = catalog_->Find(id);
      if (p == nullptr) continue;
      size_t i = catalog_->IndexOf(*p);
      entries_.push_back(Entry{static_cast<uint16_t>(i), true, i < s.fit.size() ? s.fit[i] : 0.0f});
      lead = lead || i == lead_for_;
    }
    for (size_t i = 0; i < s.fit.size(); ++i) {
      if (s.fit[i] < kCouldFitThreshold) continue;
      if (std::find(s.principles.begin(), s.principles.end(), catalog_->principles()[i].id) !=
          s.principles.end()) {
        continue;
      }
      entries_.push_back(Entry{static_cast<uint16_t>(i), false, s.fit[i]});
      lead = lead || i == lead_for_;
    }
    r.entry_count = static_cast<uint16_t>(entries_.size() - r.entries);
    scratch_.assign(s.id).append(s.title);
    if (lead) scratch_.append(s.lead_result);
    std::string_view text = text_.Add(scratch_);
    r.text = text.data();
    r.id_size = static_cast<uint32_t>(s.id.size());
    r.title_size = static_cast<uint32_t>(s.title.size());
    r.lead_size = lead ? static_cast<uint32_t>(s.lead_result.size()) : 0;
    records_.push_back(r);
  }
  for (Diagnostic& e : file.errors) report_.errors.push_back(std::move(e));
}

void BankStories::Bank(BankLint& bank) {
  // Every story's finished score, known once the bank is.
  for (size_t k = 0; k < bank.scores.size() && k < records_.size(); ++k) {
    records_[k].score = static_cast<int16_t>(bank.scores[k].Total());
  }
  report_.near_copies = std::move(bank.near_copies);
  std::stable_sort(report_.errors.begin(), report_.errors.end(), DiagnosticLess);
}

std::string_view BankStories::Id(size_t k) const {
  const Record& r = records_[k];
  return {r.text, r.id_size};
}

std::string_view BankStories::Title(size_t k) const {
  const Record& r = records_[k];
  return r.title_size == 0 ? std::string_view() : std::string_view(r.text + r.id_size, r.title_size);
}

const BankStories::Entry* BankStories::Find(size_t k, size_t principle) const {
  const Record& r = records_[k];
  for (size_t e = r.entries; e < r.entries + r.entry_count; ++e) {
    if (entries_[e].principle == principle) return &entries_[e];
  }
  return nullptr;
}

bool BankStories::Tagged(size_t k, size_t principle) const {
  const Entry* e = Find(k, principle);
  return e != nullptr && e->tagged;
}

float BankStories::Fit(size_t k, size_t principle) const {
  const Entry* e = Find(k, principle);
  return e == nullptr ? 0.0f : e->fit;
}

bool BankStories::Better(size_t a, size_t b) const {
  const Record& x = records_[a];
  const Record& y = records_[b];
  return std::make_tuple(-x.score, x.seconds, x.file, x.line) <
         std::make_tuple(-y.score, y.seconds, y.file, y.line);
}

const StoryReport& BankStories::Report(size_t k) const {
  auto it = made_.find(k);
  if (it != made_.end()) return it->second;
  const Record& r = records_[k];
  StoryReport s;
  s.file = std::string(r.file);
  s.line = r.line;
  s.id = std::string(Id(k));
  s.title = std::string(Title(k));
  s.score = r.score;
  s.seconds = r.seconds;
  if (r.lead_size != 0) s.lead_result.assign(r.text + r.id_size + r.title_size, r.lead_size);
  s.fit.assign(catalog_->principles().size(), 0.0f);
  for (size_t e = r.entries; e < r.entries + r.entry_count; ++e) {
    const Entry& entry = entries_[e];
    if (entry.tagged) s.principles.push_back(catalog_->principles()[entry.principle].id);
    s.fit[entry.principle] = entry.fit;
  }
  return made_.emplace(k, std::move(s)).first->second;
}

}  // namespace starbank
