"""The Overzicht page: the figures of a small known store, per role, and its empty state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from fixtures.dashboard_data import TODAY, fill_dashboard_store
from scope_desk.app import OFFICE_ACTOR, create_application
from scope_desk.models import Pupil
from scope_desk.models.user import Role
from scope_desk.services.container import Services
from scope_desk.services.events import ChangeSet
from scope_desk.ui.dashboard_models import CheckBackTableModel, SchoolFiguresTableModel
from scope_desk.ui.pages.dashboard import DashboardPage


@pytest.fixture
def services(store):
    services = Services.over(store)
    services.dashboard.today = lambda: TODAY
    return services


@pytest.fixture
def make_page(qtbot, services):
    create_application()

    def _make(actor=OFFICE_ACTOR):
        page = DashboardPage(services, actor)
        qtbot.addWidget(page)
        page.resize(1200, 900)
        page.show()
        qtbot.waitExposed(page)
        return page

    return _make


def table_texts(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_cards_show_the_figures_of_the_store(store, make_page):
    fill_dashboard_store(store)
    page = make_page()
    assert page.subtitle_label.text().startswith("Schooljaar 2025-2026")
    assert page.pupils_card.value_label.text() == "7"
    assert page.pupils_card.caption_label.text() == "op 2 scholen"
    assert page.consent_card.value_label.text() == "50 %"
    assert page.consent_card.caption_label.text() == "volledig ingeleverd\n1 deels · 1 niets ingeleverd"
    assert page.incidents_card.value_label.text() == "3"
    assert page.check_backs_card.value_label.text() == "3"
    assert page.check_backs_card.caption_label.text() == "waarvan 2 te laat"


def test_per_school_table_shows_pupils_consent_progress_and_open_incidents(store, make_page):
    fill_dashboard_store(store)
    page = make_page()
    model = page.schools_table.model()
    assert headers(model) == ["School", "Leerlingen", "Volledig", "Deels", "Niets ingeleverd", "Voortgang",
                              "Open incidenten"]
    assert table_texts(model) == [
        ["De Regenboog", "4", "2", "1", "1", "50 %", "3"],
        ["Het Kompas", "3", "—", "—", "—", "geen ronde", "0"],
    ]
    assert page.schools_table.isVisible() and not page.schools_empty.isVisible()


def test_check_back_table_lists_due_and_overdue_conversations_first_due_first(store, make_page):
    fill_dashboard_store(store)
    page = make_page()
    rows = table_texts(page.check_backs_table.model())
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("26 feb 2026", "4 dagen te laat", "De Regenboog"),
        ("27 feb 2026", "3 dagen te laat", "De Regenboog"),
        ("5 mrt 2026", "over 3 dagen", "De Regenboog"),
    ]
    assert rows[0][3].endswith("Groepsapp groep 7")


@pytest.mark.parametrize("role", [Role.LEERKRACHT, Role.BESTUUR])
def test_leerkracht_and_bestuur_see_no_check_backs(store, make_page, make_actor, role):
    fill_dashboard_store(store)
    page = make_page(make_actor(role))
    assert not page.check_backs_table.isVisible()
    assert not page.check_backs_card.isVisible()
    assert not page.check_backs_title.isVisible()
    assert page.check_backs_model.rowCount() == 0
    assert page.pupils_card.value_label.text() == "7"


def test_bestuur_sees_incident_counts_and_leerkracht_does_not(store, make_page, make_actor):
    fill_dashboard_store(store)
    bestuur = make_page(make_actor(Role.BESTUUR))
    assert bestuur.incidents_card.isVisible() and bestuur.incidents_card.value_label.text() == "3"
    leerkracht = make_page(make_actor(Role.LEERKRACHT))
    assert not leerkracht.incidents_card.isVisible()
    assert "Open incidenten" not in headers(leerkracht.schools_table.model())


def test_an_empty_store_says_what_to_do(make_page):
    page = make_page()
    assert page.pupils_card.value_label.text() == "0"
    assert not page.schools_table.isVisible()
    assert page.schools_empty.isVisible()
    assert page.schools_empty.text().startswith("Nog geen leerlingen — importeer een export")
    assert "--demo" in page.schools_empty.text()
    assert page.check_backs_empty.isVisible()


def test_the_page_refreshes_when_pupils_change(store, services, make_page):
    ids = fill_dashboard_store(store)
    page = make_page()
    with store.transaction(write=True) as s:
        s.add(Pupil(school_id=ids["kompas"], leerlingnummer="K9", first_name="Zoë", surname="Nieuw"))
    page.refresh()  # what the main window calls on a ChangeSet
    assert page.is_relevant(ChangeSet(pupils=True)) and not page.is_relevant(ChangeSet(protocol=True))
    assert page.pupils_card.value_label.text() == "8"
    assert table_texts(page.schools_table.model())[1][1] == "4"


def test_school_table_sorts_its_own_rows(store, make_page):
    fill_dashboard_store(store)
    page = make_page()
    page.schools_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [row[0] for row in table_texts(page.schools_table.model())] == ["Het Kompas", "De Regenboog"]
    page.schools_table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert [row[0] for row in table_texts(page.schools_table.model())] == ["De Regenboog", "Het Kompas"]


def test_school_figures_model_passes_the_model_tester(store, services, qtmodeltester):
    fill_dashboard_store(store)
    figures = services.dashboard.overview(OFFICE_ACTOR)
    model = SchoolFiguresTableModel()
    model.set_figures(figures.schools, with_incidents=True)
    qtmodeltester.check(model)
    assert model.index(0, 5).data(Qt.ItemDataRole.UserRole + 1) == (2, 1, 1)
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert [model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) for row in range(model.rowCount())] == names
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) is None  # only the school name gets one
    assert model.rowCount(model.index(0, 0)) == 0 and model.rowCount(QModelIndex()) == 2


def test_check_back_model_passes_the_model_tester(store, services, qtmodeltester):
    fill_dashboard_store(store)
    model = CheckBackTableModel()
    model.set_rows(services.dashboard.overview(OFFICE_ACTOR).check_backs)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
