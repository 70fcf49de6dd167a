#!/usr/bin/env python3
"""Checks that dependencies run one way through the floors of src/.

    python3 tests/layering.py [BUILD_DIR]

The floors, bottom up (docs/architecture.md):

    text -> model -> io -> lint -> rules -> workspace -> views (and import) -> report
         -> server -> commands -> main

1. Includes: every `#include "..."` in src/ and include/starbank/ must name a
   header on the includer's floor or a lower one. A public header in
   include/starbank/ sits on the floor of the source file of its name.
2. Calls (with BUILD_DIR): every symbol an object file of src/ leaves
   undefined, and another object of src/ defines, must be defined on the
   same floor or a lower one (read with `nm`, so a call through a
   declaration written by hand, without the header, is caught too).

Exit 0 when both hold; 1 with one line per back-up arrow otherwise.
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FLOORS = ["text", "model", "io", "lint", "rules", "workspace", "views", "report", "server",
          "commands"]
TOP = len(FLOORS)  # src/main.cc and src/tools/
# Rooms that share a floor with another: src/import/ (Markdown and CSV banks
# to stories) sits beside views/.
SAME_FLOOR = {"import": "views"}


def floor_of_source(rel):
    """Floor of a file under src/ (rel is 'src/...'), or None."""
    parts = rel.split("/")
    if len(parts) == 2:
        return TOP  # src/main.cc
    if parts[1] in FLOORS:
        return FLOORS.index(parts[1])
    if parts[1] in SAME_FLOOR:
        return FLOORS.index(SAME_FLOOR[parts[1]])
    if parts[1] == "tools":
        return TOP
    return None


def public_floor(name):
    """A public header's floor: that of the src/ file of the same name."""
    stem = name[:-2]
    for i, floor in enumerate(FLOORS):
        if os.path.exists(os.path.join(ROOT, "src", floor, stem + ".cc")):
            return i
    if stem in FLOORS:  # report.h: the interface of src/report/
        return FLOORS.index(stem)
    return None


def resolve(include, includer):
    """(path, floor) of an include as the build finds it, or None."""
    if include.startswith("starbank/"):
        return "include/" + include, public_floor(include[len("starbank/"):])
    here = os.path.dirname(includer)
    for rel in (os.path.join(here, include), os.path.join("src", include)):
        rel = os.path.normpath(rel)
        if os.path.exists(os.path.join(ROOT, rel)):
            return rel, floor_of_source(rel)
    return None


def files():
    for top in ("src", "include/starbank"):
        for dirpath, _, names in os.walk(os.path.join(ROOT, top)):
            for n in sorted(names):
                if n.endswith((".cc", ".h")):
                    yield os.path.relpath(os.path.join(dirpath, n), ROOT)


def check_includes():
    problems = []
    for rel in files():
        if rel.startswith("include/"):
            mine = public_floor(os.path.basename(rel))
        else:
            mine = floor_of_source(rel)
        if mine is None:
            problems.append(f"{rel}: not on any floor")
            continue
        with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                m = re.match(r'\s*#\s*include\s+"([^"]+)"', line)
                if not m:
                    continue
                got = resolve(m.group(1), rel)
                if got is None or got[1] is None:
                    continue  # generated or test headers
                path, floor = got
                if floor > mine:
                    problems.append(
                        f"{rel}:{lineno}: includes {path} ({FLOORS[floor]}), "
                        f"a floor above {name(mine)}")
    return problems


def name(floor):
    return FLOORS[floor] if floor < TOP else "main"


def objects(build):
    for dirpath, _, names in os.walk(build):
        for n in names:
            if not n.endswith(".o"):
                continue
            path = os.path.join(dirpath, n)
            src = object_source(os.path.relpath(path, build))
            if src and floor_of_source(src) is not None:
                yield src, path


def object_source(rel):
    """'src/text/tokens.cc' for a CMake object 'CMakeFiles/T.dir/src/text/tokens.cc.o'
    (rel is relative to the build folder), or None. Only the part after the
    target's folder counts, so a checkout or build path with /src/ in it (as
    /home/me/src/starbank/build) is not taken for the source."""
    m = re.search(r"(?:^|/)[^/]+\.dir/(src/.+)\.o$", rel)
    return m.group(1) if m else None


def nm(args, path):
    out = subprocess.run(["nm", "-C", *args, path], capture_output=True, text=True,
                         check=True).stdout
    for line in out.splitlines():
        # "0000000000000000 T name(args)" or "                 U name(args)"
        m = re.match(r"^[0-9a-fA-F]*\s+(\S)\s+(.+)$", line)
        if m:
            yield m.group(1), m.group(2)


def check_calls(build):
    defined = {}  # strong symbol -> lowest floor defining it
    undefined = []
    seen = set()
    for src, path in objects(build):
        if src in seen:
            continue  # the same source in another target (sanitizer, fuzz)
        seen.add(src)
        floor = floor_of_source(src)
        for kind, sym in nm([], path):
            if kind == "U":
                undefined.append((src, floor, sym))
            elif kind in "TDBR":  # strong definitions; inline and templates are weak
                defined[sym] = min(floor, defined.get(sym, floor))
    problems = []
    for src, floor, sym in undefined:
        at = defined.get(sym)
        if at is not None and at > floor:
            problems.append(f"{src}: calls {sym}, defined in {FLOORS[at]}, "
                            f"a floor above {name(floor)}")
    return sorted(set(problems)), len(seen)


def main():
    problems = check_includes()
    checked = "includes"
    if len(sys.argv) > 1:
        calls, count = check_calls(sys.argv[1])
        if count == 0:
            print(f"layering: no object files of src/ under {sys.argv[1]}", file=sys.stderr)
            return 2
        problems += calls
        checked = f"includes and the calls of {count} object files"
    for p in problems:
        print(p)
    if problems:
        print(f"layering: {len(problems)} dependencies run back up a floor", file=sys.stderr)
        return 1
    print(f"layering: {checked} run one way ({' -> '.join(FLOORS)} -> main)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
