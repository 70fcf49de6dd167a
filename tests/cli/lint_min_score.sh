#!/usr/bin/env bash
# lint --min-score names the stories under the bar: a line after the summary
# in text (also with --quiet, since they are why lint exits 1), and
# summary.min_score / summary.below_min_score in JSON. Scores are read from
# the JSON report, so the messages are pinned whole whatever the scoring.
set -euo pipefail
sb=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

run() {  # run CMD...; sets out, code
  set +e
  out=$("$@" 2>"$tmp/err"); code=$?
  set -e
}

score_of() {  # score_of ID PATH: the story's score in the JSON report
  "$sb" lint --format json --fail-on error "$2" | python3 -c '
import json, sys
print(next(s["score"] for s in json.load(sys.stdin)["stories"] if s["id"] == sys.argv[1]))' "$1"
}

# Two weak examples (the strong ones may score 100, the highest bar).
mkdir "$tmp/bank"
cp "$src/data/examples/notification-preferences-launch.yaml" "$tmp/bank/a.yaml"
cp "$src/data/examples/database-failover-rebuild.yaml" "$tmp/bank/b.yaml"
a=$(score_of a "$tmp/bank"); b=$(score_of b "$tmp/bank")
[ "$a" -ne "$b" ] && [ "$a" -lt 100 ] && [ "$b" -lt 100 ] || fail "scores $a and $b"
if [ "$a" -lt "$b" ]; then
  low=a; low_score=$a; high=b; high_score=$b
else
  low=b; low_score=$b; high=a; high_score=$a
fi

# Text: the line closes the output, right after the summary; exit 1.
bar=$((low_score + 1))
run "$sb" lint --fail-on error --min-score "$bar" "$tmp/bank"
[ "$code" -eq 1 ] || fail "--min-score $bar exit $code: $out"
want="1 story under --min-score $bar: $low ($low_score)"
[ "$(tail -n 1 <<<"$out")" = "$want" ] || fail "last line is not '$want': $out"
tail -n 2 <<<"$out" | head -n 1 | grep -q " in 2 stories in 2 files$" ||
  fail "the summary is not right before it: $out"

# Lowest score first; --quiet drops the table and summary, keeps the line.
run "$sb" lint --quiet --fail-on error --min-score 100 "$tmp/bank"
want="2 stories under --min-score 100: $low ($low_score), $high ($high_score)"
[ "$code" -eq 1 ] && [ "$(tail -n 1 <<<"$out")" = "$want" ] ||
  fail "--quiet: last line is not '$want': $code $out"
grep -q " in 2 stories in 2 files$" <<<"$out" && fail "--quiet printed the summary: $out"

# A bar every story meets: no line, exit 0.
run "$sb" lint --fail-on error --min-score "$low_score" "$tmp/bank"
[ "$code" -eq 0 ] || fail "--min-score $low_score exit $code: $out"
grep -q "under --min-score" <<<"$out" && fail "line printed with every story at the bar: $out"

# JSON: the bar and the stories under it, in input order, with where they are.
run "$sb" lint --format json --fail-on error --min-score 100 "$tmp/bank"
[ "$code" -eq 1 ] || fail "json --min-score exit $code"
python3 - "$out" "$tmp/bank" "$a" "$b" <<'PY' || fail "json below_min_score: $out"
import json, sys
d, bank, a, b = json.loads(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
assert d["summary"]["min_score"] == 100, d["summary"]
assert d["summary"]["below_min_score"] == [
    {"id": "a", "file": bank + "/a.yaml", "line": 2, "score": a},
    {"id": "b", "file": bank + "/b.yaml", "line": 3, "score": b},
], d["summary"]["below_min_score"]
PY
run "$sb" lint --format json --fail-on error "$tmp/bank"
python3 -c '
import json, sys
s = json.loads(sys.argv[1])["summary"]
assert s["min_score"] is None and s["below_min_score"] == [], s' "$out" ||
  fail "json without --min-score: $out"

# Many stories: ten are named, the rest counted. The copies are duplicates,
# so each carries the duplicate penalty, in the text line as in the JSON.
mkdir "$tmp/many"
for i in 01 02 03 04 05 06 07 08 09 10 11 12; do cp "$tmp/bank/a.yaml" "$tmp/many/s$i.yaml"; done
copy=$(score_of s01 "$tmp/many")
[ "$copy" -lt "$a" ] || fail "a duplicate scores $copy, the original $a"
run "$sb" lint --quiet --fail-on error --min-score 100 "$tmp/many"
named=""
for i in 01 02 03 04 05 06 07 08 09 10; do named+="${named:+, }s$i ($copy)"; done
want="12 stories under --min-score 100: $named, and 2 more"
[ "$code" -eq 1 ] && [ "$(tail -n 1 <<<"$out")" = "$want" ] ||
  fail "capped line is not '$want': $code $out"
echo ok
