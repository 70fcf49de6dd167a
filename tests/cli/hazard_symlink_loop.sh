#!/usr/bin/env bash
# Directory symbolic link loops while walking, and a link that points at
# itself named on the command line. Links that lead out of the named folder
# are not followed (one note says so, and it is no error); a linked folder
# inside it is walked once.
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
grep -Fxq "starbank: note: $tmp/bank/one: 2 symbolic links lead out of '$tmp/bank' (this one to '$(realpath "$tmp/shared")'); not followed" <<<"$out" ||
  fail "no note for the links out of the bank: $out"
[ "$(grep -c ' mentor ' <<<"$out")" -eq 0 ] || fail "a link out of the bank was followed: $out"
# Named itself, the shared folder is linted; a link inside the bank to a
# folder in it is walked once.
mkdir -p "$tmp/bank2/real"
cp "$tmp/shared/mentor.yaml" "$tmp/bank2/real/"
ln -s real "$tmp/bank2/alias"
lint "$tmp/bank2"
[ "$code" -ne 2 ] || fail "bank2 exit 2: $out"
[ "$(grep -c ' mentor ' <<<"$out")" -eq 1 ] || fail "linked folder not linted exactly once: $out"
grep -q 'note:' <<<"$out" && fail "a note for a link inside the bank: $out"
ln -s loop.yaml "$tmp/loop.yaml"
expect_hazard "$tmp/loop.yaml" "$tmp/loop.yaml: error: symbolic link loop"
echo ok
