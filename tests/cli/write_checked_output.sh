#!/usr/bin/env bash
# Issue 13, point 2: every write checked. A full disk (/dev/full) or a
# closed stdout is "starbank: error: writing standard output: ..." and exit
# 2, for every command; a reader that leaves (SIGPIPE) stays quiet.
source "$(dirname "$0")/write_lib.bash" "$@"
cd "$tmp"
mkdir bank; story bank/a.yaml; story bank/b.yaml "Second flake fix"
full="starbank: error: writing standard output: No space left on device"
closed="starbank: error: writing standard output: Bad file descriptor"
# Each command that prints to stdout (its own exit code is 0 or 1 here).
while read -r -a cmd; do
  expect 2 "$full" bash -c '"$@" > /dev/full' _ "$sb" "${cmd[@]}"
  rm -rf out  # what `new` wrote before its output failed
  expect 2 "$closed" bash -c '"$@" >&-' _ "$sb" "${cmd[@]}"
done <<'TABLE'
lint bank
lint --format json bank
lint --format sarif bank
lint --format github bank
map bank
map --principle ownership bank
plan --principles ownership,frugality bank
show bank/a.yaml
prompts bank
catalog
catalog show ownership
config
export bank
rules
completion bash
--help
--version
lint --help
new Written --principle ownership --dir out
TABLE
# A quiet run prints nothing, so a closed stdout is no error.
expect 0 "" bash -c '"$@" >&-' _ "$sb" lint --quiet --fail-on error bank/a.yaml
# The first write fails in the middle of a long report: still caught.
for i in $(seq 1 300); do story "bank/s$i.yaml" "Story $i"; done
expect 2 "$full" bash -c '"$@" > /dev/full' _ "$sb" lint --isolated bank
# SIGPIPE: the reader closes early; no message.
run bash -c '"$@" | head -c 10 >/dev/null' _ "$sb" lint bank
[ -z "$err" ] || fail "a closed pipe printed: $err"
# With SIGPIPE ignored (as some CI runners start jobs), EPIPE is quiet too.
run bash -c 'trap "" PIPE; "$@" | head -c 10 >/dev/null' _ "$sb" lint bank
[ -z "$err" ] || fail "EPIPE printed: $err"
echo ok
