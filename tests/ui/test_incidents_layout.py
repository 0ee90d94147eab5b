"""The Meldingen tab on the screens school offices have: the list beside the detail while Status and
Terugkomen and the detail's tabs fit (Nr. and Voorval give way first), the list above the detail
when they do not, and every column in view on a wide screen."""

from __future__ import annotations

import pytest
from fixtures.incident_samples import fill_incident_samples
from fixtures.incident_world import fill_incident_world
from PySide6.QtCore import Qt

from scope_desk.models.user import Role
from scope_desk.services.container import Services
from scope_desk.ui.pages.incidents import IncidentsPage


@pytest.fixture
def page(qtbot, store, make_actor, tmp_path):
    world = fill_incident_world(store)
    services = Services.over(store)
    services.incidents.evidence_dir = tmp_path / "bewijs"
    director = make_actor(Role.DIRECTEUR, world["school"], name="Directeur Wilgenhoek")
    fill_incident_samples(services.incidents, director, world)
    page = IncidentsPage(services, director)
    qtbot.addWidget(page)
    page.show()
    assert page.detail.detail is not None  # the newest incident is open
    return page


def shown_fully(page, column: int) -> bool:
    table = page.list_table
    x = table.columnViewportPosition(column)
    return not table.isColumnHidden(column) and x >= 0 and x + table.columnWidth(column) <= table.viewport().width()


def tabs_fit(page) -> bool:
    bar = page.detail.tabs.tabBar()
    return all(bar.tabRect(i).right() <= bar.width() for i in range(bar.count()) if bar.isTabVisible(i))


@pytest.mark.parametrize("width", [1000, 1150, 1750])  # the page at 1200x780, 1366x768 and 1920x1080
def test_list_beside_the_detail_keeps_status_check_back_and_tabs_in_view(qtbot, page, width):
    page.resize(width, 700)
    qtbot.waitUntil(lambda: page.splitter.width() > 0)
    assert page.splitter.orientation() == Qt.Orientation.Horizontal
    assert shown_fully(page, 3) and shown_fully(page, 4)  # Status, Terugkomen
    assert tabs_fit(page)
    if width >= 1150:
        assert shown_fully(page, 0) and shown_fully(page, 1)  # Nr., Voorval


def test_a_narrow_page_puts_the_list_above_the_detail(qtbot, page):
    page.resize(860, 900)
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Vertical)
    assert shown_fully(page, 3) and shown_fully(page, 4)
    assert page.splitter.sizes()[0] >= 150  # several rows of the list, not one

