#!/usr/bin/env bash
# Issue 13, point 4: hooks never lose a user's hook. Each `install --force`
# over a hook starbank did not write keeps it in the next numbered backup
# (never over an older one, never twice the same bytes); `uninstall` puts the
# newest back, with its mode, and says what it did.
source "$(dirname "$0")/write_lib.bash" "$@"
git init -q "$tmp/repo"; cd "$tmp/repo"
hooks=.git/hooks; h=$hooks/pre-commit
foreign() { printf '#!/bin/sh\necho %s\n' "$1" > "$h"; chmod "$2" "$h"; }
installed="installed $h: each commit now lints its staged story files"

# step | command | stdout, whole (lines joined by ';')
while IFS='|' read -r setup cmd want; do
  eval "$setup"
  read -r -a argv <<<"$cmd"
  run "$sb" "${argv[@]}"
  [ "$code" -eq 0 ] || fail "$cmd after '$setup': exit $code: $err"
  got=$(paste -sd ';' <<<"$out")
  [ "$got" = "$want" ] || fail "$cmd after '$setup':
  got:  '$got'
  want: '$want'"
done <<TABLE
foreign first 755|hook install --force|saved the old hook as $h.starbank-backup;$installed
foreign second 700|hook install --force|saved the old hook as $h.starbank-backup.2;$installed
foreign second 700|hook install --force|the old hook is already saved as $h.starbank-backup.2;$installed
:|hook install --force|$installed
:|hook uninstall|removed $h;restored the earlier hook from $h.starbank-backup.2;an older hook is still kept as $h.starbank-backup
TABLE
[ "$(cat "$h")" = "$(printf '#!/bin/sh\necho second')" ] || fail "second hook not restored"
[ "$(stat -c %a "$h")" = 700 ] || fail "restored mode $(stat -c %a "$h")"
[ "$(cat "$h.starbank-backup")" = "$(printf '#!/bin/sh\necho first')" ] || fail "first hook lost"
[ ! -e "$h.starbank-backup.2" ] || fail "the restored backup is still there"
# The restored hook is foreign again: uninstall leaves it, install needs --force.
expect 2 "starbank: error: '$h' was not written by starbank; leaving it" "$sb" hook uninstall
expect 2 "starbank: error: '$h' exists and was not written by starbank; not replacing it (use --force to replace it, keeping a backup)" \
  "$sb" hook install
# No hook left, a backup kept: said, and left alone.
rm "$h"
run "$sb" hook uninstall
[ "$out" = "no pre-commit hook at $h; nothing to remove
an earlier hook is kept as $h.starbank-backup; left as it is" ] || fail "uninstall without a hook: $out"
echo ok
