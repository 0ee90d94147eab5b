"""The Protocol page as a user drives it: search, hits, navigation, citations, versions, import, confirmations."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QUrl, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from scope_desk.db import open_store
from scope_desk.models.school import School, StaffMember
from scope_desk.models.user import Role, UserAccount
from scope_desk.services.access import SYSTEM_ACTOR, Actor, Grant
from scope_desk.services.container import Services
from scope_desk.services.protocol_types import Confirmation, ConfirmationRegister, VersionInfo
from scope_desk.ui.dialogs.protocol_register import ConfirmationTableModel
from scope_desk.ui.pages.protocol import ProtocolPage

SOURCE = Path(__file__).resolve().parents[1] / "fixtures" / "protocol-sociale-media-2012.txt"
NEW_VERSION = "## A. Alle gebruikers\nA.7 Alle betrokkenen nemen de fatsoensnormen in acht, ook in groepsapps.\n"


@pytest.fixture
def services(store):
    return Services.over(store)


def make_page(qtbot, services, actor=SYSTEM_ACTOR) -> ProtocolPage:
    page = ProtocolPage(services, actor)
    page.open_after_export = False
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def block_top(page: ProtocolPage, words: str) -> float:
    found = page.reader.document().find(words)
    assert not found.isNull(), words
    return page.reader.document().documentLayout().blockBoundingRect(found.block()).top()


def is_visible(page: ProtocolPage, words: str) -> bool:
    top = block_top(page, words)
    scroll = page.reader.verticalScrollBar().value()
    return scroll <= top <= scroll + page.reader.viewport().height()


def test_search_finds_every_occurrence_with_ctrl_f(qtbot, services):
    page = make_page(qtbot, services)
    expected = SOURCE.read_text(encoding="utf-8").lower().count("fatsoensnormen")
    assert expected == 4
    page.reader.setFocus()
    qtbot.keyClick(page.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    qtbot.keyClicks(page.search_edit, "Fatsoensnormen")
    assert len(page.highlighter.hits) == expected
    assert page.hit_label.text() == f"1 van {expected}"
    selections = page.reader.extraSelections()
    assert len(selections) == expected
    assert {selection.cursor.selectedText().lower() for selection in selections} == {"fatsoensnormen"}


def test_next_and_previous_move_through_the_hits(qtbot, services):
    page = make_page(qtbot, services)
    page.search_edit.setText("sociale media")
    total = len(page.highlighter.hits)
    assert total > 10
    first = page.reader.textCursor().position()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_F3)
    assert page.hit_label.text() == f"2 van {total}"
    assert page.reader.textCursor().position() > first
    qtbot.keyClick(page.search_edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert page.hit_label.text() == f"1 van {total}" and page.reader.textCursor().position() == first
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.hit_label.text() == f"{total} van {total}"  # wraps round to the last hit
    assert is_visible(page, page.reader.document().findBlock(page.reader.textCursor().position()).text()[:40])
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.hit_label.text() == f"1 van {total}"
    page.search_edit.setText("geen-woord-dat-voorkomt")
    assert page.hit_label.text() == "geen treffers" and page.reader.extraSelections() == []


def test_clicking_a_contents_entry_scrolls_to_the_article(qtbot, services):
    page = make_page(qtbot, services)
    assert not is_visible(page, "Bij handelen in strijd met dit protocol")
    item = page.toc_tree.topLevelItem(5).child(2)
    assert item.text(0).startswith("S.3")
    page.toc_tree.scrollToItem(item)
    qtbot.mouseClick(page.toc_tree.viewport(), Qt.MouseButton.LeftButton, pos=page.toc_tree.visualItemRect(item).center())
    assert page.reader.verticalScrollBar().value() > 0
    assert is_visible(page, "Bij handelen in strijd met dit protocol")
    item = page.toc_tree.topLevelItem(1)  # back up to Uitgangspunten
    qtbot.mouseClick(page.toc_tree.viewport(), Qt.MouseButton.LeftButton, pos=page.toc_tree.visualItemRect(item).center())
    assert is_visible(page, "SCOPE maakt gebruik van sociale media")


def test_copy_citation_from_contents_and_from_the_text(qtbot, services):
    page = make_page(qtbot, services)
    QGuiApplication.clipboard().clear()
    a7 = page.toc_tree.topLevelItem(3).child(6)
    page.toc_tree.setCurrentItem(a7)
    qtbot.mouseClick(page.copy_citation_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "SCOPE Protocol Sociale Media (versie 2012, 1 november 2012), artikel A.7"
    page.reader.anchorClicked.emit(QUrl("cite:B.5"))
    assert QGuiApplication.clipboard().text().endswith("), artikel B.5")
    assert "artikel B.5" in page.status_label.text()
    assert page.reader.toPlainText().count("Citaat kopiëren") == 23


def test_incident_counts_shown_when_offered_and_page_works_without(qtbot, services, monkeypatch):
    monkeypatch.setattr(services, "incidents", SimpleNamespace(count_by_article=lambda actor, version_id: {"A.7": 3, "A.5": 1}))
    page = make_page(qtbot, services)
    text = page.reader.toPlainText()
    assert "3 incidenten" in text and "1 incident" in text
    requested = []
    page.incidents_requested.connect(lambda code, version_id: requested.append((code, version_id)))
    page.reader.anchorClicked.emit(QUrl("incidents:A.7"))
    assert requested == [("A.7", page.document.version.id)]
    monkeypatch.setattr(services, "incidents", SimpleNamespace())
    page.refresh()
    assert "incident" not in page.reader.toPlainText()


def test_version_picker_and_what_changed(qtbot, services):
    page = make_page(qtbot, services)
    assert not page.diff_button.isEnabled()
    services.protocol.import_version(SYSTEM_ACTOR, NEW_VERSION.encode(), date(2012, 12, 1), label="2012-b")
    page.refresh()
    assert page.version_combo.count() == 2 and page.diff_button.isEnabled()
    assert "(van kracht)" in page.version_combo.itemText(0)
    page.version_combo.setCurrentIndex(0)
    assert "ook in groepsapps" in page.reader.toPlainText()
    assert page.search("fatsoensnormen") == 1
    page.version_combo.setCurrentIndex(1)
    assert "ook in groepsapps" not in page.reader.toPlainText() and "vervangen" in page.subtitle_label.text()
    dialog = page.show_diff()
    qtbot.addWidget(dialog)
    dialog.old_combo.setCurrentIndex(1)
    dialog.new_combo.setCurrentIndex(0)
    shown = dialog.diff_view.toPlainText()
    assert "A.7" in shown and "gewijzigd" in shown and "ook in groepsapps" in shown and "vervallen" in shown


def test_import_dialog_validates_in_accept(qtbot, services, tmp_path):
    page = make_page(qtbot, services)
    dialog = page.show_import()
    qtbot.addWidget(dialog)
    bad = tmp_path / "leeg.md"
    bad.write_text("Geen artikelen hier.\n", encoding="utf-8")
    dialog.file_edit.setText(str(bad))
    dialog.date_edit.setDate(date(2027, 8, 1))
    dialog.accept()
    assert dialog.isVisible() and "geen artikelen" in dialog.error_label.text().lower()
    good = tmp_path / "nieuw.md"
    good.write_text(NEW_VERSION, encoding="utf-8")
    dialog.file_edit.setText(str(good))
    dialog.date_edit.setDate(date(2012, 11, 1))
    dialog.accept()
    assert dialog.isVisible() and "gaat al versie 2012 in" in dialog.error_label.text()
    dialog.date_edit.setDate(date(2027, 8, 1))
    dialog.accept()
    assert not dialog.isVisible() and dialog.imported.label == "2027"
    assert [v.label for v in services.protocol.list_versions(SYSTEM_ACTOR)] == ["2027", "2012"]


def test_read_confirmation_of_the_signed_in_staff_member(qtbot, services, store):
    with store.transaction(write=True) as s:
        school = School(brin="01AB", name="De Noordster")
        s.add(school)
        s.flush()
        staff = StaffMember(first_name="Anna", surname="Jansen", school_id=school.id)
        s.add(staff)
        s.flush()
        account = UserAccount(username="anna", display_name="Anna Jansen", staff_member_id=staff.id)
        s.add(account)
        s.flush()
        actor = Actor(user_id=account.id, name="Anna Jansen", grants=(Grant(Role.LEERKRACHT, school.id),))
    page = make_page(qtbot, services, actor)
    assert page.confirm_button.isVisible() and not page.import_button.isVisible() and not page.register_button.isVisible()
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert not page.confirm_button.isVisible() and page.confirm_label.text().startswith("✓ U las deze versie op")
    services.protocol.import_version(SYSTEM_ACTOR, NEW_VERSION.encode(), date(2013, 1, 1), label="2013")
    page.refresh()  # the new version is in force: the question is asked again
    assert page.document.version.label == "2013" and page.confirm_button.isVisible()


def test_export_pdf_off_the_ui_thread(qtbot, services, tmp_path):
    page = make_page(qtbot, services)
    out = tmp_path / "protocol.pdf"
    with qtbot.waitSignal(page.export_finished, timeout=30_000) as blocker:
        page.export_pdf(out)
    assert blocker.args == [str(out)] and page.export_button.isEnabled()
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "A.7" in text and "Alle betrokkenen nemen de fatsoensnormen in acht." in text


def test_export_footer_names_the_users_school_or_the_board(qtbot, services, store, tmp_path):
    with store.transaction(write=True) as s:
        school = School(brin="01AB", name="De Noordster")
        s.add(school)
        s.flush()
        school_id = school.id
    footers = {}
    for who, actor in (("school", Actor(None, "Directeur", (Grant(Role.DIRECTEUR, school_id),))),
                       ("board", Actor(None, "Bestuurder", (Grant(Role.BESTUUR),)))):
        page = make_page(qtbot, services, actor)
        out = tmp_path / f"{who}.pdf"
        with qtbot.waitSignal(page.export_finished, timeout=30_000):
            page.export_pdf(out)
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        footers[who] = {line for line in text.splitlines() if "· Protocol Sociale Media ·" in line}
    assert footers["school"] == {"De Noordster · Protocol Sociale Media · versie 2012, geldig vanaf 1 november 2012"}
    assert footers["board"] == {"SCOPE · Protocol Sociale Media · versie 2012, geldig vanaf 1 november 2012"}


def test_confirmation_table_model(qtmodeltester):
    version = VersionInfo(1, "2012", "Protocol Sociale Media", date(2012, 11, 1), datetime.now(timezone.utc))
    rows = [Confirmation(1, "Jansen, Anna", 1, "De Noordster", "leerkracht", datetime(2025, 9, 1, tzinfo=timezone.utc), "x"),
            Confirmation(2, "Aalders, Bram", 1, "De Noordster", "directeur", None)]
    model = ConfirmationTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    model.sort(ConfirmationTableModel.COL_STATUS)
    assert model.data(model.index(0, 0)) == "Aalders, Bram" and model.data(model.index(0, 2)) == "nog niet"
    assert ConfirmationRegister(version, 1, "De Noordster", (rows[0],), (rows[1],)).pending[0].name == "Aalders, Bram"


def test_register_dialog_records_a_paper_confirmation(qtbot, services, store, tmp_path):
    with store.transaction(write=True) as s:
        school = School(brin="01AB", name="De Noordster")
        s.add(school)
        s.flush()
        s.add_all([StaffMember(first_name="Anna", surname="Jansen", school_id=school.id, function="leerkracht"),
                   StaffMember(first_name="Bram", surname="Aalders", school_id=school.id, function="directeur")])
    page = make_page(qtbot, services)
    dialog = page.show_register()
    qtbot.addWidget(dialog)
    assert dialog.summary_label.text().startswith("Versie 2012: 0 van 2")
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.summary_label.text().startswith("Versie 2012: 1 van 2")
    assert [c.recorded_by for c in dialog.register.confirmed] == [SYSTEM_ACTOR.name]
