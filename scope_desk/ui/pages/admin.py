"""Beheer: accounts, the audit log, retention and inzageverzoeken — each tab only for those allowed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from scope_desk.services.access import Permission
from scope_desk.ui.theme import PAGE_MARGINS


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
        self.title_label = QLabel(self.tr("Beheer"), objectName="title_label")
        self.title_label.setProperty("role", "pageTitle")
        self.subtitle_label = QLabel(self.tr("Accounts en rollen, het logboek van wie wat deed, bewaartermijnen en "
                                             "inzageverzoeken van ouders."), objectName="subtitle_label")
        self.subtitle_label.setProperty("role", "pageSubtitle")
        self.subtitle_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        if self.tabs.count():
            layout.addWidget(self.tabs, 1)
        else:
            self.denied_label = QLabel(self.tr("Uw rol geeft geen toegang tot het beheer."), objectName="denied_label")
            self.denied_label.setProperty("role", "emptyState")
            layout.addWidget(self.denied_label)
            layout.addStretch(1)

    def refresh(self) -> None:
        for tab in (self.accounts_tab, self.audit_tab, self.retention_tab, self.requests_tab):
            if tab is not None:
                tab.refresh()
