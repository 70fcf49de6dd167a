# Adversity: words that tell something going wrong, or a problem, in a
# story's setup, action or result. Read by the setback finder
# (src/text/setbacks.cc); the format is in data/lexicon/README.md.

== adverse-verbs
rules: no-setback
why: Verbs that tell something going wrong whoever the subject is: "the import
  broke", "I missed the date", "a dependency slipped".
words: fail break crash stall leak slip miss lose regress corrupt degrade
  spike collapse jam overload overrun expire struggle backfire misfire exhaust
  outgrow underestimate overlook misjudge misread double-charge deadlock choke
  overflow saturate throttle flake drift wedge error time-out brown
  underperform stagnate plateau worsen balloon explode skyrocket surge hang
  die freeze delay postpone slow stop abandon churn lag stale bounce
  undercount overcount duplicate misroute drop disappoint confuse frustrate
  annoy hurt harm damage complicate derail jeopardize endanger threaten sink
  kill crater tank steal

== opposing-verbs
rules: no-setback
why: Verbs that tell an obstacle when someone else does them, or in the
  passive: "the vendor deprecated the API", "the budget was cut". Said of the
  speaker ("I cut the scope") they are the speaker's own decision.
words: block refuse reject deny veto object disagree overrule quit resign
  criticize criticise
  leave deprecate cut cancel change shift warn threaten complain escalate
  question challenge doubt resist oppose cap limit restrict slash shrink
  reassign reorganize revoke withdraw balk insist pivot sunset retire halve
  remove discontinue suspend pause lay push pull flag fine rule ban forbid
  prohibit mandate require announce raise promise overpromise yell shout
  scream argue insult

== outside-moves
rules: no-setback
why: Verbs that are a setback only as someone else's move with a clear object
 or particle ("the vendor dropped support", "legal required a review"), never
 as an adverse event on their own.
words: drop stop slow remove pause raise flag require announce mandate rule fine push pull lay back

== outside-moves.bare
rules: no-setback
why: Words before one of those verbs that leave it without a move: a manner
 or a condition ("added each service as required", "escalate if flagged"),
 not someone else acting on the work. The infinitive after one ("the module
 was only required to support one client") is an obligation, the task.
words: as if when where whenever unless than

== outside-moves.phrasal
rules: no-setback
why: Of those, the verbs that count only with their particle, through
 phrasal-setbacks ("pushed back", "laid off", "backed out").
words: push pull lay back

== outside-moves.symptoms
rules: no-setback
why: Of those, the verbs that in what the speaker investigated tell the
 symptom, not a setback: "investigated why users were dropping off".
words: drop stop slow

== amount-verbs
rules: no-setback
why: Of the opposing verbs, those that also describe an improvement when a
  number follows ("cut p95 by 40%", "limit retries to 3").
words: cut slash shrink halve drop change shift reduce remove slow stop pull
  push

== phrasal-setbacks
rules: no-setback
why: A verb and the particle after it that together tell something going
 wrong: "pushed back", "ran out", "dried up", "went down", "fell behind", "hit
 a wall". One pair a line: the verb (its lemma), a space, the particle.
phrases:
  push back
  push out
  pull out
  back out
  run out
  dry up
  go down
  go offline
  go dark
  go wrong
  go sideways
  go bankrupt
  fall behind
  fall over
  fall through
  fall apart
  blow up
  time out
  hit a
  hit the
  hit an
  hit our
  hit its
  hit their
  turn out
  pass away
  shut down
  lay off
  rule out

== phrasal-setbacks.causes
rules: no-setback
why: Phrasal verbs that, in what the speaker found, tell the cause found
 rather than a setback met: "found the query timed out", "saw the job blew
 up".
words: time blow go fall hit turn

== phrasal-setbacks.states
rules: no-setback
why: Phrasal verbs that, in a clause describing an object, tell what the
 object did before the speaker's move: "replaced the job that kept timing
 out".
words: time blow go fall

== problem-nouns
rules: no-setback
why: Nouns that name a problem when they head their phrase ("an outage", "a
  bug in the retry path"), not when they modify the next noun ("bug bash",
  "crash-rate dashboard", "risk review").
words: outage outages incident incidents bug bugs failure failures regression
  regressions crash crashes leak leaks setback setbacks blocker blockers risk
  risks constraint constraints shortage conflict conflicts disagreement
  objection objections pushback complaint complaints escalation escalations
  problem problems vulnerability vulnerabilities breach bottleneck bottlenecks
  delay delays slip layoff layoffs reorg attrition turnover concern concerns
  skepticism resistance doubt doubts defect defects deficit mistake mistakes
  error errors freeze catch snag hiccup headwind headwinds dispute glitch flaw
  fault faults
  timeouts timeout backlash obstacle obstacles challenge hurdle hurdles
  downtime deadlock spike surge drop cut cuts churn penalty penalties fine
  fines violation violations veto rejection miss misses overrun exception
  exceptions lawsuit recall rollback rollbacks fire flakiness contention
  discrepancy discrepancies mismatch gap trade-off tradeoff stall dependency
  bankruptcy departure resignation audit friction pressure tension tensions
  miscommunication disagreements politics

== adverse-adjectives
rules: no-setback
why: Adjectives that tell an adverse state: "the feed was stale", "a flaky
  suite". Those in the first list count in front of a noun too.
words: stale flaky broken corrupt corrupted unreliable unstable inconsistent
  wrong missing incompatible failing crashing leaking overloaded skeptical
  frustrated angry furious outdated unusable unsupported malformed duplicated
  blocked stuck unexpected late overdue behind unavailable down offline
  saturated exhausted expired reluctant worried concerned unhappy upset
  understaffed short-staffed slow slower noisy impossible infeasible
  insufficient inadequate lost unclear ambiguous vague contradictory
  conflicting unrealistic unknown undocumented untested fragile brittle risky
  tight hard strict fixed immovable non-negotiable firm regulatory contractual
  legal looming aggressive sick unresponsive hostile opposed against split
  divided full maxed capped throttled limited constrained scarce weak poor
  expensive costly unaffordable worse duplicate complicated difficult tricky
  painful messy flat dead disappointing hesitant bad
  resistant defensive rude uncooperative unwilling dismissive

== attributive-adverse
rules: no-setback
why: Adjectives that tell an adverse state when they stand before a noun
  ("stale data", "a flaky test", "missing rows"), as well as after a linking
  verb.
words: stale flaky broken corrupt corrupted unreliable unstable inconsistent
  wrong missing incompatible failing crashing leaking overloaded skeptical
  frustrated angry furious malformed duplicated unexpected unresponsive
  hostile undocumented conflicting contradictory duplicate flat dead vague
  ambiguous unrealistic

== linking
rules: no-setback
why: Verbs that link a subject to its state: "was stale", "went offline".
words: was were is are been be became become becomes got gets went goes seemed
  seems looked remained stayed turned grew proved proving being felt sounded
  came wasn't weren't isn't aren't running ran

== adverse-event.aspect
rules: no-setback
why: Verbs before a gerund that keep it an event ("kept failing", "started
 timing out", "began dropping"), unlike a word that makes it a state or a
 means ("a failing test", "after dropping X").
words: kept started began

== head-followers
rules: no-setback
why: Words that, right after a problem noun, show it heads its phrase: a verb,
  a preposition, a relative pronoun, punctuation. Any other word makes the
  noun a modifier ("bug bash").
words: in on at of for from to with that which who where when and or but so
  because as after before during until since while than if by into across
  through around between about over under was were is are had has have would
  could might will can may kept meant left took made hit put cost threatened
  forced caused blocked broke stopped delayed surfaced appeared showed started
  began got went came then also still again just only here there now too
  itself within among inside

== topic-words
rules: no-setback
why: Words before a problem noun that make it a topic, not an event: "runbooks
  for incidents", "a talk on outages".
words: for on about of per against avoid avoids avoided avoiding prevent
  prevents prevented preventing minimize minimized lower lowered reduce
  reduced fewer less potential possible any future low lower-risk low-risk
  track tracked tracking triage triaged log logged fix fixed fixing close
  closed file filed dropped drop cut eliminated eliminate removed halved zero
  no without address addressed addressing solve solved solving tackle
  tackled tackling resolve resolved resolving mitigate mitigated mitigating
  understand understood discuss discussed document documented assess assessed
  map mapped list listed review reviewed

== no-problem-at.modifiers
rules: no-setback
why: "no outage", "zero new incidents", "no regressions in the release": what
  follows "no" at `i` is the absence of a problem, which is no setback ("there
  were no complaints"), unlike a missing capability ("the vendor had no
  connector") or a problem noun that modifies another ("no rollback plan").
words: major new serious significant customer-facing user-facing further
  reported real unplanned critical more other p1 sev1 sev-1

== no-problem-at.after-head
rules: no-setback
why: "no outage", "zero new incidents", "no regressions in the release": what
  follows "no" at `i` is the absence of a problem, which is no setback ("there
  were no complaints"), unlike a missing capability ("the vendor had no
  connector") or a problem noun that modifies another ("no rollback plan").
words: in on at for during after and or since across from to until while when
  with because this that all again were was

== negated-capability.modal
rules: no-setback
why: "couldn't", "could not", "unable", "had no", "there was no", "lacked".
words: couldn't can't cannot wouldn't won't didn't doesn't wasn't weren't
  unable lacked lacking lacks impossible couldnt wouldnt didnt doesnt wasnt
  werent

== negated-capability.could
rules: no-setback
why: "couldn't", "could not", "unable", "had no", "there was no", "lacked".
words: could would did does was were had has have can

== negated-capability.after
rules: no-setback
why: "couldn't", "could not", "unable", "had no", "there was no", "lacked".
words: work scale enough able fit hold have exist support respond ready

== negated-capability.too
rules: no-setback
why: "couldn't", "could not", "unable", "had no", "there was no", "lacked".
words: slow expensive late risky big large many much costly complex few little
  small short long heavy fragile noisy

== negated-capability.there-be
rules: no-setback
why: A lack told as "there was no ..." / "there were no ...": the forms of
 "be" after "there".
words: was were

== negated-capability.not-what
rules: no-setback
why: What follows "not" to tell something could not be done or was short: "not
 enough engineers", "not possible in the time".
words: enough possible

== risked-harm.risk
rules: no-setback
why: What was at stake, told as a risk run, with the harm as a gerund: "any
  prolonged blocker risked losing the deal", "the change risks breaking
  checkout". The verb forms; the noun ("a risk review") is read elsewhere.
words: risk risked risks risking

== risked-harm.noun-before
rules: no-setback
why: Words before "risk" that make it a noun, not a risk run: "a risk",
  "the risks", "high risk".
words: a an the no high low any some this that our their its

== risked-harm.harms
rules: no-setback
why: Harms a risk run names besides the adverse verbs: "risked losing",
  "risked delaying", "risked breaching".
words: lose delay breach damage disrupt corrupt expose alienate

== over-head.ask
rules: no-setback
why: A decision taken over the speaker's head: "Decision made without
  consulting me", "changed the plan without telling us".
words: consulting asking telling informing involving

== over-head.us
rules: no-setback
why: The speaker or the team left out of a decision: "without consulting
  me", "without telling us".
words: me us

== negated-capability.fix-step
rules: no-setback
why: A step of the fix that could not be done, told in the setup: "Unable
  to reproduce in other environments", "we could not replicate it on
  staging". It stood in the way of the fix, so it is a setback there, where
  a plain "could not" ("customers could not log in") is the problem the
  story solves.
words: reproduce replicate repro diagnose debug pinpoint

== traced.trace
rules: no-setback
why: Where the speaker's diagnosis starts: "Traced the slowdown to a report
  scanning the whole ledger", "pinpointed the leak in the image cache". What
  follows is the cause found, which is the problem, not a setback.  Also the
  cause named ("the root cause was", "the culprit was"), and what the speaker
  found told as a state ("found that the calls were synchronous", "discovered
  the cache was stale", "saw timeouts from the gateway"). Something new found
  ("found a bug in the retry path") is still an event on the way.
words: trace pinpoint isolate root-cause diagnose bisect investigate debug
  troubleshoot analyze analyse examine check profile inspect

== traced.see
rules: no-setback
why: Where the speaker's diagnosis starts: "Traced the slowdown to a report
  scanning the whole ledger", "pinpointed the leak in the image cache". What
  follows is the cause found, which is the problem, not a setback.  Also the
  cause named ("the root cause was", "the culprit was"), and what the speaker
  found told as a state ("found that the calls were synchronous", "discovered
  the cache was stale", "saw timeouts from the gateway"). Something new found
  ("found a bug in the retry path") is still an event on the way.
words: find discover realize realise notice see identify spot observe
  determine confirm uncover learn

== traced.new
rules: no-setback
why: Where the speaker's diagnosis starts: "Traced the slowdown to a report
  scanning the whole ledger", "pinpointed the leak in the image cache". What
  follows is the cause found, which is the problem, not a setback.  Also the
  cause named ("the root cause was", "the culprit was"), and what the speaker
  found told as a state ("found that the calls were synchronous", "discovered
  the cache was stale", "saw timeouts from the gateway"). Something new found
  ("found a bug in the retry path") is still an event on the way.
words: a an one two three another several some many multiple new

== traced.forms
rules: no-setback
why: Where the speaker's diagnosis starts: "Traced the slowdown to a report
  scanning the whole ledger", "pinpointed the leak in the image cache". What
  follows is the cause found, which is the problem, not a setback.  Also the
  cause named ("the root cause was", "the culprit was"), and what the speaker
  found told as a state ("found that the calls were synchronous", "discovered
  the cache was stale", "saw timeouts from the gateway"). Something new found
  ("found a bug in the retry path") is still an event on the way. The forms
  that can open a diagnosis, looked up before the lexicon. clang-format off
words: traced trace tracing pinpointed pinpoint isolated isolate isolating
  root-caused diagnosed diagnose bisected bisect found find discovered
  discover realized realize realised realise noticed notice saw see identified
  identify spotted spot observed observe determined determine confirmed
  confirm uncovered uncover root culprit culprits investigated investigate
  investigating debugged debug debugging troubleshot troubleshoot
  troubleshooting analyzed analyze analyzing analysed analyse examined examine
  showed shows revealed reveals indicated indicates learned learnt checked
  check checking profiled profile profiling inspected inspect inspecting

== traced.cause
rules: no-setback
why: The cause named after "root": "the root cause was a missing index". The
 speaker's diagnosis starts there.
words: cause causes

== traced.culprit
rules: no-setback
why: The cause named as a culprit: "the culprit was a cron job". The speaker's
 diagnosis starts there.
words: culprit culprits

== quote-marks
rules: no-setback
why: Quote marks before a problem noun: a word in quotes is mentioned, not
 used (a "blocker" label).
words: " '

== cue.spelled
rules: no-setback
why: Counts spelled out or as articles ("a", "two", "few") that can open an
  amount of time left: "two weeks before the launch".
words: a an one two three four five six seven eight nine ten eleven twelve
  fifteen twenty thirty few

== end-of-life.be
rules: no-setback
why: What the work stands on coming to its end: "the API was going away in
  June", "the SDK reached end of life", "hit end-of-support". The past "went
  away" is an outcome ("the errors went away"), and a bare "end of life" a
  topic ("planned the end of life").
words: was were is are 's 're

== end-of-life.reach
rules: no-setback
why: What the work stands on coming to its end: "the API was going away in
  June", "the SDK reached end of life", "hit end-of-support". The past "went
  away" is an outcome ("the errors went away"), and a bare "end of life" a
  topic ("planned the end of life").
words: reached reaches reaching hit hits hitting approaching nearing past
  announced announces entered entering

== surprise-at.anchors
rules: no-setback
why: Something happening on the way that the speaker did not do: "Midway, the
  source team renamed the table", "a week in the vendor raised prices",
  "without notice", "at the last minute".
words: midway halfway partway suddenly unexpectedly unfortunately overnight
  last-minute mid-way

== surprise-at.found
rules: no-setback
why: Something happening on the way that the speaker did not do: "Midway, the
  source team renamed the table", "a week in the vendor raised prices",
  "without notice", "at the last minute". "Halfway through, I discovered that
  the invoices used a font with no Japanese glyphs": what is found on the way
  stands in it.
words: discovered found realized realised learned learnt noticed saw

== surprise-at.without
rules: no-setback
why: After "without", what makes the change a surprise: "renamed the table
 without warning", "without notice".
words: warning notice

== is-count
rules: no-setback
why: Small counts spelled out ("two", "a", "half"): "only two engineers", a
  count of people or time that makes a limit.
words: one two three four five six a half

== adverse-state.make
rules: no-setback
why: "made test runs expensive", "left the feed stale"
words: made makes making left leaves rendered kept

== adverse-state.people
rules: no-setback
why: The setup's own problem does not count; a person against the plan does:
  their stance ("legal was skeptical"), or what they hand over ("a teammate
  sent vague requirements"). A team in a bad state ("support was overloaded")
  is the problem itself.
words: skeptical reluctant worried concerned unhappy upset frustrated angry
  furious opposed against hostile split divided sick understaffed
  short-staffed short-handed overstretched resistant defensive rude
  uncooperative unwilling dismissive hesitant

== adverse-state.det
rules: no-setback
why: Determiners skipped between an adverse adjective's noun phrase and the
  verb before it ("shipped the stale firmware"), to ask that verb who did it.
words: the a an its their our my some all those these any

== hits-obstacle.wall
rules: no-setback
why: "hit a wall", "hit a rate limit", "hit a hard deadline": the object of
  "hit" is an obstacle. "hit the network on every request" and "hit the
  target" are no setback.
words: wall limit limits ceiling quota cap roadblock issue issues deadline
  deadlines cutoff cut-off snags problems

== caused-by.cause
rules: no-setback
why: The verb of the noun phrase at `i` makes it: "created friction", "raised
  concerns", "caused two outages". Not "faced a surge".
words: create cause introduce raise make keep start escalate block bring voice
  lodge throw add pose trigger

== demonstrative
rules: no-setback
why: Demonstratives: a problem noun after one ("this challenge", "these
  issues") is the problem already told, named again, not a new setback.
words: this these that those such

== safeguard.make
rules: no-setback
why: A problem noun the speaker builds in as a safeguard: "added job
  timeouts", "set a strict timeout", "put a freeze in place". The verb before
  the noun phrase is the speaker's own and makes something.
words: add set build implement configure enforce put wire create design write
  define install enable tune impose

== safeguard.relative
rules: no-setback
why: A relative pronoun before the making verb: the noun before it made the
 problem, not the speaker ("decisions that created blockers").
words: that which

== problem-state.states
rules: no-setback
why: The motivating problem told as a state, which is never a setback but
  tells the story's problem: "error rates were high", "retention was
  declining", "a process that was both manual and error-prone".
words: high low time-consuming error-prone manual tedious declining falling
  dropping rising growing climbing increasing legacy cumbersome inefficient
  complex slow costly expensive painful unreliable fragile outdated poor
  difficult hard laborious

== problem-state.degree
rules: no-setback
why: The motivating problem told as a state, which is never a setback but
  tells the story's problem: "error rates were high", "retention was
  declining", "a process that was both manual and error-prone".
words: both very too increasingly so really extremely quite still always often
  steadily

== problem-state.before
rules: no-setback
why: Words before a participle that make it an adjective, and before a base
  form that make it a noun: "the most common failure", "their manual process".
words: the a an most common all any every each some many few our their its his
  her my recent previous other more these those of for no zero usual new old
  first last next same

== adverse-event.modals
rules: no-setback
why: A base form is a verb only after "to" or a modal ("would slip"); a third-
  person form only after its subject ("it stalls", "the vendor changes").
  Otherwise both are nouns: "their usual stop", "later changes".
words: to would could might will did may can must should not never does do 'd
  'll

== adverse-event.pronouns
rules: no-setback
why: Pronoun subjects after which a third-person verb form is a verb, not a
  plural noun: "it stalls", "which breaks".
words: it he she which who this

== adverse-event.determiners
rules: no-setback
why: Determiners after which a base or third-person form is a noun: "the
  drop", "their usual stop", "every change".
words: the a an our their its his her every each

== adverse-event.objects
rules: no-setback
why: Present tense told by someone writing in a second language: "then the
  search team change the index format", "vendor stop the support".
words: the a an first our my their its all every this that it them us me
  support to his her whole new old in on

== adverse-event.plan
rules: no-setback
why: Adverse verbs that, in the setup, count only as what happened to the plan
  or the speaker's own miss: "the launch slipped", "I missed the date".
words: slip delay postpone miss expire freeze lose underestimate overlook
  misjudge overrun

== adverse-event.pain
rules: no-setback
why: What customers or users do that, in the setup, is the motivating problem
  rather than a setback: "customers complained", "users churned".
words: complain escalate question doubt warn flag raise churn cancel leave
  quit

== abstract-setbacks
rules: no-setback
why: Phrases that contain a setback word but name no particular setback:
  abstract obstacles ("overcame many challenges", "several setbacks"), which
  interviewers mark down as much as none.
phrases:
  pushed through all the obstacles
  pushed through the obstacles
  pushed through all the challenges
  overcame all the obstacles
  overcame all the challenges
  overcame many obstacles
  overcame many challenges
  overcame obstacles
  overcame challenges
  overcame the obstacles
  overcame the challenges
  despite all the challenges
  despite all the obstacles
  despite many challenges
  despite many obstacles
  despite the challenges
  despite the obstacles
  despite challenges
  despite obstacles
  despite setbacks
  despite the setbacks
  all the obstacles
  all obstacles
  every obstacle
  many obstacles
  several obstacles
  various obstacles
  numerous obstacles
  lots of obstacles
  a lot of obstacles
  some obstacles
  a few obstacles
  obstacles along the way
  all the challenges
  many challenges
  several challenges
  various challenges
  numerous challenges
  lots of challenges
  a lot of challenges
  some challenges
  a few challenges
  the usual challenges
  challenges along the way
  many problems
  various problems
  some problems
  a few problems
  many setbacks
  some setbacks
  a few setbacks
  several setbacks

== end-of-life.words
rules: no-setback
why: One-word names of a product's end ("reached its EOL", "hit end-of-
  support", "the sunset"): what the work stands on coming to its end.
words: eol sunset end-of-life end-of-support end-of-sale

== end-of-life.of
rules: no-setback
why: What "end of" is the end of, spelled apart: "end of life", "end-of
  support", "end of sale", "end of maintenance".
words: life support sale maintenance

== end-of-life.determiners
rules: no-setback
why: A determiner skipped between the verb and "end of life": "reached its end
 of life", "hit the end of support".
words: its the

== surprise-at.unforeseen
rules: no-setback
why: Adverbs that on their own, after an anchor in time ("midway", "halfway"),
  tell something the speaker did not see coming: "unexpectedly", "suddenly",
  "unfortunately".
words: unexpectedly suddenly unfortunately

== adverse-state.degree
rules: no-setback
why: Adverbs between a linking verb and an adverse adjective that still make
  it a predicate: "was too slow", "was already stale", "was badly broken".
words: too already very still badly so

== mismatch-verbs
rules: no-setback
why: Opposing verbs that, said of data rather than people, tell a mismatch
  (the problem a story solves), not someone standing in the way: "the two
  feeds disagreed", "the totals conflicted".
words: disagree conflict clash

== mismatch-verbs.pronouns
rules: no-setback
why: Subjects of a mismatch verb that stand for people, so the disagreement
  still counts as someone against the plan: "they disagreed", "he objected".
words: they he she we i you who everyone someone nobody both

== detected-by.verbs
rules: no-setback
why: In the setup, a system that flags or warns tells how the problem came to
  light, not someone standing in the way: "the accounting system flagged the
  mismatch", "monitoring warned us about the disk".
words: flag warn raise alert

== people-adrift.verbs
rules: no-setback
why: An event's verb that, said of people with nothing it acts on, tells
  their state: "teammates were stressed and/or lost", "new hires felt lost".
words: lose

== people-adrift.after
rules: no-setback
why: Words after the verb that leave it without an object: "felt lost in
  their first week", "were lost without a clear process", "lost and slow".
  Not "to": "two testers were lost to another project" is a departure.
words: in during without at on with about when because and or after as for
  while until

== adverse-event.hardship
rules: no-setback
why: Adverse verbs that, said of a person in the setup, tell their difficulty,
  which the speaker then helps with: "a classmate was struggling with
  recursion", "a new hire suffered through the old docs". Not someone against
  the plan.
words: struggle suffer

== people-adrift.feel
rules: no-setback
why: Verbs of feeling before "lost": only people feel lost, so it is their
  state, whatever names them ("new hires felt lost in their first week").
words: felt feel feels feeling seemed seem seems

== people-adrift.moods
rules: no-setback
why: Moods only people are in, which make a "lost" beside them a state too:
  "support agents were confused and lost", "the team was stressed and/or
  lost".
words: confused stressed overwhelmed frustrated demotivated unsure anxious
  nervous scared tired burned-out

== stakes-compounds
rules: no-setback
why: Compounds that tell stakes wherever they stand: "a high-pressure
  situation", "a high-stakes demo for the board".
words: high-pressure high-stakes

== splits-work.verbs
rules: no-setback
why: Adverse verbs that the speaker also uses for breaking work down: "I
  broke the project into smaller tasks". "The truck broke down" is an event.
words: break

== splits-work.into
rules: no-setback
why: What tells the speaker broke work down rather than broke something:
  "broke the project into smaller tasks".
words: into

== splits-work.particle
rules: no-setback
why: The particle of breaking work down when what is broken down follows it:
  "broke down the audit", "to break down what each day needed". "I broke down
  in tears" and "the truck broke down on the highway" are events.
words: down

== splits-work.not-object
rules: no-setback
why: Words after "broke down" that start no object, so the verb tells an
  event ("broke down in the second week", "broke down again").
words: in on at during after before again twice completely under with from over
  because when while and or but then

== problem-noun.amounts
rules: no-setback
why: Amounts before "of" that keep a problem noun heading its phrase: "a lot
  of pressure from management", "a great deal of resistance" ("a talk on
  outages", "runbooks for incidents" are topics).
words: lot lots deal bit plenty

== issue-met.nouns
rules: no-setback
why: Nouns for a problem that count only when met on the way: "we ran into an
  issue with the connection", "faced a lot of issues with the printer". Alone
  they are often a ticket or a topic: "opened an issue", "fixed issues".
words: issue issues trouble troubles difficulty difficulties

== issue-met.meet
rules: no-setback
why: Verbs that meet a problem on the way: "faced a lot of issues",
  "encountered an issue", "hit some trouble" ("ran into" and "came across"
  are read as phrases).
words: face encounter experience hit

== issue-met.fill
rules: no-setback
why: Words between the verb and the problem noun: "ran into a couple of
  issues", "faced a lot of serious issues", "there was some trouble".
words: a an the some several many lot of couple few major serious big
  unexpected new another more

== hardest-part.hardest
rules: no-setback
why: "The hardest part was convincing my manager", "the trickiest bit was
  that the two systems used different IDs": the difficulty named, then told.
  The plain degree tells the same ("the tricky part was that the labels came
  from three carriers", "the difficult bit is").
words: hardest toughest trickiest tricky difficult hard challenging tough

== hardest-part.catch
rules: no-setback
why: A difficulty named without an adjective, then told: "the catch was
  that the old and new tills had to run side by side", "one snag was the
  firewall", "one snag: the wifi carried 50 devices". After "the" or "one"
  and before a form of "be" or a colon.
words: catch snag

== adverse-state.late-by
rules: no-setback
why: States that an amount of time before them makes an event's, after any
  verb: "delivered the sensors a month late", "the crates arrived two days
  behind".
words: late behind

== turned-out.cause
rules: no-setback
why: Subjects that make "turned out" the cause found, not a surprise met:
  "the problem turned out to be a timezone bug", "the culprit turned out to
  be the label printer". "It turned out the vendor had no sandbox" is still
  a surprise.
words: problem issue cause culprit bottleneck reason fix answer solution
  explanation

== loses-measure.objects
rules: no-setback
why: In the setup, what the problem costs, after "lose": "the clinic lost a
  lot of time on manual scheduling", "we were losing customers to a rival".
  The motivating problem, not an event; "lost our only DBA" or "lost the
  venue" still are. "Lost track of expiry dates" is a state, the problem.
words: time hours days weeks money revenue sales customers clients users
  share ground business income donors members subscribers visitors traffic
  orders patients students track sight

== loses-measure.fill
rules: no-setback
why: Words skipped between "lose" and what the problem costs: "lost a lot of
  time", "losing about 20% of its customers".
words: a an the lot lots of many much several some about around nearly
  almost over up to its their our valuable precious more % percent
  thousands hundreds dozens

== hardest-part.part
rules: no-setback
why: The noun after "hardest": "the hardest part was", "the trickiest bit
  is".
words: part bit thing piece

== speaker-struggles.states
rules: no-setback
why: The speaker's own difficulty told as a state: "I was stumped", "felt a
  bit overwhelmed", "quickly stumped" in a note, "which I found very
  confusing at first". Said of others ("new hires felt lost") it is the
  problem the story solves (people-adrift); said of the speaker it stands in
  the way of the goal, like a first time or a skill to learn.
words: stumped baffled puzzled confused overwhelmed swamped stuck lost
  intimidated confusing overwhelming daunting intimidating

== speaker-struggles.before
rules: no-setback
why: What joins the speaker to that state: "was", "felt", "got", "found".
words: was were am felt feel feels got get gets became become becomes seemed
  found find finds

== speaker-struggles.degree
rules: no-setback
why: Words of degree or pace between the verb and the state: "felt a bit
  overwhelmed", "quickly stumped", "found it very confusing".
words: a bit little very really quite so totally completely quickly pretty
  somewhat extremely too rather kind sort of it them this that

== own-mistake.wrong
rules: no-setback
why: Adjectives of error on what the speaker did: "I sent the wrong file to
  the client", "ordered the wrong parts" is the speaker's own mistake. Other
  adverse adjectives on the speaker's object tell the speaker's fix ("I wrote
  the missing replies").
words: wrong incorrect mistaken

== own-mistake.fixes
rules: no-setback
why: Verbs that make the speaker's "wrong" object the problem fixed, not a
  mistake made: "corrected the wrong totals", "found the wrong address".
words: fix correct repair replace update remove delete flag find spot catch
  clean change reverse undo redo refund rewrite check review audit track
  investigate trace

== outside-events
rules: no-setback
why: Events from outside the work that stand in its way, told in the setup
  too: "a snowstorm closed the roads", "the pandemic shut the office". Unlike
  a system's problem they are not what the story fixes.
words: storm storms snowstorm blizzard hurricane flood floods flooding wildfire
  earthquake pandemic covid covid-19 heatwave tornado typhoon strike strikes

== problem-noun.lessened
rules: no-setback
why: A problem noun made small is what the speaker achieved or aimed for, not
  a problem met: "with minimal downtime", "fewer errors", "less friction".
words: minimal minimum little less fewer reduced lower

== invites.verbs
rules: no-setback
why: Opposing verbs that, with a person and "to", ask someone to do
  something: "my manager challenged me to improve the numbers". "The auditor
  challenged the totals" is a challenge.
words: challenge dare

== invites.objects
rules: no-setback
why: Who is asked: "challenged me to", "dared us to".
words: me us him her them

== scarce-count.had
rules: no-setback
why: Between "only" and a count: "we only had one ambulance available".
words: had have has got

== at-odds-with.verbs
rules: no-setback
why: The speaker at odds with a person: "I disagreed with my lead on the
  approach", "clashed with the QA manager over the dates", "argued with the
  vendor's architect". A conflict is adversity whoever started it; with a
  thing ("disagreed with the estimate") it is a judgement, and a person
  must follow "with" within four words.
words: disagree clash argue quarrel fight

== speaker-oversight.verbs
rules: no-setback
why: The speaker's own oversight, told as what they did not weigh or check:
  "I hadn't considered the night shift", "we never tested the upgrade
  against the old printers". One's own mistake is a setback wherever it is
  told; said of customers or staff it is the problem the story solves.
words: consider anticipate foresee test check double-check
  verify

== speaker-oversight.phrasal
rules: no-setback
why: Of those, the verbs that tell an oversight only with a particle from
  speaker-oversight.particles: "didn't think about the 8 am logins", "never
  planned for a second warehouse", "didn't account for the surcharge";
  "didn't think twice" is none.
words: think plan account factor

== speaker-oversight.particles
rules: no-setback
why: The particles after speaker-oversight.phrasal.
words: about of through for ahead in

== speaker-oversight.not
rules: no-setback
why: The negation right before the verb (besides any word ending in n't):
  "did not", "never", "had not". Further back ("did not have to think") it
  negates another verb.
words: not never

== speaker-oversight.failed
rules: no-setback
why: Verbs before "to" that negate the oversight verb after it: "failed to
  consider", "neglected to check".
words: fail neglect forget

== speaker-oversight.forget
rules: no-setback
why: Forgetting, said of the speaker, is the oversight itself: "I forgot to
  tell the cooks about the allergen change". Negated ("never forgot") it is
  none.
words: forget

== speaker-oversight.adverbs
rules: no-setback
why: Words that may sit between the negation and the verb: "never really
  thought about", "didn't fully account for".
words: really fully properly even actually initially originally first ever
  once carefully

== problem-noun.watched-verbs
rules: no-setback
why: Verbs of showing or predicting before an indirect question ("shows
  which orders are at risk of being late", "flagged whether a shipment was
  at risk"): the problem noun inside names what a built thing watches for,
  not something that happened.
words: show flag list predict spot highlight identify tell alert warn mark
  surface track monitor

== problem-noun.watched-wh
rules: no-setback
why: The words that open the indirect question after those verbs.
words: which what whether who whichever when

== problem-noun.next-modals
rules: no-setback
why: Modals after "the next <problem noun>": "so the next outage would be
  handled faster", "the next incident will page the right person" is a
  future instance a safeguard is for, not an event met.
words: would will could can might should

== personal-life.kin
rules: no-setback
why: The speaker's family, after "my" or "our": personal life that stood in
  the way is adversity ("my father was in the hospital", "my wife was
  recovering from surgery").
words: father mother dad mom mum wife husband partner son daughter kid kids
  child children baby parent parents brother sister grandmother grandfather
  grandma grandpa family fiance fiancee

== personal-life.care
rules: no-setback
why: Where someone is, or what they recover from, when illness stands in
  the way: "was in the hospital", "ended up in hospital", "recovering from
  surgery".
words: hospital surgery illness injury operation chemo chemotherapy
  treatment

== personal-life.into
rules: no-setback
why: The verbs that put a person there: "was in the hospital", "ended up in
  hospital", "was recovering from surgery".
words: was were been ended landed recovering recovered recover

== personal-life.emergency
rules: no-setback
why: Words before "emergency" that make it personal life, not the incident
  the story solves: "a family emergency", "a medical emergency at home".
words: family medical personal

== traced.show
rules: no-setback
why: Verbs whose subject is the speaker's evidence, opening a diagnosis: "my
  analysis showed the churn came from one plan", "the logs showed a spike in
  timeouts", "profiling revealed a lock".
words: show reveal indicate

== traced.evidence
rules: no-setback
why: The speaker's evidence before "showed": analysis, logs, profiling, a
  survey. Tests are left out: "testing showed the build crashed" is a
  setback met on the way.
words: analysis analyses logs log data profiling profile profiler metrics
  survey surveys dashboard traces numbers breakdown heatmap sampling

== remedy.verbs
rules: no-setback
why: The speaker's verbs that remove the problem noun after them: "fixed the
  two bugs in the export", "to remove manual errors", "cut the errors": the
  problem being solved, not one in the way.
words: fix remove eliminate reduce resolve prevent avoid cut clear address
  mitigate minimise minimize lower tackle solve repair patch stop halve
  limit

== own-mistake.nouns
rules: no-setback
why: A mistake of the speaker's own, told in the situation or task: "my
  biggest mistake was promising the date", "I made a mistake in the rota",
  "biggest mistake is not documenting my code". Domain: the speaker's own
  miss counts in the setup. Someone else's ("a billing mistake on the
  invoices") or a task to find one ("find the mistake in the report") is
  the problem the story solves (session 15).
words: mistake mistakes error errors blunder blunders misstep oversight

== own-mistake.made
rules: no-setback
why: The verbs that make a mistake the speaker's: "I made a mistake", "I'd
  made an error in the rota" (session 15).
words: made make makes making

== problem-noun.physical-heads
rules: no-setback
why: Problem nouns that also name a physical measure: "pressure",
  "tension" (session 15).
words: pressure tension

== problem-noun.physical
rules: no-setback
why: Before "pressure" or "tension", a word that makes it a physical measure,
  not pressure from people: "high blood pressure", "the tyre pressure on
  the vans", "cable tension". The problem a health or maintenance story
  solves (session 15).
words: blood air tyre tire water oil gas cabin steam hydraulic barometric
  oxygen cable belt

== problem-noun.metrics
rules: no-setback
why: Problem nouns that also name a metric: "recall" in "precision and
  recall", "precision/recall", "recall@5" (session 15).
words: recall

== problem-noun.metric-partners
rules: no-setback
why: Metrics named beside "recall" with "/", "and", "for" or "vs", which make
  it a metric and not a product recall: "precision/recall", "recall and
  precision", "trade recall for precision" (session 15).
words: precision accuracy specificity sensitivity f1 mrr ndcg

== taken-risk.take
rules: no-setback
why: A risk the speaker takes is a choice, not something that went wrong:
  "took the risk of buying the bigger oven", "took a calculated risk and
  moved the launch forward", "we took a risk on a new supplier". "There was
  a real risk of losing the contract" is still a stake.
words: take takes took taken taking

== taken-risk.between
rules: no-setback
why: Words between "took" and "risk": "took the risk", "took a calculated
  risk", "taking a big risk".
words: the a an calculated big huge small some this that bold deliberate
  considered measured real

== things-habit.keep
rules: no-setback
why: In the setup, a thing's habit is the problem the story solves: "short
  circuits kept shutting down the power", "storms kept flooding the hall".
  A person's ("the client kept pulling out of calls") stands in the way.
words: kept keep keeps

== things-habit.often
rules: no-setback
why: A frequency that makes a thing's event in the setup a habit, the problem
  the story solves: "short circuit cause power shut down was always
  happend", "the line often shut down at night".
words: always often frequently constantly regularly repeatedly daily weekly

== things-habit.events
rules: no-setback
why: What a machine or a line does as a habit (a phrasal event's verb): "kept
  shutting down", "always broke down", "often went offline". A person's
  habit ("the landlord always pushed back") is not read here.
words: shut break go blow burn crash freeze trip cut

== adverse-state.particle
rules: no-setback
why: A particle between a linking verb and an adverse state: "the first batch
  came back wrong", "the labels came out wrong", "the test results came in
  late".
words: back out in
