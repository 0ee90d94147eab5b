"""The Meldingen tab's use of width: on 1920x1080 the list gets the room (Categorie and Platform in view
beside Omschrijving, the detail what its tabs need), and the search field's hint is never cut off."""

from __future__ import annotations

import pytest
from fixtures.incident_samples import fill_incident_samples
from fixtures.incident_world import fill_incident_world
from PySide6.QtCore import Qt

from scope_desk.models.user import Role
from scope_desk.services.container import Services
from scope_desk.ui.pages.incidents import WIDE_TITLE_WIDTH, IncidentsPage


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
    return page


def shown_fully(page, column: int) -> bool:
    table = page.list_table
    x = table.columnViewportPosition(column)
    return not table.isColumnHidden(column) and x >= 0 and x + table.columnWidth(column) <= table.viewport().width()


def test_on_a_wide_screen_the_list_gets_the_room_and_shows_category_and_platform(qtbot, page):
    page.resize(1750, 900)  # the page in a 1920x1080 window
    qtbot.waitUntil(lambda: page.splitter.width() > 1500)
    assert page.splitter.orientation() == Qt.Orientation.Horizontal
    list_width, detail_width = page.splitter.sizes()
    assert list_width > 1.5 * detail_width
    assert detail_width >= page.detail.wide_width()  # the detail's tabs still fit
    assert all(shown_fully(page, c) for c in (0, 1, 3, 4, 5, 6))  # Nr., Voorval, Status, Terugkomen, Categorie, Platform
    assert page.list_table.columnWidth(2) >= WIDE_TITLE_WIDTH
    ernst = page.list_model.index(0, 7).data()
    assert shown_fully(page, 7) and ernst in ("Licht", "Middel", "Ernstig", "Zeer ernstig")
    longest = page.list_table.fontMetrics().horizontalAdvance("Zeer ernstig")
    assert page.list_table.columnWidth(7) >= longest + 12  # the longest Ernst in full, with the cell's margins


@pytest.mark.parametrize("width", [1000, 1150, 1750])  # the page at 1200x780, 1366x768 and 1920x1080
def test_the_search_hint_fits_its_field(qtbot, page, width):
    page.resize(width, 700)
    qtbot.waitUntil(lambda: page.search_edit.width() > 0)
    qtbot.wait(10)
    edit = page.search_edit
    assert edit.fontMetrics().horizontalAdvance(edit.placeholderText()) <= edit.width() - 40
    if width == 1750:
        assert edit.placeholderText() == "Zoeken in omschrijving, platform, categorie"
    assert "omschrijving" in edit.toolTip()
