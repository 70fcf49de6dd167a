#!/usr/bin/env bash
# Issue 21, point 9: the small lies, each message pinned whole through the
# real binary: an excluded file named on the command line, `show` on a file
# that does not parse, a principle whose only story went to another in
# `plan`, a set given to `new --principle`, CLI11's errors, `--fix --diff`,
# plurals in the HTML report, bullet results kept apart.
source "$(dirname "$0")/write_lib.bash" "$@"
cd "$tmp"
git init -q .
mkdir drafts stories one bullets
story drafts/a.yaml; cp "$ex"/*.yaml stories/
cp "$ex/log-retention-cost-cut.yaml" one/   # Frugality and Have Backbone
printf 'level: L5\n# drafts stay out of lint\nexclude:\n  - "*.wip.yaml"\n  - drafts/\n' \
  > .starbank.yaml
printf 'title: A\nprinciples: [Ownership\n' > broken.yaml
hint() { echo "Run 'starbank $1--help' for ${2:-its options}."; }

# command | exit | stderr, whole (\n between lines)
while IFS='|' read -r cmd want_code want_err; do
  eval "argv=($cmd)"
  expect "$want_code" "$(printf '%b' "$want_err")" "$sb" "${argv[@]}"
  case "$cmd" in lint*drafts*) [ -z "$out" ] || fail "$cmd printed: $out" ;; esac
done <<TABLE
lint drafts/a.yaml|2|starbank: warning: drafts/a.yaml: excluded by .starbank.yaml:5 ('drafts/')
lint drafts|2|starbank: warning: no story files in drafts: 1 file excluded by .starbank.yaml:5 ('drafts/')
map drafts/a.yaml|2|starbank: warning: drafts/a.yaml: excluded by .starbank.yaml:5 ('drafts/')
show broken.yaml|2|broken.yaml:2:13: error: unclosed '[' (opened here); close the list with ']'
new X --principle loop-core|2|starbank: error: 'loop-core' is a set of 8 principles (Typical SDE loop), not one principle; name one of them, such as 'customer-obsession', or plan the set with 'starbank plan --principles loop-core'
map --principle bar-raiser stories|2|starbank: error: 'bar-raiser' is a set of 6 principles (Bar raiser interview), not one principle; name one of them, such as 'are-right-a-lot', or plan the set with 'starbank plan --principles bar-raiser'
lint --fix --diff stories|2|starbank: error: --fix and --diff do not go together: --diff shows the fixes and writes nothing, --fix writes them; pick one
|2|starbank: error: a command is required, such as 'lint' or 'map'\n$(hint "" "the commands")
--isolated|2|starbank: error: a command is required, such as 'lint' or 'map'\n$(hint "" "the commands")
hook|2|starbank: error: 'hook' needs a command: install, uninstall or run\n$(hint "hook ")
lint --format json --format text|2|starbank: error: --format takes one value, got 2\n$(hint "lint ")
lint --fromat json|2|starbank: error: unknown option '--fromat'; did you mean '--format'?\n$(hint "lint ")
lint --format xml|2|starbank: error: --format: 'xml' is not one of text, json, sarif, github\n$(hint "lint ")
lint --wpm abc|2|starbank: error: --wpm: 'abc' is not a number from 60 to 400\n$(hint "lint ")
lint --level L9|2|starbank: error: --level: 'L9' is not one of L4, L5, L6, L7\n$(hint "lint ")
--catalog nope.yaml lint|2|starbank: error: --catalog: no such file 'nope.yaml'\n$(hint "lint ")
--isolated --config x lint|2|starbank: error: --config and --isolated do not go together; pick one\n$(hint "lint ")
show|2|starbank: error: the story argument is required\n$(hint "show ")
new T|2|starbank: error: --principle is required\n$(hint "new ")
map --principle|2|starbank: error: --principle needs a value\n$(hint "map ")
rules extra|2|starbank: error: unexpected argument 'extra'\n$(hint "rules ")
catalog show a b|2|starbank: error: unexpected argument 'b'\n$(hint "catalog show ")
completion fish|2|starbank: error: shell: 'fish' is not one of bash, zsh\n$(hint "completion ")
TABLE

# plan: a principle whose one story is told for another says so.
run "$sb" plan -P "Frugality,Have Backbone,Think Big" one
[ "$code" -eq 0 ] || fail "plan exit $code: $err"
want="  Frugality                           -> (no story: its only story, 'log-retention-cost-cut', is told for Have Backbone; Disagree and Commit)
  Have Backbone; Disagree and Commit  -> log-retention-cost-cut  score 100,  98s, fit 0.98
  Think Big                           -> (no story)"
[ "$(sed -n 3,5p <<<"$out")" = "$want" ] || fail "plan: $out"

# The HTML summary counts in words that agree with the numbers.
run "$sb" export --format html stories
grep -Fq '<li><b>16</b>findings: 1 error, 13 warnings, 2 info</li>' <<<"$out" ||
  fail "html summary: $(grep -o '<li><b>[0-9]*</b>findings[^<]*' <<<"$out")"
grep -Fq '<li><b>8</b>stories</li>' <<<"$out" || fail "html: 8 stories"
run "$sb" export --format html one
grep -Fq '<li><b>1</b>story</li>' <<<"$out" || fail "html: one story: $out"
grep -Fq 'findings: 0 errors, 0 warnings, 0 info' <<<"$out" || fail "html: no findings"

# Bullet results: each bullet stays its own item; the lead is the first.
sed '/^result: |/,/^learning:/{/^result: |/c\
result:\
  - Monthly log spend fell from $46,000 to $19,300, down 58%\
  - No incident or audit needed data we had moved
/^learning:/!d}' "$ex/log-retention-cost-cut.yaml" > bullets/list.yaml
printf 'title: Block bullets\nprinciples: [Frugality]\nsituation: s\ntask: t\naction: I did it\nresult: |\n  - cut spend by 58%%\n  - no incident\n' \
  > bullets/block.yaml
run "$sb" map --principle frugality bullets
want="                  bullets/list.yaml:1
                  Monthly log spend fell from \$46,000 to \$19,300, down 58%"
grep -Fxq -- "$(sed -n 1p <<<"$want")" <<<"$out" && grep -Fxq -- "$(sed -n 2p <<<"$want")" <<<"$out" ||
  fail "map --principle lead: $out"
grep -Fxq "                  cut spend by 58%" <<<"$out" || fail "block bullets: $out"
run "$sb" export bullets
grep -Fxq '| Frugality | Log storage spend down 58% by pushing back on keep-everything retention | Monthly log spend fell from $46,000 to $19,300, down 58% | 92 s |' <<<"$out" ||
  fail "markdown lead: $(grep '^| Frugality' <<<"$out")"
echo ok
