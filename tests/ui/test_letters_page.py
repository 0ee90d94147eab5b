"""The Brieven page: preview, generating with progress and cancel, set-up checks, scanning slips back in."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from scope_desk.models.user import Role
from scope_desk.services import slip_codes
from scope_desk.services.container import Services
from scope_desk.services.round_types import ConsentState
from scope_desk.ui.letters.progress_model import ClassProgressTableModel
from scope_desk.ui.pages.letters import LettersPage
from tests.fixtures.round_world import populate

TODAY = date(2026, 9, 1)


@pytest.fixture
def setup_world(store, system_actor):
    services = Services.over(store)
    world = populate(store, pupils=10, classes=("Groep 3", "Groep 5a"), sibling_every=0)
    other = populate(store, brin="34CD", name="OBS De Vlinder", pupils=2, tag="V")
    setup = services.rounds.open_round(system_actor, world.school_id, world.year_label, deadline=date(2026, 12, 15),
                                       today=TODAY)
    other_setup = services.rounds.open_round(system_actor, other.school_id, other.year_label, today=TODAY)
    return services, world, setup, other, other_setup


def make_page(qtbot, services, actor) -> LettersPage:
    page = LettersPage(services, actor)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    index = page.school_combo.findText("OBS De Regenboog (12AB)")
    page.school_combo.setCurrentIndex(index)
    page.year_combo.setCurrentIndex(page.year_combo.findText("2026-2027"))
    return page


def test_preview_starts_with_an_explanation_then_renders_off_the_ui_thread(qtbot, setup_world, system_actor) -> None:
    services, _world, _setup, _other, _ = setup_world
    page = make_page(qtbot, services, system_actor)
    assert page.class_list.count() == 2
    assert "8 categorieën" in page.round_label.text()
    pane = page.preview_pane
    page.view_tabs.setCurrentWidget(pane)
    assert pane.currentIndex() == 0 and "klik op Voorbeeld" in pane.empty_label.text()
    assert pane.empty_button.isVisible()
    with qtbot.waitSignal(pane.ready, timeout=30_000) as ready:
        qtbot.mouseClick(pane.empty_button, Qt.MouseButton.LeftButton)
    assert ready.args == [3, 3]
    assert pane.currentIndex() == 1 and page.preview.document.pageCount() == 3
    assert "eerste 3 brieven" in page.result_label.text()
    # Another choice: the old preview is not shown as if it were the new one.
    page.per_family_check.setChecked(True)
    assert pane.currentIndex() == 0 and "gewijzigd" in pane.empty_label.text()
    with qtbot.waitSignal(pane.ready, timeout=30_000):
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert page.view_tabs.currentWidget() is pane and pane.currentIndex() == 1


def test_progress_and_deadline_are_shown_and_a_passed_deadline_blocks_nothing(qtbot, setup_world, system_actor,
                                                                              monkeypatch) -> None:
    services, _world, _setup, _other, _ = setup_world
    monkeypatch.setattr(LettersPage, "today", staticmethod(lambda: date(2026, 12, 1)))
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))  # as the app sets it
    try:
        page = make_page(qtbot, services, system_actor)
    finally:
        QLocale.setDefault(before)
    assert page.view_tabs.currentIndex() == 0 and page.progress_model.rowCount() == 2
    assert page.deadline_label.text().startswith("Strookjes inleveren vóór 15 december 2026 (nog 14 dagen)")
    monkeypatch.setattr(LettersPage, "today", staticmethod(lambda: date(2027, 1, 4)))
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:
        page.reload()
    finally:
        QLocale.setDefault(before)
    assert "De inleverdatum is verstreken op 15 december 2026" in page.deadline_label.text()
    assert "nieuwe inleverdatum" in page.deadline_label.text()
    page.reminder_check.setChecked(True)
    assert page.generate_button.isEnabled() and page.preview_button.isEnabled()


@pytest.mark.parametrize("size", [(1400, 900), (1280, 800)])
def test_progress_table_shows_every_column_at_office_screen_sizes(qtbot, setup_world, system_actor, size) -> None:
    from scope_desk.ui.main_window import MainWindow  # noqa: F401 - the page as it sits in the window

    services, _world, _setup, _other, _ = setup_world
    page = make_page(qtbot, services, system_actor)
    page.resize(size[0] - 220, size[1] - 90)  # the navigation column and the menu/status bars
    qtbot.waitExposed(page)
    table = page.progress_table
    header = table.horizontalHeader()
    used = sum(header.sectionSize(c) for c in range(page.progress_model.columnCount()))
    assert used <= table.viewport().width()
    for column in range(page.progress_model.columnCount()):
        title = page.progress_model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= table.fontMetrics().horizontalAdvance(title), title


def test_print_button_prints_the_written_pdf_page_by_page(qtbot, setup_world, system_actor, tmp_path,
                                                         monkeypatch) -> None:
    import subprocess

    from PySide6.QtPrintSupport import QPrinter

    services, _world, _setup, _other, _ = setup_world
    page = make_page(qtbot, services, system_actor)
    assert not page.print_button.isEnabled()
    job = page.generate(tmp_path / "brieven.pdf")
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: page.job is None)
    assert page.print_button.isEnabled()
    printed = tmp_path / "printer.pdf"

    def to_file(parent, path):  # the print dialog cannot be clicked offscreen: a PDF printer stands in
        from scope_desk.ui.letters.printing import PrintJob

        job = PrintJob(parent, path)
        job.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        job.printer.setOutputFileName(str(printed))
        job.printer.setFromTo(2, 4)
        return job

    import scope_desk.ui.pages.letters as letters_page

    monkeypatch.setattr(letters_page, "PrintJob", to_file)
    assert page.print_result(ask=False) is not None
    assert not page.print_button.isEnabled()  # one print job at a time
    qtbot.waitUntil(lambda: page.print_job is None, timeout=30_000)
    assert "3 pagina's naar de printer gestuurd" in page.result_label.text()
    info = subprocess.run(["pdfinfo", str(printed)], check=True, capture_output=True, text=True).stdout
    assert "Pages:           3" in info and "A4" in info


def test_generate_writes_the_file_and_reports(qtbot, setup_world, system_actor, tmp_path) -> None:
    services, world, _setup, _other, _ = setup_world
    page = make_page(qtbot, services, system_actor)
    page.class_list.item(1).setCheckState(Qt.CheckState.Unchecked)  # only Groep 3
    target = tmp_path / "brieven.pdf"
    job = page.generate(target)
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: page.job is None)
    assert target.exists()
    in_groep3 = sum(1 for c in world.pupil_class.values() if c == "Groep 3")
    assert page.result_label.text().startswith(f"{in_groep3} brieven met {in_groep3} strookjes")
    assert page.open_button.isEnabled() and page.generate_button.isEnabled()


def test_cancel_leaves_no_file_and_the_ui_usable(qtbot, setup_world, system_actor, tmp_path) -> None:
    services, _world, _setup, _other, _ = setup_world
    page = make_page(qtbot, services, system_actor)
    target = tmp_path / "afgebroken.pdf"
    target.write_bytes(b"vorige versie")
    job = page.generate(target)
    assert not page.generate_button.isEnabled()
    job.cancel()
    with qtbot.waitSignal(job.cancelled, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: page.job is None)
    assert target.read_bytes() == b"vorige versie"
    assert "Afgebroken" in page.result_label.text()
    assert page.generate_button.isEnabled()


def test_unknown_placeholder_is_refused_in_the_setup(qtbot, setup_world, system_actor) -> None:
    services, _world, setup, _other, _ = setup_world
    page = make_page(qtbot, services, system_actor)
    panel = page.setup_panel
    assert panel.signed_by_edit.text() == "A.B. de Jong"
    panel.letter_text_edit.setPlainText("Beste {ouders}, uw kind {kind}.")
    assert not panel.save()
    assert "{ouders}" in panel.status_label.text()
    panel.letter_text_edit.setPlainText("{aanhef},\n\nNieuwe tekst voor {kind}.")
    assert panel.save()
    assert services.rounds.find_setup(system_actor, setup.school_id, "2026-2027").letter_text.endswith("voor {kind}.")


def test_scanned_slip_opens_and_saves(qtbot, setup_world, system_actor) -> None:
    services, world, setup, _other, other_setup = setup_world
    page = make_page(qtbot, services, system_actor)
    page.tabs.setCurrentIndex(2)
    panel = page.returns_panel
    pupil_id = next(iter(world.pupils))
    code = slip_codes.encode(world.brin, setup.round_id, pupil_id)
    qtbot.keyClicks(panel.code_edit, code)
    qtbot.keyClick(panel.code_edit, Qt.Key.Key_Return)
    assert panel.child_label.text().startswith("Şeyma Yıldız · Groep 3")
    assert len(panel.groups) == len(setup.categories)
    panel.set_answer(setup.categories[0].id, True)
    panel.set_answer(setup.categories[1].id, False)
    assert panel.save()
    assert "opgeslagen" in panel.message_label.text()
    assert page.progress_model.totals() == (10, 1)
    assert "1 van 10" in page.progress_label.text()
    # another school's slip, then a damaged one
    other_code = slip_codes.encode("34CD", other_setup.round_id, 1)
    panel.code_edit.setText(other_code)
    panel.open_code()
    assert "andere school" in panel.message_label.text() and panel.slip is None
    panel.code_edit.setText(code[:-1] + ("0" if code[-1] != "0" else "1"))
    panel.open_code()
    assert "beschadigd" in panel.message_label.text()


def test_teacher_cannot_make_letters(qtbot, setup_world, make_actor) -> None:
    services, world, _setup, _other, _ = setup_world
    page = LettersPage(services, make_actor(Role.LEERKRACHT, world.school_id))
    qtbot.addWidget(page)
    assert page.school_combo.count() == 0
    assert not page.generate_button.isEnabled() and not page.preview_button.isEnabled()


def test_progress_model(qtmodeltester, setup_world, system_actor) -> None:
    services, _world, setup, _other, _ = setup_world
    model = ClassProgressTableModel()
    model.set_rows(services.rounds.progress(system_actor, setup.round_id))
    qtmodeltester.check(model)
    model.sort(ClassProgressTableModel.COL_CLASS, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Groep 5a"
    assert model.index(0, ClassProgressTableModel.COL_MISSING).data() == "5"


def test_slip_of_parents_living_apart_asks_whose_it_is(qtbot, setup_world, system_actor, store) -> None:
    from sqlalchemy import select, update

    from scope_desk.models import Guardian, PupilGuardian

    services, world, setup, _other, _ = setup_world
    pupil_id = next(iter(world.pupils))
    with store.transaction(write=True) as s:
        father = s.execute(select(PupilGuardian.guardian_id).where(PupilGuardian.pupil_id == pupil_id,
                                                                   PupilGuardian.position == 2)).scalar_one()
        s.execute(update(Guardian).where(Guardian.id == father).values(street="Molenweg", house_number="7"))
    page = make_page(qtbot, services, system_actor)
    page.tabs.setCurrentIndex(2)
    panel = page.returns_panel
    panel.code_edit.setText(slip_codes.encode(world.brin, setup.round_id, pupil_id))
    panel.open_code()
    assert panel.sender_combo.isVisible() and panel.sender_combo.count() == 3
    assert panel.sender_combo.currentData() is None  # nothing preselected: the office reads the slip
    assert panel.sender_hint.isVisible() and "2 strookjes" in panel.sender_hint.text()
    printed = [s.copy_of for letter in services.rounds.prepare_letters(system_actor, setup.round_id).letters
               for s in letter.slips if s.pupil_id == pupil_id]
    assert [panel.sender_combo.itemText(i) for i in (1, 2)] == printed  # the names printed beside the code
    assert printed[1].endswith("Molenweg 7")
    panel.set_answer(setup.categories[0].id, False)
    assert not panel.save()
    message = panel.message_label.text()
    assert "verschillende adressen" in message and message.endswith(".") and ". " not in message  # one sentence
    again = services.rounds.open_slip(system_actor, panel.code_edit.text(), world.school_id)
    assert set(again.current) == {ConsentState.NOT_RETURNED}  # nothing recorded
    panel.sender_combo.setCurrentIndex(2)
    assert panel.save()
    # A child of one household: no choice shown.
    panel.code_edit.setText(slip_codes.encode(world.brin, setup.round_id, list(world.pupils)[1]))
    panel.open_code()
    assert panel.slip is not None and not panel.sender_combo.isVisible()
