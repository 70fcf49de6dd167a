#!/usr/bin/env bash
# A file whose name is not UTF-8 (Latin-1): the JSON report must still be
# written (nlohmann::json throws on such bytes unless told to replace them).
source "$(dirname "$0")/hazard_lib.bash" "$@"
mkdir "$tmp/bank"
cp "$good" "$tmp/bank/$(printf 'caf\xe9.yaml')"
printf 'title: [\n' > "$tmp/bank/$(printf 'bro\xefken.yaml')"
lint --format json "$tmp/bank"
[ "$code" -eq 2 ] || fail "exit $code, want 2: $out"
python3 - "$out" <<'PY' || fail "json: $out"
import json, sys
report = json.loads(sys.argv[1])
assert [s["file"].rsplit("/", 1)[1] for s in report["stories"]] == ["caf\ufffd.yaml"], report
assert report["errors"][0]["file"].endswith("/bro\ufffdken.yaml"), report["errors"]
PY
# SARIF, for code scanning, likewise.
lint --format sarif "$tmp/bank"
[ "$code" -eq 2 ] || fail "sarif exit $code, want 2: $out"
python3 -c 'import json, sys; json.loads(sys.argv[1])' "$out" || fail "sarif: $out"
echo ok
