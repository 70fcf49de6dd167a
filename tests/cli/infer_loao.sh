#!/usr/bin/env bash
# tests/accuracy/infer_loao.py on a four-principle catalog: a signal added
# after the base catalog and reaching only one author's story is held back
# when that author is left out (so the story drops out of its top 3), and
# kept when a second author's story tagged the same principle uses it too.
source "$(dirname "$0")/views_lib.bash" "$@"
loao=$src/tests/accuracy/infer_loao.py

mkdir -p "$tmp/c/stories"
cat >"$tmp/base.yaml" <<'YAML'
name: Acme
principles:
  - {id: ship-it, name: Ship It, signals: [shipped]}
  - {id: be-kind, name: Be Kind, signals: [kindness, thank you note]}
  - {id: save-money, name: Save Money, signals: [budget, cheaper]}
  - {id: dig-deep, name: Dig Deep, signals: [root cause, logs]}
YAML
sed 's/signals: \[shipped\]/signals: [shipped, release train]/' "$tmp/base.yaml" >"$tmp/now.yaml"
grep -q 'release train' "$tmp/now.yaml" || fail "sed did not add the signal"
story() {  # story FILE ACTION
  cat >"$tmp/c/stories/$1" <<YAML
title: A week in March
principles: [Ship It]
situation: |
  The budget was cut.
task: |
  Keep kindness in the rota and read the logs.
action: |
  $2
result: |
  It went out on the Friday.
YAML
}
story a1.yaml "I put the fix on the release train."
story b1.yaml "I shipped the fix and it shipped again the next day."
labels() {  # labels AUTHOR_OF_B1
  cat >"$tmp/c/labels.yaml" <<YAML
stories:
  - {file: stories/a1.yaml, author: anna}
  - {file: stories/b1.yaml, author: $1}
YAML
}
go() { run python3 "$loao" "$sb" --corpus "$tmp/c" --catalog "$tmp/now.yaml" \
         --base-catalog "$tmp/base.yaml" --jobs 1 --details; }

labels ben
go
[ "$code" = 0 ] || fail "exit $code: $err"
grep -q '1 signals fitted' <<<"$out" || fail "fitted count: $out"
grep -q 'whole catalog: 2 of 2' <<<"$out" || fail "whole catalog: $out"
grep -q 'leaving each author out: 1 of 2' <<<"$out" || fail "held-out figure: $out"
grep -q 'anna: 0 of 1; held back: ship-it: release train' <<<"$out" || fail "anna: $out"
grep -q 'miss a1.yaml' <<<"$out" || fail "miss line: $out"
grep -q 'ben: 1 of 1; held back: none' <<<"$out" || fail "ben: $out"

# A second author using the signal keeps it for both.
story b1.yaml "I shipped it on the release train."
go
[ "$code" = 0 ] || fail "exit $code: $err"
grep -q 'leaving each author out: 2 of 2' <<<"$out" || fail "kept signal: $out"
grep -q 'anna: 1 of 1; held back: none' <<<"$out" || fail "anna kept: $out"
echo ok
