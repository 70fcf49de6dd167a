// Concrete reporters; use MakeReporter (report.h) instead of these.
#ifndef STARBANK_SRC_REPORT_REPORTERS_H_
#define STARBANK_SRC_REPORT_REPORTERS_H_

#include <nlohmann/json.hpp>

#include "starbank/report.h"

namespace starbank {

std::unique_ptr<Reporter> MakeTextReporter(const RenderOptions& options);
std::unique_ptr<Reporter> MakeJsonReporter(const RenderOptions& options);
std::unique_ptr<Reporter> MakeSarifReporter(const RenderOptions& options);
std::unique_ptr<Reporter> MakeGithubReporter(const RenderOptions& options);

/// The "stories[]" entry of the JSON report, shared with other commands.
nlohmann::json StoryJson(const StoryReport& story);
/// The whole JSON report; `min_score` (-1: none) fills the summary's
/// "min_score" and "below_min_score".
nlohmann::json ToJson(const LintReport& report, int min_score = -1);

}  // namespace starbank

#endif  // STARBANK_SRC_REPORT_REPORTERS_H_
