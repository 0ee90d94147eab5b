"""The Brieven page: preview, generating with progress and cancel, set-up checks, scanning slips back in."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from scope_desk.models.user import Role
from scope_desk.services import slip_codes
from scope_desk.services.container import Services
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


def test_preview_shows_the_first_letters(qtbot, setup_world, system_actor) -> None:
    services, _world, _setup, _other, _ = setup_world
    page = make_page(qtbot, services, system_actor)
    assert page.class_list.count() == 2
    assert "8 categorieën" in page.round_label.text()
    assert page.show_preview() == 3
    assert page.preview.document.pageCount() == 3
    assert "eerste 3 brieven" in page.result_label.text()


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
    assert panel.sender_combo.itemText(2).endswith("Molenweg 7")
    panel.set_answer(setup.categories[0].id, False)
    assert not panel.save()
    assert "verschillende adressen" in panel.message_label.text()
    panel.sender_combo.setCurrentIndex(2)
    assert panel.save()
    # A child of one household: no choice shown.
    panel.code_edit.setText(slip_codes.encode(world.brin, setup.round_id, list(world.pupils)[1]))
    panel.open_code()
    assert panel.slip is not None and not panel.sender_combo.isVisible()
