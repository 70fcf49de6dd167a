#!/usr/bin/env python3
"""The README's example output, compared with what the binary prints.

README.md marks each example whose output must stay true:

    <!-- example: starbank lint data/examples -->
    ```
    ...what the command prints...
    ```
    <!-- /example -->

The command runs from the repository root with `starbank` replaced by the
binary, standard output and standard error together, no colour. Check (a
CTest, tests/cli/readme_example.sh), or rewrite the blocks after a change
that moves the output (a rule's wording, the score's weights):

    python3 tests/readme_example.py build/starbank            # exit 1 and a diff when stale
    python3 tests/readme_example.py build/starbank --update   # rewrite README.md's blocks
"""
import argparse
import difflib
import os
import re
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BLOCK = re.compile(r"(<!-- example: (?P<cmd>[^\n]*?) -->\n```[^\n]*\n)(?P<out>.*?)(```\n<!-- /example -->)",
                   re.S)


def run(binary, command):
    """What `command` (a line starting with 'starbank') prints, as a user sees it."""
    argv = shlex.split(command)
    if not argv or argv[0] != "starbank":
        sys.exit("readme_example: an example command must start with 'starbank': %r" % command)
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "COLUMNS")}
    env["NO_COLOR"] = "1"
    done = subprocess.run([os.path.abspath(binary)] + argv[1:], cwd=ROOT, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
    return done.stdout.decode("utf-8", "replace")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", help="the starbank binary (build/starbank)")
    parser.add_argument("--readme", default=os.path.join(ROOT, "README.md"))
    parser.add_argument("--update", action="store_true", help="rewrite the README's blocks")
    args = parser.parse_args()
    with open(args.readme, encoding="utf-8") as f:
        readme = f.read()
    blocks = list(BLOCK.finditer(readme))
    if not blocks:
        sys.exit("readme_example: no '<!-- example: ... -->' block in %s" % args.readme)
    stale = []
    for m in blocks:
        got = run(args.binary, m.group("cmd"))
        if got != m.group("out"):
            stale.append((m, got))
    if args.update:
        for m, got in reversed(stale):
            readme = readme[:m.start("out")] + got + readme[m.end("out"):]
        with open(args.readme, "w", encoding="utf-8") as f:
            f.write(readme)
        print("readme_example: %d of %d blocks rewritten" % (len(stale), len(blocks)))
        return 0
    for m, got in stale:
        sys.stdout.writelines(difflib.unified_diff(
            m.group("out").splitlines(True), got.splitlines(True),
            "README.md: " + m.group("cmd"), "what it prints now"))
    if stale:
        print("readme_example: %d of %d README examples are stale; rewrite them with\n"
              "  python3 tests/readme_example.py %s --update" % (len(stale), len(blocks), args.binary))
        return 1
    print("readme_example: %d README examples match the binary" % len(blocks))
    return 0


if __name__ == "__main__":
    sys.exit(main())
