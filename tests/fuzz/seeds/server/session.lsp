Content-Length: 83

{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}Content-Length: 57

{"jsonrpc": "2.0", "method": "initialized", "params": {}}Content-Length: 350

{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": "untitled:a.yaml", "version": 1, "languageId": "yaml", "text": "title: T\nprinciples: [Deliver Reslts, Dive \u201cDeep\u201d \ud83d\ude80]\nsituation: |\n  s\ntask: t\naction: We did it.\nresult: |  # starbank: ignore[too-long]\n  It went well.\nlessons: x\n"}}}Content-Length: 238

{"jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": "untitled:a.yaml"}, "range": {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 40}}, "context": {"diagnostics": []}}}Content-Length: 157

{"jsonrpc": "2.0", "id": 3, "method": "textDocument/hover", "params": {"textDocument": {"uri": "untitled:a.yaml"}, "position": {"line": 6, "character": 32}}}Content-Length: 246

{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "untitled:a.yaml", "version": 2}, "contentChanges": [{"range": {"start": {"line": 0, "character": 7}, "end": {"line": 0, "character": 8}}, "text": "Tee"}]}}Content-Length: 109

{"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": {"uri": "untitled:a.yaml"}}}Content-Length: 49

{"jsonrpc": "2.0", "id": 4, "method": "shutdown"}Content-Length: 36

{"jsonrpc": "2.0", "method": "exit"}