# People: who stands in the way, who is away, who lacks a skill. Read by
# the setback finder (src/text/setbacks.cc); the format is in
# data/lexicon/README.md.

== person-against.roles
rules: no-setback
why: The clause's subject is a person or a group other than the speaker and
  the team: "a teammate", "the support leads", "Sales", "PM". In the setup,
  adversity from people is told as the situation itself ("a teammate kept
  changing the requirements"), unlike a system's problem ("checkout was
  slow"). Customers and users are left out: their pain is the usual motivating
  problem. The cue at `i` must be theirs: "my manager asked me to look at the
  outage" hands the speaker the problem.
words: leadership management executive executives exec execs regulator
  regulators auditor auditors member members owner owners vps architect
  architects leads directors managers stakeholder pms someone somebody
  designers analysts coworker coworkers co-worker officer partners lawyer
  lawyers

== person-against.departments
rules: no-setback
why: The clause's subject is a person or a group other than the speaker and
  the team: "a teammate", "the support leads", "Sales", "PM". In the setup,
  adversity from people is told as the situation itself ("a teammate kept
  changing the requirements"), unlike a system's problem ("checkout was
  slow"). Customers and users are left out: their pain is the usual motivating
  problem. The cue at `i` must be theirs: "my manager asked me to look at the
  outage" hands the speaker the problem. Departments name people only as the
  subject of a verb: "Sales had promised", not "sales numbers", "security
  vulnerability".
words: sales marketing legal finance security compliance procurement product
  ops hr

== person-against.aux
rules: no-setback
why: The clause's subject is a person or a group other than the speaker and
  the team: "a teammate", "the support leads", "Sales", "PM". In the setup,
  adversity from people is told as the situation itself ("a teammate kept
  changing the requirements"), unlike a system's problem ("checkout was
  slow"). Customers and users are left out: their pain is the usual motivating
  problem. The cue at `i` must be theirs: "my manager asked me to look at the
  outage" hands the speaker the problem.
words: had has have was were is are would did didn't wouldn't kept

== person-against.not
rules: no-setback
why: The clause's subject is a person or a group other than the speaker and
  the team: "a teammate", "the support leads", "Sales", "PM". In the setup,
  adversity from people is told as the situation itself ("a teammate kept
  changing the requirements"), unlike a system's problem ("checkout was
  slow"). Customers and users are left out: their pain is the usual motivating
  problem. The cue at `i` must be theirs: "my manager asked me to look at the
  outage" hands the speaker the problem.
words: customer customers user users client clients it this that there which

== lack-of.not
rules: no-setback
why: A lack told with "didn't have": "we didn't have a staging stack", "the
  vendor did not have a sandbox". Not "didn't have to" (no need) nor "didn't
  have any incidents" (no problem).
words: didn't don't doesn't hadn't

== lack-of.aux
rules: no-setback
why: A lack told with "didn't have": "we didn't have a staging stack", "the
  vendor did not have a sandbox". Not "didn't have to" (no need) nor "didn't
  have any incidents" (no problem).
words: did do does

== lack-of.have
rules: no-setback
why: The verb of a lack after "didn't" / "did not": "we didn't have a staging
 stack", "nobody did own the export".
words: have own

== lack-of.article
rules: no-setback
why: An article skipped between "didn't have" and what was missing: "didn't
 have any sandbox", "did not have a budget".
words: any a

== skill-gap.done
rules: no-setback
why: The speaker's own gap in skill: "I had never worked with Kubernetes", "I
  was new to the codebase", "had no experience with mobile".
words: used worked built written shipped touched run led managed done seen
  deployed programmed coded designed

== skill-gap.experience-nouns
rules: no-setback
why: What the speaker had none of, after "no" (and maybe an adjective): "I had
 no experience with mobile", "no prior background in payments".
words: experience background

== people-free.count
rules: no-setback
why: "One designer was available", "two engineers were free".
words: one single 1

== people-free.free
rules: no-setback
why: "One designer was available", "two engineers were free".
words: available free left spare certified trained qualified licensed

== people-free.roles
rules: no-setback
why: Roles a count of free people may name besides the people and resource
 nouns: "one designer was available".
words: designer designers driver drivers operator operators technician
  technicians mechanic mechanics

== nobody-can.lacked
rules: no-setback
why: A missing skill or owner: "nobody on the team had used Kafka before", "no
  one owned the nightly export", "none of us knew the old billing code". Not
  the absence of a problem: "nobody complained", "no one noticed". People
  who did not answer or come are the same: "at first nobody replied to my
  emails", "no one showed up to the first session".
words: knew understood owned wanted volunteered remembered maintained could
  couldn't knows owns wants listened agreed responded helped believed cared
  replied answered showed came attended joined reviewed

== nobody-can.done
rules: no-setback
why: A missing skill or owner: "nobody on the team had used Kafka before", "no
  one owned the nightly export", "none of us knew the old billing code". Not
  the absence of a problem: "nobody complained", "no one noticed".
words: used done worked built run touched seen tried written owned maintained
  deployed operated shipped configured migrated tested led managed debugged
  budgeted planned funded approved staffed scheduled allocated

== nobody-can.state
rules: no-setback
why: A missing skill or owner: "nobody on the team had used Kafka before", "no
  one owned the nightly export", "none of us knew the old billing code". Not
  the absence of a problem: "nobody complained", "no one noticed".
words: available trained familiar free able responsible certified around

== nobody-can.skip
rules: no-setback
why: A missing skill or owner: "nobody on the team had used Kafka before", "no
  one owned the nightly export", "none of us knew the old billing code". Not
  the absence of a problem: "nobody complained", "no one noticed".
words: ever yet really actually previously even still

== person-away.leave-kinds
rules: no-setback
why: Someone the plan relied on becoming unavailable, told without a setback
  word: "one of the two senior agents went on maternity leave", "my co-lead
  was out sick", "the designer moved to another team", "the contractor took a
  full-time job elsewhere". Said of the speaker's own move ("I moved the
  reindex to another cluster") or of a thing it is no absence; in the setup it
  counts when someone else is away.
words: on maternity paternity parental sick medical family bereavement
  extended long-term unplanned unexpected emergency compassionate adoption

== person-away.ill
rules: no-setback
why: Someone the plan relied on becoming unavailable, told without a setback
  word: "one of the two senior agents went on maternity leave", "my co-lead
  was out sick", "the designer moved to another team", "the contractor took a
  full-time job elsewhere". Said of the speaker's own move ("I moved the
  reindex to another cluster") or of a thing it is no absence; in the setup it
  counts when someone else is away.
words: sick ill

== person-away.fell-ill
rules: no-setback
why: Someone the plan relied on becoming unavailable, told without a setback
  word: "one of the two senior agents went on maternity leave", "my co-lead
  was out sick", "the designer moved to another team", "the contractor took a
  full-time job elsewhere". Said of the speaker's own move ("I moved the
  reindex to another cluster") or of a thing it is no absence; in the setup it
  counts when someone else is away.
words: out off fell falls got gets became went in

== person-away.away
rules: no-setback
why: Someone the plan relied on becoming unavailable, told without a setback
  word: "one of the two senior agents went on maternity leave", "my co-lead
  was out sick", "the designer moved to another team", "the contractor took a
  full-time job elsewhere". Said of the speaker's own move ("I moved the
  reindex to another cluster") or of a thing it is no absence; in the setup it
  counts when someone else is away.
words: move transfer switch go leave join rotate head reassign relocate

== person-away.elsewhere
rules: no-setback
why: Someone the plan relied on becoming unavailable, told without a setback
  word: "one of the two senior agents went on maternity leave", "my co-lead
  was out sick", "the designer moved to another team", "the contractor took a
  full-time job elsewhere". Said of the speaker's own move ("I moved the
  reindex to another cluster") or of a thing it is no absence; in the setup it
  counts when someone else is away.
words: another other different

== person-away.units
rules: no-setback
why: Someone the plan relied on becoming unavailable, told without a setback
  word: "one of the two senior agents went on maternity leave", "my co-lead
  was out sick", "the designer moved to another team", "the contractor took a
  full-time job elsewhere". Said of the speaker's own move ("I moved the
  reindex to another cluster") or of a thing it is no absence; in the setup it
  counts when someone else is away.
words: team company project org organization organisation group department
  employer squad startup division business product country city office role
  job position unit teams projects companies

== person-away.take
rules: no-setback
why: Someone the plan relied on becoming unavailable, told without a setback
  word: "one of the two senior agents went on maternity leave", "my co-lead
  was out sick", "the designer moved to another team", "the contractor took a
  full-time job elsewhere". Said of the speaker's own move ("I moved the
  reindex to another cluster") or of a thing it is no absence; in the setup it
  counts when someone else is away.
words: take accept get land

== person-away.job
rules: no-setback
why: Someone the plan relied on becoming unavailable, told without a setback
  word: "one of the two senior agents went on maternity leave", "my co-lead
  was out sick", "the designer moved to another team", "the contractor took a
  full-time job elsewhere". Said of the speaker's own move ("I moved the
  reindex to another cluster") or of a thing it is no absence; in the setup it
  counts when someone else is away.
words: job offer role position

== person-away.article
rules: no-setback
why: The article after "took" / "accepted" that opens the job someone left
 for: "took a full-time job elsewhere", "accepted an offer".
words: a an

== mistake
rules: no-setback
why: Adverbs of a move that went wrong, whoever made it: "this unintentionally
  created silos", "I accidentally dropped the index".
words: unintentionally accidentally inadvertently mistakenly unknowingly
  wrongly

== names-a-group.before
rules: no-setback
why: "stakeholders from billing and risk", "with risk and compliance": a bare
  problem noun paired by "and" with a bare word that is no problem, right
  after "from", "with", "across" or "between", names a team or a field.
  "suffered from outages and churn" pairs two problems.
words: from with across between

== names-a-group.and
rules: no-setback
why: What joins the pair of a team or a field: "billing and risk", "risk &
 compliance".
words: and &

== customers-act.customers
rules: no-setback
why: Customers or users are the subject of the verb at `i`.
words: customer customers user users client clients shoppers buyers patients
  merchants subscribers players members students guests passengers residents

== customers-act.stops
rules: no-setback
why: Where the search for the subject stops, back from the verb: a new clause
 begins ("and", ",", "that", "because").
words: and , that because
== refused-by.verbs
rules: no-setback
why: In the setup, a person's or a group's no stands in the way: "my
  supervisor did not agree", "two guards didn't show up", "the IT department
  would not give us access", "the nurses did not trust the new pumps". The
  verbs of refusing or withholding, after the negation; "did not know" or
  "did not understand" is the problem told, not someone against it.
words: follow give allow let approve respond reply accept attend sign comply
  commit adopt share support return answer help listen

== refused-by.human
rules: no-setback
why: Verbs only people (or groups of them) do: whoever the subject is, if it
  is not the speaker or the team, "did not want to", "did not agree", "didn't
  show up" is someone's no: "two of the guards did not show up", "some of the
  soldiers did not trust the new system".
words: want agree trust show cooperate budge

== refused-by.up-only
rules: no-setback
why: Refusals that are a person's only with their particle: "two guards
  didn't show up"; "the dashboard didn't show the totals" is the problem told.
words: show

== refused-by.skip
rules: no-setback
why: Words between the negation and the refused verb: "did not even reply",
  "would not ever agree", "didn't really want".
words: even ever really always fully

== subject-names-people.own
rules: no-setback
why: Subjects that are the speaker or the team, never someone against the
  plan: "I did not want to wait", "we didn't follow the old checklist".
words: i i'd i'm i've me we us our ourselves myself team everyone

== skill-gap.own
rules: no-setback
why: Whose first time it was: "it was my first time leading a team", "our
  first time running the audit". Not "the first time the job ran".
words: my our

== problem-nouns.people
rules: no-setback
why: Problem nouns that tell adversity from people by themselves, so they
  count in the setup too, where a system's problem is what the story solves:
  "there was a conflict between two of my soldiers", "a lot of pressure from
  management to ship", "resistance from the nurses".
words: conflict conflicts disagreement disagreements pushback objection
  objections resistance tension tensions friction miscommunication pressure
  politics

== habit-against.reactions
rules: no-setback
why: What someone would do each time the speaker tried something, told as a
  habit: "she would strongly react if I tried to implement my style", "he
  would revert it whenever I changed the layout". The habit is their
  resistance, wherever it is told. "My manager would help if I asked" is no
  reaction against the speaker.
words: react overreact revert undo object complain snap argue push resist
  refuse change

== habit-against.when
rules: no-setback
why: The speaker's attempt the reaction answers: "if I tried", "whenever I
  changed", "every time I".
words: if whenever when time

== adverse-state.become
rules: no-setback
why: Verbs that join a person to an adverse state as a change: "my lead
  would get upset", "the client became angry". Like "was", they make the
  state predicate.
words: get gets got getting become became becomes

== person-away.off
rules: no-setback
why: Time off after "on", for someone the plan relied on: "the store manager
  was on vacation the week of the count", "our only DBA was on sabbatical".
words: vacation holiday holidays sabbatical pto furlough

== person-away.illness
rules: no-setback
why: Illnesses after "out with": "three of the nurses were out with flu", "my
  co-lead was out with covid".
words: flu covid covid-19 pneumonia bronchitis fever illness injury infection
  cold

== person-away.step
rules: no-setback
why: The particles that make "step" a departure, said of someone else: "my
  co-founder stepped away from the project", "the lead stepped down".
words: away down

== knew-little.scarce
rules: no-setback
why: Words before "experience" or "background" that make a gap in the
  speaker's skill: "zero experience with PLCs", "little background in
  accounting", "limited experience with mobile" ("no" is read by skill-gap).
words: zero little limited minimal

== knew-little.wh
rules: no-setback
why: After "didn't know", words that tell what the speaker did not know
  about the problem, not a gap in skill: "didn't know why it failed", "did
  not know that the feed had changed".
words: why what where when whether if that who which

== stood-against.degree
rules: no-setback
why: Degree words between "were" and "against": "were openly against the
  migration", "was dead set against it".
words: openly strongly firmly completely totally very all dead set quite

== kept-changing.scope
rules: no-setback
why: What the work aims at, after a client's "kept adding" or "kept
  changing": "the client kept adding features after sign-off". Then it is
  scope creep, not the problem the story solves.
words: feature features requirement requirements scope goalposts goalpost
  spec specs specification specifications deliverable deliverables deadline
  deadlines

== kept-changing.verbs
rules: no-setback
why: Verbs of changing what the work aims at, after someone else's "kept":
  "the product owner kept adding requirements", "the customer kept moving
  the goalposts" ("kept changing" is read as an opposing verb).
words: add move expand rewrite revise reopen redo switch alter extend
  rework

== only-one-who.people
rules: no-setback
why: After "the only": one person the work rests on, told as "the only one who
  knew the old script", "the only nurse who could start IV lines", "the only
  person left on the desk". The setup's scarcity of people, a limit like
  "only two engineers" (session 15).
words: one person nurse engineer developer driver teacher member
  employee worker staff admin clerk technician

== only-one-who.sole
rules: no-setback
why: What only that one person did, knew or could, which makes them the
  limit: "the only one who knew", "who could start", "who worked on it",
  "the only one left". Choices are not limits: "the only one who
  volunteered", "who asked for a discount" (session 15).
words: knew know knows understood understands worked works work working
  could can left remaining available had has

== skill-gap.new-prep
rules: no-setback
why: After "new": "I was new to the codebase", "i was new in the warehouse",
  "new at the job" (session 15).
words: to in at

== skill-gap.know-not
rules: no-setback
why: A negation before "know" that makes the speaker's own gap: "I didn't know
  the scanner system", "i didnt know the rules" (session 15).
words: didn't didnt don't dont not never

== skill-gap.know-object
rules: no-setback
why: What follows "didn't know" when it is a gap in knowledge, a thing known:
  "the system", "any Spanish", "much about". Not "why", "whether", "that",
  "what", which open a diagnosis or a thought (session 15).
words: the a an any much anything how about my our their its this these those
  enough

== people-for-load.few
rules: no-setback
why: A small count of people set against the load they had to carry, in the
  setup: "two volunteers for a 400-family distribution", "just 2 teachers
  for 90 students", "me and one intern for the whole migration".
words: one two three four single 1 2 3 4

== people-for-load.load
rules: no-setback
why: Words after "for" that name a load larger than the people: "for the
  whole migration", "for forty patients", "for hundreds of orders". A number
  of 10 or more counts too; a time ("for 90 minutes") does not.
words: whole entire all every ten eleven twelve fifteen twenty thirty forty
  fifty sixty seventy eighty ninety hundred hundreds thousand thousands dozens

== people-for-load.only
rules: no-setback
why: A word that may stand between the count and "for" or before the count:
  "only one mechanic for twelve buses", "two volunteers total for".
words: only just total in all

== people-for-load.people
rules: no-setback
why: People counted against a load, in trades the general people words miss:
  "three nurses for a ward of forty", "one mechanic for twelve buses".
words: volunteer volunteers nurse nurses mechanic mechanics teacher teachers
  intern interns staff driver drivers cook cooks cleaner cleaners technician
  technicians doctor doctors carer carers tutor tutors worker workers
  electrician electricians pickers picker agents agent cashier cashiers
