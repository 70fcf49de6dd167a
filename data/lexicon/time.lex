# Time: deadlines, time boxes and time left. Read by the setback finder
# (src/text/setbacks.cc); the format is in data/lexicon/README.md.

== deadline-nouns
rules: no-setback
why: Nouns that name a date the work is due by ("the deadline", "the freeze",
  "the go-live"), read with a time left ("two weeks before the launch") or a
  stake ("a hard cutoff").
words: deadline deadlines cutoff cut-off date freeze launch on-sale go-live
  cutover release renewal audit expiry expiration end-of-life eol holiday
  holidays peak season demo kickoff migration contract event conference board
  submission exam inspection

== time-left-words
rules: no-setback
why: Words after an amount of time that make it time left before a date: "19
  days out", "two weeks left", "a month before the launch".
words: out left away remaining before until to notice later

== time-amount.units
rules: no-setback
why: The time units a number or a count can be joined to, making one word an
  amount of time: "72-hour", "two-week", "3-day".
words: hour day week month minute sprint quarter hours days weeks months

== time-amount.counts
rules: no-setback
why: Counts spelled out that can be joined to a time unit: "two-week",
  "single-day", "ten-hour".
words: one two three four five six seven eight ten twelve single

== time-box.box
rules: no-setback
why: Nouns for a fixed span of time the work had to fit in: "a two-week
  window", "a tight timeline", "runway".
words: window windows timeline timeframe time-frame timebox time-box runway

== time-box.measure
rules: no-setback
why: Words before a window that make it a measurement, not a limit: "p95 over
  a rolling 7-day window".
words: rolling sliding moving trailing over across per each every lookback

== time-box.count
rules: no-setback
why: Counts before a window that make it a given limit: "one window", "a
  single window".
words: one two single three

== given-time.give
rules: no-setback
why: "gave us ten business days to", "had 48 hours to", "with two weeks to".
words: gave given give gives had have has got get with allowed granted

== given-time.time
rules: no-setback
why: "gave us ten business days to", "had 48 hours to", "with two weeks to".
words: day days week weeks month months hour hours minute minutes sprint
  sprints quarter weekend weekends night nights shift shifts semester

== given-time.kind
rules: no-setback
why: "gave us ten business days to", "had 48 hours to", "with two weeks to".
words: business working calendar full more short extra single whole

== given-time.spelled
rules: no-setback
why: "gave us ten business days to", "had 48 hours to", "with two weeks to".
words: a one two three four five six seven eight nine ten twelve fifteen
  twenty thirty few

== time-left.time
rules: no-setback
why: "19 days out", "two weeks before the launch", "30 days' notice".
words: day days week weeks month months hour hours night minute minutes

== staked-deadline.stakes
rules: no-setback
why: Words before a deadline noun that give it stakes ("a hard deadline", "a
  regulatory cutoff", "a looming launch"), so naming it is a constraint.
words: hard fixed tight regulatory contractual legal immovable strict firm
  looming non-negotiable aggressive compliance external public missed

== deadline-faced.own
rules: no-setback
why: A deadline told as what the work ran against: "worked until 1am before
  the deadline", "the deadline was the end of March". Not one the speaker
  sets, tracks or meets ("set internal deadlines", "met the deadline"), nor a
  deadline that modifies ("deadline tracker"), nor in the result.
words: set define agree propose plan track meet hit beat make negotiate extend
  move push add adjust renegotiate

== deadline-heads
rules: no-setback
why: Nouns that name a deadline or a date the work is due by, read with a
  stake ("a hard deadline", "a regulatory cutoff") or as what the work ran
  against ("worked against the date").
words: deadline deadlines cut-off cutoff date timeline

== deadline-word
rules: no-setback
why: The word "deadline" itself, as against the other deadline heads
 ("launch", "cutover"): a deadline is staked without a date after it, and is
 faced when the work ran against it ("worked until 1am before the deadline").
words: deadline deadlines

== need-beyond.need
rules: no-setback
why: Verbs that tell a date needs more than the work has: "we needed
  additional resources to meet our deadline", "would require two more
  engineers to hit the date".
words: need needed needs require required requires

== need-beyond.more
rules: no-setback
why: Words for "more than there is" after a need and before a date: "needed
  additional resources", "need more people", "required extra hands".
words: additional more extra another

== due-by.days
rules: no-setback
why: Named days after "by" or "before", and after "due", that make a date
  the work is held to: "had to ship by Friday", "before Christmas", "due on
  Monday". A capitalised name right after "before" counts too ("before
  Black Friday").
words: monday tuesday wednesday thursday friday saturday sunday january
  february march april may june july august september october november
  december christmas easter thanksgiving diwali eid ramadan tomorrow tonight
  midnight noon eod eow eom

== due-when.when
rules: no-setback
why: Words after "due" that make it a due date, not a cause ("due to"): "was
  due in four weeks", "due on Friday", "due by March", "due within ten days",
  "due next week".
words: in on by within at next this tomorrow tonight

== date-moved.verbs
rules: no-setback
why: Verbs of moving a date, with the date and a particle after: "the venue
  moved our date up by a week", "the client pulled the launch in", "the
  vendor pushed the go-live back".
words: move bring pull push

== date-moved.particles
rules: no-setback
why: Particles after the moved date: "moved our date up", "brought the
  deadline forward", "pushed the launch back", "pushed it out".
words: up forward in earlier back out

== penalty-at-stake.nouns
rules: no-setback
why: Penalties told as what was at stake: "would have cost the company a
  fine of $50k", "we would pay a penalty for every day past June 1", "risked
  a lawsuit".
words: penalty penalties fine fines lawsuit lawsuits sanction sanctions

== penalty-at-stake.risk
rules: no-setback
why: Words before a penalty that make it a risk, besides a modal: "risked a
  fine", "facing penalties".
words: risk risked risking face faced facing

== penalty-at-stake.determiners
rules: no-setback
why: Words right before a penalty that make "fine" a noun: "a fine", "in
  fines", "$50k fine", "heavy penalties" ("would be fine" is no penalty).
words: a the any in of heavy big large daily late contractual regulatory
  financial

== date-moved.objects
rules: no-setback
why: Booked times besides the deadline nouns that someone can move: "pushed
  our slot back by two hours", "moved the install forward", "pulled the
  delivery in".
words: slot slots appointment appointments meeting delivery deliveries install
  installation shipment interview booking

== closes-in.verbs
rules: no-setback
why: Something outside the speaker that closes or runs out in a short time,
  told in the setup: "the tender closed in nine days", "grant application
  closes in 5 days", "registration was closing in two days". A passive ("the
  ticket was closed in nine days") or an object ("we closed the deal in nine
  days") is the speaker's work.
words: close closes closed closing expire expires expired expiring shut shuts
  lapse lapses lapsed end ends ending

== held-up.wait
rules: no-setback
why: The work held up, waiting on something outside, after the setup: "had
  to wait for the permit", "waited 3 weeks for the parts".
words: wait waits waited waiting

== held-up.gates
rules: no-setback
why: What outside the speaker the work waits on: a permit, an approval, parts,
  a sign-off, a visa. "Waited for the backup to finish" waits on a step of
  one's own.
words: permit permits approval approvals sign-off signoff parts delivery
  deliveries visa visas licence license inspector inspection inspections
  clearance permission insurer insurance council landlord vendor supplier
  suppliers legal regulator funding shipment shipments quote
