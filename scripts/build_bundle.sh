#!/usr/bin/env bash
# Build the scope-desk bundle (dist/scope-desk/) and test the FROZEN program.
#
#   scripts/build_bundle.sh            # uses $PYTHON, else .venv/bin/python, else python3
#
# 1. compiles the translations (resources/i18n/*.ts → *.qm) with PySide6's lrelease;
# 2. installs PyInstaller into that Python when it is missing (the "bundle" extra's version);
# 3. pyinstaller --noconfirm build.spec;
# 4. on a temporary store, offscreen: frozen `demo --students 300` (creates the store), `check`,
#    a screenshot of every page from the frozen and from the normal program, compared
#    (scripts/compare_screenshots.py), and the frozen dashboard in English, which must differ.
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

step "frozen: --version, --help"
"$FROZEN" --version
"$FROZEN" --help >/dev/null
step "frozen: demo --students 300 (creates and migrates the store)"
"$FROZEN" --db "$STORE" demo --students 300
step "frozen: check"
"$FROZEN" --db "$STORE" check
# Every page, not only the dashboard: a page whose module or Qt plugin is missing from the bundle
# shows "Deze pagina kan niet worden geopend" instead of crashing, which only a comparison sees.
PAGES=$("$PYTHON" -c 'from scope_desk.ui.pages import page_names; print(" ".join(page_names()))')
for page in $PAGES; do
    step "screenshot $page: frozen and normal, compared"
    "$FROZEN" --db "$STORE" screenshot --page "$page" --out "$WORK/frozen-$page.png"
    "$PYTHON" -m scope_desk --db "$STORE" screenshot --page "$page" --out "$WORK/normal-$page.png"
    "$PYTHON" scripts/compare_screenshots.py "$WORK/normal-$page.png" "$WORK/frozen-$page.png"
done
step "frozen: English dashboard"
"$FROZEN" --db "$STORE" --lang en screenshot --page dashboard --out "$WORK/frozen-dashboard-en.png"
if "$PYTHON" scripts/compare_screenshots.py "$WORK/frozen-dashboard.png" "$WORK/frozen-dashboard-en.png" >/dev/null; then
    echo "bundle: the English dashboard looks like the Dutch one: the translations are missing from the bundle" >&2
    exit 1
fi
if [ -n "${BUNDLE_SCREENSHOTS:-}" ]; then
    mkdir -p "$BUNDLE_SCREENSHOTS" && cp "$WORK"/*.png "$BUNDLE_SCREENSHOTS"/
fi
step "bundle OK: $(du -sh dist/scope-desk | cut -f1) in dist/scope-desk"
