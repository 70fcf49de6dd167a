#!/usr/bin/env python3
"""Score starbank's lint rules on the labelled accuracy corpus.

Lints every story in this folder at once (so duplicate-story sees the whole
bank) with `STARBANK lint --format json --fail-on error DIR`, compares the
findings with labels.yaml and prints a Markdown table per rule: recall over
the stories where the rule must fire, precision over the stories where it is
labelled either way, the share of strong stories with any false alarm, and
the score AUC (the chance that a strong story outscores a weak one).

  python3 tests/accuracy/score.py build/starbank
  python3 tests/accuracy/score.py build/starbank --details   # list each miss

Exit 0 when every floor holds, 1 when one does not (or a corpus file fails
to load), 2 when the run itself fails (bad labels, no JSON, a crash).
"""
import argparse
import json
import os
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
# Rows in the order of the spec's rule table; rules not listed here sort last.
RULE_ORDER = ["missing-section", "unknown-principle", "unknown-field",
              "unquantified-result", "no-baseline", "vague-result",
              "we-ownership", "no-setback", "effort-over-outcome",
              "unsupported-claim", "too-long", "too-short", "long-setup",
              "missing-learning", "duplicate-story", "confidential-term"]


class RunError(Exception):
    """The corpus could not be scored at all (exit 2)."""


def load_labels(corpus):
    path = os.path.join(corpus, "labels.yaml")
    try:
        with open(path, encoding="utf-8") as fh:
            doc = yaml.safe_load(fh)
    except (OSError, yaml.YAMLError) as err:
        raise RunError(f"cannot read {path}: {err}")
    labels = {}
    for entry in (doc or {}).get("stories", []):
        name = entry.get("file")
        if not name or entry.get("kind") not in ("strong", "weak"):
            raise RunError(f"{path}: entry {entry!r} needs a file and kind strong|weak")
        if name in labels:
            raise RunError(f"{path}: {name} is labelled twice")
        if not os.path.isfile(os.path.join(corpus, name)):
            raise RunError(f"{path}: {name} does not exist")
        fire = []
        for item in entry.get("must_fire") or []:
            if isinstance(item, dict):
                fire.append((item["rule"], item.get("line")))
            else:
                fire.append((item, None))
        labels[name] = {"kind": entry["kind"], "style": entry.get("style", "?"),
                        "fire": fire, "not": list(entry.get("must_not_fire") or [])}
    if not labels:
        raise RunError(f"{path}: no stories labelled")
    return labels


def run_lint(starbank, corpus):
    cmd = [starbank, "lint", "--format", "json", "--fail-on", "error", corpus]
    try:
        run = subprocess.run(cmd, capture_output=True, text=True, check=False)
    except OSError as err:
        raise RunError(f"cannot run {starbank}: {err}")
    # 1 is "findings at error level" (the weak stories carry some) and 2 is
    # "a file failed to load", which is scored below; anything else is a crash.
    said = f": {run.stderr.strip()}" if run.stderr.strip() else ""
    if run.returncode not in (0, 1, 2):
        raise RunError(f"{' '.join(cmd)} exited {run.returncode}{said}")
    try:
        return json.loads(run.stdout)
    except ValueError as err:
        raise RunError(f"{' '.join(cmd)} printed no JSON ({err}){said}")


def collect(report, corpus, labels):
    """Per labelled file: the rules fired with their lines, the score, load errors."""
    def rel(path):
        return os.path.relpath(os.path.join(corpus, path) if not os.path.isabs(path)
                               else path, corpus)
    files = {name: {"fired": {}, "scores": [], "errors": []} for name in labels}
    for story in report.get("stories", []):
        name = rel(story["file"])
        if name not in files:
            raise RunError(f"{name}: a story with no entry in labels.yaml")
        files[name]["scores"].append(story.get("score"))
    for diag in report.get("diagnostics", []):
        name = rel(diag["file"])
        if name in files:
            files[name]["fired"].setdefault(diag["rule"], set()).add(diag.get("line"))
    for err in report.get("errors", []):
        name = rel(err["file"])
        if name in files:
            files[name]["errors"].append(f"{err.get('line')}: {err.get('message')}")
    for name, got in files.items():
        if not got["scores"] and not got["errors"]:
            raise RunError(f"{name}: labelled but not linted")
    return files


def auc(strong, weak):
    """P(strong score > weak score), ties counting half."""
    if not strong or not weak:
        return None
    wins = sum(1.0 if s > w else 0.5 if s == w else 0.0 for s in strong for w in weak)
    return wins / (len(strong) * len(weak))


def ratio(num, den):
    return num / den if den else None


def fmt(value):
    return "–" if value is None else f"{value:.2f}"


def score(labels, files):
    rules, misses, false_alarms = {}, [], []

    def row(rule):
        return rules.setdefault(rule, {"labeled": 0, "caught": 0, "not": 0, "false": 0})

    for name, label in labels.items():
        got = files[name]
        for rule, line in label["fire"]:
            r = row(rule)
            r["labeled"] += 1
            lines = got["fired"].get(rule, set())
            if (line is None and lines) or line in lines:
                r["caught"] += 1
            else:
                where = f" at line {line}" if line else ""
                seen = f" (fired at {sorted(lines)})" if lines else ""
                misses.append(f"{name}: {rule} not reported{where}{seen}")
        for rule in label["not"]:
            r = row(rule)
            r["not"] += 1
            if rule in got["fired"]:
                r["false"] += 1
                false_alarms.append(f"{name}: {rule} fired at {sorted(got['fired'][rule])}")
    return rules, misses, false_alarms


def table(rules):
    order = {rule: i for i, rule in enumerate(RULE_ORDER)}
    out = ["| rule | labeled | caught | recall | labeled must-not | fired where must-not | precision |",
           "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for rule in sorted(rules, key=lambda r: (order.get(r, len(order)), r)):
        r = rules[rule]
        out.append(f"| {rule} | {r['labeled']} | {r['caught']} | "
                   f"{fmt(ratio(r['caught'], r['labeled']))} | {r['not']} | {r['false']} | "
                   f"{fmt(ratio(r['caught'], r['caught'] + r['false']))} |")
    return out


def main():
    ap = argparse.ArgumentParser(
        description="Score starbank's lint rules on the labelled accuracy corpus.")
    ap.add_argument("starbank", help="the starbank binary, e.g. build/starbank")
    ap.add_argument("--corpus", default=HERE, help="corpus folder (default: this script's)")
    ap.add_argument("--floor-recall", type=float, default=0.90)
    ap.add_argument("--floor-precision", type=float, default=0.90)
    ap.add_argument("--floor-auc", type=float, default=0.95)
    ap.add_argument("--details", action="store_true",
                    help="also list every miss, false alarm and load error")
    args = ap.parse_args()
    corpus = os.path.abspath(args.corpus)
    try:
        labels = load_labels(corpus)
        files = collect(run_lint(args.starbank, corpus), corpus, labels)
    except RunError as err:
        print(f"score.py: error: {err}", file=sys.stderr)
        return 2

    rules, misses, false_alarms = score(labels, files)
    load_errors = [f"{name}:{msg}" for name, got in files.items() for msg in got["errors"]]
    unloaded = [name for name, got in files.items() if got["errors"]]
    strong = [n for n, l in labels.items() if l["kind"] == "strong"]
    weak = [n for n, l in labels.items() if l["kind"] == "weak"]
    alarmed = [n for n in strong
               if files[n]["errors"] or any(r in files[n]["fired"] for r in labels[n]["not"])]
    # A load error counts as a false alarm on a strong story; a file that did
    # not load at all has no score and is left out of the ranking.
    def scores(names):
        return [min(files[n]["scores"]) for n in names if files[n]["scores"]]
    s_scores, w_scores = scores(strong), scores(weak)
    area = auc(s_scores, w_scores)

    print(f"Corpus: {len(labels)} stories ({len(strong)} strong, {len(weak)} weak)\n")
    print("\n".join(table(rules)))
    print()
    print(f"- strong stories with any false alarm: {len(alarmed)} of {len(strong)} "
          f"({100 * len(alarmed) / len(strong):.0f}%)")
    print(f"- files with a load error: {len(unloaded)}")
    if s_scores and w_scores:
        print(f"- score AUC strong vs weak: {fmt(area)} "
              f"(strong {min(s_scores)}-{max(s_scores)}, weak {min(w_scores)}-{max(w_scores)})")

    failures = []
    for rule, r in sorted(rules.items()):
        rec, prec = ratio(r["caught"], r["labeled"]), ratio(r["caught"], r["caught"] + r["false"])
        if rec is not None and rec < args.floor_recall:
            failures.append(f"{rule} recall {rec:.2f} < {args.floor_recall:.2f}")
        if prec is not None and prec < args.floor_precision:
            failures.append(f"{rule} precision {prec:.2f} < {args.floor_precision:.2f}")
    if area is None or area < args.floor_auc:
        failures.append(f"score AUC {fmt(area)} < {args.floor_auc:.2f}")
    if unloaded:
        failures.append(f"{len(unloaded)} corpus files with a load error")

    if args.details:
        for title, items in (("Misses", misses), ("False alarms", false_alarms),
                             ("Load errors", load_errors)):
            if items:
                print(f"\n{title}:\n" + "\n".join(f"- {item}" for item in items))
    print()
    if failures:
        print("FAIL: " + "; ".join(failures))
        return 1
    print(f"PASS: every rule at recall >= {args.floor_recall:.2f} and precision >= "
          f"{args.floor_precision:.2f}, AUC >= {args.floor_auc:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
