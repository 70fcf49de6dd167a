#!/usr/bin/env python3
"""Writes N invented STAR-L stories for the starbank benchmark.

usage: gen_stories.py N OUT_DIR [--per-file K] [--seed S] [--near-copies]

Deterministic: the same N, K and seed always give byte-identical files (the
random numbers come from splitmix64, not from Python's `random`, so the
output does not depend on the Python version). Stories are 1-2 KB each, built
from sentence templates and large word pools, so that two stories rarely
share more than a few 3-word shingles. About two in five are strong; the
rest carry one or two of the defects the rules look for (vague or unmeasured
results, "we"-told actions, celebrated overtime, a long setup, no learning, a
misspelled principle, an unknown key, a missing section). One story in a
hundred is a light rewrite of an earlier one, for duplicate-story.

With --near-copies every story after the first is a light rewrite of the
first: a bank of N near-identical stories, the worst case for duplicate-story.

With --per-file 1 (the default) each story is its own file; with K > 1, each
file holds a YAML list of K stories. Files go in subfolders of 1000 files.
"""
import argparse
import os
import sys

MASK = (1 << 64) - 1


class Rng:
    """splitmix64: small, fast and identical on every platform."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def pick(self, items):
        return items[self.below(len(items))]

    def chance(self, percent):
        return self.below(100) < percent

    def sample(self, items, k):
        pool = list(items)
        out = []
        for _ in range(min(k, len(pool))):
            out.append(pool.pop(self.below(len(pool))))
        return out


SYSTEMS = [
    "checkout service", "search indexer", "billing pipeline", "Android app",
    "iOS app", "payments API", "feature-flag service", "data warehouse",
    "notification service", "auth gateway", "recommendation model",
    "build farm", "log pipeline", "CDN configuration", "inventory sync",
    "fraud scorer", "onboarding flow", "support console", "nightly ETL",
    "Kafka cluster", "Postgres fleet", "image resizer", "pricing engine",
    "geo lookup service", "email renderer", "session store", "ledger service",
    "mobile release train", "GraphQL gateway", "metrics backend",
    "shipping estimator", "tax calculator", "partner webhook relay",
    "document converter", "video transcoder", "access-review tool",
    "translation pipeline", "A/B testing platform", "warehouse scanner app",
    "chat backend", "calendar sync", "map tile server", "address validator",
    "loyalty points service", "receipt OCR job", "deploy pipeline",
    "secrets manager", "rate limiter", "audit log exporter", "crash reporter",
]

METRICS = [
    ("p95 latency", "ms"), ("p99 latency", "ms"), ("error rate", "%"),
    ("crash rate", "%"), ("build time", "minutes"), ("monthly cloud spend", "k$"),
    ("weekly ticket volume", "tickets"), ("checkout conversion", "%"),
    ("deploys per week", "deploys"), ("on-call pages per week", "pages"),
    ("query time", "ms"), ("monthly churn", "%"), ("time to first byte", "ms"),
    ("memory per pod", "MB"), ("test suite runtime", "minutes"),
    ("cold start time", "ms"), ("storage bill", "k$"), ("flaky test rate", "%"),
    ("batch runtime", "hours"), ("queue backlog", "messages"),
    ("support escalations per month", "escalations"), ("sign-up completion", "%"),
    ("index freshness lag", "minutes"), ("failed payments", "%"),
    ("mean time to recovery", "minutes"), ("review turnaround", "hours"),
]

GROUPS = [
    "payments group", "growth team", "platform org", "mobile guild",
    "data infrastructure team", "search team", "risk team", "SRE rotation",
    "developer productivity group", "marketplace team", "identity team",
    "logistics squad", "billing team", "trust and safety team", "edge team",
]

PEOPLE = [
    "Priya", "Marcus", "Lena", "Tomasz", "Aiko", "Rafael", "Nadia", "Oluwaseun",
    "Greta", "Hamid", "Sofia", "Devon", "Ines", "Kwame", "Mei", "Jonas",
    "Farah", "Luca", "Ananya", "Bram", "Chloe", "Dmitri", "Esther", "Felix",
]

ROLES = [
    "my manager", "the product lead", "our director", "the staff engineer",
    "the security lead", "the finance partner", "the support lead",
    "the data scientist", "the design lead", "the release manager",
]

CAUSES = [
    "a missing index on the orders table", "a retry storm between two services",
    "an unbounded cache that evicted hot keys", "a chatty N+1 query in the ORM",
    "a lock held across a network call", "DNS lookups on every request",
    "a serializer that copied whole payloads", "a cron job that overlapped itself",
    "thread pools sized for the old hardware", "a regex that backtracked on long input",
    "timeouts longer than the client's", "duplicate events from the old producer",
    "a config flag left on after a test", "a third-party SDK that blocked the main thread",
    "logs written synchronously to disk", "a fan-out that grew with account size",
    "stale feature flags read per request", "an alert threshold no one had tuned",
    "images served at full resolution", "a batch job without backpressure",
]

FIXES = [
    "added a covering index and rewrote the hot query",
    "put jittered backoff and a retry budget on the client",
    "replaced the cache with a bounded LRU and pinned the hot keys",
    "batched the lookups into one query per page",
    "moved the network call outside the lock",
    "cached DNS results for the connection lifetime",
    "switched to streaming serialization",
    "made the job take a lease so runs could not overlap",
    "sized the pools from measured concurrency instead of guesses",
    "replaced the regex with a two-pass parser",
    "aligned every timeout with the caller's deadline",
    "deduplicated events by idempotency key",
    "removed the flag and added a check that fails the build if it returns",
    "moved the SDK call to a background queue",
    "made logging asynchronous with a bounded buffer",
    "capped the fan-out and paginated the rest",
    "loaded flags once per minute into memory",
    "rebuilt the alerts around user-facing symptoms",
    "served resized variants from the CDN",
    "added backpressure and a dead-letter queue",
]

OBSTACLES = [
    "the vendor's SDK release slipped {n} weeks",
    "{person}, our only database specialist, went on parental leave",
    "the security review blocked the launch until we fixed token storage",
    "a hiring freeze cut the team from {n} to {m} people",
    "the old system had no tests, so every change was risky",
    "legal asked us to keep data in region, which ruled out the managed option",
    "the platform team deprecated the queue we depended on mid-project",
    "our load tests crashed the shared staging cluster",
    "the budget for new hardware was denied",
    "two teams disagreed on who owned the schema",
    "a production incident pulled me away for a week",
    "the API we relied on changed its rate limits without notice",
    "the first prototype failed under real traffic",
    "leadership was skeptical that a rewrite was worth the risk",
    "the migration window was only {n} hours on a Sunday",
]

VERBS_I = [
    "I profiled", "I traced", "I measured", "I wrote a design doc for",
    "I interviewed users of", "I pair-reviewed changes to", "I load-tested",
    "I instrumented", "I sketched three options for", "I prototyped a fix for",
    "I audited", "I rolled out a canary of", "I benchmarked", "I mapped the owners of",
]

VERBS_WE = [
    "We profiled", "We traced", "The team measured", "We wrote a design doc for",
    "Everyone pitched in on", "We reviewed changes to", "The team load-tested",
    "We instrumented", "We brainstormed options for", "We prototyped a fix for",
]

OPENERS = [
    "[Our|The] {system} had [drifted|degraded|slowly gotten worse] [over two years|since the last re-org|after a traffic spike]",
    "Customers of the {system} kept [complaining|filing tickets|churning] [about it|to support|in the app reviews]",
    "Every [release|deploy|change] of the {system} was [painful|risky|a gamble]",
    "The {system} was the [top|second-largest|loudest] source of [pages|incidents|support load]",
    "[Leadership|Our VP|The quarterly review] flagged the {system} as a [risk|problem|priority]",
    "A [partner|large customer|reseller] [threatened to leave|escalated to our CEO|paused a renewal] over the {system}",
    "The {system} had grown without [an owner|a roadmap|anyone on call for it]",
    "When I joined the {group}, the {system} [had no dashboards|was half migrated|ran on a single host]",
]

VAGUE = [
    "It was a big success and leadership was happy.",
    "The launch went really well and everyone loved it.",
    "It made a huge impact and we got lots of praise.",
    "Stakeholders were thrilled with how smoothly it went.",
    "The result was much better and received glowing feedback.",
]

EFFORT = [
    "We pulled several all-nighters and worked through the weekend.",
    "I worked really hard, with long hours and late nights for a month.",
    "The team put in extra hours every evening and most weekends.",
]

LEARNINGS = [
    "I now measure before I propose a design, and I write the baseline into the doc.",
    "Small reversible steps beat one big cutover; I plan rollbacks first.",
    "I ask who owns a dependency in week one, not when it breaks.",
    "I put a load test in CI for any service on the checkout path.",
    "Writing down the decision and its trade-offs saved every later argument.",
    "I keep a risk list with owners and review it weekly with {person}.",
    "Dashboards nobody reads do not help; I tie each alert to an action.",
    "I involve support early, because they hear about breakage first.",
]

PRINCIPLES = [
    "Deliver Results", "Dive Deep", "Ownership", "Customer Obsession",
    "Invent and Simplify", "Bias for Action", "Frugality", "Earn Trust",
    "Insist on the Highest Standards", "Think Big", "Learn and Be Curious",
    "Hire and Develop the Best", "Have Backbone", "Disagree and Commit",
    "Are Right, A Lot",
]

MISSPELLED = ["Customer Obsesion", "Deliver Result", "Dive Deeep", "Bias to Action",
              "Frugalty", "Ownershp"]

FILLER = [
    "The {system} [served|handled|took] about {n} [requests a second|thousand calls a minute|jobs an hour] at peak.",
    "{person} from the {group} had [tried a quick fix|proposed a rewrite|raised it in planning] [the year before|last spring|twice already].",
    "Most of the code [predated the current team|was written in a hurry|came from an acquisition] and had [sparse docs|no owner|few tests].",
    "The dashboards showed the problem only [in aggregate|as a daily average|per region], which hid the pattern.",
    "Support had [a macro|a saved reply|a wiki page] for the most common complaint about it.",
    "The on-call runbook for it was {n} pages long and [partly wrong|out of date|mostly links].",
    "Traffic [doubled|tripled|spiked] every [December|quarter end|sale weekend], so the fix had to hold at [twice|three times] the load.",
    "The {group} depended on its output for [their morning reports|billing|customer emails].",
    "[Nobody|Few people] on the team had [touched|deployed|debugged] it in [months|a year|two quarters].",
    "Its [config|schema|API] had [{n} options|{n} versions|{n} callers], most of them undocumented.",
]

ACTION_FILLER = [
    "[I|First I] [traced|profiled|measured] the {system} end to end and found that {cause} [caused|explained|drove] most of the [slowdown|errors|cost].",
    "Before changing anything I [wrote down|recorded|shared] the baseline: {metric} at {before} {unit}.",
    "I split the work into {n} [reversible|small|independent] steps, each behind its own [flag|config switch|release].",
    "I reviewed the plan with {person} and {role}, who [pushed for|argued for|asked for] a smaller first step.",
    "I [replayed|sampled|captured] real traffic [for {n} minutes|from one region|from a busy hour] to test the hot path.",
    "To protect quality I added [contract tests|golden tests|a canary check] for the {system} and ran both versions side by side for {n} days.",
    "I wrote a one-page note comparing [a rewrite|a vendor product|a cache layer] with an incremental fix and chose the fix.",
    "When {obstacle}, I re-planned: I {fix} first, since that needed nobody else.",
    "I {fix}, then watched {metric} on a canary for {n} days before going wider.",
    "I asked {person} to review the rollback plan, and [we rehearsed it|I rehearsed it|we tested it] once in staging.",
    "I [paired with|mentored|coached] {person} on the [migration|rollout|test plan] so the {group} could own it after me.",
    "I [set up|built|added] a dashboard for {metric} that the {group} [still uses|reviews weekly|pins in their channel].",
    "[To keep risk low|To stay reversible|For safety] I kept the old path [running|warm|behind a flag] for {n} days.",
]

class Story:
    def __init__(self, rng, index):
        self.rng = rng
        self.index = index
        self.system = rng.pick(SYSTEMS)
        self.metric, self.unit = rng.pick(METRICS)
        self.group = rng.pick(GROUPS)
        self.person = rng.pick(PEOPLE)
        self.before = 10 + rng.below(990)
        self.after = max(1, self.before * (10 + rng.below(70)) // 100)
        self.target = (self.after + self.before) // 2

    def fill(self, template):
        rng = self.rng
        template = expand(rng, template)
        return template.format(
            system=self.system, group=self.group, person=rng.pick(PEOPLE),
            role=rng.pick(ROLES), n=2 + rng.below(40), m=1 + rng.below(3),
            metric=self.metric, unit=self.unit, before=self.before,
            cause=rng.pick(CAUSES), fix=rng.pick(FIXES),
            obstacle=rng.pick(OBSTACLES).format(
                person=rng.pick(PEOPLE), n=2 + rng.below(6), m=1 + rng.below(3)),
            verb=rng.pick(VERBS_I))


def expand(rng, template):
    """Replaces each "[a|b|c]" in `template` with one of its choices."""
    out, pos = [], 0
    while True:
        start = template.find("[", pos)
        if start < 0:
            return "".join(out) + template[pos:]
        end = template.index("]", start)
        out.append(template[pos:start])
        out.append(rng.pick(template[start + 1:end].split("|")))
        pos = end + 1


def wrap(text, width=76):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


def block(key, text):
    return [f"{key}: |"] + [f"  {l}" for l in wrap(text)]


def make_story(rng, index):
    """Returns the story's sections as an ordered list of (key, value)."""
    s = Story(rng, index)
    defects = [] if rng.chance(40) else rng.sample(
        ["vague", "unquantified", "we", "effort", "long-setup", "no-learning",
         "misspelled", "unknown-key", "missing-task", "no-setback"], 1 + rng.below(2))
    title = f"{s.metric.capitalize()} of the {s.system} from {s.before} to {s.after} {s.unit}"
    principles = rng.sample(PRINCIPLES, 1 + rng.below(3))
    if "misspelled" in defects:
        principles[0] = rng.pick(MISSPELLED)

    situation = [s.fill(rng.pick(OPENERS)) + f", and {s.metric} sat at {s.before} {s.unit}."]
    situation += [s.fill(f) for f in rng.sample(FILLER, 2 if "long-setup" in defects else 1)]
    if "long-setup" in defects:
        situation += [s.fill(f) for f in FILLER] * 2
    task = s.fill(rng.pick([
        "I owned the {system} for the {group}. ",
        "I was the [tech lead|on-call lead|senior engineer] for the {system}. ",
        "[My manager|The director] asked me to [fix|own|turn around] the {system}. ",
    ])) + rng.pick([
        f"{s.fill('{role}').capitalize()} set a target of {s.target} {s.unit} within "
        f"{2 + rng.below(10)} weeks.",
        f"The goal was {s.target} {s.unit} before the {rng.pick(['freeze', 'launch', 'audit'])}.",
        f"Success meant {s.metric} at or under {s.target} {s.unit} by the end of the quarter.",
    ])
    action = [s.fill(f) for f in rng.sample(ACTION_FILLER, 4 + rng.below(3))]
    if "no-setback" in defects:
        action = [a for a in action if "When" not in a]
    elif not any("When" in a for a in action):
        action.append(s.fill("Midway, {obstacle}, so I {fix} instead."))
    if "we" in defects:
        action = [s.fill(f"{rng.pick(VERBS_WE)} the {{system}} and {{fix}}.")
                  for _ in range(4)] + ["Everyone stepped up and we shipped it together."]
    if "effort" in defects:
        action.append(rng.pick(EFFORT))
    if "unquantified" in defects:
        result = f"The {s.system} became noticeably faster and support heard fewer complaints."
    else:
        result = rng.pick([
            f"{s.metric.capitalize()} went from {s.before} to {s.after} {s.unit} "
            f"against the {s.target} {s.unit} target",
            f"{s.metric.capitalize()} fell from {s.before} {s.unit} to {s.after}, "
            f"beating the {s.target} {s.unit} goal",
            f"We ended at {s.after} {s.unit} of {s.metric}, down from {s.before}, "
            f"with a target of {s.target}",
        ]) + s.fill(rng.pick([
            ", and the {group} closed {n} related tickets.",
            "; pages for it dropped from {n} a week to [one|two|none].",
            ", {n} days [ahead of|before] the deadline.",
            ", and the fix has held for {n} weeks since.",
        ]))
    if "vague" in defects:
        result += " " + rng.pick(VAGUE)
    learning = s.fill(rng.pick(LEARNINGS))

    fields = [("title", title), ("principles", "[" + ", ".join(principles) + "]")]
    if rng.chance(30):
        fields.append(("prompts", ["Tell me about a time you improved a system "
                                   f"others had given up on ({s.system})."]))
    fields.append(("situation", " ".join(situation)))
    if "missing-task" not in defects:
        fields.append(("task", task))
    fields.append(("action", " ".join(action)))
    fields.append(("result", result))
    if "no-learning" not in defects:
        fields.append(("learning", learning))
    if rng.chance(25):
        fields.append(("tradeoffs", f"Shipping the smaller fix first meant living with "
                                    f"{s.fill('{cause}')} for {2 + rng.below(8)} more weeks."))
    if rng.chance(35):
        fields.append(("followups", [
            ("What would you do differently?",
             s.fill("[Ask for the raw data|Talk to {person}|Write the rollback plan] in the "
                    "first week instead of [guessing|reading logs by hand|waiting for "
                    "the review].")),
            ("How did you measure it?",
             s.fill("{metric} from the {system}'s own metrics, over a [rolling|fixed] "
                    "{n}-day window, excluding [known outages|test traffic|internal users]."))]))
    if "unknown-key" in defects:
        fields.append(("reslut", "see above"))
    fields.append(("tags", "[" + ", ".join(w.lower() for w in s.system.split()[:2]) + "]"))
    return fields


def near_copy(rng, fields):
    """A light rewrite of a story: same text with a few words changed."""
    out = []
    for key, value in fields:
        if key == "action" and isinstance(value, str):
            words = value.split()
            for _ in range(3):
                words[rng.below(len(words))] = rng.pick(["quickly", "carefully", "first"])
            value = " ".join(words)
        out.append((key, value))
    return out


def render(fields, indent=""):
    lines = []
    for key, value in fields:
        if key == "followups":
            lines.append(f"{key}:")
            for question, answer in value:
                lines.append(f"  - question: {question}")
                lines.append("    answer: >-")
                lines += [f"      {l}" for l in wrap(answer, 70)]
        elif isinstance(value, list):
            lines.append(f"{key}:")
            lines += [f"  - {v}" for v in value]
        elif key in ("title", "principles", "tags", "reslut"):
            lines.append(f"{key}: {value}")
        else:
            lines += block(key, value)
    if not indent:
        return "\n".join(lines) + "\n"
    out = [f"- {lines[0]}"] + [f"  {l}" for l in lines[1:]]
    return "\n".join(out) + "\n"


def main(argv):
    parser = argparse.ArgumentParser(description="Write N invented STAR-L stories.")
    parser.add_argument("n", type=int, help="number of stories")
    parser.add_argument("out", help="output folder (created)")
    parser.add_argument("--per-file", type=int, default=1, help="stories per file")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--near-copies", action="store_true",
                        help="every story a light rewrite of the first")
    args = parser.parse_args(argv[1:])
    n, out, per_file = args.n, args.out, max(1, args.per_file)
    rng = Rng(args.seed)
    os.makedirs(out, exist_ok=True)
    recent = []
    file_index, batch = 0, []

    def flush():
        nonlocal file_index, batch
        if not batch:
            return
        folder = os.path.join(out, f"d{file_index // 1000:03d}")
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, f"story-{file_index:06d}.yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write("".join(render(s, "  " if per_file > 1 else "") for s in batch))
        file_index += 1
        batch = []

    for i in range(n):
        if args.near_copies and recent:
            fields = near_copy(rng, recent[0])
        elif recent and rng.chance(1):
            fields = near_copy(rng, rng.pick(recent))
        else:
            fields = make_story(rng, i)
        if not args.near_copies:
            recent = (recent + [fields])[-50:]
        elif not recent:
            recent = [fields]
        batch.append(fields)
        if len(batch) == per_file:
            flush()
    flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
