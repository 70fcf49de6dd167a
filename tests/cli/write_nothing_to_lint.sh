#!/usr/bin/env bash
# Issue 13, point 7: nothing to lint is said. A named path that yields no
# story file warns on stderr; when nothing at all was linted the exit is 2.
# *.YAML and *.YML are story files too.
source "$(dirname "$0")/write_lib.bash" "$@"
cd "$tmp"
mkdir empty x.yaml excluded caps
story excluded/a.yaml; story caps/A.YAML; cp "$ex/log-retention-cost-cut.yaml" caps/B.YML
printf 'exclude: ["excluded/*"]\n' > .starbank.yaml
printf 'title: a note\n' > note.txt
mkdir ok; story ok/a.yaml
w() { echo "starbank: warning: no story files in $1"; }

# command | exit | stderr, whole
while IFS='|' read -r cmd want_code want_err; do
  read -r -a argv <<<"$cmd"
  expect "$want_code" "$(printf '%b' "$want_err")" "$sb" "${argv[@]}"
done <<TABLE
lint empty|2|$(w empty)
lint x.yaml|2|$(w x.yaml)
lint excluded|2|$(w excluded): 1 file excluded by .starbank.yaml:1 ('excluded/*')
lint excluded/a.yaml|2|starbank: warning: excluded/a.yaml: excluded by .starbank.yaml:1 ('excluded/*')
lint empty ok|0|$(w empty)
lint --quiet empty x.yaml ok|0|$(w empty)\n$(w x.yaml)
map empty|2|$(w empty)
plan -P ownership x.yaml|2|$(w x.yaml)
export empty|2|$(w empty)
prompts empty|2|$(w empty)
lint --only-stories --quiet excluded/a.yaml|0|
TABLE
# Exit 2 and no report: nothing linted is not "all clear" (issue 21). The
# data formats still print their (empty) document.
run "$sb" lint empty
[ -z "$out" ] || fail "lint empty printed: $out"
run "$sb" lint excluded/a.yaml
[ -z "$out" ] || fail "lint excluded/a.yaml printed: $out"
run "$sb" lint --format json empty
python3 -c 'import json,sys; assert json.loads(sys.argv[1])["summary"]["stories"] == 0' "$out" ||
  fail "lint --format json empty: $out"
# The default path is "." too.
(cd empty && "$sb" lint >/dev/null 2>&1) && fail "lint in an empty folder exit 0"
# Upper-case extensions are walked and linted.
run "$sb" lint caps
[ "$code" -eq 0 ] || fail "caps exit $code: $err"
grep -Fxq "all clear: 2 stories in 2 files" <<<"$out" || fail "caps: $out"
echo ok
