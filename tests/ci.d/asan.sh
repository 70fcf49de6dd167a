#!/usr/bin/env bash
# CI step (run by `tools/run test` after ctest): the whole test suite again,
# built by clang with AddressSanitizer and UBSan in its own build folder.
# The folder is configured with -DSTARBANK_FUZZ=ON (sanitizers plus the
# fuzzer's coverage instrumentation), so the same build also has the
# libFuzzer targets that tests/ci.d/fuzz.sh runs next: one sanitized build,
# not a gcc one for the tests and a clang one for the fuzzers. Any
# sanitizer report fails the test it happens in. Needs clang and
# libclang-rt-14-dev (in tools/run's test packages).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${STARBANK_ASAN_BUILD_DIR:-build-asan}
jobs=${STARBANK_JOBS:-$(nproc 2>/dev/null || echo 2)}

# Line tables are all a sanitizer report needs for its file:line stack
# (full -g cost 10-20% more compile time a file); a folder
# configured by hand for a debugger keeps RelWithDebInfo's -g.
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTARBANK_FUZZ=ON -DSTARBANK_BUILD_TESTS=ON \
  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -gline-tables-only -DNDEBUG" >/dev/null
cmake --build "$build" -j "$jobs"
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1:check_initialization_order=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export STARBANK_SANITIZED=1  # hazard_worst_case_size.sh allows for the slowdown
(cd "$build" && ctest --output-on-failure -j "$jobs")
