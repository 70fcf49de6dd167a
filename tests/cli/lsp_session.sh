#!/usr/bin/env bash
# `starbank server`: a scripted LSP session (tests/lsp/lsp_session.py).
set -euo pipefail
exec python3 "$2/tests/lsp/lsp_session.py" "$1"
