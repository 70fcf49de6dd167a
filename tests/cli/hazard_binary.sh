#!/usr/bin/env bash
# A binary file named .yaml: the starbank executable itself, and a PNG.
source "$(dirname "$0")/hazard_lib.bash" "$@"
head -c 200000 "$sb" > "$tmp/program.yaml"
first_nul=$(python3 -c 'import sys; print(open(sys.argv[1], "rb").read().index(b"\0") + 1)' "$tmp/program.yaml")
expect_hazard "$tmp/program.yaml" \
  "$tmp/program.yaml:1:$first_nul: error: file contains a NUL byte; is it a binary file?"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' > "$tmp/image.yml"
expect_hazard "$tmp/image.yml" \
  "$tmp/image.yml:3:1: error: file contains a NUL byte; is it a binary file?"
echo ok
