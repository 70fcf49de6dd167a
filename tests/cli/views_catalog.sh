#!/usr/bin/env bash
# starbank catalog: the list, the sets, one principle in full, JSON, and
# --catalog replacing the built-in catalog for every view.
source "$(dirname "$0")/views_lib.bash" "$@"

run "$sb" catalog --help
grep -q "Examples:" <<<"$out" || fail "catalog --help has no examples"

run "$sb" catalog
[ "$code" -eq 0 ] || fail "catalog exit $code"
[ "$(grep -cE '^  [a-z-]+ +[A-Z]' <<<"$out")" -ge 20 ] || fail "too few rows: $out"
grep -qE '^  deliver-results +Deliver Results$' <<<"$out" || fail "no Deliver Results row"
grep -qE '^  loop-core +Typical SDE loop \(8 principles\)$' <<<"$out" || fail "no sets"

run "$sb" catalog --format json
json 'assert len(j["principles"])==16 and j["sets"]
p=[x for x in j["principles"] if x["id"]=="dive-deep"][0]; assert p["prompts"] and p["followups"]'

run "$sb" catalog show "disagree & commit"
[ "$code" -eq 0 ] || fail "catalog show exit $code: $err"
grep -q "^Have Backbone; Disagree and Commit (have-backbone-disagree-and-commit)$" <<<"$out" ||
  fail "header: $out"
grep -q '^also: .*"Have Backbone, Disagree and Commit"' <<<"$out" || fail "aliases: $out"
grep -q "^Prompts:$" <<<"$out" && grep -q "^Follow-ups:$" <<<"$out" || fail "sections: $out"
run "$sb" catalog show DIVE-DEEP --format json
json 'assert j["id"]=="dive-deep" and len(j["prompts"]) >= 3'

run "$sb" catalog show "Frugalty"
[ "$code" -eq 2 ] || fail "unknown exit $code"
[ "$err" = "starbank: error: unknown principle 'Frugalty'; did you mean 'Frugality'?" ] ||
  fail "message: $err"

# Another company's values: catalog, map and new all follow --catalog.
cat > "$tmp/values.yaml" <<'YAML'
name: Acme values
principles:
  - id: ship-it
    name: Ship It
    signals: [shipped, release]
    prompts:
      - Tell me about something you shipped.
    followups:
      - What did you cut?
  - id: be-kind
    name: Be Kind
    signals: [kindness]
    prompts:
      - Tell me about a time you helped someone.
    followups:
      - What did it cost you?
YAML
run "$sb" --catalog "$tmp/values.yaml" catalog
grep -qE '^Acme values \(2 principles\)$' <<<"$out" || fail "custom catalog: $out"
mkdir "$tmp/bank"
sed 's/^principles: .*/principles: [Ship It]/' "$src/data/examples/ci-flake-rate.yaml" > "$tmp/bank/a.yaml"
run "$sb" map --catalog "$tmp/values.yaml" --format json "$tmp/bank"
[ "$code" -eq 0 ] || fail "map with custom catalog exit $code: $err"
json 'assert [p["principle"] for p in j["principles"]]==["ship-it","be-kind"]
assert j["principles"][0]["count"]==1 and j["principles"][1]["gap"]=="no-story"'
run "$sb" --catalog "$tmp/values.yaml" new "Kind deed" -p "be kind" --dir "$tmp"
[ "$code" -eq 0 ] || fail "new with custom catalog exit $code: $err"
grep -q "^#  - Tell me about a time you helped someone.$" "$tmp/kind-deed.yaml" || fail "custom prompts"
echo ok
