# Shared by tests/cli/write_*.sh (sourced, not a test itself): the write-side
# cases of issue 13, each a table row run through the real binary with the
# whole message pinned.
#
#   source "$(dirname "$0")/write_lib.bash" "$@"   # $1 binary, $2 source dir
#
# run CMD...                  runs CMD; sets out, err, code (10 s limit)
# expect CODE ERR CMD...      runs CMD; requires exit CODE and stderr ERR, whole
# story FILE [TITLE]          writes a good story to FILE
source "$(dirname "$0")/views_lib.bash" "$@"
run() {
  set +e
  out=$(timeout 10 "$@" 2>"$tmp/err"); code=$?
  set -e
  err=$(cat "$tmp/err")
  [ "$code" -ne 124 ] || fail "$* hung"
  [ "$code" -lt 128 ] || fail "$* crashed (signal $((code - 128))): $err"
}
expect() {
  local want_code=$1 want_err=$2; shift 2
  run "$@"
  [ "$code" -eq "$want_code" ] || fail "$*: exit $code, want $want_code; stderr: $err"
  [ "$err" = "$want_err" ] || fail "$*: stderr
  got:  '$err'
  want: '$want_err'"
}
story() {
  cp "$ex/ci-flake-rate.yaml" "$1"
  if [ $# -gt 1 ]; then sed -i "s|^title: .*|title: \"$2\"|" "$1"; fi
}
