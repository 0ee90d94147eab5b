"""Signing in: the login dialog, the first-run 'create administrator' dialog, and a new password.

``sign_in_interactively(services)`` is what ``app.sign_in`` calls: first start → create the
administrator; otherwise the login dialog; a temporary password must be replaced before the
window opens.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from scope_desk.errors import DomainError
from scope_desk.services.access import Actor


def _password_field(name: str) -> QLineEdit:
    edit = QLineEdit(objectName=name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class _FormDialog(QDialog):
    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.intro_label = QLabel(intro, objectName="intro_label")
        self.intro_label.setWordWrap(True)
        self.form = QFormLayout()
        self.error_label = QLabel("", objectName="error_label")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)


class LoginDialog(_FormDialog):
    def __init__(self, accounts, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Aanmelden bij scope-desk"), self.tr("Meld u aan met uw gebruikersnaam en wachtwoord."), parent)
        self._accounts = accounts
        self.actor: Actor | None = None
        self.username_edit = QLineEdit(objectName="username_edit")
        self.password_edit = _password_field("password_edit")
        self.form.addRow(self.tr("Gebruikersnaam"), self.username_edit)
        self.form.addRow(self.tr("Wachtwoord"), self.password_edit)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Aanmelden"))

    def accept(self) -> None:
        if not self.username_edit.text().strip() or not self.password_edit.text():
            self.show_error(self.tr("Vul uw gebruikersnaam en wachtwoord in."))
            return
        try:
            self.actor = self._accounts.sign_in(self.username_edit.text(), self.password_edit.text())
        except DomainError as exc:
            self.password_edit.clear()
            self.show_error(str(exc))
            return
        super().accept()


class FirstAdministratorDialog(_FormDialog):
    def __init__(self, accounts, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Eerste beheerder aanmaken"), self.tr(
            "Er is nog geen account. Maak het account van de beheerder aan; de beheerder maakt daarna "
            "de accounts van directeuren, anti-pestcoördinatoren, leerkrachten en bestuur."), parent)
        self._accounts = accounts
        self.actor: Actor | None = None
        self.username_edit = QLineEdit(objectName="username_edit")
        self.display_name_edit = QLineEdit(objectName="display_name_edit")
        self.password_edit = _password_field("password_edit")
        self.repeat_edit = _password_field("repeat_edit")
        self.form.addRow(self.tr("Gebruikersnaam"), self.username_edit)
        self.form.addRow(self.tr("Naam (voor het logboek)"), self.display_name_edit)
        self.form.addRow(self.tr("Wachtwoord (minstens 12 tekens)"), self.password_edit)
        self.form.addRow(self.tr("Wachtwoord nogmaals"), self.repeat_edit)

    def accept(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            self.show_error(self.tr("De twee wachtwoorden zijn niet gelijk."))
            return
        try:
            self.actor = self._accounts.create_first_administrator(
                self.username_edit.text(), self.display_name_edit.text(), self.password_edit.text())
        except DomainError as exc:
            self.show_error(str(exc))
            return
        super().accept()


class ChangePasswordDialog(_FormDialog):
    def __init__(self, accounts, actor: Actor, forced: bool = False, parent: QWidget | None = None) -> None:
        intro = (self.tr("U bent aangemeld met een tijdelijk wachtwoord. Kies nu uw eigen wachtwoord.") if forced
                 else self.tr("Kies een nieuw wachtwoord van minstens 12 tekens."))
        super().__init__(self.tr("Wachtwoord wijzigen"), intro, parent)
        self._accounts = accounts
        self._actor = actor
        self.old_edit = _password_field("old_password_edit")
        self.new_edit = _password_field("new_password_edit")
        self.repeat_edit = _password_field("repeat_edit")
        self.form.addRow(self.tr("Huidig wachtwoord"), self.old_edit)
        self.form.addRow(self.tr("Nieuw wachtwoord"), self.new_edit)
        self.form.addRow(self.tr("Nieuw wachtwoord nogmaals"), self.repeat_edit)

    def accept(self) -> None:
        if self.new_edit.text() != self.repeat_edit.text():
            self.show_error(self.tr("De twee nieuwe wachtwoorden zijn niet gelijk."))
            return
        try:
            self._accounts.change_own_password(self._actor, self.old_edit.text(), self.new_edit.text())
        except DomainError as exc:
            self.show_error(str(exc))
            return
        super().accept()


def sign_in_interactively(services, parent: QWidget | None = None) -> Actor | None:
    accounts = services.accounts
    if accounts.needs_first_administrator():
        first = FirstAdministratorDialog(accounts, parent)
        return first.actor if first.exec() == QDialog.DialogCode.Accepted else None
    login = LoginDialog(accounts, parent)
    if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
        return None
    if accounts.must_change_password(login.actor):
        change = ChangePasswordDialog(accounts, login.actor, forced=True, parent=parent)
        if change.exec() != QDialog.DialogCode.Accepted:
            return None
    return login.actor
