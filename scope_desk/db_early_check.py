"""The start-up check of a SQLite store, begun before SQLAlchemy is loaded.

``open_store`` refuses a file that is not a healthy scope_desk database before anything opens it
for writing: header checks, then ``PRAGMA quick_check`` and ``foreign_key_check`` on a read-only
connection (``db_checks.preflight_sqlite_file``). On a 10,000-pupil store those take ~40 ms, all
inside SQLite, which releases the GIL; loading SQLAlchemy takes ~100 ms of Python. So the GUI starts
the check on a worker thread first and loads SQLAlchemy meanwhile; ``open_store`` then waits for
the result and raises what the check raised. Nothing is skipped: the store is opened only after
the very same check has passed, and only when it was made for exactly the file and passphrase
being opened (otherwise ``open_store`` checks again itself).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from scope_desk import db_checks

ENV_VAR = "SCOPE_DESK_DB"  # the same variable db.resolve_url reads


def local_sqlite_file(given: str | os.PathLike | None) -> Path | None:
    """The file that ``db.resolve_url`` makes of a plain path; None for a URL (checked later, as usual)."""
    from scope_desk import paths

    raw = os.fspath(given) if given else os.environ.get(ENV_VAR) or str(paths.default_database_path())
    return None if "://" in raw else Path(raw).expanduser().resolve()


class BackgroundPreflight:
    """``db_checks.preflight_sqlite_file(path, passphrase)`` running on a worker thread."""

    def __init__(self, path: Path, passphrase: str | None) -> None:
        self.path = path
        self.passphrase = passphrase
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="store-preflight", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            db_checks.preflight_sqlite_file(self.path, self.passphrase)
        except BaseException as exc:  # handed to the thread that opens the store
            self._error = exc

    def covers(self, path: Path | None, passphrase: str | None) -> bool:
        return path is not None and path == self.path and passphrase == self.passphrase

    def wait(self) -> None:
        """Return once the check has passed; raise what it raised."""
        self._thread.join()
        if self._error is not None:
            error, self._error = self._error, None
            raise error


def start(given: str | os.PathLike | None, passphrase: str | None) -> BackgroundPreflight | None:
    """Begin the check of the SQLite file ``given`` names; None for a URL or a file that cannot be named."""
    try:
        path = local_sqlite_file(given)
    except (OSError, RuntimeError, ValueError):
        return None  # open_store reports it in its own words
    return BackgroundPreflight(path, passphrase) if path is not None else None
