"""The Overzicht's per-class progress: shown when a school row is clicked, read only then."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from scope_desk.app import create_application
from scope_desk.services import slip_codes
from scope_desk.services.container import Services
from scope_desk.ui.dashboard_classes import ClassFiguresTableModel
from scope_desk.ui.pages.dashboard import DashboardPage
from tests.fixtures.round_world import populate

TODAY = date(2026, 10, 1)


@pytest.fixture
def world(store, system_actor):
    services = Services.over(store)
    services.dashboard.today = lambda: TODAY
    ours = populate(store, pupils=9, classes=("Groep 10", "Groep 3", "Groep 5a"), sibling_every=0)
    populate(store, brin="34CD", name="OBS De Vlinder", pupils=3, tag="V")  # no round this year
    setup = services.rounds.open_round(system_actor, ours.school_id, ours.year_label, today=date(2026, 9, 1))
    ids = list(ours.pupils)
    for pupil_id, answers in ((ids[0], {c.id: True for c in setup.categories}), (ids[1], {setup.categories[0].id: False})):
        slip = services.rounds.open_slip(system_actor, slip_codes.encode(ours.brin, setup.round_id, pupil_id))
        services.rounds.save_slip(system_actor, slip, answers, received_on=date(2026, 9, 10))
    calls: list[int] = []
    load = services.class_progress.for_round
    services.class_progress.for_round = lambda *args: (calls.append(args[1]), load(*args))[1]
    return services, ours, setup, calls


def make_page(qtbot, services, actor) -> DashboardPage:
    create_application()
    page = DashboardPage(services, actor)
    qtbot.addWidget(page)
    page.resize(1200, 1000)
    page.show()
    qtbot.waitExposed(page)
    return page


def click_school(qtbot, page, name: str) -> None:
    model = page.schools_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).name == name)
    rect = page.schools_table.visualRect(model.index(row, 0))
    qtbot.mouseClick(page.schools_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def rows(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_classes_of_a_clicked_school_are_read_then_and_add_up_to_its_row(qtbot, world, system_actor) -> None:
    services, ours, setup, calls = world
    page = make_page(qtbot, services, system_actor)
    section = page.classes_section
    assert calls == []  # nothing per class at start-up
    assert section.hint_label.isVisible() and not section.table.isVisible()
    assert "Klik op een school" in section.hint_label.text()
    click_school(qtbot, page, "OBS De Regenboog")
    assert calls == [setup.round_id]
    assert section.table.isVisible() and section.title_label.text() == "Per groep · OBS De Regenboog"
    # Groep 10: pupils 0 (all Ja), 3, 6; Groep 3: pupils 1 (one Nee), 4, 7; Groep 5a: 2, 5, 8.
    assert [r[:5] for r in rows(section.model)] == [
        ["Groep 3", "3", "0", "1", "2"], ["Groep 5a", "3", "0", "0", "3"], ["Groep 10", "3", "1", "0", "2"]]
    school = next(s for s in page.figures.schools if s.name == "OBS De Regenboog")
    totals = [sum(int(r[c]) for r in rows(section.model)) for c in (1, 2, 3, 4)]
    assert totals == [school.pupils, school.consent.complete, school.consent.partial, school.consent.nothing]
    # A refresh keeps the school chosen and reads its classes once more.
    page.refresh()
    assert calls == [setup.round_id, setup.round_id] and section.table.isVisible()
    assert section.title_label.text().endswith("OBS De Regenboog")
    click_school(qtbot, page, "OBS De Vlinder")
    assert not section.table.isVisible() and "nog geen toestemmingsronde" in section.hint_label.text()
    assert calls == [setup.round_id, setup.round_id]


def test_class_figures_model_passes_the_model_tester_and_sorts_naturally(world, system_actor, qtmodeltester) -> None:
    services, _ours, setup, _calls = world
    model = ClassFiguresTableModel()
    model.set_rows(services.class_progress.for_round(system_actor, setup.round_id, TODAY))
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [r[0] for r in rows(model)] == ["Groep 3", "Groep 5a", "Groep 10"]
    model.sort(5, Qt.SortOrder.DescendingOrder)
    assert rows(model)[0][0] == "Groep 10" and rows(model)[0][5] == "33 %"
    assert model.index(0, 5).data(Qt.ItemDataRole.UserRole + 1) == (1, 0, 2)
