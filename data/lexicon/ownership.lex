# Ownership: words that show a "we" is not the team acting (a plan, a
# condition, an agreement). Read by src/lint/analysis.cc for we-ownership;
# the format is in data/lexicon/README.md.

== we-not-acting.if
rules: we-ownership
why: A "we" that is not the team acting: a plan under a condition ("if the
  canary failed we'd fall back"), or an agreement two sides reached ("we
  agreed to split the work", "we reached a compromise"), which tells what was
  settled, not who did it.
words: if unless whether otherwise should

== we-not-acting.would
rules: we-ownership
why: A "we" that is not the team acting: a plan under a condition ("if the
  canary failed we'd fall back"), or an agreement two sides reached ("we
  agreed to split the work", "we reached a compromise"), which tells what was
  settled, not who did it.
words: would might 'd

== we-not-acting.settled
rules: we-ownership
why: A "we" that is not the team acting: a plan under a condition ("if the
  canary failed we'd fall back"), or an agreement two sides reached ("we
  agreed to split the work", "we reached a compromise"), which tells what was
  settled, not who did it.
words: agreement consensus compromise truce

== listed-verbs.join
rules: we-ownership
why: Words that may stand between a comma or "and" and the next verb of a
  list: "..., then redeployed it", "and finally wrote the postmortem".
words: , and then also finally later

== listed-verbs.object
rules: we-ownership
why: What follows a listed past form when it is a verb, not an adjective:
  an object's first word or a particle ("found the leak", "redeployed it",
  "set up alerts"). "The old, tested path" has a noun after the participle.
words: the a an it them its their our my his her this that these those all
  every each some any both up out down off back over in on to with for from
  into through across everything everyone us me him
