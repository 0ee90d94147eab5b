"""Schema only through Alembic: empty → head, the migrated schema is exactly the models, one head."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from scope_desk import db_migrate
from scope_desk.db import make_store, open_store, resolve_url
from scope_desk.models import Base


def _script() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(db_migrate.MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config)


def test_there_is_exactly_one_head():
    assert len(_script().get_heads()) == 1, _script().get_heads()


def test_revision_ids_fit_the_version_column():
    """alembic_version.version_num is VARCHAR(32): a longer id breaks every PostgreSQL store."""
    too_long = [r.revision for r in _script().walk_revisions() if len(r.revision) > 32]
    assert not too_long, too_long


def test_revisions_are_self_contained():
    """A revision must keep working when the models change later: no imports from scope_desk."""
    for revision in _script().walk_revisions():
        source = Path(revision.path).read_text(encoding="utf-8")
        assert "import scope_desk" not in source and "from scope_desk" not in source, revision.path


def test_an_empty_database_is_migrated_to_head_with_every_table(db_url, tmp_path):
    bare = make_store(resolve_url(db_url))
    assert db_migrate.current_and_head(bare)[0] is None
    bare.dispose()
    store = open_store(db_url, backup_dir=tmp_path / "backups")
    try:
        current, head = db_migrate.current_and_head(store)
        assert current == head and head is not None
        with store.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        assert tables == set(Base.metadata.tables) | {"alembic_version"}
        assert db_migrate.upgrade_to_head(store) is False  # at head: nothing more to do
    finally:
        store.dispose()
    assert not (tmp_path / "backups").exists()  # an empty store has nothing to back up


def test_the_migrated_schema_matches_the_models(store):
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
