#!/usr/bin/env python3
"""Top-3 inference figure on a folder of labelled strong stories.

For each story file, runs `starbank show FILE --format json` and checks
whether one of the story's own tagged principles is among the top 3
inferred principles (inference ignores the tags). Prints each story and
the fraction; exits 1 when the fraction is under --min (default 0.9).

  tests/infer_calibration.py build/starbank ../shared/calibration/strong
"""
import argparse
import glob
import json
import os
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("starbank")
    ap.add_argument("folder")
    ap.add_argument("--min", type=float, default=0.9)
    args = ap.parse_args()
    files = sorted(glob.glob(os.path.join(args.folder, "*.yaml")))
    if not files:
        print(f"no *.yaml in {args.folder}", file=sys.stderr)
        return 1
    hits = 0
    for path in files:
        run = subprocess.run([args.starbank, "show", path, "--format", "json"],
                             capture_output=True, text=True, check=False)
        if run.returncode != 0:
            print(f"{path}: starbank exited {run.returncode}: {run.stderr.strip()}",
                  file=sys.stderr)
            return 1
        story = json.loads(run.stdout)
        ranked = [f["principle"] for f in story["inferred"]]
        top3 = ranked[:3]
        hit = bool(set(story["principles"]) & set(top3))
        hits += hit
        ranks = ", ".join(f"{p} #{ranked.index(p) + 1}" for p in story["principles"])
        print(f"{'hit ' if hit else 'MISS'} {os.path.basename(path)}: tagged {ranks}; "
              f"top 3 {', '.join(top3)}")
    share = hits / len(files)
    print(f"top-3 inference: {hits}/{len(files)} = {share:.0%} (target {args.min:.0%})")
    return 0 if share >= args.min else 1


if __name__ == "__main__":
    sys.exit(main())
