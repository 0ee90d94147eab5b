"""The start-up file check that runs on a thread while SQLAlchemy loads (db_early_check): the store
is opened only after that very check has passed, a failed check refuses the file as before, and a
check made for another file or passphrase is not trusted."""

from __future__ import annotations

import pytest

from scope_desk import app, db_checks, db_early_check
from scope_desk.db import open_store
from scope_desk.errors import StoreError


@pytest.fixture
def checks(monkeypatch):
    made: list[tuple[str, str | None]] = []
    real = db_checks.preflight_sqlite_file

    def counting(path, passphrase=None):
        made.append((path.name, passphrase))
        real(path, passphrase)

    monkeypatch.setattr(db_checks, "preflight_sqlite_file", counting)
    return made


def test_opening_the_gui_store_checks_the_file_once_on_the_early_thread(sqlite_store, checks):
    path = sqlite_store.path
    sqlite_store.dispose()
    services = app.open_services(str(path))
    try:
        assert checks == [(path.name, None)]
        assert services.store.path == path
    finally:
        services.store.dispose()


def test_a_corrupt_file_found_by_the_early_check_is_refused_and_left_alone(tmp_path):
    bad = tmp_path / "kapot.sqlite3"
    content = b"SQLite format 3\x00" + b"\x10\x00" + b"\x00" * 82 + b"rommel" * 2000
    bad.write_bytes(content[: 4096 * 3])
    with pytest.raises(StoreError, match="kapot.sqlite3"):
        app.open_services(str(bad))
    assert bad.read_bytes() == content[: 4096 * 3]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kapot.sqlite3"]


def test_an_early_check_of_another_file_or_passphrase_is_not_trusted(tmp_path, sqlite_store, checks):
    path = sqlite_store.path
    sqlite_store.dispose()
    other = db_early_check.start(str(tmp_path / "ander.sqlite3"), None)
    store = open_store(path, migrate=False, early_check=other)
    store.dispose()
    with_passphrase = db_early_check.BackgroundPreflight(path, "geheim")
    with pytest.raises(StoreError):  # a plain file given a passphrase is refused by the early check
        with_passphrase.wait()
    store = open_store(path, migrate=False, early_check=with_passphrase)
    store.dispose()
    assert [name for name, _ in checks].count(path.name) == 3  # the check made for the wrong passphrase + two of its own


def test_a_url_is_not_checked_early():
    assert db_early_check.start("sqlite:////tmp/iets.sqlite3", None) is None
    assert db_early_check.local_sqlite_file("~/x.sqlite3").is_absolute()
