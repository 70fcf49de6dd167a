#!/usr/bin/env bash
# A path that does not exist, and a dangling symbolic link.
source "$(dirname "$0")/hazard_lib.bash" "$@"
expect_hazard "$tmp/nope.yaml" "$tmp/nope.yaml: error: no such file or directory"
expect_hazard "$tmp/nope-dir/" "$tmp/nope-dir/: error: no such file or directory"
ln -s "$tmp/gone.yaml" "$tmp/dangling.yaml"
expect_hazard "$tmp/dangling.yaml" "$tmp/dangling.yaml: error: broken symbolic link"
echo ok
