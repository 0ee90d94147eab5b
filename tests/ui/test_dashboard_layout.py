"""The Overzicht at the office's window sizes: one scroll (the tables show their rows, the page scrolls),
the Voortgang heading in full, and a leerkracht's cards sharing the row with their own class's figure."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

from scope_desk.app import create_application
from scope_desk.models.user import Role
from scope_desk.services import slip_codes
from scope_desk.services.access import Actor, Grant
from scope_desk.services.container import Services
from scope_desk.ui.pages.dashboard import DashboardPage
from tests.fixtures.round_world import populate

TODAY = date(2026, 10, 1)
CLASSES = tuple(f"Groep {n}{letter}" for n in range(1, 10) for letter in "ab")  # 18 classes, as in a large school


@pytest.fixture
def world(store, system_actor):
    services = Services.over(store)
    services.dashboard.today = lambda: TODAY
    ours = populate(store, pupils=40, classes=CLASSES, sibling_every=0)
    setup = services.rounds.open_round(system_actor, ours.school_id, ours.year_label, today=date(2026, 9, 1))
    pupil = next(iter(ours.pupils))  # in Groep 1a: every category answered
    slip = services.rounds.open_slip(system_actor, slip_codes.encode(ours.brin, setup.round_id, pupil))
    services.rounds.save_slip(system_actor, slip, {c.id: True for c in setup.categories}, received_on=date(2026, 9, 10))
    return services, ours


def make_page(qtbot, services, actor, width=1200 - 210, height=780 - 60) -> DashboardPage:
    """The page at the size it gets in a 1200x780 window (navigation and menu bar taken off)."""
    create_application()
    page = DashboardPage(services, actor)
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_leerkracht_sees_their_class_and_the_cards_fill_the_row(qtbot, world):
    services, ours = world
    teacher = Actor(user_id=None, name="Juf Groep 1a",
                    grants=(Grant(Role.LEERKRACHT, ours.school_id, ours.class_ids["Groep 1a"]),))
    page = make_page(qtbot, services, teacher)
    card = page.my_class_card
    qtbot.waitUntil(card.isVisible)
    assert card.title_label.text() == "Mijn groep · Groep 1a"
    assert card.value_label.text() == "33 %"  # 1 of the 3 pupils of Groep 1a returned everything
    assert card.caption_label.text() == "volledig ingeleverd\n0 deels · 2 niets ingeleverd"
    assert not page.incidents_card.isVisible() and not page.check_backs_card.isVisible()
    content = page.findChild(QWidget, "dashboard_content")
    right = card.mapTo(content, QPoint(card.width(), 0)).x()
    assert right >= content.width() - 40  # three cards share the row: no empty right half


def test_other_roles_get_no_class_card(qtbot, world, system_actor):
    services, _ours = world
    page = make_page(qtbot, services, system_actor)
    qtbot.wait(20)
    assert not page.my_class_card.isVisible()


def test_the_page_scrolls_and_the_class_table_shows_every_class(qtbot, world, system_actor):
    services, _ours = world
    page = make_page(qtbot, services, system_actor)
    page.schools_table.selectRow(0)
    table = page.classes_section.table
    qtbot.waitUntil(table.isVisible)
    assert page.classes_section.model.rowCount() == len(CLASSES)
    assert table.verticalScrollBar().maximum() == 0  # no scroll inside the page's scroll
    assert table.rowViewportPosition(len(CLASSES) - 1) + table.rowHeight(len(CLASSES) - 1) <= table.viewport().height()


def test_the_voortgang_heading_keeps_its_width_in_a_narrow_window(qtbot, world, system_actor):
    services, _ours = world
    populate(services.store, brin="34CD", name="Integraal Kindcentrum De Vlinderhof", pupils=3, tag="V")
    page = make_page(qtbot, services, system_actor)
    header = page.schools_table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(5) >= header.sectionSizeHint(5))
    last = page.schools_model.columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= page.schools_table.viewport().width() + 1

