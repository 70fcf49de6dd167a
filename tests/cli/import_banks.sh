#!/usr/bin/env bash
# starbank import, issue 23: a Markdown bank in three layouts (sub-headings,
# bold labels, inline (S)...(R)) and a CSV import into stories lint reads;
# importing again writes new files and touches none of the old ones;
# --dry-run writes nothing; --format json gives the same summary as data.
source "$(dirname "$0")/views_lib.bash" "$@"
cd "$tmp"
cp "$src"/tests/testdata/import/{subheadings.md,bold_labels.md,inline.md,bank.csv} .
banks=(subheadings.md bold_labels.md inline.md bank.csv)

# --dry-run first: the summary, and nothing written, not even the folder.
run "$sb" import --dry-run "${banks[@]}"
[ "$code" -eq 0 ] || fail "dry run exit $code: $err"
[ ! -e stories ] || fail "--dry-run created stories/"
grep -q "^subheadings.md:5   stories/warehouse-scanner-outage-before-the-holiday-rush.yaml  STARL  Company, Tension, Do not claim, Links  -$" \
  <<<"$out" || fail "dry run row: $out"
tail -n 2 <<<"$out" | diff - <(printf '%s\n' \
  "Dry run: 9 stories from 4 files would be written to stories/; nothing was written." \
  "Then check them with: starbank lint stories") || fail "dry run summary: $out"

run "$sb" import "${banks[@]}"
[ "$code" -eq 0 ] || fail "import exit $code: $err"
[ "$err" = "bold_labels.md:25:1: info: 'S (Situation)' adds to the situation already given; the two are joined
subheadings.md:1:1: warning: heading 'My story bank' has text but no story sections (Situation, Task, Action, Result); not imported" ] ||
  fail "stderr: $err"
diff <(printf '%s\n' "$out") - <<'EOF' || fail "summary differs"
SOURCE             STORY FILE                                                     PARTS  COMMENTS                               NOT IN CATALOG
subheadings.md:5   stories/warehouse-scanner-outage-before-the-holiday-rush.yaml  STARL  Company, Tension, Do not claim, Links  -
subheadings.md:47  stories/billing-export-rewrite.yaml                            STARL  Confidence                             -
bold_labels.md:3   stories/pushed-back-on-a-launch-date.yaml                      STARL  Last practiced, Obstacle               -
bold_labels.md:25  stories/took-over-an-abandoned-migration.yaml                  STARL  Turn                                   -
bold_labels.md:43  stories/plain-labels-at-the-start-of-lines.yaml                STARL  -                                      -
inline.md:5        stories/shrinking-the-deploy-pipeline.yaml                     STAR-  -                                      -
inline.md:15       stories/reused-a-queue-instead-of-building-one.yaml            STARL  -                                      -
bank.csv:2         stories/cut-page-load-time-then-kept-it-cut.yaml               STARL  Stakeholders                           -
bank.csv:3         stories/onboarded-three-new-hires-at-once.yaml                 STAR-  -                                      -

Imported 9 stories from 4 files into stories/.
Next: starbank lint stories
EOF
for layout in subheadings bold_labels inline csv; do
  for f in "$src/tests/testdata/import/expected/$layout"/*.yaml; do
    cmp -s "$f" "stories/$(basename "$f")" || fail "stories/$(basename "$f") differs from $f"
  done
done

# lint reads every one: findings, no load error.
run "$sb" lint --format json stories
[ "$code" -le 1 ] || fail "lint exit $code: $err"
json 'assert j["errors"] == [], j["errors"]; assert j["summary"]["stories"] == 9'

# Again: nine new files beside the old ones, which stay byte for byte.
before=$(cd stories && cksum * | sort)
run "$sb" import "${banks[@]}"
[ "$code" -eq 0 ] || fail "second import exit $code: $err"
grep -q "stories/billing-export-rewrite-2.yaml " <<<"$out" || fail "no -2 name: $out"
[ "$(ls stories | wc -l)" -eq 18 ] || fail "expected 18 files: $(ls stories)"
[ "$(cd stories && cksum $(sed 's/.* //' <<<"$before") | sort)" = "$before" ] ||
  fail "an old file changed"
cmp -s stories/billing-export-rewrite.yaml stories/billing-export-rewrite-2.yaml ||
  fail "the second import differs from the first"

# A dry run now names -3 files and writes none of them.
listing=$(ls -la --time-style=full-iso stories)
run "$sb" import --dry-run --format json "${banks[@]}"
[ "$code" -eq 0 ] || fail "json dry run exit $code: $err"
[ -z "$err" ] || fail "json run wrote to stderr: $err"
[ "$(ls -la --time-style=full-iso stories)" = "$listing" ] || fail "--dry-run touched stories/"
json '
s = j["stories"]
assert j["version"] == 1 and j["dry_run"] is True and j["dir"] == "stories"
assert len(s) == 9 and not any(x["written"] for x in s)
assert s[1]["file"] == "stories/billing-export-rewrite-3.yaml", s[1]["file"]
assert s[1]["source"] == "subheadings.md" and s[1]["line"] == 47
assert s[1]["sections"] == ["situation", "task", "action", "result", "learning"]
assert s[1]["comments"] == ["Confidence"]
assert s[1]["principles"] == ["Frugality", "Invent and Simplify"]
assert {"label": "Lesson", "key": "learning"} in s[1]["labels"]
assert j["summary"] == {"sources": 4, "sources_imported": 4, "stories": 9, "written": 0,
                        "errors": 0, "warnings": 1}, j["summary"]
assert [(m["file"], m["line"], m["severity"]) for m in j["messages"]] == [
    ("bold_labels.md", 25, "info"), ("subheadings.md", 1, "warning")], j["messages"]
assert j["next"] == "starbank lint stories"'
echo ok
