#!/usr/bin/env bash
# `starbank rules --explain RULE`: what a rule looks for, its cue families
# from data/lexicon with their words. The head of no-setback's explanation
# is pinned; a rule without word lists says so; JSON carries each family's
# file, line, why and words; an unknown rule is a usage error (exit 2).
source "$(dirname "$0")/views_lib.bash" "$@"

run "$sb" rules --explain no-setback
[ "$code" = 0 ] || fail "explain no-setback: exit $code: $err"
want='no-setback (info): no obstacle, setback, risk or constraint is named (a warning where the principle expects one)
It looks for * entries in * cue families (data/lexicon):

adverse-verbs (adversity.lex:5, 80 words)
  Verbs that tell something going wrong whoever the subject is: "the import
  broke", "I missed the date", "a dependency slipped".
    fail break crash stall leak slip miss lose regress corrupt degrade spike'
head=$(head -7 <<<"$out")  # counts (*) may change as words are added
python3 - "$want" "$head" <<'PY' || fail "explain no-setback head differs"
import re, sys
want, got = sys.argv[1], sys.argv[2]
pattern = "\n".join(re.escape(l).replace(r"\*", "[0-9]+") for l in want.split("\n"))
if not re.fullmatch(pattern, got):
    print("want:\n" + want + "\ngot:\n" + got)
    sys.exit(1)
PY
grep -q '^time-box.box (time.lex:' <<<"$out" || fail "time-box.box family missing"
grep -q '^    window windows timeline' <<<"$out" || fail "time-box.box words missing"

run "$sb" rules --explain too-long
[ "$code" = 0 ] || fail "explain too-long: exit $code"
grep -q 'It reads no word lists from data/lexicon.' <<<"$out" || fail "too-long: $out"

run "$sb" rules --explain no-setback --format json
json 'assert j["id"] == "no-setback"; f = j["cues"][0]; assert f["family"] == "adverse-verbs", f; assert f["file"] == "data/lexicon/adversity.lex"; assert f["words"][0] == "fail"; assert all(c["why"] and (c["words"] or c["phrases"]) for c in j["cues"])'

# A phrase family lists its phrases, one after another.
run "$sb" rules --explain unsupported-claim
grep -q '^stock-claims (praise.lex:[0-9]*, [0-9]* phrases)$' <<<"$out" || fail "stock-claims: $out"
grep -q '^    aligned stakeholders | ' <<<"$out" || fail "stock-claims phrases: $out"

run "$sb" rules --explain no-such-rule
[ "$code" = 2 ] || fail "unknown rule: exit $code"
grep -q "unknown rule 'no-such-rule'" <<<"$err" || fail "unknown rule: $err"

run "$sb" rules --help
grep -q 'starbank rules --explain no-setback' <<<"$out" || fail "help has no explain example"
echo "rules --explain: ok"
