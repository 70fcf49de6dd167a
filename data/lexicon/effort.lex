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
  weekends holiday holidays christmas vacation sunday sundays hours

== modifies-a-cost-noun.nouns
rules: effort-over-outcome
why: Effort not celebrated: negated ("no longer pulled late nights", "asked
  the team not to work weekends"), measured down, said of machines, or the
  time a thing was set to run. "the overtime budget", "overtime pay": the
  effort word names a cost or a rule, not hours anyone celebrates.
words: budget budgets pay payments cost costs spend spending bill bills policy
  policies rules rule rate rates claims approval approvals allowance premium
  premiums line expense expenses request requests limit limits cap caps
