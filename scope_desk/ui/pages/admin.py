"""Beheer: accounts, the audit log, retention and inzageverzoeken — each tab only for those allowed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from scope_desk.services.access import Permission


class AdminPage(QWidget):
    def __init__(self, services, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.tabs = QTabWidget(objectName="admin_tabs")
        self.accounts_tab = self.audit_tab = self.retention_tab = self.requests_tab = None
        if actor.can(Permission.MANAGE_ACCOUNTS):
            from scope_desk.ui.admin.accounts_tab import AccountsTab

            self.accounts_tab = AccountsTab(services, actor, self)
            self.tabs.addTab(self.accounts_tab, self.tr("Accounts"))
        if actor.can(Permission.VIEW_AUDIT):
            from scope_desk.ui.admin.audit_tab import AuditTab

            self.audit_tab = AuditTab(services, actor, self)
            self.tabs.addTab(self.audit_tab, self.tr("Logboek"))
        if actor.can(Permission.MANAGE_RETENTION):
            from scope_desk.ui.admin.retention_tab import RetentionTab

            self.retention_tab = RetentionTab(services, actor, self)
            self.tabs.addTab(self.retention_tab, self.tr("Bewaartermijnen"))
        if actor.can(Permission.MANAGE_SUBJECT_ACCESS):
            from scope_desk.ui.admin.requests_tab import RequestsTab

            self.requests_tab = RequestsTab(services, actor, self)
            self.tabs.addTab(self.requests_tab, self.tr("Inzageverzoeken"))
        layout = QVBoxLayout(self)
        if self.tabs.count():
            layout.addWidget(self.tabs)
        else:
            self.denied_label = QLabel(self.tr("Uw rol geeft geen toegang tot het beheer."), objectName="denied_label")
            layout.addWidget(self.denied_label)

    def refresh(self) -> None:
        for tab in (self.accounts_tab, self.audit_tab, self.retention_tab, self.requests_tab):
            if tab is not None:
                tab.refresh()
