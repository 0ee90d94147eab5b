"""Category editor on the Toestemmingen page: add, rename and reorder in one transaction; only for
roles that manage rounds; the dialog refuses empty and duplicate names in accept()."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).parents[1] / "unit"))
from consent_helpers import build_world  # noqa: E402

from scope_desk.errors import NotAllowed  # noqa: E402
from scope_desk.services.access import Actor, Grant, Role  # noqa: E402
from scope_desk.services.container import Services  # noqa: E402
from scope_desk.ui.consent_dialogs import CategoryEditorDialog  # noqa: E402
from scope_desk.ui.consent_model import ConsentTableModel  # noqa: E402
from scope_desk.ui.pages.consent import ConsentPage  # noqa: E402


@pytest.fixture
def page(qtbot, store, system_actor):
    world = build_world(store, pupils_per_class=3, classes=("Groep 5a",))
    services = Services.over(store)
    widget = ConsentPage(services, system_actor)
    qtbot.addWidget(widget)
    widget.show()
    return widget, world, services


def headers(widget) -> list[str]:
    m = widget.model
    return [m.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            for c in range(ConsentTableModel.COL_FIRST_CATEGORY, m.columnCount())]


def test_add_rename_and_reorder_from_the_page(qtbot, page, system_actor):
    widget, world, services = page
    assert widget.categories_button.isVisible()
    qtbot.mouseClick(widget.categories_button, Qt.MouseButton.LeftButton)
    dialog = widget.category_dialog
    assert dialog.isVisible()
    assert [label for _id, label in dialog.value()] == ["Website van de school", "Sociale media van de school", "Nieuwsbrief"]
    qtbot.keyClicks(dialog.new_edit, "Schoolkamp")
    qtbot.keyClick(dialog.new_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.category_list.count() == 4  # Enter added it, and did not press OK
    dialog.category_list.item(2).setText("Nieuwsbrief voor ouders")  # what a double-click edit does
    dialog.category_list.setCurrentRow(3)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)  # Schoolkamp before the newsletter
    dialog.category_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)  # the first cannot go higher
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    expected = ["Website van de school", "Sociale media van de school", "Schoolkamp", "Nieuwsbrief voor ouders"]
    assert headers(widget) == expected  # the grid shows the new columns at once
    stored = services.consent.get_round(system_actor, world.round_id).categories
    assert [c.label for c in stored] == expected
    assert [c.id for c in stored][:2] == world.category_ids[:2] and stored[3].id == world.category_ids[2]


def test_the_dialog_refuses_empty_and_duplicate_names(qtbot, page):
    widget, _world, _services = page
    dialog = CategoryEditorDialog(widget.registry.round.categories, "2026-2027")
    qtbot.addWidget(dialog)
    dialog.category_list.item(1).setText("website VAN de school")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and "twee keer" in dialog.error_label.text()
    dialog.category_list.item(1).setText("  ")
    dialog.accept()
    assert "naam nodig" in dialog.error_label.text()
    dialog.add_new()  # nothing typed
    assert dialog.category_list.count() == 3 and "Typ eerst" in dialog.error_label.text()


def test_only_roles_that_manage_rounds_see_the_editor(qtbot, store):
    world = build_world(store, pupils_per_class=2, classes=("Groep 5a",))
    services = Services.over(store)
    beheerder = Actor(user_id=None, name="Bea Beheer", grants=(Grant(Role.BEHEERDER, world.school_id),))
    teacher = Actor(user_id=None, name="Lars Leerkracht", grants=(Grant(Role.LEERKRACHT, world.school_id, world.class_ids[0]),))
    for actor, visible in ((beheerder, True), (teacher, False)):
        widget = ConsentPage(services, actor)
        qtbot.addWidget(widget)
        widget.show()
        assert widget.model.rowCount() == 2  # both may look at the class
        assert widget.categories_button.isVisible() is visible, actor.name
    with pytest.raises(NotAllowed):
        services.consent.edit_categories(teacher, world.round_id, [(i, "x") for i in world.category_ids])
