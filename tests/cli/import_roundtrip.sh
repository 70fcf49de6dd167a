#!/usr/bin/env bash
# starbank import, issue 23: what `export --format markdown` writes for the
# shipped examples imports back to the same stories. `show --format json`
# (the project's own loader and scorer) must say the same of each original
# and its import: text, principles, prompts, score, words, findings.
source "$(dirname "$0")/views_lib.bash" "$@"
cd "$tmp"

run "$sb" import --help
grep -q "^Examples:" <<<"$out" || fail "import --help has no examples"

"$sb" export --format markdown "$ex" > sheet.md || fail "export failed"
run "$sb" import sheet.md --dir back
[ "$code" -eq 0 ] || fail "import exit $code: $err"
[ "$err" = "sheet.md:1:1: warning: heading 'Story bank cheat sheet' has text but no story sections (Situation, Task, Action, Result); not imported
sheet.md:32:1: warning: heading 'Gaps' has text but no story sections (Situation, Task, Action, Result); not imported" ] ||
  fail "stderr: $err"
tail -n 2 <<<"$out" | diff - <(printf 'Imported 8 stories from 1 file into back/.\nNext: starbank lint back\n') ||
  fail "summary ends: $out"
grep -q '^sheet.md:402  back/predictable-rate-limits-for-partner-api-integrations.yaml  *STAR-  *-  *Customer Obsesion$' \
  <<<"$out" || fail "no summary row with the unknown principle: $out"
[ "$(ls back | wc -l)" -eq 8 ] || fail "wrote $(ls back)"

# Each story as show --format json sees it, less where it lives.
shown() {
  "$sb" show --format json "$1" | python3 -c '
import json, re, sys
j = json.load(sys.stdin)
for k in ("file", "id", "line"): j.pop(k)
j["sections"] = {k: re.sub(r"\s+", " ", v).strip() for k, v in j["sections"].items()}
j["diagnostics"] = sorted((d["rule"], d["message"]) for d in j["diagnostics"])
print(json.dumps(j, sort_keys=True))'
}
for original in "$ex"/*.yaml; do
  title=$(grep -m1 '^title: ' "$original" | sed 's/^title: //')
  copy=$(grep -lxF "title: $title" back/*.yaml) || fail "no import of '$title'"
  diff <(shown "$original") <(shown "$copy") || fail "$copy differs from $original"
done

# The imported stories lint: findings, but no load error.
run "$sb" lint --format json back
[ "$code" -le 1 ] || fail "lint exit $code: $err"
json 'assert j["errors"] == [], j["errors"]; assert j["summary"]["stories"] == 8'
echo ok
