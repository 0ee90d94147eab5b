"""Cold start: a fresh process to the first painted main window (Overzicht) on a 10,000-pupil store,
against a bare PySide6 window with a QTableView to its first paint, measured in the same run.

Goal (issue 2): the app's first paint within 4× the bare window's. Each figure is the median of a
few fresh processes (after one warm-up each, so both read from a warm file cache).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from benchmarks import quick

ROOT = Path(__file__).resolve().parents[1]
GOAL_RATIO = 4.0

_REPORT = r"""
import os, sys
def _peak_rss_mb():
    try:
        import resource
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 1024 / (1024 if sys.platform == "darwin" else 1)
    except ImportError:
        import psutil
        return psutil.Process().memory_info().peak_wset / 2**20
def _report_after_paint(app, widget):
    from PySide6.QtCore import QEvent, QObject, QTimer
    class Spy(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
                self.seen = True
                QTimer.singleShot(0, done)
            return False
    def done():
        heavy = [m for m in ("reportlab", "openpyxl", "qrcode", "argon2") if m in sys.modules]
        print(f"PAINTED {_peak_rss_mb():.1f} {','.join(heavy) or '-'}", flush=True)
        os._exit(0)
    spy = Spy(widget)
    widget.installEventFilter(spy)
"""

APP_CHILD = _REPORT + r"""
from scope_desk.app import OFFICE_ACTOR, build_main_window, create_application, open_services
app = create_application()
services = open_services(sys.argv[1])
window = build_main_window(services, OFFICE_ACTOR)
window.resize(1280, 800)
_report_after_paint(app, window.page("dashboard"))
window.show()
app.exec()
"""

BARE_CHILD = _REPORT + r"""
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
model = QStandardItemModel(3, 4)
for r in range(3):
    for c in range(4):
        model.setItem(r, c, QStandardItem(f"{r},{c}"))
view = QTableView()
view.setModel(model)
window.setCentralWidget(view)
window.resize(1280, 800)
_report_after_paint(app, view)
window.show()
app.exec()
"""


# Bytecode as an installed copy has it (pip and the bundle ship .pyc): the warm-up run writes it to a
# cache of its own even where PYTHONDONTWRITEBYTECODE is set, instead of compiling every module at
# every measured start (~40 ms of compiling that no user's start pays).
_PYCACHE = Path(tempfile.gettempdir()) / "scope-desk-bench-pycache"


def _time_child(code: str, *args: str) -> tuple[float, float, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(_PYCACHE)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    elapsed_ms = (time.perf_counter() - started) * 1000
    _out, err = proc.communicate(timeout=120)
    if not line.startswith("PAINTED"):
        raise RuntimeError(f"child did not paint: {err.strip().splitlines()[-1:] or proc.returncode}")
    _tag, rss, heavy = line.split()
    return elapsed_ms, float(rss), heavy


def _median_run(code: str, repeats: int, *args: str) -> tuple[float, float, str]:
    _time_child(code, *args)  # warm-up: file cache, .pyc files
    runs = [_time_child(code, *args) for _ in range(repeats)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs), runs[-1][2]


def fill_store(path: Path, pupils: int) -> None:
    """A store with ``pupils`` pupils: the demo generator when there is one, else a plain Core fill."""
    from scope_desk.db import open_store

    store = open_store(path, backup_dir=path.parent / "backups")
    try:
        try:
            from scope_desk.services.demo_data import ensure_demo_data
        except ImportError:
            _plain_fill(store, pupils)
        else:
            ensure_demo_data(store, students=pupils, seed=1)
    finally:
        store.dispose()


def _plain_fill(store, pupils: int) -> None:
    from sqlalchemy import insert, select

    from scope_desk.models import (
        ConsentCategory, ConsentDecision, ConsentRound, ConsentState, Conversation, Incident, IncidentStatus, Pupil,
        ReceivedVia, School, SchoolYear,
    )
    from scope_desk.naming import sort_key

    today = date.today()
    start = date(today.year if today.month >= 8 else today.year - 1, 8, 1)
    now = datetime.now(timezone.utc)
    states = [ConsentState.GRANTED, ConsentState.GRANTED, ConsentState.REFUSED, ConsentState.WITHDRAWN]
    with store.transaction(write=True) as s:
        year = SchoolYear(label=f"{start.year}-{start.year + 1}", starts_on=start, ends_on=date(start.year + 1, 7, 31))
        s.add(year)
        schools = [School(brin=f"0{n}XX", name=name) for n, name in enumerate(("De Regenboog", "Het Kompas", "De Wilg"))]
        s.add_all(schools)
        s.flush()
        for school in schools:
            s.execute(insert(Pupil), [
                {"school_id": school.id, "leerlingnummer": f"{n:06}", "first_name": "Zoë", "tussenvoegsel": "van den",
                 "surname": f"Berg{n}", "sort_name": sort_key("Zoë", "van den", f"Berg{n}"), "created_at": now,
                 "version": 1}
                for n in range(pupils // 3)
            ])
            round_ = ConsentRound(school_id=school.id, school_year_id=year.id, opened_on=start + timedelta(days=30))
            s.add(round_)
            s.flush()
            cats = [ConsentCategory(round_id=round_.id, code=f"c{i}", label=f"Categorie {i}", position=i) for i in range(6)]
            s.add_all(cats)
            s.flush()
            ids = list(s.scalars(select(Pupil.id).where(Pupil.school_id == school.id)))
            s.execute(insert(ConsentDecision), [
                {"pupil_id": pid, "category_id": cat.id, "state": states[(pid + i) % 4], "received_via": ReceivedVia.PAPER,
                 "decided_on": start + timedelta(days=40), "recorded_by_name": "benchmark", "recorded_at": now,
                 "given_by_pupil": False, "carried_over": False, "note": ""}
                for pid in ids if pid % 5 for i, cat in enumerate(cats) if pid % 7 or i < 3
            ])
            for n in range(20):
                incident = Incident(school_id=school.id, title=f"Melding {n}", reported_on=today, happened_on=today,
                                    platform="whatsapp", category="pesten",
                                    status=(IncidentStatus.NEW, IncidentStatus.IN_PROGRESS, IncidentStatus.CLOSED)[n % 3])
                s.add(incident)
                s.flush()
                s.add(Conversation(incident_id=incident.id, held_at=now, check_back_on=today + timedelta(days=n - 10)))


def run() -> list[dict]:
    pupils = 1_000 if quick() else 10_000
    repeats = 1 if quick() else 5
    with tempfile.TemporaryDirectory(prefix="scope-bench-startup-") as tmp:
        db = Path(tmp) / "startup.sqlite3"
        started = time.perf_counter()
        fill_store(db, pupils)
        fill_s = time.perf_counter() - started
        app_ms, app_rss, heavy = _median_run(APP_CHILD, repeats, str(db))
        bare_ms, bare_rss, _ = _median_run(BARE_CHILD, repeats)
    ratio = app_ms / bare_ms
    verdict = "meets" if ratio <= GOAL_RATIO else "MISSES"
    return [
        {"benchmark": "startup: scope-desk to first painted Overzicht", "value": app_ms, "unit": "ms",
         "peak_rss_mb": app_rss,
         "note": f"fresh process, {pupils:,} pupils, median of {repeats}; heavy modules loaded: {heavy}; store made in {fill_s:.1f} s"},
        {"benchmark": "startup: bare PySide6 window + QTableView to first paint", "value": bare_ms, "unit": "ms",
         "peak_rss_mb": bare_rss, "note": f"fresh process, median of {repeats}"},
        {"benchmark": "startup: ratio scope-desk / bare window", "value": ratio, "unit": "×",
         "note": f"goal ≤ {GOAL_RATIO:g}× — {verdict} the goal"},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
