"""Consent round progress per class for the Overzicht: the classes add up to the school's row."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete, update

from scope_desk.errors import NotAllowed
from scope_desk.models import Enrolment, Pupil
from scope_desk.models.user import Role
from scope_desk.services import slip_codes
from scope_desk.services.consent_round import RoundService
from scope_desk.services.dashboard import DashboardService
from scope_desk.services.dashboard_classes import ClassProgressService
from scope_desk.services.events import Changes
from tests.fixtures.round_world import populate

TODAY = date(2026, 10, 1)


@pytest.fixture
def world(store, system_actor):
    rounds = RoundService(store, Changes())
    world = populate(store, pupils=10, classes=("Groep 10", "Groep 3", "Groep 5a"), sibling_every=0)
    other = populate(store, brin="34CD", name="OBS De Vlinder", pupils=3, tag="V")
    setup = rounds.open_round(system_actor, world.school_id, world.year_label, today=date(2026, 9, 1))
    rounds.open_round(system_actor, other.school_id, other.year_label, today=date(2026, 9, 1))
    ids = list(world.pupils)
    cats = setup.categories
    for pupil_id, answers in ((ids[0], {c.id: True for c in cats}), (ids[1], {cats[0].id: False}),
                              (ids[3], {c.id: False for c in cats})):
        opened = rounds.open_slip(system_actor, slip_codes.encode(world.brin, setup.round_id, pupil_id), world.school_id)
        rounds.save_slip(system_actor, opened, answers, received_on=date(2026, 9, 10))
    with store.transaction(write=True) as s:
        s.execute(update(Pupil).where(Pupil.id == ids[2]).values(left_on=date(2026, 9, 20)))  # left: not counted
        s.execute(delete(Enrolment).where(Enrolment.pupil_id == ids[4]))  # no class this year
    return world, setup


def test_per_class_figures_add_up_to_the_school_row(store, system_actor, world) -> None:
    world, setup = world
    classes = ClassProgressService(store, Changes()).for_round(system_actor, setup.round_id, today=TODAY)
    assert [c.class_name for c in classes] == ["Groep 3", "Groep 5a", "Groep 10", "zonder groep"]
    by_name = {c.class_name: c for c in classes}
    # populate spreads pupils 0..9 over the classes in turn: 0 → Groep 10, 1 → Groep 3, 2 → Groep 5a, ...
    assert (by_name["Groep 10"].complete, by_name["Groep 10"].partial) == (2, 0)  # pupils 0 (all Ja), 3 (all Nee)
    assert (by_name["Groep 3"].partial, by_name["Groep 3"].pupils) == (1, 2)  # pupils 1 and 7 (4 has no class now)
    assert by_name["zonder groep"].pupils == 1
    school = next(s for s in DashboardService(store, Changes()).overview(system_actor, today=TODAY).schools
                  if s.school_id == world.school_id)
    assert sum(c.pupils for c in classes) == school.pupils == 9
    assert sum(c.complete for c in classes) == school.consent.complete == 2  # all Ja, and all Nee
    assert sum(c.partial for c in classes) == school.consent.partial == 1
    assert sum(c.nothing for c in classes) == school.consent.nothing == 6


def test_only_for_actors_who_see_that_school_on_the_dashboard(store, make_actor, world) -> None:
    world, setup = world
    other_school = make_actor(Role.DIRECTEUR, world.school_id + 1)
    with pytest.raises(NotAllowed):
        ClassProgressService(store, Changes()).for_round(other_school, setup.round_id, today=TODAY)
    own = make_actor(Role.DIRECTEUR, world.school_id)
    assert ClassProgressService(store, Changes()).for_round(own, setup.round_id, today=TODAY)
