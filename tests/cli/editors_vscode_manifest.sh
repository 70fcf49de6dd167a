#!/usr/bin/env bash
# The VS Code extension's manifest has what `vsce package` requires and what
# the extension uses, checked offline (docs/editors.md says why not vsce).
set -euo pipefail
ext=$2/editors/vscode
python3 - "$ext" <<'PY'
import json, os, re, sys
ext = sys.argv[1]
m = json.load(open(os.path.join(ext, "package.json")))
def need(cond, msg):
    if not cond:
        sys.exit("FAIL: editors/vscode/package.json: " + msg)
for key in ("name", "publisher", "version", "main", "engines", "activationEvents", "contributes"):
    need(key in m, "no '%s'" % key)
need(re.fullmatch(r"[a-z0-9][a-z0-9-]*", m["name"]), "name must be lowercase: %r" % m["name"])
need(re.fullmatch(r"\d+\.\d+\.\d+", m["version"]), "version is not x.y.z: %r" % m["version"])
need(re.fullmatch(r"\^?\d+\.\d+\.\d+", m["engines"].get("vscode", "")), "no engines.vscode")
need(os.path.isfile(os.path.join(ext, m["main"])), "main %r does not exist" % m["main"])
need(m["activationEvents"], "activationEvents is empty")
props = m["contributes"]["configuration"]["properties"]
for key in ("starbank.path", "starbank.trace.server"):
    need(key in props, "setting %s is not contributed" % key)
need(props["starbank.trace.server"]["enum"] == ["off", "messages", "verbose"], "trace values")
need("vscode-languageclient" in m.get("dependencies", {}), "no vscode-languageclient dependency")
js = open(os.path.join(ext, m["main"])).read()
need("'server'" in js and "vscode-languageclient/node" in js, "extension.js does not start 'starbank server'")
for cmd in m["contributes"].get("commands", []):
    need("'%s'" % cmd["command"] in js, "command %s is not registered" % cmd["command"])
# Stories in any folder: it activates on YAML and starts at a story file,
# not only in a folder with a .starbank.yaml.
need("onLanguage:yaml" in m["activationEvents"], "not activated on YAML files")
need("workspaceContains:**/.starbank.yaml" in m["activationEvents"], "not activated in banks")
need("require('./story')" in js and "looksLikeStory(" in js, "extension.js has no story check")
story = open(os.path.join(ext, "story.js")).read()
pattern = re.search(r"const STORY_KEY = /(.*)/gm;", story)
minimum = re.search(r"const MIN_KEYS = (\d+);", story)
need(pattern and minimum, "story.js: no STORY_KEY or MIN_KEYS")
readme = open(os.path.join(ext, "README.md")).read()
need("any folder" in readme, "README.md does not say it works in any folder")
print("editors/vscode: manifest ok")
PY

# The story check, table-driven: the same regular expression in Python (JS
# and Python read it alike), and in node when it is installed.
cases=$(cat <<'TABLE'
1|title: Checkout p95\nprinciples: [Ownership]\nsituation: s\n
1|- title: A\n  action: did\n- title: B\n
1|id: x\nsituation: s\nresult: r\n
0|title: only a title\n
0|jobs:\n  build:\n    runs-on: debian\n
0|# title: a comment\n# action: too\n
TABLE
)
python3 - "$ext/story.js" "$cases" <<'PY'
import re, sys
story = open(sys.argv[1]).read()
pattern = re.compile(re.search(r"const STORY_KEY = /(.*)/gm;", story).group(1), re.M)
minimum = int(re.search(r"const MIN_KEYS = (\d+);", story).group(1))
for line in sys.argv[2].splitlines():
    want, text = line.split("|", 1)
    text = text.encode().decode("unicode_escape")
    got = len({m.group(1) for m in pattern.finditer(text)}) >= minimum
    if got != (want == "1"):
        sys.exit("FAIL: story.js check says %s for %r" % (got, text))
PY
if command -v node >/dev/null; then
  while IFS='|' read -r want text; do
    got=$(node -e 'const {looksLikeStory} = require(process.argv[1]);
      console.log(looksLikeStory(JSON.parse(process.argv[2])) ? 1 : 0)' \
      "$ext/story.js" "\"$text\"")
    [ "$got" = "$want" ] || { echo "FAIL: node: looksLikeStory(\"$text\") = $got" >&2; exit 1; }
  done <<<"$cases"
  echo "editors/vscode: story check ok (python and node)"
else
  echo "editors/vscode: story check ok (python; node is not installed)"
fi
