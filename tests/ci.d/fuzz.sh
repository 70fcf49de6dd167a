#!/usr/bin/env bash
# CI step (run by `tools/run test` after ctest): a fuzz smoke test, each
# libFuzzer target for about a minute of CPU (FUZZ_SECONDS) from its seed
# corpus. The targets are already built in asan.sh's folder (build-asan,
# clang with -DSTARBANK_FUZZ=ON), which ran the test suite just before.
# The three run side by side, each for FUZZ_SECONDS x 3 / cores of wall
# time: on two cores that is 90 s each at two thirds of a core, the same
# CPU a target had when they ran one after another for 60 s, in half the
# wall time. Longer runs: tests/fuzz/run.sh TARGET SECONDS (see
# docs/hardening.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${FUZZ_SECONDS:-60}
build=${STARBANK_FUZZ_BUILD_DIR:-${STARBANK_ASAN_BUILD_DIR:-build-asan}}
targets=(lint config server)
cores=$(nproc 2>/dev/null || echo 2)
parallel=$(( cores < ${#targets[@]} ? cores : ${#targets[@]} ))
wall=$(( (seconds * ${#targets[@]} + parallel - 1) / parallel ))

tests=()
[ -f "$build/CMakeCache.txt" ] || tests=(-DSTARBANK_BUILD_TESTS=OFF)
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTARBANK_FUZZ=ON "${tests[@]}" >/dev/null
cmake --build "$build" -j "$cores" --target "${targets[@]/#/fuzz_}"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
pids=()
for target in "${targets[@]}"; do
  STARBANK_FUZZ_PREBUILT=1 tests/fuzz/run.sh "$target" "$wall" "$build" \
    >"$out/$target" 2>&1 &
  pids+=($!)
done
status=0
for i in "${!targets[@]}"; do
  wait "${pids[$i]}" || status=1
  cat "$out/${targets[$i]}"
done
exit "$status"
