// The new-story template (data/template.yaml, embedded as kEmbeddedTemplate)
// and the helpers `starbank new` names and fills it with.
#include <fmt/format.h>
#include <utf8proc.h>

#include <cstdlib>
#include <string>

#include "starbank/catalog.h"
#include "text/lines.h"
#include "text/printable.h"
#include "views/bank.h"
#include "views/template.h"

namespace starbank {

extern const char* const kEmbeddedTemplate;

namespace {

constexpr size_t kMaxSlug = 60;

// Replaces every "{{key}}" in `text` with `value`.
void Fill(std::string* text, std::string_view key, std::string_view value) {
  std::string marker = fmt::format("{{{{{}}}}}", key);
  for (size_t p = text->find(marker); p != std::string::npos;
       p = text->find(marker, p + value.size())) {
    text->replace(p, marker.size(), value);
  }
}

// One line, safe inside a YAML comment.
std::string OneLine(std::string_view s) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\r') ? ' ' : c;
  return out;
}

// "#  - item" lines for each principle's `field`, under a "# Name:" line
// per principle when there are several.
std::string CommentList(const std::vector<const Principle*>& principles,
                        std::vector<std::string> Principle::*field,
                        std::string_view indent) {
  std::string out;
  for (const Principle* p : principles) {
    if (principles.size() > 1) out += fmt::format("# {}:\n", OneLine(p->name));
    for (const std::string& item : p->*field) {
      out += fmt::format("#{}- {}\n", indent, OneLine(item));
    }
  }
  if (!out.empty()) out.pop_back();  // The template line supplies the newline.
  return out;
}

std::string FollowupComments(const std::vector<const Principle*>& principles) {
  std::string out;
  for (const Principle* p : principles) {
    for (const std::string& q : p->followups) {
      out += fmt::format("#  - question: {}\n#    answer: \n", YamlQuote(OneLine(q)));
    }
  }
  if (!out.empty()) out.pop_back();
  return out;
}

}  // namespace

std::string YamlQuote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string Slugify(std::string_view title) {
  // Accents go (NFKD, then the marks dropped: "Café résumé" -> "cafe-resume");
  // letters and digits of any script stay, lowercased; the rest separates words.
  utf8proc_uint8_t* folded = nullptr;
  utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(title.data()),
      static_cast<utf8proc_ssize_t>(title.size()), &folded,
      static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE |
                                     UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD));
  std::string text = n >= 0 ? std::string(reinterpret_cast<char*>(folded), n) : "";
  std::free(folded);  // utf8proc_map allocates with malloc
  std::string slug;
  bool pending_dash = false;
  for (size_t i = 0; i < text.size();) {
    size_t len = 0;
    int32_t cp = DecodeUtf8(text, i, &len);
    if (len == 0) break;  // only for invalid input, which utf8proc_map refused
    utf8proc_category_t cat = utf8proc_category(cp);
    bool word = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
    if (word) {
      if (pending_dash && !slug.empty()) slug += '-';
      pending_dash = false;
      slug.append(text, i, len);
    } else if (cp != '\'' && cp != 0x2019) {
      pending_dash = true;  // "don't" stays one word
    }
    i += len;
  }
  if (slug.size() > kMaxSlug) {
    size_t cut = slug.rfind('-', kMaxSlug);
    if (cut == std::string::npos || cut <= kMaxSlug / 2) {
      cut = CharBoundaryBefore(slug, kMaxSlug);  // no word break near
    }
    slug.resize(cut);
  }
  return slug.empty() ? "story" : slug;
}

std::string RenderStoryTemplate(std::string_view title,
                                const std::vector<const Principle*>& principles) {
  std::string names, list;
  for (const Principle* p : principles) {
    names += (names.empty() ? "" : ", ") + OneLine(p->name);
    list += (list.empty() ? "" : ", ") + YamlQuote(p->name);
  }
  std::string out = kEmbeddedTemplate;
  Fill(&out, "principle_names", names);
  Fill(&out, "principles", "[" + list + "]");
  Fill(&out, "prompt_comments", CommentList(principles, &Principle::prompts, "  "));
  Fill(&out, "followup_comments", FollowupComments(principles));
  Fill(&out, "title", YamlQuote(OneLine(title)));  // Last: the user's text.
  return out;
}

}  // namespace starbank
