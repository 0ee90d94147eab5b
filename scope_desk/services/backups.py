"""Backups on request, for the window's Bestand menu (the CLI's ``backup`` uses db_backup directly)."""

from __future__ import annotations

from pathlib import Path

from scope_desk.services.access import Actor, Permission, require
from scope_desk.services.events import Changes


class BackupService:
    def __init__(self, store, changes: Changes) -> None:
        self._store = store
        self._changes = changes

    def backup_now(self, actor: Actor, to_dir: Path | None = None) -> Path:
        """A verified copy of the SQLite store; raises StoreError (one sentence) otherwise."""
        require(actor, Permission.MANAGE_STORE)
        from scope_desk.db_backup import backup_sqlite

        return backup_sqlite(self._store, to_dir)
