"""The first page of every start, the Overzicht with its figures, loads only what it needs: no ORM
models or mapper configuration, no PDF/Excel/password/migration libraries, no Qt modules beyond
QtCore/QtGui/QtWidgets. (A fresh process: the test process itself has everything imported.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from fixtures.dashboard_data import fill_dashboard_store

ROOT = Path(__file__).resolve().parents[2]
NOT_AT_START = ("scope_desk.models", "sqlalchemy.orm", "alembic", "reportlab", "openpyxl", "argon2", "qrcode",
                "PySide6.QtPdf", "PySide6.QtCharts", "PySide6.QtSvg", "PySide6.QtPrintSupport", "PySide6.QtNetwork")

CHILD = r"""
import sys
from scope_desk.app import OFFICE_ACTOR, build_main_window, create_application, open_services
app = create_application()
services = open_services(sys.argv[1])
window = build_main_window(services, OFFICE_ACTOR)
window.show()
app.processEvents()
page = window.page("dashboard")
print("PUPILS", page.pupils_card.value_label.text())
print("LOADED", " ".join(m for m in sys.argv[2:] if m in sys.modules) or "-")
"""


def test_the_first_painted_overzicht_imports_no_orm_and_no_heavy_libraries(sqlite_store):
    fill_dashboard_store(sqlite_store)
    path = str(sqlite_store.path)
    sqlite_store.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", CHILD, path, *NOT_AT_START], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if line.startswith(("PUPILS", "LOADED")))
    assert lines["PUPILS"] == "7"  # the real figures are on the page
    assert lines["LOADED"] == "-"
