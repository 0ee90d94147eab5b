"""Beheer › Logboek: filter the audit trail by user, pupil, action and date; verify the chain."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QCompleter, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout,
    QWidget,
)

from scope_desk.errors import DomainError
from scope_desk.services.audit_labels import codes_matching
from scope_desk.services.audit_trail import AuditFilter
from scope_desk.ui.admin.models import AuditTableModel, action_text, fit_columns


class AuditTab(QWidget):
    def __init__(self, services, actor, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.model = AuditTableModel(self)
        self.user_edit = QLineEdit(objectName="audit_user_edit")
        self.user_edit.setPlaceholderText(self.tr("deel van de naam"))
        self.pupil_edit = QLineEdit(objectName="audit_pupil_edit")
        self.pupil_edit.setPlaceholderText(self.tr("naam of leerlingnummer"))
        self.action_combo = QComboBox(objectName="audit_action_combo")
        self.action_combo.setEditable(True)  # pick a handeling, or type part of its name ("toestemming")
        self.action_combo.lineEdit().setPlaceholderText(self.tr("alle handelingen"))
        self.action_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # typed text is a search, not an item
        self.action_combo.lineEdit().returnPressed.connect(self.search)
        completer = self.action_combo.completer()  # suggest every name holding the typed text, fill in none
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._codes: list[str] = []
        self.from_check = QCheckBox(self.tr("vanaf"), objectName="audit_from_check")
        self.from_date = QDateEdit(QDate.currentDate().addDays(-30), objectName="audit_from_date")
        self.to_check = QCheckBox(self.tr("tot en met"), objectName="audit_to_check")
        self.to_date = QDateEdit(QDate.currentDate(), objectName="audit_to_date")
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.search_button = QPushButton(self.tr("Zoeken"), objectName="audit_search_button")
        self.verify_button = QPushButton(self.tr("Keten controleren"), objectName="audit_verify_button")
        self.status_label = QLabel("", objectName="audit_status")
        self.table = QTableView(objectName="audit_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # newest first, as searched
        self.table.horizontalHeader().setStretchLastSection(True)
        form = QFormLayout()
        form.addRow(self.tr("Gebruiker"), self.user_edit)
        form.addRow(self.tr("Leerling"), self.pupil_edit)
        form.addRow(self.tr("Handeling"), self.action_combo)
        dates = QHBoxLayout()
        for w in (self.from_check, self.from_date, self.to_check, self.to_date):
            dates.addWidget(w)
        dates.addStretch(1)
        form.addRow(self.tr("Datum"), dates)
        buttons = QHBoxLayout()
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.status_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.search_button.clicked.connect(self.search)
        self.user_edit.returnPressed.connect(self.search)
        self.pupil_edit.returnPressed.connect(self.search)
        self.verify_button.clicked.connect(self.verify)
        self.refresh()

    def chosen_actions(self) -> tuple[str, ...] | None:
        """The codes the Handeling field stands for: the picked one, or all whose name holds the typed text."""
        text = self.action_combo.currentText().strip()
        if not text:
            return None
        index = self.action_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return (self.action_combo.itemData(index),)
        return codes_matching(text, self._codes, label=action_text)

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            user_name=self.user_edit.text(), pupil=self.pupil_edit.text(), actions=self.chosen_actions(),
            date_from=self.from_date.date().toPython() if self.from_check.isChecked() else None,
            date_to=self.to_date.date().toPython() if self.to_check.isChecked() else None,
        )

    def refresh(self) -> None:
        current = self.action_combo.currentText()
        self.action_combo.blockSignals(True)
        self.action_combo.clear()
        self._codes = self.services.audit_trail.action_names(self.actor)
        self.action_combo.addItem("", None)
        for code in sorted(self._codes, key=lambda c: action_text(c).casefold()):
            self.action_combo.addItem(action_text(code), code)
            self.action_combo.setItemData(self.action_combo.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
        self.action_combo.setCurrentText(current)
        self.action_combo.blockSignals(False)
        self.search()

    def search(self) -> None:
        try:
            rows = self.services.audit_trail.search(self.actor, self.current_filter())
        except DomainError as exc:
            self.status_label.setText(str(exc))
            return
        self.model.set_rows(rows)
        fit_columns(self.table)
        self.status_label.setText(self.tr("%1 regels (nieuwste eerst, hoogstens 1000)").replace("%1", str(len(rows))))

    def verify(self) -> None:
        self.status_label.setText(self.services.audit_trail.verify(self.actor).line())
