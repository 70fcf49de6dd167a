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
