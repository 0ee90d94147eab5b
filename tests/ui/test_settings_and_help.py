"""Extra ▸ Instellingen (Ctrl+,) validates in accept() and switches the language; F1 opens the guide."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from scope_desk import settings
from scope_desk.app import build_main_window, create_application
from scope_desk.services.access import Role
from scope_desk.services.container import Services
from scope_desk.ui.dialogs.settings_dialog import SettingsDialog
from scope_desk.ui.help_window import AboutDialog, HelpWindow, LICENCES


def test_settings_dialog_refuses_bad_input_and_saves_good_input(qtbot, store, make_actor, tmp_path):
    services = Services.over(store)
    path = tmp_path / "settings.json"
    dialog = SettingsDialog(services, make_actor(Role.BEHEERDER, None), settings.Settings(), settings_file=path)
    qtbot.addWidget(dialog)
    dialog.backup_dir_edit.setText(str(tmp_path / "does-not-exist"))
    dialog.accept()
    assert dialog.isVisible() is False and dialog.result is None
    assert "bestaat niet" in dialog.error_label.text() and not path.exists()
    dialog.database_edit.setText("mysql://server/db")
    dialog.backup_dir_edit.setText(str(tmp_path))
    dialog.accept()
    assert dialog.result is None and "sqlite://" in dialog.error_label.text()
    dialog.database_edit.setText("")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.backup_keep_spin.setValue(4)
    dialog.idle_spin.setValue(25)
    dialog.accept()
    assert dialog.result is not None and dialog.result.language == "en" and dialog.result.backup_keep == 4
    assert settings.load(path) == dialog.result
    assert services.accounts.idle_lock_minutes() == 25


def test_idle_minutes_are_read_only_for_a_teacher(qtbot, store, make_actor):
    services = Services.over(store)
    dialog = SettingsDialog(services, make_actor(Role.LEERKRACHT, None), settings.Settings())
    qtbot.addWidget(dialog)
    assert not dialog.idle_spin.isEnabled()


def test_menus_list_their_shortcuts_and_f1_opens_the_dutch_guide(qtbot, store, system_actor):
    create_application(lang="nl")
    window = build_main_window(Services.over(store), system_actor)
    qtbot.addWidget(window)
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    assert window.help_action.shortcut().toString() == "F1"
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_F1)
    help_window = window.help_window
    assert isinstance(help_window, HelpWindow) and help_window.isVisible()
    text = help_window.browser.toPlainText()
    assert "Toestemmingen (Ctrl+3)" in text and "Niet ingeleverd is nooit toestemming" in text
    assert "Consent (Ctrl+3)" in HelpWindow(lang="en").browser.toPlainText()


def test_about_names_version_data_location_and_every_bundled_licence(qtbot, store):
    from scope_desk import __version__

    about = AboutDialog(store.describe())
    qtbot.addWidget(about)
    text = about.text_label.text()
    assert __version__ in text and store.describe() in text
    for name, licence in LICENCES:
        assert name in text and licence in text
    assert {"Qt / PySide6", "SQLAlchemy", "ReportLab", "psycopg", "DejaVu-lettertypen"} <= {n for n, _ in LICENCES}
