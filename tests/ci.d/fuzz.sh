#!/usr/bin/env bash
# CI step (run by `tools/run test` after ctest): a fuzz smoke test, each
# libFuzzer target for about a minute (FUZZ_SECONDS) from its seed corpus.
# The targets are already built in asan.sh's folder (build-asan, clang with
# -DSTARBANK_FUZZ=ON), which ran the test suite just before. Longer runs:
# tests/fuzz/run.sh TARGET SECONDS (see docs/hardening.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${FUZZ_SECONDS:-60}
for target in lint config server; do
  tests/fuzz/run.sh "$target" "$seconds" "${STARBANK_FUZZ_BUILD_DIR:-${STARBANK_ASAN_BUILD_DIR:-build-asan}}"
done
