# Shared by tests/cli/integ_*.sh (sourced, not a test itself): a temporary
# folder removed on exit, git that ignores the machine's and user's config,
# and small assertion helpers. Usage: source integ_lib.bash "$@"
set -euo pipefail
SB=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
SRC=$(cd "$2" && pwd)
FIX=$SRC/tests/testdata/integ
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

export HOME=$TMP/home
mkdir -p "$HOME"
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=$HOME/.gitconfig
git config --global user.name "Story Tester"
git config --global user.email "tester@example.com"
git config --global init.defaultBranch main
git config --global commit.gpgsign false
unset NO_COLOR FORCE_COLOR
export TERM=dumb

fail() { echo "FAIL: $*" >&2; exit 1; }

# expect_status N CMD...: runs CMD, fails unless it exits N; output in $OUT.
expect_status() {
  local want=$1; shift
  local got=0
  OUT=$("$@" 2>&1) || got=$?
  [ "$got" -eq "$want" ] || fail "'$*' exited $got, expected $want; output:
$OUT"
}

# contains TEXT PATTERN WHAT: fails unless TEXT has the fixed string PATTERN.
contains() {
  grep -qF -- "$2" <<<"$1" || fail "$3: expected '$2' in:
$1"
}

lacks() {
  if grep -qF -- "$2" <<<"$1"; then fail "$3: did not expect '$2' in:
$1"; fi
}

# new_repo DIR: an empty git repository with a stories/ folder.
new_repo() {
  mkdir -p "$1/stories"
  git -C "$1" init -q
}

# matches TEXT ERE WHAT: fails unless a line of TEXT matches the extended regex.
matches() {
  grep -qE -- "$2" <<<"$1" || fail "$3: expected a line matching '$2' in:
$1"
}
