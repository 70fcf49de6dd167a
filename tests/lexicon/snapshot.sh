#!/usr/bin/env bash
# Behaviour-preserving check for moving words out of the C++ (issue 24):
# lints a fixed set of corpora with `starbank lint --format json` and either
# saves the outputs (save) or compares them with saved ones (check, exit 1 on
# any difference). Run `save` with the binary before a change, `check` after.
#   tests/lexicon/snapshot.sh save  build/starbank /tmp/lexsnap
#   tests/lexicon/snapshot.sh check build/starbank /tmp/lexsnap
# Corpora: data/examples, tests/accuracy/real/tuning/stories, the shared
# calibration corpora (when present) and 2,000 generated stories.
set -u
mode=$1 bin=$(realpath "$2") out=$3
root=$(cd "$(dirname "$0")/../.." && pwd)
gen=${LEXGEN:-/tmp/lexgen}
[ -d "$gen" ] || python3 /work/shared/bench/gen_stories.py 2000 "$gen" >/dev/null
mkdir -p "$out"
status=0
run() {  # name dir
  local name=$1 dir=$2
  [ -d "$dir" ] || { echo "skip $name: $dir missing"; return; }
  local got
  got=$(cd "$dir" && "$bin" lint --format json . 2>&1; echo "exit=$?")
  if [ "$mode" = save ]; then
    printf '%s\n' "$got" >"$out/$name.json"
    echo "saved $name ($(wc -c <"$out/$name.json") bytes)"
  elif diff -q <(printf '%s\n' "$got") "$out/$name.json" >/dev/null; then
    echo "same  $name"
  else
    echo "DIFF  $name"; diff <(printf '%s\n' "$got") "$out/$name.json" | head -20
    status=1
  fi
}
run examples "$root/data/examples"
run tuning "$root/tests/accuracy/real/tuning/stories"
run calibration /work/shared/calibration
run calibration-guides /work/shared/calibration-guides
run generated "$gen"
exit $status
