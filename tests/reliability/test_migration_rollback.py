"""A migration is all or nothing, is preceded by a verified backup, and never loses child rows."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import MetaData, inspect, select, text

from scope_desk import db_migrate
from scope_desk.errors import MigrationError
from scope_desk.models import Enrolment, Pupil, School, SchoolClass, SchoolYear

GOOD_STEP = '''
from alembic import op
import sqlalchemy as sa
revision = "{revision}"
down_revision = "{parent}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("extra", sa.Column("id", sa.Integer, primary_key=True))
    rebuild = "always" if op.get_bind().dialect.name == "sqlite" else "auto"  # SQLite: copy, drop, rename
    with op.batch_alter_table("pupils", recreate=rebuild) as batch:
        batch.add_column(sa.Column("nickname", sa.String(40), nullable=True))
    op.execute("UPDATE pupils SET first_name = 'Gewijzigd'")
    {failure}


def downgrade():
    pass
'''


def _scripts_with_extra_step(tmp_path: Path, failure: str) -> Path:
    location = tmp_path / "migrations"
    shutil.copytree(db_migrate.MIGRATIONS_DIR, location, ignore=shutil.ignore_patterns("__pycache__"))
    step = GOOD_STEP.format(revision="9999_extra", parent=db_migrate.head_revision(), failure=failure)
    (location / "versions" / "9999_extra.py").write_text(step, encoding="utf-8")
    return location


def _fill(store) -> None:
    with store.transaction(write=True) as s:
        school = School(brin="12AB", name="De Regenboog")
        year = SchoolYear(label="2026-2027", starts_on=date(2026, 8, 1), ends_on=date(2027, 7, 31))
        s.add_all([school, year])
        s.flush()
        group = SchoolClass(school_id=school.id, school_year_id=year.id, name="Groep 5")
        s.add(group)
        s.flush()
        for n, (first, prefix, surname) in enumerate([("Zoë", "van 't", "Hart"), ("Łukasz", "", "Nowak")]):
            pupil = Pupil(school_id=school.id, leerlingnummer=f"{n:05}", first_name=first, tussenvoegsel=prefix, surname=surname)
            s.add(pupil)
            s.flush()
            s.add(Enrolment(pupil_id=pupil.id, class_id=group.id, school_year_id=year.id))


def _schema(store) -> dict:
    with store.engine.connect() as conn:
        found = inspect(conn)
        tables = {}
        for name in sorted(found.get_table_names()):
            tables[name] = (
                [(c["name"], str(c["type"]), c["nullable"]) for c in found.get_columns(name)],
                sorted(str(sorted(ix.items())) for ix in found.get_indexes(name)),
                sorted(str(sorted(fk.items())) for fk in found.get_foreign_keys(name)),
            )
        if store.is_sqlite:
            tables["sqlite_master"] = conn.exec_driver_sql("SELECT type, name, sql FROM sqlite_master ORDER BY name").all()
    return tables


def _data(store) -> dict:
    meta = MetaData()
    with store.engine.connect() as conn:
        meta.reflect(conn)
        return {name: conn.execute(select(table).order_by(*table.primary_key.columns)).all() for name, table in meta.tables.items()}


def test_a_failing_migration_leaves_schema_and_data_exactly_as_they_were(store, tmp_path):
    _fill(store)
    schema, data = _schema(store), _data(store)
    version = db_migrate.current_and_head(store)[0]
    scripts = _scripts_with_extra_step(tmp_path, failure='op.execute("INSERT INTO no_such_table VALUES (1)")')

    with pytest.raises(MigrationError) as raised:
        db_migrate.upgrade_to_head(store, backup_dir=tmp_path / "backups", script_location=scripts)

    assert "teruggedraaid" in str(raised.value)
    assert _schema(store) == schema
    assert _data(store) == data
    assert db_migrate.current_and_head(store)[0] == version
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM pupils").scalar() == 2


def test_a_verified_backup_is_taken_before_migrating_a_store_with_data(sqlite_store, tmp_path):
    _fill(sqlite_store)
    scripts = _scripts_with_extra_step(tmp_path, failure="raise RuntimeError('kapot')")
    with pytest.raises(MigrationError):
        db_migrate.upgrade_to_head(sqlite_store, backup_dir=tmp_path / "backups", script_location=scripts)

    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1 and backups[0].suffix == ".sqlite3"
    copy = sqlite3.connect(backups[0])
    try:
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert sorted(r[0] for r in copy.execute("SELECT first_name FROM pupils")) == ["Zoë", "Łukasz"]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(db_migrate.head_revision(),)]
    finally:
        copy.close()


def test_a_table_rebuild_keeps_the_rows_that_refer_to_the_table(store, tmp_path):
    """With foreign keys on, SQLite's DROP TABLE in a batch rebuild would cascade-delete enrolments."""
    _fill(store)
    scripts = _scripts_with_extra_step(tmp_path, failure="")

    assert db_migrate.upgrade_to_head(store, backup_dir=tmp_path / "backups", script_location=scripts) is True

    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM enrolments")).scalar() == 2
        assert {r[0] for r in conn.execute(text("SELECT first_name FROM pupils"))} == {"Gewijzigd"}
        if store.is_sqlite:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert db_migrate.current_and_head(store, scripts) == ("9999_extra", "9999_extra")


def test_a_store_from_a_newer_program_is_refused_untouched(sqlite_store, tmp_path):
    with sqlite_store.transaction(write=True) as s:
        s.execute(text("UPDATE alembic_version SET version_num = 'from_the_future'"))
    before = sqlite_store.path.read_bytes()
    with pytest.raises(MigrationError, match="werk het programma bij"):
        db_migrate.upgrade_to_head(sqlite_store, backup_dir=tmp_path / "backups")
    assert not (tmp_path / "backups").exists()
    assert sqlite_store.path.read_bytes() == before
