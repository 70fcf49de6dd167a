#!/usr/bin/env bash
# Issue 21, point 8, through the real binary: YAML errors in plain words at
# the line where the problem starts, with the source line and a caret (none
# past the end of the file), and every document of a file that parses is
# linted even when one before it does not. The whole table of yaml-cpp's
# messages is in tests/loader_test.cc.
source "$(dirname "$0")/views_lib.bash" "$@"
cd "$tmp"
mkdir bank
{ cat "$ex/ci-flake-rate.yaml"
  printf -- '---\ntitle: "Broken quote\nprinciples: [Ownership]\n---\n'
  cat "$ex/partner-rate-limiter.yaml"; } > bank/multi.yaml
printf 'title: A\nprinciples: {Ownership' > bank/last.yaml
printf 'title: A\n\tsituation: s\n' > bank/tab.yaml
printf 'title: A\nprinciples: [Ownership, Dive Deep\nsituation: s\n' > bank/list.yaml
run "$sb" lint --isolated bank
[ "$code" -eq 2 ] || fail "exit $code: $err"
want=$(printf '%s\n' \
  "bank/last.yaml:2:13: error: unclosed '{' (opened here); close the mapping with '}'" \
  "  principles: {Ownership" \
  "              ^" \
  "bank/list.yaml:2:13: error: unclosed '[' (opened here); close the list with ']'" \
  "  principles: [Ownership, Dive Deep" \
  "              ^" \
  "bank/multi.yaml:47:8: error: unterminated quoted string (opened here); add the closing double quote" \
  "  title: \"Broken quote" \
  "         ^" \
  "bank/multi.yaml:52:1: info: no learning; add one lesson or mechanism you carried forward, it answers \"what would you do differently?\" [missing-learning]" \
  "bank/multi.yaml:53:14: error: unknown principle 'Customer Obsesion'; did you mean 'Customer Obsession'? [unknown-principle]" \
  "bank/multi.yaml:75:30: info: result gives numbers with no baseline; say what they moved from, or the target they beat (\"from 40 to 12 min\", \"vs a 99.9% target\") [no-baseline]" \
  "bank/tab.yaml:2:1: error: tabs cannot indent YAML; use spaces" \
  "  	situation: s" \
  "  ^")
got=$(sed '/^$/,$d' <<<"$out")
[ "$got" = "$want" ] || fail "lint bank:
$(diff <(echo "$want") <(echo "$got"))"
# The stories around the broken document keep their numbers.
grep -Eq '^100 +102s +multi#1 ' <<<"$out" || fail "multi#1 not linted: $out"
grep -Eq '^ *[0-9]+ +83s +multi#3 ' <<<"$out" || fail "multi#3 not linted: $out"
grep -Fxq "5 errors, 0 warnings, 2 info in 2 stories in 4 files" <<<"$out" || fail "summary: $out"
# JSON names the broken document's line, and lists the stories after it.
run "$sb" lint --isolated --format json bank/multi.yaml
json 'assert [s["id"] for s in j["stories"]] == ["multi#1", "multi#3"], j["stories"]
assert [(e["line"], e["column"]) for e in j["errors"]] == [(47, 8)], j["errors"]'
echo ok
