#!/usr/bin/env bash
# starbank map: coverage rows, gaps, an 80-column heatmap, the per-principle
# listing with "could also fit", did-you-mean, JSON, and load errors.
source "$(dirname "$0")/views_lib.bash" "$@"

run "$sb" map --help
grep -q "Examples:" <<<"$out" || fail "map --help has no examples"

# Coverage: a row per principle, gaps named, every line within 80 columns.
run "$sb" map --color never "$ex"
[ "$code" -eq 0 ] || fail "map exit $code: $err"
[ "$(grep -c -E '^(Customer Obsession|Ownership|Think Big|Deliver Results|Dive Deep) ' <<<"$out")" -eq 5 ] ||
  fail "missing principle rows: $out"
grep -qE '^Deliver Results +3 +[0-9]+ +[0-9]+s +[.#+]+ *$' <<<"$out" || fail "Deliver Results row: $out"
grep -qE '^Think Big +0 +- +- +[.+]+ +no story$' <<<"$out" || fail "Think Big gap: $out"
grep -qE '^Frugality +1 .* no backup$' <<<"$out" || fail "Frugality gap: $out"
grep -q '^  no story: ' <<<"$out" || fail "no gap summary"
awk 'length($0) > 80 { exit 1 }' <<<"$out" || fail "a line is wider than 80 columns"
if grep -q $'\033' <<<"$out"; then fail "colour with --color never"; fi

# The coloured heatmap still fits 80 visible columns.
run "$sb" map --color always "$ex"
grep -q $'\033\[' <<<"$out" || fail "--color always printed no colour"
sed 's/\x1b\[[0-9;]*m//g' <<<"$out" | awk '{ if (length($0) > 80) exit 1 }' ||
  fail "coloured line wider than 80 columns"

# JSON carries the same data.
run "$sb" map --format json "$ex"
[ "$code" -eq 0 ] || fail "map json exit $code"
json 'p={r["principle"]:r for r in j["principles"]}; assert len(p)==16
assert p["deliver-results"]["count"]==3 and p["deliver-results"]["gap"]=="covered"
assert p["deliver-results"]["best"]["id"]=="ci-flake-rate"
assert p["think-big"]["gap"]=="no-story" and p["think-big"]["best"] is None
assert p["frugality"]["gap"]=="no-backup"
assert j["summary"]["stories"]==8 and j["errors"]==[]'

# One principle: tagged stories by score, with seconds and lead result line,
# then the untagged stories whose text fits.
run "$sb" map --principle "Deliver Results" "$ex"
[ "$code" -eq 0 ] || fail "map --principle exit $code: $err"
scores=$(grep -oE '^ +[0-9]+\. +[0-9]+ +[0-9]+s' <<<"$out" | awk '{print $2}')
[ "$(wc -l <<<"$scores")" -eq 3 ] || fail "expected 3 tagged stories: $out"
[ "$scores" = "$(sort -rn <<<"$scores")" ] || fail "not ranked by score: $scores"
grep -q "ci-flake-rate.yaml:1" <<<"$out" || fail "no file line"
grep -q "The flake rate fell from 14% to 1.6% in five weeks" <<<"$out" || fail "no lead result"
grep -q "We launched on time and leadership was thrilled." <<<"$out" || fail "weak story's lead"
tail=$(sed -n '/^could also fit/,$p' <<<"$out")
grep -q "android-crash-spike.yaml" <<<"$tail" || fail "android story should also fit: $out"
if grep -q "ci-flake-rate" <<<"$tail"; then fail "a tagged story listed as could-fit"; fi

# Name, id or alias, any case: the same listing.
for name in "deliver results" DELIVER-RESULTS results; do
  run "$sb" map --principle "$name" "$ex"
  [ "$code" -eq 0 ] || fail "'$name' exit $code"
  grep -q "^Deliver Results: 3 tagged stories" <<<"$out" || fail "'$name' did not resolve"
done

# An unknown name: exit 2 with did-you-mean.
run "$sb" map --principle "Deliver Reslts" "$ex"
[ "$code" -eq 2 ] || fail "unknown principle exit $code"
[ "$err" = "starbank: error: unknown principle 'Deliver Reslts'; did you mean 'Deliver Results'?" ] ||
  fail "message: $err"

run "$sb" map --principle dive-deep --format json "$ex"
json 'assert j["principle"]["id"]=="dive-deep"
s=j["stories"]; assert [x["score"] for x in s]==sorted([x["score"] for x in s], reverse=True)
assert all("lead_result" in x and "seconds" in x for x in s)
assert all(0 <= c["fit"] < 1 and c["fit"] >= j["threshold"] for c in j["could_fit"])'

# A broken file next to good ones: the view still prints, exit 2, file:line:col.
cp "$ex/ci-flake-rate.yaml" "$tmp/good.yaml"
printf 'title: Broken\nsituation: [unclosed\n' > "$tmp/broken.yaml"
run "$sb" map "$tmp"
[ "$code" -eq 2 ] || fail "broken file exit $code"
grep -qE "broken.yaml:[0-9]+:[0-9]+: error:" <<<"$err" || fail "no positioned error: $err"
grep -q "^Deliver Results " <<<"$out" || fail "no view printed next to the error"
echo ok
