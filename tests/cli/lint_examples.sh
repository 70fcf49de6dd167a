#!/usr/bin/env bash
# The shipped examples: strong ones are clean, each weak one shows its defect.
set -euo pipefail
sb=$1; src=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
set +e
out=$("$sb" lint --color never "$src/data/examples"); code=$?
set -e
[ "$code" -eq 1 ] || fail "exit $code"
for story in ci-flake-rate deprecated-queue-migration android-crash-spike log-retention-cost-cut; do
  if grep -q "^[^ ]*$story.yaml:" <<<"$out"; then fail "strong $story has findings"; fi
done
expect() { grep -q "$1.yaml:[0-9]*:[0-9]*: .*\[$2\]" <<<"$out" || fail "$1 lacks $2"; }
expect notification-preferences-launch unquantified-result
expect notification-preferences-launch vague-result
expect database-failover-rebuild we-ownership
expect database-failover-rebuild effort-over-outcome
expect intern-mentoring too-long
expect intern-mentoring long-setup
expect partner-rate-limiter missing-learning
expect partner-rate-limiter unknown-principle
expect partner-rate-limiter no-baseline
# Colour only when asked for; plain in a pipe.
if grep -q $'\033' <<<"$out"; then fail "colour in a pipe"; fi
set +e; col=$("$sb" --color always lint "$src/data/examples"); set -e
grep -q $'\033\[' <<<"$col" || fail "--color always printed no colour"
echo ok
