#!/usr/bin/env bash
# starbank new: a slugged file that loads and lints as unfinished, printed
# path, never overwrites, unknown principles and bad folders refused.
source "$(dirname "$0")/views_lib.bash" "$@"

run "$sb" new --help
grep -q "Examples:" <<<"$out" || fail "new --help has no examples"

mkdir "$tmp/stories"
run "$sb" new "Checkout p95: 1.8 s -> 280 ms" --principle "deliver results" -p "Are Right, A Lot" \
  --dir "$tmp/stories"
[ "$code" -eq 0 ] || fail "new exit $code: $err"
file=$tmp/stories/checkout-p95-1-8-s-280-ms.yaml
[ "$out" = "$file" ] || fail "printed '$out', expected '$file'"
[ -f "$file" ] || fail "no file written"
grep -q '^title: "Checkout p95: 1.8 s -> 280 ms"$' "$file" || fail "title not quoted"
grep -q '^principles: \["Deliver Results", "Are Right, A Lot"\]$' "$file" || fail "principles line"
grep -q '^#  - Tell me about a time you delivered an important project under a tight deadline.$' \
  "$file" || fail "no prompt suggestions"
grep -q '^# Result: lead with the number' "$file" || fail "no section guidance"

# It loads: lint reports unfinished sections (exit 1), never a load error.
run "$sb" lint --format json "$file"
[ "$code" -eq 1 ] || fail "lint of a fresh template exit $code: $err"
python3 -c 'import json,sys; j=json.load(sys.stdin)
assert j["errors"]==[], j["errors"]
assert {d["rule"] for d in j["diagnostics"]} >= {"missing-section"}
assert j["stories"][0]["principles"]==["deliver-results","are-right-a-lot"]' <<<"$out" ||
  fail "template did not load cleanly"

# Never overwrites: exit 2, the file unchanged, nothing left behind.
echo "# my draft" >> "$file"
before=$(cksum < "$file")
run "$sb" new "Checkout p95: 1.8 s -> 280 ms" --principle frugality --dir "$tmp/stories"
[ "$code" -eq 2 ] || fail "overwrite exit $code"
[ "$err" = "starbank: error: '$file' already exists; not overwriting it" ] || fail "message: $err"
[ "$(cksum < "$file")" = "$before" ] || fail "file changed"
[ "$(ls -A "$tmp/stories" | wc -l)" -eq 1 ] || fail "stray files: $(ls -A "$tmp/stories")"

# Unknown principle: did-you-mean, nothing written.
run "$sb" new "Another story" --principle "Frugalty" --dir "$tmp/stories"
[ "$code" -eq 2 ] || fail "unknown principle exit $code"
grep -q "did you mean 'Frugality'" <<<"$err" || fail "no suggestion: $err"
[ ! -e "$tmp/stories/another-story.yaml" ] || fail "wrote despite the error"

# A folder that does not exist is created; a file in its place is refused.
run "$sb" new "Another story" --principle frugality --dir "$tmp/nope/deeper"
[ "$code" -eq 0 ] && [ -f "$tmp/nope/deeper/another-story.yaml" ] || fail "new --dir: $code $err"
run "$sb" new "Another story" --principle frugality --dir "$file"
[ "$code" -eq 2 ] || fail "--dir a file: exit $code"
[ "$err" = "starbank: error: '$file' is not a directory" ] || fail "message: $err"
run "$sb" new "Another story"
[ "$code" -eq 2 ] || fail "missing --principle exit $code"

# Default folder is the current one.
(cd "$tmp" && "$sb" new "Here" -p ownership >/dev/null) || fail "new in ."
[ -f "$tmp/here.yaml" ] || fail "not written to the current folder"
echo ok
