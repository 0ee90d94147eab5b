"""Alembic migrations, run at start-up after a verified backup, all or nothing."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script.revision import RevisionError
from alembic.util.exc import CommandError
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from scope_desk.errors import MigrationError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
MIGRATION_LOCK_ID = 0x5C0DE5C  # pg_advisory_xact_lock key, held while migrating


def alembic_config(store, script_location: Path | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", store.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def head_revision(script_location: Path | None = None) -> str | None:
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    return ScriptDirectory.from_config(cfg).get_current_head()


def current_and_head(store, script_location: Path | None = None) -> tuple[str | None, str | None]:
    with store.engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    return current, head_revision(script_location)


def upgrade_to_head(store, *, backup_dir: Path | None = None, script_location: Path | None = None) -> bool:
    """Bring the schema to head. Returns True when a migration ran.

    A store that already has data is backed up first (online backup API, verified). All steps run
    in one transaction, so a failing step leaves schema and data exactly as they were.

    On SQLite the steps run with ``foreign_keys`` off (SQLite's own recipe for table rebuilds):
    with it on, the DROP TABLE of a batch rebuild would cascade-delete every child row. Broken
    references are looked for with ``foreign_key_check`` before the commit instead.
    """
    current, head = current_and_head(store, script_location)
    if current == head:
        return False
    if current is not None and not _known(current, script_location):
        raise MigrationError(
            f"De database heeft schemaversie {current}, die deze versie van scope-desk niet kent; "
            "werk het programma bij. Er is niets veranderd."
        )
    with store.engine.connect() as conn:
        has_tables = bool(inspect(conn).get_table_names())
    if has_tables and store.is_sqlite:
        from scope_desk import db_backup

        db_backup.backup_sqlite(store, backup_dir, reason=f"voor-migratie-{current or 'leeg'}")
    cfg = alembic_config(store, script_location)
    try:
        with store.engine.connect() as conn:
            if store.is_sqlite:
                _run_sqlite(conn, cfg)
            else:
                with conn.begin():
                    # Two programs starting at once: the second waits here, then finds the schema at head.
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_ID})")
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
    except Exception as exc:
        raise MigrationError(
            f"Het bijwerken van de database naar versie {head} is mislukt en teruggedraaid; er is niets veranderd ({exc})."
        ) from exc
    return True


def _known(revision: str, script_location: Path | None) -> bool:
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    try:
        return ScriptDirectory.from_config(cfg).get_revision(revision) is not None
    except (CommandError, RevisionError):
        return False


def _run_sqlite(conn, cfg: Config) -> None:
    raw = conn.connection.dbapi_connection
    raw.execute("PRAGMA foreign_keys = OFF")  # outside a transaction, or SQLite ignores it
    try:
        with conn.execution_options(sqlite_begin="IMMEDIATE").begin():
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise MigrationError(f"na de migratie verwijzen {len(broken)} rijen naar gegevens die niet bestaan")
    finally:
        raw.execute("PRAGMA foreign_keys = ON")
        if raw.execute("PRAGMA foreign_keys").fetchone()[0] != 1:
            conn.invalidate()  # never hand a connection without foreign keys back to the pool
