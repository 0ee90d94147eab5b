from datetime import date

import pytest

from fixtures.dashboard_data import TODAY, fill_dashboard_store
from scope_desk.errors import NotAllowed
from scope_desk.models.user import Role
from scope_desk.services.access import Actor
from scope_desk.services.dashboard import DashboardService
from scope_desk.services.events import Changes


def overview(store, actor, today=TODAY):
    return DashboardService(store, Changes()).overview(actor, today=today)


def test_figures_per_school_count_current_pupils_and_the_consent_round(store, system_actor):
    fill_dashboard_store(store)
    figures = overview(store, system_actor)
    assert figures.school_year == "2025-2026"
    regenboog, kompas = figures.schools
    assert (regenboog.name, regenboog.pupils, kompas.name, kompas.pupils) == ("De Regenboog", 4, "Het Kompas", 3)
    progress = regenboog.consent
    assert (progress.categories, progress.complete, progress.partial, progress.nothing) == (3, 2, 1, 1)
    assert kompas.consent is None  # its only round is of last year
    assert figures.consent_totals() == (2, 1, 1)
    assert figures.total_pupils == 7


def test_open_incidents_are_counted_per_school(store, system_actor):
    fill_dashboard_store(store)
    figures = overview(store, system_actor)
    assert [s.open_incidents for s in figures.schools] == [3, 0]
    assert figures.total_open_incidents == 3


def test_check_backs_within_seven_days_or_overdue_and_not_done(store, system_actor):
    fill_dashboard_store(store)
    figures = overview(store, system_actor)
    assert [(c.due_on, c.days_left, c.incident_title) for c in figures.check_backs] == [
        (date(2026, 2, 26), -4, "Groepsapp groep 7"),
        (date(2026, 2, 27), -3, "Vertrouwelijk"),
        (date(2026, 3, 5), 3, "Filmpje op TikTok"),
    ]


def test_anti_pest_coordinator_does_not_see_director_only_check_backs(store, make_actor):
    ids = fill_dashboard_store(store)
    figures = overview(store, make_actor(Role.ANTI_PEST, ids["regenboog"]))
    assert [c.incident_title for c in figures.check_backs] == ["Groepsapp groep 7", "Filmpje op TikTok"]
    assert [s.name for s in figures.schools] == ["De Regenboog"]


@pytest.mark.parametrize("role", [Role.LEERKRACHT, Role.BESTUUR, Role.BEHEERDER])
def test_roles_that_may_not_read_incidents_get_no_check_backs(store, make_actor, role):
    fill_dashboard_store(store)
    figures = overview(store, make_actor(role))
    assert figures.check_backs is None


def test_bestuur_sees_incident_counts_but_leerkracht_and_beheerder_do_not(store, make_actor):
    fill_dashboard_store(store)
    assert [s.open_incidents for s in overview(store, make_actor(Role.BESTUUR)).schools] == [3, 0]
    for role in (Role.LEERKRACHT, Role.BEHEERDER):
        figures = overview(store, make_actor(role))
        assert [s.open_incidents for s in figures.schools] == [None, None]
        assert figures.total_open_incidents is None


def test_an_actor_without_any_grant_is_refused(store):
    with pytest.raises(NotAllowed):
        overview(store, Actor(user_id=None, name="niemand"))


def test_an_empty_store_gives_empty_figures(store, system_actor):
    figures = overview(store, system_actor)
    assert (figures.schools, figures.school_year, figures.check_backs) == ((), None, ())
    assert figures.consent_totals() is None
