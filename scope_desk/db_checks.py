"""Checks made before anything writes to a store, and the integrity report of ``scope-desk check``."""

from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from scope_desk import db_crypto
from scope_desk.errors import StoreError

SQLITE_HEADER = db_crypto.SQLITE_HEADER
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "9p", "fuse.sshfs", "davfs", "ncpfs"}


def preflight_sqlite_file(path: Path, passphrase: str | None = None) -> None:
    """Refuse a file that is not a healthy SQLite database, without writing a byte to it.

    A missing file is fine (it becomes a new store, encrypted when a passphrase is given); its
    folder is created. With a passphrase the file must be an encrypted one that the passphrase
    opens; without one, a file that may be encrypted asks for the passphrase (PassphraseNeeded).
    """
    try:
        _preflight(path, passphrase)
    except OSError as exc:
        raise StoreError(f"{path} kan niet worden gelezen of gemaakt: {exc.strerror or exc}.") from None


def _preflight(path: Path, passphrase: str | None = None) -> None:
    if is_on_network_share(path):
        raise StoreError(
            f"{path} staat op een netwerkschijf; SQLite raakt daar beschadigd als twee mensen tegelijk werken. "
            "Gebruik een lokale map of een PostgreSQL-server."
        )
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        return
    if path.is_dir():
        raise StoreError(f"{path} is een map, geen databasebestand.")
    size = path.stat().st_size
    if size == 0:
        return  # SQLite's own empty database: becomes a new store
    with path.open("rb") as fh:
        header = fh.read(100)
    if passphrase is not None:
        _preflight_encrypted(path, header, passphrase)
        return
    if not header.startswith(SQLITE_HEADER):
        if db_crypto.may_be_encrypted(path):
            raise db_crypto.PassphraseNeeded(
                f"{path} is versleuteld of geen SQLite-bestand; geef het wachtwoord (--passphrase-file of "
                f"{db_crypto.PASSPHRASE_ENV}); het bestand is niet aangeraakt.")
        raise StoreError(f"{path} is geen scope_desk-database (geen SQLite-bestand); het bestand is niet aangeraakt.")
    if len(header) < 100:
        raise StoreError(f"{path} is afgekapt of beschadigd; het bestand is niet aangeraakt.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    if page_size < 512 or size % page_size or (page_count and size < page_count * page_size and not _has_wal(path)):
        raise StoreError(f"{path} is afgekapt of beschadigd; het bestand is niet aangeraakt.")
    problems = read_only_problems(path)
    if problems:
        raise StoreError(f"{path} is beschadigd ({problems[0]}); het bestand is niet aangeraakt.")
    if _is_foreign(path):
        raise StoreError(
            f"{path} is een database van een ander programma, geen scope_desk-database; het bestand is niet aangeraakt."
        )


def _preflight_encrypted(path: Path, header: bytes, passphrase: str) -> None:
    if db_crypto.is_plain_sqlite(header):
        raise StoreError(f"{path} is niet versleuteld; open het zonder wachtwoord. Het bestand is niet aangeraakt.")
    if path.stat().st_size % 512:
        raise StoreError(f"{path} is afgekapt of geen scope_desk-database; het bestand is niet aangeraakt.")
    conn = _read_only(path, passphrase)
    try:
        db_crypto.check_key(conn, path)
    finally:
        conn.close()
    problems = read_only_problems(path, passphrase)
    if problems:
        raise StoreError(f"{path} is beschadigd ({problems[0]}); het bestand is niet aangeraakt.")
    if _is_foreign(path, passphrase):
        raise StoreError(
            f"{path} is een database van een ander programma, geen scope_desk-database; het bestand is niet aangeraakt."
        )


def _has_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _read_only(path: Path, passphrase: str | None = None) -> sqlite3.Connection:
    """A connection that cannot write. Without a ``-wal`` file nobody has the database open, so it
    is opened ``immutable``: SQLite then creates no ``-wal``/``-shm`` next to a file we refuse."""
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    uri = f"file:{quote(path.as_posix(), safe='/:')}?{flags}"
    if passphrase is not None:
        return db_crypto.connect(uri, passphrase, uri=True)
    return sqlite3.connect(uri, uri=True, timeout=10)


def read_only_problems(path: Path, passphrase: str | None = None) -> list[str]:
    """quick_check and foreign_key_check on a read-only connection; an empty list means healthy."""
    errors = (sqlite3.Error, db_crypto.dbapi().Error) if passphrase is not None else sqlite3.Error
    try:
        conn = _read_only(path, passphrase)
    except errors as exc:
        return [str(exc)]
    try:
        return _problems(conn)
    except errors as exc:
        return [str(exc)]
    finally:
        conn.close()


def _is_foreign(path: Path, passphrase: str | None = None) -> bool:
    """A SQLite database with tables but without Alembic's version table belongs to another program."""
    conn = _read_only(path, passphrase)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
    return bool(tables) and "alembic_version" not in tables


def _problems(conn: sqlite3.Connection) -> list[str]:
    problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall() if row[0] != "ok"]
    for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(f"verwijzing van {table} (rij {rowid}) naar ontbrekende {parent}")
    return problems


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


def full_check(store) -> list[CheckResult]:
    """Integrity, foreign keys and migrations at head — what ``scope-desk check`` reports."""
    from scope_desk import db_migrate

    results: list[CheckResult] = []
    if store.is_sqlite:
        with store.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            integrity = [row[0] for row in raw.execute("PRAGMA integrity_check").fetchall()]
            fks = raw.execute("PRAGMA foreign_key_check").fetchall()
        results.append(CheckResult("integriteit", integrity == ["ok"], "; ".join(integrity[:3])))
        results.append(CheckResult("verwijzingen", not fks, f"{len(fks)} kapotte verwijzingen" if fks else "ok"))
    else:
        with store.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        results.append(CheckResult("verbinding", True, "ok"))
    current, head = db_migrate.current_and_head(store)
    results.append(
        CheckResult("schema", current == head, f"versie {current or 'leeg'}" + ("" if current == head else f", verwacht {head}"))
    )
    return results


def is_on_network_share(path: Path) -> bool:
    if sys.platform == "win32":
        return _windows_remote(path)
    return _posix_network_fs(path)


def _windows_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    text = str(path)
    if text.startswith("\\\\"):
        return True
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
    DRIVE_REMOTE = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive) == DRIVE_REMOTE


def mount_table() -> list[str]:
    """The lines of the mount table (device, mount point, file system type, …); empty if unreadable."""
    try:
        return Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return []


def _posix_network_fs(path: Path) -> bool:
    mounts = mount_table()
    target = str(path.resolve().parent if not path.exists() else path.resolve())
    best, best_fs = "", ""
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(mount_point) > len(best):
            best, best_fs = mount_point, fields[2]
    return best_fs in NETWORK_FILESYSTEMS
