#!/usr/bin/env bash
# .starbank.yaml through the binary: discovery up to the repository root,
# --config and --isolated, flags over config, `starbank config` with each
# value's source, exclude globs, a config catalog, and config errors (exit 2).
set -euo pipefail
source "$(dirname "$0")/integ_lib.bash" "$@"

repo=$TMP/repo
new_repo "$repo"
mkdir -p "$repo/stories/team" "$repo/stories/drafts"
cp "$FIX/strong.yaml" "$repo/stories/team/reindex.yaml"
cp "$FIX/weak.yaml" "$repo/stories/drafts/move.yaml"
# A config above the repository root is never read.
printf 'level: L7\nrules:\n  made-up: off\n' > "$TMP/.starbank.yaml"

cd "$repo/stories/team"
expect_status 0 "$SB" config
contains "$OUT" "# config file: none found (looked from here up to the repository root)" "no config"
contains "$OUT" "level: L5                            # default" "default level"

cat > "$repo/.starbank.yaml" <<'YAML'
level: L6
words_per_minute: 170
rules:
  no-setback: off
  missing-learning: warning
confidential: [Northwind]
exclude: [drafts/]
YAML
expect_status 0 "$SB" config
contains "$OUT" "# config file: ../../.starbank.yaml" "found config"
contains "$OUT" "level: L6                            # ../../.starbank.yaml:1" "level origin"
contains "$OUT" "words_per_minute: 170                # ../../.starbank.yaml:2" "wpm origin"
contains "$OUT" "  no-setback: off                    # ../../.starbank.yaml:4" "rule origin"
contains "$OUT" "  too-long: warning                  # default" "default rule"
contains "$OUT" 'confidential: ["Northwind"]          # ../../.starbank.yaml:6' "terms"
# Flags override the file and say so.
expect_status 0 "$SB" config --wpm 140 --level L4
contains "$OUT" "words_per_minute: 140                # --wpm" "flag origin"
contains "$OUT" "level: L4                            # --level" "flag origin"
expect_status 0 "$SB" config --format json
python3 - "$OUT" <<'PY'
import json, sys
j = json.loads(sys.argv[1])
assert j["file"] == "../../.starbank.yaml", j["file"]
assert j["settings"]["words_per_minute"] == {"value": 170, "source": "../../.starbank.yaml:2"}
assert j["rules"]["no-setback"] == {"value": "off", "source": "../../.starbank.yaml:4"}
assert j["rules"]["vague-result"] == {"value": "warning", "source": "default"}
PY
expect_status 0 "$SB" config --isolated
contains "$OUT" "# config file: none (--isolated)" "--isolated"
expect_status 2 "$SB" config --isolated --config x.yaml
contains "$OUT" "starbank: error: --config and --isolated do not go together; pick one" "--isolated with --config"

# Exclude globs are relative to the config's folder, from any folder.
cd "$repo"
expect_status 0 "$SB" lint --quiet stories
[ -z "$OUT" ] || fail "excluded drafts were linted: $OUT"
# An excluded file named explicitly is not linted, and that is said (exit 2).
expect_status 2 bash -c "cd stories && '$SB' lint --quiet drafts/move.yaml"
[ "$OUT" = "starbank: warning: drafts/move.yaml: excluded by ../.starbank.yaml:7 ('drafts/')" ] ||
  fail "an excluded file named explicitly: $OUT"
expect_status 1 "$SB" lint --quiet --isolated stories
contains "$OUT" "stories/drafts/move.yaml:9:3: warning: action is told as 'we'" "--isolated lints drafts"
# missing-learning raised to warning, confidential term found.
sed 's/Our product search/Northwind search/' "$FIX/strong.yaml" | sed '/^learning:/,$d' \
  > stories/team/reindex.yaml
expect_status 1 "$SB" lint --quiet stories
contains "$OUT" "stories/team/reindex.yaml:5:3: error: confidential term 'Northwind' in the situation (line 5)" "confidential"
contains "$OUT" "stories/team/reindex.yaml:1:1: warning: no learning" "rule severity from config"
cp "$FIX/strong.yaml" stories/team/reindex.yaml

# --config names another file; its catalog path is relative to it.
mkdir -p "$TMP/elsewhere"
cat > "$TMP/elsewhere/strict.yaml" <<'YAML'
catalog: values.yaml
rules:
  too-short: error
YAML
cat > "$TMP/elsewhere/values.yaml" <<'YAML'
name: Tiny values
principles:
  - id: ship-it
    name: Ship It
    summary: Deliver what matters.
YAML
expect_status 1 "$SB" lint --quiet --config "$TMP/elsewhere/strict.yaml" stories/team
contains "$OUT" "unknown principle 'Invent and Simplify'" "config catalog"
expect_status 0 "$SB" config --config "$TMP/elsewhere/strict.yaml"
contains "$OUT" "catalog: \"../elsewhere/values.yaml\"" "catalog path"
contains "$OUT" "  too-short: error" "rule from --config"

# Every config error stops the run with file:line:col and exit 2.
bad() {  # CONTENT EXPECTED
  printf '%b' "$1" > .starbank.yaml
  expect_status 2 "$SB" lint stories
  contains "$OUT" "$2" "config error"
  lacks "$OUT" "stories/" "no linting after a config error"
}
bad 'levle: L6\n' ".starbank.yaml:1:1: error: unknown config key 'levle'; did you mean 'level'?"
bad 'level: L9\n' ".starbank.yaml:1:8: error: 'level' must be one of L4, L5, L6, L7, got 'L9'"
bad 'rules:\n  we-ownershp: off\n' ".starbank.yaml:2:3: error: unknown rule 'we-ownershp'; did you mean 'we-ownership'?"
bad 'rules:\n  we-ownership: maybe\n' ".starbank.yaml:2:17: error: rule 'we-ownership' must be off, info, warning or error, got 'maybe'"
bad 'exclude: drafts\n' ".starbank.yaml:1:10: error: 'exclude' must be a list of globs, got 'drafts'"
bad 'level: [L5\n' ".starbank.yaml:"
bad 'min_seconds: 200\nmax_seconds: 100\n' "error: 'min_seconds' (200) must be below 'max_seconds' (100)"
printf 'max_seconds: 60\n' > .starbank.yaml
expect_status 2 "$SB" lint --min-seconds 90 stories
contains "$OUT" "starbank: error: min_seconds 90 (from --min-seconds) must be below max_seconds 60 (from .starbank.yaml:1)" "flag vs config"
expect_status 2 "$SB" lint --config "$TMP/none.yaml" stories
contains "$OUT" "$TMP/none.yaml: error: cannot read file: no such file or directory" "missing --config"
echo "ok"
