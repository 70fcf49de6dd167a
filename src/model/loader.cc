#include "starbank/loader.h"

#include <fmt/format.h>

#include <algorithm>

#include "text/closest.h"
#include "text/tokens.h"

namespace starbank {
namespace {

bool IsStoryKey(std::string_view key) {
  for (const std::string& k : StoryKeys()) {
    if (k == key) return true;
  }
  return false;
}

bool HasStoryKeys(const YamlNode& n) {
  if (n.kind != YamlNode::Kind::kMap) return false;
  for (size_t i = 0; i < n.MapSize(); ++i) {
    if (IsStoryKey(n.Key(i).value) && n.Key(i).value != "id" &&
        n.Key(i).value != "tags") {
      return true;
    }
  }
  return false;
}

std::string FileStem(std::string_view file) {
  size_t slash = file.find_last_of("/\\");
  std::string_view base = slash == std::string_view::npos ? file : file.substr(slash + 1);
  size_t dot = base.find_last_of('.');
  return std::string(dot == std::string_view::npos || dot == 0 ? base : base.substr(0, dot));
}

class StoryReader {
 public:
  StoryReader(std::string_view file, std::vector<Diagnostic>* errors)
      : file_(file), errors_(errors) {}

  void Fail(Mark m, std::string message) {
    errors_->push_back(Diagnostic{file_, m, Severity::kError, "", story_id_,
                                  std::move(message), ""});
  }

  // text, or (where allowed) a list of strings joined by newlines.
  void ReadText(const YamlNode& key, const YamlNode& v, bool list_ok,
                Section* s) {
    s->present = true;
    s->key = key.mark;
    s->value = v.mark;
    s->block = v.block;
    if (v.IsNull()) return;
    if (v.kind == YamlNode::Kind::kScalar) {
      s->text = v.value;
      return;
    }
    if (v.kind == YamlNode::Kind::kSequence && list_ok) {
      for (const YamlNode& item : v.items) {
        if (item.kind != YamlNode::Kind::kScalar) {
          Fail(item.mark, fmt::format("each item of '{}' must be text, got {}",
                                      key.value, item.KindName()));
          continue;
        }
        if (!s->text.empty()) s->text += '\n';
        s->text += item.value;
        s->item_marks.push_back(item.mark);
      }
      return;
    }
    Fail(v.mark, fmt::format("'{}' must be text{}, got {}", key.value,
                             list_ok ? " or a list of text" : "", v.KindName()));
    s->present = false;
    s->invalid = true;
  }

  // A list of strings; a single string is taken as a one-item list.
  template <typename F>
  void ReadStrings(const YamlNode& key, const YamlNode& v, F add) {
    if (v.IsNull()) return;
    if (v.kind == YamlNode::Kind::kScalar) {
      add(v.value, v.mark);
      return;
    }
    if (v.kind != YamlNode::Kind::kSequence) {
      Fail(v.mark, fmt::format("'{}' must be a list of text, got {}",
                               key.value, v.KindName()));
      return;
    }
    for (const YamlNode& item : v.items) {
      if (item.kind != YamlNode::Kind::kScalar) {
        Fail(item.mark, fmt::format("each item of '{}' must be text, got {}",
                                    key.value, item.KindName()));
        continue;
      }
      add(item.value, item.mark);
    }
  }

  void ReadFollowups(const YamlNode& key, const YamlNode& v, Story* story) {
    if (v.IsNull()) return;
    if (v.kind != YamlNode::Kind::kSequence) {
      Fail(v.mark, fmt::format("'{}' must be a list of question/answer pairs, got {}",
                               key.value, v.KindName()));
      return;
    }
    for (const YamlNode& item : v.items) {
      if (item.kind != YamlNode::Kind::kMap) {
        Fail(item.mark, fmt::format("a follow-up must be a mapping with 'question' "
                                    "and 'answer', got {}", item.KindName()));
        continue;
      }
      Followup f;
      f.mark = item.mark;
      for (size_t i = 0; i < item.MapSize(); ++i) {
        const std::string& k = item.Key(i).value;
        const YamlNode& val = item.Value(i);
        std::string* target = k == "question" ? &f.question
                              : k == "answer" ? &f.answer : nullptr;
        if (target == nullptr) {
          story->unknown_keys.push_back(UnknownKey{"followups." + k, item.Key(i).mark});
        } else if (val.kind == YamlNode::Kind::kScalar) {
          *target = val.value;
        } else if (!val.IsNull()) {
          Fail(val.mark, fmt::format("'{}' must be text, got {}", k, val.KindName()));
        }
      }
      story->followups.push_back(std::move(f));
    }
  }

  void Read(const YamlNode& n, Story* story) {
    story->mark = n.mark;
    story_id_ = story->id;
    for (size_t i = 0; i < n.MapSize(); ++i) {
      const YamlNode& key = n.Key(i);
      const YamlNode& v = n.Value(i);
      const std::string& k = key.value;
      if (k == "id") {
        if (v.kind == YamlNode::Kind::kScalar && !v.value.empty()) {
          story->id = v.value;
          story->explicit_id = true;
          story->id_mark = v.mark;
          story_id_ = story->id;
        } else {
          Fail(v.mark, fmt::format("'id' must be text, got {}", v.KindName()));
        }
      } else if (k == "title") {
        ReadText(key, v, false, &story->title);
      } else if (k == "principles") {
        story->principles_key.present = true;
        story->principles_key.key = key.mark;
        story->principles_key.value = v.mark;
        ReadStrings(key, v, [&](const std::string& s, Mark m) {
          story->principles.push_back(PrincipleRef{s, m});
        });
      } else if (k == "prompts") {
        ReadStrings(key, v, [&](const std::string& s, Mark) {
          story->prompts.push_back(s);
        });
      } else if (k == "tags") {
        ReadStrings(key, v, [&](const std::string& s, Mark) {
          story->tags.push_back(s);
        });
      } else if (k == "situation") {
        ReadText(key, v, true, &story->part(Part::kSituation));
      } else if (k == "task") {
        ReadText(key, v, true, &story->part(Part::kTask));
      } else if (k == "action") {
        ReadText(key, v, true, &story->part(Part::kAction));
      } else if (k == "result") {
        ReadText(key, v, true, &story->part(Part::kResult));
      } else if (k == "learning") {
        ReadText(key, v, true, &story->part(Part::kLearning));
      } else if (k == "tradeoffs") {
        ReadText(key, v, true, &story->tradeoffs);
      } else if (k == "followups") {
        ReadFollowups(key, v, story);
      } else {
        story->unknown_keys.push_back(UnknownKey{k, key.mark});
      }
    }
  }

 private:
  std::string file_;
  std::string story_id_;
  std::vector<Diagnostic>* errors_;
};

}  // namespace

const std::vector<std::string>& StoryKeys() {
  static const std::vector<std::string> keys = {
      "id",     "title",  "principles", "prompts",   "situation", "task",
      "action", "result", "learning",   "tradeoffs", "followups", "tags"};
  return keys;
}

std::string SuggestStoryKey(std::string_view name, bool* clear) {
  std::string lower = ToLower(name);
  // Plurals and synonyms people write for a key, beyond typos.
  static const std::pair<const char*, const char*> kUsual[] = {
      {"learnings", "learning"}, {"lesson", "learning"}, {"lessons", "learning"},
      {"results", "result"},     {"outcome", "result"},  {"actions", "action"},
      {"principle", "principles"}};
  for (const auto& [wrong, right] : kUsual) {
    if (lower == wrong) {
      if (clear != nullptr) *clear = true;
      return right;
    }
  }
  Closest closest(lower, TypoAllowance(lower.size()));
  for (const std::string& k : StoryKeys()) closest.Offer(k);
  if (clear != nullptr) *clear = closest.unique();
  return closest.name();
}

LoadResult LoadStories(std::string_view file, std::string_view content,
                       const YamlLimits& limits) {
  LoadResult result;
  YamlParseResult parsed = ParseYaml(file, content, limits);
  result.errors = std::move(parsed.errors);

  // Gather the story mappings: each document is a story or a list of them.
  // A document that did not parse keeps its place (null), so the ids of the
  // stories after it do not shift.
  std::vector<const YamlNode*> nodes;
  bool any_content = false;
  for (const YamlDocument& doc : parsed.documents) {
    const YamlNode& root = doc.root;
    if (doc.failed) {
      nodes.push_back(nullptr);
      continue;
    }
    if (root.IsNull()) continue;
    any_content = true;
    if (root.kind == YamlNode::Kind::kSequence) {
      for (const YamlNode& item : root.items) nodes.push_back(&item);
    } else {
      nodes.push_back(&root);
    }
  }
  if (!any_content) {
    if (result.errors.empty()) {
      result.errors.push_back(Diagnostic{
          std::string(file), Mark{1, 1}, Severity::kError, "", "",
          "file holds no story; expected a mapping with title, principles, "
          "situation, task, action and result", ""});
    }
    return result;
  }
  result.has_story_keys = false;
  for (const YamlNode* n : nodes) {
    if (n != nullptr && HasStoryKeys(*n)) result.has_story_keys = true;
  }
  if (!result.has_story_keys) return result;

  std::string stem = FileStem(file);
  int index = 0;
  StoryReader reader(file, &result.errors);
  for (const YamlNode* n : nodes) {
    ++index;
    if (n == nullptr) continue;  // did not parse; its error is reported
    if (n->kind != YamlNode::Kind::kMap) {
      reader.Fail(n->mark, fmt::format("expected a story (a mapping), got {}",
                                       n->KindName()));
      continue;
    }
    Story story;
    story.file = std::string(file);
    story.index = index;
    story.count_in_file = static_cast<int>(nodes.size());
    story.id = nodes.size() > 1 ? fmt::format("{}#{}", stem, index) : stem;
    reader.Read(*n, &story);
    result.stories.push_back(std::move(story));
  }
  return result;
}

}  // namespace starbank
