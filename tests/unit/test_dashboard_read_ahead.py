"""DashboardService.read_ahead: the Overzicht's figures read on a thread while the window is built,
handed only to the same actor on the same day; a refusal comes back on the caller's thread."""

from __future__ import annotations

import pytest

from fixtures.dashboard_data import TODAY, fill_dashboard_store
from scope_desk.errors import NotAllowed
from scope_desk.roles import Role
from scope_desk.services.access import Actor
from scope_desk.services.dashboard import DashboardService
from scope_desk.services.events import Changes


@pytest.fixture
def service(store):
    fill_dashboard_store(store)
    dashboard = DashboardService(store, Changes())
    dashboard.today = lambda: TODAY
    return dashboard


def test_the_figures_read_ahead_are_the_figures_read_directly(service, system_actor):
    service.read_ahead(system_actor)
    ahead = service.overview(system_actor)
    assert ahead == service.overview(system_actor)
    assert ahead.total_pupils == 7 and [c.incident_title for c in ahead.check_backs][:1] == ["Groepsapp groep 7"]


def test_another_actor_does_not_get_the_figures_read_ahead_for_the_first(service, system_actor, make_actor):
    service.read_ahead(system_actor)
    anti_pest = make_actor(Role.ANTI_PEST, 999)  # a school that does not exist: sees nothing
    figures = service.overview(anti_pest)
    assert figures.schools == () and figures.check_backs == ()


def test_a_read_ahead_for_another_day_is_not_used(service, system_actor):
    service.read_ahead(system_actor)
    later = service.overview(system_actor, today=TODAY.replace(year=2030))
    assert later.today.year == 2030


def test_a_refusal_read_ahead_is_raised_by_overview(service):
    nobody = Actor(user_id=None, name="niemand")
    service.read_ahead(nobody)
    with pytest.raises(NotAllowed):
        service.overview(nobody)
