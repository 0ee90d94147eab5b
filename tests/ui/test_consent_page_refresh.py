"""The Toestemmingen page follows changes made elsewhere (a slip on the Brieven page, an import)
through the main window's change signals, keeping the class and the cell the cursor is on."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).parents[1] / "unit"))
from consent_helpers import build_world  # noqa: E402

from scope_desk.services.consent_types import ConsentState, DecisionEntry  # noqa: E402
from scope_desk.services.container import Services  # noqa: E402
from scope_desk.ui.consent_model import ConsentTableModel  # noqa: E402
from scope_desk.ui.main_window import MainWindow  # noqa: E402

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


@pytest.fixture
def window(qtbot, store, system_actor):
    world = build_world(store, pupils_per_class=4, classes=("Groep 5a", "Groep 6"))
    services = Services.over(store)
    win = MainWindow(services, system_actor)
    qtbot.addWidget(win)
    win.show()
    page = win.show_page("consent")
    return win, page, world, services


def cell_text(page, pupil_id: int, category: int = 0) -> str:
    row = page.model.row_of_pupil(pupil_id)
    return page.model.data(page.model.index(row, ConsentTableModel.COL_FIRST_CATEGORY + category))


def test_a_slip_saved_elsewhere_shows_at_once_and_the_cursor_stays(qtbot, window, system_actor):
    _win, page, world, services = window
    page.class_combo.setCurrentIndex(page.class_combo.findData(world.class_ids[1]))
    page.grid.setCurrentIndex(page.model.index(2, ConsentTableModel.COL_FIRST_CATEGORY + 1))
    kept = page.model.row_at(2).pupil_id
    target = world.pupil_ids[5]  # in Groep 6
    assert cell_text(page, target) == "?"
    # what the Brieven page does when a scanned slip is ticked off
    services.consent.record(system_actor, [DecisionEntry(target, c, ConsentState.REFUSED, date.today())
                                           for c in world.category_ids])
    qtbot.waitUntil(lambda: cell_text(page, target) == "✗")
    assert page.class_combo.currentData() == world.class_ids[1]
    assert page.model.row_at(page.grid.currentIndex().row()).pupil_id == kept
    assert page.grid.currentIndex().column() == ConsentTableModel.COL_FIRST_CATEGORY + 1


def test_an_import_shows_the_new_pupils(qtbot, window, system_actor):
    _win, page, world, services = window
    page.class_combo.setCurrentIndex(0)  # Alle groepen
    before = page.model.rowCount()
    table = services.pupil_import.read(FIXTURES / "parnassys_semicolon_bom.csv")
    services.pupil_import.apply(system_actor, table, "12AB", "2026-2027", full_export=False)
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 3)
    assert any(page.class_combo.itemText(i).startswith("Groep 3") for i in range(page.class_combo.count()))


def test_own_keystrokes_do_not_reload_the_whole_grid(qtbot, window):
    _win, page, _world, _services = window
    resets = []
    page.model.modelReset.connect(lambda: resets.append(1))
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_J)
    assert resets == []  # the row was updated in place; the cursor moved on
    assert page.grid.currentIndex().column() == ConsentTableModel.COL_FIRST_CATEGORY + 1
