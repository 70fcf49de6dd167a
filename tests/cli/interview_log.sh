#!/usr/bin/env bash
# starbank interview add|list, plan/drill --company, show and map with the
# interview log: whole messages pinned, JSON, nothing written on an error,
# concurrent adds that all land, a broken log named by file:line:col.
source "$(dirname "$0")/views_lib.bash" "$@"

# A bank of three stories, all tagged Deliver Results; only ci-flake-rate is
# tagged Dive Deep.
repo=$tmp/bank
mkdir -p "$repo/stories"
for s in ci-flake-rate deprecated-queue-migration notification-preferences-launch; do
  cp "$ex/$s.yaml" "$repo/stories/"
done
git -C "$repo" init -q
cd "$repo"
export TZ=UTC NO_COLOR=1 STARBANK_NOW=2026-12-01T09:00:00Z

run "$sb" interview --help
grep -q "Examples:" <<<"$out" || fail "interview --help has no examples"
run "$sb" interview
[ "$code" -eq 2 ] && [ "$err" = "starbank: error: 'interview' needs a command: add or list
Run 'starbank interview --help' for its options." ] || fail "bare interview: $code $err"

# No log: list says how to start one; plan --company plans as plan does.
run "$sb" interview list
[ "$code" -eq 0 ] && [ "$out" = "No interviews logged in interviews.yaml. Log one with:
  starbank interview add --company NAME --round \"phone screen\" --told STORY-ID" ] ||
  fail "empty list: $code $out $err"
run "$sb" plan --principles "Deliver Results" --format json
json 'assert j["plan"][0]["story"]["id"]=="ci-flake-rate"; assert "company" not in j'
best=ci-flake-rate

# The done-when: tell the best story at Acme; the plan then picks another.
run "$sb" interview add --company Acme --told "$best" --asked "Deliver Results"
[ "$code" -eq 0 ] && [ "$out" = "Logged Acme on 2026-12-01: told ci-flake-rate; asked Deliver Results
Log: interviews.yaml" ] || fail "add: $code $out $err"
[ "$(cat interviews.yaml)" = "# starbank interview log: one round a block, appended by \`starbank interview add\`.
# Edit it by hand as you like; keep it with the stories. A second block with
# the same company, date and round adds to that round. To merge two branches'
# rounds without conflicts, add to .gitattributes:  interviews.yaml merge=union
- company: Acme
  date: 2026-12-01
  asked:
    - Deliver Results
  told:
    - ci-flake-rate" ] || fail "log: $(cat interviews.yaml)"
run "$sb" plan --company Acme --principles "Deliver Results" --format json
[ "$code" -eq 0 ] || fail "plan --company exit $code: $err"
json 's=j["plan"][0]; assert s["story"]["id"]!="ci-flake-rate", s
assert s["why"] is None and s["told_here"]==[], s
assert j["company"]=={"name":"Acme","log":"interviews.yaml","told":["ci-flake-rate"],"upcoming":None}, j["company"]'
# A company spelled almost as a logged one: planned, with a warning.
run "$sb" plan --company Acne --principles "Deliver Results" --format json
[ "$code" -eq 0 ] && [ "$err" = "starbank: warning: no round at 'Acne' in interviews.yaml; did you mean 'Acme'?" ] ||
  fail "near company: $code $err"
# Told at another company only: no reason to avoid it at Acme's rival.
run "$sb" plan --company Globex --principles "Deliver Results" --format json
json 'assert j["plan"][0]["story"]["id"]=="ci-flake-rate"; assert j["company"]["told"]==[]'
# Dive Deep has only the story told at Acme: planned, and the plan says why.
run "$sb" plan --company acme --principles "Dive Deep" --format json
json 's=j["plan"][0]; assert s["story"]["id"]=="ci-flake-rate"
assert s["why"]=="the only story for it; told at Acme on 2026-12-01", s["why"]
assert s["told_here"]==[{"date":"2026-12-01","round":""}]'
run "$sb" plan --company Acme --principles "Dive Deep"
[ "$out" = "Plan for 1 principle at Acme from 3 stories (total fit 0.97 of 1):

  Dive Deep  -> ci-flake-rate  score 100, 102s, fit 0.97
                (told before: the only story for it; told at Acme on 2026-12-01)

1 story told at Acme before (interviews.yaml); 1 planned again, for want of another.

Every principle is covered by a different story." ] || fail "plan text: $out"

# show and interview list report the telling.
run "$sb" show "$best" --format json
json 'i=j["interviews"]; assert i["count"]==1 and i["companies"]==["Acme"], i
assert i["last"]=={"company":"Acme","date":"2026-12-01","round":""}, i'
run "$sb" show "$best"
grep -qx "interviews  told once, last at Acme on 2026-12-01; company: Acme" <<<"$out" ||
  fail "show text: $out"
run "$sb" show deprecated-queue-migration
grep -qx "interviews  never told in an interview" <<<"$out" || fail "show untold: $out"
run "$sb" map --principle "Dive Deep"
grep -qE "^ +told once, last at Acme on 2026-12-01; company: Acme$" <<<"$out" || fail "map: $out"
run "$sb" map --principle "Dive Deep" --format json
json 'assert j["stories"][0]["interviews"]["count"]==1'
run "$sb" interview list --format json
json 'assert j["upcoming"]==[] and len(j["past"])==1
r=j["past"][0]; assert r["company"]=="Acme" and r["told"]==["ci-flake-rate"] and r["asked"]==["Deliver Results"], r'

# Bad ids, principles, dates: exit 2, a suggestion, nothing written.
cp interviews.yaml "$tmp/before"
run "$sb" interview add --company Acme --told ci-flake-rat
[ "$code" -eq 2 ] && [ "$err" = "starbank: error: no story has the id 'ci-flake-rat'; did you mean 'ci-flake-rate'?" ] ||
  fail "bad id: $code $err"
run "$sb" interview add --company Acme --told nothing-like-it
[ "$err" = "starbank: error: no story has the id 'nothing-like-it'; 'starbank map' lists the bank's stories" ] ||
  fail "far id: $err"
run "$sb" interview add --company Acme --asked "Deliver Result" --told "$best"
[ "$code" -eq 2 ] && [ "$err" = "starbank: error: unknown principle 'Deliver Result'; did you mean 'Deliver Results'?" ] ||
  fail "bad principle: $code $err"
run "$sb" interview add --company Acme --date 2026-02-30
[ "$code" -eq 2 ] && [ "$err" = "starbank: error: --date must be an ISO date like 2026-11-03, got '2026-02-30'" ] ||
  fail "bad date: $code $err"
run "$sb" interview add --company " "
[ "$code" -eq 2 ] && [ "$err" = "starbank: error: --company is empty; name the company" ] ||
  fail "empty company: $code $err"
cmp -s interviews.yaml "$tmp/before" || fail "a failed add wrote: $(diff "$tmp/before" interviews.yaml)"
[ -z "$out" ] || fail "failed add printed: $out"

# The same company, date and round adds to that round, once.
run "$sb" interview add --company ACME --outcome "onsite invited"
[ "$out" = "Added to Acme on 2026-12-01: outcome 'onsite invited'
Log: interviews.yaml" ] || fail "add to: $out $err"
run "$sb" interview add --company Acme --outcome "onsite invited" --told "$best"
[ "$out" = "Already logged: Acme on 2026-12-01; nothing written
Log: interviews.yaml" ] || fail "already: $out $err"

# An upcoming round: plan --company plans its principles; list shows which
# have an untold story.
run "$sb" interview add --company Acme --date 2026-12-10 --round "onsite 1" \
  --asked "Deliver Results,Dive Deep" --asked Frugality
[ "$out" = "Logged Acme on 2026-12-10, onsite 1 (upcoming, in 9 days): asked Deliver Results, Dive Deep, Frugality
Log: interviews.yaml" ] || fail "upcoming add: $out $err"
run "$sb" plan --company Acme --format json
[ "$code" -eq 0 ] || fail "plan upcoming exit $code: $err"
json 'assert [s["principle"] for s in j["plan"]]==["deliver-results","dive-deep","frugality"]
assert j["company"]["upcoming"]=={"date":"2026-12-10","round":"onsite 1","asked":["Deliver Results","Dive Deep","Frugality"]}
assert all(s["story"] is None or s["story"]["id"]!="ci-flake-rate" or s["why"] for s in j["plan"])'
run "$sb" plan --company Initech
[ "$code" -eq 2 ] && [ "$err" = "starbank: error: no upcoming round at 'Initech' in interviews.yaml; give --principles, or log the next round with: starbank interview add --company \"Initech\" --date YYYY-MM-DD --asked PRINCIPLES" ] ||
  fail "no upcoming: $code $err"
run "$sb" interview add --company Globex --date 2026-11-20 --round "phone screen" \
  --told notification-preferences-launch --notes "wanted the baseline"
run "$sb" interview list
[ "$code" -eq 0 ] && [ "$out" = "Upcoming (1)
  2026-12-10  Acme, onsite 1  (in 9 days)
    asked    Deliver Results: untold deprecated-queue-migration
    asked    Dive Deep: no untold story (told here: ci-flake-rate)
    asked    Frugality: untold deprecated-queue-migration

Past (2), newest first
  2026-12-01  Acme
    asked    Deliver Results
    told     ci-flake-rate
    outcome  onsite invited
  2026-11-20  Globex, phone screen
    told     notification-preferences-launch
    notes    wanted the baseline" ] || fail "list: $out"
run "$sb" interview list --company globex --format json
json 'assert j["upcoming"]==[] and [r["company"] for r in j["past"]]==["Globex"]'
run "$sb" interview list --company Acmee
[ "$code" -eq 2 ] && [ "$err" = "starbank: error: no round at 'Acmee' in interviews.yaml; did you mean 'Acme'?" ] ||
  fail "unknown company: $code $err"
run "$sb" interview list --format json
json 'u=j["upcoming"][0]; assert u["days_left"]==9
c={x["principle"]:x for x in u["coverage"]}
assert c["dive-deep"]["untold"] is None and c["dive-deep"]["told_here"]==["ci-flake-rate"], c
assert c["deliver-results"]["untold"]=="deprecated-queue-migration", c'

# drill --company drills that plan and says where it had to repeat.
run bash -c "printf '84\n\n\n\n4\n' | '$sb' drill --company Acme --plan 'Dive Deep' --seed 1"
[ "$code" -eq 0 ] || fail "drill --company exit $code: $err"
[ "$(head -2 <<<"$out")" = "Dive Deep: ci-flake-rate (told before: the only story for it; told at Acme on 2026-12-01).
Drill 1 of 1  ci-flake-rate" ] || fail "drill head: $out"
grep -q "^  story: ci-flake-rate$" practice.yaml || fail "drill logged nothing"

# Five adds at once: five rounds.
for i in 1 2 3 4 5; do
  "$sb" interview add --company Initech --round "round $i" --told "$best" >"$tmp/add$i" 2>&1 &
done
wait
run "$sb" interview list --company Initech --format json
json 'assert sorted(r["round"] for r in j["past"])==["round %d" % i for i in range(1,6)], j["past"]'

# The log is the user's data: no -o, even with --force, writes over it.
cp interviews.yaml "$tmp/kept"
run "$sb" export -o interviews.yaml --force
[ "$code" -eq 2 ] && [ "$err" = "starbank: error: 'interviews.yaml' is the interview log, which starbank reads; not writing over it, even with --force" ] ||
  fail "export over the log: $code $err"
cmp -s interviews.yaml "$tmp/kept" || fail "export wrote over the log"

# interview_log: in the config moves the log, relative to the config.
printf 'interview_log: notes/rounds.yaml\n' > .starbank.yaml
mkdir notes
run "$sb" config
grep -qE '^interview_log: "notes/rounds.yaml" +# .starbank.yaml:1$' <<<"$out" || fail "config: $out"
run "$sb" interview add --company Acme --told "$best"
[ "$(tail -1 <<<"$out")" = "Log: notes/rounds.yaml" ] && [ -f notes/rounds.yaml ] || fail "moved log: $out $err"
rm .starbank.yaml

# A log that does not parse: an error at file:line:col; show still runs.
printf -- '- company: Acme\n  date: soon\n' >> interviews.yaml
cp interviews.yaml "$tmp/broken"
n=$(grep -c '' interviews.yaml)
run "$sb" interview list
[ "$code" -eq 2 ] && [ "$err" = "interviews.yaml:$n:9: error: 'date' must be an ISO date like 2026-11-03, got 'soon'" ] ||
  fail "broken list: $code $err"
run "$sb" interview add --company Acme --told "$best" --round later
[ "$code" -eq 2 ] && [ "$err" = "interviews.yaml:$n:9: error: 'date' must be an ISO date like 2026-11-03, got 'soon'
starbank: error: nothing logged; repair interviews.yaml (for merge-conflict markers, delete the marker lines and keep both sides' rounds; 'starbank interview list' checks it)" ] ||
  fail "broken add: $code $err"
cmp -s interviews.yaml "$tmp/broken" || fail "add wrote to a broken log"
run "$sb" show "$best"
[ "$code" -eq 0 ] && grep -q "^score " <<<"$out" || fail "show with a broken log: $code $err"
grep -q "^interviews " <<<"$out" && fail "show used a broken log: $out"
echo ok
