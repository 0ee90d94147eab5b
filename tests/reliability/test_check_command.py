"""``scope-desk check``: exit 0 only when integrity, references and schema version all hold."""

from __future__ import annotations

import sqlite3

from scope_desk.db import open_store
from scope_desk.db_migrate import head_revision

from .cli_helpers import run_cli, sha256


def test_check_passes_on_a_healthy_migrated_store(db_url, tmp_path):
    """SQLite: integrity, references, schema; PostgreSQL: connection, schema."""
    open_store(db_url, backup_dir=tmp_path / "backups").dispose()

    result = run_cli("--db", db_url, "check")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    names = [line.split()[1] for line in lines]
    assert names in (["integriteit:", "verwijzingen:", "schema:"], ["verbinding:", "schema:"]), lines
    assert all(line.startswith("OK") for line in lines), lines
    assert result.stderr == ""


def test_check_fails_with_one_line_per_check_when_the_schema_is_not_at_head(tmp_path):
    path = tmp_path / "oud.sqlite3"
    open_store(path).dispose()
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    conn.close()

    result = run_cli("--db", str(path), "check")

    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert [line.split()[0] for line in lines] == ["OK", "OK", "FOUT"], lines
    assert f"verwacht {head_revision()}" in lines[2]


def test_check_reports_broken_references(tmp_path):
    path = tmp_path / "kapot.sqlite3"
    open_store(path).dispose()
    conn = sqlite3.connect(path)  # foreign_keys off, as any other tool would have it
    conn.execute("INSERT INTO enrolments (id, pupil_id, class_id, school_year_id) VALUES (1, 99, 98, 97)")
    conn.commit()
    conn.close()
    before = sha256(path)

    result = run_cli("--db", str(path), "check")

    assert result.returncode != 0
    assert "enrolments" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert sha256(path) == before


def test_check_on_a_missing_file_says_so_and_creates_nothing(tmp_path):
    path = tmp_path / "bestaat_niet.sqlite3"

    result = run_cli("--db", str(path), "check")

    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [f"scope-desk: {path} bestaat niet."]
    assert list(tmp_path.iterdir()) == []


def test_backup_command_writes_a_verified_copy_into_the_given_folder(tmp_path):
    path = tmp_path / "winkel.sqlite3"
    open_store(path).dispose()
    target = tmp_path / "kopieen"

    result = run_cli("--db", str(path), "backup", "--to", str(target))

    assert result.returncode == 0, result.stderr
    copies = list(target.iterdir())
    assert len(copies) == 1 and str(copies[0]) in result.stdout
    copy = sqlite3.connect(copies[0])
    try:
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]
    finally:
        copy.close()


def test_backup_of_a_missing_store_creates_nothing(tmp_path):
    result = run_cli("--db", str(tmp_path / "nergens.sqlite3"), "backup", "--to", str(tmp_path / "kopie"))
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []
