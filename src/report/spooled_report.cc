#include "spooled_report.h"

#include <algorithm>
#include <cstdint>


namespace starbank {
namespace {

// A record is its fields one after another: ints as int32, strings as a
// uint32 length and the bytes.
void Put(Spool* s, int v) {
  int32_t x = v;
  s->Write(&x, sizeof x);
}

void Put(Spool* s, const std::string& v) {
  uint32_t n = static_cast<uint32_t>(v.size());
  s->Write(&n, sizeof n);
  s->Write(v.data(), n);
}

bool Get(Spool* s, int* v) {
  int32_t x;
  if (!s->Read(&x, sizeof x)) return false;
  *v = x;
  return true;
}

bool Get(Spool* s, std::string* v) {
  uint32_t n;
  if (!s->Read(&n, sizeof n)) return false;
  v->resize(n);
  return n == 0 || s->Read(&(*v)[0], n);
}

void PutStory(Spool* s, const StoryReport& r) {
  Put(s, r.file);
  Put(s, r.line);
  Put(s, r.id);
  Put(s, r.title);
  Put(s, static_cast<int>(r.principles.size()));
  for (const std::string& p : r.principles) Put(s, p);
  Put(s, r.words);
  Put(s, r.seconds);
}

bool GetStory(Spool* s, StoryReport* r) {
  int principles = 0;
  if (!Get(s, &r->file) || !Get(s, &r->line) || !Get(s, &r->id) || !Get(s, &r->title) ||
      !Get(s, &principles)) {
    return false;
  }
  r->principles.resize(static_cast<size_t>(std::max(0, principles)));
  for (std::string& p : r->principles) {
    if (!Get(s, &p)) return false;
  }
  return Get(s, &r->words) && Get(s, &r->seconds);
}

// The fields the json and sarif reports print; the excerpt is for text.
void PutFinding(Spool* s, const Diagnostic& d) {
  Put(s, d.file);
  Put(s, d.mark.line);
  Put(s, d.mark.column);
  Put(s, static_cast<int>(d.severity));
  Put(s, d.rule);
  Put(s, d.story);
  Put(s, d.message);
}

bool GetFinding(Spool* s, Diagnostic* d) {
  int severity = 0;
  if (!Get(s, &d->file) || !Get(s, &d->mark.line) || !Get(s, &d->mark.column) ||
      !Get(s, &severity) || !Get(s, &d->rule) || !Get(s, &d->story) ||
      !Get(s, &d->message)) {
    return false;
  }
  d->severity = static_cast<Severity>(severity);
  return true;
}

}  // namespace

SpooledReport::SpooledReport(std::function<void(SpooledReport&)> done, size_t memory)
    : done_(std::move(done)), story_spool_(memory / 2), finding_spool_(memory / 2) {}

void SpooledReport::File(FileLint& file) {
  files_ += file.counted;
  for (const StoryReport& s : file.stories) PutStory(&story_spool_, s);
  stories_ += file.stories.size();
  for (Diagnostic& d : file.findings) {
    ++counts_[static_cast<int>(d.severity)];
    if (findings_ > 0 && DiagnosticLess(d, last_)) sorted_ = false;
    PutFinding(&finding_spool_, d);
    ++findings_;
    last_ = std::move(d);
  }
  for (Diagnostic& e : file.errors) errors_.push_back(std::move(e));
}

void SpooledReport::Bank(BankLint& bank) {
  for (const Diagnostic& d : bank.findings) ++counts_[static_cast<int>(d.severity)];
  bank_ = std::move(bank.findings);
  scores_ = std::move(bank.scores);
  std::stable_sort(errors_.begin(), errors_.end(), DiagnosticLess);
  done_(*this);
}

void SpooledReport::ForEachStory(const std::function<void(const StoryReport&)>& f) {
  story_spool_.Rewind();
  StoryReport s;
  for (size_t k = 0; k < stories_ && GetStory(&story_spool_, &s); ++k) {
    s.dimensions = k < scores_.size() ? scores_[k].Unpack() : Dimensions{};
    s.score = s.dimensions.Total();
    f(s);
  }
}

// As LintCollector: the files' findings, then the bank's merged in, files'
// first among equals; or, when the files came out of order (stdin named
// last, say), one stable sort of them all.
void SpooledReport::ForEachFinding(const std::function<void(const Diagnostic&)>& f) {
  finding_spool_.Rewind();
  if (!sorted_) {
    std::vector<Diagnostic> all;
    all.reserve(findings_ + bank_.size());
    Diagnostic d;
    for (size_t k = 0; k < findings_ && GetFinding(&finding_spool_, &d); ++k)
      all.push_back(d);
    for (Diagnostic& b : bank_) all.push_back(std::move(b));
    std::stable_sort(all.begin(), all.end(), DiagnosticLess);
    for (const Diagnostic& a : all) f(a);
    return;
  }
  auto b = bank_.begin();
  Diagnostic d;
  for (size_t k = 0; k < findings_ && GetFinding(&finding_spool_, &d); ++k) {
    for (; b != bank_.end() && DiagnosticLess(*b, d); ++b) f(*b);
    f(d);
  }
  for (; b != bank_.end(); ++b) f(*b);
}

}  // namespace starbank
