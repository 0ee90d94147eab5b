"""Encryption at rest (optional): SQLCipher through the ``sqlcipher3`` DB-API module.

Installed with the ``encryption`` extra (``pip install scope-desk[encryption]``, which brings
``sqlcipher3-binary``: SQLCipher built in, nothing to install on the system). A store is
encrypted when it is opened with a passphrase: every page of the main file, its WAL and every
backup is then AES-256 encrypted by SQLCipher; the ``-shm`` file holds only the WAL index.

Where the passphrase comes from: ``--passphrase-file FILE`` (the CLI), the environment variable
``SCOPE_DESK_PASSPHRASE``, or the passphrase dialog the window shows at start when the file is
encrypted. ``use_passphrase`` records the chosen one for this process; ``open_store`` takes it.
"""

from __future__ import annotations

import os
from pathlib import Path

from scope_desk.errors import InvalidInput, StoreError

PASSPHRASE_ENV = "SCOPE_DESK_PASSPHRASE"
SQLITE_HEADER = b"SQLite format 3\x00"

_chosen: str | None = None


class PassphraseNeeded(StoreError):
    """The file is not plain SQLite: probably encrypted, and no passphrase was given."""


class WrongPassphrase(StoreError):
    """The passphrase does not open the file (or the file is no database at all); nothing was changed."""


def use_passphrase(passphrase: str | None) -> None:
    """The passphrase for the stores this process opens (None: back to ``SCOPE_DESK_PASSPHRASE``)."""
    global _chosen
    _chosen = passphrase or None


def current_passphrase() -> str | None:
    return _chosen if _chosen is not None else (os.environ.get(PASSPHRASE_ENV) or None)


def read_passphrase_file(path: str | os.PathLike) -> str:
    """The first line of ``path`` (the line end is not part of the passphrase)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"Het wachtwoordbestand {path} kan niet worden gelezen: {exc.strerror or exc}.") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"Het wachtwoordbestand {path} is geen tekstbestand (UTF-8).") from None
    passphrase = text.splitlines()[0] if text else ""
    if not passphrase:
        raise InvalidInput(f"Het wachtwoordbestand {path} is leeg.")
    return passphrase


def dbapi():
    """The SQLCipher DB-API module; one clear sentence when the extra is not installed."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        raise StoreError("Een versleutelde database vraagt het extra pakket sqlcipher3; installeer "
                         "scope-desk[encryption] (pip install 'scope-desk[encryption]').") from None
    return dbapi2


def available() -> bool:
    try:
        dbapi()
    except StoreError:
        return False
    return True


def key_statement(passphrase: str) -> str:
    return "PRAGMA key = '" + passphrase.replace("'", "''") + "'"


def apply_key(dbapi_connection, passphrase: str) -> None:
    """The first statements on a new connection: SQLCipher's own log off (a wrong key would print
    decryption errors on stderr), then the key."""
    dbapi_connection.execute("PRAGMA cipher_log_level = NONE")
    dbapi_connection.execute(key_statement(passphrase))


def check_key(dbapi_connection, path: Path | str) -> None:
    """Read the first page: raises WrongPassphrase when the key does not decrypt it."""
    module = dbapi()
    try:
        dbapi_connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise WrongPassphrase(
                f"{path} gaat met dit wachtwoord niet open (verkeerd wachtwoord, of geen scope_desk-database); "
                "er is niets veranderd.") from None
        raise


def connect(target: str, passphrase: str, *, uri: bool = False, timeout: float = 10):
    """A keyed SQLCipher connection to ``target`` (a path, or a ``file:`` URI with ``uri=True``)."""
    conn = dbapi().connect(target, uri=uri, timeout=timeout)
    apply_key(conn, passphrase)
    return conn


def is_plain_sqlite(header: bytes) -> bool:
    return header.startswith(SQLITE_HEADER)


def may_be_encrypted(path: Path) -> bool:
    """Not plain SQLite, but shaped like a database: whole pages of what looks like random bytes.

    An encrypted file cannot be told from noise without the key; a text file or a picture is
    told apart by its size (not a whole number of 512-byte pages) or its first bytes.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError:
        return False
    return size >= 512 and size % 512 == 0 and not is_plain_sqlite(header) and len(set(header)) >= 8


def backup_encrypted(source: Path, partial: Path, passphrase: str) -> tuple[list[str], list]:
    """Copy an encrypted store page by page into ``partial``, encrypted with the same key (SQLite's
    backup API between two keyed connections); returns integrity_check and foreign_key_check of the copy."""
    from urllib.parse import quote

    src = connect(f"file:{quote(source.as_posix(), safe='/:')}?mode=ro", passphrase, uri=True)
    try:
        check_key(src, source)
        dst = connect(str(partial), passphrase)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            verdict = [row[0] for row in dst.execute("PRAGMA integrity_check").fetchall()]
            fks = dst.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            dst.close()
    finally:
        src.close()
    return verdict, fks
