#!/usr/bin/env bash
# CI step (run by `tools/run test` after ctest): the whole test suite again,
# built with AddressSanitizer and UBSan (-DSTARBANK_SANITIZE=ON) in its own
# build folder. Any sanitizer report fails the test it happens in.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${STARBANK_ASAN_BUILD_DIR:-build-asan}
jobs=${STARBANK_JOBS:-$(nproc 2>/dev/null || echo 2)}

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSTARBANK_SANITIZE=ON >/dev/null
cmake --build "$build" -j "$jobs"
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1:check_initialization_order=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export STARBANK_SANITIZED=1  # hazard_worst_case_size.sh allows for the slowdown
(cd "$build" && ctest --output-on-failure -j "$jobs")
