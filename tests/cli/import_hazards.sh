#!/usr/bin/env bash
# starbank import, issue 23: banks that hold no story, or hold it in an
# awkward shape, each get a clear message at file:line:col, and the other
# files of the run are still imported.
source "$(dirname "$0")/views_lib.bash" "$@"
cd "$tmp"
looked="looked for Situation, Task, Action and Result (or S, T, A, R) as sub-headings (### Situation), bold labels (**S:**, **Situation:**), labels at a line's start (Situation:), inline (S) ... (T) ... (A) ... (R), or table columns"

# file | its bytes (printf format) | exit | the whole of stderr
while IFS='|' read -r name bytes want_code want_err; do
  [ -n "$name" ] || continue
  printf "$bytes" > "$name"
  run "$sb" import --dir "out-$name" "$name"
  [ "$code" -eq "$want_code" ] || fail "$name: exit $code, expected $want_code: $err"
  [ "$err" = "$want_err" ] || fail "$name: stderr
  got:  $err
  want: $want_err"
  if [ "$want_code" -eq 2 ]; then
    [ ! -e "out-$name" ] || fail "$name: wrote $(ls "out-$name")"
    [ "$(tail -n 1 <<<"$out")" = "No story imported from 1 file." ] || fail "$name: $out"
  fi
done <<TABLE
empty.md||2|empty.md:1:1: error: the file is empty; nothing to import
blank.md|\n  \n\n|2|blank.md:1:1: error: the file holds only blank lines; nothing to import
notes.md|Just some notes.\nNo structure at all.\n|2|notes.md:1:1: error: no story found: no headings and no section labels; $looked
heading.md|# Story 1 - Billing export\n\nI did things and they went well.\n|2|heading.md:1:1: error: no story found: heading 'Story 1 - Billing export' has no story sections; $looked
hollow.md|## Billing export\n\n### Situation\n\n### Result\n|2|hollow.md:1:1: error: no story found: its story sections are all empty; $looked
mixed.md|## Paged less at night\n\n**S:** s\n**A:** a\n**R:** r\n\n## Ideas for later\n\nJust notes.\n|0|mixed.md:7:1: warning: heading 'Ideas for later' has text but no story sections (Situation, Task, Action, Result); not imported
crlf.md|\xef\xbb\xbf## Paged less at night\r\n\r\n**S:** caf\xc3\xa9 at 3 am\r\n**A:** a\r\n**R:** r\r\n|0|
html.md|## Paged less at night\n\n<details>\n<summary>Open</summary>\n\n**S:** s\n**A:** a\n\n</details>\n\n<!-- not for the interview -->\n\n**R:** <b>fewer</b> pages<br>at night\n|0|html.md:3:1: info: HTML blocks: the tags are dropped and the text is kept (3 blocks, the first here)
latin1.md|## Paged less\n\n**S:** caf\xe9\n|2|latin1.md:3:11: error: invalid UTF-8 byte 0xE9; save the file as UTF-8
utf16.md|\xff\xfe#\x00 \x00|2|utf16.md:1:1: error: file is UTF-16 encoded; save it as UTF-8
nul.md|## A\n\x00|2|nul.md:2:1: error: file contains a NUL byte; is it a binary file?
open.csv|Title,Situation\nPaged less,"at night\nand more\n|2|open.csv:2:12: error: quoted field never closed: the quote opened here runs to the end of the file
quote.csv|Title,Situation\n"Paged" less,x\n|2|quote.csv:2:9: error: unexpected 'l' after the closing quote of a field; a quote inside a quoted field is written twice ("")
header.csv|Name,Notes\nPaged less,at night\n|2|header.csv:1:1: error: no story found: the header row names no story section ('Name', 'Notes'); looked for columns Situation, Task, Action and Result (or S, T, A, R), one row a story
story.yaml|title: x\n|2|story.yaml: error: a YAML file is already a story file; lint it as it is (starbank lint)
TABLE

# CRLF and a BOM: gone from the story; the text as written.
diff out-crlf.md/paged-less-at-night.yaml - <<'EOF' || fail "crlf story"
# Imported by starbank import from crlf.md:1
title: Paged less at night
principles: []
situation: |
  café at 3 am
action: |
  a
result: |
  r
EOF
# HTML: the tags go, the text stays; an HTML comment is a comment.
diff out-html.md/paged-less-at-night.yaml - <<'EOF' || fail "html story"
# Imported by starbank import from html.md:1
title: Paged less at night
principles: []
situation: |
  s
action: |
  a
result: |
  fewer pages
  at night

# Kept from the bank (no story key takes these):
# Intro: Open
# HTML comment: not for the interview
EOF

# A 1 MB bank of 3,456 stories imports; 1 MB of prose with no story is an
# error at once; a file over 16 MiB is refused before it is read.
python3 - <<'EOF'
stories = []
i = 0
while sum(map(len, stories)) < 1_000_000:
    i += 1
    stories.append(f"## Cut build time, round {i}\n\n**LP:** Deliver Results\n\n"
                   f"**S:** The build took {i} minutes and blocked merges every afternoon.\n"
                   "**T:** I owned the build and had to halve it.\n"
                   "**A:** I cached dependencies and split the tests into four shards.\n"
                   f"**R:** Build time fell from {i} to {i // 2 + 1} minutes.\n\n")
open("big.md", "w").write("".join(stories))
open("prose.md", "w").write("word " * 210000 + "\n")
EOF
[ "$(stat -c %s big.md)" -ge 1000000 ] || fail "big.md is small"
run "$sb" import --dry-run big.md
[ "$code" -eq 0 ] && [ -z "$err" ] || fail "big.md: exit $code: $err"
[ "$(tail -n 2 <<<"$out" | head -n 1)" = "Dry run: 3456 stories from 1 file would be written to stories/; nothing was written." ] ||
  fail "big.md: $(tail -n 2 <<<"$out")"
run "$sb" import prose.md
[ "$code" -eq 2 ] && [ "$err" = "prose.md:1:1: error: no story found: no headings and no section labels; $looked" ] ||
  fail "prose.md: $code $err"
truncate -s 17M huge.md
run "$sb" import huge.md
[ "$code" -eq 2 ] && [ "$err" = "huge.md: error: file is 17825792 bytes, over the 16777216-byte limit of a bank file; split it into smaller files" ] ||
  fail "huge.md: $code $err"

# One bad file among good ones: the good ones are imported, exit 2.
run "$sb" import --dir mixed-run empty.md mixed.md missing.md
[ "$code" -eq 2 ] || fail "mixed run exit $code"
[ "$err" = "empty.md:1:1: error: the file is empty; nothing to import
missing.md: error: cannot read file: no such file or directory
mixed.md:7:1: warning: heading 'Ideas for later' has text but no story sections (Situation, Task, Action, Result); not imported" ] ||
  fail "mixed run stderr: $err"
[ "$(ls mixed-run)" = "paged-less-at-night.yaml" ] || fail "mixed run wrote: $(ls mixed-run)"
[ "$(tail -n 2 <<<"$out" | head -n 1)" = "Imported 1 story from 1 of 3 files into mixed-run/ (2 files not imported)." ] ||
  fail "mixed run summary: $out"

# A folder with no bank in it (hidden folders are not looked in).
mkdir -p vault/.obsidian && echo "# Workspace" > vault/.obsidian/notes.md
run "$sb" import vault
[ "$code" -eq 2 ] && [ "$err" = "vault: error: no bank files in this folder (*.md, *.markdown, *.txt, *.csv, *.tsv)" ] ||
  fail "empty folder: $code $err"

# --dir that is a file: refused, nothing written.
run "$sb" import --dir mixed.md mixed.md
[ "$code" -eq 2 ] && [ "$(tail -n 1 <<<"$err")" = "starbank: error: 'mixed.md' is not a directory" ] ||
  fail "--dir a file: $code $err"
[ "$(tail -n 1 <<<"$out")" = "No story imported from 1 file." ] || fail "--dir a file: $out"
echo ok
