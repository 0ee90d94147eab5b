"""The incident log service: incidents, parties, conversations with versioned notes, measures, the
follow-up agenda, the pupil chronology, images without consent, roles and the audit trail."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from fixtures.incident_world import fill_incident_world
from sqlalchemy import select

from scope_desk.errors import InvalidInput, NotAllowed, StaleRecord
from scope_desk.models import AuditEvent
from scope_desk.models.user import Role
from scope_desk.services.events import Changes
from scope_desk.services.incident_lists import (
    IncidentStatus,
    MeasureKind,
    PartyKind,
    PartyRole,
    Visibility,
)
from scope_desk.services.incident_types import ConversationInput, IncidentInput, MeasureInput, PartyInput
from scope_desk.services.incidents import IncidentService


@pytest.fixture
def world(store):
    return fill_incident_world(store)


@pytest.fixture
def service(store, tmp_path):
    return IncidentService(store, Changes(), evidence_dir=tmp_path / "bewijs")


@pytest.fixture
def director(make_actor, world):
    return make_actor(Role.DIRECTEUR, world["school"], name="Directeur Wilgenhoek", user_id=None)


def _incident(world, **overrides) -> IncidentInput:
    values = dict(school_id=world["school"], title="Groepsapp: uitschelden", reported_on=date(2026, 2, 10),
                  happened_on=date(2026, 2, 8), platform="WhatsApp", category="pesten",
                  article_ids=(world["article_A.7"],))
    values.update(overrides)
    return IncidentInput(**values)


def _actions(store, entity_type=None) -> list[str]:
    with store.transaction() as s:
        query = select(AuditEvent.action)
        if entity_type:
            query = query.where(AuditEvent.entity_type == entity_type)
        return list(s.scalars(query.order_by(AuditEvent.id)))


def test_incident_with_parties_conversations_and_measure(service, store, world, director):
    incident_id = service.create_incident(director, _incident(world))
    sanne = service.add_party(director, incident_id, PartyInput(PartyKind.PUPIL, PartyRole.TARGET, pupil_id=world["sanne"]))
    daan = service.add_party(director, incident_id, PartyInput(PartyKind.PUPIL, PartyRole.PERPETRATOR, pupil_id=world["daan"]))
    service.add_party(director, incident_id, PartyInput(PartyKind.GUARDIAN, PartyRole.REPORTER,
                                                        guardian_id=world["guardian_sanne"]))
    service.add_party(director, incident_id, PartyInput(PartyKind.OUTSIDER, PartyRole.WITNESS, outsider_name="Buurman K."))
    held = datetime(2026, 2, 11, 9, 30, tzinfo=timezone.utc)
    service.log_conversation(director, incident_id, ConversationInput(
        held_at=held, attendee_party_ids=(sanne,), notes="Sanne vertelt.", agreements="Melden als het weer gebeurt.",
        check_back_on=date(2026, 2, 18)))
    service.log_conversation(director, incident_id, ConversationInput(
        held_at=held + timedelta(hours=2), attendee_party_ids=(daan,), notes="Daan erkent.",
        agreements="Berichten verwijderen.", check_back_on=date(2026, 2, 25)))
    service.add_measure(director, incident_id, MeasureInput(MeasureKind.WARNING, date(2026, 2, 11), "Directeur", party_id=daan))

    detail = service.open_incident(director, incident_id)
    assert [p.name for p in detail.parties] == ["Sanne de Vries", "Daan Bakker", "OuderSanne de Vries", "Buurman K."]
    assert [c.agreements for c in detail.conversations] == ["Melden als het weer gebeurt.", "Berichten verwijderen."]
    assert detail.status is IncidentStatus.IN_PROGRESS  # a logged conversation starts the handling
    assert [(m.kind, m.party_name) for m in detail.measures] == [(MeasureKind.WARNING, "Daan Bakker")]
    assert [a.code for a in detail.articles] == ["A.7"] and detail.protocol_version_label == "2012"
    actions = _actions(store)
    assert actions.count("incident.view") == 1
    assert {"incident.create", "incident.party.add", "conversation.create", "incident.measure.add"} <= set(actions)


def test_note_edit_keeps_every_version_and_needs_a_reason(service, store, world, director):
    incident_id = service.create_incident(director, _incident(world))
    party = service.add_party(director, incident_id, PartyInput(PartyKind.PUPIL, PartyRole.TARGET, pupil_id=world["sanne"]))
    conv_id = service.log_conversation(director, incident_id, ConversationInput(
        held_at=datetime(2026, 2, 11, 9, tzinfo=timezone.utc), attendee_party_ids=(party,), notes="eerste",
        agreements="afspraak 1"))
    conv = service.open_conversation(director, conv_id)
    with pytest.raises(InvalidInput):
        service.edit_conversation_notes(director, conv_id, conv.version, "tweede", "afspraak 2", reason="  ")
    edited = service.edit_conversation_notes(director, conv_id, conv.version, "tweede", "afspraak 2", reason="typfout")
    assert [(v.number, v.notes, v.reason) for v in edited.versions] == [(1, "eerste", ""), (2, "tweede", "typfout")]
    assert edited.agreements == "afspraak 2"
    with pytest.raises(StaleRecord):  # the old version number: someone else edited in between
        service.edit_conversation_notes(director, conv_id, conv.version, "derde", "x", reason="later")
    assert [v.notes for v in service.open_conversation(director, conv_id).versions] == ["eerste", "tweede"]
    assert "incident.view" in _actions(store, "conversation")
    assert "conversation.notes.edit" in _actions(store, "conversation")


def test_stale_incident_update_is_refused(service, world, director):
    incident_id = service.create_incident(director, _incident(world))
    first = service.open_incident(director, incident_id)
    service.update_incident(director, incident_id, first.version, _incident(world, title="Nieuwe titel"))
    with pytest.raises(StaleRecord):
        service.update_incident(director, incident_id, first.version, _incident(world, title="Oude gegevens"))
    assert service.open_incident(director, incident_id).title == "Nieuwe titel"


def test_status_flow_and_reopen(service, store, world, director):
    incident_id = service.create_incident(director, _incident(world))
    version = service.open_incident(director, incident_id).version
    service.set_status(director, incident_id, version, IncidentStatus.CLOSED)
    closed = service.open_incident(director, incident_id)
    assert closed.status is IncidentStatus.CLOSED and closed.closed_on == date.today()
    service.set_status(director, incident_id, closed.version, IncidentStatus.IN_PROGRESS)
    reopened = service.open_incident(director, incident_id)
    assert reopened.status is IncidentStatus.IN_PROGRESS and reopened.closed_on is None
    assert "incident.reopen" in _actions(store)


def test_articles_must_come_from_the_version_in_force(service, world, director):
    with pytest.raises(InvalidInput):
        service.create_incident(director, _incident(world, happened_on=date(2011, 5, 1), reported_on=date(2011, 5, 2)))
    assert [a.code for a in service.articles_for_date(director, date(2026, 1, 1))] == ["A.5", "A.7"]
    assert service.articles_for_date(director, date(2011, 1, 1)) == []


def test_follow_up_agenda_this_week_and_overdue(service, world, director, make_actor):
    incident_id = service.create_incident(director, _incident(world))
    party = service.add_party(director, incident_id, PartyInput(PartyKind.PUPIL, PartyRole.TARGET, pupil_id=world["sanne"]))
    held = datetime(2026, 2, 2, 10, tzinfo=timezone.utc)
    today = date(2026, 2, 11)  # a Wednesday
    for check_back in (date(2026, 2, 9), date(2026, 2, 15), date(2026, 2, 16)):
        service.log_conversation(director, incident_id, ConversationInput(
            held_at=held, attendee_party_ids=(party,), notes="n", check_back_on=check_back))
    colleague = make_actor(Role.ANTI_PEST, world["school"], name="Collega")
    service.log_conversation(colleague, incident_id, ConversationInput(
        held_at=held, attendee_party_ids=(party,), notes="n", check_back_on=date(2026, 2, 12)))

    mine = service.follow_up_agenda(director, today, "mine")
    assert [(i.check_back_on, i.overdue) for i in mine] == [(date(2026, 2, 9), True), (date(2026, 2, 15), False)]
    school = service.follow_up_agenda(director, today, "school")
    assert [i.check_back_on for i in school] == [date(2026, 2, 9), date(2026, 2, 12), date(2026, 2, 15)]
    first = service.open_conversation(director, mine[0].conversation_id)
    service.set_check_back(director, first.id, first.version, first.check_back_on, done=True)
    assert [i.check_back_on for i in service.follow_up_agenda(director, today, "mine")] == [date(2026, 2, 15)]


def test_pupil_chronology_in_date_order(service, world, director):
    first = service.create_incident(director, _incident(world, happened_on=date(2026, 1, 5), reported_on=date(2026, 1, 6)))
    second = service.create_incident(director, _incident(world, title="Foto", category="beeldmateriaal"))
    party = service.add_party(director, first, PartyInput(PartyKind.PUPIL, PartyRole.PERPETRATOR, pupil_id=world["daan"]))
    service.log_conversation(director, first, ConversationInput(
        held_at=datetime(2026, 1, 7, 10, tzinfo=timezone.utc), attendee_party_ids=(party,), notes="n"))
    service.set_depicted(director, second, [world["daan"]], "social_media", date(2026, 2, 7))
    service.add_party(director, second, PartyInput(PartyKind.PUPIL, PartyRole.TARGET, pupil_id=world["sanne"]))
    entries = service.pupil_chronology(director, world["daan"])
    assert [(e.on, e.kind, e.incident_id, e.detail) for e in entries] == [
        (date(2026, 1, 5), "incident", first, "pleger"),
        (date(2026, 1, 7), "gesprek", first, "aanwezig"),
        (date(2026, 2, 8), "incident", second, "in beeld"),
    ]


def test_depicted_pupils_show_consent_on_the_date_of_posting(service, world, director):
    incident_id = service.create_incident(director, _incident(world, category="beeldmateriaal"))
    pupils = [world["sanne"], world["daan"], world["fenna"]]
    service.set_depicted(director, incident_id, pupils, "social_media", date(2026, 1, 20))
    before = {d.name: (d.consent_state, d.consent_given) for d in service.open_incident(director, incident_id).depicted}
    assert before == {"Sanne de Vries": ("granted", True), "Daan Bakker": ("refused", False),
                      "Fenna Smit": ("not_returned", False)}
    service.set_depicted(director, incident_id, pupils, "social_media", date(2026, 2, 5))
    after = {d.name: d.consent_state for d in service.open_incident(director, incident_id).depicted}
    assert after["Sanne de Vries"] == "withdrawn"  # withdrawn on 1 Feb, before this posting
    with pytest.raises(InvalidInput):
        service.set_depicted(director, incident_id, [world["stranger"]], "social_media", None)


def test_roles_and_visibility(service, world, director, make_actor):
    incident_id = service.create_incident(director, _incident(world))
    secret_id = service.create_incident(director, _incident(world, title="Personeel", visibility=Visibility.DIRECTOR_ONLY))
    teacher = make_actor(Role.LEERKRACHT, world["school"])
    board = make_actor(Role.BESTUUR)
    care = make_actor(Role.ANTI_PEST, world["school"])
    office = make_actor(Role.BEHEERDER)
    other_director = make_actor(Role.DIRECTEUR, world["other_school"])
    for actor in (teacher, board, office, other_director):
        with pytest.raises(NotAllowed):
            service.open_incident(actor, incident_id)
    for actor in (teacher, office):
        with pytest.raises(NotAllowed):
            service.list_incidents(actor)
    assert service.list_incidents(other_director) == []
    with pytest.raises(NotAllowed):
        service.open_incident(care, secret_id)
    assert [i.id for i in service.list_incidents(care)] == [incident_id]
    assert {i.id for i in service.list_incidents(director)} == {incident_id, secret_id}
    with pytest.raises(NotAllowed):
        service.follow_up_agenda(board, date.today())
    assert service.overview(board, 2026).total == 2  # the board gets counts only


def test_count_by_article_and_overview(service, world, director):
    service.create_incident(director, _incident(world))
    second = service.create_incident(director, _incident(world, category="bedreigen", platform="TikTok",
                                                           happened_on=date(2026, 1, 3), reported_on=date(2026, 1, 4)))
    service.add_measure(director, second, MeasureInput(MeasureKind.POLICE_REPORT, date(2026, 1, 5), "Directeur"))
    assert service.count_by_article(director, world["version"]) == {"A.5": 0, "A.7": 2}
    overview = service.overview(director, "2025-2026")
    assert overview.total == 2
    assert overview.by_category["Pesten"] == 1 and overview.by_category["Bedreigen"] == 1
    assert overview.by_platform == {"WhatsApp": 1, "TikTok": 1}
    assert overview.by_month["jan 2026"] == 1 and overview.by_month["feb 2026"] == 1 and len(overview.by_month) == 12
    assert overview.by_measure == {"Aangifte bij de politie": 1}
    with pytest.raises(InvalidInput):
        service.overview(director, "twintig")


def test_platform_list_is_configurable(service, world, director):
    assert service.platforms(director)[:3] == ["Instagram", "TikTok", "Snapchat"]
    assert service.platforms(director)[-1] == "anders"
    service.set_platforms(director, ["Instagram", "BeReal", "instagram", " "])
    assert service.platforms(director) == ["Instagram", "BeReal"]


def test_invalid_incident_changes_nothing(service, store, world, director):
    with pytest.raises(InvalidInput):
        service.create_incident(director, _incident(world, happened_on=date(2026, 2, 20)))  # after the report
    with pytest.raises(InvalidInput):
        service.create_incident(director, _incident(world, title="  "))
    assert service.list_incidents(director) == []
    assert "incident.create" not in _actions(store)


def test_consent_on_date_for_pupils_shown_in_images(service, world, director, make_actor):
    ids = [world["sanne"], world["daan"], world["fenna"], world["stranger"]]
    before = service.consent_on_date(director, world["school"], ids, "social_media", date(2026, 1, 31))
    assert before == {world["sanne"]: ("toestemming", True), world["daan"]: ("geen toestemming (geweigerd)", False),
                      world["fenna"]: ("geen toestemming (niet ingeleverd)", False)}  # another school's pupil: left out
    after = service.consent_on_date(director, world["school"], ids[:1], "social_media", date(2026, 2, 1))
    assert after == {world["sanne"]: ("geen toestemming (ingetrokken)", False)}
    unknown_channel = service.consent_on_date(director, world["school"], ids[:1], "pers", date(2026, 1, 31))
    assert unknown_channel == {world["sanne"]: ("geen toestemming (niet ingeleverd)", False)}
    with pytest.raises(NotAllowed):
        service.consent_on_date(make_actor(Role.LEERKRACHT, world["school"]), world["school"], ids, "social_media",
                                date(2026, 1, 31))
