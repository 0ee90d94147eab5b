"""Leerlingen inlezen in the window: dry run, mapping dialog for an unknown layout (remembered),
reading, dry run and import off the UI thread, Cancel leaves the store unchanged and the dialog
usable, a broken file changes nothing."""

from __future__ import annotations

from pathlib import Path

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from scope_desk.models import AppSetting, Pupil, School
from scope_desk.services.container import Services
from scope_desk.services.pupil_import import ImportCancelled
from scope_desk.ui.consent_import.import_dialog import NEW_SCHOOL, ImportDialog
from scope_desk.ui.consent_import.plan_model import KIND_NEW, KIND_REJECTED, FilePreviewModel, PlanTableModel, plan_rows

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


def pupil_count(store) -> int:
    with store.transaction() as s:
        return s.execute(select(func.count()).select_from(Pupil)).scalar_one()


@pytest.fixture
def dialog(qtbot, store, system_actor):
    services = Services.over(store)
    widget = ImportDialog(services, system_actor)
    qtbot.addWidget(widget)
    widget.show()
    widget.school_combo.setCurrentIndex(widget.school_combo.findData(NEW_SCHOOL))
    qtbot.keyClicks(widget.brin_edit, "12AB")
    widget.year_combo.setCurrentText("2026-2027")
    return widget


def idle(qtbot, dialog) -> None:
    """Wait until the dialog's dry run (or import) has finished in its worker thread."""
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)


def load(qtbot, dialog, path) -> None:
    dialog.load_file(path)
    idle(qtbot, dialog)


def store_rows(store) -> tuple[int, int, int]:
    with store.transaction() as s:
        return tuple(s.execute(select(func.count()).select_from(t)).scalar_one() for t in (Pupil, School, AppSetting))


def shown_rows(model) -> list[tuple[str, ...]]:
    return [tuple(model.data(model.index(r, c)) for c in range(model.columnCount())) for r in range(model.rowCount())]


def test_known_layout_dry_run_then_import(qtbot, dialog, store):
    load(qtbot, dialog, FIXTURES / "parnassys_semicolon_bom.csv")
    assert dialog.mapping_dialog is None  # every column recognised: no mapping dialog
    assert "3 nieuw" in dialog.summary_label.text() and "er is nog niets veranderd" in dialog.summary_label.text()
    assert "School 12AB bestaat nog niet" in dialog.summary_label.text()
    rows = shown_rows(dialog.plan_model)
    assert [(r[0], r[1], r[2]) for r in rows] == [("nieuw", "2", "00017"), ("nieuw", "3", "00018"), ("nieuw", "4", "00019")]
    assert pupil_count(store) == 0  # the dry run changed nothing
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.job.finished, timeout=20_000):
        pass
    assert pupil_count(store) == 3
    assert dialog.summary_label.text().startswith("Geïmporteerd: 3 nieuw")
    assert not dialog.import_button.isEnabled()  # done: no second import by accident
    with store.transaction() as s:
        assert s.execute(select(School.brin)).scalars().all() == ["12AB"]


def test_unknown_layout_goes_through_the_mapping_dialog_and_is_remembered(qtbot, dialog, store, system_actor):
    load(qtbot, dialog, FIXTURES / "unknown_layout.csv")
    mapping = dialog.mapping_dialog
    assert mapping is not None and mapping.isVisible()
    assert mapping.preview_model.data(mapping.preview_model.index(0, 1)) == "Mila"  # first rows shown as they are
    qtbot.mouseClick(mapping.buttons.button(mapping.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert mapping.isVisible() and "Leerlingnummer" in mapping.error_label.text()  # accept() refused
    for header, field in (("ID", "leerlingnummer"), ("Kind voornaam", "first_name"), ("Kind familie", "surname"),
                          ("Jaargroepje", "class_name"), ("Geb", "birth_date")):
        mapping.set_field(header, field)
    mapping.set_field("Geb", "surname")  # the same field twice is refused too
    mapping.accept()
    assert "dubbel" in mapping.error_label.text()
    mapping.set_field("Geb", "birth_date")
    mapping.accept()
    assert not mapping.isVisible()
    idle(qtbot, dialog)
    assert "2 nieuw" in dialog.summary_label.text()
    # the next file with this layout needs no mapping
    again = ImportDialog(Services.over(store), system_actor)
    qtbot.addWidget(again)
    again.school_combo.setCurrentIndex(again.school_combo.findData(NEW_SCHOOL))
    again.brin_edit.setText("12AB")
    load(qtbot, again, FIXTURES / "unknown_layout.csv")
    assert again.mapping_dialog is None
    assert "2 nieuw" in again.summary_label.text()


def test_rejected_rows_are_listed_with_line_and_reason_and_block_the_import(qtbot, dialog, store):
    load(qtbot, dialog, FIXTURES / "bad_date.csv")
    rejected = [r for r in shown_rows(dialog.plan_model) if r[0] == "afgewezen"]
    assert rejected and rejected[0][1] == "3" and "datum" in rejected[0][5]
    assert not dialog.import_button.isEnabled()
    dialog.skip_check.setChecked(True)
    assert dialog.import_button.isEnabled()


def test_a_broken_file_gives_one_sentence_and_changes_nothing(qtbot, dialog, store):
    load(qtbot, dialog, FIXTURES / "bad_binary.csv")
    text = dialog.error_label.text()
    assert text.startswith("Regel") and text.count(".") <= 2 and "\n" not in text
    assert dialog.plan_model.rowCount() == 0 and not dialog.import_button.isEnabled()
    load(qtbot, dialog, FIXTURES / "does-not-exist.csv")
    assert "kan niet worden gelezen" in dialog.error_label.text()
    assert pupil_count(store) == 0


def test_cancel_during_the_import_leaves_the_store_unchanged(qtbot, dialog, store, tmp_path):
    big = tmp_path / "groot.csv"
    lines = ["Leerlingnummer;Roepnaam;Achternaam;Groep"] + [f"{n:05d};Kind;Achternaam{n};Groep {n % 8 + 1}" for n in range(6000)]
    big.write_text("\n".join(lines), encoding="utf-8")
    load(qtbot, dialog, big)
    assert "6000 nieuw" in dialog.summary_label.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    job = dialog.job
    seen = []

    def press_cancel_after_first_chunk(done, _total):  # runs in the worker: the cancel lands mid-write
        seen.append(done)
        if done > 0:
            job.cancel_event.set()

    job.worker.progressed.connect(press_cancel_after_first_chunk, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(job.cancelled, timeout=20_000):
        pass
    assert any(d > 0 for d in seen)  # some rows had been written inside the transaction
    assert pupil_count(store) == 0
    with store.transaction() as s:
        assert s.execute(select(func.count()).select_from(School)).scalar_one() == 0
    assert "afgebroken" in dialog.error_label.text() and "niets veranderd" in dialog.error_label.text()
    assert dialog.import_button.isEnabled()  # may try again


def test_the_cancel_button_of_the_progress_dialog_stops_the_worker(qtbot, dialog, store, tmp_path):
    big = tmp_path / "groot.csv"
    big.write_text("\n".join(["Leerlingnummer;Achternaam;Groep"] + [f"{n};A{n};G1" for n in range(4000)]), encoding="utf-8")
    load(qtbot, dialog, big)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    job = dialog.job
    cancel_button = job.dialog.findChild(QPushButton)
    assert cancel_button.text() == "Annuleren"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(job.cancelled, timeout=20_000):
        pass
    assert pupil_count(store) == 0


def slowed(monkeypatch, svc, name: str) -> threading.Event:
    """Make the service's ``name`` wait (in the worker) until the returned gate opens: a slow file."""
    gate = threading.Event()
    real = getattr(svc, name)

    def slow(*args, **kwargs):
        assert gate.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(svc, name, slow)
    return gate


def press_cancel_of(qtbot, job) -> None:
    qtbot.waitUntil(job.dialog.isVisible, timeout=5_000)  # a slow dry run shows its progress dialog
    cancel_button = job.dialog.findChild(QPushButton)
    assert cancel_button.text() == "Annuleren"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)


def test_reading_the_file_runs_off_the_ui_thread_and_cancel_leaves_the_dialog_usable(qtbot, dialog, store, monkeypatch):
    before = store_rows(store)
    gate = slowed(monkeypatch, dialog.svc, "read")
    dialog.load_file(FIXTURES / "parnassys_semicolon_bom.csv")
    job = dialog.job
    assert job is not None and not dialog.preview_button.isEnabled() and not dialog.import_button.isEnabled()
    press_cancel_of(qtbot, job)
    gate.set()
    idle(qtbot, dialog)
    assert "proefimport is afgebroken" in dialog.error_label.text() and "niets veranderd" in dialog.error_label.text()
    assert dialog.table is None and dialog.plan_model.rowCount() == 0 and not dialog.import_button.isEnabled()
    assert not job.dialog.isVisible()
    assert store_rows(store) == before
    load(qtbot, dialog, FIXTURES / "parnassys_semicolon_bom.csv")  # usable: the next file goes through
    assert "3 nieuw" in dialog.summary_label.text() and dialog.error_label.text() == ""
    assert dialog.import_button.isEnabled()


def test_cancel_during_the_dry_run_keeps_the_file_and_the_dry_run_can_be_repeated(qtbot, dialog, store, monkeypatch):
    load(qtbot, dialog, FIXTURES / "parnassys_semicolon_bom.csv")
    before = store_rows(store)
    gate = slowed(monkeypatch, dialog.svc, "preview")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    job = dialog.job
    assert job is not None and not dialog.import_button.isEnabled()
    press_cancel_of(qtbot, job)
    gate.set()
    idle(qtbot, dialog)
    assert "proefimport is afgebroken" in dialog.error_label.text()
    assert dialog.plan is None and dialog.plan_model.rowCount() == 0 and not dialog.import_button.isEnabled()
    assert dialog.table is not None and dialog.preview_button.isEnabled()  # the file is still there
    assert store_rows(store) == before
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    idle(qtbot, dialog)
    assert "3 nieuw" in dialog.summary_label.text() and dialog.import_button.isEnabled()


def test_a_dry_run_stops_between_rows_when_cancelled(qtbot, dialog, store, tmp_path):
    big = tmp_path / "groot.csv"
    big.write_text("\n".join(["Leerlingnummer;Achternaam;Groep"] + [f"{n};A{n};G1" for n in range(3000)]), encoding="utf-8")
    calls = []
    table = dialog.svc.read(big)

    def progress(done, total):  # what the job's report() answers once Cancel is pressed at row 500
        calls.append((done, total))
        return done < 500

    with pytest.raises(ImportCancelled):
        dialog.svc.preview(dialog.actor, table, "12AB", "2026-2027", progress=progress)
    assert calls == [(0, 3001), (500, 3001)]  # stopped at the first check after the cancel


def test_plan_and_preview_models_pass_qtmodeltester(qtbot, qtmodeltester, dialog):
    load(qtbot, dialog, FIXTURES / "bad_date.csv")
    model = dialog.plan_model
    qtmodeltester.check(model)
    model.set_kind(KIND_REJECTED)
    assert {model.data(model.index(r, 0)) for r in range(model.rowCount())} == {"afgewezen"}
    qtmodeltester.check(model)
    model.set_kind(KIND_NEW)
    model.sort(PlanTableModel.COL_NAME, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    table = dialog.table
    qtmodeltester.check(FilePreviewModel(table.headers, list(table.rows[:5])))
    assert plan_rows(dialog.plan)[0].kind == KIND_REJECTED


def test_the_consent_page_opens_the_import_for_its_school_and_year(qtbot, store, system_actor):
    import sys
    sys.path.insert(0, str(Path(__file__).parents[1] / "unit"))
    from consent_helpers import build_world

    from scope_desk.ui.pages.consent import ConsentPage

    build_world(store, pupils_per_class=3, classes=("Groep 5a",))
    page = ConsentPage(Services.over(store), system_actor)
    qtbot.addWidget(page)
    page.show()
    assert page.import_button.isVisible()
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.import_dialog
    assert dialog.isVisible()
    choice = page.round_combo.currentData()
    assert dialog.brin() == choice.brin and dialog.year_combo.currentText() == choice.year_label
