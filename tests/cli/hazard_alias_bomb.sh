#!/usr/bin/env bash
# An alias bomb, 9 anchors x 9 aliases: expanding it visits 9^9 nodes.
source "$(dirname "$0")/hazard_lib.bash" "$@"
python3 - "$tmp/bomb.yaml" <<'PY'
import sys
lines = ["a0: &a0 [%s]" % ", ".join(["lol"] * 9)]
for i in range(1, 9):
    lines.append("a%d: &a%d [%s]" % (i, i, ", ".join(["*a%d" % (i - 1)] * 9)))
lines.append("title: boom")
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY
expect_hazard "$tmp/bomb.yaml" \
  "$tmp/bomb.yaml:1:5: error: anchors ('&a0') are not supported in story files; write the value out"
echo ok
