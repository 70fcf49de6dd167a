#!/usr/bin/env bash
# A quoted scalar left open at end of file: yaml-cpp 0.7 accepts it silently
# and joins every following line into it.
source "$(dirname "$0")/hazard_lib.bash" "$@"
printf 'title: "Checkout latency\nprinciples: [Dive Deep]\nsituation: s\n' > "$tmp/dq.yaml"
expect_hazard "$tmp/dq.yaml" \
  "$tmp/dq.yaml:1:8: error: unterminated quoted string (opened here); add the closing double quote"
printf "title: ok\nresult: 'it''s down 40%%\nlearning: l\n" > "$tmp/sq.yaml"
expect_hazard "$tmp/sq.yaml" \
  "$tmp/sq.yaml:2:9: error: unterminated quoted string (opened here); add the closing single quote"
echo ok
