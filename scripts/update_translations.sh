#!/usr/bin/env bash
# Regenerate resources/i18n/scope_desk_en.ts from the code (pyside6-lupdate over scope_desk/, plus
# the helper calls, headers and service labels lupdate cannot see: scripts/i18n_extract.py).
# Existing translations are kept; new texts are marked unfinished. Dutch is the source language.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || echo python3 )}
"$PYTHON" scripts/update_translations.py "$@"
