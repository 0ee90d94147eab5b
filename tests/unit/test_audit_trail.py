"""The audit trail: append-only in the database itself, hash chain verified, appends serialised.

Runs on SQLite by default and on PostgreSQL with ``--db-url`` (see .ci/run).
"""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from scope_desk.cli import main
from scope_desk.models.audit import AuditEvent
from scope_desk.models.school import Pupil, School
from scope_desk.models.user import Role
from scope_desk.services import audit
from scope_desk.services.access import Actor, Grant
from scope_desk.services.audit_trail import AuditFilter, AuditTrailService, verify_chain
from scope_desk.services.events import Changes

ALICE = Actor(user_id=1, name="Alice Admin", grants=(Grant(Role.BEHEERDER),))


def _append(store, n: int, actor: Actor = ALICE, action: str = "test.event", **kw) -> None:
    for i in range(n):
        with store.transaction(write=True) as s:
            audit.record(s, actor, action, "thing", i, **kw)


def _drop_triggers(store) -> None:
    with store.engine.begin() as conn:
        if store.is_sqlite:
            conn.exec_driver_sql("DROP TRIGGER audit_events_no_update")
            conn.exec_driver_sql("DROP TRIGGER audit_events_no_delete")
        else:
            conn.exec_driver_sql("DROP TRIGGER audit_events_no_change ON audit_events")


def test_database_refuses_update_and_delete(store):
    _append(store, 3)
    for sql in ("UPDATE audit_events SET detail = 'x' WHERE id = 2", "DELETE FROM audit_events WHERE id = 2",
                "DELETE FROM audit_events"):
        with pytest.raises(DBAPIError, match="append-only"):
            with store.engine.begin() as conn:
                conn.exec_driver_sql(sql)
    if not store.is_sqlite:
        with pytest.raises(DBAPIError, match="append-only"):
            with store.engine.begin() as conn:
                conn.exec_driver_sql("TRUNCATE audit_events")
    with store.transaction() as s:
        assert s.scalar(select(AuditEvent.detail).where(AuditEvent.id == 2)) == ""
        assert len(s.scalars(select(AuditEvent.id)).all()) == 3
    assert verify_chain(store).ok


def test_verify_reports_intact_chain(store, db_url, capsys):
    _append(store, 5)
    assert main(["--db", db_url, "audit", "verify"]) == 0
    assert capsys.readouterr().out.strip() == "OK: logboek intact (5 regels gecontroleerd)."


def test_verify_catches_row_altered_through_raw_sql(store, db_url, capsys):
    _append(store, 5)
    _drop_triggers(store)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_events SET actor_name = 'Mallory' WHERE id = 3")
    assert main(["--db", db_url, "audit", "verify"]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert out == ["FOUT: logboekregel 3 is achteraf gewijzigd (na 2 goede regels)."]


def test_verify_catches_removed_row(store):
    _append(store, 5)
    _drop_triggers(store)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_events WHERE id = 2")
    verdict = verify_chain(store)
    assert (verdict.ok, verdict.broken_id) == (False, 3)
    assert "niet gekoppeld" in verdict.line()


def test_concurrent_writers_keep_one_chain(store):
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            _append(store, 15, Actor(None, name))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(f"schrijver {i}",)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    verdict = verify_chain(store)
    assert verdict.ok and verdict.checked == 45
    with store.transaction() as s:
        prevs = s.scalars(select(AuditEvent.prev_hash)).all()
    assert len(set(prevs)) == 45  # no two rows chained onto the same predecessor


def test_search_filters_by_user_pupil_action_and_date(store):
    with store.transaction(write=True) as s:
        school = School(brin="11AA", name="De Regenboog")
        s.add(school)
        s.flush()
        pupil = Pupil(school_id=school.id, leerlingnummer="0042", first_name="Zoë", tussenvoegsel="van 't", surname="Hart")
        s.add(pupil)
        s.flush()
        ids = (school.id, pupil.id)
        audit.record(s, ALICE, "consent.record", "pupil", pupil.id, school_id=school.id, pupil_id=pupil.id)
        audit.record(s, Actor(2, "Bob Directeur"), "incident.view", "incident", 7, school_id=school.id, pupil_id=pupil.id)
        audit.record(s, Actor(2, "Bob Directeur"), "auth.login", "user_account", 2)
    trail = AuditTrailService(store, Changes())
    board = Actor(9, "Bestuurder", (Grant(Role.BEHEERDER, None),))
    assert [r.action for r in trail.search(board)] == ["auth.login", "incident.view", "consent.record"]
    assert [r.action for r in trail.search(board, AuditFilter(user_name="bob"))] == ["auth.login", "incident.view"]
    assert [r.action for r in trail.search(board, AuditFilter(pupil="zoe hart"))] == ["incident.view", "consent.record"]
    assert [r.action for r in trail.search(board, AuditFilter(pupil="0042", action="consent"))] == ["consent.record"]
    assert trail.search(board, AuditFilter(date_to=date(2000, 1, 1))) == []
    assert len(trail.search(board, AuditFilter(date_from=date.today()))) == 3
    school_director = Actor(2, "Bob Directeur", (Grant(Role.DIRECTEUR, ids[0]),))
    assert [r.action for r in trail.search(school_director)] == ["incident.view", "consent.record"]
    other_director = Actor(3, "Carla", (Grant(Role.DIRECTEUR, ids[0] + 100),))
    assert trail.search(other_director) == []
