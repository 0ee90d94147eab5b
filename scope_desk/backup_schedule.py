"""The automatic daily backup: at start-up, when the newest automatic backup is older than a day.

Run off the UI thread by the window (``start_in_background``); the CLI and tests call
``run_if_due`` directly. Only automatic backups (``*-automatisch.sqlite3``) are rotated: the
newest ``keep`` stay, older ones are removed; backups made by hand or before a migration are never
touched. PostgreSQL stores are skipped (their backups are the server's business).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Callable

from scope_desk.db_backup import BACKUP_SUFFIX

REASON = "automatisch"
DAY_SECONDS = 24 * 60 * 60


def automatic_backups(folder: Path) -> list[Path]:
    """Automatic backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"*-{REASON}{BACKUP_SUFFIX}") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def is_due(folder: Path, now: float | None = None) -> bool:
    backups = automatic_backups(folder)
    now = time.time() if now is None else now
    return not backups or now - backups[0].stat().st_mtime >= DAY_SECONDS


def rotate(folder: Path, keep: int) -> list[Path]:
    """Remove automatic backups beyond the newest ``keep``; returns what was removed."""
    removed = []
    for old in automatic_backups(folder)[max(keep, 1):]:
        try:
            old.unlink()
            removed.append(old)
        except OSError:
            pass  # a file that cannot be removed now is tried again at the next start
    return removed


def run_if_due(store, settings, now: float | None = None) -> Path | None:
    """Take a backup when automatic backups are on and one is due; then rotate. Returns the new file."""
    from scope_desk.db_backup import backup_sqlite

    folder = settings.backup_folder()
    if not settings.backup_daily or store.path is None or not is_due(folder, now):
        return None
    made = backup_sqlite(store, folder, reason=REASON)
    rotate(folder, settings.backup_keep)
    return made


def start_in_background(store, settings, on_done: Callable[[Path | None, str | None], None]) -> threading.Thread:
    """``run_if_due`` on a worker thread; ``on_done(path, error)`` is called from that thread."""

    def work() -> None:
        try:
            on_done(run_if_due(store, settings), None)
        except Exception as exc:  # reported in the status bar; the program keeps working
            on_done(None, str(exc))

    thread = threading.Thread(target=work, name="daily-backup", daemon=True)
    thread.start()
    return thread
