"""The registry page: a class of 30 entered from the keyboard alone; the grid model passes qtmodeltester."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).parents[1] / "unit"))
from consent_helpers import build_world  # noqa: E402

from scope_desk.services.consent_types import ConsentState  # noqa: E402
from scope_desk.services.container import Services  # noqa: E402
from scope_desk.ui.consent_model import FILTER_REFUSAL, ConsentTableModel  # noqa: E402
from scope_desk.ui.pages.consent import ConsentPage  # noqa: E402


@pytest.fixture
def page(qtbot, store, system_actor):
    world = build_world(store, pupils_per_class=30, classes=("Groep 5a",))
    services = Services.over(store)
    widget = ConsentPage(services, system_actor)
    qtbot.addWidget(widget)
    widget.show()
    return widget, world, services


def test_a_class_of_30_is_entered_with_the_keyboard_only(qtbot, page, system_actor):
    widget, world, services = page
    widget.grid.setFocus()
    # pupil 1..30 in sorted order: even rows the whole slip "ja" (Shift+J), odd rows N, J, then O per cell
    for row in range(30):
        if row % 2 == 0:
            qtbot.keyClick(widget.grid, Qt.Key.Key_J, Qt.KeyboardModifier.ShiftModifier)
        else:
            for key in (Qt.Key.Key_N, Qt.Key.Key_J, Qt.Key.Key_O):
                qtbot.keyClick(widget.grid, key)
    registry = services.consent.registry(system_actor, world.round_id)
    rows = sorted(registry.rows, key=lambda r: r.sort_name)
    assert [tuple(c.state for c in r.cells) for r in rows] == [
        (ConsentState.GRANTED,) * 3 if i % 2 == 0 else (ConsentState.REFUSED, ConsentState.GRANTED, ConsentState.NOT_RETURNED)
        for i in range(30)
    ]
    # what the user sees: symbols in the grid, counts below it
    model = widget.model
    assert model.data(model.index(1, ConsentTableModel.COL_FIRST_CATEGORY)) == "✗"
    assert model.data(model.index(0, ConsentTableModel.COL_FIRST_CATEGORY)) == "✓"
    counts = widget.counts_model
    assert [counts.data(counts.index(0, c)) for c in range(counts.columnCount())] == ["Groep 5a", "30", "30", "15", "0"]


def test_filter_any_refusal_and_history(qtbot, page):
    widget, world, services = page
    widget.grid.setFocus()
    qtbot.keyClick(widget.grid, Qt.Key.Key_N)
    widget.filter_combo.setCurrentIndex(widget.filter_combo.findData(FILTER_REFUSAL))
    assert widget.model.rowCount() == 1
    history = widget.history_model
    assert history.data(history.index(0, 2)).splitlines()[0] == "geen toestemming"
    assert history.data(history.index(0, 1)) == "Website"  # the short label, as in the grid


def test_the_model_passes_qtmodeltester(qtmodeltester, page):
    widget, _world, _services = page
    qtmodeltester.check(widget.model)
    widget.model.set_filter("Kind1")
    qtmodeltester.check(widget.model)
    qtmodeltester.check(widget.counts_model)
    widget.grid.setFocus()
    widget._answer(ConsentState.GRANTED, False)
    assert widget.history_model.rowCount() == 1
    qtmodeltester.check(widget.history_model)


def test_category_headers_are_short_with_the_full_label_as_tooltip(page):
    from scope_desk.ui.consent_tables import short_header

    widget, _world, _services = page
    first = ConsentTableModel.COL_FIRST_CATEGORY
    assert widget.model.headerData(first, Qt.Orientation.Horizontal) == "Website"
    assert widget.model.headerData(first + 1, Qt.Orientation.Horizontal) == "Social\nmedia"
    assert widget.model.headerData(first, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Website van de school"
    assert short_header("newsletter", "Nieuwsbrief") == "Nieuws-\nbrief"
    assert short_header("x", "Kamp") == "Kamp"
    assert short_header("x", "Foto's op het schoolplein voor de jaarkalender") == "Foto's op\nhet scho…"


def test_history_shows_an_answer_without_gezag_as_not_counting(qtmodeltester):
    from datetime import date, datetime

    from scope_desk.services.consent_types import HistoryEntry, ReceivedVia
    from scope_desk.ui.consent_tables import HistoryTableModel

    model = HistoryTableModel()
    model.set_rows([HistoryEntry(1, 7, "Website van de school", "2026-2027", ConsentState.REFUSED, date(2026, 9, 2),
                                 ReceivedVia.PAPER, "P. Ouder", "Bea", datetime(2026, 9, 3, 10, 0), False, "", counts=False)])
    assert model.data(model.index(0, 2)).splitlines() == ["geen toestemming (telt niet: geen gezag)", "papier · P. Ouder"]
    assert "geen gezag" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(model)
