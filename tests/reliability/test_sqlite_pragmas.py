"""Every SQLite connection is set up safely, and transactions really are transactions."""

from __future__ import annotations

import pytest
from sqlalchemy import event, text

from scope_desk.db import make_store, open_store, resolve_url
from scope_desk.errors import StoreError


def _pragmas(conn) -> dict:
    return {
        name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
    }


def _assert_safe(found: dict) -> None:
    assert found["journal_mode"].lower() == "wal"
    assert found["synchronous"] == 2  # FULL
    assert found["foreign_keys"] == 1
    assert found["busy_timeout"] >= 5000


def test_every_pooled_connection_has_the_pragmas(sqlite_store):
    connections = [sqlite_store.engine.connect() for _ in range(4)]  # held at once: four real connections
    try:
        raw = {id(c.connection.dbapi_connection) for c in connections}
        assert len(raw) == 4
        for conn in connections:
            _assert_safe(_pragmas(conn))
    finally:
        for conn in connections:
            conn.close()


def test_connections_made_after_dispose_and_by_a_second_engine_have_the_pragmas(sqlite_store):
    sqlite_store.engine.dispose()
    with sqlite_store.engine.connect() as conn:
        _assert_safe(_pragmas(conn))
    second = make_store(sqlite_store.url)
    try:
        with second.engine.connect() as conn:
            _assert_safe(_pragmas(conn))
    finally:
        second.dispose()


def test_the_pragmas_hold_inside_a_unit_of_work(sqlite_store):
    with sqlite_store.transaction(write=True) as session:
        _assert_safe(_pragmas(session.connection()))


def test_a_savepoint_rollback_really_rolls_back(sqlite_store):
    with sqlite_store.engine.connect() as conn:
        with conn.begin():
            conn.execute(text("INSERT INTO app_settings (key, value) VALUES ('a', 'buiten')"))
            savepoint = conn.begin_nested()
            conn.execute(text("INSERT INTO app_settings (key, value) VALUES ('b', 'binnen')"))
            savepoint.rollback()
        assert conn.execute(text("SELECT key FROM app_settings ORDER BY key")).scalars().all() == ["a"]


def test_a_savepoint_in_a_unit_of_work_rolls_back_alone(sqlite_store):
    from scope_desk.models import AppSetting

    with sqlite_store.transaction(write=True) as s:
        s.add(AppSetting(key="kept", value="1"))
        with pytest.raises(RuntimeError):
            with s.begin_nested():
                s.add(AppSetting(key="dropped", value="2"))
                s.flush()
                raise RuntimeError("binnenste stap mislukt")
    with sqlite_store.transaction() as s:
        assert [row.key for row in s.query(AppSetting).order_by(AppSetting.key)] == ["kept"]


def test_ddl_rolls_back_with_its_transaction(sqlite_store):
    with sqlite_store.engine.connect() as conn:
        transaction = conn.begin()
        conn.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")
        conn.exec_driver_sql("DROP TABLE app_settings")
        transaction.rollback()
        names = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars().all()
    assert "scratch" not in names and "app_settings" in names


def test_a_second_writer_waits_for_the_write_lock_and_then_gets_one_clear_sentence(sqlite_store):
    """BEGIN IMMEDIATE: the second writer queues at its start (here with a short timeout) instead of
    failing halfway through its changes."""
    impatient = make_store(sqlite_store.url)
    event.listen(impatient.engine, "connect", lambda raw, _record: raw.execute("PRAGMA busy_timeout = 50"))
    try:
        with sqlite_store.transaction(write=True) as first:
            first.execute(text("INSERT INTO app_settings (key, value) VALUES ('eerste', '1')"))
            with pytest.raises(StoreError, match="bezet door een andere gebruiker"):
                with impatient.transaction(write=True) as second:
                    second.execute(text("INSERT INTO app_settings (key, value) VALUES ('tweede', '2')"))
        with impatient.transaction() as s:
            assert s.execute(text("SELECT key FROM app_settings")).scalars().all() == ["eerste"]
    finally:
        impatient.dispose()


def test_a_connection_that_cannot_be_made_safe_is_refused(tmp_path, monkeypatch):
    from scope_desk import db

    monkeypatch.setitem(db.REQUIRED_PRAGMAS, "synchronous", 3)  # what the connection will not report
    with pytest.raises(StoreError, match="niet veilig"):
        open_store(tmp_path / "x.sqlite3")
