"""Settings in one place: defaults, validation, atomic save, tolerant load; the daily backup with rotation."""

from __future__ import annotations

import os
import time

import pytest

from scope_desk import backup_schedule, settings
from scope_desk.errors import InvalidInput
from scope_desk.services.accounts import DEFAULT_IDLE_LOCK_MINUTES


def test_every_setting_has_one_spec_with_its_default_and_the_user_ones_match_the_dataclass():
    user_keys = {spec.key for spec in settings.SPECS if spec.where == "user"}
    assert user_keys == set(settings.Settings().as_dict())
    for spec in settings.SPECS:
        if spec.where == "user":
            assert getattr(settings.Settings(), spec.key) == spec.default
    assert settings.SPEC_BY_KEY["idle_lock_minutes"].default == DEFAULT_IDLE_LOCK_MINUTES
    assert settings.Settings().language == "nl"


def test_changed_validates_each_value():
    base = settings.Settings()
    assert base.changed(language="en", backup_keep=3).backup_keep == 3
    for bad in ({"language": "de"}, {"backup_keep": 0}, {"backup_keep": "5"}, {"backup_daily": "ja"}, {"colour": "red"}):
        with pytest.raises(InvalidInput):
            base.changed(**bad)


def test_save_and_load_round_trip_and_a_broken_file_gives_defaults(tmp_path):
    path = tmp_path / "settings.json"
    chosen = settings.Settings().changed(language="en", backup_dir=str(tmp_path), backup_keep=5)
    settings.save(chosen, path)
    assert settings.load(path) == chosen
    assert not list(tmp_path.glob("*.part"))
    path.write_text('{"language": "klingon", "backup_keep": 7', encoding="utf-8")
    assert settings.load(path) == settings.Settings()
    path.write_text('{"language": "klingon", "backup_keep": 7}', encoding="utf-8")
    assert settings.load(path) == settings.Settings(backup_keep=7)  # one bad value keeps the others


def test_daily_backup_runs_when_due_and_keeps_only_the_newest(tmp_path, sqlite_store):
    store = sqlite_store  # automatic backups are for SQLite stores (PostgreSQL: the server's pg_dump)
    folder = tmp_path / "backups"
    chosen = settings.Settings().changed(backup_dir=str(folder), backup_keep=2)
    first = backup_schedule.run_if_due(store, chosen)
    assert first is not None and first.exists()
    assert backup_schedule.run_if_due(store, chosen) is None  # made less than a day ago
    for path in backup_schedule.automatic_backups(folder):
        os.utime(path, (time.time() - 2 * 86400, time.time() - 2 * 86400))
    second = backup_schedule.run_if_due(store, chosen)
    assert second is not None
    manual = folder / "scope_desk-handmatig.sqlite3"
    manual.write_bytes(b"x")
    for _ in range(3):
        for path in backup_schedule.automatic_backups(folder):
            os.utime(path, (path.stat().st_mtime - 2 * 86400,) * 2)
        backup_schedule.run_if_due(store, chosen)
    assert len(backup_schedule.automatic_backups(folder)) == 2
    assert manual.exists()  # backups made by hand are never rotated away
    assert backup_schedule.run_if_due(store, chosen.changed(backup_daily=False)) is None
