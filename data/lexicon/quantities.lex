# Quantities: spelled numbers, units, change words and baselines, the words
# that make a number an amount, a change or a comparison (src/text/quantities.cc).
# A result with a measured amount is quantified; one with a before or a target
# has a baseline. The format is in data/lexicon/README.md.

== spelled-numbers
rules: unquantified-result no-baseline
why: Numbers written as words ("two", "twelve", "a dozen"), read as numbers:
  "cut it from three days to two".
words: zero two three four five six seven eight nine ten eleven twelve
  thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty
  forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands
  million millions billion billions dozen dozens half halved doubled tripled
  quadrupled tenfold twofold threefold fourfold fivefold twice thrice
  quarter-million magnitude

== self-comparisons
rules: unquantified-result no-baseline
why: Words that are a before/after comparison on their own: "doubled".
words: halved doubled tripled quadrupled tenfold twofold threefold fourfold
  fivefold magnitude

== units
rules: unquantified-result no-baseline
why: Words after "one" or "a" that make it an amount ("one week", "a day").
words: second seconds minute minutes hour hours day days week weeks month
  months year years sprint sprints quarter engineer engineers person people
  percent ms millisecond milliseconds customer customers user users incident
  incidents service services team teams dollar dollars release releases page
  pages ticket tickets server servers instance instances headcount

== year-context
rules: unquantified-result no-baseline
why: Words before a year that mark it as a date: "in 2023", "since 2019".
words: in since by until till during early late mid end of from summer winter
  spring fall autumn january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct
  nov dec fy q1 q2 q3 q4 h1 h2 the before after

== is-fraction-at.fractions
rules: unquantified-result no-baseline
why: "a third", "one quarter", "two fifths": an article or number, then a
  fraction.
words: third thirds quarter quarters fifth fifths tenth tenths

== identifier-words
rules: unquantified-result no-baseline
why: Words after which a number names something instead of counting it: "HTTP
  503", "SEV 2", "version 3", "phase 2", "PR 4812".
words: http status error code sev severity priority p version v release phase
  step stage tier level rfc iso port room floor building ticket issue pr #
  chapter section gen generation python java ios android windows node ubuntu
  debian postgres postgresql mysql kafka series model type route line lane
  gate terminal platform wave sprint week day q h fy number id case form
  article clause rule table figure appendix cve ipv

== endpoints
rules: unquantified-result no-baseline
why: Frequencies and zero-words, amounts when something moves from or to them:
  "from weekly to daily", "from two a quarter to none".
words: hourly daily nightly weekly biweekly fortnightly monthly quarterly
  yearly annually never none nothing once minutes hours days weeks months
  seconds instant instantly real-time manual automatic same-day next-day

== every-ordinal-at.ordinals
rules: unquantified-result no-baseline
why: A frequency told with an ordinal: "every fourth week", "every 3rd
  sprint", "every other release", and the bare "every fifth" that ends a from-
  to. A rank alone ("the fourth week", "3rd") is a label.
words: second third fourth fifth sixth seventh eighth ninth tenth twelfth
  other

== every-ordinal-at.times
rules: unquantified-result no-baseline
why: A frequency told with an ordinal: "every fourth week", "every 3rd
  sprint", "every other release", and the bare "every fifth" that ends a from-
  to. A rank alone ("the fourth week", "3rd") is a label.
words: day night week month quarter year sprint release shift weekend cycle
  run build deploy rotation

== article-unit-at.times
rules: unquantified-result no-baseline
why: "from a day to under an hour", "from a week to two days": an article and
  a time unit at the end of a from-to is an amount of one.
words: second minute hour day week month year sprint quarter fortnight
  afternoon morning evening weekend

== article-unit-at.approx
rules: unquantified-result no-baseline
why: "from a day to under an hour", "from a week to two days": an article and
  a time unit at the end of a from-to is an amount of one. Also the bound
  before an elided unit: "from five seconds to under one".
words: under about around roughly nearly over within almost just than less
  more barely only half

== article-unit-at.bound
rules: unquantified-result no-baseline
why: "from a day to under an hour", "from a week to two days": an article and
  a time unit at the end of a from-to is an amount of one. "less than a day",
  "under a week", "within an hour": a bound on an amount of one.
words: under within than nearly almost barely about around roughly

== article-unit-at.span
rules: unquantified-result no-baseline
why: Words before an article and a time unit that make it the stretch the work
  took: "cleared the backlog in a week", "the audit passed in a single day".
  "A day" alone tells when ("one day the feed broke"), and "took a day of
  planning" is left alone; "instead of" before it names the stretch it
  replaced ("an afternoon instead of a week", the C++ reads that pair).
words: in

== article-unit-at.off
rules: unquantified-result no-baseline
why: "from a day to under an hour", "from a week to two days": an article and
  a time unit at the end of a from-to is an amount of one.
words: late early ahead behind sooner earlier

== change-verbs
rules: unquantified-result no-baseline
why: Verbs and nouns of change that a number after them measures: "reduced p95
  by 40%", "grew to 12k users", "a drop of 30%".
words: cut cuts reduced reduce reducing reduction dropped drop drops fell fall
  falls rose rise rises grew growth increased decreased improved lowered
  raised boosted saved saving savings shrank shrunk trimmed slashed sped
  lifted climbed jumped shaved halving doubling shortened shorten shortens
  improve improves increase increases decrease decreases boost boosts lowers

== change-words
rules: unquantified-result no-baseline
why: Comparatives and adverbs that need the amount right after them.
words: down up gained lost faster slower cheaper fewer less lower higher
  smaller larger quicker better shorter longer more

== baseline-words
rules: unquantified-result no-baseline
why: Words that mean a baseline or target is named. "Normally", "usually"
  and "typically" name the usual amount the result beat: "awards in hand
  within a week, normally a months-long process".
words: vs versus baseline target targets goal budget budgeted estimate
  estimated projected forecast sla slo previously previous prior originally
  before instead compared against than beat beating exceeded ahead halved
  doubled tripled quadrupled tenfold twofold threefold twice thrice old
  deadline deadlines cutoff cut-off normally usually typically window

== tells-when.month
rules: no-baseline
why: Month names beside a day of the month: "launched on March 3", "by 1
  Dec". The number dates the result; it measures nothing, so it asks for no
  baseline. "May" is left out: "numbers may 3" is the verb.
words: january february march april june july august september october
  november december jan feb mar apr jun jul aug sep sept oct nov dec

== tells-when.unit
rules: no-baseline
why: Time units that, with a word after them that tells when, date an event
  instead of measuring one: "two weeks later", "six months later".
words: second seconds minute minutes hour hours day days week weeks month
  months year years sprint sprints quarter quarters

== tells-when.after
rules: no-baseline
why: Words after an amount of time that make it tell when something
  happened, not how long something took: "two weeks later the vendor
  confirmed", "promoted six months later", "a year ago". Not "after": "40
  minutes after the alert" can be a time to recover.
words: later ago afterwards afterward thereafter

== after-only
rules: unquantified-result no-baseline
why: Baseline words that name the baseline after them: "instead of 9 days",
  "than the 2 s goal". Before them a number is something else: "10 days
  ahead", "2,900 requests ... instead of a spreadsheet".
words: instead before ahead previously prior originally old than

== elided-unit-after.after
rules: unquantified-result no-baseline
why: "to one", "to a single one", "to a single": the new value of a from-to
  whose unit is left out ("from two a month to one"). "to one customer" names
  a thing; the unit must not follow.
words: in per a an each every after within by over across and or but while
  since at

== change-nouns
rules: unquantified-result no-baseline
why: Nouns of change that a quantity before them measures: "a 35% cut in pick
  time", "a 20% throughput improvement", "a 40ms drop".
words: cut cuts reduction reductions drop decrease decline fall increase
  improvement improvements gain gains rise jump lift boost uplift saving
  savings speedup speed-up growth

== measured-change-at.of
rules: unquantified-result no-baseline
why: After a change noun, the word that brings its measure: "an increase of
 20%", "a reduction by a third".
words: of by

== off-schedule-at.off
rules: unquantified-result no-baseline
why: Time measured against a date: "two days late", "a week early", "delayed
  by less than a day", "three weeks ahead of the plan". "Two days later" and
  "a week before launch" tell when, not how far off.
words: late early delayed overdue slipped ahead behind

== date-met-at.met
rules: unquantified-result no-baseline
why: A date met or missed: "met the March filing date", "hit the launch
  deadline", "missed the cutoff", "shipped by the original date", "launched on
  time" / "on schedule" / "on budget". The date itself is the baseline (a
  target or SLA is one only with its number, BaselineWords).
words: met meet meets hit hits beat beats missed miss kept

== date-met-at.date
rules: unquantified-result no-baseline
why: A date met or missed: "met the March filing date", "hit the launch
  deadline", "missed the cutoff", "shipped by the original date", "launched on
  time" / "on schedule" / "on budget". The date itself is the baseline (a
  target or SLA is one only with its number, BaselineWords).
words: date deadline cutoff cut-off window milestone

== date-met-at.plan
rules: unquantified-result no-baseline
why: A date met or missed: "met the March filing date", "hit the launch
  deadline", "missed the cutoff", "shipped by the original date", "launched on
  time" / "on schedule" / "on budget". The date itself is the baseline (a
  target or SLA is one only with its number, BaselineWords). "on time", "on
  schedule", "on budget": the plan met, named by its kind.
words: time schedule budget plan target

== date-met-at.next
rules: unquantified-result no-baseline
why: A date met or missed: "met the March filing date", "hit the launch
  deadline", "missed the cutoff", "shipped by the original date", "launched on
  time" / "on schedule" / "on budget". The date itself is the baseline (a
  target or SLA is one only with its number, BaselineWords). "hit the date
  picker bug": the noun must end its phrase.
words: by and for in on of with despite while after but so again too

== ratio-marks
rules: unquantified-result no-baseline
why: Marks right after a number that make it a percentage or a multiple,
  never a year or a label: "40%", "3 x", "2023%" (no year).
words: % x

== amount-prefixes
rules: unquantified-result no-baseline
why: Marks glued before a number that belong to the amount: "$300", "~40",
  "-84%", "+12%".
words: $ ~ - +

== from-to
rules: unquantified-result no-baseline
why: The two ends of a change told as a from-to: "from weekly to daily",
  "from a day to under an hour".
words: from to

== articles
rules: unquantified-result no-baseline
why: An article before a time unit is an amount of one: "from a week to two
  days", "instead of a day".
words: a an

== is-fraction-at.heads
rules: unquantified-result no-baseline
why: What stands before a fraction word to make it an amount: "a third",
  "one quarter".
words: a an one

== count-comparatives
rules: unquantified-result no-baseline
why: Comparatives of a count: before them only a percentage is a difference
  ("30% more orders", not "3 more engineers"), and before "than" they bound
  a number instead of comparing ("more than 300 users").
words: more less fewer

== times-marks
rules: unquantified-result no-baseline
why: A multiple: "3x faster", "2 times the throughput".
words: x times

== percent-marks
rules: unquantified-result no-baseline
why: A percentage before a comparative makes it a difference: "30% more
  orders", "40 percent fewer pages".
words: % percent

== comparison-stops
rules: unquantified-result no-baseline
why: Where a from-to stops looking back for its "from" or "to": the end of a
  sentence or clause.
words: . ;

== ordinal-suffixes
rules: unquantified-result no-baseline
why: What after digits makes a number a rank or a date, not a quantity: "1st",
 "22nd", "3rd", "4th".
words: st nd rd th

== off-schedule-at.relative
rules: unquantified-result no-baseline
why: Off-schedule words that measure against a plan only with "of" or
  "schedule" after them: "two weeks ahead of the plan", not "the week ahead".
words: ahead behind

== off-schedule-at.relative-to
rules: unquantified-result no-baseline
why: What must follow "ahead" or "behind" for the time before it to be
  measured against a plan: "ahead of", "behind schedule".
words: of schedule

== date-met-at.by
rules: unquantified-result no-baseline
why: A date met, told by what it was met before: "shipped by the original
  date", "before the cutoff".
words: by before

== date-met-at.by-date
rules: unquantified-result no-baseline
why: The date a "by" or "before" names, which makes it a baseline: "by the
  original date", "before the deadline".
words: date deadline cutoff cut-off

== arrows
rules: unquantified-result no-baseline
why: A change written with an arrow between two amounts: "1.8 s -> 280 ms".
words: -> <-

== from-baseline.earlier
rules: unquantified-result no-baseline
why: After "from" and an amount, a word that marks it as the earlier value:
  "from zero before", "from 40 a year ago", "from 12 last quarter".
words: before previously earlier ago last

== was-now.was
rules: unquantified-result no-baseline
why: A past value followed by "now" a few words on: "was 40 minutes, now 5".
words: was were

== article-unit-at.whole
rules: unquantified-result no-baseline
why: An article, one of these and a time unit is a measured stretch: "went a
  full month without a fall", "a whole week early", "passed in a single day".
  "A day" alone tells when.
words: full whole entire single

== change-by.units
rules: no-baseline
why: After "by" and an amount, what makes the amount a change's size when a
  long object sits between the change verb and "by": "reduced the time in the
  end-to-end process by 75%", "increased the share picked first time by 9
  points"; "reduced the backlog handled by 3 clerks" names who, not how much.
words: percent percentage points pp

== change-verbs.not-size
rules: no-baseline
why: Words before an amount that make it say where, for whom or which, not
  how much a change verb (change-verbs) moved: "improved reliability for
  1000+ services", "reduced errors in 3 clinics", "cut the ribbon for the 3
  new wards", "lowered costs across 4 sites". "Cut p95 by 40%" and "fell to
  11 a month" size the change; "with 2 new forms" tells how.
words: for in at across among within on the with

== change-by.approx
rules: no-baseline
why: A word of approximation between "by" and the change's size, which
  leaves the amount the size: "improved response time by about 40%", "cut
  the queue by roughly a third", "by nearly 2 hours", "by around 15 points".
words: about around roughly approximately nearly almost some approx ~ close
  to over just
