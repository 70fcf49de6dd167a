#!/usr/bin/env bash
# starbank drill on a real terminal, driven through tmux: the timer line
# redraws, Enter stops it, a line rates the attempt and it is logged; Ctrl-C
# during the telling or a follow-up leaves the log byte-identical, exits 130
# and puts the terminal mode back.
source "$(dirname "$0")/drill_lib.bash" "$@"
command -v tmux >/dev/null || fail "tmux is needed (tools/run test installs it)"
# Each drill gets a tmux server on a socket of its own: reusing one socket
# right after kill-server races the dying server, and the new client fails
# with "server exited unexpectedly".
runs=0
sock=$tmp/tmux.0.sock
trap 'tmux -S "$sock" kill-server 2>/dev/null; rm -rf "$tmp"' EXIT

# Starts a drill in a fresh 100x30 terminal; its exit status goes to
# $tmp/status, the terminal mode before and after to $tmp/stty.{before,after}.
start() {
  rm -f "$tmp/status"
  tmux -S "$sock" kill-server 2>/dev/null || true
  runs=$((runs + 1))
  sock=$tmp/tmux.$runs.sock
  cat > "$tmp/session.sh" <<EOF
cd '$repo'
stty -a > '$tmp/stty.before'
STARBANK_NOW=2026-12-01T09:00:00Z '$sb' drill --story database-failover-rebuild --seed 1
echo \$? > '$tmp/status.tmp'
stty -a > '$tmp/stty.after'
mv '$tmp/status.tmp' '$tmp/status'
sleep 600
EOF
  tmux -S "$sock" new-session -d -x 100 -y 30 "env TZ=UTC bash '$tmp/session.sh'"
}
screen() { tmux -S "$sock" capture-pane -p -t 0; }
keys() { tmux -S "$sock" send-keys -t 0 "$@"; }
# Waits (up to 20 s, polling) until the screen matches the regex $1.
wait_for() {
  for _ in $(seq 200); do
    screen | grep -qE -- "$1" && return 0
    sleep 0.1
  done
  fail "never saw '$1' on the terminal:
$(screen)"
}
wait_exit() {
  for _ in $(seq 200); do [ -f "$tmp/status" ] && return 0; sleep 0.1; done
  fail "drill did not exit:
$(screen)"
}

# A whole attempt: the timer counts up on one line, Enter stops it.
start
wait_for '^  0:0[01]  \[.*\]  est 1:[0-9]{2}, aim 1:00-1:30  Enter: stop$'
wait_for '^  0:0[2-9]  \['  # it moved ...
[ "$(screen | grep -cE '^  0:0[0-9]  \[')" -eq 1 ] ||  # ... on the same line
  fail "the timer printed new lines instead of redrawing one:
$(screen)"
keys Enter
wait_for '^Told in 0:0[0-9] \(estimate 1:[0-9]{2}\): short of the 60-90 s window\.$'
screen | grep -q 'Enter: stop' && fail "the timer line was left on screen"
wait_for '^1/3  '
keys Enter
wait_for '^2/3  '
keys Enter
wait_for '^3/3  '
keys Enter
wait_for 'Rate it 1-5 .*: *$'
keys Enter  # a stray Enter: asked again, not taken for a rating
wait_for '^Rate it 1-5, then Enter: *$'
keys 7 Enter  # out of range: said so, asked again
wait_for "^The rating is a whole number from 1 to 5, not '7'\. Rate it 1-5, then Enter: *$"
keys 3 BSpace 4  # Backspace edits the line
keys Enter
wait_for "^Logged to practice.yaml; due again 2026-12-04 \(in 3 days\)\.$"
wait_exit
[ "$(cat "$tmp/status")" = 0 ] || fail "exit $(cat "$tmp/status"):
$(screen)"
cmp -s "$tmp/stty.before" "$tmp/stty.after" || fail "terminal mode not restored"
grep -c '^- at: 2026-12-01T09:00:00+00:00$' "$repo/practice.yaml" | grep -qx 1 ||
  fail "one attempt logged: $(cat "$repo/practice.yaml")"
grep -qx '  rating: 4' "$repo/practice.yaml" || fail "rating not logged"
cp "$repo/practice.yaml" "$tmp/log.before"

# Ctrl-C while telling: nothing logged, the terminal back as it was, 130.
start
wait_for 'Enter: stop$'
keys C-c
wait_exit
[ "$(cat "$tmp/status")" = 130 ] || fail "Ctrl-C exit $(cat "$tmp/status")"
cmp -s "$tmp/log.before" "$repo/practice.yaml" || fail "Ctrl-C changed the log"
cmp -s "$tmp/stty.before" "$tmp/stty.after" || fail "Ctrl-C left the terminal raw"
screen | grep -qx "starbank: drill interrupted; nothing logged for 'database-failover-rebuild'" ||
  fail "no interrupt message: $(screen)"

# Ctrl-C during a follow-up: the same.
start
wait_for 'Enter: stop$'
keys Enter
wait_for '^1/3  '
keys C-c
wait_exit
[ "$(cat "$tmp/status")" = 130 ] || fail "Ctrl-C in a follow-up exit $(cat "$tmp/status")"
cmp -s "$tmp/log.before" "$repo/practice.yaml" || fail "Ctrl-C in a follow-up changed the log"
cmp -s "$tmp/stty.before" "$tmp/stty.after" || fail "terminal left raw after a follow-up"
echo ok
