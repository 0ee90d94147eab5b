"""Verified backups with SQLite's online backup API (consistent while others write)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from scope_desk.errors import StoreError

BACKUP_SUFFIX = ".sqlite3"


def backup_sqlite(store, to_dir: Path | None = None, *, reason: str = "handmatig") -> Path:
    """Copy the store page by page into ``to_dir`` and verify the copy; returns the new file.

    The copy is written under a temporary name and renamed only once it passed integrity_check,
    so a failed backup never leaves a half file that looks like a backup. The backup of an
    encrypted store is encrypted with the same passphrase.
    """
    from scope_desk import paths

    source = store.path
    if source is None:
        raise StoreError(
            "Een reservekopie van een PostgreSQL-database maakt u met de hulpmiddelen van de server (pg_dump)."
        )
    target_dir = Path(to_dir) if to_dir else paths.default_backup_dir()
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"De map {target_dir} voor reservekopieën kan niet worden gemaakt: {exc.strerror}.") from None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    final = target_dir / f"{source.stem}-{stamp}-{reason}{BACKUP_SUFFIX}"
    partial = final.with_name(final.name + ".part")
    if store.passphrase is not None:  # encrypted with the same key, never a readable copy
        from scope_desk import db_crypto

        try:
            verdict, fks = db_crypto.backup_encrypted(source, partial, store.passphrase)
        except db_crypto.dbapi().Error as exc:
            partial.unlink(missing_ok=True)
            raise StoreError(f"De reservekopie is mislukt: {exc}.") from None
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return _keep(partial, final, verdict, fks)
    src = sqlite3.connect(f"file:{quote(source.as_posix(), safe='/:')}?mode=ro", uri=True, timeout=10)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)  # one step: a consistent snapshot even while another connection writes
            dst.execute("PRAGMA journal_mode = DELETE")
            verdict = [row[0] for row in dst.execute("PRAGMA integrity_check").fetchall()]
            fks = dst.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            dst.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"De reservekopie is mislukt: {exc}.") from None
    finally:
        src.close()
    return _keep(partial, final, verdict, fks)


def _keep(partial: Path, final: Path, verdict: list[str], fks: list) -> Path:
    if verdict != ["ok"] or fks:
        partial.unlink(missing_ok=True)
        raise StoreError("De reservekopie is niet in orde bevonden en is weggegooid; de database zelf is niet veranderd.")
    os.replace(partial, final)
    return final
