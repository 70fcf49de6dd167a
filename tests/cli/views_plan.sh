#!/usr/bin/env bash
# starbank plan: distinct stories per principle, uncovered principles named,
# names with commas, catalog sets, did-you-mean, JSON.
source "$(dirname "$0")/views_lib.bash" "$@"

run "$sb" plan --help
grep -q "Examples:" <<<"$out" || fail "plan --help has no examples"
grep -q "Hungarian" <<<"$out" || fail "plan --help does not say how it solves"

# Two principles whose best story is the same: each story told once.
run "$sb" plan --principles "Deliver Results,Dive Deep" "$ex"
[ "$code" -eq 0 ] || fail "plan exit $code: $err"
grep -qE '^  Deliver Results +-> [a-z-]+ +score +[0-9]+, +[0-9]+s, fit [0-9.]+' <<<"$out" ||
  fail "no Deliver Results line: $out"
[ "$(grep -oE -- '-> [a-z-]+' <<<"$out" | sort | uniq -d)" = "" ] || fail "a story told twice: $out"
grep -q "Every principle is covered" <<<"$out" || fail "should cover both: $out"

# A name holding a comma, an alias and a principle no story has.
run "$sb" plan -P "Are Right, A Lot,results,Think Big" --format json "$ex"
[ "$code" -eq 0 ] || fail "plan json exit $code: $err"
json 'p=[s["principle"] for s in j["plan"]]
assert p==["are-right-a-lot","deliver-results","think-big"], p
assert "think-big" in j["uncovered"]
ids=[s["story"]["id"] for s in j["plan"] if s["story"]]; assert len(ids)==len(set(ids))
assert abs(j["total_fit"]-sum(s["fit"] for s in j["plan"])) < 0.01'

# A catalog set expands to its principles; no story is used twice.
run "$sb" plan --principles loop-core --format json "$ex"
[ "$code" -eq 0 ] || fail "set exit $code: $err"
json 'assert len(j["plan"])==8
ids=[s["story"]["id"] for s in j["plan"] if s["story"]]; assert len(ids)==len(set(ids))
assert len(ids) <= 8 and len(j["uncovered"]) == 8 - len(ids)'

# No example is tagged with or fits either: the text names both.
run "$sb" plan --principles "Are Right, A Lot,Think Big" "$ex"
grep -q '^Uncovered: "Are Right, A Lot", Think Big$' <<<"$out" || fail "uncovered not named: $out"

# Unknown names: exit 2 with did-you-mean; a missing flag is a usage error.
run "$sb" plan --principles "Frugalty" "$ex"
[ "$code" -eq 2 ] || fail "unknown exit $code"
[ "$err" = "starbank: error: unknown principle 'Frugalty'; did you mean 'Frugality'?" ] ||
  fail "message: $err"
run "$sb" plan "$ex"
[ "$code" -eq 2 ] || fail "missing --principles exit $code"
grep -q "principles" <<<"$err" || fail "usage error does not name the option: $err"
echo ok
