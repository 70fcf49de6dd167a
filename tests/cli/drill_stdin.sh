#!/usr/bin/env bash
# starbank drill without a terminal, end to end through the real binary: one
# line per step, the whole transcript pinned; the log it writes (pinned),
# `git status` showing it, `drill --status` (text and JSON) due later after a
# good attempt and sooner after a bad one; the log is not linted as a story;
# input errors log nothing.
source "$(dirname "$0")/drill_lib.bash" "$@"
cd "$repo"
expect() {  # expect NAME EXPECTED: $out must be exactly EXPECTED
  [ "$out" = "$2" ] || fail "$1: got
$out
--- diff (expected, got):
$(diff <(printf '%s\n' "$2") <(printf '%s\n' "$out"))"
}

run "$sb" drill --help
grep -q "^Examples:" <<<"$out" || fail "drill --help has no examples"
grep -q "^A session on a terminal:" <<<"$out" || fail "drill --help shows no session"

lint_before=$("$sb" lint --color never . 2>&1 || true)

# A first drill: the most due story (never practised, bank order), told in
# 84 s by the clock on the first line, three follow-ups, rated 4.
run at 2026-12-01 "$sb" drill --seed 1 < <(printf '84\nfirst answer\n\n\n4\n')
[ "$code" -eq 0 ] || fail "drill exit $code: $err"
[ -z "$err" ] || fail "stderr: $err"
expect "first drill" 'Drill 1 of 1  database-failover-rebuild
  never practised; estimate 1:15

Prompt:
  Tell me about a time you fixed a reliability problem under time pressure.

Tell it out loud now, then press Enter.
Told in 1:24 (estimate 1:15): inside the 60-90 s window.

Follow-ups: answer each out loud, then press Enter.

1/3  Which part did you do yourself?
  Your prepared answer:
    I wrote the reconnect logic and ran the first two drills.

2/3  What was the hardest obstacle, and how did you get past it?

3/3  Why did you take this on rather than raise it with the team that owned
     it?

How did it go? Rate it 1-5 (1 lost the thread, 5 ready for the loop): 4
Logged to practice.yaml; due again 2026-12-04 (in 3 days).'
expect_log='# starbank practice log: one attempt a block, appended by `starbank drill`.
# Commit it with the stories. To merge two branches'\'' attempts without
# conflicts, add to .gitattributes:  practice.yaml merge=union
- at: 2026-12-01T09:00:00+00:00
  story: database-failover-rebuild
  prompt: "Tell me about a time you fixed a reliability problem under time pressure."
  seconds: 84
  estimate: 75
  rating: 4
  asked:
    - "Which part did you do yourself?"
    - "What was the hardest obstacle, and how did you get past it?"
    - "Why did you take this on rather than raise it with the team that owned it?"'
[ "$(cat practice.yaml)" = "$expect_log" ] || fail "log: $(cat practice.yaml)"
[ "$(git status --porcelain)" = "?? practice.yaml" ] || fail "git status: $(git status --porcelain)"

# The log is not a story: a walked lint says exactly what it said before.
[ "$("$sb" lint --color never . 2>&1 || true)" = "$lint_before" ] ||
  fail "lint picked up the practice log: $("$sb" lint --color never . 2>&1)"

# Nor by the pre-commit hook, once staged: a commit of the log passes quietly.
git add practice.yaml
run "$sb" hook run
[ "$code" -eq 0 ] && [ -z "$out$err" ] || fail "the hook linted the practice log: $code $out$err"
git reset -q practice.yaml

# The other story, badly: 130 s and rated 2. It comes back tomorrow, the
# good one in three days.
run at 2026-12-01 "$sb" drill --story deprecated-queue-migration --seed 2 \
  < <(printf '130s\n\n\n\n2\n')
[ "$code" -eq 0 ] || fail "second drill exit $code: $err"
grep -qx "Told in 2:10 (estimate 1:[0-9][0-9]): over 120 s: it comes back sooner; cut the setup." \
  <<<"$out" || fail "verdict: $out"
grep -qx "Logged to practice.yaml; due again 2026-12-02 (tomorrow)." \
  <<<"$out" || fail "due: $out"
[ "$(grep -c '^- at: ' practice.yaml)" -eq 2 ] || fail "two attempts: $(cat practice.yaml)"

run at 2026-12-01 "$sb" drill --status
[ "$code" -eq 0 ] || fail "status exit $code: $err"
expect "status" 'story                       tries  last        rating     time/est  due
deprecated-queue-migration      1  2026-12-01     2.0    2:10/1:42  2026-12-02 tomorrow
database-failover-rebuild       1  2026-12-01     4.0    1:24/1:15  2026-12-04 in 3 days

0 of 2 stories due today (0 never practised); log: practice.yaml'

# Two days later the bad one is overdue and comes first.
run at 2026-12-03 "$sb" drill --status --format json
[ "$code" -eq 0 ] || fail "json exit $code: $err"
json 'assert j["version"] == 1 and j["today"] == "2026-12-03" and j["log"] == "practice.yaml"
s = j["stories"]; assert [x["id"] for x in s] == ["deprecated-queue-migration", "database-failover-rebuild"], s
bad, good = s
assert bad["attempts"] == 1 and bad["last_rating"] == 2 and bad["due"] == "2026-12-02"
assert bad["due_now"] is True and bad["mean_seconds"] == 130 and bad["box"] == 1
assert good["due"] == "2026-12-04" and good["due_now"] is False and good["box"] == 2
assert good["last_practised"] == "2026-12-01" and good["mean_rating"] == 4.0
assert good["estimate"] > 0 and j["errors"] == []'
cp practice.yaml "$tmp/log.before"

# show and map --principle say when a story was last practised.
run at 2026-12-03 "$sb" show database-failover-rebuild
grep -qx "practice    practised 2026-12-01 (rated 4), due 2026-12-04" <<<"$out" ||
  fail "show: $out"
run at 2026-12-03 "$sb" map --principle ownership
grep -qx "                  practised 2026-12-01 (rated 2), due 2026-12-02" <<<"$out" ||
  fail "map --principle: $out"
# The HTML report's story table fills its "Last practised" column from the log.
run at 2026-12-03 "$sb" export --format html
grep -qF "last practised 2026-12-01 (rated 4), due 2026-12-04</p>" <<<"$out" ||
  fail "export --format html: no last-practised cell"

# Input that ends before the rating, or a bad rating: nothing logged, exit 2.
run at 2026-12-03 "$sb" drill --seed 1 < <(printf '60\n\n')
[ "$code" -eq 2 ] || fail "short input exit $code"
[ "$err" = "starbank: error: input ended before the rating; nothing logged for 'deprecated-queue-migration'" ] ||
  fail "short input: $err"
run at 2026-12-03 "$sb" drill --seed 1 < <(printf '60\n\n\n\n9\n')
[ "$code" -eq 2 ] || fail "bad rating exit $code"
[ "$err" = "starbank: error: the rating must be a whole number from 1 to 5, got '9'; nothing logged for 'deprecated-queue-migration'" ] ||
  fail "bad rating: $err"
cmp -s "$tmp/log.before" practice.yaml || fail "a failed drill changed the log"

# SIGINT while waiting for a line: exit 130, the log byte-identical.
mkfifo "$tmp/in"
STARBANK_NOW=2026-12-03 "$sb" drill --seed 1 < "$tmp/in" > "$tmp/int.out" 2> "$tmp/int.err" &
pid=$!
exec 3> "$tmp/in"
printf '60\n' >&3
for _ in $(seq 100); do grep -q '^1/3' "$tmp/int.out" && break; sleep 0.1; done
grep -q '^1/3' "$tmp/int.out" || fail "drill did not reach the follow-ups: $(cat "$tmp/int.out")"
kill -INT "$pid"
set +e; wait "$pid"; code=$?; set -e
exec 3>&-
[ "$code" -eq 130 ] || fail "SIGINT exit $code"
[ "$(cat "$tmp/int.err")" = "starbank: drill interrupted; nothing logged for 'deprecated-queue-migration'" ] ||
  fail "SIGINT message: $(cat "$tmp/int.err")"
cmp -s "$tmp/log.before" practice.yaml || fail "SIGINT changed the log"

# A mock loop: the stories plan picks, back to back, with a total.
run at 2026-12-03 "$sb" drill --plan "Deliver Results,Ownership,Think Big" --seed 3 \
  --log "$tmp/loop.yaml" < <(printf '70\n\n\n\n5\n95\n\n\n\n3\n')
[ "$code" -eq 0 ] || fail "plan exit $code: $err"
grep -qx "No story for Think Big; it is left out of the loop." <<<"$out" || fail "uncovered: $out"
grep -qx "Loop done: 2 stories in 2:45 (estimates [0-9]:[0-9][0-9])." <<<"$out" || fail "total: $out"
[ "$(grep -c '^- at: ' "$tmp/loop.yaml")" -eq 2 ] || fail "--log: $(cat "$tmp/loop.yaml")"
grep -qx "  principle: ownership" "$tmp/loop.yaml" || fail "loop principle: $(cat "$tmp/loop.yaml")"
cmp -s "$tmp/log.before" practice.yaml || fail "--log wrote the default log too"

# --principle: a story tagged with it, told to one of the principle's prompts.
run at 2026-12-03 "$sb" drill --principle bias-for-action --seed 1 --log "$tmp/p.yaml" \
  < <(printf '60\n\n\n\n4\n')
[ "$code" -eq 0 ] || fail "--principle exit $code: $err"
grep -qx "Drill 1 of 1  database-failover-rebuild" <<<"$out" || fail "--principle story: $out"
grep -qx "Prompt (Bias for Action):" <<<"$out" || fail "--principle prompt: $out"
grep -qx "  principle: bias-for-action" "$tmp/p.yaml" || fail "--principle log: $(cat "$tmp/p.yaml")"

# --count: several in a row, most due first; --cue shows the title and the
# lead result (a first drill shows neither: pinned above).
run at 2026-12-03 "$sb" drill --count 2 --cue --seed 5 --log "$tmp/count.yaml" \
  < <(printf '60\n\n\n\n4\n61\n\n\n\n4\n')
[ "$code" -eq 0 ] || fail "--count exit $code: $err"
[ "$(grep -E '^Drill [0-9] of 2  ' <<<"$out")" = "Drill 1 of 2  database-failover-rebuild
Drill 2 of 2  deprecated-queue-migration" ] || fail "--count order: $out"
grep -qx "  Automatic database failover before peak season" <<<"$out" || fail "--cue title: $out"
grep -qx "  Failover time went from about 25 minutes to under 40 seconds, beating the" \
  <<<"$out" || fail "--cue lead result: $out"
[ "$(grep -c '^- at: ' "$tmp/count.yaml")" -eq 2 ] || fail "--count log: $(cat "$tmp/count.yaml")"

# practice_log: in the config moves the log (relative to the config): a new
# log, so the story is new to it.
printf 'practice_log: notes/drills.yaml\n' > .starbank.yaml
mkdir notes
run "$sb" config
grep -qE '^practice_log: "notes/drills.yaml" +# .starbank.yaml:1$' <<<"$out" || fail "config: $out"
run at 2026-12-03 "$sb" drill --story database-failover-rebuild --seed 1 < <(printf '80\n\n\n\n5\n')
[ "$code" -eq 0 ] || fail "practice_log drill exit $code: $err"
grep -qx "Logged to notes/drills.yaml; due again 2026-12-06 (in 3 days)." \
  <<<"$out" || fail "practice_log: $out"
rm .starbank.yaml
run "$sb" config
grep -qE '^practice_log: "practice.yaml" +# default$' <<<"$out" || fail "config default: $out"

# A broken log is named and left alone.
cp practice.yaml "$tmp/good"
printf '<<<<<<< HEAD\n' >> practice.yaml
cp practice.yaml "$tmp/broken"
run at 2026-12-03 "$sb" drill --status
[ "$code" -eq 2 ] || fail "broken log exit $code"
grep -q "^practice.yaml:[0-9]*:[0-9]*: error: " <<<"$err" || fail "broken log: $err"
run at 2026-12-03 "$sb" drill < <(printf '80\n\n\n\n5\n')
[ "$code" -eq 2 ] || fail "drill on a broken log exit $code"
cmp -s "$tmp/broken" practice.yaml || fail "drill touched a broken log"
cp "$tmp/good" practice.yaml

# Usage errors.
run "$sb" drill --story database-failover-rebild
[ "$code" -eq 2 ] || fail "unknown story exit $code"
[ "$err" = "starbank: error: no story has the id 'database-failover-rebild'; did you mean 'database-failover-rebuild'?" ] ||
  fail "unknown story: $err"
run "$sb" drill --principle ownrship --log "$tmp/x.yaml"
[ "$code" -eq 2 ] || fail "unknown principle exit $code"
grep -q "did you mean 'Ownership'" <<<"$err" || fail "unknown principle: $err"
run "$sb" drill --principle frugality --log "$tmp/x.yaml"
[ "$code" -eq 2 ] || fail "untagged principle exit $code"
grep -q "^starbank: error: no story is tagged 'Frugality'" <<<"$err" || fail "untagged: $err"
STARBANK_NOW=tomorrow run "$sb" drill --status --log "$tmp/x.yaml"
[ "$code" -eq 2 ] || fail "bad STARBANK_NOW exit $code"
[ "$err" = "starbank: error: STARBANK_NOW must be a date-time like 2026-12-01T09:30:00Z, got 'tomorrow'" ] ||
  fail "bad STARBANK_NOW: $err"
run "$sb" drill --log "$tmp/no/such/log.yaml" < /dev/null
[ "$code" -eq 2 ] || fail "missing log folder exit $code"
[ "$err" = "starbank: error: cannot write the practice log '$tmp/no/such/log.yaml': no folder '$tmp/no/such/'" ] ||
  fail "missing log folder: $err"
[ -z "$out" ] || fail "drilled with nowhere to log: $out"
[ ! -e "$tmp/x.yaml" ] || fail "a failed drill created a log"
# Two branches each log an attempt; with the union merge the docs suggest,
# they merge without a conflict into a log that reads back whole.
export GIT_AUTHOR_NAME=drill GIT_AUTHOR_EMAIL=drill@example.com
export GIT_COMMITTER_NAME=drill GIT_COMMITTER_EMAIL=drill@example.com
cp "$tmp/good" practice.yaml
echo "practice.yaml merge=union" > .gitattributes
git add practice.yaml .gitattributes && git commit -qm "log so far"
main=$(git symbolic-ref --short HEAD)
git checkout -qb other
at 2026-12-04 "$sb" drill --story database-failover-rebuild < <(printf '70\n\n\n\n5\n') >/dev/null
git commit -qam "drill on other"
git checkout -q "$main"
at 2026-12-05 "$sb" drill --story deprecated-queue-migration < <(printf '75\n\n\n\n4\n') >/dev/null
git commit -qam "drill on $main"
git merge -q --no-edit other >/dev/null || fail "the logs did not merge: $(git diff)"
run at 2026-12-05 "$sb" drill --status --format json
[ "$code" -eq 0 ] || fail "merged log exit $code: $err"
json 'a = {x["id"]: x["attempts"] for x in j["stories"]}
assert a == {"database-failover-rebuild": 2, "deprecated-queue-migration": 2}, a'
echo ok
