#!/usr/bin/env bash
# Directory symbolic link loops while walking, and a link that points at
# itself named on the command line. Linked folders that do not loop are
# followed, once.
source "$(dirname "$0")/hazard_lib.bash" "$@"
mkdir -p "$tmp/bank/sub" "$tmp/shared"
cp "$good" "$tmp/bank/sub/good.yaml"
cp "$src/data/examples/intern-mentoring.yaml" "$tmp/shared/mentor.yaml"
ln -s .. "$tmp/bank/sub/up"
ln -s "$tmp/bank" "$tmp/bank/self"
ln -s ../shared "$tmp/bank/one"
ln -s ../shared "$tmp/bank/two"
lint "$tmp/bank"
[ "$code" -eq 2 ] || fail "exit $code, want 2: $out"
grep -Fxq "$tmp/bank/self: error: symbolic link loop: leads back to '$tmp/bank'; not followed" <<<"$out" ||
  fail "no loop error for self: $out"
grep -Fxq "$tmp/bank/sub/up: error: symbolic link loop: leads back to '$tmp/bank'; not followed" <<<"$out" ||
  fail "no loop error for sub/up: $out"
grep -Eq '^ *[0-9]+ +[0-9]+s +good +CI flake rate' <<<"$out" || fail "good story missing: $out"
[ "$(grep -c ' mentor ' <<<"$out")" -eq 1 ] || fail "linked folder not linted exactly once: $out"
ln -s loop.yaml "$tmp/loop.yaml"
expect_hazard "$tmp/loop.yaml" "$tmp/loop.yaml: error: symbolic link loop"
echo ok
