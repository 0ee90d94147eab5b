#!/usr/bin/env bash
# Build the scope-desk bundle (dist/scope-desk/) and test the FROZEN program.
#
#   scripts/build_bundle.sh            # uses $PYTHON, else .venv/bin/python, else python3
#
# 1. compiles the translations (resources/i18n/*.ts → *.qm) with PySide6's lrelease;
# 2. installs PyInstaller into that Python when it is missing (the "bundle" extra's version);
# 3. pyinstaller --noconfirm build.spec;
# 4. on a temporary store, offscreen: frozen `check`, `demo --students 300`, `check` again,
#    `screenshot --page dashboard` in Dutch and in English; the same screenshot from the normal
#    program; compares the two Dutch dashboards (scripts/compare_screenshots.py).
# Exits non-zero at the first failure. On Windows use scripts/build_bundle.ps1.
set -euo pipefail

cd "$(dirname "$0")/.."
if [ -z "${PYTHON:-}" ]; then
    if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
export QT_QPA_PLATFORM=offscreen
step() { printf '\n--- bundle: %s (%ds)\n' "$*" "$SECONDS"; }

step "translations"
"$PYTHON" scripts/compile_translations.py

step "PyInstaller"
if ! "$PYTHON" -c 'import PyInstaller' 2>/dev/null; then
    "$PYTHON" -m pip install -q "pyinstaller>=6.10,<7"
fi
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN build.spec

FROZEN=dist/scope-desk/scope-desk
WORK=$(mktemp -d "${TMPDIR:-/tmp}/scope-desk-bundle.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# The frozen program must not touch the builder's own data folder or settings.
export XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" XDG_CACHE_HOME="$WORK/cache"
STORE="$WORK/store.sqlite3"

step "frozen: check (empty store)"
"$FROZEN" --db "$STORE" check
step "frozen: demo --students 300"
"$FROZEN" --db "$STORE" demo --students 300
step "frozen: check (demo store)"
"$FROZEN" --db "$STORE" check
step "frozen: screenshots"
"$FROZEN" --db "$STORE" screenshot --page dashboard --out "$WORK/frozen-nl.png"
"$FROZEN" --db "$STORE" --lang en screenshot --page dashboard --out "$WORK/frozen-en.png"
step "normal program: screenshot"
"$PYTHON" -m scope_desk --db "$STORE" screenshot --page dashboard --out "$WORK/normal-nl.png"
step "compare"
"$PYTHON" scripts/compare_screenshots.py "$WORK/normal-nl.png" "$WORK/frozen-nl.png"
if cmp -s "$WORK/frozen-nl.png" "$WORK/frozen-en.png"; then
    echo "bundle: the English dashboard is identical to the Dutch one: translations missing from the bundle" >&2
    exit 1
fi
if [ -n "${BUNDLE_SCREENSHOTS:-}" ]; then
    mkdir -p "$BUNDLE_SCREENSHOTS" && cp "$WORK"/*.png "$BUNDLE_SCREENSHOTS"/
fi
step "bundle OK: $(du -sh dist/scope-desk | cut -f1) in dist/scope-desk"
