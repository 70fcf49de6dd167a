// The one-page HTML report (see html_report.h). Every string that comes from
// a story, a catalog or a file name goes through Esc() (HtmlEscape) and
// nowhere else; the markup around it is written here, as literals.
#include "views/html_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <ctime>
#include <map>
#include <utility>

#include "lint/infer.h"
#include "starbank/catalog.h"
#include "starbank/lint.h"
#include "starbank/story.h"
#include "text/printable.h"
#include "views/bank.h"
#include "views/interview_log.h"
#include "views/plan.h"
#include "views/sha256.h"

namespace starbank {
namespace {

// Print: no navigation or sort arrows, colours kept, a card never split.
// Phone: tables scroll sideways inside their box; the page never does.
constexpr const char kStyle[] = R"css(
:root{--ink:#1d2330;--muted:#5b6475;--line:#d9dde5;--panel:#f6f7f9;--accent:#2456a6;--bad:#a12323;--warn:#7a5000;--good:#1d6b35}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:#fff}
header,main,footer{max-width:1100px;margin:0 auto;padding:0 16px}
header{padding-top:20px}
footer{margin:32px auto 24px;color:var(--muted);font-size:.85rem}
h1{font-size:1.7rem;margin:0 0 4px}
h2{font-size:1.3rem;margin:32px 0 8px;padding-bottom:4px;border-bottom:2px solid var(--line)}
h3{font-size:1.1rem;margin:0 0 4px}
h4{font-size:.8rem;margin:14px 0 2px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
a{color:var(--accent)}
nav ul{list-style:none;padding:0;margin:8px 0;display:flex;flex-wrap:wrap;gap:4px 16px}
.muted{color:var(--muted)}
.stats{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0;padding:0;list-style:none}
.stats li{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:8px 14px;flex:1 1 130px}
.stats b{display:block;font-size:1.6rem;line-height:1.2}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%}
table{border-collapse:collapse;margin:4px 0}
th,td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.heat th[scope=row]{white-space:nowrap;font-weight:600;position:sticky;left:0;background:#fff}
.heat thead th{font-size:.75rem;text-align:center;padding:2px 1px}
.heat thead th:first-child{text-align:left;padding-left:8px}
.heat caption{text-align:left;padding:0 0 4px}
.heat td.c{min-width:2.7em;text-align:center;padding:3px 2px;font-size:.8rem;font-variant-numeric:tabular-nums;border:2px solid #fff}
.heat td.t{font-weight:700;color:#10141c}
.heat td.i{background:repeating-linear-gradient(45deg,#e6eefb 0 3px,#fff 3px 6px);outline:2px dashed #5e84c9;outline-offset:-4px;color:#1f4c96}
.heat td.n{color:#aab1bd}
.badge{display:inline-block;border-radius:4px;padding:0 6px;font-size:.8rem;font-weight:600;white-space:nowrap;border:1px solid var(--line);background:var(--panel)}
.badge.none{background:#fbe3e3;border-color:#efb9b9;color:var(--bad)}
ul.asked{margin:0;padding-left:18px}
tr.upcoming{background:var(--panel)}
.badge.one{background:#fdf0d2;border-color:#efd48e;color:var(--warn)}
.legend{display:flex;flex-wrap:wrap;gap:6px 20px;font-size:.85rem;margin:8px 0;padding:0;list-style:none}
.legend .c{display:inline-block;min-width:3.2em;text-align:center;margin-right:6px;padding:1px 4px}
.ramp{display:inline-block;width:110px;height:12px;vertical-align:middle;margin:0 4px;background:linear-gradient(90deg,hsl(0,70%,82%),hsl(60,70%,82%),hsl(120,70%,82%))}
.key{columns:2 22em;font-size:.85rem;margin:8px 0;padding-left:2.2em}
.card{border:1px solid var(--line);border-radius:10px;padding:14px 16px;margin:16px 0;break-inside:avoid-page}
.meta{font-size:.9rem;color:var(--muted);margin:0 0 6px;overflow-wrap:anywhere}
.text{white-space:pre-line;margin:0;overflow-wrap:anywhere}
.findings{list-style:none;padding:0;margin:6px 0}
.findings li{border-left:4px solid #6b8fd0;padding:2px 8px;margin:4px 0;background:var(--panel);font-size:.9rem;overflow-wrap:anywhere}
.findings li.error{border-color:var(--bad)}
.findings li.warning{border-color:#d99a00}
.sev{font-weight:700;text-transform:uppercase;font-size:.72rem;letter-spacing:.04em;margin-right:6px}
code{font:.85em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
svg{display:block;max-width:100%;height:auto}
svg text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:#1d2330}
th button{font:inherit;font-weight:700;background:none;border:0;padding:0;cursor:pointer;color:inherit;text-align:inherit}
th[aria-sort=ascending] button::after{content:" \25B2"}
th[aria-sort=descending] button::after{content:" \25BC"}
@media (max-width:640px){body{font-size:14px}.card{padding:10px}.stats li{flex:1 1 40%}h1{font-size:1.4rem}
.heat th[scope=row]{white-space:normal;min-width:7.5em;max-width:9em;font-size:.8rem;line-height:1.2}}
@media print{body{font-size:10pt}nav{display:none}header,main,footer{max-width:none;padding:0}a{color:inherit;text-decoration:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}.scroll{overflow:visible}h2,h3,h4{break-after:avoid}
.card{break-inside:avoid}.heat td.c{min-width:2.2em;font-size:7pt}.heat th[scope=row]{position:static}}
)css";

// Makes the story table sortable; without it the table reads the same,
// in the report's order. Allowed by hash in the policy, so it must stay a
// constant: nothing from the bank goes into it.
constexpr const char kScript[] = R"js(
(function () {
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var down = th.getAttribute("aria-sort") !== "descending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", down ? "descending" : "ascending");
        var body = table.tBodies[0];
        var key = function (row) {
          var cell = row.cells[col];
          return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
        };
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a), y = key(b), nx = parseFloat(x), ny = parseFloat(y);
          var c = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
          return down ? -c : c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();
)js";

constexpr const char kDash[] = "\u2014";

// Code points HTML calls noncharacters: a parser reports them as errors.
bool IsNonCharacter(uint32_t cp) {
  return (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe;
}

std::string Esc(std::string_view text) { return HtmlEscape(text); }

// The hue of a score, red (0) through yellow to green (100).
std::string ScoreColour(int score) {
  return fmt::format("hsl({},70%,82%)", std::clamp(score, 0, 100) * 120 / 100);
}

std::string Seconds(int seconds) { return fmt::format("{} s", seconds); }

bool IsTagged(const StoryReport& s, const Principle& p) {
  return std::find(s.principles.begin(), s.principles.end(), p.id) != s.principles.end();
}

// One piece of a story's text that findings can sit under.
struct TextPart {
  std::string name;
  const Section* section = nullptr;
  int line = 0;  ///< Where its key is; 0 when absent.
};

// Everything the sections share: the bank in report order and best first,
// each story's number (its rank), text and findings.
struct Page {
  const HtmlReportInput& in;
  const LintReport& report;
  const Catalog& catalog;
  std::vector<const StoryReport*> ranked;       ///< Best first (BetterStory).
  std::map<const StoryReport*, size_t> number;  ///< 1-based rank.
  std::map<const StoryReport*, const Story*> text;
  std::map<const StoryReport*, std::vector<const Diagnostic*>> findings;
  std::vector<const Diagnostic*> loose;  ///< Findings no story claims.
  std::vector<Coverage> coverage;

  explicit Page(const HtmlReportInput& input)
      : in(input), report(*input.report), catalog(*input.catalog) {
    for (const StoryReport& s : report.stories) ranked.push_back(&s);
    std::sort(ranked.begin(), ranked.end(), BetterStory);
    for (size_t i = 0; i < ranked.size(); ++i) number[ranked[i]] = i + 1;
    MatchTexts();
    MatchFindings();
    coverage = CoverageOf(report, catalog);
  }

  void MatchTexts() {
    if (in.texts == nullptr) return;
    std::map<std::pair<std::string, int>, const Story*> by_place;
    for (const Story& st : *in.texts) by_place[{st.file, st.mark.line}] = &st;
    for (const StoryReport& s : report.stories) {
      auto it = by_place.find({s.file, s.line});
      if (it != by_place.end()) text[&s] = it->second;
    }
  }

  // A finding belongs to the story of its file and id; when ids repeat in a
  // file, to the last such story that starts at or before its line.
  void MatchFindings() {
    std::map<std::pair<std::string, std::string>, std::vector<const StoryReport*>> by_id;
    for (const StoryReport& s : report.stories) by_id[{s.file, s.id}].push_back(&s);
    for (const Diagnostic& d : report.diagnostics) {
      const StoryReport* owner = nullptr;
      auto it = by_id.find({d.file, d.story});
      if (it != by_id.end()) {
        for (const StoryReport* s : it->second) {  // In file order.
          if (owner == nullptr || s->line <= d.mark.line) owner = s;
        }
      }
      if (owner != nullptr) {
        findings[owner].push_back(&d);
      } else {
        loose.push_back(&d);
      }
    }
  }

  std::string Anchor(const StoryReport* s) const {
    return fmt::format("story-{}", number.at(s));
  }
  std::string Link(const StoryReport* s) const {
    return fmt::format("<a href=\"#{}\">{}</a>", Anchor(s), Esc(s->title));
  }
  std::string PrincipleName(const std::string& id) const {
    const Principle* p = catalog.Find(id);
    return p != nullptr ? p->name : id;
  }
};

std::string Head(const Page& page) {
  std::string title = "Story bank report";
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"color-scheme\" content=\"light\">\n"
      "<meta name=\"generator\" content=\"starbank\">\n"
      "<title>{} ({})</title>\n<style>{}</style>\n</head>\n<body>\n",
      HtmlReportPolicy(), title, Esc(page.catalog.name()), kStyle);
}

std::string Header(const Page& page) {
  std::string dated;
  if (page.in.date_epoch) {
    std::time_t t = static_cast<std::time_t>(*page.in.date_epoch);
    std::tm tm{};
    char buf[32] = "";
    if (gmtime_r(&t, &tm) != nullptr)
      std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
    dated = fmt::format(", as of <time>{}</time>", buf);
  }
  return fmt::format(
      "<header>\n<h1>Story bank report</h1>\n"
      "<p class=\"muted\">{} stor{} against {} principles ({}){}</p>\n"
      "<nav aria-label=\"Sections\"><ul><li><a href=\"#summary\">Summary</a></li>"
      "<li><a href=\"#coverage\">Coverage</a></li><li><a href=\"#gaps\">Gaps</a></li>"
      "<li><a href=\"#loop\">Loop</a></li>{}<li><a href=\"#bank\">Stories</a></li>"
      "<li><a href=\"#cards\">Story cards</a></li></ul></nav>\n</header>\n<main>\n",
      page.report.stories.size(), page.report.stories.size() == 1 ? "y" : "ies",
      page.coverage.size(), Esc(page.catalog.name()), dated,
      page.in.interviews != nullptr && !page.in.interviews->empty()
          ? "<li><a href=\"#interviews\">Interviews</a></li>"
          : "");
}

// Gap counts: with a backup, one story, none.
std::array<int, 3> GapCounts(const Page& page) {
  std::array<int, 3> n{0, 0, 0};
  for (const Coverage& c : page.coverage) ++n[static_cast<int>(c.gap())];
  return n;
}

// A stacked bar of the gap counts, labelled in words as well as colour.
std::string CoverageBar(const std::array<int, 3>& n) {
  int total = std::max(1, n[0] + n[1] + n[2]);
  const char* colour[] = {"hsl(120,45%,60%)", "hsl(42,90%,62%)", "hsl(0,65%,64%)"};
  const char* label[] = {"with a backup", "one story", "no story"};
  std::string out = fmt::format(
      "<svg viewBox=\"0 0 600 54\" width=\"600\" height=\"54\" role=\"img\" "
      "aria-label=\"Principles: {} with a backup, {} with one story, {} with none\">\n",
      n[0], n[1], n[2]);
  int x = 0;
  for (int i = 0; i < 3; ++i) {
    int w = n[i] * 600 / total;
    if (i == 2) w = 600 - x;
    if (n[i] > 0) {
      out +=
          fmt::format("<rect x=\"{}\" y=\"0\" width=\"{}\" height=\"22\" fill=\"{}\"/>\n",
                      x, w, colour[i]);
    }
    out += fmt::format(
        "<rect x=\"{}\" y=\"34\" width=\"12\" height=\"12\" fill=\"{}\"/>"
        "<text x=\"{}\" y=\"45\">{} {}</text>\n",
        i * 200, colour[i], i * 200 + 18, n[i], label[i]);
    x += w;
  }
  return out + "</svg>\n";
}

std::string Summary(const Page& page) {
  const LintReport& r = page.report;
  std::array<int, 3> gaps = GapCounts(page);
  long sum = 0;
  for (const StoryReport& s : r.stories) sum += s.score;
  long n = static_cast<long>(r.stories.size());
  std::string mean = n == 0 ? kDash : std::to_string((2 * sum + n) / (2 * n));
  std::string out = "<section id=\"summary\">\n<h2>Summary</h2>\n<ul class=\"stats\">\n";
  auto one = [](auto n, const char* single, const char* plural) {
    return n == 1 ? single : plural;
  };
  out += fmt::format("<li><b>{}</b>{}</li>\n", r.stories.size(),
                     one(r.stories.size(), "story", "stories"));
  out += fmt::format("<li><b>{}</b>mean score (of 100)</li>\n", mean);
  out += fmt::format("<li><b>{}</b>{} without a story</li>\n", gaps[2],
                     one(gaps[2], "principle", "principles"));
  out += fmt::format("<li><b>{}</b>{} without a backup</li>\n", gaps[1],
                     one(gaps[1], "principle", "principles"));
  out += fmt::format("<li><b>{}</b>findings: {}, {}, {} info</li>\n</ul>\n",
                     r.diagnostics.size(),
                     Counted(r.Count(Severity::kError), "error", "errors"),
                     Counted(r.Count(Severity::kWarning), "warning", "warnings"),
                     r.Count(Severity::kInfo));
  out += CoverageBar(gaps);
  if (!r.errors.empty()) {
    out += fmt::format(
        "<p><span class=\"badge none\">{} file{} did not load</span> "
        "<a href=\"#errors\">see below</a>; the report covers the others.</p>\n",
        r.errors.size(), r.errors.size() == 1 ? "" : "s");
  }
  return out + "</section>\n";
}

std::string GapBadge(Gap gap) {
  if (gap == Gap::kNoStory) return "<span class=\"badge none\">no story</span>";
  if (gap == Gap::kNoBackup) return "<span class=\"badge one\">no backup</span>";
  return "";
}

// One heatmap cell: a tagged story (filled with its score's colour, the
// score written in it), an untagged one whose text fits (hatched, dashed,
// "~fit"), or neither (a dot).
std::string HeatCell(const Page& page, const StoryReport& s, const Principle& p) {
  size_t index = page.catalog.IndexOf(p);
  std::string who = Esc(s.title) + " / " + Esc(p.name);
  if (IsTagged(s, p)) {
    return fmt::format(
        "<td class=\"c t\" style=\"background:{}\" title=\"{}: tagged, score "
        "{}\">{}</td>",
        ScoreColour(s.score), who, s.score, s.score);
  }
  if (index < s.fit.size() && s.fit[index] >= kCouldFitThreshold) {
    std::string fit = fmt::format("{:.2f}", RoundFit(s.fit[index]));
    return fmt::format(
        "<td class=\"c i\" title=\"{}: not tagged, the text fits ({})\">~{}</td>", who,
        fit, fit.substr(1));
  }
  return "<td class=\"c n\" title=\"" + who + ": neither\">&middot;</td>";
}

std::string HeatLegend() {
  return "<ul class=\"legend\">\n"
         "<li><span class=\"c\" style=\"background:hsl(108,70%,82%);font-weight:700\">"
         "90</span>tagged; the number is the story's score, the colour too: "
         "0<span class=\"ramp\"></span>100</li>\n"
         "<li><span class=\"c\" style=\"outline:2px dashed #5e84c9;outline-offset:-3px;"
         "color:#1f4c96\">~.72</span>not tagged, but the text fits (inferred fit "
         "&ge; 0.60, shown after ~)</li>\n"
         "<li><span class=\"c\" style=\"color:#aab1bd\">&middot;</span>neither</li>\n"
         "</ul>\n";
}

std::string Heatmap(const Page& page) {
  std::string out =
      "<section id=\"coverage\">\n<h2>Coverage</h2>\n"
      "<p>Principles by stories. A principle wants two stories: a primary and a "
      "backup. Columns are the stories, best first, numbered as in the story "
      "table.</p>\n" +
      HeatLegend() +
      "<div class=\"scroll\">\n<table class=\"heat\">\n"
      "<caption class=\"muted\">Coverage of each principle by each story</caption>\n"
      "<thead><tr><th scope=\"col\">Principle</th>";
  for (const StoryReport* s : page.ranked) {
    out += fmt::format("<th scope=\"col\" title=\"{}\"><a href=\"#{}\">{}</a></th>",
                       Esc(s->title), page.Anchor(s), page.number.at(s));
  }
  out +=
      "<th scope=\"col\">Stories</th><th scope=\"col\">Gap</th></tr></thead>\n<tbody>\n";
  for (const Coverage& c : page.coverage) {
    out += "<tr><th scope=\"row\">" + Esc(c.principle->name) + "</th>";
    for (const StoryReport* s : page.ranked) out += HeatCell(page, *s, *c.principle);
    out += fmt::format("<td class=\"num\">{}</td><td>{}</td></tr>\n", c.stories.size(),
                       GapBadge(c.gap()));
  }
  out += "</tbody>\n</table>\n</div>\n<ol class=\"key\">\n";
  for (const StoryReport* s : page.ranked) out += "<li>" + page.Link(s) + "</li>\n";
  return out + "</ol>\n</section>\n";
}

std::string Gaps(const Page& page) {
  std::string none, backup;
  for (const Coverage& c : page.coverage) {
    std::string name = Esc(c.principle->name);
    if (c.gap() == Gap::kNoStory) {
      none += fmt::format(
          "<li>{} &mdash; <code>starbank new &quot;TITLE&quot; --principle "
          "&quot;{}&quot;</code></li>\n",
          name, name);
    } else if (c.gap() == Gap::kNoBackup) {
      backup += fmt::format("<li>{} &mdash; only {}</li>\n", name, page.Link(c.best()));
    }
  }
  std::string out = "<section id=\"gaps\">\n<h2>Gaps</h2>\n";
  if (none.empty() && backup.empty()) {
    return out + "<p>Every principle has a primary and a backup story.</p>\n</section>\n";
  }
  if (!none.empty()) out += "<h3>No story</h3>\n<ul>\n" + none + "</ul>\n";
  if (!backup.empty()) out += "<h3>No backup</h3>\n<ul>\n" + backup + "</ul>\n";
  return out + "</section>\n";
}

std::string LoopRow(const Page& page, const PlanSlot& slot) {
  std::string name = Esc(slot.principle->name);
  if (slot.story == nullptr) {
    return fmt::format(
        "<tr><th scope=\"row\">{}</th><td colspan=\"5\">"
        "<span class=\"badge none\">no story</span></td></tr>\n",
        name);
  }
  const StoryReport* s = slot.story;
  return fmt::format(
      "<tr><th scope=\"row\">{}</th><td>{}</td><td class=\"num\">{}</td>"
      "<td class=\"num\">{}</td><td class=\"num\">{:.2f}</td><td>{}</td></tr>\n",
      name, page.Link(s), s->score, Seconds(s->seconds), slot.fit,
      slot.tagged ? "tagged" : "not tagged; the text fits");
}

std::string Loop(const Page& page) {
  std::string out = "<section id=\"loop\">\n<h2>Loop</h2>\n";
  const Plan* plan = page.in.plan;
  if (plan == nullptr) {
    return out +
           "<p>No loop was asked for. <code>starbank export --format html "
           "--principles SET</code> (or <code>A,B,C</code>) adds the stories "
           "<code>starbank plan</code> would pick.</p>\n</section>\n";
  }
  std::string label =
      page.in.plan_label.empty() ? "the principles asked" : Esc(page.in.plan_label);
  out += fmt::format(
      "<p>What <code>starbank plan</code> picks for {}: one distinct story per "
      "principle, for the largest total fit ({:.2f} of {}).</p>\n",
      label, plan->total, plan->slots.size());
  out +=
      "<div class=\"scroll\">\n<table>\n<thead><tr><th scope=\"col\">Principle</th>"
      "<th scope=\"col\">Story</th><th scope=\"col\" class=\"num\">Score</th>"
      "<th scope=\"col\" class=\"num\">Spoken</th><th scope=\"col\" "
      "class=\"num\">Fit</th>"
      "<th scope=\"col\">Why</th></tr></thead>\n<tbody>\n";
  for (const PlanSlot& slot : plan->slots) out += LoopRow(page, slot);
  out += "</tbody>\n</table>\n</div>\n";
  std::vector<const Principle*> uncovered = plan->Uncovered();
  if (uncovered.empty()) {
    out += "<p>Every principle of the loop gets a different story.</p>\n";
  } else {
    std::vector<std::string> names;
    for (const Principle* p : uncovered) names.push_back(p->name);
    out += "<p>Uncovered: " + Esc(JoinNames(names)) + ".</p>\n";
  }
  return out + "</section>\n";
}

// A story id as a link to its card when the bank has it, else as text.
std::string StoryRef(const Page& page, const std::string& id) {
  for (const StoryReport* s : page.ranked) {
    if (s->id == id)
      return fmt::format("<a href=\"#{}\">{}</a>", page.Anchor(s), Esc(id));
  }
  return Esc(id) + " <span class=\"badge one\">not in the bank</span>";
}

// For an upcoming round: each asked principle with its best story not told
// at the company yet (by plan fit), or a badge saying there is none.
std::string AskedAhead(const Page& page, const InterviewRound& r) {
  std::vector<std::string> told;
  for (const InterviewRound& x : *page.in.interviews) {
    if (AtCompany(x, r.company)) told.insert(told.end(), x.told.begin(), x.told.end());
  }
  std::string out = "<ul class=\"asked\">";
  for (const std::string& a : r.asked) {
    const Principle* p = page.catalog.Find(a);
    if (p == nullptr) {
      out +=
          "<li>" + Esc(a) + " <span class=\"badge one\">not in the catalog</span></li>";
      continue;
    }
    const StoryReport* best = nullptr;
    double best_fit = 0;
    bool any = false;
    for (const StoryReport* s : page.ranked) {
      double fit = PlanFit(*s, *p, page.catalog);
      if (fit <= 0) continue;
      any = true;
      if (std::find(told.begin(), told.end(), s->id) != told.end()) continue;
      if (fit > best_fit) best_fit = fit, best = s;
    }
    out += "<li>" + Esc(p->name) + ": ";
    if (best != nullptr) {
      out += "untold " + StoryRef(page, best->id);
    } else if (any) {
      out += "<span class=\"badge none\">no untold story</span> (told here: ";
      std::string list;
      for (const StoryReport* s : page.ranked) {
        bool told_here = std::find(told.begin(), told.end(), s->id) != told.end();
        if (told_here && PlanFit(*s, *p, page.catalog) > 0) {
          list += (list.empty() ? "" : ", ") + StoryRef(page, s->id);
        }
      }
      out += list + ")";
    } else {
      out += "<span class=\"badge none\">no story</span>";
    }
    out += "</li>";
  }
  return out + "</ul>";
}

std::string InterviewRow(const Page& page, const InterviewRound& r, bool upcoming) {
  std::string when = Esc(r.date);
  if (upcoming) {
    int64_t n = r.day - page.in.today;
    when += n <= 0   ? " <span class=\"badge\">today</span>"
            : n == 1 ? " <span class=\"badge\">tomorrow</span>"
                     : fmt::format(" <span class=\"badge\">in {} days</span>", n);
  }
  std::string asked;
  if (upcoming) {
    asked = AskedAhead(page, r);
  } else {
    std::vector<std::string> names;
    for (const std::string& a : r.asked) {
      const Principle* p = page.catalog.Find(a);
      names.push_back(p ? p->name : a);
    }
    asked = Esc(JoinNames(names));
  }
  std::string told;
  for (const std::string& id : r.told)
    told += (told.empty() ? "" : ", ") + StoryRef(page, id);
  auto lines = [](const std::string& text) {  // A hand-written newline stays one.
    std::string out = Esc(text);
    for (size_t i = out.find('\n'); i != std::string::npos; i = out.find('\n', i + 4)) {
      out.replace(i, 1, "<br>");
    }
    return out;
  };
  std::string outcome = lines(r.outcome);
  if (!r.notes.empty()) outcome += (outcome.empty() ? "" : "<br>") + lines(r.notes);
  return fmt::format(
      "<tr{}><td>{}</td><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td>"
      "<td>{}</td></tr>\n",
      upcoming ? " class=\"upcoming\"" : "", when, Esc(r.company), Esc(r.round),
      asked.empty() ? kDash : asked, told.empty() ? kDash : told,
      outcome.empty() ? kDash : outcome);
}

// The interview log's timeline: upcoming rounds first (soonest first), then
// past ones, newest first. No log, no section.
std::string Interviews(const Page& page) {
  if (page.in.interviews == nullptr || page.in.interviews->empty()) return "";
  std::vector<const InterviewRound*> upcoming, past;
  std::vector<std::string> companies;
  for (const InterviewRound& r : *page.in.interviews) {
    bool ahead = r.day > page.in.today || (r.day == page.in.today && r.told.empty());
    (ahead ? upcoming : past).push_back(&r);
    if (std::none_of(companies.begin(), companies.end(),
                     [&](const std::string& c) { return AtCompany(r, c); })) {
      companies.push_back(r.company);
    }
  }
  auto by_day = [](const InterviewRound* a, const InterviewRound* b) {
    return a->day < b->day;
  };
  std::stable_sort(upcoming.begin(), upcoming.end(), by_day);
  std::stable_sort(
      past.begin(), past.end(),
      [](const InterviewRound* a, const InterviewRound* b) { return a->day > b->day; });
  std::string out = "<section id=\"interviews\">\n<h2>Interviews</h2>\n";
  out += fmt::format(
      "<p>{} at {} from <code>{}</code>: {} upcoming, {} past. For an upcoming round, "
      "each principle asked shows its best story not yet told at that company; "
      "<code>starbank plan --company NAME</code> plans the round.</p>\n",
      page.in.interviews->size() == 1
          ? "1 round"
          : fmt::format("{} rounds", page.in.interviews->size()),
      companies.size() == 1 ? "1 company" : fmt::format("{} companies", companies.size()),
      Esc(page.in.interview_log), upcoming.size(), past.size());
  out +=
      "<div class=\"scroll\">\n<table>\n<thead><tr><th scope=\"col\">Date</th>"
      "<th scope=\"col\">Company</th><th scope=\"col\">Round</th>"
      "<th scope=\"col\">Asked</th><th scope=\"col\">Told</th>"
      "<th scope=\"col\">Outcome</th></tr></thead>\n<tbody>\n";
  for (const InterviewRound* r : upcoming) out += InterviewRow(page, *r, true);
  for (const InterviewRound* r : past) out += InterviewRow(page, *r, false);
  return out + "</tbody>\n</table>\n</div>\n</section>\n";
}

std::string Principles(const Page& page, const StoryReport& s) {
  std::vector<std::string> names;
  for (const std::string& id : s.principles) names.push_back(page.PrincipleName(id));
  return names.empty() ? kDash : Esc(JoinNames(names));
}

std::string LastPractised(const Page& page, const StoryReport& s) {
  auto it = page.in.last_practised.find(s.id);
  return it == page.in.last_practised.end() ? kDash : Esc(it->second);
}

std::string StoryTable(const Page& page) {
  std::string out =
      "<section id=\"bank\">\n<h2>Stories</h2>\n"
      "<p class=\"muted\">Best first. Click a column heading to sort by it.</p>\n"
      "<div class=\"scroll\">\n<table class=\"sortable\">\n<thead><tr>"
      "<th scope=\"col\" class=\"num\">#</th><th scope=\"col\">Story</th>"
      "<th scope=\"col\" class=\"num\">Score</th><th scope=\"col\" "
      "class=\"num\">Spoken</th>"
      "<th scope=\"col\">Principles</th><th scope=\"col\" class=\"num\">Findings</th>"
      "<th scope=\"col\">Last practised</th></tr></thead>\n<tbody>\n";
  for (const StoryReport* s : page.ranked) {
    auto f = page.findings.find(s);
    size_t findings = f == page.findings.end() ? 0 : f->second.size();
    std::string practised = LastPractised(page, *s);
    out += fmt::format(
        "<tr><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td>"
        "<td class=\"num\" data-sort=\"{}\">{}</td><td>{}</td><td class=\"num\">{}</td>"
        "<td data-sort=\"{}\">{}</td></tr>\n",
        page.number.at(s), page.Link(s), s->score, s->seconds, Seconds(s->seconds),
        Principles(page, *s), findings, practised == kDash ? "" : practised, practised);
  }
  return out + "</tbody>\n</table>\n</div>\n</section>\n";
}

// The five score dimensions as horizontal bars, each labelled with its
// points and maximum, so the numbers read without the colours.
std::string DimensionBars(const StoryReport& s) {
  const Dimensions& d = s.dimensions;
  const std::pair<const char*, std::pair<int, int>> rows[] = {
      {"quantified", {d.quantified, Dimensions::kQuantifiedMax}},
      {"ownership", {d.ownership, Dimensions::kOwnershipMax}},
      {"setback", {d.setback, Dimensions::kSetbackMax}},
      {"length", {d.length, Dimensions::kLengthMax}},
      {"structure", {d.structure, Dimensions::kStructureMax}}};
  std::string label;
  for (const auto& r : rows) {
    label += fmt::format("{}{} {} of {}", label.empty() ? "" : ", ", r.first,
                         r.second.first, r.second.second);
  }
  std::string out = fmt::format(
      "<svg class=\"bars\" viewBox=\"0 0 420 120\" width=\"420\" height=\"120\" "
      "role=\"img\" aria-label=\"Score {} of 100: {}\">\n",
      s.score, label);
  int y = 2;
  for (const auto& r : rows) {
    int value = std::clamp(r.second.first, 0, r.second.second);
    int width = value * 240 / r.second.second;
    out += fmt::format(
        "<text x=\"0\" y=\"{}\">{}</text>"
        "<rect x=\"90\" y=\"{}\" width=\"240\" height=\"16\" rx=\"3\" fill=\"#eceff3\"/>"
        "<rect x=\"90\" y=\"{}\" width=\"{}\" height=\"16\" rx=\"3\" fill=\"{}\"/>"
        "<text x=\"340\" y=\"{}\">{} / {}</text>\n",
        y + 13, r.first, y, y, width, ScoreColour(value * 100 / r.second.second), y + 13,
        value, r.second.second);
    y += 23;
  }
  return out + "</svg>\n";
}

std::string Finding(const Diagnostic& d) {
  return fmt::format(
      "<li class=\"{}\"><span class=\"sev\">{}</span>line {}:{} &mdash; {} "
      "<code>[{}]</code></li>\n",
      SeverityName(d.severity), SeverityName(d.severity), d.mark.line, d.mark.column,
      Esc(d.message), Esc(d.rule));
}

std::string FindingList(const std::vector<const Diagnostic*>& list) {
  if (list.empty()) return "";
  std::string out = "<ul class=\"findings\">\n";
  for (const Diagnostic* d : list) out += Finding(*d);
  return out + "</ul>\n";
}

// The parts of a story's text in file order, each with where its key is.
std::vector<TextPart> PartsOf(const Story* story) {
  std::vector<TextPart> parts;
  if (story == nullptr) return parts;
  for (int i = 0; i < kPartCount; ++i) {
    const Section& sec = story->parts[i];
    parts.push_back(
        TextPart{PartName(static_cast<Part>(i)), &sec, sec.present ? sec.key.line : 0});
  }
  if (story->tradeoffs.present)
    parts.push_back(TextPart{"tradeoffs", &story->tradeoffs, story->tradeoffs.key.line});
  if (!story->followups.empty())
    parts.push_back(TextPart{"followups", nullptr, story->followups[0].mark.line});
  return parts;
}

// Which part a finding sits under: the last whose key is at or above its
// line; -1 (the story as a whole) when it is above them all.
int PartOf(const std::vector<TextPart>& parts, const Diagnostic& d) {
  int best = -1;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].line == 0 || parts[i].line > d.mark.line) continue;
    if (best < 0 || parts[i].line >= parts[static_cast<size_t>(best)].line)
      best = static_cast<int>(i);
  }
  return best;
}

std::string PartText(const Story& story, const TextPart& part) {
  if (part.section == nullptr) {  // followups
    std::string out = "<dl>\n";
    for (const Followup& f : story.followups) {
      out += "<dt>" + Esc(f.question) + "</dt>\n<dd class=\"text\">" + Esc(f.answer) +
             "</dd>\n";
    }
    return out + "</dl>\n";
  }
  if (part.section->empty()) return "<p class=\"muted\">(missing)</p>\n";
  return "<p class=\"text\">" + Esc(part.section->text) + "</p>\n";
}

std::string CardBody(const Page& page, const StoryReport& s) {
  auto it = page.text.find(&s);
  const Story* story = it == page.text.end() ? nullptr : it->second;
  std::vector<TextPart> parts = PartsOf(story);
  std::vector<std::vector<const Diagnostic*>> under(parts.size());
  std::vector<const Diagnostic*> whole;
  auto f = page.findings.find(&s);
  if (f != page.findings.end()) {
    for (const Diagnostic* d : f->second) {
      int i = PartOf(parts, *d);
      (i < 0 ? whole : under[static_cast<size_t>(i)]).push_back(d);
    }
  }
  std::string out;
  if (!whole.empty()) out += "<h4>On the story</h4>\n" + FindingList(whole);
  if (story == nullptr) out += "<p class=\"muted\">(text not available)</p>\n";
  if (story != nullptr && !story->prompts.empty()) {
    out += "<h4>prompts</h4>\n<ul>\n";
    for (const std::string& p : story->prompts) out += "<li>" + Esc(p) + "</li>\n";
    out += "</ul>\n";
  }
  for (size_t i = 0; i < parts.size(); ++i) {
    out += "<h4>" + parts[i].name + "</h4>\n" + PartText(*story, parts[i]);
    out += FindingList(under[i]);
  }
  return out;
}

std::string Card(const Page& page, const StoryReport& s) {
  auto f = page.findings.find(&s);
  size_t findings = f == page.findings.end() ? 0 : f->second.size();
  return fmt::format(
      "<article class=\"card\" id=\"{}\">\n<h3>{}. {}</h3>\n"
      "<p class=\"meta\"><code>{}:{}</code> &middot; id <code>{}</code> &middot; "
      "{} &middot; {} words &middot; last practised {}</p>\n"
      "<p>Principles: {}</p>\n<p><strong>Score {} / 100</strong> &middot; {} "
      "finding{}</p>\n{}{}</article>\n",
      page.Anchor(&s), page.number.at(&s), Esc(s.title), Esc(s.file), s.line, Esc(s.id),
      Seconds(s.seconds), s.words, LastPractised(page, s), Principles(page, s), s.score,
      findings, findings == 1 ? "" : "s", DimensionBars(s), CardBody(page, s));
}

std::string Cards(const Page& page) {
  std::string out = "<section id=\"cards\">\n<h2>Story cards</h2>\n";
  if (page.ranked.empty()) out += "<p>No stories were found.</p>\n";
  for (const StoryReport* s : page.ranked) out += Card(page, *s);
  return out + "</section>\n";
}

// Load errors, and findings no story claims (a file-wide directive, say).
std::string Problems(const Page& page) {
  std::string out;
  if (!page.report.errors.empty()) {
    out +=
        "<section id=\"errors\">\n<h2>Files that did not load</h2>\n<ul "
        "class=\"findings\">\n";
    for (const Diagnostic& d : page.report.errors) {
      out += fmt::format("<li class=\"error\"><code>{}:{}:{}</code> &mdash; {}</li>\n",
                         Esc(d.file), d.mark.line, d.mark.column, Esc(d.message));
    }
    out += "</ul>\n</section>\n";
  }
  if (!page.loose.empty()) {
    out += "<section id=\"other\">\n<h2>Other findings</h2>\n<ul class=\"findings\">\n";
    for (const Diagnostic* d : page.loose) {
      out += fmt::format(
          "<li class=\"{}\"><span class=\"sev\">{}</span><code>{}:{}:{}</code> &mdash; "
          "{} <code>[{}]</code></li>\n",
          SeverityName(d->severity), SeverityName(d->severity), Esc(d->file),
          d->mark.line, d->mark.column, Esc(d->message), Esc(d->rule));
    }
    out += "</ul>\n</section>\n";
  }
  return out;
}

std::string Foot(const Page& page) {
  return fmt::format(
      "</main>\n<footer>Made by <code>starbank export --format html</code> from {} "
      "stor{}. Scores: docs/scoring.md; coverage, inference and plans: "
      "docs/bank-views.md.</footer>\n<script>{}</script>\n</body>\n</html>\n",
      page.report.stories.size(), page.report.stories.size() == 1 ? "y" : "ies", kScript);
}

}  // namespace

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      switch (c) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += "&#39;";
          break;
        default:
          if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
            out += fmt::format("\\x{:02x}", c);
          } else {
            out += static_cast<char>(c);
          }
      }
      ++i;
      continue;
    }
    size_t len = 0;
    uint32_t cp = static_cast<uint32_t>(DecodeUtf8(text, i, &len));
    if (len == 0) {
      out += fmt::format("\\x{:02x}", c);
      ++i;
    } else if (cp <= 0x9f || IsNonCharacter(cp)) {
      out += fmt::format(cp > 0xffff ? "\\U{:08x}" : "\\u{:04x}", cp);
      i += len;
    } else {
      out.append(text.substr(i, len));
      i += len;
    }
  }
  return out;
}

std::string HtmlReportPolicy() {
  // The <script> element's text, exactly, is what the hash covers.
  return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
         "script-src 'sha256-" +
         Base64(Sha256(kScript)) + "'; base-uri 'none'; form-action 'none'";
}

std::string RenderHtmlReport(const HtmlReportInput& in) {
  Page page(in);
  return Head(page) + Header(page) + Summary(page) + Heatmap(page) + Gaps(page) +
         Loop(page) + Interviews(page) + StoryTable(page) + Cards(page) + Problems(page) +
         Foot(page);
}

}  // namespace starbank
