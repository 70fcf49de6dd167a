#!/usr/bin/env bash
# Checks that two starbank binaries print the same bytes for the same
# input, in the formats that must not change (json and sarif), with 1 and
# 2 jobs. Used to check that streaming json and sarif changed nothing:
#
#   tests/bench/compare_output.sh OLD_BINARY NEW_BINARY PATH...
#
# e.g. with data/examples and banks written by tests/bench/gen_stories.py
# (one story a file, and --per-file 100).
set -euo pipefail
old=$1; new=$2; shift 2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
status=0
for path in "$@"; do
  for format in json sarif; do
    for jobs in 1 2; do
      "$old" lint --format "$format" --jobs "$jobs" "$path" >"$tmp/old" 2>/dev/null || true
      "$new" lint --format "$format" --jobs "$jobs" "$path" >"$tmp/new" 2>/dev/null || true
      if cmp -s "$tmp/old" "$tmp/new"; then
        echo "same: $path --format $format --jobs $jobs ($(wc -c <"$tmp/new") bytes)"
      else
        echo "DIFFERENT: $path --format $format --jobs $jobs"
        diff "$tmp/old" "$tmp/new" | head -20
        status=1
      fi
    done
  done
done
exit $status
