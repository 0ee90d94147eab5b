"""The data store: engine with verified pragmas, real transactions, units of work.

``open_store`` is the one way in: it checks the file before anything writes to it, migrates the
schema (after a verified backup) and hands back a ``Store`` whose ``transaction()`` is the unit of
work every service uses. With a passphrase the SQLite file is encrypted with SQLCipher (db_crypto).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from scope_desk.errors import StaleRecord, StoreError

if TYPE_CHECKING:  # the ORM is imported by the first unit of work, not at start-up
    from sqlalchemy.orm import Session, sessionmaker

    from scope_desk.db_early_check import BackgroundPreflight

ENV_VAR = "SCOPE_DESK_DB"
BUSY_TIMEOUT_MS = 10_000
REQUIRED_PRAGMAS = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": BUSY_TIMEOUT_MS}


def resolve_url(given: str | os.PathLike | None = None) -> URL:
    """``--db`` value, else ``SCOPE_DESK_DB``, else the SQLite file in the user's data folder.

    A plain file path is taken as a SQLite file.
    """
    from scope_desk import paths

    raw = os.fspath(given) if given else os.environ.get(ENV_VAR) or str(paths.default_database_path())
    if "://" not in raw:
        return URL.create("sqlite+pysqlite", database=str(Path(raw).expanduser().resolve()))
    try:
        url = make_url(raw)
    except ArgumentError:
        raise StoreError(f"'{raw}' is geen geldige database-URL.") from None
    if url.get_backend_name() == "sqlite" and url.drivername != "sqlite+pysqlite":
        url = url.set(drivername="sqlite+pysqlite")
    if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(f"Database-soort '{url.get_backend_name()}' wordt niet ondersteund; gebruik SQLite of PostgreSQL.")
    return url


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for PostgreSQL and in-memory databases."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def _set_sqlite_pragmas(dbapi_connection, _record, passphrase: str | None = None, where: str = "") -> None:
    # SQLAlchemy's documented recipe for pysqlite: let SQLAlchemy emit BEGIN itself, so DDL and
    # SAVEPOINTs are really inside the transaction and roll back with it.
    dbapi_connection.isolation_level = None
    if passphrase is not None:  # SQLCipher: the key before anything reads the file
        from scope_desk import db_crypto

        db_crypto.apply_key(dbapi_connection, passphrase)
        db_crypto.check_key(dbapi_connection, where)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _enable_wal(cursor)
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA secure_delete = ON")
        found = {name: cursor.execute(f"PRAGMA {name}").fetchone()[0] for name in REQUIRED_PRAGMAS}
    finally:
        cursor.close()
    if isinstance(found["journal_mode"], str):
        found["journal_mode"] = found["journal_mode"].lower()
    wrong = {k: v for k, v in found.items() if v != REQUIRED_PRAGMAS[k]}
    if wrong:
        raise StoreError(f"De database kon niet veilig worden ingesteld ({', '.join(sorted(wrong))}).")


def _enable_wal(cursor) -> None:
    """Switching to WAL needs a moment alone with the file, and SQLite reports "locked" at once instead
    of waiting when another program is opening the same new file: so wait here, up to busy_timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except Exception as exc:  # sqlite3's or SQLCipher's OperationalError
            if type(exc).__name__ != "OperationalError" or "locked" not in str(exc).lower() or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _begin_sqlite(conn) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def create_store_engine(url: URL, passphrase: str | None = None, **kwargs) -> Engine:
    if url.get_backend_name() == "sqlite":
        if passphrase is not None:  # the same pysqlite dialect over SQLCipher's DB-API module
            from scope_desk import db_crypto

            kwargs["module"] = db_crypto.dbapi()
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
        event.listen(engine, "connect", partial(_set_sqlite_pragmas, passphrase=passphrase, where=url.database or ""))
        event.listen(engine, "begin", _begin_sqlite)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


@dataclass
class Store:
    url: URL
    engine: Engine
    passphrase: str | None = field(default=None, repr=False)  # SQLCipher key; None: not encrypted

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None

    @cached_property
    def sessions(self) -> "sessionmaker[Session]":
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def describe(self) -> str:
        """Where the data lives, without a password."""
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self, write: bool = True) -> Iterator[Session]:
        """One unit of work. Errors become one clear domain error.

        By default it takes SQLite's write lock at the start, so two writers queue (busy_timeout)
        instead of the second failing halfway on a stale WAL snapshot; most units of work write
        (an audit event for a viewed record counts). Pass ``write=False`` only for a unit of work
        that certainly writes nothing: it reads a snapshot without waiting for writers."""
        from sqlalchemy.orm.exc import StaleDataError

        session = self.sessions()
        try:
            if write and self.is_sqlite:
                session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            yield session
            session.commit()
        except StaleDataError:
            session.rollback()
            raise StaleRecord() from None
        except OperationalError as exc:
            session.rollback()
            raise self._clear_error(exc) or exc from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read-only unit of work for SQLAlchemy Core queries, without an ORM session (the first page
        reads its figures this way, so start-up needs no mapper configuration). One transaction: every
        query inside sees the same snapshot, without waiting for writers. Errors become one clear
        domain error, as in transaction()."""
        with self.engine.connect() as conn:
            try:
                with conn.begin():
                    yield conn
            except OperationalError as exc:
                raise self._clear_error(exc) or exc from None

    def _clear_error(self, exc: OperationalError) -> StoreError | None:
        """The domain error for a busy or lost database; None for any other error."""
        if "locked" in str(exc.orig).lower() or "busy" in str(exc.orig).lower():
            return StoreError("De database is bezet door een andere gebruiker; probeer het zo nog eens.")
        if exc.connection_invalidated:
            return StoreError(
                f"De verbinding met de database op {self.describe()} is verbroken; uw wijziging is niet "
                "opgeslagen. Probeer het opnieuw."
            )
        return None

    def dispose(self) -> None:
        self.engine.dispose()


def make_store(url: URL, passphrase: str | None = None, **engine_kwargs) -> Store:
    return Store(url=url, engine=create_store_engine(url, passphrase, **engine_kwargs), passphrase=passphrase)


def open_store(
    given: str | os.PathLike | None = None, *, migrate: bool = True, backup_dir: Path | None = None,
    must_exist: bool = False, passphrase: str | None = None, early_check: "BackgroundPreflight | None" = None,
) -> Store:
    """Check, migrate (after a verified backup) and open the store. Raises StoreError with one clear sentence.

    ``passphrase`` (else the one chosen for this process, else ``SCOPE_DESK_PASSPHRASE``) opens or
    creates an encrypted SQLite file; it is ignored for PostgreSQL. ``early_check``: the same file
    check already running on a thread (db_early_check); its result is awaited instead of checking twice.
    """
    from scope_desk import db_checks, db_crypto

    url = resolve_url(given)
    path = sqlite_path(url)
    if path is not None and must_exist and not path.exists():
        raise StoreError(f"{path} bestaat niet.")
    passphrase = (passphrase or db_crypto.current_passphrase()) if path is not None else None
    if path is not None:
        if early_check is not None and early_check.covers(path, passphrase):
            early_check.wait()
        else:
            db_checks.preflight_sqlite_file(path, passphrase)
    store = make_store(url, passphrase)
    try:
        try:
            with store.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except DBAPIError as exc:
            raise StoreError(f"De database op {store.describe()} is niet bereikbaar: {_first_line(exc.orig)}") from None
        if migrate:
            from scope_desk import db_migrate  # imports Alembic: only when a migration may be needed

            db_migrate.upgrade_to_head(store, backup_dir=backup_dir)
    except BaseException:
        store.dispose()
        raise
    return store


def _first_line(error: object) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
