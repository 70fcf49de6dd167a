#!/usr/bin/env bash
# A self-referencing alias: yaml-cpp builds a cycle that a naive walk follows
# forever. The reader refuses the anchor before anything walks it.
source "$(dirname "$0")/hazard_lib.bash" "$@"
printf 'a: &a [*a]\n' > "$tmp/alias.yaml"
expect_hazard "$tmp/alias.yaml" \
  "$tmp/alias.yaml:1:4: error: anchors ('&a') are not supported in story files; write the value out"
echo ok
