# Effort: words that tell effort offered as a virtue (late nights, weekends,
# long hours) and the contexts where it is not (a schedule, a cost). Read by
# src/lint/analysis.cc for effort-over-outcome; the format is in
# data/lexicon/README.md.

== clause-reduces.down
rules: effort-over-outcome
why: Effort said in a negation is no celebration: "no longer pulled late
  nights", "asked the team not to work weekends". Effort measured down is an
  outcome: "mandatory overtime went from 6 shifts a month to 1", "cut after-
  hours pages by 80%".
words: fell dropped decreased declined halved down eliminated reduced cut
  lower fewer less ended removed shrank

== when-a-thing-runs.slot
rules: effort-over-outcome
why: "Scheduled the batch for late nights", "moved the deploys to weekends",
  "the job was set for late nights": the phrase says when a thing runs, not
  that anyone worked then. It follows "for", "to" or "into" right after the
  object of the clause's verb, an object that names no people, or right after
  a passive participle. "Asked the team for late nights" and "stayed for late
  nights" are still effort.
words: for to into

== when-a-thing-runs.effort-verbs
rules: effort-over-outcome
why: "Scheduled the batch for late nights", "moved the deploys to weekends",
  "the job was set for late nights": the phrase says when a thing runs, not
  that anyone worked then. It follows "for", "to" or "into" right after the
  object of the clause's verb, an object that names no people, or right after
  a passive participle. "Asked the team for late nights" and "stayed for late
  nights" are still effort.
words: work stay spend put pull push give sacrifice grind

== subject-or-auxiliary.before
rules: effort-over-outcome
why: A word that may stand right before a verb of working without being
  another subject: a person ("I", "us", "one person"), an auxiliary or modal
  ("had", "would"), an adverb ("then", "really"), a connective.
words: person had have has was were would could 'd to then also and all both
  even just still often again once twice literally basically i'd we'd

== find-effort-claims.work
rules: effort-over-outcome
why: Effort offered as a virtue, read from the clause rather than a list of
  hour phrases: working on into the night or the weekend ("worked overnight",
  "stayed until 1am", "coded through the weekend"), giving everything ("gave
  it everything I had", "gave it my all") and one's own devotion ("my
  dedication to the work"). "Overnight" with no one working means "at once"
  ("adoption doubled overnight"), and a clock time alone is an incident's
  timeline ("paged at 2am"), not effort.
words: work stay toil labor labour grind slog code hack debug

== find-effort-claims.devotion
rules: effort-over-outcome
why: Effort offered as a virtue, read from the clause rather than a list of
  hour phrases: working on into the night or the weekend ("worked overnight",
  "stayed until 1am", "coded through the weekend"), giving everything ("gave
  it everything I had", "gave it my all") and one's own devotion ("my
  dedication to the work"). "Overnight" with no one working means "at once"
  ("adoption doubled overnight"), and a clock time alone is an incident's
  timeline ("paged at 2am"), not effort.
words: dedication devotion grit tenacity perseverance sacrifice sacrifices
  selflessness

== find-effort-claims.det
rules: effort-over-outcome
why: Effort offered as a virtue, read from the clause rather than a list of
  hour phrases: working on into the night or the weekend ("worked overnight",
  "stayed until 1am", "coded through the weekend"), giving everything ("gave
  it everything I had", "gave it my all") and one's own devotion ("my
  dedication to the work"). "Overnight" with no one working means "at once"
  ("adoption doubled overnight"), and a clock time alone is an incident's
  timeline ("paged at 2am"), not effort.
words: the a an this that our my their his her its of

== find-effort-claims.until
rules: effort-over-outcome
why: Effort offered as a virtue, read from the clause rather than a list of
  hour phrases: working on into the night or the weekend ("worked overnight",
  "stayed until 1am", "coded through the weekend"), giving everything ("gave
  it everything I had", "gave it my all") and one's own devotion ("my
  dedication to the work"). "Overnight" with no one working means "at once"
  ("adoption doubled overnight"), and a clock time alone is an incident's
  timeline ("paged at 2am"), not effort.
words: until till til past

== find-effort-claims.off-days
rules: effort-over-outcome
why: Effort offered as a virtue, read from the clause rather than a list of
  hour phrases: working on into the night or the weekend ("worked overnight",
  "stayed until 1am", "coded through the weekend"), giving everything ("gave
  it everything I had", "gave it my all") and one's own devotion ("my
  dedication to the work"). "Overnight" with no one working means "at once"
  ("adoption doubled overnight"), and a clock time alone is an incident's
  timeline ("paged at 2am"), not effort.
words: weekend weekends holiday holidays christmas vacation sunday sundays

== find-effort-claims.nights
rules: effort-over-outcome
why: Effort offered as a virtue, read from the clause rather than a list of
  hour phrases: working on into the night or the weekend ("worked overnight",
  "stayed until 1am", "coded through the weekend"), giving everything ("gave
  it everything I had", "gave it my all") and one's own devotion ("my
  dedication to the work"). "Overnight" with no one working means "at once"
  ("adoption doubled overnight"), and a clock time alone is an incident's
  timeline ("paged at 2am"), not effort. "day and night", "all night", "every
  night", "through the night".
words: and all every whole entire the late many most several

== find-effort-claims.during
rules: effort-over-outcome
why: Effort offered as a virtue, read from the clause rather than a list of
  hour phrases: working on into the night or the weekend ("worked overnight",
  "stayed until 1am", "coded through the weekend"), giving everything ("gave
  it everything I had", "gave it my all") and one's own devotion ("my
  dedication to the work"). "Overnight" with no one working means "at once"
  ("adoption doubled overnight"), and a clock time alone is an incident's
  timeline ("paged at 2am"), not effort.
words: in on over through during the that every all whole entire

== find-effort-claims.trigger
rules: effort-over-outcome
why: Effort offered as a virtue, read from the clause rather than a list of
  hour phrases: working on into the night or the weekend ("worked overnight",
  "stayed until 1am", "coded through the weekend"), giving everything ("gave
  it everything I had", "gave it my all") and one's own devotion ("my
  dedication to the work"). "Overnight" with no one working means "at once"
  ("adoption doubled overnight"), and a clock time alone is an incident's
  timeline ("paged at 2am"), not effort.
words: dedication devotion grit tenacity perseverance sacrifice sacrifices
  selflessness everything all overnight late night nights midnight weekend
  weekends holiday holidays christmas vacation sunday sundays hours time
  days
  exhaustion exhausted fatigue tiredness tired sick burnout ill effort efforts energy

== find-effort-claims.own-time
rules: effort-over-outcome
why: One's own time given to the work as its price: "I used my private time
  to work on it", "spent my personal time learning the algorithm",
  "sacrificed my free time". The adjective after "my" or "our", before
  "time". Where the time only sets the scene ("in my spare time I built a
  prototype", "on my own time") nothing is given up, and it is not effort.
words: own private personal spare free family

== find-effort-claims.give-time
rules: effort-over-outcome
why: The verbs that give one's own time away: "used my private time",
  "spent my personal time", "gave up my free time", "sacrificed my family
  time", "devoted my spare time".
words: use spend give sacrifice devote dedicate invest put

== find-effort-claims.late
rules: effort-over-outcome
why: Time off the clock told without a clock time: "worked overnight", "stayed
 late".
words: overnight late

== find-effort-claims.night
rules: effort-over-outcome
why: The night as time worked, when a word of find-effort-claims.nights
  stands before it: "day and night", "all night", "many late nights".
words: night nights

== modifies-a-cost-noun.nouns
rules: effort-over-outcome
why: Effort not celebrated: negated ("no longer pulled late nights", "asked
  the team not to work weekends"), measured down, said of machines, or the
  time a thing was set to run. "the overtime budget", "overtime pay": the
  effort word names a cost or a rule, not hours anyone celebrates.
words: budget budgets pay payments cost costs spend spending bill bills policy
  policies rules rule rate rates claims approval approvals allowance premium
  premiums line expense expenses request requests limit limits cap caps

== effort-phrases
rules: effort-over-outcome
why: Effort offered as a virtue: "late nights", "all-nighters", "worked
  through the weekend", "60-hour weeks". "*" is any one word, "#" any number,
  "*-hour" a word or number ending in "-hour".
phrases:
  all-nighter
  all-nighters
  all nighter
  all nighters
  pulled an all
  late nights and weekends
  late nights
  late night
  long nights
  long hours
  long days
  extra hours
  overtime
  nights and weekends
  burned the candle at both ends
  burning the candle at both ends
  burn the candle at both ends
  was the last one to leave
  was the last to leave
  always the last one to leave
  always the last to leave
  worked harder than anyone
  worked harder than everyone
  work harder than anyone
  working harder than anyone
  long shifts
  extra shifts
  through my lunch
  through lunch
  worked evenings
  working evenings
  spent every evening
  spent my evenings
  spent every weekend
  spent every night
  evenings and weekends
  my weekends
  our weekends
  their weekends
  every weekend
  whole weekend
  entire weekend
  gave up my weekend
  worked weekends
  worked the weekend
  worked through the weekend
  working weekends
  weekends too
  through the night
  through the nights
  around the clock
  midnight oil
  worked really hard
  worked very hard
  worked so hard
  worked incredibly hard
  worked extremely hard
  worked hard
  working hard
  work really hard
  work very hard
  work so hard
  working very hard
  working so hard
  working really hard
  worked tirelessly
  tirelessly
  hard work
  sweat and tears
  sleepless
  no sleep
  barely slept
  hardly slept
  didn't sleep for
  did not sleep for
  up all night
  pushed myself to the limit
  lost sleep
  how much i put
  how much effort
  how hard i
  how hard we
  grinded
  hustled
  powered through
  pushed through the night
  sacrificed my
  sacrificed our
  burning the candle
  put in the hours
  put in extra
  *-hour weeks
  *-hour days
  *-hour shifts
  # hour weeks
  # hour days
  double shifts
  double shift
  slept at the office
  slept in the office
  sleeping at the office
  slept under my desk
  gave up my holidays
  gave up my holiday
  gave up my vacation
  gave up our holidays
  cancelled my vacation
  canceled my vacation
  cancelled my holiday
  canceled my holiday
  skipped my vacation
  round the clock
  crunch time
  lived at the office
  living at the office
  practically lived
  practically moved into
  moved into the office
  basically lived
  hours straight
  days straight
  nights straight
  # hours straight
  # days straight
  skipped meals
  skipped lunch
  skipped dinner
  skipping meals
  night after night
  weekend after weekend
  seven days a week
  first in and the last out
  first one in and last one out
  first one in and the last one out
  first to arrive and last to leave
  first to arrive and the last to leave
  worked nights
  working nights
  pulled all-nighters
  on my vacation
  during my vacation
  from my vacation
  on my honeymoon
  at my * wedding
  until # am
  until #am
  till # am
  every night until
  stayed every night
  above and beyond
  the extra mile
  an extra mile
  heart and soul
  put my heart into
  poured my heart into
  put my heart and soul
  sacrificed sleep
  sacrificing sleep
  last one out
  last to leave
  first in and last out
  stay every night
  stayed late every
  stay late every
  stayed until midnight
  until midnight every
  every waking hour
  without a break
  no days off
  never logged off
  blood, sweat
  my days off
  my day off
  our days off
  countless hours
  endless hours
  countless nights
  sleepless nights
  worked nonstop
  working nonstop
  worked non-stop
  working non-stop
  working tirelessly
  gave # %
  give # %
  giving # %
  gave # percent
  left late
  leaving late

== machine-phrases
rules: effort-over-outcome
why: Effort phrases that also describe machines or opening hours: "test
  environments ran around the clock" and "the store now opens seven days a
  week" are no one's effort. One of these counts only when a person (the
  speaker, "we", someone named) acts in its clause.
phrases:
  seven days a week
  around the clock
  round the clock
  through the night
  through the nights
  long hours
  long days

== late-hour-at.am
rules: effort-over-outcome
why: The morning suffixes of a clock time; 12am to 5am is late at night:
  "stayed until 2am", "worked till 1 a.m.".
words: am a.m a

== late-hour-at.pm
rules: effort-over-outcome
why: The evening suffixes of a clock time; 10pm and 11pm are late at night:
  "stayed until 11pm".
words: pm p.m p

== late-hour-at.named
rules: effort-over-outcome
why: A late hour told by its name rather than a clock time: "worked until
 midnight". A word added here also needs to be in find-effort-claims.trigger
 for the finder to stop at it.
words: midnight

== long-day-at.per
rules: effort-over-outcome
why: "12 hours a day", "14 hours per night", "70 hours every week": the word
  between the hours and the day or week.
words: a per each every

== long-day-at.day
rules: effort-over-outcome
why: A working day (or night) of hours: 10 to 24 hours a day is far past the
  usual one ("12 hours a day"); a week is judged on its own (50 hours up).
words: day night

== find-effort-claims.own
rules: effort-over-outcome
why: The speaker's own devotion: "my dedication to the work", "gave it our
  all".
words: my our

== find-effort-claims.tired
rules: effort-over-outcome
why: One's own exhaustion or illness worked through, offered as a virtue:
  "I pushed through exhaustion to finish the count", "kept working even
  when I was sick", "carried on despite the fatigue". A person who was
  tired with nothing carried on ("the night nurse was exhausted and
  missed a dose") is a setback, not effort celebrated.
words: exhaustion exhausted fatigue tiredness tired sick burnout ill

== find-effort-claims.endure
rules: effort-over-outcome
why: Verbs of carrying on that make find-effort-claims.tired a virtue, with
  "through", "despite" or "even when" before the tiredness: "pushed
  through", "kept working despite", "powered through".
words: push power work keep carry soldier battle fight press grind continue
  plough plow slog

== find-effort-claims.amount
rules: effort-over-outcome
why: Effort told by its size, offered as the reason it worked: "I put in a
  tremendous amount of effort", "poured all my energy into it", "my
  relentless effort". "It took a lot of effort to get the data, so I
  automated it" is a cost, with no one putting it in, and stays silent.
words: lot tremendous extra huge massive enormous countless much all every
  relentless tireless tirelessly unwavering immense incredible hard great
  endless sheer

== find-effort-claims.put
rules: effort-over-outcome
why: Verbs that put one's effort into the work (find-effort-claims.amount):
  "put in", "poured", "invested", "devoted", "threw".
words: put pour invest devote throw

== find-effort-claims.display
rules: effort-over-outcome
why: Verbs that show one's own devotion (find-effort-claims.devotion) as a
  quality: "I showed great dedication", "demonstrated real grit".
words: show demonstrate display

== find-effort-claims.cause
rules: effort-over-outcome
why: Words that open effort offered as the cause of the result, when a size
  (find-effort-claims.amount) comes before the effort: "after nearly two
  weeks of hard effort, the issue was resolved", "through sheer effort and
  dedication", "after months of hard effort the shop passed inspection". "It
  cut the manual effort by half" and "without much effort" open no cause.
words: after through thanks via by amid because

== find-effort-claims.new-subject
rules: effort-over-outcome
why: After a sized effort (find-effort-claims.cause), words that open the
  clause it caused, when no comma marks it: "after months of hard effort the
  shop finally passed inspection", "through sheer effort we got the depot
  back". "The hard effort estimate" goes on naming a thing.
words: the a an i we it they he she my our

== find-effort-claims.quit
rules: effort-over-outcome
why: Verbs of quitting that, negated with the speaker or the team as subject
  and nothing quit as their object, offer perseverance as the virtue: "I
  never gave up, even when...", "did not rest until it was finished", "we
  never stopped until the last crate was in", "never let up". "Never gave up
  the spare key", "did not rest the dough" and "never stopped to check" quit
  or rest a thing, or say what for.
words: give quit stop rest relent slacken let

== find-effort-claims.quit-particle
rules: effort-over-outcome
why: The particle some find-effort-claims.quit verbs need to mean quitting:
  "give up", "let up".
words: up

== find-effort-claims.quit-after
rules: effort-over-outcome
why: What may follow a negated find-effort-claims.quit verb and keep it
  perseverance: the clause ends, or "until" the work was done, "even when",
  "despite", "though", "on" what was not given up ("never gave up on the
  bid"), "and" another clause, "once".
words: until till til even despite though on and once when

== find-effort-claims.resolve
rules: effort-over-outcome
why: One's own resolve said never to have wavered: "my commitment never
  wavered", "our determination never faltered". With "my" or "our" before
  it; "the vendor's commitment" is theirs.
words: commitment determination resolve focus dedication motivation drive

== find-effort-claims.waver
rules: effort-over-outcome
why: Verbs that, negated after find-effort-claims.resolve, offer the resolve
  as the virtue: "never wavered", "never faltered", "never dropped".
words: waver falter wane slip flag dip drop

== find-effort-claims.negation
rules: effort-over-outcome
why: The negations that may open perseverance (find-effort-claims.quit),
  besides a word ending in "n't": "never gave up", "did not rest until".
words: never not
