"""Extra ▸ Instellingen… (Ctrl+,): language, data location, backups, the idle lock and (tab Briefhoofd)
each school's letterhead, in one dialog.

The dialog validates in ``accept()`` and stays open with one clear sentence when something is
wrong. On success ``result`` holds the new user settings (already saved); the idle-lock minutes
are stored through the accounts service (for every PC; only an administrator may change them).
A changed data location applies at the next start; a changed language at once (the caller
rebuilds the window).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget,
)

from scope_desk import settings as settings_module
from scope_desk.errors import DomainError
from scope_desk.services.access import Actor, Permission
from scope_desk.settings import SPEC_BY_KEY, Settings
from scope_desk.ui.dialogs.letterhead_tab import LetterheadTab
from scope_desk.ui.language import LANGUAGE_NAMES


class SettingsDialog(QDialog):
    def __init__(self, services, actor: Actor, current: Settings, parent: QWidget | None = None,
                 settings_file: Path | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.current = services, actor, current
        self.settings_file = settings_file
        self.result: Settings | None = None
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Instellingen"))
        self.setMinimumWidth(640)

        self.language_combo = QComboBox(objectName="language_combo")
        for code in settings_module.LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current.language)))

        self.database_edit = QLineEdit(current.database, objectName="database_edit")
        self.database_edit.setPlaceholderText(self.tr("standaard: %1").replace("%1", str(_default_database())))
        self.backup_dir_edit = QLineEdit(current.backup_dir, objectName="backup_dir_edit")
        self.backup_dir_edit.setPlaceholderText(self.tr("standaard: %1").replace("%1", str(_default_backups())))
        browse = QPushButton(self.tr("Bladeren…"), objectName="backup_dir_browse")
        browse.clicked.connect(self._browse_backup_dir)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_dir_edit, 1)
        backup_row.addWidget(browse)
        self.backup_daily_check = QCheckBox(self.tr("Elke dag automatisch een reservekopie (bij het starten)"),
                                            objectName="backup_daily_check")
        self.backup_daily_check.setChecked(current.backup_daily)
        keep = SPEC_BY_KEY["backup_keep"]
        self.backup_keep_spin = QSpinBox(objectName="backup_keep_spin")
        self.backup_keep_spin.setRange(keep.minimum, keep.maximum)
        self.backup_keep_spin.setValue(current.backup_keep)
        idle = SPEC_BY_KEY["idle_lock_minutes"]
        self.idle_spin = QSpinBox(objectName="idle_spin")
        self.idle_spin.setRange(idle.minimum, idle.maximum)
        self.idle_spin.setSuffix(self.tr(" minuten"))
        self.idle_spin.setValue(services.accounts.idle_lock_minutes())
        self.idle_spin.setEnabled(actor.can(Permission.MANAGE_ACCOUNTS))

        general = QGroupBox(self.tr("Algemeen"), objectName="general_group")
        general_form = QFormLayout(general)
        general_form.addRow(self.tr("Taal"), self.language_combo)
        general_form.addRow(self.tr("Venster vergrendelen na"), self.idle_spin)
        data = QGroupBox(self.tr("Gegevens en reservekopieën"), objectName="data_group")
        data_form = QFormLayout(data)
        data_form.addRow(self.tr("Database (bestand of URL)"), self.database_edit)
        data_form.addRow(self.tr("Map voor reservekopieën"), backup_row)
        data_form.addRow("", self.backup_daily_check)
        data_form.addRow(self.tr("Automatische kopieën bewaren"), self.backup_keep_spin)
        note = QLabel(self.tr("Een andere database geldt vanaf de volgende start. Het briefhoofd (naam, adres, "
                              "logo) van elke school staat op het tabblad Briefhoofd."), objectName="settings_note")
        note.setWordWrap(True)
        self.error_label = QLabel("", objectName="error_label")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        general_tab = QWidget(objectName="general_tab")
        general_layout = QVBoxLayout(general_tab)
        for widget in (general, data, note):
            general_layout.addWidget(widget)
        general_layout.addStretch(1)
        self.letterhead_tab = LetterheadTab(services, actor)
        self.tabs = QTabWidget(objectName="settings_tabs")
        self.tabs.addTab(general_tab, self.tr("Algemeen"))
        self.tabs.addTab(self.letterhead_tab, self.tr("Briefhoofd"))
        layout = QVBoxLayout(self)
        for widget in (self.tabs, self.error_label, buttons):
            layout.addWidget(widget)

    def _browse_backup_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Map voor reservekopieën"), self.backup_dir_edit.text())
        if folder:
            self.backup_dir_edit.setText(folder)

    def chosen_language(self) -> str:
        return self.language_combo.currentData()

    def accept(self) -> None:  # noqa: D401 (Qt name)
        try:
            new = self.current.changed(
                language=self.chosen_language(), database=self.database_edit.text(),
                backup_dir=self.backup_dir_edit.text(), backup_daily=self.backup_daily_check.isChecked(),
                backup_keep=self.backup_keep_spin.value(),
            )
            self._check_database(new.database)
            self._check_backup_dir(new.backup_dir)
            self.letterhead_tab.save()
            if self.idle_spin.isEnabled() and self.idle_spin.value() != self.services.accounts.idle_lock_minutes():
                self.services.accounts.set_idle_lock_minutes(self.actor, self.idle_spin.value())
            settings_module.save(new, self.settings_file)
        except DomainError as exc:
            self.error_label.setText(str(exc))
            return
        except OSError as exc:
            self.error_label.setText(self.tr("De instellingen konden niet worden opgeslagen: %1").replace("%1", str(exc)))
            return
        self.result = new
        super().accept()

    def _check_database(self, value: str) -> None:
        from scope_desk.errors import InvalidInput

        if not value or "://" in value:
            if value and not value.split("://", 1)[0].startswith(("sqlite", "postgresql")):
                raise InvalidInput(self.tr("Een database-URL begint met sqlite:// of postgresql+psycopg://."))
            return
        if not Path(value).expanduser().parent.is_dir():
            raise InvalidInput(self.tr("De map van het databasebestand bestaat niet: %1")
                               .replace("%1", str(Path(value).expanduser().parent)))

    def _check_backup_dir(self, value: str) -> None:
        from scope_desk.errors import InvalidInput

        if value and not Path(value).expanduser().is_dir():
            raise InvalidInput(self.tr("De map voor reservekopieën bestaat niet: %1").replace("%1", value))


def _default_database() -> Path:
    from scope_desk.paths import default_database_path

    return default_database_path()


def _default_backups() -> Path:
    from scope_desk.paths import default_backup_dir

    return default_backup_dir()


def open_settings(window) -> None:
    """Show the dialog for ``window`` (a MainWindow); a changed language rebuilds the window at once."""
    current = settings_module.load()
    dialog = SettingsDialog(window.services, window.actor, current, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result is None:
        return
    if dialog.result.language != current.language:
        from scope_desk.ui.language import switch_language

        switch_language(window, dialog.result.language)
