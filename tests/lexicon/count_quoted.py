#!/usr/bin/env python3
"""Counts quoted string literals per folder (src/text, src/lint, src/rules) and
per file, the figure issue 24 tracks ("about 3,300 quoted words and phrases").
Comments are skipped; #include lines are not literals.
  python3 tests/lexicon/count_quoted.py [--files]"""
import pathlib, re, sys

root = pathlib.Path(__file__).resolve().parents[2]


def literals(text):
    """The string literals of C++ source, skipping comments, character
    literals and #include lines."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i) or (c == "#" and text[:i].rstrip(" ").endswith("\n")
                                        and text.startswith("#include", i)):
            i = text.find("\n", i)
            i = n if i < 0 else i
        elif text.startswith("/*", i):
            i = text.find("*/", i + 2)
            i = n if i < 0 else i + 2
        elif c == "'":
            j = i + 1
            while j < n and text[j] != "'":
                j += 2 if text[j] == "\\" else 1
            i = j + 1
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        else:
            i += 1
    return out

total = 0
for folder in ("src/text", "src/lint", "src/rules"):
    per_file = {}
    for f in sorted((root / folder).glob("*.[ch]*")):
        per_file[f.name] = len(literals("\n" + f.read_text()))
    n = sum(per_file.values())
    total += n
    print(f"{folder:10} {n}")
    if "--files" in sys.argv:
        for name, c in sorted(per_file.items(), key=lambda x: -x[1]):
            if c: print(f"    {name:28} {c}")
print(f"{'total':10} {total}")
