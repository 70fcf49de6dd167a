#!/usr/bin/env bash
# Issue 13, point 8: the newcomer's list. The README lists every command and
# the id: key and its pre-commit snippet runs as written; an unknown command
# is named; counts read "1 story"; the map legend draws the grid's cells;
# map and plan fit a narrow terminal without cutting a character; completion
# offers principles; `new` makes readable names and creates --dir.
source "$(dirname "$0")/write_lib.bash" "$@"
cd "$tmp"
mkdir bank; story bank/a.yaml

# Every command of `starbank --help` has a row in the README's commands table.
run "$sb" --help
for c in $(sed -n '/^Subcommands:/,/^$/p' <<<"$out" | awk 'NR > 1 && /^  [a-z]/ {print $1}'); do
  grep -q "^| \`starbank $c" "$src/README.md" || fail "README commands table lacks '$c'"
done
[ "$(sed -n '/^Subcommands:/,/^$/p' <<<"$out" | grep -c '^  [a-z]')" -ge 12 ] || fail "help lists: $out"
grep -q '^id: ' "$src/README.md" || fail "README story file has no id: key"
grep -q 'v0\.1\.0' "$src/README.md" "$src/docs/integration.md" "$src/.pre-commit-hooks.yaml" &&
  fail "a v0.1.0 tag is named, and none exists"

# Unknown commands, named, with a suggestion when one is close.
while IFS='|' read -r word want; do
  expect 2 "$(printf '%b' "$want")" "$sb" $word
done <<'TABLE'
bogus|starbank: error: unknown command 'bogus'\nRun 'starbank --help' for the commands.
lnit stories|starbank: error: unknown command 'lnit'; did you mean 'lint'?\nRun 'starbank --help' for the commands.
--color never mpa|starbank: error: unknown command 'mpa'; did you mean 'map'?\nRun 'starbank --help' for the commands.
TABLE

# One story, one principle: singular everywhere.
while IFS='|' read -r cmd want; do
  read -r -a argv <<<"$cmd"
  run "$sb" "${argv[@]}"
  grep -Fxq -- "$want" <<<"$out" || fail "$cmd: no line '$want' in: $out"
done <<'TABLE'
lint bank|all clear: 1 story in 1 file
map bank|1 story, 16 principles. Gaps:
plan -P ownership bank|Plan for 1 principle from 1 story (total fit 0.40 of 1):
export bank|1 story against 16 principles (Amazon Leadership Principles): 0 with a backup, 2 with one story, 14 with none.
map --principle dive-deep bank|Dive Deep: 1 tagged story, best first
TABLE

# The legend draws the cells as the grid does, with colour and without.
run "$sb" --color never map bank
grep -Fxq "cells: # tagged, + untagged but the text fits, . neither" <<<"$out" || fail "legend: $out"
run "$sb" --color always map bank
legend=$(grep -A2 '^cells: ' <<<"$out")
[ "$legend" = $'cells: \e[32m\xe2\x96\x88\e[0m tagged (colour: score 80+ green, 60+ yellow, lower red),\n       \e[36m\xe2\x96\x92\e[0m untagged but the text fits,\n       \e[90m\xc2\xb7\e[0m neither' ] ||
  fail "colour legend: $legend"
grep -Fq $'\e[32m\xe2\x96\x88\e[0m' <<<"$out" || fail "no coloured tagged cell: $out"

# A 50-column terminal (a pty from script(1)): every line fits, no character is cut.
cp "$ex"/*.yaml bank/
sed -i 's|^title: .*|title: "Réduire la latence de paiement: 日本語のタイトル with a long tail"|' bank/a.yaml
for cmd in "map bank" "map --principle deliver-results bank" \
           "plan -P loop-core bank"; do
  script -qec "stty cols 50; '$sb' --color never $cmd" /dev/null > screen.txt || true
  python3 - "$cmd" <<'PY' || fail "$cmd does not fit 50 columns: $(cat screen.txt)"
import re, sys, unicodedata
text = open("screen.txt", "rb").read().decode("utf-8")  # a cut character fails here
lines = text.replace("\r", "").split("\n")
assert len(lines) > 3, lines
width = lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
# File references (lint's findings, map's file:line) and a command to copy
# ("starbank new ...") are never cut.
long = [l for l in lines if width(l) > 50 and not re.search(r"bank/[^ ]*\.yaml:\d+|starbank new", l)]
assert not long, long
PY
done

# Completion: --principle offers ids, plan's --principles also the sets.
run "$sb" completion bash
grep -Fq '"map --principle") echo "customer-obsession ownership ' <<<"$out" || fail "map -p"
grep -Fq '"map -p") echo "customer-obsession ownership ' <<<"$out" || fail "map -p"
grep -Eq '^    "plan -P"\) echo ".* deliver-results .* loop-core' <<<"$out" || fail "plan -P sets"
grep -Fq '"new --principle") echo "customer-obsession' <<<"$out" || fail "new --principle"
# ...and bash completes them: words typed | what it offers
while IFS='|' read -r words want; do
  got=$(bash -c 'source <("$1" completion bash); read -r -a COMP_WORDS <<<"$2"
                 COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _starbank; echo "${COMPREPLY[*]}"' _ "$sb" "$words")
  [ "$got" = "$want" ] || fail "completing '$words': '$got', want '$want'"
done <<'TABLE'
starbank plan -P lo|loop-core
starbank new T -p own|ownership
starbank map --principle dive|dive-deep
starbank prompts -p fru|frugality
TABLE

# new: readable names from accented titles; --dir is created.
while IFS='|' read -r title file; do
  expect 0 "" "$sb" new "$title" -p ownership --dir "drafts/2026"
  [ "$out" = "drafts/2026/$file" ] && [ -f "drafts/2026/$file" ] || fail "new '$title': $out"
done <<'TABLE'
Café résumé|cafe-resume.yaml
Über-fast Straße rollout|uber-fast-strasse-rollout.yaml
日本語 launch|日本語-launch.yaml
TABLE
echo "not a folder" > plain
expect 2 "starbank: error: 'plain' is not a directory" "$sb" new "X" -p ownership --dir plain

# The README's `repo: local` pre-commit snippet runs as written.
command -v pre-commit >/dev/null || fail "pre-commit is not installed (tools/run test installs it)"
export PRE_COMMIT_HOME=$tmp/pre-commit-cache
mkdir -p bin; ln -s "$sb" bin/starbank; export PATH=$tmp/bin:$PATH
git init -q repo; mkdir repo/stories
awk '/^```yaml$/ {block=""; inside=1; next} /^```$/ {if (inside && block ~ /repo: local/) print block; inside=0; next}
     inside {block = block $0 "\n"}' "$src/README.md" > repo/.pre-commit-config.yaml
grep -q "repo: local" repo/.pre-commit-config.yaml || fail "no repo: local snippet in the README"
cp "$ex/notification-preferences-launch.yaml" repo/stories/weak.yaml
(cd repo && git add . && git -c user.name=t -c user.email=t@t commit -qm init)
run bash -c 'cd repo && pre-commit run --all-files'
[ "$code" -eq 1 ] || fail "pre-commit with a weak story: exit $code: $out $err"
grep -Fq "stories/weak.yaml:23:1: warning: result states no number" <<<"$out" || fail "pre-commit: $out"
echo ok
