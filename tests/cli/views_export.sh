#!/usr/bin/env bash
# starbank export: the Markdown cheat sheet on stdout or in a file written
# atomically, never overwritten without --force.
source "$(dirname "$0")/views_lib.bash" "$@"

run "$sb" export --help
grep -q "Examples:" <<<"$out" || fail "export --help has no examples"

run "$sb" export --format markdown "$ex"
[ "$code" -eq 0 ] || fail "export exit $code: $err"
for want in "^# Story bank cheat sheet$" "^## Best story per principle$" "^## Bank$" "^## Gaps$" \
            "^\| Deliver Results \| CI flake rate from 14% to 1.6% before the release freeze \| The flake rate fell" \
            "^- \*\*No story:\*\* \"Are Right, A Lot\"" "^\| .* \| [0-9]+ \| [0-9]+ s \| \`.*\.yaml:[0-9]+\` \|$"; do
  grep -qE "$want" <<<"$out" || fail "missing '$want' in: $out"
done

# -o writes the same sheet, prints the path, and refuses to overwrite.
sheet=$out
mkdir "$tmp/out"
run "$sb" export -o "$tmp/out/sheet.md" "$ex"
[ "$code" -eq 0 ] && [ "$out" = "$tmp/out/sheet.md" ] || fail "export -o: $code '$out' $err"
[ "$(cat "$tmp/out/sheet.md")" = "$sheet" ] || fail "file differs from stdout"
echo "my notes" > "$tmp/out/sheet.md"
run "$sb" export -o "$tmp/out/sheet.md" "$ex"
[ "$code" -eq 2 ] || fail "overwrite exit $code"
grep -q "already exists.*--force" <<<"$err" || fail "message: $err"
[ "$(cat "$tmp/out/sheet.md")" = "my notes" ] || fail "file was changed"
run "$sb" export -o "$tmp/out/sheet.md" --force "$ex"
[ "$code" -eq 0 ] || fail "--force exit $code: $err"
[ "$(cat "$tmp/out/sheet.md")" = "$sheet" ] || fail "--force did not replace the file"
[ "$(ls -A "$tmp/out")" = "sheet.md" ] || fail "temporary files left: $(ls -A "$tmp/out")"

run "$sb" export --format pdf "$ex"
[ "$code" -eq 2 ] || fail "unknown format exit $code"
echo ok
