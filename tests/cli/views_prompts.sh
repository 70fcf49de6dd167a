#!/usr/bin/env bash
# starbank prompts: each catalog prompt with the stories that answer it,
# listed prompts first, then tagged stories; unanswered prompts flagged.
source "$(dirname "$0")/views_lib.bash" "$@"

run "$sb" prompts --help
grep -q "Examples:" <<<"$out" || fail "prompts --help has no examples"

run "$sb" prompts "$ex"
[ "$code" -eq 0 ] || fail "prompts exit $code: $err"
# Think Big has no story: its prompts are flagged.
sed -n '/^Think Big$/,/^$/p' <<<"$out" > "$tmp/tb"
[ "$(grep -c '^  ! ' "$tmp/tb")" -ge 3 ] || fail "Think Big prompts not flagged: $(cat "$tmp/tb")"
grep -q "no story" "$tmp/tb" || fail "no 'no story' marker"
grep -qE '^[0-9]+ of [0-9]+ prompts have no story' <<<"$out" || fail "no summary"

# The story that lists a catalog prompt comes first, then tagged ones.
cp "$ex/log-retention-cost-cut.yaml" "$ex/ci-flake-rate.yaml" "$tmp/"
printf 'prompts:\n  - Tell me about a time you had to make a trade-off because of a tight budget\n' \
  > "$tmp/extra"
sed -i '/^prompts:/,/^situation:/{/^situation:/!d}' "$tmp/ci-flake-rate.yaml"
sed -i "s/^principles: .*/principles: [Deliver Results]\n$(sed 's/$/\\n/' "$tmp/extra" | tr -d '\n')/" \
  "$tmp/ci-flake-rate.yaml"
run "$sb" prompts --principle frugality --format json "$tmp"
[ "$code" -eq 0 ] || fail "json exit $code: $err"
json 'a={p["prompt"]:p for p in j["prompts"]}; assert len(a)==5, a.keys()
t=a["Tell me about a time you had to make a trade-off because of a tight budget."]
assert [s["id"] for s in t["listed_by"]]==["ci-flake-rate"], t
assert [s["id"] for s in t["tagged"]]==["log-retention-cost-cut"], t
assert all(p["answered"] for p in j["prompts"]) and j["unanswered"]==0'

run "$sb" prompts --principle "Frugalty" "$ex"
[ "$code" -eq 2 ] || fail "unknown principle exit $code"
grep -q "did you mean 'Frugality'" <<<"$err" || fail "no suggestion: $err"
echo ok
