"""The main window: navigation of the registered pages, lazy pages, shortcuts, menus, status bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from scope_desk.app import OFFICE_ACTOR, build_main_window, create_application
from scope_desk.services.container import Services
from scope_desk.services.events import ChangeSet
from scope_desk.ui import main_window as main_window_module
from scope_desk.ui.pages import PAGES, PageSpec


class FakePage(QWidget):
    """A stand-in feature page that counts how often it was built and refreshed."""

    built = 0

    def __init__(self, services, actor, parent=None):
        super().__init__(parent)
        FakePage.built += 1
        self.refreshed = 0
        self.label = QLabel("Nep-pagina", self)

    def refresh(self):
        self.refreshed += 1


@pytest.fixture
def services(store):
    return Services.over(store)


@pytest.fixture
def make_window(qtbot, services):
    create_application()

    def _make():
        window = build_main_window(services, OFFICE_ACTOR)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return _make


@pytest.fixture
def two_pages(monkeypatch):
    FakePage.built = 0
    pages = (PAGES[0], PageSpec("fake", "Nep", f"{__name__}:FakePage", "Ctrl+2"))
    monkeypatch.setattr(main_window_module, "PAGES", pages)
    return pages


def nav_texts(window) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def test_navigation_lists_every_registered_page_with_its_dutch_title(make_window):
    window = make_window()
    assert nav_texts(window) == [spec.title for spec in PAGES]
    assert nav_texts(window)[0] == "Overzicht"
    assert window.current_page_name() == "dashboard"
    assert window.stack.currentWidget().objectName() == "page_dashboard"


def test_a_page_is_built_only_when_first_shown_and_a_click_switches_to_it(qtbot, make_window, two_pages):
    window = make_window()
    assert FakePage.built == 0
    rect = window.navigation.visualItemRect(window.navigation.item(1))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_name() == "fake"
    assert window.stack.currentWidget().label.text() == "Nep-pagina"
    assert FakePage.built == 1
    window.show_page("dashboard")
    window.show_page("fake")
    assert FakePage.built == 1


def test_ctrl_number_switches_pages_and_the_ga_naar_menu_lists_the_shortcuts(qtbot, make_window, two_pages):
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == "fake"
    qtbot.keyClick(window.navigation, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == "dashboard"
    go_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Ga naar")
    assert [(a.text(), a.shortcut().toString()) for a in go_menu.actions()] == [("Overzicht", "Ctrl+1"), ("Nep", "Ctrl+2")]


def test_menus_have_backup_quit_refresh_and_about(make_window):
    window = make_window()
    menus = {a.text(): [x.text() for x in a.menu().actions() if not x.isSeparator()] for a in window.menuBar().actions()}
    assert menus["&Bestand"] == ["&Reservekopie maken…", "&Afsluiten"]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert "&Vernieuwen" in menus["Bee&ld"]
    assert menus["&Help"] == ["&Gebruikershandleiding", "&Over scope-desk"]


def test_status_bar_shows_where_the_data_lives_and_who_is_signed_in(make_window, store):
    window = make_window()
    assert window.data_location_label.text() == f"Gegevens: {store.describe()}"
    assert window.signed_in_label.text() == "Aangemeld als Kantoor (demo)"


def test_a_change_refreshes_the_visible_page_now_and_a_hidden_page_when_shown(make_window, two_pages, services):
    window = make_window()
    fake = window.show_page("fake")
    services.changes.emit(ChangeSet(pupils=True))
    assert fake.refreshed == 1
    window.show_page("dashboard")
    services.changes.emit(ChangeSet(consent=True))
    assert fake.refreshed == 1
    window.show_page("fake")
    assert fake.refreshed == 2


def test_a_page_that_cannot_be_built_shows_a_sentence_instead_of_closing_the_window(make_window, monkeypatch):
    pages = (PAGES[0], PageSpec("broken", "Kapot", "scope_desk.ui.pages.does_not_exist:Nothing", "Ctrl+2"))
    monkeypatch.setattr(main_window_module, "PAGES", pages)
    window = make_window()
    page = window.show_page("broken")
    assert isinstance(page, QLabel)
    assert page.text().startswith("Deze pagina kan niet worden geopend")


def test_window_size_is_remembered(make_window):
    window = make_window()
    window.resize(700, 520)
    window.close()
    again = make_window()
    assert (again.width(), again.height()) == (700, 520)
