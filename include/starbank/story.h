// Story: the in-memory model of one STAR-L story, as loaded from YAML.
//
// A Story owns copies of its text; every field keeps the 1-based line and
// column of its key and value so findings can point at them. Stories are
// plain values: the loader makes them, rules only read them.
#ifndef STARBANK_STORY_H_
#define STARBANK_STORY_H_

#include <string>
#include <vector>

#include "starbank/diagnostic.h"

namespace starbank {

/// A text section (situation, task, ...) or a single string value.
struct Section {
  bool present = false;  ///< The key appears in the file.
  std::string text;      ///< Block text; list items are joined by newlines.
  Mark key;              ///< Where the key is.
  Mark value;            ///< Where the value starts.
  bool block = false;    ///< Value is a literal/folded block scalar.
  bool invalid = false;  ///< The value had the wrong type (already reported).
  std::vector<Mark> item_marks;  ///< For list values: each item's mark.

  bool empty() const;    ///< Absent, or only whitespace.
};

/// One entry of `principles:` as written, with where it was written.
struct PrincipleRef {
  std::string name;
  Mark mark;
};

/// A prepared answer to a follow-up question.
struct Followup {
  std::string question;
  std::string answer;
  Mark mark;
};

/// A key outside the schema, kept so the unknown-field rule can report it.
struct UnknownKey {
  std::string name;
  Mark mark;
};

/// The five sections whose words are spoken, in telling order.
enum class Part { kSituation = 0, kTask, kAction, kResult, kLearning };
constexpr int kPartCount = 5;
const char* PartName(Part p);

struct Story {
  std::string file;   ///< Path as given on the command line (or walked).
  std::string id;     ///< Explicit id, or file stem (+ "#N" in multi-story files).
  bool explicit_id = false;
  Mark id_mark;
  Mark mark;          ///< Where the story's mapping starts.
  int index = 0;      ///< 1-based position in its file.
  int count_in_file = 1;

  Section title;
  Section principles_key;  ///< Only `present` and marks are used.
  std::vector<PrincipleRef> principles;
  std::vector<std::string> prompts;
  Section parts[kPartCount];
  Section tradeoffs;
  std::vector<Followup> followups;
  std::vector<std::string> tags;
  std::vector<UnknownKey> unknown_keys;

  const Section& part(Part p) const { return parts[static_cast<int>(p)]; }
  Section& part(Part p) { return parts[static_cast<int>(p)]; }
};

}  // namespace starbank

#endif  // STARBANK_STORY_H_
