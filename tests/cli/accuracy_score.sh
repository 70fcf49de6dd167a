#!/usr/bin/env bash
# tests/accuracy/score.py against a fake linter whose findings are set per
# case: recall, precision, the per-line match, the strong false-alarm share,
# the AUC and the three exit codes. Also checks that the shipped labels load
# and name every story file in the corpus.
source "$(dirname "$0")/views_lib.bash" "$@"
score=$src/tests/accuracy/score.py

# A two-story corpus: one strong, one weak with vague praise on line 3.
mkdir -p "$tmp/c"
printf 'title: a\n' >"$tmp/c/good.yaml"
printf 'title: b\nresult: |\n  It was a big success.\n' >"$tmp/c/bad.yaml"
cat >"$tmp/c/labels.yaml" <<'YAML'
stories:
  - {file: good.yaml, kind: strong, style: notes, must_fire: [], must_not_fire: [vague-result, no-setback]}
  - {file: bad.yaml, kind: weak, style: notes, must_fire: [{rule: vague-result, line: 3}], must_not_fire: [no-setback]}
YAML
# The fake prints the JSON in $FAKE_JSON (file names relative to the corpus)
# and exits $FAKE_CODE, as `starbank lint --format json` would.
cat >"$tmp/fake" <<'SH'
#!/usr/bin/env bash
[ "$1 $2 $3 $4 $5" = "lint --format json --fail-on error" ] || { echo "bad args: $*" >&2; exit 64; }
cd "$6" && printf '%s\n' "$FAKE_JSON"; exit "${FAKE_CODE:-1}"
SH
chmod +x "$tmp/fake"
stories='"stories": [{"file": "good.yaml", "score": 95}, {"file": "bad.yaml", "score": 70}]'
vague='{"file": "bad.yaml", "line": 3, "rule": "vague-result"}'
case_() {  # DIAGNOSTICS [STORIES] [ERRORS]: runs score.py on the fake
  export FAKE_JSON="{${2:-$stories}, \"diagnostics\": [$1], \"errors\": [${3:-}]}"
  run python3 "$score" "$tmp/fake" --corpus "$tmp/c" --details
}

case_ "$vague"
[ "$code" -eq 0 ] || fail "perfect run exit $code: $out $err"
grep -qxF '| vague-result | 1 | 1 | 1.00 | 1 | 0 | 1.00 |' <<<"$out" || fail "row: $out"
grep -qxF -- '- score AUC strong vs weak: 1.00 (strong 95-95, weak 70-70)' <<<"$out" || fail "auc: $out"
grep -qxF 'PASS: every rule at recall >= 0.90 and precision >= 0.90, AUC >= 0.95' <<<"$out" ||
  fail "pass line: $out"

# Reported on the wrong line: a miss, named with where it fired.
case_ '{"file": "bad.yaml", "line": 4, "rule": "vague-result"}'
[ "$code" -eq 1 ] || fail "wrong line exit $code"
grep -qxF -- '- bad.yaml: vague-result not reported at line 3 (fired at [4])' <<<"$out" || fail "miss: $out"
grep -qxF 'FAIL: vague-result recall 0.00 < 0.90' <<<"$out" || fail "fail line: $out"

# A false alarm on the strong story costs precision and the strong share.
case_ "$vague, {\"file\": \"good.yaml\", \"line\": 2, \"rule\": \"vague-result\"}"
[ "$code" -eq 1 ] || fail "false alarm exit $code"
grep -qxF '| vague-result | 1 | 1 | 1.00 | 1 | 1 | 0.50 |' <<<"$out" || fail "row: $out"
grep -qxF -- '- strong stories with any false alarm: 1 of 1 (100%)' <<<"$out" || fail "share: $out"

# The weak story outscoring the strong one is an AUC of 0; a tie is 0.5.
case_ "$vague" '"stories": [{"file": "good.yaml", "score": 60}, {"file": "bad.yaml", "score": 70}]'
[ "$code" -eq 1 ] && grep -qxF 'FAIL: score AUC 0.00 < 0.95' <<<"$out" || fail "auc 0: $code $out"
case_ "$vague" '"stories": [{"file": "good.yaml", "score": 70}, {"file": "bad.yaml", "score": 70}]'
grep -qF 'score AUC strong vs weak: 0.50' <<<"$out" || fail "auc tie: $out"

# A load error on a corpus file is a failure, not a skipped story.
case_ "" '"stories": [{"file": "bad.yaml", "score": 70}]' \
  '{"file": "good.yaml", "line": 1, "message": "section must be text"}'
[ "$code" -eq 1 ] || fail "load error exit $code"
grep -qxF -- '- good.yaml:1: section must be text' <<<"$out" || fail "load error: $out"
grep -qF '1 corpus files with a load error' <<<"$out" || fail "load error fail: $out"

# The run itself failing is exit 2: a crash, no JSON, an unlabelled story.
FAKE_CODE=139 case_ "$vague"
[ "$code" -eq 2 ] && grep -qF "score.py: error: $tmp/fake lint --format json --fail-on error" <<<"$err" &&
  grep -qF "exited 139" <<<"$err" || fail "crash: $code $err"
FAKE_JSON=garbage run python3 "$score" "$tmp/fake" --corpus "$tmp/c"
[ "$code" -eq 2 ] && grep -qF "printed no JSON" <<<"$err" || fail "no json: $code $err"
case_ "$vague" '"stories": [{"file": "good.yaml", "score": 95}, {"file": "bad.yaml", "score": 70}, {"file": "other.yaml", "score": 1}]'
[ "$code" -eq 2 ] && grep -qxF 'score.py: error: other.yaml: a story with no entry in labels.yaml' <<<"$err" ||
  fail "unlabelled: $code $err"

# The shipped labels: each names an existing file, and every story file in
# the corpus has exactly one entry.
python3 - "$src/tests/accuracy" <<'PY' || fail "shipped labels"
import os, sys, yaml
root = sys.argv[1]
labelled = [s["file"] for s in yaml.safe_load(open(os.path.join(root, "labels.yaml")))["stories"]]
on_disk = sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root)
                 for f in fs if f.endswith(".yaml") and f != "labels.yaml")
assert sorted(labelled) == on_disk, set(labelled) ^ set(on_disk)
PY
