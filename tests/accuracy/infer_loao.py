#!/usr/bin/env python3
"""Leave-one-author-out figure for principle inference on a labelled corpus.

The catalog's signals were partly written while reading the tuning stories,
so the plain top-3 figure on them flatters. This asks, author by author:
had this author's stories never been read, which signals would still have
been found? A signal counts as fitted when it is in the catalog now and was
not at BASE (default 6880111^, the catalog before signals were fitted on the
tuning part). A fitted signal of principle P is held back for author A when
it reaches a story by A labelled P and no story by another author labelled
P: nobody else's story supports it, so it was fitted on A. A's stories are
then ranked with the catalog less those signals; other fitted signals, and
every signal older than BASE, stay.

"Reaches" is measured from outside the binary: a signal reaches a story
when the story's text holds the signal's words one after another (each at
least by its start, as stems mostly are) and taking the signal out of the
catalog changes the story's fit to P in `starbank show --format json`.
Fits are printed to three decimals, so a term that moves a fit near 1 by
less than 0.0005 is missed.

  python3 tests/accuracy/infer_loao.py build/starbank
  python3 tests/accuracy/infer_loao.py build/starbank --details

Prints the top-3 share with the whole catalog and left out by author, the
share that the best constant three principles would find (for scale), and
with --details the signals held back and the misses per author. Exit 0, or
2 when a run fails. It checks no floor: it is a figure to read, not a gate.
"""
import argparse
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def show(starbank, catalog, path):
    run = subprocess.run([starbank, "--isolated", "--catalog", catalog, "show", path,
                          "--format", "json"], capture_output=True, text=True, check=False)
    if run.returncode != 0:
        sys.exit(f"{path}: starbank exited {run.returncode}: {run.stderr.strip()}")
    story = json.loads(run.stdout)
    fits = {f["principle"]: f["fit"] for f in story.get("inferred") or []}
    ranked = [f["principle"] for f in story.get("inferred") or []]
    return story.get("principles") or [], ranked, fits


def write_catalog(catalog, folder, name):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as out:
        yaml.safe_dump(catalog, out, sort_keys=False, allow_unicode=True)
    return path


def without(catalog, drop):
    """`catalog` with the (principle id, signal) pairs in `drop` taken out."""
    out = json.loads(json.dumps(catalog))
    for p in out["principles"]:
        p["signals"] = [s for s in p.get("signals") or [] if (p["id"], s) not in drop]
    return out


def may_reach(signal, text):
    """Cheap filter: the words of `signal` occur in `text` one after another,
    each at least by its start (a stem is mostly a start of the word)."""
    words = re.findall(r"[a-z0-9]+", signal.lower())
    starts = [re.escape(w[:max(3, len(w) - 2)]) + r"[a-z0-9']*" for w in words]
    return re.search(r"\b" + r"[^a-z0-9']+".join(starts), text) is not None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("starbank")
    ap.add_argument("--corpus", default=os.path.join(HERE, "real", "tuning"))
    ap.add_argument("--catalog", default=os.path.join(ROOT, "data", "principles.yaml"),
                    help="catalog scored now (default: data/principles.yaml)")
    ap.add_argument("--base", default="6880111^",
                    help="git revision whose data/principles.yaml holds no fitted signals")
    ap.add_argument("--base-catalog", metavar="FILE",
                    help="a catalog file holding no fitted signals (instead of --base)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--details", action="store_true")
    args = ap.parse_args()
    starbank = os.path.abspath(args.starbank)

    with open(args.catalog, encoding="utf-8") as f:
        now = yaml.safe_load(f)
    if args.base_catalog:
        with open(args.base_catalog, encoding="utf-8") as f:
            base_text = f.read()
    else:
        base_text = subprocess.run(["git", "-C", ROOT, "show", f"{args.base}:data/principles.yaml"],
                                   capture_output=True, text=True, check=True).stdout
    base = {p["id"]: set(p.get("signals") or []) for p in yaml.safe_load(base_text)["principles"]}
    fitted = [(p["id"], s) for p in now["principles"] for s in p.get("signals") or []
              if s not in base.get(p["id"], set())]

    with open(os.path.join(args.corpus, "labels.yaml"), encoding="utf-8") as f:
        labels = yaml.safe_load(f)["stories"]
    stories = [(os.path.join(args.corpus, s["file"]), s["author"]) for s in labels
               if not s.get("from")]
    texts = {path: open(path, encoding="utf-8").read().lower() for path, _ in stories}

    tmp = tempfile.mkdtemp(prefix="infer-loao-")
    pool = ThreadPoolExecutor(max_workers=args.jobs)
    full_path = write_catalog(now, tmp, "now.yaml")
    full = dict(zip([p for p, _ in stories],
                    pool.map(lambda s: show(starbank, full_path, s[0]), stories)))
    own = {path: full[path][0] for path, _ in stories}

    # Which labelled stories each fitted signal reaches.
    def reach(item):
        i, (pid, signal) = item
        tries = [path for path, _ in stories
                 if pid in own[path] and may_reach(signal, texts[path])]
        if not tries:
            return set()
        cat = write_catalog(without(now, {(pid, signal)}), tmp, f"minus-{i}.yaml")
        return {path for path in tries if show(starbank, cat, path)[2].get(pid) != full[path][2].get(pid)}
    reached = dict(zip(fitted, pool.map(reach, enumerate(fitted))))

    author_of = dict(stories)
    authors = sorted({a for _, a in stories}, key=str.lower)
    hits = hits_full = total = 0
    lines = []
    for author in authors:
        mine = [path for path, a in stories if a == author and own[path]]
        if not mine:
            continue
        drop = {sig for sig, paths in reached.items()
                if paths and all(author_of[p] == author for p in paths)}
        cat = write_catalog(without(now, drop), tmp, f"author-{len(lines)}.yaml")
        shown = list(pool.map(lambda p: show(starbank, cat, p), mine))
        got = 0
        for path, (tags, ranked, _) in zip(mine, shown):
            hit = bool(set(tags) & set(ranked[:3]))
            got += hit
            hits_full += bool(set(tags) & set(full[path][1][:3]))
            if not hit and args.details:
                lines.append(f"    miss {os.path.basename(path)}: tagged {', '.join(tags)}; "
                             f"top 3 {', '.join(ranked[:3])}")
        hits += got
        total += len(mine)
        if args.details:
            held = ", ".join(f"{pid}: {s}" for pid, s in sorted(drop)) or "none"
            lines.insert(len(lines) - (len(mine) - got), f"  {author}: {got} of {len(mine)}; held back: {held}")
    # The best constant guess, for scale: real stories are tagged with few
    # principles, so three popular ones for every story already score.
    ids = sorted({p for path, _ in stories for p in full[path][1]})
    tagged = [path for path, _ in stories if own[path]]

    def best_constant(paths):
        return max(itertools.combinations(ids, 3),
                   key=lambda t: sum(bool(set(own[p]) & set(t)) for p in paths))
    const = best_constant(tagged)
    const_hits = sum(bool(set(own[p]) & set(const)) for p in tagged)
    const_loao = sum(bool(set(own[p]) & set(best_constant([q for q in tagged if author_of[q] != a])))
                     for a in authors for p in tagged if author_of[p] == a)
    pct = lambda n: f"{100 * n / total:.0f}%" if total else "–"
    print(f"Corpus: {total} tagged stories by {len(authors)} authors; "
          f"{len(fitted)} signals fitted since {args.base_catalog or args.base}")
    print(f"- inference top 3, whole catalog: {hits_full} of {total} ({pct(hits_full)})")
    print(f"- inference top 3, leaving each author out: {hits} of {total} ({pct(hits)})")
    print(f"- best constant three ({', '.join(const)}): {const_hits} of {total} "
          f"({pct(const_hits)}); chosen without the author: {const_loao} of {total} "
          f"({pct(const_loao)})")
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
