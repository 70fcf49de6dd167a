# Shared by tests/cli/hazard_*.sh (sourced, not a test itself): each script
# writes one hostile input next to a good story, runs the real binary and
# checks that the hostile file gets a clear error (exit 2), that nothing
# crashed or hung, and that the good story was still linted.
#
#   source "$(dirname "$0")/hazard_lib.bash" "$@"   # $1 binary, $2 source dir
set -euo pipefail
sb=$1; src=$2
# World-readable, so a test may run the binary as an unprivileged user.
tmp=$(mktemp -d); chmod 755 "$tmp"
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
good=$tmp/good.yaml
cp "$src/data/examples/ci-flake-rate.yaml" "$good"
chmod 644 "$good"

fail() { echo "FAIL: $*" >&2; exit 1; }

# lint ARGS...: runs `starbank lint ARGS` with a 10 s limit; sets out, code.
lint() {
  set +e
  out=$(timeout 10 "${runner[@]}" "$sb" lint "$@" 2>&1); code=$?
  set -e
  [ "$code" -ne 124 ] || fail "lint $* hung (killed after 10 s)"
  [ "$code" -lt 128 ] || fail "lint $* crashed (signal $((code - 128))): $out"
}
runner=()

# expect_hazard BAD_PATH ERROR_LINE [ERROR_PATH]: lints the good story and
# BAD_PATH together; requires exit 2, ERROR_LINE as a whole line of the
# output, the good story's score row, and the same in the JSON report (where
# the error is filed under ERROR_PATH, default BAD_PATH).
expect_hazard() {
  local bad=$1 want=$2 at=${3:-$1}
  lint "$good" "$bad"
  [ "$code" -eq 2 ] || fail "exit $code, want 2: $out"
  grep -Fxq -- "$want" <<<"$out" || fail "no line '$want' in: $out"
  grep -Eq '^ *[0-9]+ +[0-9]+s +good +CI flake rate' <<<"$out" ||
    fail "the good story was not reported: $out"
  if grep -q $'\e' <<<"$out"; then fail "escape character in the output"; fi
  lint --format json "$good" "$bad"
  [ "$code" -eq 2 ] || fail "json exit $code, want 2"
  python3 - "$out" "$at" "$want" <<'PY' || fail "json report: $out"
import json, sys
report, bad, want = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3]
assert [s["id"] for s in report["stories"]] == ["good"], report["stories"]
errors = [e for e in report["errors"] if e["file"] == bad]
assert errors, report["errors"]
e = errors[0]
where = bad + (":%d:%d" % (e["line"], e["column"]) if e["line"] else "")
assert want == "%s: error: %s" % (where, e["message"]), (want, e)
PY
}
