// Labels: the words story banks put before their parts ("Situation",
// "**S:**", "Lesson", "LP", "Company") and where each one's text goes, plus
// the small readers every layout shares: a heading's title without its
// "Story 1 -" numbering, principle and tag lists, questions.
//
// Everything here reads text the Markdown parser (or the CSV reader) has
// already cut out; none of it finds structure in raw text.
#ifndef STARBANK_IMPORT_LABELS_H_
#define STARBANK_IMPORT_LABELS_H_

#include <string>
#include <string_view>
#include <vector>

namespace starbank {

class Catalog;

/// Where a label's text goes in a story file.
enum class LabelKind {
  kNone,  ///< Not a label.
  kSituation,
  kTask,
  kAction,
  kResult,
  kLearning,  ///< Learning, Lesson, Reflection, "What I would do differently".
  kTradeoffs,
  kFollowups,
  kTitle,
  kPrinciples,  ///< Principles, LP, "Maps to".
  kPrompts,     ///< Prompts, Questions, "Best for questions about".
  kTags,
  kId,
  kCommentText,   ///< A known part with no story key (Tension, Do not claim): a comment.
  kCommentField,  ///< One-line metadata with no story key (Company, When): a comment.
  kUnknown,       ///< A label starbank does not know: kept as a comment.
};

/// The spoken STAR-L parts: situation, task, action, result, learning.
bool IsStarKind(LabelKind k);
/// Labels whose value is one line or one list (title, principles, tags, ...).
bool IsFieldKind(LabelKind k);
/// Labels that go to a comment block (known or not).
bool IsCommentKind(LabelKind k);
/// The story key a kind fills ("situation", "principles"), or "" for comments.
const char* KeyOf(LabelKind k);

/// What `label` names, in any case, with or without a colon, as a word or
/// as the letter S/T/A/R/L: "Situation", "S", "**S (Situation):**",
/// "Situation (S)", "2. Result", "LP", "Do not claim". kNone for text that
/// is no label starbank knows (the caller decides whether an unknown bold
/// label counts as kUnknown).
LabelKind ClassifyLabel(std::string_view label);

/// A label as it is shown in comments and the summary: trimmed, without
/// its colon ("**SITUATION:**" -> "SITUATION").
std::string CleanLabel(std::string_view label);

/// A heading's story title: "Story 1 - Checkout p95" -> "Checkout p95",
/// "3. Checkout" -> "Checkout", "[Conflict] Checkout" -> "Checkout" with
/// `theme` "Conflict" (else cleared). A title of numbering alone stays.
std::string HeadingTitle(std::string_view heading, std::string* theme);

/// The principle a heading names ("Customer Obsession", "LP 1: Ownership",
/// "Dive Deep (DD)"), as its catalog name; "" when it names none.
std::string PrincipleOfHeading(std::string_view heading, const Catalog& catalog);

/// Whether a heading or line is an interview question ("Tell me about a
/// time ...", anything ending in '?').
bool IsQuestion(std::string_view text);

/// The catalog's name for a principle written as a name, id or alias, in
/// any case, as a [[wikilink]] or #hashtag, with a trailing "(note)"
/// allowed; "" when the catalog has none.
std::string CatalogName(std::string_view written, const Catalog& catalog);

/// Principle names in a metadata value: "Ownership, Dive Deep",
/// "[[Ownership]] [[Dive Deep]]", "#ownership #dive-deep". Names that hold
/// the separator ("Are Right, A Lot") are kept whole when the catalog knows
/// them. Each is trimmed and kept as written.
std::vector<std::string> SplitPrinciples(std::string_view value, const Catalog& catalog);

/// Tags in a metadata value: "#latency #checkout" or "latency, checkout".
std::vector<std::string> SplitTags(std::string_view value);

/// Prompts in a metadata value: questions ending in '?', else items
/// separated by ';', else by ','.
std::vector<std::string> SplitPrompts(std::string_view value);

/// Trims ASCII whitespace at both ends.
std::string_view Trim(std::string_view s);

/// Removes [[ and ]] around a wikilink, keeping its target ("[[a|b]]" -> "a").
std::string WikilinkTarget(std::string_view s);

}  // namespace starbank

#endif  // STARBANK_IMPORT_LABELS_H_
