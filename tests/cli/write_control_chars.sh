#!/usr/bin/env bash
# Issue 13, point 3: no raw control codes out. Escape sequences in titles
# and text (YAML "\e" escapes pass the reader) and in file names reach
# every human-readable output escaped (\x1b, \n, \u009b); JSON escapes them
# as JSON does.
source "$(dirname "$0")/write_lib.bash" "$@"
cd "$tmp"
mkdir bank
story bank/a.yaml
sed -i 's|^title: .*|title: "Clear \\e[2J then \\e]0;pwned\\a and \\u009b C1"|' bank/a.yaml
name=$'bank/new\nline\e[31m.yaml'
cp "$ex/log-retention-cost-cut.yaml" "$name"
sed -i 's|^principles: .*|principles: ["Frugal\\e[5mity"]|' "$name"
shown='bank/new\nline\x1b[31m.yaml'
title='Clear \x1b[2J then \x1b]0;pwned\x07 and \u009b C1'
esc=$'\e'; c1=$'\xc2\x9b'

# command | a line its output must hold
while IFS='|' read -r cmd want; do
  read -r -a argv <<<"$cmd"
  run "$sb" --color never "${argv[@]}"
  all="$out$err"
  if [[ $all == *"$esc"* || $all == *"$c1"* ]]; then fail "$cmd: raw control code out: $all"; fi
  grep -Fxq -- "$want" <<<"$all" || fail "$cmd: no line '$want' in: $all"
done <<TABLE
lint bank|100  102s  a  $title
lint bank|$shown:2:14: error: unknown principle 'Frugal\x1b[5mity'; did you mean 'Frugality'? [unknown-principle]
lint --format github bank|::error file=bank/new%0Aline\x1b[31m.yaml,line=2,col=14,title=unknown-principle::unknown principle 'Frugal\x1b[5mity'; did you mean 'Frugality'? [unknown-principle]
show bank/a.yaml|$title
export bank|| Log storage spend down 58% by pushing back on keep-everything retention |  | 80 | 98 s | \`$shown:1\` |
map --principle deliver-results bank|   1.  100   102s  $title
prompts bank|      listed by: a
map bank|stories: a=a b=new\nline\x1b[31m
plan -P deliver-results bank|  Deliver Results  -> a  score 100, 102s, fit 1.00
TABLE
# Colour on: only starbank's own escapes remain around the escaped text.
run "$sb" --color always lint bank
grep -Fq "$title" <<<"$out" || fail "colour run: title not escaped: $out"
grep -Fq "$shown" <<<"$out" || fail "colour run: file name not escaped: $out"
# JSON keeps the text, escaped as JSON does.
run "$sb" lint --format json bank
# (C0 controls as \u001b; JSON allows U+009B as it is.)
grep -Fq '"title": "Clear \u001b[2J then \u001b]0;pwned\u0007 and ' <<<"$out" ||
  fail "json title: $out"
json 'assert j["stories"][0]["title"] == "Clear \x1b[2J then \x1b]0;pwned\x07 and \x9b C1"'
echo ok
