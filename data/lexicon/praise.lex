# Praise: verdicts, praise and testimony that judge a result instead of
# measuring it. Read by src/lint/analysis.cc for vague-result; the format is
# in data/lexicon/README.md.

== find-intensified-praise.intensifiers
rules: vague-result
why: "much smoother", "far more reliable", "significantly faster": a
  comparison with nothing to compare, praise unless its sentence has numbers.
words: much far way significantly greatly dramatically vastly considerably
  noticeably substantially massively hugely tremendously incredibly immensely
  markedly drastically

== find-intensified-praise.not-comparative
rules: vague-result
why: "much smoother", "far more reliable", "significantly faster": a
  comparison with nothing to compare, praise unless its sentence has numbers.
words: under over other after never ever either rather whether together number
  customer user engineer later order paper partner server water power cluster
  layer buffer filter timer manager owner member winner driver worker answer

== find-intensified-praise.more
rules: vague-result
why: Between an intensifier and an adjective, a word that makes it a
 comparative: "much more stable", "far less noisy".
words: more less

== praise-at.praise
rules: vague-result
why: Someone praising the work: "the finance director thanked us", "customers
  loved the new flow", "the release was praised". The speaker's own thanks ("I
  thanked the testers") praise no result; "thanks to" gives a cause.
words: thank appreciate praise commend compliment applaud laud congratulate
  love


== testimony-at.say
rules: vague-result
why: Others reporting what the speaker's part did for them: "teammates
  mentioned afterward how my calm helped", "the client said that our notes
  made it easy". A testimony, not a measured change.
words: say mention tell note comment remark share write admit

== is-adverb-of-degree.degree
rules: vague-result
why: "very", "really", "overwhelmingly": a degree before an adjective.
words: very really so quite pretty truly just also all incredibly

== verdict-at.judged
rules: vague-result
why: The result judged instead of measured: "the rollout was successful", "a
  seamless cutover", "it showed clear value to the business", "had a
  significant impact", "strengthened the partnership", "became our main
  differentiator". Returns the number of tokens the verdict takes (0: none).
words: successful successfully seamless seamlessly flawless flawlessly
  invaluable valuable frictionless perfect perfectly
  indispensable

== verdict-at.show
rules: vague-result
why: The result judged instead of measured: "the rollout was successful", "a
  seamless cutover", "it showed clear value to the business", "had a
  significant impact", "strengthened the partnership", "became our main
  differentiator". Returns the number of tokens the verdict takes (0: none).
  Light verbs whose object is the worth itself: "showed value".
words: have make show add deliver bring prove demonstrate create provide drive

== verdict-at.worth
rules: vague-result
why: The result judged instead of measured: "the rollout was successful", "a
  seamless cutover", "it showed clear value to the business", "had a
  significant impact", "strengthened the partnership", "became our main
  differentiator". Returns the number of tokens the verdict takes (0: none).
words: value impact difference benefit benefits outcome outcomes success help
  contribution

== verdict-at.grade
rules: vague-result
why: The result judged instead of measured: "the rollout was successful", "a
  seamless cutover", "it showed clear value to the business", "had a
  significant impact", "strengthened the partnership", "became our main
  differentiator". Returns the number of tokens the verdict takes (0: none).
  Grades that judge a worth without measuring it: "clear value".
words: positive great tremendous significant huge major big real clear lasting
  meaningful substantial immense enormous considerable incredible strong
  excellent massive outstanding noticeable visible tangible

== verdict-at.praised
rules: vague-result
why: The result judged instead of measured: "the rollout was successful", "a
  seamless cutover", "it showed clear value to the business", "had a
  significant impact", "strengthened the partnership", "became our main
  differentiator". Returns the number of tokens the verdict takes (0: none).
  Praise said as the subject's state: "the feedback was overwhelmingly
  positive", "the response was fantastic".
words: positive great excellent fantastic amazing outstanding tremendous
  phenomenal incredible awesome stellar wonderful superb remarkable impressive
  brilliant exceptional effective
  beneficial
  rewarding

== verdict-at.be
rules: vague-result
why: The result judged instead of measured: "the rollout was successful", "a
  seamless cutover", "it showed clear value to the business", "had a
  significant impact", "strengthened the partnership", "became our main
  differentiator". Returns the number of tokens the verdict takes (0: none).
  "Proved" links a verdict too: "the fix proved very effective".
words: was were is are been proved proven

== verdict-at.after
rules: vague-result
why: The result judged instead of measured: "the rollout was successful", "a
  seamless cutover", "it showed clear value to the business", "had a
  significant impact", "strengthened the partnership", "became our main
  differentiator". Returns the number of tokens the verdict takes (0: none).
words: and for with to across among overall all too as from but

== verdict-at.bond
rules: vague-result
why: The result judged instead of measured: "the rollout was successful", "a
  seamless cutover", "it showed clear value to the business", "had a
  significant impact", "strengthened the partnership", "became our main
  differentiator". Returns the number of tokens the verdict takes (0: none).
  Ties between people, which a result can strengthen without a number.
words: strengthen deepen cement solidify build earn gain win restore rebuild
  foster improve
  regain establish forge develop create increase boost raise reach achieve
  get secure receive
  reinforce

== verdict-at.ties
rules: vague-result
why: The result judged instead of measured: "the rollout was successful", "a
  seamless cutover", "it showed clear value to the business", "had a
  significant impact", "strengthened the partnership", "became our main
  differentiator". Returns the number of tokens the verdict takes (0: none).
words: partnership partnerships relationship relationships trust rapport ties
  bond bonds credibility reputation goodwill relations relation
  confidence respect faith alignment buy-in loyalty
  culture visibility profile
  camaraderie cohesion spirit

== verdict-at.rank
rules: vague-result
why: The result judged instead of measured: "the rollout was successful", "a
  seamless cutover", "it showed clear value to the business", "had a
  significant impact", "strengthened the partnership", "became our main
  differentiator". Returns the number of tokens the verdict takes (0: none). A
  rank claimed for the work: "became our main differentiator".
words: main key biggest primary top best leading flagship go-to favorite
  favourite strongest core
  trusted loyal

== verdict-at.praise-noun
rules: vague-result
why: The result judged instead of measured: "the rollout was successful", "a
  seamless cutover", "it showed clear value to the business", "had a
  significant impact", "strengthened the partnership", "became our main
  differentiator". Returns the number of tokens the verdict takes (0: none).
  Praise as a thing received: "got a lot of appreciation", "recognition from
  leadership", "good feedback from the pilot users".
words: appreciation recognition accolades accolade compliments gratitude
  applause commendation award awards
  bonus bonuses

== verdict-at.reception
rules: vague-result
why: The result judged instead of measured: "the rollout was successful", "a
  seamless cutover", "it showed clear value to the business", "had a
  significant impact", "strengthened the partnership", "became our main
  differentiator". Returns the number of tokens the verdict takes (0: none).
words: feedback reviews review response responses reception comments

== verdict-at.good
rules: vague-result
why: The result judged instead of measured: "the rollout was successful", "a
  seamless cutover", "it showed clear value to the business", "had a
  significant impact", "strengthened the partnership", "became our main
  differentiator". Returns the number of tokens the verdict takes (0: none).
words: good great positive excellent glowing amazing strong fantastic rave
  warm favorable favourable wonderful brilliant enthusiastic

== verdict-at.given
rules: vague-result
why: The result judged instead of measured: "the rollout was successful", "a
  seamless cutover", "it showed clear value to the business", "had a
  significant impact", "strengthened the partnership", "became our main
  differentiator". Returns the number of tokens the verdict takes (0: none).
  The praise must be a thing someone gave: received or shown before it, or
  "from" someone after it. "Image recognition" and "good response times" name
  things, not praise.
words: receive get earn gain win draw attract express show voice nominate
  give

== verdict-at.pleased
rules: vague-result
why: The result judged instead of measured: "the rollout was successful", "a
  seamless cutover", "it showed clear value to the business", "had a
  significant impact", "strengthened the partnership", "became our main
  differentiator". Returns the number of tokens the verdict takes (0: none).
  Stakeholders' feelings as the outcome: "made the client happy", "left the
  nurses relieved", "the buyers felt confident".
words: happy pleased satisfied delighted thrilled relieved grateful excited
  glad
  impressed confident ecstatic proud
  thankful appreciative

== verdict-at.link
rules: vague-result
why: The result judged instead of measured: "the rollout was successful", "a
  seamless cutover", "it showed clear value to the business", "had a
  significant impact", "strengthened the partnership", "became our main
  differentiator". Returns the number of tokens the verdict takes (0: none).
words: made make makes left kept felt feel seemed looked became remained was
  were is are got
  been

== vague-phrases
rules: vague-result
why: Stock praise and success claims that judge a result without measuring it:
  "huge win", "went really well", "the team was thrilled". In a result, one is
  vague-result's finding unless its sentence gives a number.
phrases:
  huge win
  big win
  massive win
  real win
  a win
  huge success
  big success
  great success
  major success
  a success
  resounding success
  total success
  complete success
  very successful
  hugely successful
  really successful
  went well
  went really well
  went very well
  went so well
  went great
  went smoothly
  how smoothly
  went off without
  was thrilled
  were thrilled
  was happy
  were happy
  was very happy
  were very happy
  was really happy
  were really happy
  was pleased
  were pleased
  was delighted
  were delighted
  was over the moon
  were over the moon
  is over the moon
  are over the moon
  raved about
  raving about
  was impressed
  were impressed
  was ecstatic
  were ecstatic
  was satisfied
  were satisfied
  was excited
  were excited
  loved it
  loved the
  everyone loved
  everybody loved
  well received
  well-received
  warmly received
  positive feedback
  great feedback
  glowing feedback
  lots of praise
  got praise
  received praise
  kudos
  game changer
  game-changer
  big impact
  huge impact
  massive impact
  real impact
  made an impact
  a difference
  exceeded expectations
  on a positive note
  on a high note
  was a hit
  were a hit
  a huge relief
  a big relief
  a great relief
  contributed to the success
  led to the success
  had fun
  had a lot of fun
  had a blast
  smooth transition
  smooth rollout
  smooth handover
  smooth launch
  smooth migration
  smooth release
  smooth cutover
  smooth deployment
  smooth onboarding
  big achievement
  huge achievement
  major achievement
  great achievement
  exceeded all expectations
  beyond expectations
  above expectations
  a great outcome
  a great result
  great results
  thank-you note
  thank you note
  thank-you email
  thank you email
  shout-out
  shoutout
  shout out
  pat on the back
  was * happy
  were * happy
  was * pleased
  were * pleased
  was * satisfied
  were * satisfied
  was * impressed
  were * impressed
  was * thrilled
  were * thrilled
  was * delighted
  were * delighted
  a huge hit
  a big hit
  a hit with
  huge hit
  big hit
  instant hit
  received very positively
  received positively
  received very well
  received really well
  overwhelmingly positive
  very positive
  extremely positive
  really positive
  positive response
  praised
  recognized the effort
  recognised the effort
  recognized my
  recognised my
  recognized our
  recognised our
  recognized the team
  recognised the team
  on the same page
  worth it
  worth the effort
  worth the time
  worth the investment
  worth the wait
  worth the trouble
  worth every
  win-win
  everyone benefited
  everybody benefited
  all benefited
  both sides benefited
  everyone benefits
  put us on the map
  put me on the map
  put our * on the map
  put the team on the map
  employee of the month
  employee of the quarter
  employee of the year
  proved myself
  proven myself
  up for success
  in a strong position
  in a great position
  in a good position
  a turning point
  widely adopted
  widely used
  widely accepted
  widely praised
  transformed the way
  transformed how
  transforms the way
  spoke for themselves
  speak for themselves
  speaks for itself
  spoke for itself
  mission accomplished
  big step forward
  huge step forward
  major step forward
  great step forward
  giant step forward
  great learning experience
  amazing learning experience
  valuable learning experience
  rewarding experience

== unmeasured-comparisons
rules: vague-result unquantified-result
why: Comparisons said with an intensifier and no amount: "much better",
  "significantly improved". Praise beside a measured result; in a result with
  no number at all they are what makes it unquantified.
phrases:
  much better
  a lot better
  way better
  far better
  significantly improved
  greatly improved
  dramatically improved
  vastly improved
  really improved
  improved a lot

== stock-claims
rules: unsupported-claim
why: Stock claims and buzzwords that name a strength without showing it:
  "aligned stakeholders", "took ownership", "went above and beyond".
  unsupported-claim flags one when its sentence names nothing specific.
phrases:
  aligned stakeholders
  aligned the stakeholders
  aligned all stakeholders
  aligned everyone
  drove consensus
  drove alignment
  built consensus
  drove the initiative
  took ownership
  took full ownership
  got buy-in
  secured buy-in
  gained buy-in
  managed stakeholders
  managed expectations
  leveraged synergies
  synergy
  synergies
  best practices
  outside the box
  went above and beyond
  above and beyond
  wore many hats
  moved the needle
  communicated effectively
  collaborated closely
  cross-functional alignment
  facilitated discussions
  spearheaded
  championed
  streamlined processes
  raised the bar
  empowered the team
  drove results
  delivered value
  added value
  drove impact
  paradigm shift
  low-hanging fruit
  circled back

== first-person-in.us
rules: vague-result
why: The speaker or the team before a verb of praise or report: "I thanked
  the testers" and "we said that..." praise no result of ours; only others'
  praise and testimony count.
words: i we i'm we're

== testimony-at.how
rules: vague-result
why: What introduces the content of a testimony: "the client said that our
  notes made it easy", "mentioned how my calm helped".
words: how that

== testimony-at.ours
rules: vague-result
why: A testimony counts when it is about the speaker's part: "how my calm
  helped", "that our notes made it easy", "what it meant to us".
words: my our me us

== verdict-at.given-for
rules: vague-result
why: Words right after a praise noun that leave it a thing given, not a
  compound noun: "recognition for the team", "feedback on the pilot",
  "appreciation across the org" (but "recognition model" names a thing).
words: and for on across
  at in during

== sentence-around.ends
rules: vague-result
why: Marks that end the sentence a praise claim is judged in: a number
  elsewhere in the same sentence makes the praise decoration.
words: . ! ?

== sentence-is-specific.bullets
rules: unsupported-claim
why: Bullet marks that start a line: the word after one starts the line
  and is no name ("- Spearheaded the rewrite").
words: - * + •

== verdict-at.pleased-of
rules: vague-result
why: Feelings that stay praise with "of" after them: "the team was proud of
  what we built" ("relieved of manual entry" is not).
words: proud

== verdict-at.went
rules: vague-result
why: Verbs of how the outcome went, judged instead of measured: "it turned
  out great", "the new process worked really well", "the cutover went
  perfectly", "it came out great".
words: went goes turned turns worked works came comes played
  working

== verdict-at.well
rules: vague-result
why: How it went, judged: "worked really well", "went smoothly", "turned out
  perfectly".
words: well smoothly perfectly flawlessly beautifully seamlessly nicely
  fine

== drop-degree-well.after
rules: vague-result
why: "Well" as a degree before a comparison, not a verdict: "the refit went
  well over budget", "came in well under the estimate", "ran well past
  midnight", "went well beyond the brief".
words: over under beyond past above below ahead behind short outside

== verdict-at.well-where
rules: vague-result
why: Where or in what it went well, which keeps the verdict a verdict:
  "worked well in production", "works well in performance", "went smoothly
  at every site". Not after "went well over budget" ("over" is not here).
words: in at on
  now

== verdict-at.meet
rules: vague-result
why: Expectations said to be met instead of what changed: "the product
  met the customer's expectations", "meets customer's expectation",
  "exceeded everyone's expectations", "surpassed the client's expectations".
  The expectation must follow within four words.
words: meet exceed surpass

== verdict-at.expectation
rules: vague-result
why: The noun that "met", "exceeded" or "surpassed" must reach for the
  verdict: "met the customer's expectations".
words: expectation expectations

== verdict-at.award-of-business
rules: vague-result
why: An award of business is an outcome, not praise: "the contract award",
  "a tender award", "the grant award". Before "award" these words keep it
  silent; "received a spot award" and "won an innovation award" are praise.
words: contract contracts tender bid grant project deal

== verdict-at.as-planned
rules: vague-result
why: How it went, judged against a plan nobody measured: "everything worked
  as expected", "the cutover went as planned", "the system worked as
  intended".
words: expected intended planned designed hoped

== verdict-at.as-planned-not
rules: vague-result
why: A plan that did not hold is a setback, not a verdict: "nothing worked
  as expected at first", "little went as planned", "it never worked as
  intended". One of these before the verb keeps it silent.
words: nothing none little few never not no hardly n't didn't wasn't

== praise-at.recognize
rules: vague-result
why: Recognition of the speaker's work: "leadership recognized my work",
  "the director recognised our team", "I was recognized at the all-hands".
  Active, its object within three words must be the speaker or the work
  (praise-at.recognized-object); passive, the speaker or the work is the
  subject. "The team recognized the risk early" is no praise.
words: recognize recognise
  acknowledge

== praise-at.recognized-object
rules: vague-result
why: What a recognition must name to be praise of the work: the speaker
  ("recognized me", "our team") or the work itself ("my work", "the
  effort", "our contribution").
words: me us my our work effort efforts contribution contributions

== praise-at.promoted
rules: vague-result
why: The speaker's promotion told as the result: "I was promoted",
  "I got promoted the next cycle". A reward for the speaker, not what the
  work changed. "The build was promoted to production" has no first person
  and stays silent.
words: promoted

== verdict-at.outcome-nouns
rules: vague-result
why: Nouns for the outcome as a whole, judged with praise: "it was a great
  experience", "an amazing success", "a fantastic result".
words: experience success result outcome job win achievement project launch
  event
  effort

== testimony-at.reported
rules: vague-result
why: A verdict reported from someone else: "my boss said it was the best
  launch she had seen", "the client called it excellent work".
words: best greatest finest smoothest excellent great amazing outstanding
  fantastic impressive

== drop-negated.inside
rules: vague-result
why: A negation inside a praise phrase's gap undoes it: "the manager was not
  satisfied with the first cut", "the users were never happy with the old
  form". Contractions ("wasn't") are read by the grammar, not listed.
words: not never no hardly barely

== willing-at.help
rules: vague-result
why: After a feeling and "to", what a person was willing to do for the
  speaker, which is no verdict on the result: "the night staff were happy to
  help", "she was glad to take the second shift". "Happy to renew", "pleased
  to recommend us" and "glad to see the queue gone" stay praise.
words: help assist support cover lend share swap join volunteer pitch step
  take give answer teach show mentor pair review test try trade switch stay
  come wait hand

== verdict-at.terse-verbs
rules: vague-result
why: Words that make a clause a sentence, not a note with its verb dropped:
  "the client was happy" is read through its verb; "client happy, invoice
  paid" has none. Past, third-person and -ing forms are read by the
  grammar; these are the base forms and auxiliaries it cannot tell.
words: be am is are was were been being has have had do does did will would
  can could should shall may might must get got make made keep kept leave left
  feel felt seem seemed look looked become became remain remained want wants
  need needs stay stayed

== verdict-at.had-nouns
rules: vague-result
why: A good time had by people as the outcome: "the kids had a great time",
  "the guests had an amazing experience". Not "had a great time to launch".
words: time experience

== verdict-at.right
rules: vague-result
why: A choice judged right after the fact, with nothing measured: "everyone
  agreed it was the right call", "it proved the right decision", "it was a
  smart move".
words: right smart good wise correct

== verdict-at.choice
rules: vague-result
why: The nouns for a choice that "the right" judges (verdict-at.right).
words: call decision choice move

== verdict-at.helped
rules: vague-result
why: A benefit claimed by its size alone: "it helped the company a lot",
  "this greatly helped the night shift", "it benefited everyone
  tremendously". "Helped a lot of customers" counts people, and stays.
words: help benefit aid

== verdict-at.helped-degree
rules: vague-result
why: The unmeasured sizes that make a benefit a verdict (verdict-at.helped).
  "A lot" is read by the grammar, and "a lot of" is a quantity.
words: greatly immensely tremendously hugely massively enormously really
  substantially significantly

== verdict-at.difference
rules: vague-result
why: A change everyone noticed but nobody measured: "the whole office noticed
  the difference", "customers felt a real difference". "Noticed a difference
  between the two builds" compares, and stays.
words: notice see feel

== verdict-at.in-force
rules: vague-result
why: After "effective", these make it a date a rule took force, not a
  verdict: "the new rota was effective from May", "effective immediately".
words: from until immediately as on

== drop-compared.after
rules: vague-result
why: "A difference" followed by these compares two things and judges
  nothing: "we saw a difference between the two builds".
words: between
  of

== verdict-at.uplift
rules: vague-result
why: A feeling or experience said to be better, with nothing measured: "this
  enhanced the overall user experience", "it boosted the team's confidence",
  "raised morale on the night shift". A number in the sentence makes it a
  measured result ("satisfaction from 3.9 to 4.4"), and "gained experience
  with Kafka" is learning, not uplift; so is "it improved my judgment and
  teamwork", the speaker's own growth.
words: improve enhance boost elevate raise lift

== verdict-at.uplifted
rules: vague-result
why: What verdict-at.uplift makes better, when it judges a result.
words: experience morale confidence satisfaction collaboration teamwork
  happiness engagement

== verdict-at.plain-praised
rules: vague-result
why: Plain words of approval that judge a result only when they end the
  clause after a form of "be": "it was good", "feedback was good",
  "everything was fine". "Was good at triage" and "was fine-tuned" say
  something else.
words: good fine

== verdict-at.worked-out-end
rules: vague-result
why: "It all worked out in the end": after "worked out in the", these end
  the clause's judgement.
words: end long

== verdict-at.success-not-after
rules: vague-result
why: A note that is only "success" judges the result ("Project success.",
  "Big success overall"); after these words "success" is what something
  leads to or measures: "key to success: the dry run", "the path to
  success", "criteria for success".
words: the of to for towards toward key path recipe criteria

== praise-at.praise-past
rules: vague-result
why: Liking told as the result, read only as a past or third-person verb:
  "the users liked it very much", "customers enjoyed the new menu", "the
  change was welcomed by everyone". "It felt like a step back" and "a
  welcome change" are not someone praising.
words: like enjoy welcome

== verdict-at.test-result
rules: vague-result
why: Before "result", these are as often a test's reading as a verdict ("the
  swab came back with a positive result"), so an adjacent outcome noun
  after them judges nothing on its own.
words: positive

== standing-at.participle
rules: vague-result
why: A tie named first and then said to be made, in a note or a passive:
  "trust restored", "client trust regained", "strong trust was built with the
  auditors", "alignment achieved between product and design". "Trust
  improved" compares without an amount and is left to unquantified-result.
words: restore rebuild build earn gain win regain establish strengthen deepen
  achieve reach secure

== standing-at.grade
rules: vague-result
why: A tie graded in a note with its verb dropped: "more trust from the
  client side", "high trust with the regulator", "full alignment across
  teams". Comparatives ("better rapport") compare without an amount and are
  left to unquantified-result.
words: more high strong full mutual deep great solid lasting complete
  stronger deeper closer

== standing-at.follow
rules: vague-result
why: Words that may follow a tie and leave it a tie between people: "trust
  with ops", "the respect of the crew", "alignment between product and
  design". A noun after it names a thing: "the trust store", "the
  relationship table", "partnership revenue".
words: with between among across of for from in and to on at within
  as w

== standing-at.confidence
rules: vague-result
why: Confidence and faith are a tie only when they are someone else's: "the
  board's confidence", "leadership has full confidence in the team", "it
  gave the clinic confidence in the plan". "I gained confidence with Kafka"
  and "boosted my confidence" are the speaker's growth, not a verdict.
words: confidence faith

== standing-at.confidence-in
rules: vague-result
why: Verbs that give, have or win the confidence "in" the team or the work:
  "leadership now has full confidence in the team", "it gave leadership
  confidence in our roadmap".
words: have give gain restore regain build earn boost increase win

== standing-at.trust
rules: vague-result
why: Trust told as a verb, someone else trusting the speaker or the work:
  "the client trusts us again", "the vendor trusted me from then on", "the
  stakeholders trusted the numbers again". "I trust my team" is the speaker,
  and "the nurses trusted the paper chart more" says nothing of the result.
words: trust trusts trusted trusting

== standing-at.trusted
rules: vague-result
why: What someone's trust must reach to be a verdict on the speaker's work:
  the speaker or the team ("trusted me", "trusts our estimates").
words: me us my our

== standing-at.state
rules: vague-result
why: Agreement told as the outcome, a state of people: "the stakeholders
  were aligned", "everyone was on board", "leadership was fully bought in",
  "the planners were in sync after that", "kept everyone aligned". The
  subject must name people: "the wheels were aligned" is a repair.
words: aligned sync bought board

== standing-at.state-end
rules: vague-result
why: What may follow an agreed state and leave it one: "aligned on the
  plan", "on board with the change", "in sync after that". "On board the
  ship" names a place, and "aligned the labels" is an action.
words: on around behind with across after and now again at from about

== standing-at.parties
rules: vague-result
why: Groups and organisations whose agreement or reliance a result claims,
  beside the pronouns and nouns that name people: "the stakeholders were
  aligned", "the whole company relies on the dashboard", "the school now
  relies on the tool". "The new flow relies on the ledger service" is a
  design, not a verdict.
words: stakeholders everyone everybody teams departments leadership
  management sales ops parties sides partners leads managers directors
  executives execs board company org organization organisation business
  department division hospital clinic school store shop firm office plant
  branch agency council clients customers users nurses doctors teachers
  parents analysts
  suppliers vendors planners designers owners members leaders groups
  funders donors sponsors investors trustees residents tenants students
  employees cast ward wards site sites
  clinics hospitals schools stores shops branches agencies

== standing-at.rely
rules: vague-result
why: Reliance claimed for the work with no number: "the team now relies on
  it", "the whole company relies on the dashboard now". Its subject must be
  people or an organisation (standing-at.parties).
words: rely depend

== standing-at.mention
rules: vague-result
why: The work named before others, told as the result: "the CEO mentioned
  the project in the town hall", "it was highlighted in my annual review",
  "the work was featured in the company newsletter", "my name got mentioned
  at the all-hands". What is named must be the speaker or the work
  (standing-at.featured), and where a venue (standing-at.venue): "the
  auditor mentioned the missing signatures in her report" is a finding, and
  a plain meeting is where risks are mentioned too.
words: mention highlight feature showcase spotlight cite

== standing-at.featured
rules: vague-result
why: What a mention must name to praise the work: the speaker or the work
  itself ("my work", "the project", "it", "my name").
words: me us my our it this project work team tool launch rollout initiative
  effort fix migration name results

== standing-at.venue
rules: vague-result
why: Where the work was named before others: "in the town hall", "in my
  annual review", "in the company newsletter", "at the all-hands".
words: review all-hands town townhall newsletter announcement blog keynote
  assembly offsite

== standing-at.known
rules: vague-result
why: A standing the speaker or the work is said to have: "I became known as
  the go-to person", "the shop became known for its fast service", "I was
  seen as the expert", "our team is now regarded as a model".
words: known seen regarded viewed considered perceived

== standing-at.pay
rules: vague-result
why: "It paid off", "all the work paid off in the end": the outcome judged
  by its having been worth it. "Paid off the loan" has an object and stays.
words: paid pays

== standing-at.pay-end
rules: vague-result
why: What may follow "paid off" and leave it a verdict: "paid off in the
  end", "paid off well", "paid off for everyone".
words: in for and well big handsomely quickly already too

== standing-at.effect
rules: vague-result
why: A graded effect with nothing measured: "the changes had a positive
  effect on the clinic", "it had a big effect on the business". "A side
  effect" and "had an effect on logging" are not graded.
words: effect effects
  atmosphere

== standing-at.milestone
rules: vague-result
why: The outcome ranked as a moment instead of measured: "it was a major
  milestone for the company", "this was a key achievement for the year",
  "the launch was a big moment", "Major milestone for the team".
words: milestone moment achievement accomplishment breakthrough

== standing-at.together
rules: vague-result
why: People said to be brought together, with nothing changed that can be
  counted: "this brought the whole team together", "it brought everyone
  together". "Brought the two datasets together" joins things.
words: bring

== verdict-at.saw-the
rules: vague-result
why: Verbs that judge a worth even after "the": "the business saw the
  value", "the pilot proved the value of automated testing". After other
  verbs "the difference" names a cause: "the one input that made the
  difference".
words: see show prove demonstrate realize realise recognize recognise

== standing-at.profile
rules: vague-result
why: Standing that is a tie only when people follow it: "raised the profile
  of the data team", "it raised my visibility with senior leadership", "our
  team got a lot of visibility with the executives". "More visibility into
  failures" and "the memory profile" are about a system.
words: visibility profile

== standing-at.seen-as
rules: vague-result
why: What "seen as", "regarded as" or "viewed as" must name to be a standing
  claimed: "I was seen as the expert", "our team is regarded as a model".
  "I was seen as a risk at first" names none. "Known for" needs none.
words: expert experts go-to model leader leaders reference authority example
  champion mentor

== standing-at.rely-now
rules: vague-result
why: What makes reliance a claim about the result and not a design: "now"
  ("the team now relies on it") or the work as its object ("relies on it",
  "depends on our tool"). "The clinic relies on the nightly export" tells
  how things are wired.
words: now it this them our my

== verdict-at.saw-the-after
rules: vague-result
why: Words after "saw the value" that leave "value" the worth, not a
  compound's first word: "saw the value straight away", "saw the value in
  it", "proved the value of the pilot" ("the value field" names a thing).
words: of in straight right away immediately early again now then too at
  quickly

== standing-at.modal
rules: vague-result
why: Before a base form, words that make it no present-tense claim: "to have
  confidence in", "would trust us".
words: to would could should might may must will can

== standing-at.display
rules: vague-result
why: The speaker's own qualities claimed as the result: "this demonstrated
  my ability to deliver under pressure", "I showed strong leadership",
  "I proved that I can handle a crisis", "this shows how I insist on the
  highest standards". "I demonstrated the prototype", "it showed that the
  cache was the bottleneck" and "this showed me that I should ask earlier"
  tell a thing shown or a lesson. Growth ("improved my ability to mentor")
  is a lesson, not here.
words: demonstrate show showcase prove highlight display exhibit notice

== standing-at.trait
rules: vague-result
why: Qualities of the speaker that a result claims to have shown: "my
  ability to", "strong ownership", "my leadership skills", "my commitment
  to the customer".
words: ability abilities skill skills leadership ownership commitment
  dedication initiative capability capabilities competence expertise
  judgment judgement strengths potential resilience adaptability obsession
  bias integrity professionalism

== standing-at.trait-grade
rules: vague-result
why: Grades before a quality the speaker claims: "strong leadership", "great
  initiative", "real ownership".
words: strong great excellent real clear true good exceptional outstanding
  genuine solid technical problem-solving customer

== standing-at.can
rules: vague-result
why: After "proved (that) I" or "showed I", words that make it a claim about
  the speaker: "proved that I can handle a crisis", "showed I was capable".
words: can could was am 'm

== standing-at.entrusted
rules: vague-result
why: More trust or scope given to the speaker, told as the result: "I was
  entrusted with the key accounts", "I was trusted with the next launch",
  "I was given more responsibility".
words: entrust trust

== standing-at.scope
rules: vague-result
why: What the speaker is said to have been given more of: "more
  responsibility", "greater ownership", "more autonomy".
words: responsibility responsibilities ownership autonomy scope

== standing-at.more
rules: vague-result
why: Words that make scope given a reward: "more responsibility",
  "bigger scope", "additional ownership".
words: more bigger additional greater extra broader wider

== standing-at.against
rules: vague-result
why: After "showed I was", words that judge against the speaker: "proved I
  was wrong about the cache", "showed I was not ready".
words: wrong mistaken not never unprepared unable late behind short

== growth-at.grow
rules: vague-result
why: The speaker's own growth claimed as the result, with nothing a listener
  could check: "I grew as a leader", "I really grew a lot as an engineer",
  "it helped me grow professionally", "I developed as a manager", "I have
  grown so much from this". Not "I grew the team to eight" or "developed a
  tool" (an object follows), not a lesson with its content ("I learned to
  write the test plan first", "it improved my judgment in later incidents").
words: grow develop mature evolve

== growth-at.how
rules: vague-result
why: After growth-at.grow, what keeps it a claim about the speaker: "as a
  leader", "professionally", "personally", "from this", "so much".
words: professionally personally

== growth-at.self
rules: vague-result
why: The speaker's own feelings about themself, made better as the result:
  "it boosted my confidence", "my confidence grew a lot", "I gained a lot of
  confidence", "I became more confident". "Improved my judgment" and
  "reinforced my commitment to quality" are skills and values, lessons,
  and stay silent.
words: confidence self-confidence self-esteem self-belief

== growth-at.rise
rules: vague-result
why: Verbs with which the speaker's confidence (growth-at.self) is said to
  have grown: "my confidence grew", "my self-esteem went up".
words: grow increase improve soar rise skyrocket build

== growth-at.gain
rules: vague-result
why: Verbs with which the speaker gains confidence (growth-at.self): "I
  gained a lot of confidence", "I built up my confidence".
words: gain build develop get earn acquire

== growth-at.kind
rules: vague-result
why: Before "growth", what makes it the speaker's own as the result: "a
  huge personal growth for me", "great professional growth". "The personal
  growth plan" names a thing.
words: personal professional

== standing-at.close
rules: vague-result
why: A group said to be closer or more united, as the outcome: "the team
  became more cohesive", "the volunteers grew much closer", "we became a
  tight-knit crew", "our bond is stronger than ever". People must be the
  subject: "the depot was closer to the port" is a place.
words: cohesive closer united tight-knit close-knit tighter

== standing-at.tie-grew
rules: vague-result
why: A tie said to have grown stronger by itself: "our relationship with
  the supplier strengthened", "trust between the teachers and me grew
  stronger", "the partnership became stronger". "Trust improved" and "trust
  increased" compare without an amount and are left to unquantified-result.
words: strengthen deepen solidify cement

== standing-at.tie-stronger
rules: vague-result
why: What a tie grew into after "grew", "became", "is" (standing-at.tie-grew):
  "grew stronger", "became closer", "is stronger than ever".
words: stronger closer deeper tighter

== verdict-at.pleased-base
rules: vague-result
why: A stakeholder's feeling told with the verb's base form after "be", as
  second-language English writes it: "the team was very impress by the new
  model", "customer was satisfy with the result", "my manager is please with
  my work". Only right after a form of "be" (degree words between) and
  before "by", "with", "about", "at", "and" or the clause's end: "the goal
  was to impress the board" and "my plan was satisfy the regulator first"
  are not feelings.
words: impress satisfy please delight amaze thrill excite

== verdict-at.pleased-base-after
rules: vague-result
why: What may follow a feeling in the base form (verdict-at.pleased-base):
  "was impress by", "were satisfy with", "is please about".
words: by with about at and

== verdict-at.keep
rules: vague-result
why: Verbs that keep a tie as it was, a verdict only when the tie is graded
  (verdict-at.keep-grade): "maintained good working relationships", "kept a
  strong relationship with the union", "preserved our great relationship
  with the client". "Maintained the relationship table" and "kept good
  records" keep things, not ties.
words: maintain keep preserve sustain retain

== verdict-at.keep-grade
rules: vague-result
why: Grades that make a kept tie the claim (verdict-at.keep): "good working
  relationships", "healthy relations", "on good terms".
words: good great strong healthy positive excellent close solid warm friendly
  productive trusting

== verdict-at.keep-able
rules: vague-result
why: Before "to" and a keeping verb in the base form (verdict-at.keep), what
  makes it done, not wished: "was able to maintain good working
  relationships", "managed to keep a good relationship"; "we need to
  maintain good relations" is a wish.
words: able managed manages succeeded

== verdict-at.stay
rules: vague-result
why: Verbs of a state going on, with a graded tie as subject or "on good
  terms" after them: "our relationship with the supplier stayed strong", "the
  relation with the customer remain very good", "we stayed on good terms with
  the landlord". "The relationship between load and latency stayed linear"
  grades nothing.
words: stay stayed stays remain remained remains

== exemplar-at.verbs
rules: vague-result
why: Someone else holding the speaker's work up as an example, a verdict told
  as testimony: "the ward manager mentioned our handover sheet as an example
  for the other wards", "my lead cited it as a model", "head office pointed to
  our store as the benchmark". The object must be the speaker's work ("it",
  "this", "my", "our", exemplar-at.own) and the subject someone else: "the
  trainer used a broken pump as an example of what not to do" and "the nurse
  mentioned the rash as an example" are not about the work.
words: mention cite use hold point show present refer showcase highlight
  feature share

== exemplar-at.own
rules: vague-result
why: Words that make the object of an exemplar verb (exemplar-at.verbs) the
  speaker's work: "cited it", "used my lesson plan", "mentioned this project".
words: it this that them these those my our

== exemplar-at.nouns
rules: vague-result
why: What the work is held up as (exemplar-at.verbs): "as an example", "as a
  model", "as the benchmark", "as a template for the region", "as best
  practice" ("practice" only after "best" or "good").
words: example examples model benchmark template blueprint showcase standard
  practice

== verdict-at.chose
rules: vague-result
why: Verbs of choosing or arriving at a solution that a superlative after them
  judges (verdict-at.best, verdict-at.option): "we chose the best solution",
  "picked the optimal approach", "agreed on the ideal design", "reached the
  perfect solution for both wards". Read in their past forms only.
words: chose chosen choose pick select find found reach adopt agree arrive
  settle land landed

== verdict-at.best
rules: vague-result
why: Superlatives that judge a chosen solution instead of measuring it
  (verdict-at.chose): "the best solution", "the optimal approach".
words: best optimal ideal perfect right

== verdict-at.option
rules: vague-result
why: What was chosen (verdict-at.chose), ending its phrase: "the best
  solution", "the ideal design with the landlord"; not "the optimal solution
  depth", "the best option field", "the best way to load the vans".
words: solution solutions approach option options design

== verdict-at.option-after
rules: vague-result
why: Words that may follow a chosen solution (verdict-at.option) and keep it
  the end of its phrase: "the best solution for the school", "the ideal
  design with the landlord", "the optimal approach and".
words: for with and in

== superlative-at.frame
rules: vague-result
why: A superlative set against everything before it, which claims a rank no
  number backs: "the cleanest migration she had seen", "the best-run fair
  in years", "our smoothest close ever", "the fastest turnaround on record",
  "the best quarter in the company's history". Words after the superlative
  that make the frame; "years" and "decades" only after "in" or "for".
words: ever yet seen record history memory years decades

== superlative-at.not
rules: vague-result
why: Words ending in "-est" that are no superlative of a quality, or a
  superlative that places rather than praises: "the latest build", "the
  earliest slot", "the nearest depot", "an honest answer", "the largest
  client", "the oldest van". Read with superlative-at.frame: "the cleanest
  migration she had seen" is a verdict, "the latest build in years" is not.
words: latest earliest nearest largest longest oldest newest lowest highest
  widest deepest shortest smallest honest modest interest contest protest
  request harvest forest suggest digest invest manifest arrest guest quest
  chest test least west

== superlative-at.owner
rules: vague-result
why: What stands before a superlative of the work: "the", "our", "its",
  "their", "my", "his", "her".
words: the our its their my his her

== growth-at.know
rules: vague-result
why: What the speaker claims to have gained, with a size and nothing a
  listener could check: "I gained a huge amount of knowledge", "gained a lot
  of experience", "I acquired tons of insight". "Gained knowledge of the
  billing codes" names what was learned and has no size; "2 years of
  experience" has a number, and its sentence is measured.
words: knowledge experience insight insights expertise exposure understanding
  skills

== growth-at.know-size
rules: vague-result
why: A size before growth-at.know with no number: "a huge amount of", "a lot
  of", "a great deal of", "tons of", "so much", "immense".
words: lot lots huge amount deal great tons ton immense massive wealth
  tremendous enormous much plenty incredible

== verdict-at.made-rank
rules: vague-result
why: A standing the speaker's work was made to hold with others, past the
  object of "make": "making the tool a trusted part of daily planning", "made
  it the go-to checklist", "made the clinic a flagship site". Ranks a
  decision can give ("made the east dock the main entrance") are not here.
words: trusted go-to favorite favourite flagship
