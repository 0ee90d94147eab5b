"""Import a new protocol version: a file in the article notation and the date it takes effect.

Validates in ``accept()``: the file must exist and read as a protocol, the date must be free; then
hands the request to the service (``submit``) and stays open with one clear sentence if it refuses.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from scope_desk.errors import DomainError
from scope_desk.protocol_text import NotationError, decode, parse
from scope_desk.services.protocol_types import VersionInfo, dutch_date


class ProtocolImportDialog(QDialog):
    def __init__(self, versions: list[VersionInfo], submit: Callable[[Path, date, str], VersionInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe protocolversie inlezen"))
        self.setObjectName("protocol_import_dialog")
        self._taken = {v.effective_on: v.label for v in versions}
        self._submit = submit
        self.imported: VersionInfo | None = None

        intro = QLabel(self.tr("Kies een Markdown- of tekstbestand met dezelfde artikelnotatie als het protocol "
                               "(## A. Titel, daaronder A.1 Tekst …) en de datum waarop de versie ingaat. "
                               "Oudere versies blijven leesbaar."))
        intro.setWordWrap(True)
        self.file_edit = QLineEdit(objectName="file_edit")
        self.file_edit.setPlaceholderText(self.tr("protocol-2027.md"))
        self.browse_button = QPushButton(self.tr("Bladeren…"), objectName="browse_button")
        self.browse_button.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.date_edit = QDateEdit(QDate.currentDate(), objectName="date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.label_edit = QLineEdit(objectName="label_edit")
        self.label_edit.setPlaceholderText(self.tr("standaard uit het bestand of het jaar"))
        self.error_label = QLabel("", objectName="error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Bestand"), file_row)
        form.addRow(self.tr("Geldig vanaf"), self.date_edit)
        form.addRow(self.tr("Versielabel"), self.label_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Inlezen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Protocolbestand kiezen"), "",
                                              self.tr("Protocoltekst (*.md *.txt);;Alle bestanden (*)"))
        if name:
            self.file_edit.setText(name)

    def _fail(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def accept(self) -> None:
        path = Path(self.file_edit.text().strip())
        if not self.file_edit.text().strip():
            return self._fail(self.tr("Kies eerst een bestand."))
        if not path.is_file():
            return self._fail(self.tr("Het bestand %1 bestaat niet.").replace("%1", str(path)))
        effective = self.date_edit.date().toPython()
        if effective in self._taken:
            return self._fail(self.tr("Op %1 gaat al versie %2 in; kies een andere datum.")
                              .replace("%1", dutch_date(effective)).replace("%2", self._taken[effective]))
        try:
            parse(decode(path.read_bytes(), path.name))
        except NotationError as exc:
            return self._fail(str(exc))
        except OSError as exc:
            return self._fail(self.tr("Het bestand kan niet worden gelezen: %1").replace("%1", exc.strerror or str(exc)))
        try:
            self.imported = self._submit(path, effective, self.label_edit.text().strip())
        except DomainError as exc:
            return self._fail(str(exc))
        super().accept()
