#!/usr/bin/env bash
# Duplicate keys: yaml-cpp would keep one of the two silently.
source "$(dirname "$0")/hazard_lib.bash" "$@"
printf 'title: first\nsituation: s\ntitle: second\n' > "$tmp/dup.yaml"
expect_hazard "$tmp/dup.yaml" \
  "$tmp/dup.yaml:3:1: error: duplicate key 'title' (first defined at line 1); yaml would keep only one of them"
echo ok
