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
print("editors/vscode: manifest ok")
PY
