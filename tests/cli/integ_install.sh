#!/usr/bin/env bash
# `cmake --install` into a temporary prefix: the binary, bash and zsh
# completion and the man page are in place, and they work: the installed
# binary lints, the man page renders and lists every command, and both
# completion scripts complete commands, options and option values.
set -euo pipefail
source "$(dirname "$0")/integ_lib.bash" "$@"
build=$(dirname "$SB")
prefix=$TMP/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null || fail "cmake --install failed"
for f in bin/starbank share/bash-completion/completions/starbank \
         share/zsh/site-functions/_starbank share/man/man1/starbank.1 \
         share/doc/starbank/LICENSE; do
  [ -f "$prefix/$f" ] || fail "not installed: $f"
done
expect_status 0 "$prefix/bin/starbank" --version
contains "$OUT" "starbank " "installed binary"
expect_status 0 "$prefix/bin/starbank" lint --isolated "$FIX/strong.yaml"

# The man page renders cleanly and covers every command the binary has.
if command -v man >/dev/null; then
  page=$(MANWIDTH=100 man --warnings -l "$prefix/share/man/man1/starbank.1" 2>"$TMP/man.err")
  [ ! -s "$TMP/man.err" ] || fail "man page warnings: $(cat "$TMP/man.err")"
else
  page=$(cat "$prefix/share/man/man1/starbank.1")
fi
commands=$("$SB" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NF > 1 {print $1}')
[ -n "$commands" ] || fail "no commands in --help"
for c in $commands; do contains "$page" "starbank $c" "man page section"; done
contains "$page" "EXIT STATUS" "man page"

# bash: complete WORDS... and print the candidates, one a line.
complete_bash() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _starbank
           printf "%s\n" "${COMPREPLY[@]}"' _ "$prefix/share/bash-completion/completions/starbank" "$@"
}
has() {  # CANDIDATES WORD WHAT
  grep -qx -- "$2" <<<"$1" || fail "$3: '$2' not among:
$1"
}
has "$(complete_bash starbank "")" lint "bash: commands"
has "$(complete_bash starbank h)" hook "bash: prefix"
has "$(complete_bash starbank lint --fo)" --format "bash: lint options"
has "$(complete_bash starbank lint --format "")" sarif "bash: --format values"
has "$(complete_bash starbank --color never lint --fail-on "")" warning "bash: after a global option"
has "$(complete_bash starbank hook "")" install "bash: nested commands"
has "$(complete_bash starbank hook install --)" --force "bash: nested options"
has "$(complete_bash starbank completion "")" zsh "bash: positional values"
cd "$FIX"
has "$(complete_bash starbank lint st)" strong.yaml "bash: files"
[ -z "$(complete_bash starbank rules --format x)" ] || fail "bash: bad value completed"

# zsh: syntax, and the same answers with compadd and _files stubbed.
command -v zsh >/dev/null || fail "zsh is not installed (tools/run test installs it)"
zsh -n "$prefix/share/zsh/site-functions/_starbank" || fail "zsh completion syntax"
complete_zsh() {
  zsh -fc 'compdef() { :; }; compadd() { [[ $1 == -- ]] && shift; print -l -- "$@"; }
           _files() { print FILES; }
           source "$1"; shift; words=("$@"); CURRENT=$#; _starbank' _ \
      "$prefix/share/zsh/site-functions/_starbank" "$@"
}
has "$(complete_zsh starbank "")" config "zsh: commands"
has "$(complete_zsh starbank lint --format "")" github "zsh: --format values"
has "$(complete_zsh starbank hook install --)" --fail-on "zsh: nested options"
has "$(complete_zsh starbank lint "")" FILES "zsh: files"
echo "ok"
