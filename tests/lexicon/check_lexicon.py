#!/usr/bin/env python3
"""Checks data/lexicon (issue 24): every family is well-formed (a unique
name, a why, known rule ids, words or phrases but not both, none twice,
lowercase) and every family is used by the code: named in src/ by its
generated constant (cue::kTimeBoxBox for "time-box.box", see
cmake/embed_lexicon.cmake) or, where code still passes a name, by
Cues("NAME") / CuePhrases("NAME") as its kind asks. A constant naming no
family, or a family of phrases read as words, is a compile error; a name
passed as a string naming no family is reported here.
  python3 tests/lexicon/check_lexicon.py [REPO_ROOT]"""
import pathlib, re, sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
# A rule's id is the name of its data file, data/rules/RULE.yaml.
rule_ids = {p.stem for p in (root / "data/rules").glob("*.yaml")}
errors = []
families = {}  # name -> "file:line"
kinds = {}  # name -> "Cues" or "CuePhrases"
for path in sorted((root / "data/lexicon").glob("*.lex")):
    fam = None
    key = None
    def close():
        if fam is None: return
        kinds[fam["name"]] = "CuePhrases" if fam["phrases"] else "Cues"
        where = f"{path.name}:{fam['line']}: family '{fam['name']}'"
        if not fam["why"].strip(): errors.append(f"{where} has no why")
        if not fam["rules"] and not fam["used-by"].strip():
            errors.append(f"{where} names no rule and no 'used-by'")
        for r in fam["rules"]:
            if r not in rule_ids: errors.append(f"{where}: unknown rule '{r}'")
        if bool(fam["words"]) == bool(fam["phrases"]):
            errors.append(f"{where} needs words or phrases (one of them)")
        seen = set()
        for w in fam["words"] + fam["phrases"]:
            if w in seen: errors.append(f"{where}: '{w}' twice")
            seen.add(w)
            if w != w.lower(): errors.append(f"{where}: '{w}' is not lowercase")
    for n, raw in enumerate(path.read_text().split("\n"), 1):
        line = raw.strip()
        if not line or raw.startswith("#"): continue  # indented "# hours" is a phrase
        if raw.startswith("== "):
            close()
            name = raw[3:].strip()
            if not re.fullmatch(r"[a-z0-9]+(?:[-.][a-z0-9]+)*", name):
                errors.append(f"{path.name}:{n}: bad family name '{name}'")
            if name in families:
                errors.append(f"{path.name}:{n}: '{name}' already at {families[name]}")
            families[name] = f"{path.name}:{n}"
            fam = {"name": name, "line": n, "why": "", "used-by": "", "rules": [], "words": [],
                   "phrases": []}
            key = None
            continue
        if fam is None:
            errors.append(f"{path.name}:{n}: text before the first family"); continue
        if raw[0] in " \t":
            if key is None: errors.append(f"{path.name}:{n}: indented line outside a key"); continue
            value = line
        else:
            key, _, value = line.partition(":")
            if key not in ("why", "rules", "used-by", "words", "phrases"):
                errors.append(f"{path.name}:{n}: unknown key '{key}'"); key = None; continue
        if key in ("why", "used-by"): fam[key] += " " + value
        elif key == "phrases":
            if value: fam["phrases"].append(" ".join(value.split()))
        else: fam[key] += value.split()
    close()

def ident(name):
    return "k" + "".join(p[:1].upper() + p[1:] for p in name.replace(".", "-").split("-"))


by_ident = {ident(name): name for name in families}
used = {}
for p in sorted((root / "src").rglob("*.cc")):
    for m in re.finditer(r"\bcue::(k[A-Za-z0-9]+)\b", p.read_text()):
        if m.group(1) in by_ident:
            used.setdefault(by_ident[m.group(1)], str(p.relative_to(root)))
    for m in re.finditer(r'\b(Cues|CueWords|CuePhrases)\("([^"]+)"\)', p.read_text()):
        where = str(p.relative_to(root))
        used.setdefault(m.group(2), where)
        kind = "Cues" if m.group(1) == "CueWords" else m.group(1)
        if m.group(2) in kinds and kinds[m.group(2)] != kind:
            errors.append(f"{where}: {m.group(1)}(\"{m.group(2)}\") but the family holds "
                          + ("phrases" if kinds[m.group(2)] == "CuePhrases" else "words"))
for name, where in sorted(families.items()):
    if name not in used: errors.append(f"{where}: family '{name}' is used nowhere in src/")
for name, where in sorted(used.items()):
    if name not in families: errors.append(f"{where}: \"{name}\" names no family in data/lexicon")
if not families: errors.append("data/lexicon holds no family")
for e in errors: print(e)
print(f"{len(families)} families, {len(errors)} problems")
sys.exit(1 if errors else 0)
