#!/usr/bin/env bash
# Builds a libFuzzer target and runs it for a while.
#
#   tests/fuzz/run.sh TARGET SECONDS [BUILD_DIR]
#
# TARGET is lint (bytes as a story file, through lint and every reporter) or
# config (bytes as .starbank.yaml and as suppression comments) or server
# (bytes as what an editor sends the language server). BUILD_DIR
# (default build-fuzz) is configured with clang and -DSTARBANK_FUZZ=ON; a new
# folder gets no test suite, an existing one (tests/ci.d/asan.sh's build-asan,
# which CI fuzzes in) keeps its own. The
# corpus grows in BUILD_DIR/corpus/TARGET, seeded from data/examples and
# tests/fuzz/seeds/TARGET; a crashing input lands in BUILD_DIR/artifacts/.
# The fuzzer runs under nice so builds on the same machine stay usable.
# Exit status: 0 when nothing was found, non-zero otherwise.
set -euo pipefail
cd "$(dirname "$0")/../.."

target=${1:?usage: tests/fuzz/run.sh lint|config|server SECONDS [BUILD_DIR]}
seconds=${2:?usage: tests/fuzz/run.sh lint|config|server SECONDS [BUILD_DIR]}
build=${3:-build-fuzz}
jobs=${STARBANK_JOBS:-2}
case "$target" in
  lint|config|server) ;;
  *) echo "run.sh: unknown target '$target' (lint, config or server)" >&2; exit 2 ;;
esac

# STARBANK_FUZZ_PREBUILT=1: the target is built already (tests/ci.d/fuzz.sh
# builds all three, then runs them side by side; two builds at once in one
# folder would race).
if [ "${STARBANK_FUZZ_PREBUILT:-0}" != 1 ]; then
  tests=()
  [ -f "$build/CMakeCache.txt" ] || tests=(-DSTARBANK_BUILD_TESTS=OFF)
  cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTARBANK_FUZZ=ON "${tests[@]}" >/dev/null
  cmake --build "$build" -j "$jobs" --target "fuzz_$target"
fi

corpus=$build/corpus/$target
artifacts=$build/artifacts/$target
mkdir -p "$corpus" "$artifacts"
seeds=(tests/fuzz/seeds/$target)
[ "$target" = lint ] && seeds+=(data/examples)

log=$build/fuzz_$target.log
echo "fuzz_$target: ${seconds}s, corpus $corpus, log $log"
status=0
# ASan: a leak in a one-shot parser is still a finding; UBSan: stop at the first report.
ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
nice -n 10 "$build/tests/fuzz/fuzz_$target" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
  -dict="tests/fuzz/$target.dict" -print_final_stats=1 \
  -artifact_prefix="$artifacts/" "$corpus" "${seeds[@]}" >"$log" 2>&1 || status=$?

# The figures worth reporting: runs, coverage, corpus size, findings.
grep -E '^#[0-9]+ +(DONE|INITED)' "$log" | tail -2 || true
grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$log" || true
if [ "$status" -ne 0 ]; then
  echo "fuzz_$target: FOUND A PROBLEM (exit $status); see $log and $artifacts" >&2
  grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -20 >&2 || true
  exit 1
fi
echo "fuzz_$target: no findings"
