#!/usr/bin/env bash
# starbank show: by file, file#N and id; score, time, findings, inferred
# principles; JSON with "inferred" over every principle, best first.
source "$(dirname "$0")/views_lib.bash" "$@"

run "$sb" show --help
grep -q "Examples:" <<<"$out" || fail "show --help has no examples"

run "$sb" show "$ex/ci-flake-rate.yaml"
[ "$code" -eq 0 ] || fail "show file exit $code: $err"
for want in "^CI flake rate from 14% to 1.6% before the release freeze$" \
            "^principles  Deliver Results, Dive Deep$" "^score       [0-9]+/100  quantified" \
            "^time        [0-9]+ s spoken" "^Result$" "^Findings \(0\)$" \
            "^Inferred principles" "^  0\.[0-9]+  Deliver Results  \(tagged\)$"; do
  grep -qE "$want" <<<"$out" || fail "missing '$want' in: $out"
done

# Findings are listed with their positions.
run "$sb" show partner-rate-limiter "$ex"
[ "$code" -eq 0 ] || fail "show id exit $code: $err"
grep -qE "partner-rate-limiter.yaml:[0-9]+:[0-9]+: error: unknown principle 'Customer Obsesion'" \
  <<<"$out" || fail "findings not shown: $out"

# JSON: every principle inferred, best first, fits in [0, 1).
run "$sb" show "$ex/ci-flake-rate.yaml" --format json
[ "$code" -eq 0 ] || fail "json exit $code"
json 'f=[x["fit"] for x in j["inferred"]]; assert len(f)==16 and f==sorted(f, reverse=True)
assert all(0 <= x < 1 for x in f)
top=[x["principle"] for x in j["inferred"][:3]]; assert set(top) & set(j["principles"]), top
assert j["id"]=="ci-flake-rate" and j["score"] >= 0 and j["seconds"] > 0
assert set(j["dimensions"]) == {"quantified","ownership","setback","length","structure"}
assert j["sections"]["result"].startswith("The flake rate fell")'

# Inference ignores the tags: retagging a story changes no fit.
sed 's/^principles: .*/principles: [Frugality]/' "$ex/ci-flake-rate.yaml" > "$tmp/retagged.yaml"
a=$("$sb" show "$ex/ci-flake-rate.yaml" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["inferred"])')
b=$("$sb" show "$tmp/retagged.yaml" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["inferred"])')
[ "$a" = "$b" ] || fail "inferred fits depend on the tags"

# A file with two stories: FILE#N picks one; the bare file is ambiguous.
{ cat "$ex/ci-flake-rate.yaml"; echo "---"; cat "$ex/log-retention-cost-cut.yaml"; } > "$tmp/two.yaml"
run "$sb" show "$tmp/two.yaml#2" --format json
[ "$code" -eq 0 ] || fail "file#2 exit $code: $err"
json 'assert j["id"]=="two#2" and j["principles"][0]=="frugality"'
run "$sb" show "$tmp/two.yaml"
[ "$code" -eq 2 ] || fail "ambiguous file exit $code"
grep -q "names 2 stories; pick one" <<<"$err" || fail "no choice listed: $err"
run "$sb" show "$tmp/two.yaml#3"
[ "$code" -eq 2 ] || fail "file#3 exit $code"
grep -q "holds 2 stories; there is no #3" <<<"$err" || fail "message: $err"

# An unknown id: did-you-mean.
run "$sb" show ci-flake-rte "$ex"
[ "$code" -eq 2 ] || fail "unknown id exit $code"
grep -q "did you mean 'ci-flake-rate'" <<<"$err" || fail "no suggestion: $err"
echo ok
