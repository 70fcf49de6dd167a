#!/usr/bin/env bash
# Every fuzz seed, through the real binary: the inputs the fuzzers once
# crashed or hung on (tests/fuzz/seeds/*/regress_*) and the rest. A story
# seed is linted in each output format; a config seed is used as
# .starbank.yaml and a catalog seed as --catalog. Each run must end by
# itself within 10 s with status 0, 1 or 2 (findings or a clear error), never
# a signal, and name the file when it refuses it.
set -euo pipefail
sb=$(realpath "$1"); src=$(realpath "$2")
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# run ARGS...: runs ARGS with a 10 s limit; sets out and code.
run() {
  set +e
  out=$(timeout 10 "$@" 2>&1)
  code=$?
  set -e
  [ "$code" -le 2 ] || fail "$* exited $code (124: hung; > 128: signal): $out"
}

seeds=0
for seed in "$src"/tests/fuzz/seeds/lint/*; do
  cp "$seed" "$tmp/story.yaml"
  for format in text json sarif github; do
    run "$sb" --isolated lint --format "$format" "$tmp/story.yaml"
  done
  if [ "$code" -eq 2 ]; then
    run "$sb" --isolated lint "$tmp/story.yaml"
    grep -q "story.yaml" <<<"$out" || fail "$(basename "$seed"): error names no file: $out"
  fi
  seeds=$((seeds + 1))
done

mkdir "$tmp/bank"
cp "$src/data/examples/ci-flake-rate.yaml" "$tmp/bank/"
for seed in "$src"/tests/fuzz/seeds/config/*; do
  case "$(basename "$seed")" in
    catalog.yaml) run "$sb" --isolated --catalog "$seed" catalog ;;
    *)
      cp "$seed" "$tmp/bank/.starbank.yaml"
      (cd "$tmp/bank" && run "$sb" lint .)
      run "$sb" --isolated lint "$seed"  # suppression comments in a story
      ;;
  esac
  seeds=$((seeds + 1))
done
[ "$seeds" -ge 5 ] || fail "only $seeds seeds found under $src/tests/fuzz/seeds"
echo "ok: $seeds seeds"
