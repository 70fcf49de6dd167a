#!/usr/bin/env bash
# A FIFO named .yaml (opening one for reading waits for a writer) and a
# device: neither is read, neither blocks the run.
source "$(dirname "$0")/hazard_lib.bash" "$@"
mkfifo "$tmp/pipe.yaml"
want="error: cannot read file: not a regular file (a device, pipe or socket)"
expect_hazard "$tmp/pipe.yaml" "$tmp/pipe.yaml: $want"
expect_hazard /dev/zero "/dev/zero: $want"
mkdir "$tmp/bank"; mv "$tmp/pipe.yaml" "$tmp/bank/"
lint "$tmp/bank" "$good"
[ "$code" -eq 2 ] && grep -Fxq "$tmp/bank/pipe.yaml: $want" <<<"$out" ||
  fail "walked FIFO: $code $out"
echo ok
