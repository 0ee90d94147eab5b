"""The Beheer page: tabs per role, accounts, the audit filter, purge preview, inzage; table models."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qt_compat import qt_api  # noqa: F401

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from privacy_world import build_privacy_world  # noqa: E402

from scope_desk.models.user import Role  # noqa: E402
from scope_desk.services.access import Actor, Grant  # noqa: E402
from scope_desk.services.accounts import AccountService  # noqa: E402
from scope_desk.services.container import Services  # noqa: E402
from scope_desk.services.passwords import HashParameters, Passwords  # noqa: E402
from scope_desk.ui.admin.models import AccountsTableModel, AuditTableModel, PlanTableModel, RequestsTableModel  # noqa: E402
from scope_desk.ui.pages.admin import AdminPage  # noqa: E402

FAST = Passwords(HashParameters(time_cost=1, memory_cost_kib=8, parallelism=1))


@pytest.fixture
def services(store):
    services = Services.over(store)
    services.accounts = AccountService(store, services.changes, passwords=FAST)
    return services


def _tab_titles(page: AdminPage) -> list[str]:
    return [page.tabs.tabText(i) for i in range(page.tabs.count())]


def test_tabs_follow_the_role(qtbot, services):
    w = build_privacy_world(services.store)
    board_admin = services.accounts.create_first_administrator("beheerder", "Anna Beheer", "correct paard batterij")
    page = AdminPage(services, board_admin)
    qtbot.addWidget(page)
    page.show()
    assert _tab_titles(page) == ["Accounts", "Logboek", "Bewaartermijnen", "Inzageverzoeken"]
    teacher = AdminPage(services, Actor(5, "Lotte", (Grant(Role.LEERKRACHT, w.school_id, w.class_id),)))
    qtbot.addWidget(teacher)
    assert teacher.tabs.count() == 0 and teacher.denied_label.text() == "Uw rol geeft geen toegang tot het beheer."
    apc = AdminPage(services, Actor(6, "Petra", (Grant(Role.ANTI_PEST, w.school_id),)))
    qtbot.addWidget(apc)
    assert apc.tabs.count() == 0


def test_page_heading_like_the_other_pages_for_every_role(qtbot, services):
    w = build_privacy_world(services.store)
    admin = services.accounts.create_first_administrator("beheerder", "Anna Beheer", "correct paard batterij")
    for actor in (admin, Actor(5, "Lotte", (Grant(Role.LEERKRACHT, w.school_id, w.class_id),))):
        page = AdminPage(services, actor)
        qtbot.addWidget(page)
        assert page.title_label.text() == "Beheer" and page.title_label.property("role") == "pageTitle"
        assert page.subtitle_label.text().startswith("Accounts en rollen, het logboek")
    page = AdminPage(services, admin)
    qtbot.addWidget(page)
    header = page.audit_tab.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.DescendingOrder)


def test_accounts_tab_resets_and_shows_the_temporary_password(qtbot, services):
    admin = services.accounts.create_first_administrator("beheerder", "Anna Beheer", "correct paard batterij")
    services.accounts.create_account(admin, "dir", "Dirk Directeur", "tijdelijk wachtwoord 1", [Grant(Role.DIRECTEUR, None)])
    page = AdminPage(services, admin)
    qtbot.addWidget(page)
    page.show()
    tab = page.accounts_tab
    assert [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())] == ["beheerder", "dir"]
    assert tab.model.index(1, 2).data() == "directeur (alle scholen)"
    tab.table.selectRow(1)
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    assert tab.message_label.text().startswith("Nieuw tijdelijk wachtwoord voor dir: "), tab.message_label.text()
    password = tab.message_label.text().split(": ")[1].split(" ")[0]
    assert services.accounts.sign_in("dir", password).name == "Dirk Directeur"
    assert services.accounts.must_change_password(services.accounts.sign_in("dir", password))


def test_audit_tab_filters_by_user_and_pupil(qtbot, services):
    w = build_privacy_world(services.store)
    admin = services.accounts.create_first_administrator("beheerder", "Anna Beheer", "correct paard batterij")
    services.subject_access.register(admin, w.pupils["mixed"], "ouder", date.today())
    page = AdminPage(services, admin)
    qtbot.addWidget(page)
    page.show()
    tab = page.audit_tab
    assert tab.model.rowCount() == 3  # first admin, login, request
    tab.pupil_edit.setText("noor van dijk")
    qtbot.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
    assert [tab.model.index(r, 2).data() for r in range(tab.model.rowCount())] == ["Inzageverzoek vastgelegd"]
    tab.pupil_edit.clear()
    qtbot.keyClicks(tab.user_edit, "nobody")
    qtbot.keyClick(tab.user_edit, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 0
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    assert tab.status_label.text() == "OK: logboek intact (3 regels gecontroleerd)."


def test_retention_tab_previews_before_it_removes(qtbot, services, monkeypatch):
    w = build_privacy_world(services.store)
    admin = services.accounts.create_first_administrator("beheerder", "Anna Beheer", "correct paard batterij")
    page = AdminPage(services, admin)
    qtbot.addWidget(page)
    page.show()
    tab = page.retention_tab
    assert tab.policy_spins["pupil"].value() == 730
    assert not tab.purge_button.isEnabled()
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)  # today: long after everyone left
    assert tab.purge_button.isEnabled()
    assert tab.summary_label.text().startswith("Te verwijderen: 3 leerlingen")
    assert tab.plan_model.index(0, 0).data() == "leerlingen"
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.purge_button, Qt.MouseButton.LeftButton)
    assert tab.message_label.text().startswith("Verwijderd")
    assert services.retention.plan_purge(admin).empty
    assert [h.title for h in services.retention.incidents_for_hold(admin)] == ["", ""]  # beheerder: no contents
    assert w.incidents["held"] in [h.incident_id for h in services.retention.incidents_for_hold(admin)]


def test_requests_tab_registers_and_exports(qtbot, services, tmp_path):
    w = build_privacy_world(services.store)
    director = Actor(2, "Dirk Directeur", (Grant(Role.DIRECTEUR, w.school_id),))
    page = AdminPage(services, director)
    qtbot.addWidget(page)
    page.show()
    tab = page.requests_tab
    qtbot.keyClicks(tab.pupil_search_edit, "dijk")
    qtbot.keyClick(tab.pupil_search_edit, Qt.Key.Key_Return)
    assert tab.pupil_combo.currentText() == "Noor van Dijk (1002, De Regenboog)"
    qtbot.keyClicks(tab.requested_by_edit, "moeder")
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    assert tab.message_label.text().startswith("Vastgelegd; uiterlijk beantwoorden op")
    tab.table.selectRow(0)
    tab.export(str(tmp_path))
    assert (tmp_path / "inzage-1002.pdf").exists() and (tmp_path / "inzage-1002.json").exists()


@pytest.mark.parametrize("model_class", [AccountsTableModel, AuditTableModel, RequestsTableModel, PlanTableModel])
def test_table_models_pass_the_model_tester(qtmodeltester, services, model_class):
    w = build_privacy_world(services.store)
    admin = services.accounts.create_first_administrator("beheerder", "Anna Beheer", "correct paard batterij")
    services.subject_access.register(admin, w.pupils["mixed"], "ouder", date.today())
    rows = {
        AccountsTableModel: lambda: services.accounts.list_accounts(admin),
        AuditTableModel: lambda: services.audit_trail.search(admin),
        RequestsTableModel: lambda: services.subject_access.requests(admin),
        PlanTableModel: lambda: list(services.retention.plan_purge(admin).lines),
    }[model_class]()
    model = model_class()
    model.set_rows(rows)
    assert model.rowCount() > 0
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
