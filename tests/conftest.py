"""Shared test set-up: Qt offscreen, and a fresh, migrated store for every test.

``--db-url postgresql+psycopg://…`` (or ``SCOPE_DESK_TEST_DB``) runs the tests that use the
``store`` fixture against that PostgreSQL server instead; each test then starts from an empty
``public`` schema. Tests that are about SQLite files themselves use ``sqlite_store``.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from scope_desk.db import open_store, resolve_url  # noqa: E402
from scope_desk.services.access import SYSTEM_ACTOR, Actor, Grant  # noqa: E402
from scope_desk.models.user import Role  # noqa: E402


def pytest_addoption(parser) -> None:
    parser.addoption("--db-url", default=os.environ.get("SCOPE_DESK_TEST_DB", ""),
                     help="run store tests against this database URL (PostgreSQL) instead of a fresh SQLite file")


def pytest_collection_modifyitems(config, items) -> None:
    for item in items:
        if "/tests/ui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.ui)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Never touch the real user data folder or settings from a test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("SCOPE_DESK_DB", raising=False)
    yield


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(resolve_url(url))
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


@pytest.fixture
def db_url(request, tmp_path: Path) -> str:
    """The URL of a fresh, empty database for this test."""
    url = request.config.getoption("--db-url")
    if url:
        _reset_postgres(url)
        return url
    return str(tmp_path / "store.sqlite3")


@pytest.fixture
def store(db_url: str, tmp_path: Path):
    opened = open_store(db_url, backup_dir=tmp_path / "backups")
    yield opened
    opened.dispose()


@pytest.fixture
def sqlite_store(tmp_path: Path):
    opened = open_store(tmp_path / "local.sqlite3", backup_dir=tmp_path / "backups")
    yield opened
    opened.dispose()


@pytest.fixture
def system_actor() -> Actor:
    return SYSTEM_ACTOR


@pytest.fixture
def make_actor():
    def _make(role: Role, school_id: int | None = None, name: str = "Test Gebruiker", user_id: int | None = None) -> Actor:
        return Actor(user_id=user_id, name=name, grants=(Grant(role, school_id),))

    return _make
