#!/usr/bin/env bash
# Regenerate the translation sources from the code: every self.tr(...) / QCoreApplication.translate(...)
# under scope_desk/ goes into resources/i18n/scope_desk_en.ts (Dutch is the source language).
# Existing translations are kept; strings no longer in the code are dropped (-no-obsolete).
# Then fill in the new English texts (Qt Linguist, or by hand in the XML) and run
#   python -m pytest tests/unit/test_translations.py
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || echo python3 )}
LUPDATE=$("$PYTHON" -c 'import PySide6, pathlib, sys; d = pathlib.Path(PySide6.__file__).parent; print(next((str(p) for p in (d / "lupdate", d / "lupdate.exe") if p.is_file()), ""))')
LUPDATE=${LUPDATE:-pyside6-lupdate}
mapfile -t SOURCES < <(find scope_desk -name '*.py' -not -path '*/migrations/*' | sort)
"$LUPDATE" -silent -extensions py -no-obsolete -source-language nl_NL -target-language en_GB \
    "${SOURCES[@]}" -ts resources/i18n/scope_desk_en.ts
"$PYTHON" - <<'PY'
import xml.etree.ElementTree as ET
root = ET.parse("resources/i18n/scope_desk_en.ts").getroot()
messages = root.findall(".//message")
todo = [m for m in messages if (m.find("translation").get("type") == "unfinished" or not (m.find("translation").text or "").strip())]
print(f"scope_desk_en.ts: {len(messages)} texts, {len(todo)} still to translate")
PY
