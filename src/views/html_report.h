// The HTML report: the whole bank on one self-contained page.
//
// RenderHtmlReport is pure: a linted bank (with inferred fits), the stories'
// text, an optional loop plan and a few labels in, the page's bytes out. The
// page carries its CSS, its SVG and its one small script inline; its
// Content-Security-Policy forbids fetching anything and allows the script by
// its SHA-256, so the page reads the same from a file, an attachment or a
// printout, and nothing in it reaches the network. The same input gives the
// same bytes: nothing depends on the clock unless a date is passed in.
// The input only points at the report, catalog, stories and plan, which must
// outlive the call.
#ifndef STARBANK_SRC_VIEWS_HTML_REPORT_H_
#define STARBANK_SRC_VIEWS_HTML_REPORT_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace starbank {

class Catalog;
struct LintReport;
struct Plan;
struct Story;
struct InterviewRound;

struct HtmlReportInput {
  const LintReport* report = nullptr;  ///< Linted with LintOptions::infer.
  const Catalog* catalog = nullptr;
  /// The stories' text, matched to report stories by file and line; a
  /// story without a match gets a card without its text.
  const std::vector<Story>* texts = nullptr;
  const Plan* plan = nullptr;  ///< The loop section; null: none was asked.
  std::string plan_label;      ///< What the loop is, e.g. a catalog set's name.
  /// "Last practised" per story id, as the practice drill records it; a story
  /// missing here shows a dash.
  std::map<std::string, std::string> last_practised;
  /// The interview log's rounds (folded), for the Interviews section; null
  /// or empty: the page has no such section. `today` splits them into
  /// upcoming and past; `interview_log` is the log's path, as shown.
  const std::vector<InterviewRound>* interviews = nullptr;
  int64_t today = 0;
  std::string interview_log;
  /// SOURCE_DATE_EPOCH: the page is dated only when this is set.
  std::optional<long long> date_epoch;
};

/// The report page, UTF-8, deterministic in its input.
std::string RenderHtmlReport(const HtmlReportInput& in);

/// `text` made safe for HTML text and for double- or single-quoted
/// attribute values: & < > " ' become character references, and every
/// character an HTML parser would reject or a reader could not see (C0 and C1
/// controls other than tab and newline, DEL, noncharacters) and every byte
/// that is not UTF-8 shows as a visible escape: \x1b, \u0085, \xff.
std::string HtmlEscape(std::string_view text);

/// The page's Content-Security-Policy (the script's hash included).
std::string HtmlReportPolicy();

}  // namespace starbank

#endif  // STARBANK_SRC_VIEWS_HTML_REPORT_H_
