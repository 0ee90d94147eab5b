"""The Incidenten page, driven like a principal would: an incident with two pupils, a guardian and a
witness, two conversations with agreements and a check-back, and a measure, all through the widgets.
Then the follow-up agenda and the dashboard list the check-back."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from fixtures.incident_world import fill_incident_world
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select, text

from scope_desk.models import AuditEvent, ConversationNote, Measure, Party
from scope_desk.models.user import Role
from scope_desk.services.container import Services
from scope_desk.ui.pages.incidents import IncidentsPage


@pytest.fixture
def world(store):
    return fill_incident_world(store)


@pytest.fixture
def services(store, tmp_path):
    services = Services.over(store)
    services.incidents.evidence_dir = tmp_path / "bewijs"
    return services


@pytest.fixture
def director(make_actor, world):
    return make_actor(Role.DIRECTEUR, world["school"], name="Directeur Wilgenhoek")


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {combo.objectName()}"
    combo.setCurrentIndex(index)


def add_party(qtbot, page, kind: str, role: str, search: str) -> None:
    click(qtbot, page.detail.add_party_button)
    dialog = page.detail.active_dialog
    choose(dialog.kind_combo, kind)
    choose(dialog.role_combo, role)
    qtbot.keyClicks(dialog.search_edit, search)
    assert dialog.results_list.count() == 1
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible(), dialog.error_label.text()


def log_conversation(qtbot, page, attendee_rows: list[int], notes: str, agreements: str, check_back: date) -> None:
    tab = page.detail.conversations_tab
    click(qtbot, tab.add_button)
    dialog = tab.active_dialog
    for row in attendee_rows:
        dialog.set_attendee_checked(row)
    qtbot.keyClicks(dialog.notes_edit, notes)
    qtbot.keyClicks(dialog.agreements_edit, agreements)
    dialog.check_back_edit.setDate(QDate(check_back.year, check_back.month, check_back.day))
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible(), dialog.error_label.text()


def test_record_an_incident_entirely_through_the_ui(qtbot, services, store, world, director):
    page = IncidentsPage(services, director)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()

    click(qtbot, page.new_button)
    dialog = page.detail.active_dialog
    ok = dialog.ok_button
    click(qtbot, ok)  # an empty title is refused in accept(): the dialog stays open
    assert dialog.isVisible() and "titel" in dialog.error_label.text()
    qtbot.keyClicks(dialog.title_edit, "Uitschelden in de groepsapp")
    choose(dialog.platform_combo, "WhatsApp")
    choose(dialog.category_combo, "Pesten")
    qtbot.keyClicks(dialog.description_edit, "Berichten in de klassenapp.")
    click(qtbot, ok)
    assert not dialog.isVisible()
    assert page.detail.title_label.text().endswith("Uitschelden in de groepsapp")
    assert page.list_model.rowCount() == 1

    page.detail.tabs.setCurrentIndex(1)
    add_party(qtbot, page, "Leerling", "Doelwit", "Sanne")
    add_party(qtbot, page, "Leerling", "Pleger", "Bakker")
    add_party(qtbot, page, "Ouder/verzorger", "Melder", "OuderSanne")
    add_party(qtbot, page, "Medewerker", "Getuige", "Ingrid")
    assert [page.detail.parties_tab.model.row_at(r).name for r in range(4)] == [
        "Sanne de Vries", "Daan Bakker", "OuderSanne de Vries", "Ingrid Veenstra"]

    page.detail.tabs.setCurrentIndex(2)
    today = date.today()
    log_conversation(qtbot, page, [0, 2], "Sanne vertelt wat er gebeurde.", "Melden als het weer gebeurt.", today)
    log_conversation(qtbot, page, [1], "Daan erkent de berichten.", "Berichten verwijderen.", today + timedelta(days=30))
    conversations = page.detail.conversations_tab.model
    assert conversations.rowCount() == 2
    assert "Melden als het weer gebeurt." in conversations.row_at(0).agreements

    page.detail.tabs.setCurrentIndex(3)
    click(qtbot, page.detail.add_measure_button)
    measure = page.detail.active_dialog
    choose(measure.kind_combo, "Waarschuwing")
    choose(measure.party_combo, "Daan Bakker (pleger)")
    click(qtbot, measure.ok_button)
    assert page.detail.measures_tab.model.rowCount() == 1

    with store.transaction() as s:
        assert s.scalar(select(func.count()).select_from(Party)) == 4
        assert s.scalar(select(func.count()).select_from(Measure)) == 1
        actions = set(s.scalars(select(AuditEvent.action)))
    assert {"incident.create", "incident.view", "incident.party.add", "conversation.create", "incident.measure.add"} <= actions

    # the follow-up agenda lists today's check-back (not the one in 30 days)
    page.tabs.setCurrentWidget(page.agenda)
    page.agenda.refresh()
    assert page.agenda.model.rowCount() == 1
    assert page.agenda.model.row_at(0).check_back_on == today
    assert "Uitschelden in de groepsapp" in page.agenda.model.data(page.agenda.model.index(0, 1))

    from scope_desk.ui.pages.dashboard import DashboardPage

    dashboard = DashboardPage(services, director)
    qtbot.addWidget(dashboard)
    model = dashboard.check_backs_model
    shown = [model.data(model.index(r, c)) for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert any("Uitschelden in de groepsapp" in str(text) for text in shown)


def test_note_edit_through_the_ui_keeps_the_earlier_version(qtbot, services, store, world, director):
    page = IncidentsPage(services, director)
    qtbot.addWidget(page)
    page.show()
    click(qtbot, page.new_button)
    dialog = page.detail.active_dialog
    qtbot.keyClicks(dialog.title_edit, "Nepaccount")
    click(qtbot, dialog.ok_button)
    page.detail.tabs.setCurrentIndex(1)
    add_party(qtbot, page, "Leerling", "Doelwit", "Fenna")
    page.detail.tabs.setCurrentIndex(2)
    log_conversation(qtbot, page, [0], "Eerste verslag", "Eerste afspraak", date.today())
    tab = page.detail.conversations_tab
    click(qtbot, tab.edit_notes_button)
    edit = tab.active_dialog
    edit.notes_edit.clear()
    qtbot.keyClicks(edit.notes_edit, "Tweede verslag")
    click(qtbot, edit.ok_button)
    assert edit.isVisible() and "reden" in edit.error_label.text().lower()
    qtbot.keyClicks(edit.reason_edit, "aangevuld na belletje")
    click(qtbot, edit.ok_button)
    assert not edit.isVisible()
    text = tab.text_view.toPlainText()
    assert "Tweede verslag" in text and "Eerste verslag" in text and "aangevuld na belletje" in text
    with store.transaction() as s:
        assert sorted(s.scalars(select(ConversationNote.notes))) == ["Eerste verslag", "Tweede verslag"]


def test_tampered_evidence_shows_as_altered(qtbot, services, store, world, director, tmp_path, monkeypatch):
    page = IncidentsPage(services, director)
    qtbot.addWidget(page)
    page.show()
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.detail.active_dialog.title_edit, "Schermafdruk")
    click(qtbot, page.detail.active_dialog.ok_button)
    source = tmp_path / "bericht.txt"
    source.write_text("origineel bericht")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), "")))
    page.detail.tabs.setCurrentIndex(4)
    click(qtbot, page.detail.evidence_tab.add_button)
    evidence = page.detail.evidence_tab
    assert evidence.model.data(evidence.model.index(0, 1)) == "gecontroleerd"
    assert "gecontroleerd" in evidence.hash_label.text()
    with store.transaction(write=True) as s:  # the bytes altered in the store, by raw SQL
        s.execute(text("UPDATE evidence_contents SET content = :data"), {"data": b"vervalst bericht"})
    page.detail.open_incident(page.detail.detail.id)
    assert evidence.model.data(evidence.model.index(0, 1)) == "GEWIJZIGD"
    assert "GEWIJZIGD" in evidence.hash_label.text() and "gecontroleerd" not in evidence.hash_label.text()


def test_roles_on_the_page(qtbot, services, world, make_actor):
    teacher = IncidentsPage(services, make_actor(Role.LEERKRACHT, world["school"]))
    qtbot.addWidget(teacher)
    assert teacher.tabs.count() == 0 and "geen toegang" in teacher.status_label.text()
    board = IncidentsPage(services, make_actor(Role.BESTUUR))
    qtbot.addWidget(board)
    assert [board.tabs.tabText(i) for i in range(board.tabs.count())] == ["Jaaroverzicht"]
    assert board.detail is None


def test_table_models_pass_the_model_tester(qtmodeltester, services, world, director):
    from fixtures.incident_samples import fill_incident_samples

    from scope_desk.ui.incidents import models

    ids = fill_incident_samples(services.incidents, director, world)
    detail = services.incidents.open_incident(director, ids[0])
    filled = [
        (models.IncidentTableModel(), services.incidents.list_incidents(director)),
        (models.PartyTableModel(), list(detail.parties)),
        (models.ConversationTableModel(), list(detail.conversations)),
        (models.MeasureTableModel(), list(detail.measures)),
        (models.AgendaTableModel(), services.incidents.follow_up_agenda(director, date(2026, 2, 20), "school")),
        (models.ChronologyTableModel(), services.incidents.pupil_chronology(director, world["sanne"])),
        (models.EvidenceTableModel(), []),
        (models.DepictedTableModel(), []),
    ]
    for model, rows in filled:
        if isinstance(model, models.IncidentTableModel):
            model.set_incidents(rows)
        else:
            model.set_rows(rows)
        qtmodeltester.check(model)
        model.sort(0, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model)
    incidents = models.IncidentTableModel()
    incidents.set_incidents(services.incidents.list_incidents(director))
    incidents.set_filter(text="groepschat")
    assert incidents.rowCount() == 1 and incidents.row_at(0).title == "Buitensluiten uit de groepschat"
