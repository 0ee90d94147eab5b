"""Where things live: bundled resources (also inside a PyInstaller bundle) and the user's data folder."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import PlatformDirs

from scope_desk import APP_AUTHOR, APP_NAME


def resource_root() -> Path:
    """The bundled ``resources/`` folder: next to the package, or inside a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, APP_AUTHOR)


def user_data_dir() -> Path:
    path = Path(_dirs().user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / "scope_desk.sqlite3"


def default_backup_dir() -> Path:
    return user_data_dir() / "backups"


def default_evidence_dir() -> Path:
    return user_data_dir() / "evidence"
