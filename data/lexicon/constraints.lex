# Constraints: limits on money, people, scope or how the goal may be
# reached. Read by the setback finder (src/text/setbacks.cc); the format
# is in data/lexicon/README.md.

== resource-nouns
rules: no-setback
why: Nouns that give a constraint stakes after a number: "19 days out", "only
  two engineers", "a $40k budget".
words: day days week weeks month months hour hours sprint sprints engineer
  engineers people person developer developers budget headcount minute minutes
  quarter night nights contractor contractors analyst analysts hands

== limit.starts
rules: no-setback
why: A limit on time, money, people or scope, told wherever it is: - a time
  box with its size: "a 72-hour window", "one maintenance window", "a two-week
  timeline"; - a time given to do something: "gave us ten business days to
  hand over the records", "had two weeks to ship"; - a resource missing: "no
  budget to hire", "no extra headcount"; - a count of people free: "one
  designer was available"; - out of the plan: "not in this sprint's scope",
  "wasn't on the roadmap"; - how it may be solved: "without interrupting the
  payroll run", when the clause states the task (a leading base verb: "Patch
  it without downtime") or an obligation ("the fix had to ship without ...").
  The words each check below starts from, looked up once. clang-format off
words: window windows timeline timeframe time-frame timebox time-box runway a
  one two three four five six seven eight nine ten twelve fifteen twenty
  thirty few before by ahead tight fixed firm strict aggressive limited
  non-negotiable immovable short capped frozen constrained scarce thin unclear
  vague ambiguous undefined fluid conflicting contradictory unknown changing
  shifting missing undocumented never new no single scope roadmap budget plan
  plans backlog headcount without during while throughout top alongside
  beside besides behind in within first know until till

== cuts-resource.resource
rules: no-setback
why: "The budget was cut by 30%", "halved the team": what is cut is a
  resource, not a cost or a latency, so the amount tells how much was lost.
words: budget budgets headcount team staff funding resources capacity
  contractors engineers timeline runway

== limit-state.limits
rules: no-setback
why: A limit or the work's inputs in a bad state, told as the situation: "the
  timeline was tight", "the budget was fixed", "the requirements were
  unclear". The subject decides: "checkout was slow" is the problem.
words: deadline deadlines timeline timelines schedule budget budgets window
  date dates staffing headcount resources runway timeframe

== limit-state.tight
rules: no-setback
why: A limit or the work's inputs in a bad state, told as the situation: "the
  timeline was tight", "the budget was fixed", "the requirements were
  unclear". The subject decides: "checkout was slow" is the problem.
words: tight fixed firm strict aggressive limited non-negotiable immovable
  short capped frozen constrained scarce thin

== limit-state.inputs
rules: no-setback
why: A limit or the work's inputs in a bad state, told as the situation: "the
  timeline was tight", "the budget was fixed", "the requirements were
  unclear". The subject decides: "checkout was slow" is the problem.
words: requirements requirement spec specs specification scope priorities
  direction goals ownership brief expectations

== limit-state.vague
rules: no-setback
why: A limit or the work's inputs in a bad state, told as the situation: "the
  timeline was tight", "the budget was fixed", "the requirements were
  unclear". The subject decides: "checkout was slow" is the problem.
words: unclear vague ambiguous undefined fluid conflicting contradictory
  unknown changing shifting missing undocumented

== limit-state.degree
rules: no-setback
why: A limit or the work's inputs in a bad state, told as the situation: "the
  timeline was tight", "the budget was fixed", "the requirements were
  unclear". The subject decides: "checkout was slow" is the problem.
words: very too extremely quite really still also already both

== kept-running.keep
rules: no-setback
why: Something that had to keep running while the work went on: "had to keep
  the legacy API alive for 40 partners during the cutover", "needed to support
  both versions while we migrated".
words: keep maintain preserve support serve run stay remain

== resource-missing.use
rules: no-setback
why: "no budget to hire", "no engineering resources", "no extra headcount".
words: need require take cost use add involve demand consume

== resource-missing.have
rules: no-setback
why: "no budget to hire", "no engineering resources", "no extra headcount".
words: budget budgets headcount resources resourcing funding funds staff
  training documentation docs instructions manual guidance equipment tools
  experience access material materials
  capacity bandwidth mandate authority engineers engineer developers people
  designer designers time help support hires contractors testers qa

== out-of-plan.plan
rules: no-setback
why: "not in current sprint scope", "wasn't on the roadmap", "out of scope".
words: scope roadmap budget plan plans backlog headcount

== obliged.must
rules: no-setback
why: A limit on how the goal may be reached: "Patch it without downtime", "the
  fix had to ship without interrupting the payroll run". In the action only
  with an obligation; never in the result, where "without" tells what did not
  happen. An obligation before `i` in the clause: "had to", "must", "needed
  to", "wanted it", "the goal was". False after a relative pronoun: "a service
  that had to run without tests" describes the service.
words: must needed need needs had has have required asked committed expected
  supposed goal aim mandate wanted want agreed

== obliged.whom
rules: no-setback
why: A limit on how the goal may be reached: "Patch it without downtime", "the
  fix had to ship without interrupting the payroll run". In the action only
  with an obligation; never in the result, where "without" tells what did not
  happen. An obligation before `i` in the clause: "had to", "must", "needed
  to", "wanted it", "the goal was". False after a relative pronoun: "a service
  that had to run without tests" describes the service.
words: to us me it them this the

== relative-pronouns
rules: no-setback
why: Relative pronouns: after one, an obligation ("a service that had to run")
  or a "without" ("a service that ran without tests") describes the noun
  before it, not a limit on the speaker's work.
words: that which who where

== limit-after-without.skip
rules: no-setback
why: What "without" keeps out says it is a limit: a harm ("without breaking",
  "without downtime", "without data loss") or a resource ("without a mandate",
  "without extra budget"). "Without any manual steps" tells a feature.
words: a an the any extra additional more new much further data our their

== limit-after-without.harm
rules: no-setback
why: What "without" keeps out says it is a limit: a harm ("without breaking",
  "without downtime", "without data loss") or a resource ("without a mandate",
  "without extra budget"). "Without any manual steps" tells a feature.
words: downtime loss disruption interruption impact access approval mandate
  authority budget headcount help support resources notice slipping funding
  staff time

== shortfall.worse
rules: no-setback
why: An attempt or plan measured short of what was needed: "the new design was
  three times slower than the old one", "took longer than planned", "40
  seconds per image, far over the 2-second budget", "ran 20% over budget".
  Domain: "an approach turned out too slow". In the action and trade-offs
  only: in the setup a gap is the problem the story solves.
words: slower worse costlier pricier heavier longer weaker riskier

== shortfall.before
rules: no-setback
why: An attempt or plan measured short of what was needed: "the new design was
  three times slower than the old one", "took longer than planned", "40
  seconds per image, far over the 2-second budget", "ran 20% over budget".
  Domain: "an approach turned out too slow". In the action and trade-offs
  only: in the setup a gap is the problem the story solves.
words: was were is are came ran got went took proved turned looked seemed
  remained stayed became been far much way even times still

== shortfall.limit
rules: no-setback
why: An attempt or plan measured short of what was needed: "the new design was
  three times slower than the old one", "took longer than planned", "40
  seconds per image, far over the 2-second budget", "ran 20% over budget".
  Domain: "an approach turned out too slow". In the action and trade-offs
  only: in the setup a gap is the problem the story solves.
words: budget budgets target targets limit limits sla slo estimate estimates
  plan deadline allowance quota cap

== shortfall.over-after
rules: no-setback
why: Before "over", what makes it a measure gone past rather than a handover:
 "20% over budget", "well over the limit".
words: % well

== only-capability.modal
rules: no-setback
why: A limit told as what was still possible: "the supplier could only ship
  half the boards", "I could only get two test phones", "the vendor would only
  add SAML in their next release" -- the positive twin of "could not". A
  purpose or relative clause ("so it would only page once", "a check that
  would only run nightly") tells a design, not a limit.
words: could can would

== only-capability.small
rules: no-setback
why: A limit told as what was still possible: "the supplier could only ship
  half the boards", "I could only get two test phones", "the vendor would only
  add SAML in their next release" -- the positive twin of "could not". A
  purpose or relative clause ("so it would only page once", "a check that
  would only run nightly") tells a design, not a limit.
words: take cost need require last mean affect touch

== only-capability.design
rules: no-setback
why: A limit told as what was still possible: "the supplier could only ship
  half the boards", "I could only get two test phones", "the vendor would only
  add SAML in their next release" -- the positive twin of "could not". A
  purpose or relative clause ("so it would only page once", "a check that
  would only run nightly") tells a design, not a limit.
words: so that which who where to

== adverse-state.stakes
rules: no-setback
why: Adjectives of a limit or a position against the plan ("hard", "tight",
  "regulatory", "behind", "against"): a setback only as a predicate ("the
  deadline was tight"), and "hard", "fixed", "firm", "strict", "legal",
  "regulatory" not even then.
words: hard tight fixed firm strict regulatory contractual legal looming
  aggressive limited full split against behind down late slow slower

== adverse-state.stakes-neutral
rules: no-setback
why: Stakes words too common in neutral use to tell an adverse state: "the
 rules were strict", "the date was fixed", "the review was legal".
words: hard fixed firm strict legal regulatory

== adverse-state.or
rules: no-setback
why: What joins two adjectives before the noun they share: "vague or shifting
 requirements", "slow and flaky tests".
words: or and
== limit-had.had
rules: no-setback
why: Words before a limit told ahead of its noun that make it the limit the
  work had: "we had a limited budget", "with a tight deadline", "given a very
  short amount of time", "on short notice", "under a fixed timeline".
words: had has have having with given got facing faced on at under

== limit-had.link
rules: no-setback
why: Words between the limit's adjective and its noun: "a short amount of
  time", "a very limited period of time".
words: amount of period

== limit-had.notice
rules: no-setback
why: Nouns a limit can be told on besides the budget and the timeline: "on
  short notice", "a very short amount of time".
words: notice time

== behind-plan.plan
rules: no-setback
why: What a plan slipping is behind: "we were behind schedule", "already
  behind plan" ("behind the timeline" reads the limit nouns too).
words: plan plans schedule

== obliged-within.within
rules: no-setback
why: Words that give an obligation its time limit: "I had to learn React in
  one week", "the report had to be rebuilt within two days".
words: in within

== double-duty.beside
rules: no-setback
why: Work fitted beside other duties: "alongside my day job", "besides my
  regular shifts" ("on top of my rotation" is read as a phrase).
words: alongside beside besides

== double-duty.owners
rules: no-setback
why: Whose other duties the work was fitted beside: "on top of my regular
  support rotation", "alongside her classes".
words: my our his her their

== double-duty.duties
rules: no-setback
why: The other duties the work was fitted beside: "on top of my regular
  support rotation", "alongside my day job", "besides my shifts".
words: job jobs role duties duty work responsibilities rotation classes
  studies school shifts workload day-job

== double-duty.while
rules: no-setback
why: A second load told with "while": "working full time while studying",
  "while raising two kids". Not "while working on the fix", which tells when.
words: studying raising parenting caring

== kept-running.open
rules: no-setback
why: The state something had to stay in while the work went on, after
  "while": "had to swap the tills while the shop stayed open", "had to do it
  while keeping the store open to customers".
words: open running live online up available operational serving trading

== halt-forbidden.verbs
rules: no-setback
why: What the team could not do to the thing it worked on: "we couldn't take
  the site down during business hours", "we could not close the clinic for
  the move". A limit on how the work may be done, in the setup too; a
  customer who could not check out is the problem told.
words: close shut take stop pause interrupt disrupt halt suspend freeze
  turn switch

== halt-forbidden.particles
rules: no-setback
why: Of those, the verbs that halt only with their particle: "take the site
  down", "turn the line off", "shut the plant down".
words: take turn switch

== halt-forbidden.down
rules: no-setback
why: The particles after halt-forbidden.particles.
words: down off offline

== shortfall.reference
rules: no-setback
why: After "worse than" (or "slower ... than"), what a result was measured
  against, which makes it an attempt that fell short: "performed worse than
  the baseline", "worse accuracy than the old rules", "slower than the
  manual process".
words: baseline baselines old previous original existing current legacy manual
  expected planned forecast benchmark target targets before naive

== attempt-failed.verbs
rules: no-setback
why: Verbs of an attempt working, negated in the action: "it didn't work",
  "that plan did not work out", "the fix never helped", "this did not
  scale".
words: work help scale solve fix improve succeed pan last

== attempt-failed.show
rules: no-setback
why: Verbs before "no" and a gain, for an attempt that moved nothing: "the
  pilot showed no improvement", "made no progress", "saw no gain".
words: show make see yield bring produce give have

== attempt-failed.gain
rules: no-setback
why: What an attempt was meant to bring, after "no": "showed no improvement",
  "made no progress", "saw no real gain".
words: improvement improvements gain gains progress benefit benefits lift uplift

== attempt-failed.degree
rules: no-setback
why: Degree words between "no" and the gain: "no measurable improvement", "no
  noticeable gain".
words: measurable noticeable significant visible meaningful clear

== only-allows.verbs
rules: no-setback
why: Verbs of what a thing or a funder allows, next to "only": "the API
  allowed only 100 calls a minute", "the grant only paid for one server",
  "our license covered only five seats", "the export only came as PDF",
  "the microcontroller had only 32 KB of RAM" ("have" with its amount).
words: allow permit support accept cover fund pay hold fit store handle offer
  provide come include have approve let

== harm-forbidden.must
rules: no-setback
why: Words of a rule the work must keep, before "not" and a harm: "must not
  disrupt morning rounds", "the change cannot affect the payroll run", "we
  can't lose a single order".
words: must mustn't cannot can't

== harm-forbidden.harm
rules: no-setback
why: Harms a rule forbids the work to cause: "must not disrupt", "cannot
  affect the payroll run", "can't lose a single order", "must not interrupt".
words: disrupt interrupt affect impact break lose delay corrupt drop miss
  slow block exceed

== estimate-off.estimates
rules: no-setback
why: Estimates that can be wrong: "my estimate was off by two weeks", "I got
  the estimate wrong", "the forecast was way off".
words: estimate estimates estimation forecast forecasts projection
  projections timeline guess numbers

== estimate-off.determiners
rules: no-setback
why: Determiners between "got"/"had" and a wrong estimate: "got the estimate
  wrong", "had my numbers wrong".
words: the my our that this

== estimate-off.degree
rules: no-setback
why: Degree words between "was" and "off": "my timeline was way off", "the
  forecast was badly wrong".
words: way far well badly completely totally also still quite very

== side-load.load
rules: no-setback
why: The speaker's own load that the work had to fit beside: "while still
  handling my regular caseload", "on top of my day job", "alongside my
  usual shifts", "beside my roadmap". Time shared, a limit with stakes.
words: caseload workload job duties roadmap classes studies shifts
  responsibilities coursework tasks projects patients clients accounts
  role day-to-day cases lessons

== side-load.own
rules: no-setback
why: The speaker's own possessive before the load ("my regular caseload"):
  someone else's load is not the speaker's limit.
words: my our

== few-in-service.states
rules: no-setback
why: After "only" and a count and a form of "be", the states that tell how
  many of something the work needs were there to use: "only two forklifts
  were working", "only one of our three ambulances was available" ("in
  service" is read as two words). How many failed ("only 2 of 40 orders were
  late") is an outcome.
words: working available free usable operational functional running open
  left online staffed

== few-in-service.staff
rules: no-setback
why: What "with half the" leaves short, besides the resource nouns: "with
  half the staff", "with half the crew".
words: staff crew team workforce nurses drivers teachers volunteers

== no-harm-with.harms
rules: no-setback
why: Harms a task must not cause, after "with zero" or "with no": "move the
  warehouse with zero downtime", "migrate the records with no data loss".
words: downtime disruption interruption outage outages data impact
  disruptions

== no-harm-with.obliged
rules: no-setback
why: Words that make a "with zero downtime" the task's rule, not a system's
  state: "my job was to move ... with zero downtime", "had to migrate ...
  with no data loss", "needed to".
words: job task goal role assignment had have has needed need needs must
  required asked

== said-no.must
rules: no-setback
why: After someone else's "said we" or "said I": a requirement or a ban laid
  on the work ("the tax team said we needed the full address", "legal said
  we couldn't keep card numbers"). Permission ("said I could") is none.
words: needed need had must couldn't cannot can't shouldn't couldnt

== resource-missing.money
rules: no-setback
why: Money missing counts only as what was left for the work: "We had no money
  left in the grant for the second printing", "no cash left for the spring
  bulbs". "The stall had no cash" is the problem a business story solves,
  and "no cash left over" a remainder (session 15).
words: money cash
