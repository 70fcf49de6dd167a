#!/usr/bin/env bash
# duplicate-story at scale: one finding per story naming its cluster of
# near-identical stories, the same on any --jobs; plan never tells two
# copies of one story.
source "$(dirname "$0")/views_lib.bash" "$@"
story=$ex/ci-flake-rate.yaml

# copies -> the duplicate-story lines `lint` prints, whole.
check_copies() {
  local n=$1 expected=$2
  rm -rf "$tmp/bank" && mkdir "$tmp/bank"
  for k in $(seq 1 "$n"); do cp "$story" "$tmp/bank/c$k.yaml"; done
  for jobs in 1 2 4; do
    set +e
    out=$(cd "$tmp" && "$sb" lint --quiet --jobs "$jobs" bank | grep 'duplicate-story')
    set -e
    [ "$out" = "$expected" ] || fail "$n copies, --jobs $jobs:
$out
expected:
$expected"
  done
}

check_copies 1 ""
check_copies 2 "bank/c1.yaml:1:1: warning: story is near-identical to 'c2' (bank/c2.yaml:1, ~100% shared text); keep one and retire the other [duplicate-story]
bank/c2.yaml:1:1: warning: story is near-identical to 'c1' (bank/c1.yaml:1, ~100% shared text); keep one and retire the other [duplicate-story]"
check_copies 3 "bank/c1.yaml:1:1: warning: story is near-identical to 2 other stories: 'c2' (bank/c2.yaml:1), 'c3' (bank/c3.yaml:1); keep one and retire the others [duplicate-story]
bank/c2.yaml:1:1: warning: story is near-identical to 2 other stories: 'c1' (bank/c1.yaml:1), 'c3' (bank/c3.yaml:1); keep one and retire the others [duplicate-story]
bank/c3.yaml:1:1: warning: story is near-identical to 2 other stories: 'c1' (bank/c1.yaml:1), 'c2' (bank/c2.yaml:1); keep one and retire the others [duplicate-story]"
check_copies 5 "bank/c1.yaml:1:1: warning: story is near-identical to 4 other stories: 'c2' (bank/c2.yaml:1), 'c3' (bank/c3.yaml:1), 'c4' (bank/c4.yaml:1) and 1 more; keep one and retire the others [duplicate-story]
bank/c2.yaml:1:1: warning: story is near-identical to 4 other stories: 'c1' (bank/c1.yaml:1), 'c3' (bank/c3.yaml:1), 'c4' (bank/c4.yaml:1) and 1 more; keep one and retire the others [duplicate-story]
bank/c3.yaml:1:1: warning: story is near-identical to 4 other stories: 'c1' (bank/c1.yaml:1), 'c2' (bank/c2.yaml:1), 'c4' (bank/c4.yaml:1) and 1 more; keep one and retire the others [duplicate-story]
bank/c4.yaml:1:1: warning: story is near-identical to 4 other stories: 'c1' (bank/c1.yaml:1), 'c2' (bank/c2.yaml:1), 'c3' (bank/c3.yaml:1) and 1 more; keep one and retire the others [duplicate-story]
bank/c5.yaml:1:1: warning: story is near-identical to 4 other stories: 'c1' (bank/c1.yaml:1), 'c2' (bank/c2.yaml:1), 'c3' (bank/c3.yaml:1) and 1 more; keep one and retire the others [duplicate-story]"

# 200 copies: 200 findings, not the 39,800 of every pair.
rm -rf "$tmp/many" && mkdir "$tmp/many"
for k in $(seq -w 1 200); do cp "$story" "$tmp/many/c$k.yaml"; done
run "$sb" lint --quiet "$tmp/many"
[ "$(grep -c 'duplicate-story' <<<"$out")" -eq 200 ] || fail "200 copies: $(grep -c duplicate-story <<<"$out") findings"
grep -qF "many/c001.yaml:1:1: warning: story is near-identical to 199 other stories: 'c002' ($tmp/many/c002.yaml:1), 'c003' ($tmp/many/c003.yaml:1), 'c004' ($tmp/many/c004.yaml:1) and 196 more; keep one and retire the others [duplicate-story]" <<<"$out" ||
  fail "200 copies, first finding: $(head -1 <<<"$out")"

# plan: the story and its copy are both tagged Deliver Results and Dive
# Deep; one of them is told, the other principle stays uncovered.
rm -rf "$tmp/plan" && mkdir "$tmp/plan"
cp "$story" "$tmp/plan/a.yaml"
cp "$story" "$tmp/plan/b.yaml"
run "$sb" plan --principles "Deliver Results,Dive Deep" --format json "$tmp/plan"
[ "$code" -eq 0 ] || fail "plan exit $code: $err"
json 'ids=[s["story"]["id"] for s in j["plan"] if s["story"]]
assert ids == ["a"], ids
assert j["uncovered"] == ["dive-deep"], j["uncovered"]'
# A distinct second story is still used.
cp "$ex/android-crash-spike.yaml" "$tmp/plan/c.yaml"  # Dive Deep
run "$sb" plan --principles "Deliver Results,Dive Deep" --format json "$tmp/plan"
json 'ids=sorted(s["story"]["id"] for s in j["plan"] if s["story"])
assert len(ids) == 2 and ids[1] == "c" and ids[0] in ("a", "b"), ids'
echo ok
