#!/usr/bin/env bash
# An unreadable file and an unreadable folder. Root reads through chmod 000,
# so the binary runs as an unprivileged user (nobody).
source "$(dirname "$0")/hazard_lib.bash" "$@"
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv >/dev/null; then
    runner=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  elif command -v runuser >/dev/null; then
    runner=(runuser -u nobody --)
  else
    echo "SKIP: running as root without setpriv or runuser: cannot drop privileges"
    exit 0
  fi
  # The binary and the source tree must be reachable by that user.
  "${runner[@]}" test -x "$sb" || {
    cp "$sb" "$tmp/starbank"; chmod 755 "$tmp/starbank"; sb=$tmp/starbank; }
fi
cp "$good" "$tmp/secret.yaml"; chmod 000 "$tmp/secret.yaml"
expect_hazard "$tmp/secret.yaml" "$tmp/secret.yaml: error: cannot read file: permission denied"
mkdir -p "$tmp/bank/locked"; cp "$good" "$tmp/bank/locked/x.yaml"; chmod 000 "$tmp/bank/locked"
expect_hazard "$tmp/bank" "$tmp/bank/locked: error: cannot read directory: permission denied" \
  "$tmp/bank/locked"
echo ok
