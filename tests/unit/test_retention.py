"""Retention: the purge on day 731 after leaving removes exactly what the policy says, nothing under hold."""

from __future__ import annotations

import os
import time
from datetime import date, timedelta

import pytest
from privacy_world import DAY_730, DAY_731, build_privacy_world
from sqlalchemy import select

from scope_desk.cli import main
from scope_desk.errors import NotAllowed, StaleRecord
from scope_desk.models.audit import AuditEvent, DeletionLogEntry
from scope_desk.models.consent import ConsentDecision
from scope_desk.models.incident import DepictedPupil, Incident, Party, PartyKind
from scope_desk.models.school import Guardian, Pupil
from scope_desk.models.user import Role
from scope_desk.services.access import SYSTEM_ACTOR, Actor, Grant
from scope_desk.services.events import Changes
from scope_desk.services.retention import ANONYMISED_PUPIL, RetentionService, rotate_backups

BOARD = Actor(1, "Anna Beheer", (Grant(Role.BEHEERDER, None),))


def _ids(store, column) -> set:
    with store.transaction() as s:
        return set(s.scalars(select(column)))


def test_nothing_goes_on_day_730(store):
    build_privacy_world(store)
    plan = RetentionService(store, Changes()).plan_purge(BOARD, DAY_730)
    assert plan.empty and plan.lines == ()


def test_purge_on_day_731_removes_exactly_what_the_policy_says(store):
    w = build_privacy_world(store)
    service = RetentionService(store, Changes())
    plan = service.plan_purge(BOARD, DAY_731)
    assert plan.counts() == {"pupil": 2, "consent": 2, "incident": 1, "incident_party": 2, "guardian": 2}
    listed = [(line.data_type, line.reference) for line in plan.lines]
    assert listed == [("pupil", "1000"), ("pupil", "1002"), ("incident", f"incident {w.incidents['gone']}")]
    service.purge(BOARD, plan)

    p = w.pupils
    assert _ids(store, Pupil.id) == {p["held"], p["recent"], p["stays"]}
    assert _ids(store, Incident.id) == {w.incidents["held"], w.incidents["mixed"]}
    assert _ids(store, Guardian.id) == {w.guardians[k] for k in ("held", "recent", "stays")}
    assert _ids(store, ConsentDecision.pupil_id) == {p["held"], p["recent"], p["stays"]}
    assert _ids(store, DepictedPupil.pupil_id) == set()
    with store.transaction() as s:
        mixed = s.execute(select(Party.kind, Party.pupil_id, Party.outsider_name)
                          .where(Party.incident_id == w.incidents["mixed"]).order_by(Party.id)).all()
        held = s.scalar(select(Party.pupil_id).where(Party.incident_id == w.incidents["held"]))
        log = s.execute(select(DeletionLogEntry.data_type, DeletionLogEntry.count, DeletionLogEntry.policy_days,
                               DeletionLogEntry.actor_name).order_by(DeletionLogEntry.data_type)).all()
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert mixed == [(PartyKind.OUTSIDER, None, ANONYMISED_PUPIL), (PartyKind.PUPIL, p["stays"], "")]
    assert held == p["held"]  # legal hold: the pupil and the incident stay
    assert log == [("consent", 2, 730, "Anna Beheer"), ("guardian", 2, 730, "Anna Beheer"),
                   ("incident", 1, 730, "Anna Beheer"), ("incident_party", 2, 730, "Anna Beheer"),
                   ("pupil", 2, 730, "Anna Beheer")]
    assert last.action == "retention.purge" and "Bakker" not in last.detail and "Dijk" not in last.detail
    # a second run finds nothing more
    assert service.plan_purge(BOARD, DAY_731).empty


def test_lifting_the_hold_lets_the_purge_take_it(store):
    w = build_privacy_world(store)
    service = RetentionService(store, Changes())
    director = Actor(2, "Dirk Directeur", (Grant(Role.DIRECTEUR, w.school_id),))
    service.set_legal_hold(director, w.incidents["held"], False)
    plan = service.plan_purge(BOARD, DAY_731)
    assert w.incidents["held"] in plan.incident_ids and w.pupils["held"] in plan.pupil_ids
    with pytest.raises(NotAllowed):  # the beheerder may not open incidents, so may not change holds either
        service.set_legal_hold(BOARD, w.incidents["held"], True)


def test_purge_refuses_a_plan_that_no_longer_matches(store):
    w = build_privacy_world(store)
    service = RetentionService(store, Changes())
    plan = service.plan_purge(BOARD, DAY_731)
    director = Actor(2, "Dirk Directeur", (Grant(Role.DIRECTEUR, w.school_id),))
    service.set_legal_hold(director, w.incidents["gone"], True)
    with pytest.raises(StaleRecord):
        service.purge(BOARD, plan)
    assert w.pupils["gone"] in _ids(store, Pupil.id)


def test_only_board_wide_roles_purge(store):
    w = build_privacy_world(store)
    service = RetentionService(store, Changes())
    with pytest.raises(NotAllowed):
        service.plan_purge(Actor(2, "Dirk", (Grant(Role.DIRECTEUR, w.school_id),)), DAY_731)


def test_policy_change_moves_the_line(store):
    build_privacy_world(store)
    service = RetentionService(store, Changes())
    service.set_policy(BOARD, "pupil", 3650)
    service.set_policy(BOARD, "incident", 3650)
    plan = service.plan_purge(BOARD, DAY_731)
    assert plan.counts() == {"pupil": 0, "consent": 2, "incident": 0, "incident_party": 0, "guardian": 0}
    assert {p.data_type: p.days for p in service.policies(BOARD)} == {
        "pupil": 3650, "consent": 730, "incident": 3650, "backup": 90}


def test_secure_delete_is_on_and_purged_name_leaves_the_file(sqlite_store):
    with sqlite_store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    build_privacy_world(sqlite_store)
    service = RetentionService(sqlite_store, Changes())
    service.purge(BOARD, service.plan_purge(BOARD, DAY_731))
    with sqlite_store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    sqlite_store.dispose()
    data = sqlite_store.path.read_bytes()
    assert b"Bakker" not in data and b"gone@example.org" not in data
    assert b"Groot" in data  # the pupil under legal hold is still there


def test_backups_older_than_the_backup_policy_are_rotated(tmp_path):
    today = date(2026, 9, 1)
    files = {}
    for age in (0, 90, 91, 400):
        path = tmp_path / f"scope_desk-{age}.sqlite3"
        path.write_bytes(b"x")
        stamp = time.mktime((today - timedelta(days=age)).timetuple()) + 3600
        os.utime(path, (stamp, stamp))
        files[age] = path
    (tmp_path / "notes.txt").write_text("geen kopie")
    assert rotate_backups(tmp_path, 90, today, dry_run=True) == [files[400], files[91]]
    assert files[91].exists()
    rotate_backups(tmp_path, 90, today)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "scope_desk-0.sqlite3", "scope_desk-90.sqlite3"]


def test_purge_command_lists_first_and_dry_run_changes_nothing(store, db_url, tmp_path, capsys):
    w = build_privacy_world(store)
    backups = str(tmp_path / "b")
    assert main(["--db", db_url, "purge", "--dry-run", "--as-of", DAY_731.isoformat(), "--backups", backups]) == 0
    out = capsys.readouterr().out
    assert "leerlingen: 1000 (De Regenboog, sinds 19-07-2024)" in out
    assert "Te verwijderen: 2 leerlingen" in out
    assert "Bakker" not in out and "Fleur" not in out
    assert w.pupils["gone"] in _ids(store, Pupil.id)
    assert main(["--db", db_url, "purge", "--as-of", DAY_731.isoformat()]) == 1  # never purge ahead of time
    assert "alleen samen met --dry-run" in capsys.readouterr().err
    # today (later than day 731 for everyone who left in this world) everyone who left goes, except the hold
    assert main(["--db", db_url, "purge", "--backups", backups]) == 0
    assert "Verwijderd: 3 leerlingen" in capsys.readouterr().out
    assert _ids(store, Pupil.id) == {w.pupils["held"], w.pupils["stays"]}


def test_purge_removes_the_evidence_bytes_of_a_purged_incident(store, tmp_path):
    """Evidence lives in the store: its bytes go with the incident, the held incident's stay verified."""
    from scope_desk.models.incident import EvidenceContent
    from scope_desk.services.incidents import IncidentService

    w = build_privacy_world(store)
    incidents = IncidentService(store, Changes(), evidence_dir=tmp_path / "bewijs")
    for key in ("gone", "held"):
        shot = tmp_path / f"{key}.txt"
        shot.write_bytes(f"schermafdruk {key}".encode())
        incidents.add_evidence(SYSTEM_ACTOR, w.incidents[key], shot)
    service = RetentionService(store, Changes())
    service.purge(BOARD, service.plan_purge(BOARD, DAY_731))
    with store.transaction() as s:
        assert list(s.scalars(select(EvidenceContent.content))) == [b"schermafdruk held"]
    assert [e.state_label for e in incidents.open_incident(SYSTEM_ACTOR, w.incidents["held"]).evidence] == ["gecontroleerd"]
