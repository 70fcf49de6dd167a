#!/usr/bin/env bash
# lint's integration surface: --format sarif|github, --output, `lint -` with
# --stdin-filename, --statistics, --color with NO_COLOR/FORCE_COLOR, and the
# progress bar (only on a terminal, never in a pipe or with --quiet).
set -euo pipefail
source "$(dirname "$0")/integ_lib.bash" "$@"
cd "$TMP"
mkdir -p stories
cp "$FIX/weak.yaml" stories/move.yaml
cp "$FIX/strong.yaml" stories/reindex.yaml
printf 'title: [unclosed\n' > stories/broken.yaml

# SARIF: the structure code-scanning services read.
expect_status 2 "$SB" lint --isolated --format sarif stories
python3 - "$OUT" <<'PY'
import json, sys
s = json.loads(sys.argv[1])
assert s["version"] == "2.1.0"
run = s["runs"][0]
rules = run["tool"]["driver"]["rules"]
ids = [r["id"] for r in rules]
assert ids == sorted(ids) and "we-ownership" in ids and "unused-suppression" in ids, ids
for r in rules:
    assert r["shortDescription"]["text"], r
    assert r["defaultConfiguration"]["level"] in ("error", "warning", "note"), r
assert run["results"], "no results"
for res in run["results"]:
    assert rules[res["ruleIndex"]]["id"] == res["ruleId"], res
    assert res["level"] in ("error", "warning", "note"), res
    assert res["message"]["text"], res
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "stories/move.yaml", loc
    assert loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%", loc
    assert loc["region"]["startLine"] >= 1 and loc["region"]["startColumn"] >= 1, loc
we = [r for r in run["results"] if r["ruleId"] == "we-ownership"][0]
assert we["level"] == "warning"
assert we["locations"][0]["physicalLocation"]["region"] == {"startLine": 9, "startColumn": 3}
info = [r for r in run["results"] if r["ruleId"] == "missing-learning"][0]
assert info["level"] == "note"
inv = run["invocations"][0]
assert inv["executionSuccessful"] is False
note = inv["toolExecutionNotifications"][0]
assert note["level"] == "error"
assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "stories/broken.yaml"
PY
rm stories/broken.yaml

# GitHub workflow commands, one line per finding, escaped.
expect_status 1 "$SB" lint --isolated --format github stories
contains "$OUT" "::warning file=stories/move.yaml,line=9,col=3,title=we-ownership::action is told as 'we'" "github"
contains "$OUT" "::notice file=stories/move.yaml,line=1,col=1,title=missing-learning::no learning" "github notice"
[ "$(grep -vc '^::' <<<"$OUT")" -eq 0 ] || fail "github output has other lines: $OUT"
mkdir -p "odd,dir"
cp "$FIX/weak.yaml" "odd,dir/a:b.yaml"
expect_status 1 "$SB" lint --isolated --format github "odd,dir"
contains "$OUT" "::warning file=odd%2Cdir/a%3Ab.yaml,line=9,col=3,title=we-ownership::" "escaping"
rm -r "odd,dir"

# --output writes the report atomically and prints nothing; exit codes hold.
expect_status 1 "$SB" lint --isolated --format json --output report.json stories
[ -z "$OUT" ] || fail "--output also printed: $OUT"
python3 -c 'import json,sys; j=json.load(open("report.json")); assert j["summary"]["stories"] == 2' ||
  fail "report.json"
expect_status 1 "$SB" lint --isolated --output report.json stories   # replaces an older report
contains "$(cat report.json)" "0 errors, 9 warnings, 1 info in 2 stories in 2 files" "text report"
lacks "$(cat report.json)" $'\033[' "no colour in a file"
expect_status 2 "$SB" lint --isolated --output stories/reindex.yaml stories
contains "$OUT" "starbank: error: 'stories/reindex.yaml' looks like a story file; not overwriting it" "refuse story"
cmp -s stories/reindex.yaml "$FIX/strong.yaml" || fail "story overwritten"
expect_status 2 "$SB" lint --isolated --output stories stories
contains "$OUT" "starbank: error: 'stories' is a directory; not replacing it" "refuse folder"
expect_status 2 "$SB" lint --isolated --output missing/dir/r.txt stories
ls -a . stories | grep -q starbank- && fail "a temporary file was left behind"

# stdin: one file, named by --stdin-filename.
expect_status 1 bash -c "'$SB' lint --isolated --quiet - --stdin-filename stories/new.yaml < '$FIX/weak.yaml'"
contains "$OUT" "stories/new.yaml:9:3: warning: action is told as 'we'" "stdin name"
expect_status 0 bash -c "'$SB' lint --isolated - < '$FIX/strong.yaml'"
contains "$OUT" "all clear: 1 story in 1 file" "stdin default name"
expect_status 1 bash -c "'$SB' lint --isolated --quiet - < '$FIX/weak.yaml'"
contains "$OUT" "<stdin>:9:3: warning" "stdin default name"
expect_status 2 bash -c "printf 'a: [1\n' | '$SB' lint --isolated - --stdin-filename x.yaml"
contains "$OUT" "x.yaml:" "stdin parse error"
expect_status 2 "$SB" lint --isolated --stdin-filename x.yaml stories
contains "$OUT" "--stdin-filename names standard input; add '-' to the paths to read it" "needs -"
expect_status 2 bash -c "'$SB' lint --isolated - - < /dev/null"
contains "$OUT" "'-' (standard input) may be given once" "twice"
# A named file without story keys: an error, unless --only-stories.
printf 'jobs: {}\n' > ci.yaml
expect_status 2 "$SB" lint --isolated --quiet ci.yaml
expect_status 0 "$SB" lint --isolated --quiet --only-stories ci.yaml
[ -z "$OUT" ] || fail "--only-stories printed: $OUT"

# --statistics: counts per rule.
expect_status 1 "$SB" lint --isolated --statistics --quiet stories
matches "$OUT" '^ +2  effort-over-outcome +warning$' "statistics"
matches "$OUT" '^ +2  vague-result +warning$' "statistics"

# Colour: --color, NO_COLOR, FORCE_COLOR; never in a pipe by default.
expect_status 1 "$SB" lint --isolated --quiet stories
lacks "$OUT" $'\033[' "pipe is plain"
expect_status 1 "$SB" lint --isolated --quiet --color always stories
contains "$OUT" $'\033[' "--color always"
expect_status 1 env FORCE_COLOR=1 "$SB" lint --isolated --quiet stories
contains "$OUT" $'\033[' "FORCE_COLOR"
expect_status 1 env FORCE_COLOR=1 NO_COLOR=1 "$SB" lint --isolated --quiet stories
lacks "$OUT" $'\033[' "NO_COLOR wins"
expect_status 1 env FORCE_COLOR=1 "$SB" lint --isolated --quiet --color never stories
lacks "$OUT" $'\033[' "--color never"

# Progress: on a terminal (script(1) gives one) a long run shows a bar on
# stderr; a pipe or --quiet never does. The delay is shortened for the test.
mkdir -p many
for i in $(seq 1 60); do sed "s/^id: .*/id: s$i/" "$FIX/strong.yaml" > "many/s$i.yaml"; done
export STARBANK_PROGRESS_DELAY_MS=0
"$SB" lint --isolated -j 1 many >/dev/null 2>err.txt || true
[ ! -s err.txt ] || fail "a piped run printed progress: $(cat err.txt)"
script -qec "'$SB' lint --isolated -j 1 many >/dev/null" /dev/null > tty.txt || true
contains "$(cat tty.txt)" "60/60 files" "progress on a terminal"
contains "$(cat tty.txt)" $'\r\033[K' "progress line cleared"
# Findings on the same terminal: the bar is erased before they print (they
# stream as files finish), and redrawn at most ten times a second, not
# after every file with findings.
mkdir -p weak
for i in $(seq 1 60); do sed "s/^id: .*/id: w$i/" "$FIX/weak.yaml" > "weak/w$i.yaml"; done
script -qec "'$SB' lint --isolated --color never -j 1 many weak" /dev/null > tty.txt || true
contains "$(cat tty.txt)" "duplicate-story" "findings on the terminal"
contains "$(cat tty.txt)" "weak/w60.yaml:" "per-file findings on the terminal"
if grep -a "files" tty.txt | grep -a "\.yaml:" | grep -avq $'\033\[K'; then
  fail "a finding printed on the progress line: $(cat -v tty.txt | head -5)"
fi
draws=$(grep -ao "starbank \[" tty.txt | wc -l)
[ "$draws" -le 5 ] || fail "progress redrawn $draws times in a sub-second run"
script -qec "'$SB' lint --isolated --quiet -j 1 many >/dev/null" /dev/null > tty.txt || true
lacks "$(cat tty.txt)" "files" "--quiet shows no progress"
export STARBANK_PROGRESS_DELAY_MS=600000
script -qec "'$SB' lint --isolated -j 1 many >/dev/null" /dev/null > tty.txt || true
lacks "$(cat tty.txt)" "files" "a short run shows no progress"
echo "ok"
