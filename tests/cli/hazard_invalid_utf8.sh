#!/usr/bin/env bash
# Bytes that are not UTF-8: Latin-1 text, a lone continuation byte, an
# overlong form, and a UTF-16 file.
source "$(dirname "$0")/hazard_lib.bash" "$@"
printf 'title: caf\xe9 latency\n' > "$tmp/latin1.yaml"
expect_hazard "$tmp/latin1.yaml" \
  "$tmp/latin1.yaml:1:11: error: invalid UTF-8 byte 0xE9; save the file as UTF-8"
printf 'title: ok\nresult: \x80\n' > "$tmp/cont.yaml"
expect_hazard "$tmp/cont.yaml" \
  "$tmp/cont.yaml:2:9: error: invalid UTF-8 byte 0x80; save the file as UTF-8"
printf 'title: \xc0\xaf\n' > "$tmp/overlong.yaml"
expect_hazard "$tmp/overlong.yaml" \
  "$tmp/overlong.yaml:1:8: error: invalid UTF-8 byte 0xC0; save the file as UTF-8"
printf '\xff\xfet\0i\0t\0l\0e\0:\0 \0x\0\n\0' > "$tmp/utf16.yaml"
expect_hazard "$tmp/utf16.yaml" \
  "$tmp/utf16.yaml:1:1: error: file is UTF-16 encoded; save it as UTF-8"
echo ok
