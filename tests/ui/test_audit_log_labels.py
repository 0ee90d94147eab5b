"""Logboek: Dutch names for the actions (the code in a tooltip), and the filter by those names."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from privacy_world import build_privacy_world  # noqa: E402

from scope_desk.services.accounts import AccountService  # noqa: E402
from scope_desk.services.container import Services  # noqa: E402
from scope_desk.services.passwords import HashParameters, Passwords  # noqa: E402
from scope_desk.ui.pages.admin import AdminPage  # noqa: E402

FAST = Passwords(HashParameters(time_cost=1, memory_cost_kib=8, parallelism=1))


def _audit_tab(qtbot, store):
    services = Services.over(store)
    services.accounts = AccountService(store, services.changes, passwords=FAST)
    w = build_privacy_world(store)
    admin = services.accounts.create_first_administrator("beheerder", "Anna Beheer", "correct paard batterij")
    request = services.subject_access.register(admin, w.pupils["mixed"], "ouder", date.today())
    services.subject_access.complete(admin, request.id)
    page = AdminPage(services, admin)
    qtbot.addWidget(page)
    page.show()
    tab = page.audit_tab
    tab.page = page  # keep the page (and so the tab's model) alive
    return tab


def shown(tab) -> list[str]:
    return [tab.model.index(r, 2).data() for r in range(tab.model.rowCount())]


def test_actions_show_their_dutch_name_with_the_code_as_tooltip(qtbot, store):
    tab = _audit_tab(qtbot, store)
    assert shown(tab) == ["Inzageverzoek afgehandeld", "Inzageverzoek vastgelegd", "Aangemeld",
                          "Eerste beheerder aangemaakt"]
    assert tab.model.index(2, 2).data(Qt.ItemDataRole.ToolTipRole) == "auth.login"
    items = [tab.action_combo.itemText(i) for i in range(tab.action_combo.count())]
    assert items == ["", "Aangemeld", "Eerste beheerder aangemaakt", "Inzageverzoek afgehandeld",
                     "Inzageverzoek vastgelegd"]  # by name, not by code
    assert tab.action_combo.itemData(1, Qt.ItemDataRole.ToolTipRole) == "auth.login"


def test_filter_by_a_picked_name_or_by_typed_part_of_names(qtbot, store):
    tab = _audit_tab(qtbot, store)
    tab.action_combo.setCurrentIndex(tab.action_combo.findText("Inzageverzoek vastgelegd"))
    qtbot.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
    assert shown(tab) == ["Inzageverzoek vastgelegd"]
    tab.action_combo.setEditText("")
    qtbot.keyClicks(tab.action_combo.lineEdit(), "inzageverzoek")
    qtbot.keyClick(tab.action_combo.lineEdit(), Qt.Key.Key_Return)
    assert shown(tab) == ["Inzageverzoek afgehandeld", "Inzageverzoek vastgelegd"]
    tab.action_combo.setEditText("auth")  # a code prefix still works for those who know the codes
    qtbot.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
    assert shown(tab) == ["Aangemeld"]
    tab.action_combo.setEditText("bestaat niet")
    qtbot.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
    assert shown(tab) == []
    tab.action_combo.setEditText("")
    qtbot.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
    assert len(shown(tab)) == 4
