"""Choose a role and where it applies (all schools, one school, or one class for a leerkracht)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from scope_desk.errors import DomainError
from scope_desk.services.access import ROLE_LABELS, Grant
from scope_desk.services.accounts import Role


class RoleDialog(QDialog):
    """With ``new_account`` also asks user name, name and a temporary password."""

    def __init__(self, accounts, actor, new_account: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuw account") if new_account else self.tr("Rol"))
        self._accounts = accounts
        self._actor = actor
        self.new_account = new_account
        self.grant: Grant | None = None
        form = QFormLayout()
        self.username_edit = QLineEdit(objectName="username_edit")
        self.display_name_edit = QLineEdit(objectName="display_name_edit")
        self.password_edit = QLineEdit(objectName="temporary_password_edit")
        if new_account:
            form.addRow(self.tr("Gebruikersnaam"), self.username_edit)
            form.addRow(self.tr("Naam"), self.display_name_edit)
            form.addRow(self.tr("Tijdelijk wachtwoord"), self.password_edit)
        self.role_combo = QComboBox(objectName="role_combo")
        for role in Role:
            self.role_combo.addItem(ROLE_LABELS[role], role)
        self.school_combo = QComboBox(objectName="school_combo")
        if actor.can_everywhere(accounts_permission()):
            self.school_combo.addItem(self.tr("alle scholen"), None)
        for school_id, name in accounts.school_choices(actor):
            self.school_combo.addItem(name, school_id)
        self.class_combo = QComboBox(objectName="class_combo")
        form.addRow(self.tr("Rol"), self.role_combo)
        form.addRow(self.tr("School"), self.school_combo)
        form.addRow(self.tr("Groep (alleen leerkracht)"), self.class_combo)
        self.role_combo.currentIndexChanged.connect(self._fill_classes)
        self.school_combo.currentIndexChanged.connect(self._fill_classes)
        self.error_label = QLabel("", objectName="error_label")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._fill_classes()

    def _fill_classes(self) -> None:
        self.class_combo.clear()
        school_id = self.school_combo.currentData()
        teacher = self.role_combo.currentData() is Role.LEERKRACHT
        self.class_combo.setEnabled(teacher and school_id is not None)
        if teacher and school_id is not None:
            for class_id, name in self._accounts.class_choices(self._actor, school_id):
                self.class_combo.addItem(name, class_id)

    def accept(self) -> None:
        role = self.role_combo.currentData()
        class_id = self.class_combo.currentData() if role is Role.LEERKRACHT else None
        self.grant = Grant(role, self.school_combo.currentData(), class_id)
        if self.new_account:
            try:
                self._accounts.create_account(self._actor, self.username_edit.text(), self.display_name_edit.text(),
                                              self.password_edit.text(), [self.grant])
            except DomainError as exc:
                self.error_label.setText(str(exc))
                return
        super().accept()


def accounts_permission():
    from scope_desk.services.access import Permission

    return Permission.MANAGE_ACCOUNTS
