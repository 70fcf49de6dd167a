#!/usr/bin/env bash
# Nothing of the user's is lost (issue 21), through the real binary, each
# message pinned whole: concurrent drills all land in the log (or say they
# did not); starbank's own data files are never written over; a broken log
# or a held lock keeps the attempt in practice.pending.yaml; a bad rating
# logs nothing; an early repeat does not promote a story; a file reached by
# two names is linted once and links out of the bank are not followed; no
# raw C1 byte, UTF-16 BOM or bidi override reaches the terminal; drill wraps
# to the terminal's width.
source "$(dirname "$0")/drill_lib.bash" "$@"
cd "$repo"
story=database-failover-rebuild
answers=$'84\n\n\n\n4\n'  # told in 84 s, three follow-ups, rated 4

# row NAME CODE STDERR CMD...: runs CMD, wants exit CODE and stderr STDERR exactly.
row() {
  local name=$1 want_code=$2 want_err=$3
  shift 3
  run "$@"
  [ "$code" -eq "$want_code" ] || fail "$name: exit $code, want $want_code; stderr: $err"
  [ "$err" = "$want_err" ] || fail "$name: stderr
$err
--- want:
$want_err"
}
entries() { grep -c '^- at: ' "$1" || true; }

# ---- 1. Ten (here twelve) concurrent piped drills: every attempt lands. ----
for i in $(seq 12); do
  (
    set +e
    at 2026-12-01 "$sb" drill --story "$story" <<<"$answers" >"$tmp/c.$i.out" 2>"$tmp/c.$i.err"
    echo $? >"$tmp/c.$i.code"
  ) &
done
wait
logged=0
for i in $(seq 12); do
  c=$(cat "$tmp/c.$i.code")
  if [ "$c" -eq 0 ]; then
    logged=$((logged + 1))
    grep -qx "Logged to practice.yaml; due again 2026-12-04 (in 3 days)." "$tmp/c.$i.out" ||
      fail "run $i: $(cat "$tmp/c.$i.out")"
  else  # could not log: said so, the attempt kept aside
    grep -q "is not in the log" "$tmp/c.$i.err" || fail "run $i exit $c, silent: $(cat "$tmp/c.$i.err")"
  fi
done
[ "$(entries practice.yaml)" -eq "$logged" ] ||
  fail "$logged runs said 'Logged' but the log holds $(entries practice.yaml)"
kept=$([ -f practice.pending.yaml ] && entries practice.pending.yaml || echo 0)
[ $((logged + kept)) -eq 12 ] || fail "attempts lost: $logged logged, $kept kept aside"
[ "$logged" -eq 12 ] || fail "only $logged of 12 logged with a 5 s lock timeout"
# The log parses, and the same day's repeats did not promote the story (5).
run at 2026-12-01 "$sb" drill --status --format json
json "s=[x for x in j['stories'] if x['id']=='$story'][0]; assert s['attempts']==12, s; assert s['due']=='2026-12-04', s"
ls -A | grep -q lock && fail "a lock file was left beside the log: $(ls -A)"

# ---- 5. Same-day practice: an early repeat is logged but does not promote. ----
run at 2026-12-02 "$sb" drill --story "$story" <<<"$answers"
grep -qx "Logged to practice.yaml; due again 2026-12-04 (in 2 days)." <<<"$out" ||
  fail "early repeat moved the due day: $out"
run at 2026-12-04 "$sb" drill --story "$story" <<<"$answers"  # due: one box up (7 days)
grep -qx "Logged to practice.yaml; due again 2026-12-11 (in 7 days)." <<<"$out" ||
  fail "a telling on the due day did not promote: $out"
run at 2026-12-04 "$sb" drill --story "$story" <<<"$answers"
grep -qx "Logged to practice.yaml; due again 2026-12-11 (in 7 days)." <<<"$out" ||
  fail "a same-day repeat promoted: $out"
run at 2026-12-05 "$sb" drill --story "$story" <<<$'84\n\n\n\n1\n'  # early but bad: down
grep -qx "Logged to practice.yaml; due again 2026-12-06 (tomorrow)." <<<"$out" ||
  fail "an early bad telling did not send the story down: $out"
git add stories && cp practice.yaml "$tmp/log.good"

# ---- 2. starbank's own files: refused, with or without --force, byte-identical. ----
printf 'interview_log: notes/interviews.yaml\n' >.starbank.yaml
mkdir -p notes && printf -- '- at: 2026-11-30\n  company: Acme\n' >notes/interviews.yaml
for target in practice.yaml .starbank.yaml notes/interviews.yaml; do
  cp "$target" "$tmp/before"
  case $target in
    practice.yaml) what="the practice log" ;;
    .starbank.yaml) what="the config" ;;
    *) what="the interview log" ;;
  esac
  want="starbank: error: '$target' is $what, which starbank reads; not writing over it, even with --force"
  row "lint -o $target" 2 "$want" "$sb" lint -q -o "$target" stories
  row "export -o $target --force" 2 "$want" "$sb" export -o "$target" --force
  row "export -o $target" 2 "$want" "$sb" export -o "$target"
  cmp -s "$tmp/before" "$target" || fail "$target changed"
done
# Through another name (a symbolic link) too.
ln -s practice.yaml alias.yaml
row "lint -o alias.yaml" 2 \
  "starbank: error: 'alias.yaml' is the practice log, which starbank reads; not writing over it, even with --force" \
  "$sb" lint -q -o alias.yaml stories
rm alias.yaml
# The catalog in use (--catalog, or catalog: in the config).
cat >mycat.yaml <<'YAML'
name: Acme values
principles:
  - id: ship-it
    name: Ship It
    signals: [shipped, release]
    prompts:
      - Tell me about something you shipped.
YAML
cp mycat.yaml "$tmp/before"
row "export -o the catalog (--catalog)" 2 \
  "starbank: error: 'mycat.yaml' is the catalog in use, which starbank reads; not writing over it, even with --force" \
  "$sb" --catalog mycat.yaml export -o mycat.yaml --force
printf 'catalog: mycat.yaml\n' >.starbank.yaml
row "lint -o the catalog (config)" 2 \
  "starbank: error: 'mycat.yaml' is the catalog in use, which starbank reads; not writing over it, even with --force" \
  "$sb" lint -q -o mycat.yaml stories
cmp -s "$tmp/before" mycat.yaml || fail "the catalog changed"
rm -f mycat.yaml .starbank.yaml
# A story file: refused as before.
cp stories/$story.yaml "$tmp/before"
row "export over a story" 2 \
  "starbank: error: 'stories/$story.yaml' looks like a story file; not overwriting it" \
  "$sb" export -o "stories/$story.yaml" --force
cmp -s "$tmp/before" "stories/$story.yaml" || fail "the story changed"
rm -f .starbank.yaml && rm -rf notes
# No config yet, but one written there would be read as the config next run.
mkdir -p sub
row "export -o sub/.starbank.yaml --force (no config yet)" 2 \
  "starbank: error: 'sub/.starbank.yaml' would be read as starbank's config; not writing it, even with --force" \
  "$sb" export -o sub/.starbank.yaml --force
[ ! -e sub/.starbank.yaml ] || fail "a config-named report was written"
rmdir sub

# ---- 3. A broken log keeps the attempt; no 'error: ... error:'. ----
# Broken before the drill: said at once, with how to repair it; nothing asked.
printf '<<<<<<< HEAD\n' >>practice.yaml
cp practice.yaml "$tmp/broken"
line=$(wc -l <practice.yaml)
repair="repair practice.yaml (for merge-conflict markers, delete the marker lines and keep both sides' attempts; 'starbank drill --status' checks it)"
row "broken log at the start" 2 \
  "practice.yaml:$line:1: error: a practice log is a list of attempts, got text
starbank: $repair" \
  at 2026-12-06 "$sb" drill --story "$story" <<<"$answers"
[ -z "$out" ] || fail "a drill started on a broken log: $out"
cp "$tmp/log.good" practice.yaml
# Broken while the story is told (a merge in another terminal): the attempt
# goes to practice.pending.yaml, the log is left as it is.
mkfifo "$tmp/in"
STARBANK_NOW=2026-12-06T09:00:00Z "$sb" drill --story "$story" <"$tmp/in" >"$tmp/b.out" 2>"$tmp/b.err" &
pid=$!
exec 3>"$tmp/in"
printf '84\n' >&3
for _ in $(seq 100); do grep -q '^1/3' "$tmp/b.out" && break; sleep 0.1; done
cp "$tmp/broken" practice.yaml
printf '\n\n\n4\n' >&3
exec 3>&-
set +e; wait "$pid"; code=$?; set -e
[ "$code" -eq 2 ] || fail "broken mid-drill: exit $code"
[ "$(cat "$tmp/b.err")" = "starbank: error: practice.yaml:$line:1: a practice log is a list of attempts, got text; the attempt on '$story' is not in the log
starbank: the attempt is kept in practice.pending.yaml: move its blocks into the log once it can take them; $repair" ] ||
  fail "broken mid-drill: $(cat "$tmp/b.err")"
grep -q 'error:.*error:' "$tmp/b.err" && fail "'error' twice: $(cat "$tmp/b.err")"
cmp -s "$tmp/broken" practice.yaml || fail "the broken log was changed"
[ "$(entries practice.pending.yaml)" -eq 1 ] || fail "attempt not kept: $(cat practice.pending.yaml)"
grep -qx '  rating: 4' practice.pending.yaml || fail "kept attempt: $(cat practice.pending.yaml)"
head -1 practice.pending.yaml | grep -q '^# Attempts starbank could not add to practice.yaml' ||
  fail "pending header: $(head -2 practice.pending.yaml)"
cp "$tmp/log.good" practice.yaml && rm practice.pending.yaml
# The lock held by another process past the timeout: the same, said so.
flock practice.yaml sleep 5 &
holder=$!
sleep 0.3
row "lock held" 2 \
  "starbank: error: another starbank run held the lock on 'practice.yaml' for over 0.4 seconds; the attempt on '$story' is not in the log
starbank: the attempt is kept in practice.pending.yaml: move its blocks into the log once it can take them" \
  env STARBANK_LOCK_TIMEOUT_MS=400 STARBANK_NOW=2026-12-06T09:00:00Z "$sb" drill --story "$story" <<<"$answers"
kill "$holder" 2>/dev/null || true
wait "$holder" 2>/dev/null || true
cmp -s "$tmp/log.good" practice.yaml || fail "the log changed while locked"
[ "$(entries practice.pending.yaml)" -eq 1 ] || fail "attempt not kept while locked"
rm practice.pending.yaml

# ---- 4. A bad rating from a pipe: said, nothing logged. ----
for bad in 0 6 x 45 ''; do
  row "rating '$bad'" 2 \
    "starbank: error: the rating must be a whole number from 1 to 5, got '$bad'; nothing logged for '$story'" \
    at 2026-12-06 "$sb" drill --story "$story" <<<$'84\n\n\n\n'"$bad"
done
cmp -s "$tmp/log.good" practice.yaml || fail "a bad rating changed the log"
# --count 2 from a pipe: each rating line is its own; the second timer is not
# stopped by the first rating's newline.
run at 2026-12-06 "$sb" drill --count 2 --log "$tmp/two.yaml" <<<$'70\n\n\n\n4\n65\n\n\n\n5\n'
[ "$code" -eq 0 ] || fail "--count 2 exit $code: $err"
[ "$(grep -c '^Told in 1:' <<<"$out")" -eq 2 ] || fail "--count 2 timers: $out"
grep -qx '  seconds: 65' "$tmp/two.yaml" || fail "--count 2 log: $(cat "$tmp/two.yaml")"

# ---- 6. Linked files: once; links out of the bank not followed. ----
mkdir -p "$tmp/outside"
cp "$ex/intern-mentoring.yaml" "$tmp/outside/"
ln -s "$story.yaml" stories/alias-of-failover.yaml
ln -s "$tmp/outside" stories/elsewhere
run "$sb" lint --color never stories
grep -q 'duplicate-story' <<<"$out" && fail "a story linked to itself is a duplicate: $out"
[ "$(grep -c "^ *[0-9]\+ \+[0-9]\+s \+$story " <<<"$out")" -eq 1 ] ||
  fail "the linked story is not linted once: $out"
grep -q 'intern' <<<"$out" && fail "a link out of the bank was followed: $out"
[ "$err" = "starbank: note: stories/elsewhere: symbolic link leads out of 'stories' (to '$(realpath "$tmp/outside")'); not followed" ] ||
  fail "link note: $err"
[ "$code" -ne 2 ] || fail "a note made lint fail: $out"
rm stories/alias-of-failover.yaml stories/elsewhere

# ---- 7. Bytes: C1, UTF-16 and bidi controls never reach the terminal raw. ----
mkdir -p "$tmp/bytes"
printf 'title: x\nsituation: bad \x9b[31m byte\n' >"$tmp/bytes/c1.yaml"
printf '\xff\xfet\x00i\x00t\x00l\x00e\x00:\x00 \x00x\x00\n\x00' >"$tmp/bytes/utf16.yaml"
sed "s/^title: .*/title: \"Failover \xe2\x80\xae revo liaF\"/; s/^id: .*/id: bidi/" \
  "stories/$story.yaml" >"$tmp/bytes/bidi.yaml"
raw() { LC_ALL=C grep -c -P '\x9b|\xff\xfe|\xe2\x80\xae|\xe2\x81[\xa6-\xa9]' || true; }
for cmd in "lint $tmp/bytes" "lint --format github $tmp/bytes" "map $tmp/bytes" \
  "plan $tmp/bytes" "show bidi $tmp/bytes"; do
  run $sb $cmd
  [ "$(printf '%s\n%s' "$out" "$err" | raw)" -eq 0 ] || fail "$cmd: raw bytes reached the terminal"
done
run "$sb" lint "$tmp/bytes"
grep -Fxq '  situation: bad \x9b[31m byte' <<<"$out" || fail "C1 excerpt: $out"
grep -Fq '  \xff\xfet\x00i\x00t\x00l\x00e\x00' <<<"$out" || fail "UTF-16 excerpt: $out"
grep -Fq 'Failover \u202e revo liaF' <<<"$out" || fail "bidi title: $out"
cp "$tmp/bytes/bidi.yaml" stories/
run at 2026-12-06 "$sb" drill --story bidi --cue --log "$tmp/bidi-log.yaml" <<<"$answers"
[ "$(printf '%s\n%s' "$out" "$err" | raw)" -eq 0 ] || fail "drill: raw bytes reached the terminal"
grep -qx '  Failover \\u202e revo liaF' <<<"$out" || fail "drill --cue title: $out"
rm stories/bidi.yaml

# ---- 8. Drill wraps to the terminal's width ($COLUMNS without a terminal). ----
long="3/3  Why did you take this on rather than raise it with the team that owned it?"
run env COLUMNS=120 STARBANK_NOW=2026-12-06T09:00:00Z "$sb" drill --story "$story" --seed 1 \
  --log "$tmp/w.yaml" <<<"$answers"
grep -qxF "$long" <<<"$out" || fail "COLUMNS=120 still wrapped: $out"
run env COLUMNS=50 STARBANK_NOW=2026-12-06T09:00:00Z "$sb" drill --story "$story" --seed 1 \
  --log "$tmp/w.yaml" <<<"$answers"
# The wrapped text (the prompt, the follow-ups, the prepared answer) keeps
# within 48 columns; the fixed lines around it are not wrapped.
wrapped=$(awk '/^Prompt:/,/^Tell it/' <<<"$out"; awk '/^Follow-ups:/,/^How did it go/' <<<"$out" |
  grep -v '^Follow-ups:\|^How did it go')
[ "$(wc -l <<<"$wrapped")" -ge 8 ] || fail "COLUMNS=50: not wrapped: $out"
too_wide=$(awk 'length > 48' <<<"$wrapped")
[ -z "$too_wide" ] || fail "COLUMNS=50: lines wider than 48: $too_wide"
echo ok
