"""Beheer › Accounts: list, new, reset password, disable/enable, add or withdraw a role, idle lock."""

from __future__ import annotations

import secrets

from PySide6.QtCore import Qt

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox, QTableView, QVBoxLayout, QWidget,
)

from scope_desk.errors import DomainError
from scope_desk.services.access import Permission
from scope_desk.ui.admin.models import AccountsTableModel, fit_columns
from scope_desk.ui.admin.role_dialog import RoleDialog

WORDS = ("appel", "boom", "fiets", "kikker", "lamp", "molen", "paraplu", "regen", "tulp", "vlinder", "wolk", "zon")


def temporary_password() -> str:
    return "-".join(secrets.choice(WORDS) for _ in range(3)) + str(secrets.randbelow(90) + 10)


class AccountsTab(QWidget):
    def __init__(self, services, actor, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.model = AccountsTableModel(self)
        self.table = QTableView(objectName="accounts_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.new_button = QPushButton(self.tr("Nieuw account…"), objectName="new_account_button")
        self.reset_button = QPushButton(self.tr("Wachtwoord resetten"), objectName="reset_password_button")
        self.active_button = QPushButton(self.tr("Uitschakelen / inschakelen"), objectName="toggle_active_button")
        self.add_role_button = QPushButton(self.tr("Rol toevoegen…"), objectName="add_role_button")
        self.remove_role_button = QPushButton(self.tr("Rol intrekken…"), objectName="remove_role_button")
        self.message_label = QLabel("", objectName="accounts_message")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.idle_spin = QSpinBox(objectName="idle_minutes_spin")
        self.idle_spin.setRange(1, 240)
        self.idle_spin.setSuffix(self.tr(" minuten"))
        self.idle_save_button = QPushButton(self.tr("Opslaan"), objectName="idle_save_button")
        buttons = QHBoxLayout()
        for b in (self.new_button, self.reset_button, self.active_button, self.add_role_button, self.remove_role_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        idle = QHBoxLayout()
        idle.addWidget(QLabel(self.tr("Venster vergrendelen na stilstand van")))
        idle.addWidget(self.idle_spin)
        idle.addWidget(self.idle_save_button)
        idle.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(idle)
        board = actor.can_everywhere(Permission.MANAGE_ACCOUNTS)
        self.idle_spin.setEnabled(board)
        self.idle_save_button.setEnabled(board)
        self.new_button.clicked.connect(self.new_account)
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.add_role_button.clicked.connect(lambda: self.change_role(add=True))
        self.remove_role_button.clicked.connect(lambda: self.change_role(add=False))
        self.idle_save_button.clicked.connect(self.save_idle_minutes)
        self.refresh()

    def refresh(self) -> None:
        AccountsTableModel.school_names = dict(self.services.accounts.school_choices(self.actor))
        self.model.set_rows(self.services.accounts.list_accounts(self.actor))
        fit_columns(self.table)
        self.idle_spin.setValue(self.services.accounts.idle_lock_minutes())

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _run(self, action, done: str) -> None:
        try:
            action()
        except DomainError as exc:
            self.message_label.setText(str(exc))
            return
        self.message_label.setText(done)
        self.refresh()

    def new_account(self) -> None:
        dialog = RoleDialog(self.services.accounts, self.actor, new_account=True, parent=self)
        dialog.password_edit.setText(temporary_password())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.message_label.setText(self.tr("Account %1 gemaakt met tijdelijk wachtwoord %2; bij de eerste aanmelding "
                                               "kiest de gebruiker een eigen wachtwoord.")
                                       .replace("%1", dialog.username_edit.text().strip().lower())
                                       .replace("%2", dialog.password_edit.text()))
            self.refresh()

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            self.message_label.setText(self.tr("Kies eerst een account in de lijst."))
            return
        password = temporary_password()
        self._run(lambda: self.services.accounts.reset_password(self.actor, account.id, password),
                  self.tr("Nieuw tijdelijk wachtwoord voor %1: %2 (de gebruiker kiest bij aanmelden een eigen wachtwoord).")
                  .replace("%1", account.username).replace("%2", password))

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            self.message_label.setText(self.tr("Kies eerst een account in de lijst."))
            return
        if account.active and QMessageBox.question(
                self, self.tr("Account uitschakelen"),
                self.tr("Account %1 uitschakelen? Het blijft bewaard (met zijn naam in het logboek) en kan weer worden "
                        "ingeschakeld.").replace("%1", account.username)) != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda: self.services.accounts.set_active(self.actor, account.id, not account.active),
                  self.tr("Account %1 is %2.").replace("%1", account.username)
                  .replace("%2", self.tr("ingeschakeld") if not account.active else self.tr("uitgeschakeld")))

    def change_role(self, add: bool) -> None:
        account = self.selected()
        if account is None:
            self.message_label.setText(self.tr("Kies eerst een account in de lijst."))
            return
        dialog = RoleDialog(self.services.accounts, self.actor, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.grant is None:
            return
        grants = set(account.grants)
        grants = grants | {dialog.grant} if add else grants - {dialog.grant}
        self._run(lambda: self.services.accounts.set_grants(self.actor, account.id, sorted(
            grants, key=lambda g: (g.role.value, g.school_id or 0, g.class_id or 0))), self.tr("Rollen bijgewerkt."))

    def save_idle_minutes(self) -> None:
        self._run(lambda: self.services.accounts.set_idle_lock_minutes(self.actor, self.idle_spin.value()),
                  self.tr("Opgeslagen; geldt vanaf de volgende aanmelding."))
