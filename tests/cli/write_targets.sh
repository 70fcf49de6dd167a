#!/usr/bin/env bash
# Issue 13, point 1: one safe write path. export -o, lint --output and new
# write only regular files that are not stories, by temp file and rename,
# with the umask honoured on create and the old mode kept on replace.
source "$(dirname "$0")/write_lib.bash" "$@"
cd "$tmp"
mkdir bank; story bank/a.yaml
mkdir folder; mkfifo fifo; story story.txt; echo "old sheet" > sheet.md
echo target > real.md; ln -s real.md link.md; ln -s nowhere dangling.md; ln -s folder to-folder
python3 -c 'import socket; s=socket.socket(socket.AF_UNIX); s.bind("sock")'

# target | stderr of `export -o TARGET --force bank` (exit 2, nothing changed)
while IFS='|' read -r target want; do
  expect 2 "starbank: error: '$target' $want" "$sb" export -o "$target" --force bank
  expect 2 "starbank: error: '$target' $want" "$sb" lint --output "$target" bank
done <<'TABLE'
/dev/full|is a device; not replacing it
fifo|is a FIFO (named pipe); not replacing it
sock|is a socket; not replacing it
folder|is a directory; not replacing it
to-folder|is a symbolic link to a directory; not replacing it
dangling.md|is a broken symbolic link; not replacing it
story.txt|looks like a story file; not overwriting it
bank/a.yaml|looks like a story file; not overwriting it
TABLE
[ -c /dev/full ] || fail "/dev/full is no longer a device"
[ -p fifo ] && [ -d folder ] && [ -S sock ] || fail "a special file was replaced"
cmp -s bank/a.yaml "$ex/ci-flake-rate.yaml" || fail "a story was overwritten"

# Without --force: "(use --force ...)" only where --force would help.
expect 2 "starbank: error: 'sheet.md' already exists; not overwriting it (use --force to replace it)" \
  "$sb" export -o sheet.md bank
expect 2 "starbank: error: 'story.txt' already exists; not overwriting it" \
  "$sb" export -o story.txt bank
expect 2 "starbank: error: 'fifo' is a FIFO (named pipe); not replacing it" \
  "$sb" export -o fifo bank
expect 2 "starbank: error: 'bank/a.yaml' already exists; not overwriting it" \
  "$sb" new "A" -p ownership --dir bank
[ "$(cat sheet.md)" = "old sheet" ] || fail "sheet.md changed"

# A link to a regular file: the link is replaced, its target kept.
expect 0 "" "$sb" export -o link.md --force bank
[ ! -L link.md ] && [ "$(cat real.md)" = target ] || fail "wrote through the link"
grep -q "^# Story bank cheat sheet" link.md || fail "link.md not written"

# Modes: the umask on create, the old mode on replace.
(umask 077; "$sb" export -o private.md bank >/dev/null; "$sb" new "Private" -p ownership >/dev/null)
[ "$(stat -c %a private.md)" = 600 ] || fail "export ignored the umask: $(stat -c %a private.md)"
[ "$(stat -c %a private.yaml)" = 600 ] || fail "new ignored the umask"
(umask 022; "$sb" export -o open.md bank >/dev/null)
[ "$(stat -c %a open.md)" = 644 ] || fail "export mode $(stat -c %a open.md)"
chmod 640 sheet.md
expect 0 "" "$sb" export -o sheet.md --force bank
[ "$(stat -c %a sheet.md)" = 640 ] || fail "replace changed the mode to $(stat -c %a sheet.md)"
chmod 600 open.md
run "$sb" lint --output open.md bank
[ "$(stat -c %a open.md)" = 600 ] || fail "lint --output changed the mode"
ls -A . bank | grep -q starbank- && fail "a temporary file was left behind"
echo ok
