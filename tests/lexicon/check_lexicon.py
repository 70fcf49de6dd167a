#!/usr/bin/env python3
"""Checks data/lexicon (issue 24): every family is well-formed (a unique
name, a why, known rule ids, at least one word, no word twice, lowercase
words without spaces), every family is used by the code (Cues("NAME") in
src/), and every family the code names exists.
  python3 tests/lexicon/check_lexicon.py [REPO_ROOT]"""
import pathlib, re, sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
rule_ids = set(re.findall(r'Rule\("([a-z-]+)"', "".join(
    p.read_text() for p in (root / "src/rules").glob("*.cc"))))
errors = []
families = {}  # name -> (file, line)
for path in sorted((root / "data/lexicon").glob("*.lex")):
    fam = None
    key = None
    def close():
        if fam is None: return
        where = f"{path.name}:{fam['line']}: family '{fam['name']}'"
        if not fam["why"].strip(): errors.append(f"{where} has no why")
        if not fam["rules"]: errors.append(f"{where} names no rule")
        for r in fam["rules"]:
            if r not in rule_ids: errors.append(f"{where}: unknown rule '{r}'")
        if not fam["words"]: errors.append(f"{where} has no words")
        seen = set()
        for w in fam["words"]:
            if w in seen: errors.append(f"{where}: '{w}' twice")
            seen.add(w)
            if w != w.lower(): errors.append(f"{where}: '{w}' is not lowercase")
    for n, raw in enumerate(path.read_text().split("\n"), 1):
        line = raw.strip()
        if not line or line.startswith("#"): continue
        if raw.startswith("== "):
            close()
            name = raw[3:].strip()
            if not re.fullmatch(r"[a-z0-9]+(?:[-.][a-z0-9]+)*", name):
                errors.append(f"{path.name}:{n}: bad family name '{name}'")
            if name in families:
                errors.append(f"{path.name}:{n}: '{name}' already at {families[name]}")
            families[name] = f"{path.name}:{n}"
            fam = dict(name=name, line=n, why="", rules=[], words=[])
            key = None
            continue
        if fam is None:
            errors.append(f"{path.name}:{n}: text before the first family"); continue
        if raw[0] in " \t":
            if key is None: errors.append(f"{path.name}:{n}: indented line outside a key"); continue
            value = line
        else:
            key, _, value = line.partition(":")
            if key not in ("why", "rules", "words"):
                errors.append(f"{path.name}:{n}: unknown key '{key}'"); key = None; continue
        if key == "why": fam["why"] += " " + value
        else: fam[key] += value.split()
    close()

used = {}
for p in sorted((root / "src").rglob("*.cc")):
    for m in re.finditer(r'Cues\("([^"]+)"\)', p.read_text()):
        used.setdefault(m.group(1), str(p.relative_to(root)))
for name, where in sorted(families.items()):
    if name not in used: errors.append(f"{where}: family '{name}' is used nowhere in src/")
for name, where in sorted(used.items()):
    if name not in families: errors.append(f"{where}: Cues(\"{name}\") names no family in data/lexicon")
if not families: errors.append("data/lexicon holds no family")
for e in errors: print(e)
print(f"{len(families)} families, {len(errors)} problems")
sys.exit(1 if errors else 0)
