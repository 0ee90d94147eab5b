from pathlib import Path

from scope_desk.db import make_store, resolve_url
from scope_desk.db_migrate import head_revision
from scope_desk.schema_head import head_revisions, is_at_head


def test_the_quick_head_agrees_with_alembic():
    assert head_revisions() == {head_revision()}


def test_a_migrated_store_is_at_head(store):
    assert is_at_head(store)


def test_an_empty_database_is_not_at_head(tmp_path):
    store = make_store(resolve_url(tmp_path / "empty.sqlite3"))
    try:
        assert not is_at_head(store)
    finally:
        store.dispose()


def test_two_heads_or_an_older_revision_are_never_taken_for_current(store, tmp_path: Path):
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "a.py").write_text(f'revision = "{head_revision()}"\ndown_revision = None\n')
    (versions / "b.py").write_text('revision: str = "other"\ndown_revision = None\n')
    assert not is_at_head(store, versions)
    (versions / "c.py").write_text(f'revision = "newer"\ndown_revision = ("{head_revision()}", "other")\n')
    assert head_revisions(versions) == {"newer"}
    assert not is_at_head(store, versions)
