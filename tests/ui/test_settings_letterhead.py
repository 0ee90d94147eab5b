"""Instellingen ▸ Briefhoofd: a school's address and logo, saved through the dialog's OK."""

from __future__ import annotations

from io import BytesIO

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from scope_desk import settings
from scope_desk.models.school import School
from scope_desk.services.access import Role
from scope_desk.services.container import Services
from scope_desk.ui.dialogs.settings_dialog import SettingsDialog


@pytest.fixture
def schools(store):
    with store.transaction() as s:
        a = School(brin="11AA", name="De Regenboog", street="Dorpsstraat 1", postcode="1234 AB", city="Utrecht")
        b = School(brin="22BB", name="Het Kompas", city="Zeist")
        s.add_all([a, b])
        s.flush()
        return a.id, b.id


def open_dialog(qtbot, services, actor, tmp_path):
    dialog = SettingsDialog(services, actor, settings.Settings(), settings_file=tmp_path / "settings.json")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.letterhead_tab)
    return dialog, dialog.letterhead_tab


def choose(tab, school_id):
    tab.school_combo.setCurrentIndex(tab.school_combo.findData(school_id))


def retype(qtbot, edit, text):
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_change_address_and_logo_save_and_read_back(qtbot, store, schools, make_actor, tmp_path):
    a, b = schools
    services = Services.over(store)
    actor = make_actor(Role.BEHEERDER, None)
    dialog, tab = open_dialog(qtbot, services, actor, tmp_path)
    assert [tab.school_combo.itemText(i) for i in range(tab.school_combo.count())] == [
        "De Regenboog (11AA)", "Het Kompas (22BB)"]
    choose(tab, b)
    assert tab.brin_label.text() == "22BB" and tab.city_edit.text() == "Zeist"
    retype(qtbot, tab.street_edit, "Kerkplein 7")
    retype(qtbot, tab.postcode_edit, "3701ab")
    logo = tmp_path / "logo.png"
    Image.new("RGB", (900, 300), (200, 30, 30)).save(logo)
    tab.set_logo_file(logo)
    assert tab.logo_preview.pixmap() is not None and not tab.logo_preview.pixmap().isNull()
    choose(tab, a)  # looking at the other school keeps the edit
    assert tab.street_edit.text() == "Dorpsstraat 1"
    choose(tab, b)
    assert tab.street_edit.text() == "Kerkplein 7"
    qtbot.mouseClick(dialog.findChild(type(tab.logo_choose_button), "letterhead_logo_remove"), Qt.MouseButton.LeftButton)
    assert not tab.has_logo() and tab.logo_preview.text() == "geen logo"
    tab.set_logo_file(logo)
    dialog.accept()
    assert dialog.result is not None and not dialog.isVisible()
    head = services.schools.letterhead(actor, b)
    assert (head.street, head.postcode, head.city) == ("Kerkplein 7", "3701 AB", "Zeist")
    assert Image.open(BytesIO(head.logo)).size == (600, 200)
    assert services.schools.letterhead(actor, a).street == "Dorpsstraat 1"
    again, tab = open_dialog(qtbot, services, actor, tmp_path)
    choose(tab, b)
    assert tab.postcode_edit.text() == "3701 AB" and tab.has_logo()


def test_bad_postcode_keeps_dialog_open_and_changes_nothing(qtbot, store, schools, make_actor, tmp_path):
    a, _ = schools
    services = Services.over(store)
    actor = make_actor(Role.BEHEERDER, a)
    before = services.schools.letterhead(actor, a)
    dialog, tab = open_dialog(qtbot, services, actor, tmp_path)
    assert tab.school_combo.count() == 1
    retype(qtbot, tab.city_edit, "Amersfoort")
    retype(qtbot, tab.postcode_edit, "12345")
    dialog.accept()
    assert dialog.isVisible() and dialog.result is None
    assert dialog.error_label.text() == "'12345' is geen Nederlandse postcode; schrijf die als bijvoorbeeld 1234 AB."
    assert services.schools.letterhead(actor, a) == before
    assert not (tmp_path / "settings.json").exists()


def test_stale_edit_shows_changed_by_someone_else(qtbot, store, schools, make_actor, tmp_path):
    a, _ = schools
    services = Services.over(store)
    actor = make_actor(Role.BEHEERDER, a)
    dialog, tab = open_dialog(qtbot, services, actor, tmp_path)
    other = Services.over(store)  # another office PC
    theirs = other.schools.update_letterhead(actor, other.schools.letterhead(actor, a).changed(phone="030 123 45 67"))
    retype(qtbot, tab.street_edit, "Stationsweg 3")
    dialog.accept()
    assert dialog.isVisible() and dialog.result is None
    assert "door iemand anders gewijzigd" in dialog.error_label.text()
    assert services.schools.letterhead(actor, a) == theirs


def test_teacher_sees_no_letterhead_fields(qtbot, store, schools, make_actor, tmp_path):
    a, _ = schools
    dialog, tab = open_dialog(qtbot, Services.over(store), make_actor(Role.LEERKRACHT, a), tmp_path)
    assert tab.no_school_label.isVisible() and not tab.fields.isVisible()
    dialog.accept()
    assert dialog.result is not None
