#!/usr/bin/env bash
# Writes what one starbank binary prints for every command and format over
# the given banks into OUT_DIR (one file a run: stdout, stderr and exit
# status), so that two binaries can be compared byte for byte:
#
#   tests/bench/snapshot_outputs.sh OLD_BINARY /tmp/before data/examples BANK...
#   tests/bench/snapshot_outputs.sh NEW_BINARY /tmp/after  data/examples BANK...
#   diff -r /tmp/before /tmp/after && echo identical
#
# Used for the restructure of issue 12 (docs/architecture.md), with
# data/examples and banks written by tests/bench/gen_stories.py. The clock,
# the terminal width and colour are pinned so that runs are repeatable.
set -euo pipefail
bin=$(realpath "$1"); out=$2; shift 2
mkdir -p "$out"
export STARBANK_NOW=2026-06-01T12:00:00Z COLUMNS=100 NO_COLOR=1 LC_ALL=C.UTF-8
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

run() {  # NAME ARGS...: the run's stdout, stderr and exit status into OUT/NAME
  local name=$1; shift
  local status=0
  (cd "$work" && "$bin" "$@") >"$out/$name.out" 2>"$out/$name.err" </dev/null || status=$?
  # Paths are given absolute; print them relative so two checkouts compare.
  sed -i "s#$work#WORK#g" "$out/$name.out" "$out/$name.err"
  echo "$status" >"$out/$name.status"
}

n=0
for bank in "$@"; do
  n=$((n + 1))
  rm -rf "$work/bank"; cp -r "$bank" "$work/bank"
  b=bank$n
  for format in text json sarif github; do
    for jobs in 1 2; do
      run "$b.lint.$format.j$jobs" lint --format "$format" --jobs "$jobs" bank
    done
    run "$b.lint.$format.stats" lint --format "$format" --statistics bank
    run "$b.lint.$format.minscore" lint --format "$format" --min-score 90 bank
  done
  run "$b.lint.quiet" lint --quiet bank
  run "$b.lint.L7" lint --level L7 --wpm 120 bank
  run "$b.lint.diff" lint --diff bank
  for format in text json; do
    run "$b.map.$format" map --format "$format" bank
    run "$b.map.dr.$format" map --format "$format" --principle "Deliver Results" bank
    run "$b.plan.$format" plan --format "$format" --principles loop-core bank
    run "$b.prompts.$format" prompts --format "$format" bank
    run "$b.drill-status.$format" drill --status --format "$format" bank
  done
  first=$(find "$work/bank" -name '*.yaml' | sort | sed -n 1p)
  for format in text json; do
    run "$b.show.$format" show --format "$format" "$first"
  done
  run "$b.export.md" export bank
  run "$b.export.html" export --format html --principles loop-core bank
done
for format in text json; do run "catalog.$format" catalog --format "$format"; done
run rules rules
run config config
run new new --dir drafts "Café résumé"
cat "$work/drafts/"* >"$out/new.file" 2>/dev/null || true
echo "$(ls "$out" | wc -l) files in $out"
