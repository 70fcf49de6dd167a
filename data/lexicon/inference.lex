# Inference: words principle inference ignores (src/lint/infer.cc). The
# format is in data/lexicon/README.md.

== inference-stopwords
used-by: principle inference (lint --infer, map, plan, show) and the bank's shared-words view
why: Words too common in any story, or in any prompt, to say anything about
  which principle a story shows. Stemmed once, so the list follows the
  stemmer.
words: a about after all an and any are as at be been but by can could
  describe did do does example for from give had has have how i if in into is
  it its me more most my not of on or other our out so something than that the
  their them then there they this time to tell up us was we were what when
  where which who why with would you your it's i'd i'm i've work team made
  making get got one two way will also just own

== inference-question-framing
used-by: principle inference, when it reads a story's own prompts (src/lint/infer.cc)
why: Words that frame an interview question rather than say what it asks
  about: "your last project", "a recent situation", "have you ever". A
  catalog prompt or signal may hold them ("in the last year", "side
  project", "user experience"), but in a story's prompt they name no
  principle, so they are no question words; nor is where the work was
  ("your company", "your previous job"). Written from the shape of common
  interview questions, not from any story. Nor are the prepositions
  and plain verbs a question is built with ("under a lot of pressure",
  "how did you get through it", "a problem you faced", "use your
  written skills"): they name a principle only inside a phrase signal
  ("under the hood", "follow through", "customer-facing", "how they
  use"), and a prompt holds them as often as any story does. Nor is how
  hard the work felt: "a time you were under a lot of pressure", "a
  high-pressure situation" are asked of every principle (tuning authors
  filed them under Deliver Results, Dive Deep, Ownership and Bias for
  Action, none under Have Backbone, whose signal the word is).
words: last recent recently ever project projects thing things year
  situation experience company companies job
  under through over after before across without ahead away back off
  use used using face faced facing went gone
  pressure

== inference-question-framing-forms
used-by: principle inference, when it reads a story's own prompts (src/lint/infer.cc)
why: Word forms that frame an interview question although their stem is
  a principle's signal, matched as written, before stemming: "your most
  challenging project" says how hard the work was, while "a time you
  challenged your manager" (the same stem) names Have Backbone. A stem in
  inference-question-framing would drop both; these drop only the form.
  So with the nouns a question is built on: "a challenge you faced", "a
  complex problem", "a difficult team member" say what the question is
  about, as "a situation" does, while "challenge" is a Have Backbone
  signal (the verb), "problem" a word of Think Big's "bigger problem" and
  "members" a Customer Obsession signal (a service's members).
words: challenging challenge challenges problem problems member members
