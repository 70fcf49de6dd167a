#!/usr/bin/env bash
# The README's example output is what the binary prints (tests/readme_example.py;
# `python3 tests/readme_example.py build/starbank --update` rewrites it).
set -euo pipefail
exec python3 "$2/tests/readme_example.py" "$1" --readme "$2/README.md"
