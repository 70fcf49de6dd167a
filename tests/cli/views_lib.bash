# Shared by tests/cli/views_*.sh (sourced, not a test itself): a temporary
# folder removed on exit and small helpers.
#
#   source "$(dirname "$0")/views_lib.bash" "$@"   # $1 binary, $2 source dir
#
# run CMD...  runs CMD; sets out (stdout), err (stderr) and code
# json EXPR   python3 assertion on $out parsed as JSON (bound to j)
# ex          the shipped example stories
set -euo pipefail
sb=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
run() {
  set +e
  out=$("$@" 2>"$tmp/err"); code=$?
  set -e
  err=$(cat "$tmp/err")
}
json() { python3 -c "import json,sys; j=json.load(sys.stdin); $1" <<<"$out" || fail "json: $1"; }
ex=$src/data/examples
