"""A backup taken while someone else keeps writing is verified, opens, and is one consistent moment."""

from __future__ import annotations

import sqlite3
import threading

from sqlalchemy import select

from scope_desk.db import make_store, open_store
from scope_desk.db_backup import backup_sqlite
from scope_desk.db_checks import read_only_problems
from scope_desk.models import AppSetting

ROWS_PER_COMMIT = 10


def _writer(url, stop: threading.Event, progress: list[int], errors: list[BaseException]) -> None:
    """Another user: every commit adds ten rows and sets the counter to the number of commits."""
    store = make_store(url)
    try:
        with store.transaction(write=True) as s:
            s.add(AppSetting(key="counter", value="0"))
        n = 0
        while not stop.is_set():
            n += 1
            with store.transaction(write=True) as s:
                s.add_all(AppSetting(key=f"rij-{n:06}-{j}", value="x" * 200) for j in range(ROWS_PER_COMMIT))
                s.get(AppSetting, "counter").value = str(n)
            progress.append(n)
    except BaseException as exc:  # noqa: BLE001 - handed to the test thread
        errors.append(exc)
    finally:
        store.dispose()


def _wait_for(progress: list[int], at_least: int) -> None:
    for _ in range(2000):
        if len(progress) >= at_least:
            return
        threading.Event().wait(0.01)
    raise AssertionError(f"writer made only {len(progress)} commits")


def test_backups_taken_during_continuous_writes_are_consistent_snapshots(sqlite_store, tmp_path):
    stop, progress, errors = threading.Event(), [], []
    writer = threading.Thread(target=_writer, args=(sqlite_store.url, stop, progress, errors))
    writer.start()
    copies = []
    try:
        for round_ in range(3):
            _wait_for(progress, 5 * (round_ + 1))
            copies.append(backup_sqlite(sqlite_store, tmp_path / "backups", reason=f"test{round_}"))
    finally:
        stop.set()
        writer.join(30)
    assert errors == [] and not writer.is_alive()

    seen = []
    for copy in copies:
        assert read_only_problems(copy) == []
        conn = sqlite3.connect(copy)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            counter = int(conn.execute("SELECT value FROM app_settings WHERE key = 'counter'").fetchone()[0])
            rows = conn.execute("SELECT count(*) FROM app_settings WHERE key LIKE 'rij-%'").fetchone()[0]
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
        finally:
            conn.close()
        assert rows == counter * ROWS_PER_COMMIT  # no commit half in the copy
        seen.append(counter)
    assert 0 < seen[0] <= seen[1] <= seen[2] < len(progress) + 1
    assert not list((tmp_path / "backups").glob("*.part"))

    restored = open_store(copies[-1], migrate=False)
    try:
        with restored.transaction() as s:
            assert s.execute(select(AppSetting.value).where(AppSetting.key == "counter")).scalar_one() == str(seen[-1])
    finally:
        restored.dispose()
