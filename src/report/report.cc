#include "reporters.h"

namespace starbank {

const std::vector<std::string>& ReporterNames() {
  static const std::vector<std::string> names = {"text", "json", "sarif", "github"};
  return names;
}

std::unique_ptr<Reporter> MakeReporter(std::string_view format,
                                       const RenderOptions& options) {
  if (format == "text") return MakeTextReporter(options);
  if (format == "json") return MakeJsonReporter(options);
  if (format == "sarif") return MakeSarifReporter(options);
  if (format == "github") return MakeGithubReporter(options);
  return nullptr;
}

}  // namespace starbank
