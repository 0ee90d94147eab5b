"""run_gui's automatic daily backup: made off the UI thread when the last one is older than a day,
verified, rotated to the newest N, never twice a day, and hand-made backups are never deleted."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from argparse import Namespace

from scope_desk import app, backup_schedule, settings
from scope_desk.db import open_store

DAY = 24 * 60 * 60


def _age(path, days: float) -> None:
    stamp = time.time() - days * DAY
    os.utime(path, (stamp, stamp))


def _start_gui(db, qtbot, monkeypatch):
    """run_gui up to the event loop; the loop runs until the backup thread finished and its report
    reached the window. Returns what the window's status bar said, the backup's result and its thread."""
    seen: dict = {}
    real_run_if_due = backup_schedule.run_if_due

    def recording_run_if_due(store, chosen, now=None):
        seen["thread"] = threading.current_thread()
        seen["result"] = real_run_if_due(store, chosen, now)
        return seen["result"]

    real_build = app.build_main_window

    def keep_window(services, actor):
        seen["window"] = real_build(services, actor)
        return seen["window"]

    real_create = app.create_application

    class _RunUntilReported:
        def __init__(self, qapp):
            self.qapp = qapp

        def exec(self) -> int:
            qtbot.waitUntil(lambda: "result" in seen, timeout=20_000)
            qtbot.wait(50)  # the queued report from the worker thread reaches the window
            seen["status"] = seen["window"].statusBar().currentMessage()
            seen["window"].close()
            return 0

    monkeypatch.setattr(backup_schedule, "run_if_due", recording_run_if_due)
    monkeypatch.setattr(app, "build_main_window", keep_window)
    monkeypatch.setattr(app, "create_application", lambda **kw: _RunUntilReported(real_create(**kw)))
    monkeypatch.setattr(app, "sign_in", lambda services, demo=False: app.OFFICE_ACTOR)
    assert app.run_gui(Namespace(db=str(db), demo=False, lang=None)) == 0
    seen["window"].deleteLater()
    return seen


def test_startup_makes_one_verified_backup_off_the_ui_thread_and_rotates(tmp_path, qtbot, monkeypatch):
    db = tmp_path / "kantoor.sqlite3"
    open_store(db).dispose()
    folder = tmp_path / "reservekopieen"
    folder.mkdir()
    settings.save(settings.Settings(backup_dir=str(folder), backup_keep=2))  # what run_gui loads
    old = []
    for days in (2, 3, 4):  # three automatic backups, the newest two days old
        path = folder / f"kantoor-2026010{days}-120000-000000-automatisch.sqlite3"
        path.write_bytes(b"oude kopie")
        _age(path, days)
        old.append(path)
    by_hand = folder / "kantoor-20250101-120000-000000-handmatig.sqlite3"
    by_hand.write_bytes(b"met de hand")
    _age(by_hand, 400)

    seen = _start_gui(db, qtbot, monkeypatch)

    made = seen["result"]
    assert made is not None and made.parent == folder and made.name.endswith("-automatisch.sqlite3")
    assert seen["thread"] is not threading.main_thread()
    assert str(made) in seen["status"] and seen["status"].startswith("Automatische reservekopie gemaakt")
    copy = sqlite3.connect(made)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        copy.close()
    assert {"pupils", "consent_decisions", "alembic_version"} <= tables
    automatic = backup_schedule.automatic_backups(folder)
    assert automatic == [made, old[0]]  # rotation keeps the newest two: the new one and the 2-day-old one
    assert not old[1].exists() and not old[2].exists()
    assert by_hand.read_bytes() == b"met de hand"
    assert not list(folder.glob("*.part"))


def test_startup_with_a_fresh_backup_makes_none(tmp_path, qtbot, monkeypatch):
    db = tmp_path / "kantoor.sqlite3"
    open_store(db).dispose()
    folder = tmp_path / "reservekopieen"
    folder.mkdir()
    settings.save(settings.Settings(backup_dir=str(folder), backup_keep=1))
    fresh = folder / "kantoor-20260101-120000-000000-automatisch.sqlite3"
    fresh.write_bytes(b"van vanochtend")
    _age(fresh, 0.5)
    by_hand = folder / "kantoor-20250101-120000-000000-handmatig.sqlite3"
    by_hand.write_bytes(b"met de hand")
    _age(by_hand, 400)

    seen = _start_gui(db, qtbot, monkeypatch)

    assert seen["result"] is None
    assert "reservekopie" not in seen["status"]
    assert sorted(p.name for p in folder.iterdir()) == sorted([fresh.name, by_hand.name])
