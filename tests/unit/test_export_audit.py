"""Every file with personal data that the application writes leaves one audit row naming who made
it, with ids and counts only: the consent export, class sheets, the incident dossier, the inzage
export and the protocol read-confirmation register (letters: test_consent_round)."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from sqlalchemy import select

from scope_desk.models.audit import AuditEvent
from scope_desk.models.incident import Incident
from scope_desk.models.school import Guardian, Pupil, School, StaffMember
from scope_desk.services.class_sheets import ClassSheetService
from scope_desk.services.consent_export import ConsentExportService
from scope_desk.services.container import Services
from scope_desk.services.demo_accounts import DEMO_PASSWORD
from scope_desk.services.demo_data import generate
from scope_desk.services.passwords import HashParameters, Passwords

TODAY = date(2026, 10, 7)
YEAR = "2026-2027"
FAST = Passwords(HashParameters(time_cost=1, memory_cost_kib=8, parallelism=1))


@pytest.fixture
def world(store):
    generate(store, students=60, seed=5, today=TODAY, passwords=FAST)
    services = Services.over(store)
    director = services.accounts.sign_in("directeur", DEMO_PASSWORD)
    with store.transaction() as s:
        school_id, brin = s.execute(select(School.id, School.brin).order_by(School.id).limit(1)).one()
        names = {w for model in (Pupil, Guardian, StaffMember)
                 for first, last in s.execute(select(model.first_name, model.surname)) for w in (first, last)
                 if len(w) >= 4}
    return services, director, school_id, brin, names


def only_event(store, action: str) -> AuditEvent:
    with store.transaction() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.action == action)).all()
        s.expunge_all()
    assert len(rows) == 1, action
    return rows[0]


def assert_no_names(event: AuditEvent, names: set[str]) -> None:
    words = set(re.findall(r"\w+", event.detail))
    assert not words & names, event.detail


def test_consent_export_is_audited_with_the_pupil_count(world, tmp_path):
    services, director, school_id, brin, names = world
    count = ConsentExportService(services.store, services.changes).export(director, YEAR, tmp_path / "t.csv", brin)
    event = only_event(services.store, "consent.export")
    assert (event.actor_user_id, event.actor_name, event.school_id) == (director.user_id, director.name, school_id)
    assert json.loads(event.detail) == {"pupils": count, "year": YEAR} and count > 0
    assert_no_names(event, names)


def test_class_sheets_are_audited_with_the_class_count(world, tmp_path):
    services, director, school_id, brin, names = world
    classes = ClassSheetService(services.store, services.changes).write(director, YEAR, brin, tmp_path / "k.pdf")
    event = only_event(services.store, "consent.class_sheet")
    assert (event.actor_user_id, event.school_id) == (director.user_id, school_id)
    assert json.loads(event.detail) == {"classes": classes} and classes > 1
    assert (tmp_path / "k.pdf").read_bytes().startswith(b"%PDF")
    assert_no_names(event, names)


def test_incident_dossier_is_audited_by_incident_id(world):
    services, director, school_id, _brin, names = world
    with services.store.transaction() as s:
        incident_id = s.scalar(select(Incident.id).where(Incident.school_id == school_id).limit(1))
    services.incidents.dossier(director, incident_id)
    event = only_event(services.store, "incident.dossier")
    assert (event.actor_user_id, event.entity_type, event.entity_id, event.school_id) == (
        director.user_id, "incident", incident_id, school_id)
    assert_no_names(event, names)


def test_inzage_export_is_audited_by_pupil_id(world, tmp_path):
    services, director, school_id, _brin, names = world
    with services.store.transaction() as s:
        pupil_id = s.scalar(select(Pupil.id).where(Pupil.school_id == school_id).limit(1))
    services.subject_access.export(director, pupil_id, tmp_path)
    event = only_event(services.store, "subject_access.export")
    assert (event.actor_user_id, event.pupil_id, event.school_id) == (director.user_id, pupil_id, school_id)
    assert_no_names(event, names)


def test_read_confirmation_register_pdf_is_audited_with_counts(world, tmp_path):
    services, director, school_id, _brin, names = world
    version = services.protocol.current_version(director)
    out = tmp_path / "register.pdf"
    register = services.protocol.write_confirmation_register(director, version.id, school_id, out)
    assert out.read_bytes().startswith(b"%PDF")
    event = only_event(services.store, "protocol.register_export")
    assert (event.actor_user_id, event.entity_id, event.school_id) == (director.user_id, version.id, school_id)
    assert json.loads(event.detail) == {"confirmed": len(register.confirmed), "pending": len(register.pending)}
    assert len(register.pending) > 0
    assert_no_names(event, names)


def test_a_register_that_cannot_be_written_leaves_no_audit_row(world, tmp_path):
    services, director, school_id, _brin, _names = world
    version = services.protocol.current_version(director)
    with pytest.raises(OSError):
        services.protocol.write_confirmation_register(director, version.id, school_id, tmp_path / "nope" / "r.pdf")
    with services.store.transaction() as s:
        assert s.scalar(select(AuditEvent.id).where(AuditEvent.action == "protocol.register_export")) is None
