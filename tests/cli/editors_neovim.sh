#!/usr/bin/env bash
# The Neovim set-up as shipped (editors/neovim/lua/starbank.lua), in the
# Neovim installed here (Debian 12: 0.7.2), driven headless: open a story
# with a defect, wait for the server's diagnostics, read them back with
# vim.diagnostic.get(), and check that the server wrote nothing to stderr
# (which Neovim logs as [ERROR] in lsp.log). Skips (exit 77) only when
# nvim is not installed.
set -euo pipefail
sb=$1; src=$2
if ! command -v nvim >/dev/null; then
  echo "SKIP: nvim is not installed (Debian: apt-get install neovim); editors/neovim untested"
  exit 77
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
mkdir -p "$tmp/bin" "$tmp/bank" "$tmp/xdg"
ln -s "$(cd "$(dirname "$sb")" && pwd)/$(basename "$sb")" "$tmp/bin/starbank"
printf 'level: L5\n' > "$tmp/bank/.starbank.yaml"
sed 's/^principles: .*/principles: [Dive Deeep]/' "$src/data/examples/ci-flake-rate.yaml" \
  > "$tmp/bank/story.yaml"
printf 'jobs:\n  build: {runs-on: debian}\n' > "$tmp/bank/ci.yaml"

# The user's init.lua, as docs/editors.md says, plus the test's probe.
cat > "$tmp/init.lua" <<EOF
vim.opt.runtimepath:prepend('$src/editors/neovim')
require('starbank').setup()
EOF
cat > "$tmp/probe.lua" <<'EOF'
-- Waits for diagnostics on the story, opens a non-story YAML file and
-- writes what each buffer got, one diagnostic a line.
local out = io.open(os.getenv('PROBE_OUT'), 'w')
local story = vim.api.nvim_get_current_buf()
local got = vim.wait(30000, function() return #vim.diagnostic.get(story) > 0 end, 50)
if not got then out:write('no diagnostics after 30 s\n') end
for _, d in ipairs(vim.diagnostic.get(story)) do
  out:write(string.format('story %d:%d %s %s\n', d.lnum + 1, d.col + 1, d.source or '-', d.message))
end
vim.cmd('edit ' .. os.getenv('PROBE_CI'))
local ci = vim.api.nvim_get_current_buf()
vim.wait(1500, function() return #vim.diagnostic.get(ci) > 0 end, 50)
out:write(string.format('ci.yaml: %d diagnostics, %d clients\n', #vim.diagnostic.get(ci),
                        #vim.tbl_keys(vim.lsp.buf_get_clients(ci))))
out:close()
vim.cmd('qa!')
EOF

cd "$tmp/bank"
set +e
HOME=$tmp/xdg XDG_CONFIG_HOME=$tmp/xdg/config XDG_CACHE_HOME=$tmp/xdg/cache \
  XDG_DATA_HOME=$tmp/xdg/data XDG_STATE_HOME=$tmp/xdg/state PATH="$tmp/bin:$PATH" \
  PROBE_OUT=$tmp/out PROBE_CI=$tmp/bank/ci.yaml \
  timeout 90 nvim --headless -n -i NONE -u "$tmp/init.lua" story.yaml \
  -c "luafile $tmp/probe.lua" >"$tmp/nvim.log" 2>&1
code=$?
set -e
[ "$code" -eq 0 ] || fail "nvim exit $code: $(cat "$tmp/nvim.log" "$tmp/out" 2>/dev/null)"
[ -s "$tmp/out" ] || fail "the probe wrote nothing: $(cat "$tmp/nvim.log")"
grep -Fxq "story 2:14 starbank unknown principle 'Dive Deeep'; did you mean 'Dive Deep'?" \
  "$tmp/out" || fail "no unknown-principle diagnostic from starbank: $(cat "$tmp/out")"
grep -Fxq "ci.yaml: 0 diagnostics, 1 clients" "$tmp/out" ||
  fail "a CI config got findings, or no server: $(cat "$tmp/out")"
# Neovim logs every line a server writes to stderr as [ERROR].
log=$(find "$tmp/xdg" -name 'lsp.log' | head -1)
if [ -n "$log" ] && grep -q 'stderr' "$log"; then
  fail "the server wrote to stderr: $(grep stderr "$log")"
fi
echo "ok: $(nvim --version | head -1) got starbank's diagnostics"
