#!/usr/bin/env python3
"""A scripted LSP session against the real `starbank server`.

    lsp_session.py STARBANK_BINARY

Speaks framed JSON-RPC over the server's stdin/stdout, as an editor does, and
checks: errors before `initialize`; diagnostics for an opened story at the
lines and columns `lint --format json` reports (0-based, UTF-16 code units,
on a line with curly quotes and an emoji); didChange linting the editor's
text, not the disk's; a code action whose edit fixes a misspelled
principle; hover; a config change re-publishing; malformed frames and
unknown methods answered with JSON-RPC errors; shutdown/exit -> 0, and exit
without shutdown -> 1.
"""
import json
import os
import select
import subprocess
import sys
import tempfile

SB = sys.argv[1]
GUARD_SECONDS = int(os.environ.get("LSP_GUARD", "60"))  # a hung server fails the test instead of hanging CI


def fail(msg):
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)


class Client:
    def __init__(self, cwd):
        # stderr to a file: a pipe nobody reads would block the server's logging.
        self.log = tempfile.TemporaryFile()
        self.p = subprocess.Popen([SB, "server"], cwd=cwd, stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=self.log)
        self.buf = b""
        self.next_id = 0

    def raw(self, data):
        self.p.stdin.write(data)
        self.p.stdin.flush()

    def send(self, msg):
        body = json.dumps(msg).encode()
        self.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def request(self, method, params=None):
        self.next_id += 1
        msg = {"jsonrpc": "2.0", "id": self.next_id, "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)
        return self.next_id

    def notify(self, method, params=None):
        msg = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)

    def _fill(self):
        ready, _, _ = select.select([self.p.stdout], [], [], GUARD_SECONDS)
        check(ready, "the server sent nothing for %d s" % GUARD_SECONDS)
        chunk = os.read(self.p.stdout.fileno(), 65536)
        if not chunk:
            self.p.wait(GUARD_SECONDS)
            self.log.seek(0)
            fail("the server closed stdout (exit %s); stderr:\n%s" % (self.p.returncode,
                                                                      self.log.read().decode()))
        self.buf += chunk

    def read(self):
        while b"\r\n\r\n" not in self.buf:
            self._fill()
        head, rest = self.buf.split(b"\r\n\r\n", 1)
        length = int(head.decode().split("Content-Length:")[1].strip())
        while len(rest) < length:
            self._fill()
            head, rest = self.buf.split(b"\r\n\r\n", 1)
        self.buf = rest[length:]
        return json.loads(rest[:length])

    def reply(self, rid):
        """The response to request `rid`; notifications before it are kept."""
        while True:
            m = self.read()
            if m.get("id") == rid and "method" not in m:
                return m
            self.pending.append(m)

    def diagnostics(self, uri):
        """The next publishDiagnostics for `uri`."""
        for i, m in enumerate(self.pending):
            if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri:
                return self.pending.pop(i)["params"]
        while True:
            m = self.read()
            if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri:
                return m["params"]
            self.pending.append(m)

    pending = []


def utf16(s):
    return len(s.encode("utf-16-le")) // 2


def lsp_position(text, line, column):
    """starbank's 1-based line and code-point column as LSP's position."""
    row = text.split("\n")[line - 1]
    return {"line": line - 1, "character": utf16(row[:column - 1])}


def offset(text, pos):
    """An LSP position (UTF-16) as an index into the str `text`."""
    lines = text.split("\n")
    at = sum(len(l) + 1 for l in lines[:pos["line"]])
    units = 0
    for ch in lines[pos["line"]]:
        if units >= pos["character"]:
            break
        units += utf16(ch)
        at += 1
    return at


def apply(text, edits):
    for e in sorted(edits, key=lambda e: offset(text, e["range"]["start"]), reverse=True):
        a, b = offset(text, e["range"]["start"]), offset(text, e["range"]["end"])
        text = text[:a] + e["newText"] + text[b:]
    return text


def lint_json(cwd, text, name):
    p = subprocess.run([SB, "lint", "--format", "json", "-", "--stdin-filename", name, "stories/0-other.yaml"],
                       cwd=cwd, input=text.encode(), capture_output=True)
    return [d for d in json.loads(p.stdout)["diagnostics"] if d["file"] == name]


SEVERITY = {"error": 1, "warning": 2, "info": 3}


def same_as_lint(published, expected, text, what):
    got = sorted((d["range"]["start"]["line"], d["range"]["start"]["character"], d["code"],
                  d["severity"], d["message"]) for d in published["diagnostics"])
    want = sorted((lsp_position(text, d["line"], d["column"])["line"],
                   lsp_position(text, d["line"], d["column"])["character"], d["rule"],
                   SEVERITY[d["severity"]], d["message"]) for d in expected)
    check(got == want, "%s: LSP diagnostics differ from lint's\n got  %s\n want %s" % (what, got, want))
    for d in published["diagnostics"]:
        check(d["source"] == "starbank", "source is not starbank: %s" % d)


STORY = """\
id: checkout-story
title: Checkout latency
principles: [Dive “Deep” 🚀, Deliver Reslts]
situation: |
  The checkout page was slow and customers were leaving.
task: |
  I had to make it faster.
action: |
  We looked at the code and we worked really hard, late nights and weekends.
result: |  # starbank: ignore[too-long] -- not long at all
  It went well and everyone was happy.
"""

OTHER = """\
id: checkout-story
title: Another story with the same id
principles: [Ownership]
situation: |
  A different situation entirely, about an on-call rotation.
task: |
  I owned the rotation.
action: |
  I rewrote the runbooks.
result: |
  Pages fell from 30 to 4 a week.
"""


def main():
    bank = tempfile.mkdtemp(prefix="starbank-lsp-")
    os.makedirs(os.path.join(bank, "stories"))
    os.mkdir(os.path.join(bank, ".git"))
    open(os.path.join(bank, ".starbank.yaml"), "w").write("level: L5\n")
    path = os.path.join(bank, "stories", "a.yaml")
    open(path, "w").write(STORY)
    open(os.path.join(bank, "stories", "0-other.yaml"), "w").write(OTHER)
    uri = "file://" + path.replace(" ", "%20")

    c = Client(bank)
    # Before initialize: a request is refused with -32002.
    rid = c.request("textDocument/hover", {})
    check(c.reply(rid)["error"]["code"] == -32002, "request before initialize is not -32002")

    rid = c.request("initialize", {"processId": None, "rootUri": "file://" + bank,
                                   "capabilities": {"workspace": {"didChangeWatchedFiles":
                                                                  {"dynamicRegistration": True}}}})
    caps = c.reply(rid)["result"]["capabilities"]
    check(caps["textDocumentSync"]["change"] == 1, "not full text sync: %s" % caps)
    check(caps["positionEncoding"] == "utf-16" and caps["hoverProvider"], "capabilities: %s" % caps)
    c.notify("initialized", {})
    reg = c.read()
    check(reg.get("method") == "client/registerCapability", "no watcher registration: %s" % reg)
    c.send({"jsonrpc": "2.0", "id": reg["id"], "result": None})

    # didOpen: the same findings as lint, in LSP positions, duplicate-story included.
    c.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml",
                                                       "version": 1, "text": STORY}})
    pub = c.diagnostics(uri)
    check(pub["version"] == 1, "publishDiagnostics without the version: %s" % pub)
    expected = lint_json(bank, STORY, "stories/a.yaml")
    codes = {d["code"] for d in pub["diagnostics"]}
    for rule in ("unknown-principle", "duplicate-story", "unused-suppression", "vague-result"):
        check(rule in codes, "no %s among %s" % (rule, sorted(codes)))
    # lint names the file relatively; the positions and messages must agree.
    same_as_lint(pub, expected, STORY, "didOpen")
    if os.environ.get("LSP_DUMP"): print(json.dumps(pub, indent=1, ensure_ascii=False))
    typo = [d for d in pub["diagnostics"] if "Deliver Reslts" in d["message"]][0]
    check(typo["range"]["start"] == {"line": 2, "character": 29},
          "misspelled principle not at 2:29 (UTF-16, after the emoji): %s" % typo["range"])

    # didChange: the editor's text (not saved) is what gets linted.
    edited = STORY.replace("I had to make it faster.", "I had to make it faster.\nlesson: x")
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                        "contentChanges": [{"text": edited}]})
    pub = c.diagnostics(uri)
    check(pub["version"] == 2, "version 2 not published")
    check(any(d["code"] == "unknown-field" for d in pub["diagnostics"]),
          "the unsaved key 'lesson' is not reported")
    same_as_lint(pub, lint_json(bank, edited, "stories/a.yaml"), edited, "didChange")

    # codeAction on the misspelled principle: its edit fixes it.
    typo = [d for d in pub["diagnostics"] if "Deliver Reslts" in d["message"]][0]
    rid = c.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": typo["range"],
                                                "context": {"diagnostics": [typo]}})
    actions = c.reply(rid)["result"]
    titles = [a["title"] for a in actions]
    check("Replace 'Deliver Reslts' with 'Deliver Results'" in titles, "no did-you-mean: %s" % titles)
    check("Ignore 'unknown-principle' here" in titles, "no ignore-here action: %s" % titles)
    fix = actions[titles.index("Replace 'Deliver Reslts' with 'Deliver Results'")]
    check(fix["kind"] == "quickfix" and fix.get("isPreferred"), "fix kind: %s" % fix)
    fixed = apply(edited, fix["edit"]["changes"][uri])
    check(fixed == edited.replace("Deliver Reslts", "Deliver Results"),
          "the edit does not fix exactly the name:\n" + fixed)
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3},
                                        "contentChanges": [{"text": fixed}]})
    pub = c.diagnostics(uri)
    check(not any("Deliver Reslts" in d["message"] for d in pub["diagnostics"]),
          "still reported after the fix")

    # Removing the unused suppression, through its quick fix.
    unused = [d for d in pub["diagnostics"] if d["code"] == "unused-suppression"][0]
    rid = c.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": unused["range"],
                                                "context": {"diagnostics": [unused]}})
    actions = c.reply(rid)["result"]
    remove = [a for a in actions if a["title"] == "Remove the unused suppression of 'too-long'"]
    check(remove, "no removal action: %s" % [a["title"] for a in actions])
    check("result: |\n  It went well" in apply(fixed, remove[0]["edit"]["changes"][uri]),
          "the removal does not keep the key")

    # Hover on a finding, and on a rule id in a directive.
    vague = [d for d in pub["diagnostics"] if d["code"] == "vague-result"][0]
    rid = c.request("textDocument/hover", {"textDocument": {"uri": uri},
                                           "position": vague["range"]["start"]})
    hover = c.reply(rid)["result"]["contents"]["value"]
    check("**vague-result** (warning by default)" in hover, "hover: " + hover)
    line = fixed.split("\n").index("result: |  # starbank: ignore[too-long] -- not long at all")
    rid = c.request("textDocument/hover", {"textDocument": {"uri": uri},
                                           "position": {"line": line, "character": 33}})
    hover = c.reply(rid)["result"]
    check(hover["contents"]["value"].startswith("**too-long** (warning by default)"),
          "hover on the directive: %s" % hover)
    check(hover["range"]["start"]["character"] == 30, "hover range: %s" % hover["range"])

    # A config change re-publishes with the new settings.
    check(any(d["code"] == "effort-over-outcome" for d in pub["diagnostics"]), "no effort finding")
    open(os.path.join(bank, ".starbank.yaml"), "w").write(
        "level: L5\nrules:\n  effort-over-outcome: off\n")
    c.notify("workspace/didChangeWatchedFiles",
             {"changes": [{"uri": "file://" + bank + "/.starbank.yaml", "type": 2}]})
    pub = c.diagnostics(uri)
    check(not any(d["code"] == "effort-over-outcome" for d in pub["diagnostics"]),
          "effort-over-outcome still reported after the config turned it off")

    # Malformed frames and unknown methods: JSON-RPC errors, and it goes on.
    c.raw(b"Content-Length: 9\r\n\r\n{not json")
    check(c.read()["error"]["code"] == -32700, "invalid JSON is not -32700")
    c.raw(b"Content-Type: text/plain\r\n\r\n")
    check(c.read()["error"]["code"] == -32700, "a header without Content-Length is not -32700")
    c.send([1, 2])
    check(c.read()["error"]["code"] == -32600, "a non-object message is not -32600")
    rid = c.request("textDocument/rename", {})
    check(c.reply(rid)["error"]["code"] == -32601, "unknown method is not -32601")
    c.notify("$/somethingNew", {})  # ignored, no reply
    rid = c.request("textDocument/codeAction", {"textDocument": {}})
    check(c.reply(rid)["error"]["code"] == -32602, "bad params are not -32602")

    # didClose: an empty list.
    c.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    check(c.diagnostics(uri)["diagnostics"] == [], "close does not clear the diagnostics")

    rid = c.request("shutdown")
    check(c.reply(rid)["result"] is None, "shutdown result is not null")
    rid = c.request("textDocument/hover", {})
    check(c.reply(rid)["error"]["code"] == -32600, "a request after shutdown is not -32600")
    c.notify("exit")
    check(c.p.wait(GUARD_SECONDS) == 0, "exit after shutdown is not 0")

    # exit without shutdown: 1.
    c = Client(bank)
    c.notify("exit")
    check(c.p.wait(GUARD_SECONDS) == 1, "exit without shutdown is not 1")
    print("lsp session: ok")


main()
