#!/usr/bin/env bash
# `starbank hook install|uninstall` with real git: the hook lints what is
# staged, blocks weak stories with their findings, stays silent otherwise,
# and never replaces or removes a hook it did not write.
set -euo pipefail
source "$(dirname "$0")/integ_lib.bash" "$@"

expect_status 2 bash -c "cd '$TMP' && '$SB' hook install"
contains "$OUT" "not inside a git repository" "install outside a repository"

repo=$TMP/repo
new_repo "$repo"
cd "$repo"
expect_status 0 "$SB" hook install
contains "$OUT" "installed .git/hooks/pre-commit" "install message"
[ -x .git/hooks/pre-commit ] || fail "hook is not executable"
contains "$(cat .git/hooks/pre-commit)" "# starbank-hook v1" "hook marker"
expect_status 0 "$SB" hook install  # re-installing its own hook is fine

# A weak story is blocked and its findings are printed.
cp "$FIX/weak.yaml" stories/move.yaml
git add stories/move.yaml
expect_status 1 git commit -q -m "weak story"
contains "$OUT" "stories/move.yaml:9:3: warning: action is told as 'we'" "weak commit"
contains "$OUT" "[vague-result]" "weak commit"
lacks "$OUT" "[missing-learning]" "info findings under --fail-on warning"
[ -z "$(git rev-parse -q --verify HEAD || true)" ] || fail "weak story was committed"

# The staged text counts, not the working copy: fixing only the file is not enough.
cp "$FIX/strong.yaml" stories/move.yaml
expect_status 1 git commit -q -m "fixed on disk only"
contains "$OUT" "[we-ownership]" "unstaged fix"
git add stories/move.yaml
expect_status 0 git commit -q -m "fixed story"
[ -z "$OUT" ] || fail "a passing hook printed: $OUT"

# A near-copy of a committed story is caught at commit time: the staged
# stories are compared with the rest of the bank at HEAD. Findings on the
# committed story itself are not the commit's business.
cp "$FIX/strong.yaml" stories/copy.yaml
sed -i 's/^id: search-reindex/id: search-reindex-2/' stories/copy.yaml
git add stories/copy.yaml
expect_status 1 git commit -q -m "a copy"
[ "$OUT" = "stories/copy.yaml:1:5: warning: story is near-identical to 'search-reindex' (stories/move.yaml:1, ~100% shared text); keep one and retire the other [duplicate-story]" ] ||
  fail "copy of a committed story: $OUT"
git rm -q --cached stories/copy.yaml
rm stories/copy.yaml

# Weak text left unstaged does not block a clean staged version.
cp "$SRC/data/examples/ci-flake-rate.yaml" stories/second.yaml
git add stories/second.yaml
cp "$FIX/weak.yaml" stories/second.yaml
expect_status 0 git commit -q -m "second"
[ -z "$OUT" ] || fail "a passing hook printed: $OUT"
git checkout -q -- stories/second.yaml

# A suppressed finding commits; without the directive it is blocked.
sed '/starbank: ignore/d' "$FIX/suppressed.yaml" > stories/pager.yaml
git add stories/pager.yaml
expect_status 1 git commit -q -m "unsuppressed"
contains "$OUT" "stories/pager.yaml:11:3: warning: action is told as 'we'" "unsuppressed"
cp "$FIX/suppressed.yaml" stories/pager.yaml
git add stories/pager.yaml
expect_status 0 git commit -q -m "suppressed"
[ -z "$OUT" ] || fail "a passing hook printed: $OUT"

# Other YAML (CI config, hidden folders) and excluded drafts pass silently.
mkdir -p .github/workflows drafts
printf 'on: push\njobs: {}\n' > .github/workflows/ci.yml
printf 'name: deploy\nsteps: [build]\n' > deploy.yaml
cp "$FIX/weak.yaml" drafts/idea.yaml
printf 'exclude: [drafts/]\n' > .starbank.yaml
git add .
expect_status 0 git commit -q -m "other yaml, drafts"
[ -z "$OUT" ] || fail "a passing hook printed: $OUT"

# The hook reads the repository's config: a rule turned off stops blocking.
# (p2 is a copy of pager, so duplicate-story is turned off too.)
printf 'rules:\n  we-ownership: off\n  duplicate-story: off\n' > .starbank.yaml
sed '/starbank: ignore/d; s/^id: .*/id: pager-2/' "$FIX/suppressed.yaml" > stories/p2.yaml
git add .
expect_status 0 git commit -q -m "config turns we-ownership off"
[ -z "$OUT" ] || fail "a passing hook printed: $OUT"

# --fail-on error baked into the hook: warnings no longer block.
expect_status 0 "$SB" hook install --fail-on error
contains "$(cat .git/hooks/pre-commit)" "hook run --fail-on error" "hook arguments"
cp "$FIX/weak.yaml" stories/weak.yaml
git add stories/weak.yaml
expect_status 0 git commit -q -m "warnings pass under --fail-on error"
[ -z "$OUT" ] || fail "a passing hook printed: $OUT"
expect_status 0 "$SB" hook install

# The hook finds starbank on PATH when the binary it was written with is gone,
# and blocks with a clear message when there is none.
mkdir -p "$TMP/old" "$TMP/bin"
cp "$SB" "$TMP/old/starbank"
expect_status 0 "$TMP/old/starbank" hook install
rm "$TMP/old/starbank"
ln -s "$SB" "$TMP/bin/starbank"
cp "$FIX/weak.yaml" stories/weak2.yaml
sed -i 's/^id: .*/id: weak-2/' stories/weak2.yaml
git add stories/weak2.yaml
expect_status 1 env PATH="$TMP/bin:$PATH" git commit -q -m "via PATH"
contains "$OUT" "stories/weak2.yaml:9:6: warning: 'worked really hard'" "hook via PATH"
expect_status 1 git commit -q -m "no starbank at all"
contains "$OUT" "starbank pre-commit hook: starbank is not installed" "missing binary"
git reset -q stories/weak2.yaml
expect_status 0 "$SB" hook install

# A hook starbank did not write is never replaced or removed without --force.
printf '#!/bin/sh\necho mine\n' > .git/hooks/pre-commit
expect_status 2 "$SB" hook install
contains "$OUT" ".git/hooks/pre-commit' exists and was not written by starbank" "foreign hook"
expect_status 2 "$SB" hook uninstall
contains "$OUT" "was not written by starbank; leaving it" "foreign uninstall"
[ "$(cat .git/hooks/pre-commit)" = "$(printf '#!/bin/sh\necho mine')" ] || fail "foreign hook changed"
expect_status 0 "$SB" hook install --force
contains "$OUT" "saved the old hook as .git/hooks/pre-commit.starbank-backup" "--force backup"
contains "$(cat .git/hooks/pre-commit.starbank-backup)" "echo mine" "backup content"
contains "$(cat .git/hooks/pre-commit)" "# starbank-hook v1" "forced install"
expect_status 0 "$SB" hook uninstall
contains "$OUT" "restored the earlier hook from .git/hooks/pre-commit.starbank-backup" "restore"
[ "$(cat .git/hooks/pre-commit)" = "$(printf '#!/bin/sh\necho mine')" ] || fail "not restored"
rm .git/hooks/pre-commit
expect_status 0 "$SB" hook uninstall
contains "$OUT" "nothing to remove" "second uninstall"

# core.hooksPath is honoured, from a subfolder too.
git config core.hooksPath .githooks
expect_status 0 bash -c "cd stories && '$SB' hook install"
[ -x .githooks/pre-commit ] || fail "core.hooksPath ignored"
echo "ok"
