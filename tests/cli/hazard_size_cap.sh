#!/usr/bin/env bash
# A file over the size cap (default 1 MiB) is refused unread; the cap is
# configurable with --max-file-bytes.
source "$(dirname "$0")/hazard_lib.bash" "$@"
python3 -c 'import sys; sys.stdout.write("title: big\nresult: " + "x" * (2 << 20) + "\n")' > "$tmp/big.yaml"
size=$(wc -c < "$tmp/big.yaml")
expect_hazard "$tmp/big.yaml" \
  "$tmp/big.yaml: error: file is $size bytes, over the 1048576-byte limit; a story file is a few KB (raise --max-file-bytes if this is intended)"
lint --max-file-bytes 4194304 "$tmp/big.yaml"
[ "$code" -eq 1 ] || fail "--max-file-bytes 4194304: exit $code: $out"
gsize=$(wc -c < "$good")
lint --max-file-bytes 1000 "$good"
[ "$code" -eq 2 ] && grep -Fq "over the 1000-byte limit" <<<"$out" ||
  fail "--max-file-bytes 1000 on a $gsize-byte file: $code $out"
# Standard input that never ends stops at the cap too.
set +e
out=$(timeout 10 "$sb" lint - < /dev/zero 2>&1); code=$?
set -e
[ "$code" -eq 2 ] && grep -Fq "<stdin>: error: file is 1048577 bytes, over the 1048576-byte limit" <<<"$out" ||
  fail "endless stdin: exit $code: $out"
echo ok
