"""The Incidenten page beyond recording: the dossier and yearly-report buttons (PDF path chosen in the
save dialog), the pupil chronology, the pupils shown in images with their consent on the posting date,
and the evidence preview."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from fixtures.incident_samples import fill_incident_samples
from fixtures.incident_world import fill_incident_world
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from scope_desk.models import AuditEvent
from scope_desk.models.user import Role
from scope_desk.services.container import Services
from scope_desk.services.incident_types import IncidentInput
from scope_desk.ui.pages.incidents import IncidentsPage

NAMES = ("Sanne", "Daan", "Fenna", "Vries", "Bakker", "Smit", "OuderSanne", "Ingrid", "Veenstra", "Omar", "Haddou")


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


@pytest.fixture
def samples(services, director, world):
    return fill_incident_samples(services.incidents, director, world)


def make_page(qtbot, services, actor) -> IncidentsPage:
    page = IncidentsPage(services, actor)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def select_incident(qtbot, page, title: str) -> None:
    model = page.list_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).title == title)
    rect = page.list_table.visualRect(model.index(row, 2))
    qtbot.mouseClick(page.list_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.detail.detail.title == title


def save_dialog_returns(monkeypatch, path: Path) -> list[str]:
    asked = []

    def fake(parent, caption, suggested, *args, **kwargs):
        asked.append(suggested)
        return str(path), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_dossier_button_writes_the_pdf_chosen_in_the_save_dialog(qtbot, services, director, samples, tmp_path, monkeypatch):
    page = make_page(qtbot, services, director)
    select_incident(qtbot, page, "Dreigend bericht na de gymles")
    out = tmp_path / "uit" / "dossier.pdf"
    out.parent.mkdir()
    asked = save_dialog_returns(monkeypatch, out)
    click(qtbot, page.detail.dossier_button)
    qtbot.waitUntil(lambda: "PDF opgeslagen" in page.status_label.text(), timeout=30000)
    assert asked and asked[0].endswith(f"incidentdossier-{page.detail.detail.id}.pdf")
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    assert "Dreigend bericht na de gymles" in text
    assert "Sanne de Vries" in text  # the dossier is the full record, names included
    assert str(out) in page.status_label.text()


def test_yearly_report_button_writes_an_anonymous_pdf(qtbot, services, director, samples, tmp_path, monkeypatch):
    page = make_page(qtbot, services, director)
    page.tabs.setCurrentWidget(page.overview)
    combo = page.overview.period_combo
    combo.setCurrentIndex(combo.findData("2025-2026"))
    assert "6 incidenten" in page.overview.summary_label.text()
    out = tmp_path / "jaaroverzicht.pdf"
    save_dialog_returns(monkeypatch, out)
    click(qtbot, page.overview.report_button)
    qtbot.waitUntil(lambda: "PDF opgeslagen" in page.status_label.text(), timeout=30000)
    text = pdf_text(out)
    assert "2025-2026" in text and "Pesten" in text and "WhatsApp" in text
    assert not [name for name in NAMES if name in text]
    assert "Dreigend bericht" not in text  # titles can name people: never in the anonymous overview


def test_save_dialog_cancelled_writes_nothing(qtbot, services, director, samples, tmp_path, monkeypatch):
    page = make_page(qtbot, services, director)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    click(qtbot, page.detail.dossier_button)
    assert page.job is None and list(tmp_path.glob("*.pdf")) == []


def test_pupil_chronology_from_the_search_and_from_the_parties_tab(qtbot, services, director, world, samples):
    page = make_page(qtbot, services, director)
    page.tabs.setCurrentWidget(page.chronology)
    panel = page.chronology
    qtbot.keyClicks(panel.search_edit, "Bakker")
    assert panel.results_list.count() == 1 and panel.results_list.item(0).text().startswith("Daan Bakker")
    item = panel.results_list.item(0)
    qtbot.mouseClick(panel.results_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.results_list.visualItemRect(item).center())
    assert "Daan Bakker" in panel.heading_label.text()
    model = panel.model
    days = [model.row_at(r).on for r in range(model.rowCount())]
    assert days == sorted(days) and len(days) == 6 * 3  # each sample: incident, conversation, measure
    assert model.data(model.index(0, 2)).endswith("Uitschelden in de klassenapp")
    # a double-click opens the incident on the Meldingen tab
    last = panel.table.visualRect(model.index(model.rowCount() - 1, 2)).center()
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=last)
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=last)
    assert page.tabs.currentIndex() == 0 and page.detail.detail.title == "Negatieve video over de school"

    # from the parties of an incident: pick Daan, "Tijdlijn van deze leerling"
    page.detail.tabs.setCurrentWidget(page.detail.parties_tab)
    table = page.detail.parties_tab.table
    row = next(r for r in range(table.model().rowCount()) if table.model().row_at(r).name == "Sanne de Vries")
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(row, 0)).center())
    click(qtbot, page.detail.chronology_button)
    assert page.tabs.currentWidget() is panel
    assert panel.model.rowCount() == 18 and "Sanne" in panel.heading_label.text()
    # a pupil never involved: said in words, not an empty table only
    panel.search_edit.clear()
    qtbot.keyClicks(panel.search_edit, "Fenna")
    item = panel.results_list.item(0)
    qtbot.mouseClick(panel.results_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.results_list.visualItemRect(item).center())
    assert panel.model.rowCount() == 0 and panel.heading_label.text() == "Tijdlijn: Fenna Smit — geen incidenten of gesprekken"


def test_images_without_consent_shows_each_pupils_state_on_the_posting_date(qtbot, services, director, world):
    incident_id = services.incidents.create_incident(director, IncidentInput(
        school_id=world["school"], title="Klassenfoto op Instagram", reported_on=date(2026, 2, 10),
        happened_on=date(2026, 2, 9), platform="Instagram", category="beeldmateriaal"))
    page = make_page(qtbot, services, director)
    assert page.detail.detail.id == incident_id
    page.detail.tabs.setCurrentWidget(page.detail.images_tab)
    tab = page.detail.images_tab
    assert "Kies de leerlingen" in tab.hint_label.text()
    click(qtbot, tab.choose_button)
    dialog = tab.active_dialog
    assert dialog.channel_combo.currentText() == "Sociale media"
    dialog.posted_on_edit.setDate(QDate(2026, 1, 20))  # before Sanne's parents withdrew consent (1 Feb 2026)
    pupils = dialog.pupils_list
    for row in range(pupils.count()):
        item = pupils.item(row)
        if item.text().startswith(("Sanne", "Daan", "Fenna")):
            item.setCheckState(Qt.CheckState.Checked)
    states = {pupils.item(r).text().split()[0]: dialog.consent_text(r) for r in range(pupils.count())}
    assert states == {"Daan": "geen toestemming (geweigerd)", "Fenna": "geen toestemming (niet ingeleverd)",
                      "Sanne": "toestemming"}
    dialog.posted_on_edit.setDate(QDate(2026, 2, 3))  # after the withdrawal: the states follow the date
    assert dialog.consent_text(next(r for r in range(pupils.count()) if pupils.item(r).text().startswith("Sanne"))) \
        == "geen toestemming (ingetrokken)"
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible(), dialog.error_label.text()

    model = tab.model
    shown = {model.row_at(r).name: model.data(model.index(r, 3)) for r in range(model.rowCount())}
    assert shown == {"Daan Bakker": "geen toestemming (geweigerd)", "Fenna Smit": "geen toestemming (niet ingeleverd)",
                     "Sanne de Vries": "geen toestemming (ingetrokken)"}
    assert "3 van 3" in tab.hint_label.text()


def audit_count(store, action: str) -> int:
    with store.transaction() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action))


def test_evidence_preview_shows_the_first_item_without_a_click(qtbot, services, store, director, world, tmp_path):
    incident_id = services.incidents.create_incident(director, IncidentInput(
        school_id=world["school"], title="Schermafdrukken", reported_on=date(2026, 2, 10),
        happened_on=date(2026, 2, 9), platform="Snapchat", category="bedreigen"))
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#cc3333"))
    shot = tmp_path / "schermafdruk.png"
    assert image.save(str(shot))
    note = tmp_path / "toelichting.txt"
    note.write_text("tekst van het bericht")
    services.incidents.add_evidence(director, incident_id, shot)
    services.incidents.add_evidence(director, incident_id, note)
    page = make_page(qtbot, services, director)
    assert page.detail.detail.id == incident_id
    evidence = page.detail.evidence_tab
    assert audit_count(store, "evidence.view") == 0  # not opened while nobody looks at the Bewijs tab
    page.detail.tabs.setCurrentWidget(evidence)
    assert evidence.table.currentIndex().row() == 0
    assert "schermafdruk.png" in evidence.hash_label.text() and "gecontroleerd" in evidence.hash_label.text()
    assert not evidence.preview_label.pixmap().isNull()
    assert audit_count(store, "evidence.view") == 1
    page.detail.tabs.setCurrentIndex(0)
    page.detail.tabs.setCurrentWidget(evidence)  # looking again at the same item opens nothing new
    assert audit_count(store, "evidence.view") == 1


def test_list_keeps_status_and_check_back_in_view_beside_the_detail(qtbot, services, director, samples):
    page = IncidentsPage(services, director)
    qtbot.addWidget(page)
    page.resize(1190, 880)  # the page in a 1400 px window, beside the navigation
    page.show()
    qtbot.waitExposed(page)
    table, header = page.list_table, page.list_table.horizontalHeader()
    visible = table.viewport().width()
    for column in range(5):  # Nr., Voorval, Omschrijving, Status, Terugkomen
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= visible, column
    metrics = table.fontMetrics()
    assert header.sectionSize(3) >= metrics.horizontalAdvance("In behandeling") + 16
    assert header.sectionSize(2) >= 150
    tabs = page.detail.tabs
    assert tabs.tabBar().sizeHint().width() <= tabs.width()  # all tabs in view, no scroll arrows

