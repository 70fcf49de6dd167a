#!/usr/bin/env bash
# lint --output FILE streams the report into the temporary file that then
# takes FILE's name: the file holds exactly what stdout would, in every
# format; a write that fails midway is "starbank: error: writing FILE: ...",
# exit 2, with the old FILE intact and no temporary file left.
source "$(dirname "$0")/write_lib.bash" "$@"
cd "$tmp"
mkdir bank
# Enough stories that every format's report is over twice the 64 KiB buffer.
python3 - "$ex/ci-flake-rate.yaml" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
for i in range(1, 601):
    with open("bank/s%d.yaml" % i, "w") as f:
        f.write(re.sub(r"(?m)^title: .*$", 'title: "Story %d"' % i, text))
PY

# format | extra flags: FILE equals stdout byte for byte, and stdout is empty.
while IFS='|' read -r format flags; do
  set +e
  # shellcheck disable=SC2086
  "$sb" lint --format "$format" $flags bank > stdout.out
  want_code=$?
  set -e
  [ "$(stat -c %s stdout.out)" -gt 131072 ] || fail "$format: report too small to test"
  # shellcheck disable=SC2086
  expect "$want_code" "" "$sb" lint --format "$format" $flags --output "report.$format" bank
  [ -z "$out" ] || fail "$format --output printed to stdout"
  cmp -s stdout.out "report.$format" || fail "$format: --output differs from stdout"
done <<'TABLE'
text|
text|--statistics --min-score 100
json|
json|--min-score 100
sarif|
sarif|--min-score 100
github|
github|--min-score 100
TABLE

# A write that fails midway (the file size limit, as on a full disk): the
# old report stays, whole, and no temporary file is left beside it.
# target | format | message after "starbank: error: "
while IFS='|' read -r target format want; do
  echo "old report" > "$target"
  chmod 640 "$target"
  expect 2 "starbank: error: $want" \
    bash -c 'trap "" XFSZ; ulimit -f 8; exec "$@"' _ "$sb" lint --format "$format" --output "$target" bank
  [ "$(cat "$target")" = "old report" ] || fail "$target was changed by a failed write"
  [ "$(stat -c %a "$target")" = 640 ] || fail "$target lost its mode"
  rm -f "$target"
done <<'TABLE'
out.json|json|writing out.json: file too large
out.txt|text|writing out.txt: file too large
out.sarif|sarif|writing out.sarif: file too large
out.gh|github|writing out.gh: file too large
TABLE
# A new FILE that fails midway is not created at all.
expect 2 "starbank: error: writing new.json: file too large" \
  bash -c 'trap "" XFSZ; ulimit -f 8; exec "$@"' _ "$sb" lint --format json --output new.json bank
[ ! -e new.json ] || fail "a failed write left new.json"
ls -A . | grep -q starbank- && fail "a temporary file was left behind: $(ls -A .)"
echo ok
