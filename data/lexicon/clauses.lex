# Clauses: the pronouns, connectives and function words the clause reader
# (src/text/clauses.cc) uses to split a section into clauses and find each
# clause's subject (the speaker, the team, someone else, a passive) and its
# negation. Every rule that asks who acted reads them. The format is in
# data/lexicon/README.md.

== first-person
rules: we-ownership effort-over-outcome vague-result no-setback
why: The speaker as subject: a clause with one of these acting is the
  speaker's own ("I rewrote the job").
words: i i'd i'm i've i'll myself

== we-pronouns
rules: we-ownership effort-over-outcome vague-result no-setback
why: A collective subject: a clause with one of these acting is told as "we"
  ("we shipped it"), which we-ownership counts.
words: we we'd we're we've we'll ourselves everyone everybody

== speaker-frame
rules: we-ownership effort-over-outcome vague-result no-setback
why: Verbs of the speaker's mind or memory that frame another clause: in "I
  think we decided to wait" and "I remember we spent a week on it" the team
  acts, not the speaker. Read only when "we" and a past verb follow.
words: think thought remember remembered recall recalled believe believed
  guess know knew feel felt suppose

== group-nouns
rules: we-ownership effort-over-outcome vague-result no-setback
why: Nouns that make a collective subject after "the", "our" or "my": "the
  team decided", "our squad shipped".
words: team group squad crew

== other-subjects
rules: we-ownership effort-over-outcome vague-result no-setback
why: Pronouns and quantifiers that name someone or something other than the
  speaker as the subject.
words: he she they it this that these those there which who nobody someone
  somebody each none people you he'd she'd they'd it's they're there's that's
  nothing

== person-nouns
rules: we-ownership effort-over-outcome vague-result no-setback
why: People a possessive "my" can introduce without the speaker acting.
words: manager boss lead director vp cto ceo colleague colleagues teammate
  teammates peer peers partner mentor pm reports engineer engineers skip-level
  counterpart client customer customers stakeholders team's designer analyst
  supervisor supervisors coworker coworkers co-worker co-workers classmate
  classmates instructor

== connectives
rules: we-ownership effort-over-outcome vague-result no-setback
why: Words a clause may open with before its subject: "Then I ...".
words: and but so then also first firstly second secondly third next finally
  later afterwards afterward eventually meanwhile instead still however
  together personally ultimately initially immediately again plus additionally
  lastly thus hence therefore now soon subsequently yet or nor ok okay well
  basically honestly actually midway halfway partway suddenly unexpectedly
  unfortunately luckily fortunately sadly surprisingly overnight

== intro-words
rules: we-ownership effort-over-outcome vague-result no-setback
why: Words that open an introductory phrase: "After the rollback, I ...".
words: after before when once while since because as if although though with
  within during in on at by over for to given despite until unlike following
  without upon throughout across from under whenever where whereas two three
  four five six seven eight nine ten several mid-way based due thanks along
  beyond besides against around between toward towards into through like
  unless whether now

== object-starters
rules: we-ownership effort-over-outcome vague-result no-setback
why: Words that can follow a leading base-form verb as the start of its
  object: "Cache the layouts", "Move it", "Split 40 jobs".
words: the a an my our their its his her this that these those every each all
  both it them up out off down back over with to into two three four five six
  seven eight nine ten some several one away through across on

== inner-adverbs
rules: we-ownership effort-over-outcome vague-result no-setback
why: Adverbs that may sit between an auxiliary and its participle.
words: not never also then all both already eventually later soon finally
  quickly just only still n't immediately automatically successfully
  fully partially manually properly each

== time-words
rules: we-ownership effort-over-outcome vague-result no-setback
why: Words after "by" that make it a time, not an agent: "by Friday".
words: monday tuesday wednesday thursday friday saturday sunday end week month
  day morning evening noon midnight launch then now default hand design far
  mid early late two half roughly about around over time deadline start middle
  nearly almost up q1 q2 q3 q4

== coordinators
rules: we-ownership effort-over-outcome vague-result no-setback
why: Conjunctions that may start a new clause with its own subject: "I wrote
  the plan and the team reviewed it".
words: and but so then while whereas yet

== run-on-words
rules: we-ownership effort-over-outcome vague-result no-setback
why: Function words: a line ending in one runs on into the next line.
words: the a an and or to of with for in on at by from into my our their that
  which but so as than

== time-intro-at.units
rules: we-ownership effort-over-outcome vague-result no-setback
why: "A week before launch, ...", "Two days in, ...": a time phrase.
words: minute minutes hour hours day days week weeks month months night sprint
  sprints quarter year years morning

== time-intro-at.after
rules: we-ownership effort-over-outcome vague-result no-setback
why: "A week before launch, ...", "Two days in, ...": a time phrase.
words: before after into later in out ago earlier from prior

== time-intro-at.determiners
rules: we-ownership effort-over-outcome vague-result no-setback
why: What may open a time phrase before the clause, beside a number and the
 intro words: "a week before launch", "one day in", "the day before".
words: a one the

== is-passive-auxiliary
rules: we-ownership effort-over-outcome vague-result no-setback
why: Auxiliaries that, before a past participle, make the clause passive: "the
  rollback was initiated", "it got fixed".
words: was were is are been being be got gets getting wasn't weren't

== tells-state.be
rules: we-ownership effort-over-outcome vague-result no-setback
why: Forms of "be" after a collective subject that can tell a state rather
  than an action: "the team was thrilled".
words: was were is are am wasn't weren't isn't aren't

== tells-state.still-acts
rules: we-ownership effort-over-outcome vague-result no-setback
why: Words after "we were" that still tell the team acting: "we were able to",
  "we were going to", "we were busy".
words: able going about busy

== tells-state.between
rules: we-ownership effort-over-outcome vague-result no-setback
why: Adverbs skipped between "we were" and the state it tells: "we were all
  relieved", "the team was really happy".
words: all both very really so quite pretty too also still then not n't never
  already now just always each soon again

== names-people.people
rules: we-ownership effort-over-outcome vague-result no-setback
why: Pronouns and nouns that name people ("us", "them", "folks", "staff",
  "developers"), beside the first-person, "we", group and person nouns: a
  phrase with one names people, not a thing.
words: me us them him her he she they you people ourselves themselves folks
  staff contractors volunteers developers devs

== negated.negators
rules: we-ownership effort-over-outcome vague-result no-setback
why: Words that negate or undo what follows within six words of the clause
  ("not", "never", "without", "avoided", "eliminated", "reduced"): a negated
  cue is no finding ("no longer pulled late nights").
words: no not never without nobody none zero cannot stopped stop avoid avoided
  avoiding instead rather nor neither eliminated eliminate ended end ending
  removed prevent prevented preventing fewer less reduced cut
  didnt doesnt dont wasnt werent isnt arent hadnt wouldnt couldnt

== negated.stops
rules: we-ownership effort-over-outcome vague-result no-setback
why: A negation reaches over at most six words, and not past a comma or a
  conjunction: "without notice and the run broke" is a broken run.
words: , and but so then which that because while when until or who

== same-form-past
rules: we-ownership effort-over-outcome vague-result no-setback
why: Irregular verbs whose past is their base form; WordNet's exception list
  leaves them out, since morphy needs no rule for them. Read as past, the
  tense stories are told in: "the warehouse hit a ceiling", "finance cut it".
words: beat bet bid broadcast burst cast cost cut hit hurt let put quit read
  rid set shed shut slit split spread thrust upset

== ly-not-adverbs
rules: we-ownership effort-over-outcome vague-result no-setback
why: Words ending in "-ly" that are no adverb: a noun, an adjective of time
  or a verb ("the weekly sync", "a supply shortage", "rely on"). The clause
  reader lets an "-ly" adverb stand between a subject and its verb
  ("I quickly rolled back"); these are not skipped that way.
words: early only daily weekly family monthly supply reply apply rely

== everyone-acts.everyone
rules: we-ownership effort-over-outcome vague-result no-setback
why: "Everyone" as a subject acts only when a verb follows it: "then
  everyone pitched in", not "released it to 50%, then everyone".
words: everyone everybody

== everyone-acts.auxiliary
rules: we-ownership effort-over-outcome vague-result no-setback
why: Auxiliaries after "everyone" that make it the subject of a verb:
  "everyone had signed off", "everyone would take a shift".
words: had has would could will

== subject-starts-at.pronouns
rules: we-ownership effort-over-outcome vague-result no-setback
why: Third-person pronouns that start a new subject after "and" or a comma:
  "... and they rolled it back".
words: they he she

== subject-starts-at.determiners
rules: we-ownership effort-over-outcome vague-result no-setback
why: Determiners that may start a new subject noun phrase after "and" or a
  comma: "... and a rollback was initiated", "... and the team agreed".
words: the our my a an their its

== group-determiners
rules: we-ownership effort-over-outcome vague-result no-setback
why: Determiners before a group noun that make it the clause's subject:
  "the team", "our squad", "my group".
words: the our my

== classify.whole
rules: we-ownership effort-over-outcome vague-result no-setback
why: Words between a determiner and a group noun that leave it the whole
  group: "the whole team", "our core squad".
words: whole entire full core

== classify.role
rules: we-ownership effort-over-outcome vague-result no-setback
why: Words after a group noun that make the subject one person of the
  group, not the group: "the team lead decided", "the team's manager".
words: lead leads 's manager '

== classify.all-of-us
rules: we-ownership effort-over-outcome vague-result no-setback
why: What opens "... of us", the whole group acting: "all of us stayed", "both
 of us reviewed".
words: all both

== agent.speaker
rules: we-ownership effort-over-outcome vague-result no-setback
why: The agent of a passive that is the speaker: "was rolled back by me".
words: me myself

== agent.team
rules: we-ownership effort-over-outcome vague-result no-setback
why: The agent of a passive that is the whole team: "was decided by us",
  "was signed off by everyone".
words: us everyone

== agent.time-determiners
rules: we-ownership effort-over-outcome vague-result no-setback
why: After "by", a determiner that may open a time rather than an agent: "by
 the end of the week", "by a day".
words: the a

== agent.team-determiners
rules: we-ownership effort-over-outcome vague-result no-setback
why: After "by", a determiner before a group noun that makes the team the
 agent: "by the team", "by our squad".
words: the our

== negated.ended-how
rules: no-setback effort-over-outcome vague-result
why: After "end" or "ended", these say how something ended, not that what
  follows was stopped: "the review ended on a high note", "we ended up
  shipping two days early", "it ended with a signed contract". "Ended the
  late nights" still negates.
words: on up with in

== negated.end-forms
rules: no-setback effort-over-outcome vague-result
why: The forms of "end" among the negators that negated.ended-how and a
  determiner before them ("in the end") can undo.
words: end ended ending
