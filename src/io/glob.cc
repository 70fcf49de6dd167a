#include "io/glob.h"

#include <fnmatch.h>

#include <filesystem>

namespace starbank {

bool GlobMatches(const std::string& glob, const std::string& rel) {
  std::string g = glob;
  while (g.rfind("./", 0) == 0) g.erase(0, 2);
  if (fnmatch(g.c_str(), rel.c_str(), 0) == 0) return true;
  // "**/x" matches x at any depth, the top one too.
  if (g.rfind("**/", 0) == 0 && GlobMatches(g.substr(3), rel)) return true;
  for (;;) {
    if (!g.empty() && g.back() == '/') {
      g.pop_back();
    } else if (g.size() > 3 && g.compare(g.size() - 3, 3, "/**") == 0) {
      g.resize(g.size() - 3);
    } else {
      break;
    }
  }
  if (g.empty()) return false;
  if (g.find('/') != std::string::npos) {
    return fnmatch((g + "/*").c_str(), rel.c_str(), 0) == 0;
  }
  for (const std::filesystem::path& part : std::filesystem::path(rel)) {
    if (fnmatch(g.c_str(), part.c_str(), 0) == 0) return true;
  }
  return false;
}

}  // namespace starbank
