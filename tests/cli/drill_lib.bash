# Shared by tests/cli/drill_*.sh (sourced, not a test itself): a fresh story
# repository with two example stories, a fixed clock and time zone.
#
#   source "$(dirname "$0")/drill_lib.bash" "$@"   # $1 binary, $2 source dir
#
# repo          the repository (git init'ed, two stories under stories/):
#               database-failover-rebuild (Ownership, Bias for Action) and
#               deprecated-queue-migration (Deliver Results, Ownership)
# at DATE CMD   runs CMD with the drill clock at DATE (09:00 UTC)
source "$(dirname "$0")/views_lib.bash" "$@"
repo=$tmp/bank
mkdir -p "$repo/stories"
cp "$ex/database-failover-rebuild.yaml" "$ex/deprecated-queue-migration.yaml" "$repo/stories/"
cat >> "$repo/stories/database-failover-rebuild.yaml" <<'EOF'
followups:
  - question: Which part did you do yourself?
    answer: I wrote the reconnect logic and ran the first two drills.
EOF
git -C "$repo" init -q
git -C "$repo" add stories
git -C "$repo" -c user.name=drill -c user.email=drill@example.com commit -qm stories
export TZ=UTC NO_COLOR=1
unset STARBANK_NOW
at() { local day=$1; shift; STARBANK_NOW="${day}T09:00:00Z" "$@"; }
