# Clause words: the small words the setback finder (src/text/setbacks.cc)
# reads to find who acts, what a relative clause covers and where a clause
# turns. They are grammar cues, kept here so they can be read in one place;
# the format is in data/lexicon/README.md.

== contrast-words
rules: no-setback
why: Words that turn a clause against what came before ("but", "however",
  "unfortunately"): in the setup, a "could not" after one is a setback rather
  than the problem the story solves.
words: but however although though despite yet unfortunately except whereas

== anaphoric
rules: no-setback
why: A word that refers back ("it", "this", "which"): "this cut p95" is an
  outcome of the speaker's own move, not an obstacle.
words: it this that which these those doing

== local-actor.stops
rules: no-setback
why: Who does the verb at i: the words between it and the nearest clause
  boundary before it. "found that a font download blocked the first frame" is
  the download's doing, whatever the clause opened with.
words: that and but , when because so while as after before until once if then
  since where find found finds discover discovered realize realized realised
  notice noticed saw see learned learnt showed show told said say heard knew
  know thought think assumed confirmed checked check measured proved meant

== local-actor.filler
rules: no-setback
why: Who does the verb at i: the words between it and the nearest clause
  boundary before it. "found that a font download blocked the first frame" is
  the download's doing, whatever the clause opened with.
words: had has have was were also then just quickly suddenly already would
  could did not never eventually finally still again unexpectedly

== local-actor.relative
rules: no-setback
why: A relative pronoun before the verb: someone other than the speaker acts
 ("legal, who refused", "a vendor which dropped support").
words: who which

== local-actor.speaker
rules: no-setback
why: The speaker as the subject of the verb that follows: "I", "me" ("my
 manager and me").
words: i me

== local-actor.lead
rules: no-setback
why: After a team word, a word that makes it a person or a possession, not the
 team acting: "the team lead", "the team's wiki".
words: lead 's

== local-actor.team-determiners
rules: no-setback
why: Before "team", the words that keep it the speaker's own team ("the team",
 "our team", "my team", "the whole team"): any other word before it ("the
 platform team") names another team, which acts on its own.
words: the our my whole

== contact-relative.not-noun
rules: no-setback
why: A relative clause without "that", between a noun and its verb: "the
  vendor we picked deprecated the API", "the contractor we relied on took a
  job". The pronoun at `k` has its own verb right after it, and the verb at
  `i` follows at once (or after one particle), so the pronoun is not the
  subject of `i`.
words: and then so but also just that which when after before once if

== contact-relative.particles
rules: no-setback
why: A relative clause without "that", between a noun and its verb: "the
  vendor we picked deprecated the API", "the contractor we relied on took a
  job". The pronoun at `k` has its own verb right after it, and the verb at
  `i` follows at once (or after one particle), so the pronoun is not the
  subject of `i`.
words: on with for to from in up out about

== negated-by-other.not
rules: no-setback
why: "The hosting plan did not allow it", "the vendor doesn't support
  webhooks", "the part was not in stock": someone else's no.
words: didn't doesn't wasn't weren't hadn't isn't aren't won't wouldn't don't
  didnt doesnt wasnt werent hadnt isnt arent wouldnt dont

== negated-by-other.aux
rules: no-setback
why: "The hosting plan did not allow it", "the vendor doesn't support
  webhooks", "the part was not in stock": someone else's no.
words: did does was were had is are would will do

== describes-object.habit
rules: no-setback
why: A habit told in a relative clause on what the speaker works on: "I
  replaced the cron jobs that kept failing", "interviewed customers who had
  churned". The object's description is the problem; "I shipped the release
  that broke checkout" (an event) is still a setback.
words: kept keeps were was had have has often always constantly frequently
  regularly repeatedly usually sometimes occasionally still

== describes-object.rel
rules: no-setback
why: A habit told in a relative clause on what the speaker works on: "I
  replaced the cron jobs that kept failing", "interviewed customers who had
  churned". The object's description is the problem; "I shipped the release
  that broke checkout" (an event) is still a setback.
words: that which who

== describes-object.not-noun
rules: no-setback
why: A habit told in a relative clause on what the speaker works on: "I
  replaced the cron jobs that kept failing", "interviewed customers who had
  churned". The object's description is the problem; "I shipped the release
  that broke checkout" (an event) is still a setback.
words: i we to would will can could did so and but

== relative-between.rel
rules: no-setback
why: A relative pronoun between the subject and the verb at `i`: "I joined a
  team whose suite took an hour and failed" -- the suite failed.
words: whose which that who where

== goal-before.goal
rules: no-setback
why: "My goal was to cut ...", "the task was to limit ...": an infinitive in a
  goal the speaker owns.
words: goal task job aim mission objective role plan responsibility mandate
  target

== negated-past
rules: no-setback
why: Contracted negations of "do" and "be" before a capability: "didn't",
  "wasn't" ("the vendor didn't support SSO").
words: didn't doesn't wasn't weren't didnt doesnt wasnt werent

== do-be-aux
rules: no-setback
why: Forms of "do" and "be" that carry a following "not" ("the build was not
  able to", "it did not scale").
words: did does was were

== have-forms
rules: no-setback
why: Forms of "have": "had not yet" is no incapacity; "had no way to" is one;
  "had to" is an obligation.
words: had has have

== team-subjects
rules: no-setback
why: Subjects that tell the speaker's own team acting ("we", "the team",
  "everyone"), not someone against the plan.
words: we team everyone

== have-or-d
rules: no-setback
why: Forms of "have" before a skill gap: "had never used Terraform", "I'd
  never touched Go".
words: had have 'd

== skill-gap.experience
rules: no-setback
why: Adjectives before "experience" in a skill gap: "no prior experience", "no
  real experience".
words: prior previous real

== kept-running.during
rules: no-setback
why: Words that tell the work happened while something had to keep running:
  "during business hours", "while the store stayed open".
words: during while throughout

== due-by.before
rules: no-setback
why: Words that start a due date: "before the audit", "by Friday", "ahead of
  the launch".
words: before by ahead

== due-by.not-dates
rules: no-setback
why: Deadline nouns that after "before" or "by" name a piece of work or a
 happening, not a date someone requires: "before the migration", "by the
 event".
words: migration event

== due-by.end
rules: no-setback
why: The end of a period named as the due date: "had to finish the reports by
  the end of my shift", "needed it before the end of the quarter".
words: end close

== time-box.had
rules: no-setback
why: Words before a time box that make it the limit the work had: "had one
  window", "only a two-week timeline", "got one weekend".
words: had only just got

== be-forms
rules: no-setback
why: Forms of "be" after a count of people: "one designer was available".
words: was were is are

== out-of-plan.in
rules: no-setback
why: Prepositions before a plan noun: "not in this sprint's scope", "wasn't on
  the roadmap".
words: in on into

== out-of-plan.not
rules: no-setback
why: Negators that put the work outside the plan: "not in scope", "wasn't on
  the roadmap", "never planned".
words: not wasn't weren't isn't never

== obliged.itself
rules: no-setback
why: Words that tell an obligation by themselves, with no "to" after them:
  "must", "the goal", "the aim", "a mandate".
words: must goal aim mandate

== nobody-can.aux
rules: no-setback
why: Auxiliaries after "nobody": "nobody had touched it", "no one was able
  to".
words: had has was were is

== person-away.future
rules: no-setback
why: Words before a leave that is still ahead ("was going to leave", "would be
  out"), told as a risk.
words: to would will

== time-left.before
rules: no-setback
why: Words after an amount of time that make it time left: "two days before
  the launch", "a week until the audit", "ten days to go".
words: before until to

== adverse-event.noun-determiners
rules: no-setback
why: Determiners before a noun read as an event: "the crash", "a cut", "our
  rollback".
words: the a an our its

== speaker-or-we
rules: no-setback
why: The speaker or the team named as a subject: "I", "we". A cue said of them
  is the speaker's own move, not an obstacle.
words: i we

== none-words
rules: no-setback
why: Words that deny a quantity before a noun: "no incidents", "zero
  downtime".
words: no zero

== possessive-marks
rules: no-setback
why: Possessive marks after a noun ("the platform team's wiki", "the vendors'
  API"): the noun before them modifies, it is not the subject.
words: ' 's

== local-actor.prepositions
rules: no-setback
why: A team word after one of these ends a phrase that follows the subject,
  not the subject: "the senior engineer on the team refused", "one of our
  team pushed back".
words: on of in from across within at for with

== local-actor.phrase-determiners
rules: no-setback
why: Determiners between the preposition and the team word: "on the team",
  "of our team", "from my team".
words: the our my whole

== unreal.condition
rules: no-setback
why: Words that open a condition: what follows might happen, it did not ("if
  the canary failed we would fall back", "a rollback script in case the
  migration failed", "unless the vendor is late"). "case" counts after "in".
words: if unless case whether

== unreal.purpose
rules: no-setback
why: Words that open what a move is for, so what follows is kept from
  happening: "made sure nothing would break", "ensured the release would not
  slip", "so that nothing would be missed at handover". "sure" counts after
  a form of "make".
words: sure ensure ensures ensured ensuring that

== unreal.make
rules: no-setback
why: The forms of "make" before "sure": "made sure", "to make sure".
words: make makes made making

== unreal.modals
rules: no-setback
why: Modals that put a clause in what might be: after "so" ("so users would
  not see crashes") they make it a purpose, and between a condition and a
  cue ("if we missed the date we would lose the contract") they mark the
  consequence, which is told as a stake. "could" is left out after a bare
  "so": "the API broke so we could not ship" is a result.
words: would will might can 'd 'll wouldn't won't can't may should shouldn't

== unreal.could
rules: no-setback
why: The modals that count only after "so that" or a wh-word ("so that a
  crash could not double-charge anyone", "asked what could go wrong"), not
  after a bare "so", where they tell a result ("so we could not ship").
words: could couldn't

== plain-words.starts
rules: no-setback
why: The words the setback finder's plain-word checks start from, looked up
  once a token: "only" (what a thing allows), a rule's "must not" or
  "cannot", a negation or "no" (an attempt that did not work, a gap in
  knowledge), "against", "kept", "due", an estimate, a penalty, a verb that
  moves a date.
words: only must mustn't cannot can't didn't doesn't wasn't weren't hadn't
  isn't aren't won't wouldn't don't did does was were had is are would will
  do never not no but zero little limited minimal unfamiliar familiar against
  kept keeps due estimate estimates estimation forecast forecasts projection
  projections timeline guess numbers penalty penalties fine fines lawsuit
  lawsuits sanction sanctions moved moves brought brings pulled pulls pushed
  pushes otherwise or still top alongside beside besides half said says

== unreal.removal
rules: no-setback
why: Removals that, said of a thing with "that can be" / "which could be",
  name an opportunity the speaker found, not a setback: "dependencies that
  can be deleted", "reports that could be retired", "tables that can be
  dropped". A harm said so ("records which could be lost") is still a risk
  (session 15).
words: delete remove drop retire cut deprecate decommission archive trim
  merge consolidate

== unreal.possible
rules: no-setback
why: Modals of possibility between a relative pronoun and "be" + a removal:
  "that can be deleted", "which could be retired" (session 15).
words: can could may might

== obliged.role
rules: no-setback
why: The speaker's role named as the task, before a form of "be" and "to":
  "My task was to find a way to compress it without paying for the
  software", "my job was to move the clinic without buying new software".
  An obligation like "had to"; "I finished the task without help" names no
  obligation (session 15).
words: task job assignment responsibility brief mission

== solved-without.causative
rules: no-setback
why: A task told as an order with a causative verb, whose participle is the
  object's, not a verb told in the past: "Get the flyers printed without
  paying for a designer", "have the van repaired without a loan"
  (session 15).
words: get have

== keeps-out.let
rules: no-setback
why: After "rather than" / "instead of": letting a harm through, which makes
  the verb before it a safeguard: "rejected the response rather than let a
  wrong answer through", "instead of allowing bad rows in" (session 15).
words: let letting allow allowing pass passing

== keeps-out.speaker
rules: no-setback
why: After "rather than letting": the speaker or their team let do something,
  which keeps out no harm: "deprecated the API rather than letting us pin the
  old version" is still a move against the work (session 15).
words: us me our my we

== present-passive.aux
rules: no-setback
why: The present passive a note uses to tell what its build does: "Added
  validation rules so bad rows are rejected", "so the order gets stopped".
  After the speaker's own verb and "so", a design, not an event.
words: is are gets get

== expect-misspelt.not
rules: no-setback
why: A negation before "except to", which makes it "expect" misspelt: "they
  didn't except to have this" (a second-language writer's typo), not a
  contrast.
words: didn't don't doesn't never not wasn't weren't

== state-found.turns
rules: no-setback
why: Words that make a clause after a diagnosis and "and" a new event, not the
  state the check found: "and then the supplier refused", "and suddenly the
  line stopped", "and the boiler failed again".
words: then suddenly again later next still unfortunately but however
  afterwards meanwhile
