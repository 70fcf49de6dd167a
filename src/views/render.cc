#include "views/render.h"

#include <fmt/format.h>

#include "text/printable.h"
#include "text/tokens.h"

namespace starbank {

std::string PrintableLine(std::string_view s) { return Printable(FoldSpace(s)); }

std::string Paint::operator()(std::string_view code, std::string_view text) const {
  return on ? fmt::format("\033[{}m{}\033[0m", code, text) : std::string(text);
}

std::string Wrap(std::string_view text, std::string_view indent, size_t columns) {
  std::string out, line;
  size_t line_width = 0;
  for (size_t i = 0; i < text.size();) {
    size_t sp = text.find(' ', i);
    std::string_view word =
        text.substr(i, sp == std::string_view::npos ? std::string_view::npos : sp - i);
    size_t w = DisplayWidth(word);
    if (!line.empty() && indent.size() + line_width + 1 + w > columns) {
      out.append(indent).append(line) += '\n';
      line.clear();
      line_width = 0;
    }
    if (!line.empty()) {
      line += ' ';
      ++line_width;
    }
    line.append(word);
    line_width += w;
    i = sp == std::string_view::npos ? text.size() : sp + 1;
  }
  if (!line.empty()) out.append(indent).append(line) += '\n';
  return out;
}

nlohmann::json ErrorsJson(const std::vector<Diagnostic>& errors) {
  nlohmann::json j = nlohmann::json::array();
  for (const Diagnostic& d : errors) {
    j.push_back({{"file", d.file},
                 {"line", d.mark.line},
                 {"column", d.mark.column},
                 {"message", d.message}});
  }
  return j;
}

}  // namespace starbank
