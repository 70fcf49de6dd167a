#!/usr/bin/env python3
"""Counts quoted string literals per folder (src/text, src/lint, src/rules) and
per file, the figure issue 24 tracks ("about 3,300 quoted words and phrases").
Comments are skipped; #include lines are not literals.
  python3 tests/lexicon/count_quoted.py [--files]"""
import pathlib, re, sys

root = pathlib.Path(__file__).resolve().parents[2]
literal = re.compile(r'"(?:[^"\\\n]|\\.)*"')
total = 0
for folder in ("src/text", "src/lint", "src/rules"):
    per_file = {}
    for f in sorted((root / folder).glob("*.[ch]*")):
        text = re.sub(r"//[^\n]*|/\*.*?\*/", "", f.read_text(), flags=re.S)
        text = "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("#include"))
        per_file[f.name] = len(literal.findall(text))
    n = sum(per_file.values())
    total += n
    print(f"{folder:10} {n}")
    if "--files" in sys.argv:
        for name, c in sorted(per_file.items(), key=lambda x: -x[1]):
            if c: print(f"    {name:28} {c}")
print(f"{'total':10} {total}")
