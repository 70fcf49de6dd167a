#!/usr/bin/env bash
# An empty file and a comments-only file, named and found by a walk.
source "$(dirname "$0")/hazard_lib.bash" "$@"
msg="error: file holds no story; expected a mapping with title, principles, situation, task, action and result"
: > "$tmp/empty.yaml"
expect_hazard "$tmp/empty.yaml" "$tmp/empty.yaml:1:1: $msg"
printf '# drafts go here\n\n# nothing yet\n' > "$tmp/comments.yaml"
expect_hazard "$tmp/comments.yaml" "$tmp/comments.yaml:1:1: $msg"
mkdir "$tmp/bank"; : > "$tmp/bank/empty.yml"
lint "$tmp/bank" "$good"
[ "$code" -eq 2 ] && grep -Fxq "$tmp/bank/empty.yml:1:1: $msg" <<<"$out" ||
  fail "walked empty file: $code $out"
echo ok
