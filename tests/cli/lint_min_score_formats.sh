#!/usr/bin/env bash
# lint --min-score in every format: the stories under the bar are named in
# text, json, sarif and github alike, and the exit code is text's. One table
# row per format and bar, the whole messages pinned; scores are read from
# the JSON report first, so the rows hold whatever the scoring gives.
source "$(dirname "$0")/views_lib.bash" "$@"
cd "$tmp"
mkdir bank
cp "$ex/notification-preferences-launch.yaml" bank/a.yaml
cp "$ex/database-failover-rebuild.yaml" bank/b.yaml
run "$sb" lint --format json --fail-on error bank
read -r a b < <(python3 -c '
import json, sys
s = {x["id"]: x["score"] for x in json.loads(sys.argv[1])["stories"]}
print(s["a"], s["b"])' "$out")
[ "$a" -ne "$b" ] && [ "$a" -lt 100 ] && [ "$b" -lt 100 ] || fail "scores $a and $b"
if [ "$a" -lt "$b" ]; then low=a; ls=$a; high=b; hs=$b; else low=b; ls=$b; high=a; hs=$a; fi
declare -A line=([a]=2 [b]=3)  # each story's first line in its file

# What each format says about the stories under the bar, one line each.
named() {
  case $1 in
    text) grep "under --min-score" <<<"$out" || true ;;
    github) grep "title=min-score" <<<"$out" || true ;;
    json) python3 -c '
import json, sys
s = json.loads(sys.argv[1])["summary"]
for b in s["below_min_score"]:
    print("%s:%d %s %d (bar %s)" % (b["file"], b["line"], b["id"], b["score"], s["min_score"]))' "$out" ;;
    sarif) python3 -c '
import json, sys
run = json.loads(sys.argv[1])["runs"][0]
rules = run["tool"]["driver"]["rules"]
for r in run["results"]:
    if r["ruleId"] != "min-score":
        continue
    assert rules[r["ruleIndex"]]["id"] == "min-score", r
    assert rules[r["ruleIndex"]]["defaultConfiguration"]["level"] == "error"
    loc = r["locations"][0]["physicalLocation"]
    p = r["properties"]
    print("%s %s:%d:%d %s [story %s, score %d, bar %d]" % (
        r["level"], loc["artifactLocation"]["uri"], loc["region"]["startLine"],
        loc["region"]["startColumn"], r["message"]["text"], p["story"], p["score"],
        p["minScore"]))' "$out" ;;
  esac
}

# format | bar | exit | the lines, in order ("-" for none); @x@ is story x's
# score, ^x^ its first line. --fail-on error: only the bar can fail the run.
while IFS='|' read -r format bar want_code want; do
  bar=${bar//@low1@/$((ls + 1))}
  want=${want//@low1@/$((ls + 1))}
  for s in a b; do
    want=${want//@$s@/${!s}}
    want=${want//^$s^/${line[$s]}}
  done
  want=${want//\\n/$'\n'}
  [ "$want" != "-" ] || want=""
  run "$sb" lint --format "$format" --fail-on error --min-score "$bar" bank
  [ "$code" -eq "$want_code" ] || fail "$format --min-score $bar: exit $code, want $want_code"
  got=$(named "$format")
  [ "$got" = "$want" ] || fail "$format --min-score $bar:
  got:  '$got'
  want: '$want'"
  # The same through --output, byte for byte.
  run "$sb" lint --format "$format" --fail-on error --min-score "$bar" --output report bank
  [ "$code" -eq "$want_code" ] || fail "$format --output: exit $code, want $want_code"
  [ "$(cat report)" = "$(cd "$tmp" && "$sb" lint --format "$format" --fail-on error \
      --min-score "$bar" bank)" ] || fail "$format --output differs from stdout"
done < <(sed -e "s/@lowid@/$low/g" -e "s/@highid@/$high/g" -e "s/@ls@/$ls/g" -e "s/@hs@/$hs/g" <<'TABLE'
text|100|1|2 stories under --min-score 100: @lowid@ (@ls@), @highid@ (@hs@)
json|100|1|bank/a.yaml:^a^ a @a@ (bar 100)\nbank/b.yaml:^b^ b @b@ (bar 100)
sarif|100|1|error bank/a.yaml:^a^:1 score @a@ is under --min-score 100 [story a, score @a@, bar 100]\nerror bank/b.yaml:^b^:1 score @b@ is under --min-score 100 [story b, score @b@, bar 100]
github|100|1|::error file=bank/a.yaml,line=^a^,title=min-score::score @a@ is under --min-score 100\n::error file=bank/b.yaml,line=^b^,title=min-score::score @b@ is under --min-score 100
text|@low1@|1|1 story under --min-score @low1@: @lowid@ (@ls@)
json|@low1@|1|bank/@lowid@.yaml:^@lowid@^ @lowid@ @ls@ (bar @low1@)
sarif|@low1@|1|error bank/@lowid@.yaml:^@lowid@^:1 score @ls@ is under --min-score @low1@ [story @lowid@, score @ls@, bar @low1@]
github|@low1@|1|::error file=bank/@lowid@.yaml,line=^@lowid@^,title=min-score::score @ls@ is under --min-score @low1@
text|@ls@|0|-
json|@ls@|0|-
sarif|@ls@|0|-
github|@ls@|0|-
TABLE
)

# Without --min-score, sarif describes no min-score rule and github names no story.
run "$sb" lint --format sarif --fail-on error bank
python3 -c '
import json, sys
run = json.loads(sys.argv[1])["runs"][0]
assert all(r["id"] != "min-score" for r in run["tool"]["driver"]["rules"])
assert all(r["ruleId"] != "min-score" for r in run["results"])' "$out" ||
  fail "sarif without --min-score: $out"
run "$sb" lint --format github --fail-on error bank
grep -q min-score <<<"$out" && fail "github without --min-score: $out"

# A copy's score drops for the duplicate once the bank is read: github and
# sarif, which print findings as files arrive, name it with the lower score.
mkdir many
for i in 1 2 3; do cp bank/a.yaml "many/s$i.yaml"; done
run "$sb" lint --format json --fail-on error many
copy=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["stories"][0]["score"])' "$out")
[ "$copy" -lt "$a" ] || fail "a duplicate scores $copy, the original $a"
run "$sb" lint --format github --fail-on error --min-score "$a" many
[ "$code" -eq 1 ] || fail "github duplicates: exit $code"
want=""
for i in 1 2 3; do
  want+="${want:+$'\n'}::error file=many/s$i.yaml,line=2,title=min-score::score $copy is under --min-score $a"
done
[ "$(named github)" = "$want" ] || fail "github duplicates: $(named github)"
run "$sb" lint --format sarif --fail-on error --min-score "$a" many
[ "$(named sarif | wc -l)" -eq 3 ] && grep -q "score $copy is under" <<<"$(named sarif)" ||
  fail "sarif duplicates: $(named sarif)"
echo ok
