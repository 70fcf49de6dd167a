#!/usr/bin/env bash
# `starbank lint --jobs N` prints byte for byte what `--jobs 1` prints, on a
# generated bank of one-story and many-story files (tests/bench/gen_stories.py),
# in every output format, and the exit code does not change either.
set -euo pipefail
starbank=$(realpath "$1")
src=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$src/tests/bench/gen_stories.py" 300 "$work/bank/one" >/dev/null
python3 "$src/tests/bench/gen_stories.py" 200 "$work/bank/many" --per-file 25 --seed 7 >/dev/null
python3 "$src/tests/bench/gen_stories.py" 40 "$work/bank/near" --near-copies --seed 9 >/dev/null

run() {  # jobs format -> writes $work/out.<jobs>.<format>, returns lint's exit code
  local status=0
  (cd "$work" && "$starbank" lint --color never --jobs "$1" --format "$2" bank) \
    >"$work/out.$1.$2" 2>&1 || status=$?
  echo "$status" >"$work/status.$1.$2"
}

for format in text json sarif github; do
  run 1 "$format"
  [ "$(cat "$work/status.1.$format")" = 1 ] || {
    echo "FAIL: lint --format $format exited $(cat "$work/status.1.$format"), want 1" >&2
    cat "$work/out.1.$format" | head -5 >&2
    exit 1
  }
  for jobs in 2 4 0; do
    run "$jobs" "$format"
    if ! cmp -s "$work/out.1.$format" "$work/out.$jobs.$format"; then
      echo "FAIL: --jobs $jobs --format $format differs from --jobs 1:" >&2
      diff "$work/out.1.$format" "$work/out.$jobs.$format" | head -20 >&2
      exit 1
    fi
    if ! cmp -s "$work/status.1.$format" "$work/status.$jobs.$format"; then
      echo "FAIL: --jobs $jobs --format $format exits differently" >&2
      exit 1
    fi
  done
done

# The bank must be one where order matters: findings, bank-wide ones included.
grep -q 'duplicate-story' "$work/out.1.text" || { echo "FAIL: no duplicate-story" >&2; exit 1; }
grep -q "near-identical to 39 other stories: 'story-000001' (bank/near/d000/story-000001.yaml:1)" \
  "$work/out.1.text" || { echo "FAIL: no cluster of 40 near copies" >&2; exit 1; }
lines=$(wc -l <"$work/out.1.text")
[ "$lines" -gt 500 ] || { echo "FAIL: only $lines lines of findings" >&2; exit 1; }
echo "ok: $lines lines identical for --jobs 1, 2, 4 and the default"
