#!/usr/bin/env bash
# A NUL byte (yamllint dies on one) and other control characters, including
# a terminal escape sequence that must not reach the terminal raw.
source "$(dirname "$0")/hazard_lib.bash" "$@"
printf 'title: half\0a title\n' > "$tmp/nul.yaml"
expect_hazard "$tmp/nul.yaml" \
  "$tmp/nul.yaml:1:12: error: file contains a NUL byte; is it a binary file?"
printf 'title: ok\nsituation: red \e[31m alert \e]0;pwned\a\n' > "$tmp/esc.yaml"
expect_hazard "$tmp/esc.yaml" \
  "$tmp/esc.yaml:2:16: error: control character 0x1B is not allowed in YAML text"
lint "$tmp/esc.yaml"
grep -Fxq '  situation: red \x1b[31m alert \x1b]0;pwned\x07' <<<"$out" || fail "excerpt not escaped: $out"
printf 'title: a\177b\n' > "$tmp/del.yaml"
expect_hazard "$tmp/del.yaml" \
  "$tmp/del.yaml:1:9: error: control character 0x7F is not allowed in YAML text"
printf 'title: \xc2\x9b31m\n' > "$tmp/c1.yaml"
expect_hazard "$tmp/c1.yaml" \
  "$tmp/c1.yaml:1:8: error: control character U+009B is not allowed in YAML text"
echo ok
