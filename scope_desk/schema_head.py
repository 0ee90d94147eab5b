"""A quick start-up test "is the schema already at head?" without importing Alembic.

Importing Alembic and loading every migration script costs more than a tenth of a second at each
start, while the answer is almost always "yes". The migration files are read as text for their
``revision`` / ``down_revision`` lines; only when the store is not exactly at the single head does
the caller run the real migration (``db_migrate.upgrade_to_head``), which decides everything else.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)
_QUOTED = re.compile(r"""["']([^"']+)["']""")


def head_revisions(versions_dir: Path = VERSIONS_DIR) -> set[str]:
    """Revisions that no other revision builds on (one, in a healthy tree)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in versions_dir.glob("*.py"):
        found = dict(_ASSIGNMENT.findall(path.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        revisions.update(_QUOTED.findall(found["revision"])[:1])
        parents.update(_QUOTED.findall(found.get("down_revision", "")))
    return revisions - parents


def is_at_head(store, versions_dir: Path = VERSIONS_DIR) -> bool:
    """True only when the store records exactly the one head revision; any doubt gives False."""
    heads = head_revisions(versions_dir)
    if len(heads) != 1:
        return False
    try:
        with store.engine.connect() as conn:
            current = [row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))]
    except DBAPIError:
        return False
    return current == list(heads)
