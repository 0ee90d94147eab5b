"""RoundService: set-up, letter selection and order, families, slips scanned back in, rights, audit."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from scope_desk.errors import InvalidInput, NotAllowed, NotFound, StaleRecord
from scope_desk.models import AuditEvent, ConsentDecision
from scope_desk.models.user import Role
from scope_desk.services import slip_codes
from scope_desk.services.consent_defaults import DEFAULT_CATEGORIES
from scope_desk.services.consent_round import LetterSelection, RoundService
from scope_desk.services.consent_types import ConsentState, ReceivedVia
from scope_desk.services.events import Changes
from tests.fixtures.round_world import populate

TODAY = date(2026, 9, 1)


@pytest.fixture
def service(store) -> RoundService:
    return RoundService(store, Changes())


@pytest.fixture
def world(store):
    return populate(store, pupils=12, classes=("Groep 3", "Groep 5a"), sibling_every=4)


def open_round(service, world, system_actor):
    return service.open_round(system_actor, world.school_id, world.year_label, deadline=date(2026, 9, 15), today=TODAY)


def test_open_round_starts_with_defaults_and_is_audited(service, world, system_actor, store) -> None:
    setup = open_round(service, world, system_actor)
    assert [c.code for c in setup.categories] == [c.code for c in DEFAULT_CATEGORIES]
    assert "{kind}" in setup.letter_text and "A.5" in setup.letter_text
    assert "{uiterlijk}" in setup.reminder_text
    assert setup.signed_by == "A.B. de Jong" and setup.deadline == date(2026, 9, 15)
    again = service.open_round(system_actor, world.school_id, world.year_label, today=TODAY)
    assert again.round_id == setup.round_id
    with store.transaction() as s:
        actions = s.execute(select(AuditEvent.action).where(AuditEvent.entity_id == setup.round_id)).scalars().all()
    assert "consent_round.open" in actions


def test_deadline_in_the_past_and_bad_year_are_refused(service, world, system_actor) -> None:
    with pytest.raises(InvalidInput, match="verleden"):
        service.open_round(system_actor, world.school_id, world.year_label, deadline=date(2026, 8, 1), today=TODAY)
    with pytest.raises(InvalidInput, match="schooljaar"):
        service.open_round(system_actor, world.school_id, "2026/27", today=TODAY)


def test_unknown_placeholder_gets_one_clear_sentence(service, world, system_actor) -> None:
    setup = open_round(service, world, system_actor)
    with pytest.raises(InvalidInput) as info:
        service.update_setup(system_actor, setup, deadline=setup.deadline, letter_text="Beste {ouder}, hallo {kind}.",
                             reminder_text=setup.reminder_text, signed_by="X", signed_as="directeur")
    message = str(info.value)
    assert "{ouder}" in message and "{kind}" in message and message.count(".") >= 1 and "\n" not in message
    with pytest.raises(InvalidInput, match="accolade"):
        service.update_setup(system_actor, setup, deadline=None, letter_text="Beste {kind", reminder_text="x",
                             signed_by="X", signed_as="")


def test_update_setup_saves_and_detects_a_stale_copy(service, world, system_actor) -> None:
    setup = open_round(service, world, system_actor)
    saved = service.update_setup(system_actor, setup, deadline=date(2026, 10, 1), letter_text="{aanhef}, nieuw voor {kind}.",
                                 reminder_text="{aanhef}, herinnering.", signed_by="P. Principaal", signed_as="locatieleider")
    assert saved.letter_text.endswith("nieuw voor {kind}.") and saved.signed_as == "locatieleider"
    with pytest.raises(StaleRecord):
        service.update_setup(system_actor, setup, deadline=None, letter_text="{kind}", reminder_text="{kind}",
                             signed_by="Y", signed_as="")


def test_letters_are_ordered_by_class_then_surname_without_tussenvoegsel(service, world, system_actor) -> None:
    setup = open_round(service, world, system_actor)
    job = service.prepare_letters(system_actor, setup.round_id, LetterSelection(letter_date=TODAY))
    assert len(job.letters) == 12 and job.slip_count == 12
    assert [letter.class_name for letter in job.letters] == ["Groep 3"] * 6 + ["Groep 5a"] * 6
    groep3 = [letter.slips[0].child_name for letter in job.letters if letter.class_name == "Groep 3"]
    # "van den Berg" files under B and "van 't Hart" under H: the tussenvoegsel does not count.
    assert groep3 == ["Noor Bakker", "Anna van den Berg", "Émilie Dubois", "Zoë van 't Hart", "Lotte van der Meer",
                      "Şeyma Yıldız"]
    assert job.letters[0].aanhef.startswith("Geachte mevrouw ")


def test_family_letters_share_one_envelope(service, world, system_actor) -> None:
    setup = open_round(service, world, system_actor)
    job = service.prepare_letters(system_actor, setup.round_id, LetterSelection(per_family=True))
    families = [f for f in world.families if len(f) > 1]
    assert families and len(job.letters) == len(world.families)
    slips_per_letter = {frozenset(s.pupil_id for s in letter.slips) for letter in job.letters}
    for family in families:
        assert frozenset(family) in slips_per_letter
    assert job.slip_count == 12


def test_only_missing_leaves_out_returned_slips_and_reminder_implies_it(service, world, system_actor) -> None:
    setup = open_round(service, world, system_actor)
    first = next(iter(world.pupils))
    slip = service.open_slip(system_actor, slip_codes.encode(world.brin, setup.round_id, first), world.school_id)
    service.save_slip(system_actor, slip, {setup.categories[0].id: True}, received_on=TODAY)
    missing = service.prepare_letters(system_actor, setup.round_id, LetterSelection(only_missing=True))
    reminders = service.prepare_letters(system_actor, setup.round_id, LetterSelection(reminder=True))
    assert first not in {s.pupil_id for letter in missing.letters for s in letter.slips}
    assert len(missing.letters) == len(reminders.letters) == 11
    assert reminders.settings.reminder and reminders.settings.body_text == setup.reminder_text


def test_class_selection_and_foreign_class(service, world, system_actor, store) -> None:
    setup = open_round(service, world, system_actor)
    job = service.prepare_letters(system_actor, setup.round_id, LetterSelection(class_ids=(world.class_ids["Groep 5a"],)))
    assert {letter.class_name for letter in job.letters} == {"Groep 5a"} and len(job.letters) == 6
    other = populate(store, brin="34CD", name="Andere school", pupils=2, tag="X")
    with pytest.raises(InvalidInput, match="groep"):
        service.prepare_letters(system_actor, setup.round_id, LetterSelection(class_ids=(other.class_ids["Groep 3"],)))


def test_printing_is_audited_without_names(service, world, system_actor, store) -> None:
    setup = open_round(service, world, system_actor)
    service.prepare_letters(system_actor, setup.round_id, LetterSelection())
    with store.transaction() as s:
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "letters.print")).scalar_one()
    assert event.school_id == world.school_id and '"letters": 12' in event.detail
    assert not any(name.split()[-1] in event.detail for name in world.pupils.values())


def test_scanned_code_opens_that_child_and_save_records_paper_decisions(service, world, system_actor, store) -> None:
    setup = open_round(service, world, system_actor)
    pupil_id = list(world.pupils)[2]
    code = slip_codes.encode(world.brin, setup.round_id, pupil_id)
    slip = service.open_slip(system_actor, code.lower() + "\n", world.school_id)
    assert slip.child_name == world.pupils[pupil_id] == "Zoë van 't Hart"
    assert slip.class_name == world.pupil_class[pupil_id]
    assert set(slip.current) == {ConsentState.NOT_RETURNED}
    cats = setup.categories
    service.save_slip(system_actor, slip, {cats[0].id: True, cats[1].id: False}, received_on=date(2026, 9, 3))
    with store.transaction() as s:
        rows = s.execute(select(ConsentDecision).where(ConsentDecision.pupil_id == pupil_id)
                         .order_by(ConsentDecision.category_id)).scalars().all()
    assert len(rows) == 2  # an empty box records nothing: it stays 'niet ingeleverd'
    assert {r.received_via for r in rows} == {ReceivedVia.PAPER}
    assert {r.decided_on for r in rows} == {date(2026, 9, 3)}
    assert {r.recorded_by_name for r in rows} == {system_actor.name}
    by_cat = {r.category_id: r.state for r in rows}
    assert by_cat[cats[0].id] is ConsentState.GRANTED and by_cat[cats[1].id] is ConsentState.REFUSED
    reopened = service.open_slip(system_actor, code, world.school_id)
    assert reopened.current[:3] == (ConsentState.GRANTED, ConsentState.REFUSED, ConsentState.NOT_RETURNED)
    with pytest.raises(InvalidInput, match="geen enkel vakje"):
        service.save_slip(system_actor, reopened, {}, received_on=date(2026, 9, 3))
    progress = {c.class_name: c for c in service.progress(system_actor, setup.round_id)}
    assert progress[slip.class_name].returned == 1
    assert sum(c.not_returned for c in progress.values()) == 11


def test_another_schools_slip_and_damaged_codes_get_clear_messages(service, world, system_actor, store) -> None:
    setup = open_round(service, world, system_actor)
    other = populate(store, brin="34CD", name="OBS De Vlinder", pupils=2, tag="X")
    other_setup = service.open_round(system_actor, other.school_id, other.year_label, today=TODAY)
    foreign = slip_codes.encode("34CD", other_setup.round_id, next(iter(other.pupils)))
    with pytest.raises(InvalidInput, match="andere school"):
        service.open_slip(system_actor, foreign, world.school_id)
    good = slip_codes.encode(world.brin, setup.round_id, next(iter(world.pupils)))
    damaged = good[:-3] + ("1" if good[-3] != "1" else "2") + good[-2:]
    with pytest.raises(InvalidInput, match="beschadigd"):
        service.open_slip(system_actor, damaged, world.school_id)
    with pytest.raises(NotFound):
        service.open_slip(system_actor, slip_codes.encode(world.brin, setup.round_id + 99, 1), world.school_id)


def test_rights_are_checked(service, world, system_actor, make_actor) -> None:
    setup = open_round(service, world, system_actor)
    teacher = make_actor(Role.LEERKRACHT, world.school_id)
    with pytest.raises(NotAllowed):
        service.prepare_letters(teacher, setup.round_id, LetterSelection())
    with pytest.raises(NotAllowed):
        service.open_round(teacher, world.school_id, world.year_label, today=TODAY)
    code = slip_codes.encode(world.brin, setup.round_id, next(iter(world.pupils)))
    with pytest.raises(NotAllowed):
        service.open_slip(teacher, code, world.school_id)
    elsewhere = make_actor(Role.BEHEERDER, world.school_id + 1000)
    with pytest.raises(NotAllowed):
        service.prepare_letters(elsewhere, setup.round_id, LetterSelection())
