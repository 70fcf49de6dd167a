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
  submission exam

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
  sprints quarter

== given-time.kind
rules: no-setback
why: "gave us ten business days to", "had 48 hours to", "with two weeks to".
words: business working calendar full more short extra

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
