"""The passphrase of an encrypted database, asked at start before anything else opens.

``try_open(passphrase)`` (from app.py) opens the store; a wrong passphrase leaves the dialog open
with one sentence under the field, and nothing was changed on disk.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from scope_desk.errors import DomainError
from scope_desk.ui.dialogs.login import _FormDialog, _password_field


class PassphraseDialog(_FormDialog):
    def __init__(self, location: str, try_open: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Versleutelde database openen"), self.tr(
            "De database %1 is versleuteld. Geef het wachtwoord van de database (niet dat van uw account) "
            "om haar te openen.").replace("%1", location), parent)
        self.setObjectName("passphrase_dialog")
        self._try_open = try_open
        self.opened: object | None = None
        self.passphrase_edit: QLineEdit = _password_field("passphrase_edit")
        self.form.addRow(self.tr("Wachtwoord van de database"), self.passphrase_edit)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Openen"))

    def accept(self) -> None:
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.show_error(self.tr("Vul het wachtwoord van de database in."))
            return
        try:
            self.opened = self._try_open(passphrase)
        except DomainError as exc:
            self.passphrase_edit.selectAll()
            self.show_error(str(exc))
            return
        super().accept()
