#!/usr/bin/env bash
# The pre-commit framework's `starbank-build` hook with nothing installed but
# the build dependencies: the first commit builds starbank into the hook's
# clone (a few minutes) and lints; later commits reuse that binary. The hook
# repository is a temporary commit of this working tree, used via file://.
#
# It builds a fourth copy of starbank (Release, a few minutes on two cores),
# and what the hook does after the build is covered on every run by
# tests/cli/integ_precommit.sh (STARBANK_HOOK_BINARY). So it runs only when
# what the build depends on differs from the merge base with main (the
# hook, its manifest, CMake files, this script; committed or not), when no
# merge base is found (a shallow clone: better to run), or when
# STARBANK_HOOK_BUILD=1. STARBANK_HOOK_BASE names another base branch.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)

hook_inputs() {  # prints the changed files the hook's build depends on; fails without a base
  local base ref
  for ref in "${STARBANK_HOOK_BASE:-}" origin/main main; do
    [ -n "$ref" ] || continue
    base=$(git -C "$src" merge-base HEAD "$ref" 2>/dev/null) && break
  done
  [ -n "${base:-}" ] || return 1
  { git -C "$src" diff --name-only "$base" --
    git -C "$src" ls-files --others --exclude-standard; } |
    grep -E '^(tools/pre-commit-build|\.pre-commit-hooks\.yaml|(.*/)?CMakeLists\.txt|cmake/.*|tests/ci\.d/hook_build\.sh)$' || true
}
if [ "${STARBANK_HOOK_BUILD:-0}" != 1 ] && changed=$(hook_inputs) && [ -z "$changed" ]; then
  echo "hook_build: skipped (no hook or CMake file changed since the merge base;" \
       "STARBANK_HOOK_BUILD=1 runs it)"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export HOME=$tmp/home GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=$tmp/home/.gitconfig
export PRE_COMMIT_HOME=$tmp/pre-commit-cache STARBANK_HOOK_JOBS=${STARBANK_HOOK_JOBS:-2}
unset STARBANK_HOOK_BINARY
mkdir -p "$HOME"
git config --global user.name "Story Tester"
git config --global user.email "tester@example.com"
git config --global init.defaultBranch main

hooks=$tmp/starbank
mkdir -p "$hooks"
(cd "$src" && git ls-files -co --exclude-standard -z | xargs -0 tar -cf - --no-recursion) |
  tar -xf - -C "$hooks"
git -C "$hooks" init -q && git -C "$hooks" add -A && git -C "$hooks" commit -q -m snapshot
rev=$(git -C "$hooks" rev-parse HEAD)

repo=$tmp/stories
mkdir -p "$repo/stories"
cd "$repo"
git init -q
printf 'repos:\n  - repo: file://%s\n    rev: %s\n    hooks:\n      - id: starbank-build\n' \
  "$hooks" "$rev" > .pre-commit-config.yaml
pre-commit install >/dev/null
cp "$src/tests/testdata/integ/weak.yaml" stories/move.yaml
git add -A
start=$(date +%s)
status=0
out=$(git commit -q -m weak 2>&1) || status=$?
built=$(($(date +%s) - start))
[ "$status" -ne 0 ] || fail "the weak story was committed: $out"
grep -qF "stories/move.yaml:9:3: warning: action is told as 'we'" <<<"$out" ||
  fail "first run (build) did not print the finding: $out"
[ -x "$PRE_COMMIT_HOME"/repo*/.starbank-hook/starbank ] || fail "no binary in the hook's clone"

cp "$src/tests/testdata/integ/strong.yaml" stories/move.yaml
git add -A
start=$(date +%s)
out=$(git commit -q -m strong 2>&1) || fail "the strong story was blocked: $out"
reused=$(($(date +%s) - start))
grep -q "Passed" <<<"$out" || fail "expected a passing hook: $out"
[ "$reused" -lt 30 ] || fail "second run took ${reused}s; the binary was not reused"
echo "hook_build: first commit built starbank in ${built}s; the next took ${reused}s"
