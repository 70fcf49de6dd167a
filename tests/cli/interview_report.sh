#!/usr/bin/env bash
# The HTML report's Interviews section, from a bank with an interview log:
# parsed strictly (html5lib), then opened in headless Chromium, where the
# section's rows, an upcoming round's untold stories and its gaps are in the
# DOM and the page logs nothing. Without a log the page has no such section.
# Without the browser or html5lib this test fails, as views_export_html.sh.
source "$(dirname "$0")/views_lib.bash" "$@"
here=$(dirname "$0")
here=$(cd "$here" && pwd)

chrome=${STARBANK_CHROMIUM:-/usr/bin/chromium-headless-shell}
[ -x "$chrome" ] || fail "no headless Chromium at $chrome (Debian: chromium-headless-shell)"
py=python3
"$py" -c "import html5lib" 2>/dev/null || py=/usr/bin/python3
"$py" -c "import html5lib" 2>/dev/null || fail "python3 has no html5lib (Debian: python3-html5lib)"
check() { "$py" "$here/html_check.py" "$@" || fail "html_check.py $*"; }

repo=$tmp/bank
mkdir -p "$repo/stories"
for s in ci-flake-rate deprecated-queue-migration notification-preferences-launch; do
  cp "$ex/$s.yaml" "$repo/stories/"
done
git -C "$repo" init -q
cd "$repo"
export TZ=UTC NO_COLOR=1 STARBANK_NOW=2026-12-01T09:00:00Z

run "$sb" export --format html -o "$tmp/none.html"
[ "$code" -eq 0 ] || fail "export without a log: $code $err"
grep -q 'id="interviews"' "$tmp/none.html" && fail "a section without a log"

"$sb" interview add --company "Acme & Sons" --date 2026-11-03 --round "phone screen" \
  --asked "Dive Deep" --told ci-flake-rate --outcome "onsite invited" >/dev/null
"$sb" interview add --company "Acme & Sons" --date 2026-12-10 --round "onsite 1" \
  --asked "Deliver Results,Dive Deep" >/dev/null
run "$sb" export --format html -o "$tmp/report.html"
[ "$code" -eq 0 ] || fail "export: $code $err"
check parse "$tmp/report.html"

timeout 120 "$chrome" --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --no-first-run --disable-sync \
  --user-data-dir="$tmp/profile" --enable-logging=stderr --v=0 \
  --dump-dom "file://$tmp/report.html" >"$tmp/dom.html" 2>"$tmp/chrome.log" ||
  fail "chromium exit $?: $(tail -5 "$tmp/chrome.log")"
grep -iE "Content Security Policy|CONSOLE" "$tmp/chrome.log" && fail "the report logged: $(cat "$tmp/chrome.log")"
# What a reader sees in the section, row by row (text, whitespace folded).
"$py" - "$tmp/dom.html" <<'EOF' || fail "the section in the DOM"
import sys, html5lib
tree = html5lib.parse(open(sys.argv[1], "rb").read(), namespaceHTMLElements=False)
section = tree.find(".//section[@id='interviews']")
assert section is not None, "no Interviews section in the DOM"
def text(e):
    items = [li for li in e.iter("li") if li is not e]
    if items:
        return "; ".join(text(li) for li in items)
    return " ".join("".join(e.itertext()).split())
rows = [" | ".join(text(cell) for cell in tr) for tr in section.iter("tr")]
want = [
    "Date | Company | Round | Asked | Told | Outcome",
    "2026-12-10 in 9 days | Acme & Sons | onsite 1 | Deliver Results: untold "
    "deprecated-queue-migration; Dive Deep: no untold story (told here: ci-flake-rate) "
    "| \u2014 | \u2014",
    "2026-11-03 | Acme & Sons | phone screen | Dive Deep | ci-flake-rate | onsite invited",
]
assert rows == want, rows
nav = [a.get("href") for a in tree.iter("a") if a.get("href") == "#interviews"]
assert nav == ["#interviews"], nav
EOF
echo ok
