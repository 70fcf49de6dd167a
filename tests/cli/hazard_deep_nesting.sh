#!/usr/bin/env bash
# Nesting far past yaml-cpp's own limit (~500, where it throws DeepRecursion
# saying "bad file" at line 0): flow and block style.
source "$(dirname "$0")/hazard_lib.bash" "$@"
python3 -c 'print("[" * 5000 + "]" * 5000)' > "$tmp/flow.yaml"
expect_hazard "$tmp/flow.yaml" \
  "$tmp/flow.yaml:1:65: error: nesting deeper than 64 levels; a story needs at most 3"
python3 -c '
for i in range(600): print("  " * i + "k%d:" % i)' > "$tmp/block.yaml"
expect_hazard "$tmp/block.yaml" \
  "$tmp/block.yaml:65:129: error: nesting deeper than 64 levels; a story needs at most 3"
echo ok
