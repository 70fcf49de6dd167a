#!/usr/bin/env bash
# starbank export --format html: one self-contained page, checked in headless
# Chromium (the DOM holds every principle and story title; a 1280x900
# screenshot is not blank; the CSP blocks an external image, and the report
# itself trips it nowhere) and by a strict HTML5 parser. Without the browser
# or html5lib this test fails: CI installs both (tools/run).
source "$(dirname "$0")/views_lib.bash" "$@"
here=$(dirname "$0")

chrome=${STARBANK_CHROMIUM:-/usr/bin/chromium-headless-shell}
[ -x "$chrome" ] || fail "no headless Chromium at $chrome (Debian: chromium-headless-shell)"
py=python3
"$py" -c "import html5lib" 2>/dev/null || py=/usr/bin/python3  # a pyenv python may lack it
"$py" -c "import html5lib" 2>/dev/null || fail "python3 has no html5lib (Debian: python3-html5lib)"
check() { "$py" "$here/html_check.py" "$@" || fail "html_check.py $*"; }

# browser NAME ARGS... URL: fresh profile, no network, console to $tmp/NAME.log.
browser() {
  local name=$1; shift
  timeout 120 "$chrome" --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --disable-sync --hide-scrollbars \
    --user-data-dir="$tmp/profile-$name" --enable-logging=stderr --v=0 "$@" \
    2>"$tmp/$name.log" || fail "chromium ($name) exit $?: $(tail -5 "$tmp/$name.log")"
}

# The report of the examples, written with -o (never over a file without --force).
mkdir "$tmp/out"
run "$sb" export --format html -o "$tmp/out/bank.html" "$ex"
[ "$code" -eq 0 ] && [ "$out" = "$tmp/out/bank.html" ] || fail "export html: $code '$out' $err"
run "$sb" export -o "$tmp/out/bank.html" "$ex"
[ "$code" -eq 2 ] || fail "overwrite exit $code"
# (The wording before "(use --force" is WriteFileAtomic's; views_export.sh pins it.)
grep -q "^starbank: error: '$tmp/out/bank.html' already exists.* (use --force to replace it)$" <<<"$err" ||
  fail "overwrite message: $err"
run "$sb" export -o "$tmp/out/bank.html" --force "$ex"  # .html picks the format
[ "$code" -eq 0 ] || fail "--force exit $code: $err"
run "$sb" export --format html "$ex"
[ "$out" = "$(cat "$tmp/out/bank.html")" ] || fail "stdout differs from the file"
[ "$(ls -A "$tmp/out")" = "bank.html" ] || fail "temporary files left: $(ls -A "$tmp/out")"
report=$tmp/out/bank.html

# Deterministic: same bytes twice; a date only under SOURCE_DATE_EPOCH.
cmp -s "$report" <("$sb" export --format html "$ex") || fail "two renders differ"
grep -q "<time>" "$report" && fail "undated report has a date"
run env SOURCE_DATE_EPOCH=86400 "$sb" export --format html "$ex"
grep -qF ", as of <time>1970-01-02 00:00 UTC</time>" <<<"$out" || fail "SOURCE_DATE_EPOCH not shown"
run env SOURCE_DATE_EPOCH=yesterday "$sb" export --format html "$ex"
[ "$code" -eq 2 ] && [ "$err" = "starbank: error: SOURCE_DATE_EPOCH must be a number of seconds, not 'yesterday'" ] ||
  fail "bad SOURCE_DATE_EPOCH: $code $err"
run "$sb" export --principles loop-core "$ex"
[ "$code" -eq 2 ] && [ "$err" = "starbank: error: --principles is for --format html (the report's loop section)" ] ||
  fail "--principles with markdown: $code $err"
run "$sb" export --format html --principles "Dive Deeep" "$ex"
[ "$code" -eq 2 ] && grep -q "unknown principle 'Dive Deeep'" <<<"$err" || fail "bad principle: $code $err"

# The loop section follows --principles (default: the catalog's first set).
grep -qF "picks for Typical SDE loop (loop-core, the catalog&#39;s first set)" "$report" ||
  fail "default loop missing"
run "$sb" export --format html -P "Dive Deep,Frugality" "$ex"
grep -qF "picks for the principles asked" <<<"$out" || fail "-P loop missing"
grep -qF '<tr><th scope="row">Frugality</th>' <<<"$out" || fail "-P Frugality row missing"

check parse "$report"

# What a reader sees: every principle and every story title, in the DOM.
"$sb" catalog --format json | "$py" -c 'import json,sys
for p in json.load(sys.stdin)["principles"]: print(p["name"])' > "$tmp/words"
{ "$sb" lint --format json "$ex" || true; } | "$py" -c 'import json,sys
for s in json.load(sys.stdin)["stories"]: print(s["title"])' >> "$tmp/words"
[ "$(wc -l < "$tmp/words")" -eq 24 ] || fail "expected 16 principles and 8 titles: $(cat "$tmp/words")"
browser dom --dump-dom "file://$report" > "$tmp/dom.html"
check has-text "$tmp/dom.html" "$tmp/words"
# The sort script ran (so the policy's hash admits it) and logged nothing.
grep -qF '<th scope="col" class="num"><button type="button">Score</button></th>' "$tmp/dom.html" ||
  fail "the sort script did not run"
grep -iE "Content Security Policy|CONSOLE" "$tmp/dom.log" && fail "the report logged: $(cat "$tmp/dom.log")"

browser shot --window-size=1280,900 --screenshot="$tmp/shot.png" "file://$report"
check png "$tmp/shot.png" 1280 900
grep -iE "Content Security Policy|CONSOLE" "$tmp/shot.log" && fail "the report logged: $(cat "$tmp/shot.log")"

# The same page with an external image: the CSP blocks it and says so.
sed 's|<body>|<body><img src="http://192.0.2.1/probe.png" alt="probe">|' "$report" > "$tmp/probe.html"
grep -qF 'probe.png' "$tmp/probe.html" || fail "probe not inserted"
browser probe --dump-dom "file://$tmp/probe.html" > /dev/null
grep -qF "Loading the image 'http://192.0.2.1/probe.png' violates the following Content Security Policy directive: \"img-src data:\"" \
  "$tmp/probe.log" || fail "no CSP violation logged for the external image: $(cat "$tmp/probe.log")"

# A hostile bank: markup and a terminal escape in story text show as text.
mkdir "$tmp/bad"
cat > "$tmp/bad/x.yaml" <<'YAML'
title: "<script>alert(1)</script> & \"quotes\" \e[31m"
principles: [Ownership, "<b>Nope</b>"]
situation: "It was <img src=x onerror=alert(2)> bad."
task: I owned it.
action: I fixed it.
result: It got better.
YAML
run "$sb" export --format html -o "$tmp/bad.html" "$tmp/bad"
[ "$code" -eq 0 ] || fail "hostile export exit $code: $err"
check parse "$tmp/bad.html"
grep -qF "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; \\x1b[31m" "$tmp/bad.html" ||
  fail "hostile title not escaped"
grep -qF "&lt;img src=x onerror=alert(2)&gt;" "$tmp/bad.html" || fail "hostile text not escaped"
LC_ALL=C grep -q $'\x1b' "$tmp/bad.html" && fail "a raw escape byte reached the page"
browser bad --dump-dom "file://$tmp/bad.html" > "$tmp/bad-dom.html"
grep -qF "<h3>1. &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\" \\x1b[31m</h3>" "$tmp/bad-dom.html" ||
  fail "the title is not text in the DOM: $(grep -o '<h3>.*</h3>' "$tmp/bad-dom.html")"
grep -qiE "<script>alert|<img src=\"?x" "$tmp/bad-dom.html" && fail "hostile markup became elements"
grep -iE "Content Security Policy|CONSOLE" "$tmp/bad.log" && fail "the hostile report logged: $(cat "$tmp/bad.log")"
echo ok
