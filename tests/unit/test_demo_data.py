"""Demo data: deterministic, the right shape, all or nothing, and refused on a store with data."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from scope_desk.db import open_store
from scope_desk.errors import InvalidInput
from scope_desk.models import (
    Base, ConsentDecision, ConsentState, Conversation, ConversationNote, Enrolment, Guardian, Incident, Measure,
    Party, Pupil, PupilGuardian, School, SchoolClass, SchoolYear,
)
from scope_desk.naming import sort_key
from scope_desk.services import demo_data, demo_incidents, demo_names
from scope_desk.services.demo_data import ensure_demo_data, generate

TODAY = date(2026, 10, 7)
SKIP_TABLES = {"audit_events",  # the trail holds the wall-clock time of the generation
               "user_accounts"}  # the demo accounts: a salted password hash and the creation time


def dump(store) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order, as the database gives them back."""
    out = {}
    with store.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name not in SKIP_TABLES:
                out[table.name] = [tuple(r) for r in conn.execute(select(table).order_by(*table.primary_key.columns))]
    return out


@pytest.fixture
def other_store(tmp_path):
    opened = open_store(tmp_path / "other.sqlite3", backup_dir=tmp_path / "b2")
    yield opened
    opened.dispose()


def test_same_seed_and_day_give_identical_rows(store, other_store):
    generate(store, students=120, seed=7, today=TODAY)
    generate(other_store, students=120, seed=7, today=TODAY)
    first, second = dump(store), dump(other_store)
    assert first.keys() == second.keys()
    for name in first:
        assert first[name] == second[name], name
    assert len(first["pupils"]) > 120 and len(first["consent_decisions"]) > 500


def test_another_seed_gives_other_data(store, other_store):
    generate(store, students=120, seed=1, today=TODAY)
    generate(other_store, students=120, seed=2, today=TODAY)
    assert dump(store)["pupils"] != dump(other_store)["pupils"]


def test_shape_schools_groups_pupils_guardians(store):
    summary = generate(store, students=600, seed=3, today=TODAY)
    assert (summary.schools, summary.pupils) == (3, 600)
    with store.transaction() as s:
        schools = s.execute(select(School).order_by(School.id)).scalars().all()
        assert len(schools) == 3 and all(len(sc.brin) == 4 and sc.city == "Alphen aan den Rijn" for sc in schools)
        years = {y.label: y for y in s.execute(select(SchoolYear)).scalars()}
        assert set(years) == {"2025-2026", "2026-2027"}
        current = years["2026-2027"]
        for school in schools:
            classes = s.execute(select(SchoolClass).where(SchoolClass.school_id == school.id,
                                                          SchoolClass.school_year_id == current.id)).scalars().all()
            grades = {int(g) for c in classes for g in c.grades.split("/")}
            assert grades == set(range(1, 9)), school.name
            assert all(c.name.startswith("Groep ") and c.teacher_staff_id for c in classes)
        combinations = s.execute(select(SchoolClass.name).where(SchoolClass.grades.like("%/%"),
                                                               SchoolClass.grades != "1/2")).scalars().all()
        assert combinations and all("/" in n for n in combinations)
        enrolled_now = s.execute(select(func.count()).select_from(Enrolment)
                                 .where(Enrolment.school_year_id == current.id)).scalar_one()
        assert enrolled_now == 600
        twice = s.execute(select(Enrolment.pupil_id).group_by(Enrolment.pupil_id, Enrolment.school_year_id)
                          .having(func.count() > 1)).all()
        assert twice == []
        never = s.execute(select(Pupil.id).where(~Pupil.id.in_(select(Enrolment.pupil_id)))).all()
        assert never == []
        # Who is not in this year's classes left: last year's groep 8, on the last day of that year.
        gone = s.execute(select(Pupil.left_on).where(~Pupil.id.in_(
            select(Enrolment.pupil_id).where(Enrolment.school_year_id == current.id)))).scalars().all()
        assert gone and set(gone) == {date(2026, 7, 31)}
        left_during_year = s.execute(select(func.count()).select_from(Pupil)
                                     .where(Pupil.left_on >= current.starts_on)).scalar_one()
        assert left_during_year >= 3
        pupils = s.execute(select(Pupil)).scalars().all()
        assert all(p.sort_name == sort_key(p.first_name, p.tussenvoegsel, p.surname) for p in pupils)
        assert all(len(p.leerlingnummer) == 6 for p in pupils) and any(p.leerlingnummer.startswith("0") for p in pupils)
        assert any(p.tussenvoegsel for p in pupils)
        unguarded = s.execute(select(Pupil.id).where(~Pupil.id.in_(select(PupilGuardian.pupil_id)))).all()
        assert unguarded == []
        without_gezag = s.execute(select(func.count()).select_from(PupilGuardian)
                                  .where(PupilGuardian.has_parental_authority.is_(False))).scalar_one()
        assert without_gezag > 0
        shared = s.execute(select(PupilGuardian.guardian_id).group_by(PupilGuardian.guardian_id)
                           .having(func.count() > 1)).all()
        assert shared, "siblings share guardians"
        guardians = s.execute(select(Guardian)).scalars().all()
        assert all(len(g.postcode) == 7 and g.postcode[4] == " " and g.postcode[:4].isdigit() for g in guardians)
        assert all("@" in g.email and g.email.isascii() and g.phone.startswith("06-") for g in guardians)


def test_birth_dates_fit_the_group(store):
    generate(store, students=300, seed=5, today=TODAY)
    with store.transaction() as s:
        rows = s.execute(select(Pupil.birth_date, SchoolClass.grades, SchoolYear.starts_on)
                         .join(Enrolment, Enrolment.pupil_id == Pupil.id)
                         .join(SchoolClass, SchoolClass.id == Enrolment.class_id)
                         .join(SchoolYear, SchoolYear.id == Enrolment.school_year_id)).all()
    for born, grades, starts in rows:
        low, high = (int(g) for g in (grades.split("/")[0], grades.split("/")[-1]))
        age = (starts - born).days / 365.25  # on 1 August
        assert low + 2.8 <= age <= high + 4.0, (born, grades, starts)


def test_names_with_diacritics_survive_exactly(store):
    generate(store, students=90, seed=11, today=TODAY)
    with store.transaction() as s:
        names = {(p.first_name, p.tussenvoegsel, p.surname) for p in s.execute(select(Pupil)).scalars()}
        surnames = set(s.execute(select(Guardian.surname)).scalars())
    for person in demo_names.SHOWCASE:
        assert person in names
    assert ("Zoë", "van 't", "Hart") in names and ("Łukasz", "", "Wąs") in names
    assert any(not n.isascii() for n in surnames) or any(not n[2].isascii() for n in names)


def test_consent_mix_has_every_state_and_disagreement(store):
    generate(store, students=300, seed=2, today=TODAY)
    with store.transaction() as s:
        states = set(s.execute(select(ConsentDecision.state).distinct()).scalars())
        assert {ConsentState.GRANTED, ConsentState.REFUSED, ConsentState.WITHDRAWN} <= states
        vias = set(s.execute(select(ConsentDecision.received_via).distinct()).scalars())
        assert {"paper", "email", "parent_app"} <= {v.value for v in vias}
        current = s.execute(select(SchoolYear.id).where(SchoolYear.label == "2026-2027")).scalar_one()
        not_returned = s.execute(
            select(func.count()).select_from(Enrolment).where(
                Enrolment.school_year_id == current,
                ~Enrolment.pupil_id.in_(select(ConsentDecision.pupil_id)))).scalar_one()
        assert not_returned > 10
        disagreeing = s.execute(
            select(ConsentDecision.pupil_id, ConsentDecision.category_id)
            .group_by(ConsentDecision.pupil_id, ConsentDecision.category_id)
            .having(func.count(ConsentDecision.given_by_guardian_id.distinct()) > 1)).all()
        assert len(disagreeing) >= 3  # at least one per school
        for pupil_id, category_id in disagreeing:
            answers = s.execute(select(ConsentDecision.state).where(
                ConsentDecision.pupil_id == pupil_id, ConsentDecision.category_id == category_id)).scalars().all()
            assert len(set(answers)) > 1
        withdrawn = s.execute(select(ConsentDecision).where(ConsentDecision.state == ConsentState.WITHDRAWN)).scalars().all()
        for event in withdrawn:
            earlier = s.execute(select(ConsentDecision.state).where(
                ConsentDecision.pupil_id == event.pupil_id, ConsentDecision.category_id == event.category_id,
                ConsentDecision.id < event.id)).scalars().all()
            assert ConsentState.GRANTED in earlier and event.decided_on <= TODAY


def test_incidents_have_parties_conversations_measures_and_current_check_backs(store):
    generate(store, students=600, seed=4, today=TODAY)
    with store.transaction() as s:
        incidents = s.execute(select(Incident)).scalars().all()
        assert len(incidents) >= 18 and {i.school_id for i in incidents} == {1, 2, 3}
        assert all(i.category in demo_incidents.KINDS and i.happened_on <= i.reported_on <= TODAY for i in incidents)
        assert len({i.platform for i in incidents}) >= 4
        without_party = s.execute(select(Incident.id).where(~Incident.id.in_(select(Party.incident_id)))).all()
        assert without_party == []
        roles = {r.value for r in s.execute(select(Party.role).distinct()).scalars()}
        assert {"target", "perpetrator", "reporter"} <= roles
        assert s.execute(select(func.count()).select_from(Measure)).scalar_one() > 0
        assert s.execute(select(func.count()).select_from(ConversationNote).where(ConversationNote.number == 2)).scalar_one() > 0
        open_backs = s.execute(select(Conversation.check_back_on).where(Conversation.checked_back.is_(False))).scalars().all()
        assert any(TODAY <= d <= TODAY + timedelta(days=6) for d in open_backs), "due this week"
        assert any(d < TODAY for d in open_backs), "overdue"
        conversations = s.execute(select(Conversation)).scalars().all()
        assert all(c.held_at.date() <= TODAY and c.check_back_on > c.held_at.date() for c in conversations)


def test_refuses_a_store_that_holds_pupils_and_leaves_it_unchanged(store):
    generate(store, students=30, seed=1, today=TODAY)
    before = dump(store)
    with pytest.raises(InvalidInput, match="al scholen of leerlingen"):
        generate(store, students=30, seed=2, today=TODAY)
    assert dump(store) == before
    assert ensure_demo_data(store, students=30, seed=2, today=TODAY) is None
    assert dump(store) == before


def test_ensure_fills_an_empty_store(store):
    summary = ensure_demo_data(store, students=45, seed=1, today=TODAY)
    assert summary is not None and summary.pupils == 45
    with store.transaction() as s:
        assert s.execute(select(func.count()).select_from(School)).scalar_one() == 3


def test_all_or_nothing_when_generation_fails(store, monkeypatch):
    def broken(ctx, refused):
        raise RuntimeError("disk full")

    monkeypatch.setattr(demo_data, "build_incidents", broken)
    with pytest.raises(RuntimeError):
        generate(store, students=60, seed=1, today=TODAY)
    assert all(rows == [] for rows in dump(store).values())


@pytest.mark.parametrize("students", [0, -3, True, "12", 1.5])
def test_bad_counts_refused(store, students):
    with pytest.raises(InvalidInput, match="aantal leerlingen"):
        generate(store, students=students, seed=1, today=TODAY)


def test_one_pupil_is_enough(store):
    summary = generate(store, students=1, seed=1, today=TODAY)
    assert (summary.schools, summary.pupils) == (3, 1)


def test_new_rows_after_generation_get_fresh_ids(store):
    """Ids came from the database (RETURNING), so its sequences are where the next insert expects them."""
    generate(store, students=30, seed=1, today=TODAY)
    with store.transaction(write=True) as s:
        school_id = s.execute(select(School.id).order_by(School.id)).scalars().first()
        pupil = Pupil(school_id=school_id, leerlingnummer="999999", first_name="Nieuw", surname="Leerling")
        s.add(pupil)
        s.flush()
        assert pupil.id > s.execute(select(func.count()).select_from(Pupil)).scalar_one() - 1


def test_a_childs_surname_is_a_guardians_with_gezag(store):
    """No letter to "A. Yıldız" about "Esma Arslan" by accident: the children's surname is that of a guardian with
    gezag (the showcase children's families too); the only exception is deliberate and rare: a sibling who carries
    the other parent's surname while that parent is not a guardian (a single parent, or a step-family)."""
    generate(store, students=900, seed=2026, today=TODAY)
    with store.transaction() as s:
        pupils = {p.id: (p.first_name, p.tussenvoegsel, p.surname) for p in s.execute(select(Pupil)).scalars()}
        links = s.execute(select(PupilGuardian.pupil_id, PupilGuardian.has_parental_authority,
                                 Guardian.tussenvoegsel, Guardian.surname)
                          .join(Guardian, Guardian.id == PupilGuardian.guardian_id)).all()
        siblings = s.execute(select(PupilGuardian.guardian_id, PupilGuardian.pupil_id)).all()
    gezag_names: dict[int, set] = {}
    for pupil_id, gezag, prefix, surname in links:
        if gezag:
            gezag_names.setdefault(pupil_id, set()).add((prefix, surname))
    family: dict[int, set] = {}
    for guardian_id, pupil_id in siblings:
        family.setdefault(guardian_id, set()).add(pupil_id)
    others_in_family: dict[int, set] = {}
    for members in family.values():
        for pupil_id in members:
            others_in_family.setdefault(pupil_id, set()).update(members - {pupil_id})
    unmatched = [p for p, (_first, prefix, surname) in pupils.items() if (prefix, surname) not in gezag_names[p]]
    for pupil_id in unmatched:  # a sibling carries a guardian's surname: this child has the other parent's
        assert any(pupils[o][1:] in gezag_names[o] and pupils[o][1:] != pupils[pupil_id][1:]
                   for o in others_in_family.get(pupil_id, ())), pupils[pupil_id]
    assert len(unmatched) <= len(pupils) // 100
    for person in demo_names.SHOWCASE:
        showcase_id = next(p for p, name in pupils.items() if name == person)
        assert person[1:] in gezag_names[showcase_id]
