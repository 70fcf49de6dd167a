#!/usr/bin/env bash
# lint --fix / --diff through the real binary: the diff pinned, the fixed
# file byte for byte (comments and layout kept), what is reported, exit
# codes, the file's mode and a symlink kept, standard input.
source "$(dirname "$0")/views_lib.bash" "$@"

mkdir -p "$tmp/bank/.git" "$tmp/bank/stories"
cd "$tmp/bank"
story() {
  cat <<'YAML'
# Checkout story, drafted after the March incident.
title: Checkout p95 under 1 s after the cache slipped
principles: [Deliver Reslts, Dive Deep]  # the two I lead with
situation: |
  Checkout p95 had crept to 1.8 s during the spring sale.
task: |
  I owned the checkout service and had to get p95 under 1 s in two weeks.
action: |
  I profiled the path and parallelized two calls, and when the cache team
  slipped their fix I added a local cache with a 30 s TTL.
result: |  # starbank: ignore[vague-result] -- kept from the retro
  p95 fell from 1.8 s to 280 ms, and conversion rose 2.1%.
lessons: |
  Profile before proposing a rewrite.
YAML
}
story > stories/checkout.yaml
chmod 0600 stories/checkout.yaml
cp stories/checkout.yaml before.yaml

expected_diff='--- stories/checkout.yaml
+++ stories/checkout.yaml
@@ -1,6 +1,6 @@
 # Checkout story, drafted after the March incident.
 title: Checkout p95 under 1 s after the cache slipped
-principles: [Deliver Reslts, Dive Deep]  # the two I lead with
+principles: [Deliver Results, Dive Deep]  # the two I lead with
 situation: |
   Checkout p95 had crept to 1.8 s during the spring sale.
 task: |
@@ -8,7 +8,7 @@
 action: |
   I profiled the path and parallelized two calls, and when the cache team
   slipped their fix I added a local cache with a 30 s TTL.
-result: |  # starbank: ignore[vague-result] -- kept from the retro
+result: |
   p95 fell from 1.8 s to 280 ms, and conversion rose 2.1%.
-lessons: |
+learning: |
   Profile before proposing a rewrite.'
fixes='stories/checkout.yaml:3:14: FIX: replace '"'Deliver Reslts'"' with '"'Deliver Results'"' [unknown-principle]
stories/checkout.yaml:11:31: FIX: remove the unused suppression of '"'vague-result'"' [unused-suppression]
stories/checkout.yaml:13:1: FIX: replace '"'lessons'"' with '"'learning'"' [unknown-field]
starbank: FIX 3 problems in 1 file'

# --diff: the diff on stdout, what it would fix on stderr, exit 1, nothing written.
run "$sb" lint --diff stories/
[ "$out" = "$expected_diff" ] || fail "--diff output:
$out"
[ "$err" = "${fixes//FIX/would fix}" ] || fail "--diff stderr:
$err"
[ "$code" -eq 1 ] || fail "--diff with fixes waiting exit $code"
cmp -s before.yaml stories/checkout.yaml || fail "--diff changed the file"
# The diff applies with patch -p0 and gives what --fix writes.
cp before.yaml patched.yaml
sed 's#^--- stories/checkout.yaml#--- patched.yaml#; s#^+++ stories/checkout.yaml#+++ patched.yaml#' \
  <<<"$out" | patch -s -p0 || fail "the diff does not apply"

# --fix: reports each fix, writes the file, then lints what remains.
run "$sb" lint --fix stories/
[ "$err" = "${fixes//FIX/fixed}" ] || fail "--fix stderr:
$err"
story | sed -e 's/Deliver Reslts/Deliver Results/' \
            -e 's/^result: |  # starbank: ignore\[vague-result\] -- kept from the retro$/result: |/' \
            -e 's/^lessons:/learning:/' > after.yaml
cmp -s after.yaml stories/checkout.yaml || fail "fixed file differs:
$(diff after.yaml stories/checkout.yaml)"
cmp -s after.yaml patched.yaml || fail "--diff and --fix disagree"
grep -q "in 1 story in 1 file" <<<"$out" || fail "--fix did not lint the result: $out"
run "$sb" lint stories/
remaining=$code
run "$sb" lint --fix stories/
[ "$code" -eq "$remaining" ] || fail "--fix exit $code, plain lint of the result $remaining"
[ -z "$err" ] || fail "a second --fix still fixed: $err"
[ "$(stat -c %a stories/checkout.yaml)" = 600 ] || fail "the file's mode was not kept"
run "$sb" lint --diff stories/
[ "$code" -eq 0 ] && [ -z "$out" ] || fail "--diff with nothing to fix: exit $code, '$out'"

# A symlinked story: the target is fixed, the link stays a link.
story > target.yaml
ln -s ../target.yaml stories/linked.yaml
run "$sb" lint --fix --quiet stories/linked.yaml
[ -L stories/linked.yaml ] || fail "the symlink was replaced by a file"
grep -q '^learning: |$' target.yaml || fail "the symlink's target was not fixed"
[ -z "$err" ] || fail "--quiet still printed fixes: $err"

# Standard input: --diff works, --fix has nowhere to write.
run "$sb" lint --diff - --stdin-filename a.yaml < before.yaml
[ "$code" -eq 1 ] && grep -q '^+learning: |$' <<<"$out" || fail "--diff on stdin: $code $out"
run "$sb" lint --fix - < before.yaml
[ "$code" -eq 2 ] || fail "--fix on stdin exit $code"
[ "$err" = "starbank: error: --fix cannot write standard input back; use --diff to see the fixes" ] ||
  fail "--fix on stdin: $err"
echo ok
