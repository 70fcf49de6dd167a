#!/usr/bin/env bash
# starbank lint end to end: exit codes, a broken file next to good ones,
# JSON that parses, --quiet, --fail-on and --min-score.
set -euo pipefail
sb=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

run() {  # run CMD...; sets out, err, code
  set +e
  out=$("$@" 2>"$tmp/err"); code=$?
  set -e
  err=$(cat "$tmp/err")
}

strong=$src/data/examples/ci-flake-rate.yaml
cp "$strong" "$tmp/good.yaml"

# A clean strong story: exit 0, summary says all clear.
run "$sb" lint "$tmp/good.yaml"
[ "$code" -eq 0 ] || fail "strong story exit $code: $out"
grep -q "all clear: 1 story in 1 file" <<<"$out" || fail "no all-clear summary: $out"

# --quiet prints nothing when all is well.
run "$sb" lint --quiet "$tmp/good.yaml"
[ "$code" -eq 0 ] && [ -z "$out" ] || fail "--quiet printed: '$out'"

# A syntax error next to good files: error with file:line:col, the good
# files' findings still print, exit 2.
mkdir "$tmp/bank"
cp "$strong" "$tmp/bank/a-good.yaml"
cp "$src/data/examples/notification-preferences-launch.yaml" "$tmp/bank/b-weak.yaml"
printf 'title: Broken\nsituation: [unclosed\n' > "$tmp/bank/c-broken.yaml"
run "$sb" lint "$tmp/bank"
[ "$code" -eq 2 ] || fail "broken file exit $code"
grep -Fq "c-broken.yaml:2:12: error: unclosed '[' (opened here); close the list with ']'" <<<"$out" ||
  fail "no positioned syntax error: $out"
grep -q "b-weak.yaml:[0-9]*:[0-9]*: warning: .*\[unquantified-result\]" <<<"$out" ||
  fail "good files' findings missing: $out"
grep -q "a-good" <<<"$out" || fail "good story's score missing: $out"

# JSON parses, carries the schema, and still lists the load error.
run "$sb" lint --format json "$tmp/bank"
[ "$code" -eq 2 ] || fail "json exit $code"
python3 - "$out" <<'PY' || fail "bad json"
import json, sys
d = json.loads(sys.argv[1])
assert d["version"] == 1
assert {s["id"] for s in d["stories"]} == {"a-good", "b-weak"}, d["stories"]
s = d["stories"][0]
for k in ("file", "line", "id", "title", "principles", "score", "words", "seconds", "dimensions"):
    assert k in s, k
assert set(s["dimensions"]) == {"quantified", "ownership", "setback", "length", "structure"}
assert d["errors"][0]["file"].endswith("c-broken.yaml") and d["errors"][0]["line"] == 2
assert all({"file", "line", "column", "severity", "rule", "story", "message"} <= set(x) for x in d["diagnostics"])
assert d["summary"]["files"] == 3 and d["summary"]["stories"] == 2
PY

# Findings only: exit 1 at the default --fail-on warning, 0 at error.
rm "$tmp/bank/c-broken.yaml"
run "$sb" lint "$tmp/bank"; [ "$code" -eq 1 ] || fail "warnings exit $code"
run "$sb" lint --fail-on error "$tmp/bank"; [ "$code" -eq 0 ] || fail "--fail-on error exit $code"
run "$sb" lint --fail-on error --min-score 99 "$tmp/bank"
[ "$code" -eq 1 ] || fail "--min-score exit $code"

# A non-story YAML file is skipped when walked, reported when named.
printf 'jobs:\n  build:\n    runs-on: debian\n' > "$tmp/bank/ci.yaml"
run "$sb" lint --fail-on error "$tmp/bank"; [ "$code" -eq 0 ] || fail "walked ci.yaml exit $code: $out"
run "$sb" lint "$tmp/bank/ci.yaml"
[ "$code" -eq 2 ] && grep -q "ci.yaml:1:1: error: no story keys found" <<<"$out" ||
  fail "named ci.yaml: $code $out"

# Hidden folders are skipped; a missing path is an error.
mkdir "$tmp/bank/.drafts"; printf 'title: [\n' > "$tmp/bank/.drafts/x.yaml"
run "$sb" lint --fail-on error "$tmp/bank"; [ "$code" -eq 0 ] || fail "hidden folder linted"
run "$sb" lint "$tmp/nope"
[ "$code" -eq 2 ] && grep -q "nope: error: no such file or directory" <<<"$out" ||
  fail "missing path: $code $out"

# Usage errors exit 2.
run "$sb" lint --fail-on sometimes "$tmp/bank"; [ "$code" -eq 2 ] || fail "bad --fail-on exit $code"
run "$sb" lint --level L9 "$tmp/bank"; [ "$code" -eq 2 ] || fail "bad --level exit $code"

# Only the named command is set up: global options before it, with their
# values, still find it; help and unknown commands still see every command.
run "$sb" --color never --isolated lint --quiet "$tmp/good.yaml"
[ "$code" -eq 0 ] && [ -z "$out" ] || fail "global options before lint: $code '$out' $err"
run "$sb" --color=never --catalog "$src/data/principles.yaml" rules
[ "$code" -eq 0 ] && grep -q "vague-result" <<<"$out" || fail "global options before rules: $code $out"
run "$sb" --help
for c in lint rules config hook completion map plan new show catalog prompts export drill; do
  grep -q "^  $c " <<<"$out" || fail "--help does not list '$c': $out"
done
run "$sb" lnt "$tmp/good.yaml"
[ "$code" -eq 2 ] || fail "unknown command exit $code"
run "$sb" completion bash
grep -q "export" <<<"$out" || fail "completion misses commands: $out"
echo ok
