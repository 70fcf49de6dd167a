#!/usr/bin/env bash
# The real pre-commit framework in a temporary story repository, using this
# repository's .pre-commit-hooks.yaml through `repo:` + `rev:` (a local clone,
# no network). Both hooks run: `starbank` (language: system, the binary on
# PATH) and `starbank-build` (language: script; here pointed at the built
# binary through STARBANK_HOOK_BINARY; tests/ci.d/hook_build.sh covers the build).
set -euo pipefail
source "$(dirname "$0")/integ_lib.bash" "$@"
command -v pre-commit >/dev/null || fail "pre-commit is not installed (tools/run test installs it)"

export PRE_COMMIT_HOME=$TMP/pre-commit-cache
mkdir -p "$TMP/bin"
ln -s "$SB" "$TMP/bin/starbank"
export PATH=$TMP/bin:$PATH
export STARBANK_HOOK_BINARY=$SB

# The hook repository: this repo's hook definitions and script, committed.
hooks=$TMP/starbank-hooks
mkdir -p "$hooks/tools"
cp "$SRC/.pre-commit-hooks.yaml" "$hooks/"
cp "$SRC/tools/pre-commit-build" "$hooks/tools/"
git -C "$hooks" init -q
git -C "$hooks" add .
git -C "$hooks" commit -q -m hooks
rev=$(git -C "$hooks" rev-parse HEAD)

repo=$TMP/stories-repo
new_repo "$repo"
cd "$repo"
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: file://$hooks
    rev: $rev
    hooks:
      - id: starbank
        files: ^stories/
      - id: starbank-build
        files: ^stories/
YAML
git add .pre-commit-config.yaml
git commit -q --no-verify -m "pre-commit config"
expect_status 0 pre-commit install
contains "$OUT" "pre-commit installed at .git/hooks/pre-commit" "pre-commit install"

# A weak story is blocked by both hooks, with its findings.
cp "$FIX/weak.yaml" stories/move.yaml
git add stories/move.yaml
expect_status 1 git commit -q -m "weak story"
matches "$OUT" '^starbank\.+Failed$' "system hook"
matches "$OUT" "^starbank \\(built in the hook's clone\\)\\.+Failed$" "script hook"
contains "$OUT" "stories/move.yaml:9:3: warning: action is told as 'we'" "finding printed"
[ "$(grep -c 'move.yaml:12:12: warning' <<<"$OUT")" -eq 2 ] || fail "each hook prints the finding once:
$OUT"
[ -z "$(git rev-parse -q --verify HEAD~1 || true)" ] || fail "weak story was committed"

# The fixed story commits.
cp "$FIX/strong.yaml" stories/move.yaml
git add stories/move.yaml
expect_status 0 git commit -q -m "fixed story"
matches "$OUT" '^starbank\.+Passed$' "fixed"
[ "$(git log -1 --format=%s)" = "fixed story" ] || fail "fixed story not committed"

# A suppressed finding commits; the same story without its directive does not.
sed '/starbank: ignore/d' "$FIX/suppressed.yaml" > stories/pager.yaml
git add stories/pager.yaml
expect_status 1 git commit -q -m "unsuppressed"
contains "$OUT" "stories/pager.yaml:11:3: warning: action is told as 'we'" "unsuppressed"
cp "$FIX/suppressed.yaml" stories/pager.yaml
git add stories/pager.yaml
expect_status 0 git commit -q -m "suppressed"
[ "$(git log -1 --format=%s)" = "suppressed" ] || fail "suppressed story not committed"

# A passing run prints nothing: with verbose output the hooks add no lines of
# their own. Non-story YAML under stories/ and weak text outside it pass too.
printf 'order: [move, pager]\n' > stories/index.yaml
mkdir -p notes && cp "$FIX/weak.yaml" notes/draft.yaml
git add stories/index.yaml notes/draft.yaml
expect_status 0 pre-commit run --verbose --files stories/move.yaml stories/pager.yaml \
  stories/index.yaml notes/draft.yaml
own=$(grep -vE '^(starbank.*Passed|- hook id: .*|- duration: .*|)$' <<<"$OUT" || true)
[ -z "$own" ] || fail "a passing hook printed:
$own"
[ "$(grep -c 'Passed' <<<"$OUT")" -eq 2 ] || fail "expected two passing hooks:
$OUT"
expect_status 0 git commit -q -m "index and notes"
echo "ok"
