"""Beheer › Inzageverzoeken: register (due in one month), export JSON + PDF, mark as completed."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from scope_desk.errors import DomainError
from scope_desk.ui.admin.models import RequestsTableModel, fit_columns


class RequestsTab(QWidget):
    def __init__(self, services, actor, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.model = RequestsTableModel(self)
        self.table = QTableView(objectName="requests_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        new = QGroupBox(self.tr("Nieuw inzageverzoek"))
        self.pupil_search_edit = QLineEdit(objectName="pupil_search_edit")
        self.pupil_search_edit.setPlaceholderText(self.tr("zoek op naam of leerlingnummer en druk op Enter"))
        self.pupil_combo = QComboBox(objectName="pupil_combo")
        self.requested_by_edit = QLineEdit(objectName="requested_by_edit")
        self.received_date = QDateEdit(QDate.currentDate(), objectName="received_date")
        self.received_date.setCalendarPopup(True)
        self.received_date.setDisplayFormat("dd-MM-yyyy")
        self.register_button = QPushButton(self.tr("Vastleggen"), objectName="register_request_button")
        form = QFormLayout(new)
        form.addRow(self.tr("Leerling"), self.pupil_search_edit)
        form.addRow("", self.pupil_combo)
        form.addRow(self.tr("Aangevraagd door"), self.requested_by_edit)
        form.addRow(self.tr("Ontvangen op"), self.received_date)
        form.addRow("", self.register_button)
        self.export_button = QPushButton(self.tr("Gegevens exporteren (PDF en JSON)…"), objectName="export_button")
        self.complete_button = QPushButton(self.tr("Afgehandeld"), objectName="complete_button")
        self.message_label = QLabel("", objectName="requests_message")
        self.message_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.complete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(new)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        self.pupil_search_edit.returnPressed.connect(self.find_pupils)
        self.register_button.clicked.connect(self.register)
        self.export_button.clicked.connect(self.export)
        self.complete_button.clicked.connect(self.complete)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.services.subject_access.requests(self.actor))
        fit_columns(self.table)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def find_pupils(self) -> None:
        self.pupil_combo.clear()
        for choice in self.services.subject_access.find_pupils(self.actor, self.pupil_search_edit.text()):
            self.pupil_combo.addItem(choice.label, choice.id)
        if not self.pupil_combo.count():
            self.message_label.setText(self.tr("Geen leerling gevonden."))

    def register(self) -> None:
        pupil_id = self.pupil_combo.currentData()
        if pupil_id is None:
            self.message_label.setText(self.tr("Zoek en kies eerst de leerling."))
            return
        try:
            view = self.services.subject_access.register(self.actor, pupil_id, self.requested_by_edit.text(),
                                                         self.received_date.date().toPython())
        except DomainError as exc:
            self.message_label.setText(str(exc))
            return
        self.message_label.setText(self.tr("Vastgelegd; uiterlijk beantwoorden op %1.").replace(
            "%1", view.due_on.strftime("%d-%m-%Y")))
        self.requested_by_edit.clear()
        self.refresh()

    def export(self, folder: str | None = None) -> None:
        request = self.selected()
        if request is None or request.pupil_id is None:
            self.message_label.setText(self.tr("Kies eerst een verzoek van een leerling die nog in het systeem staat."))
            return
        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("Map voor de export"))
        if not folder:
            return
        try:
            json_path, pdf_path = self.services.subject_access.export(self.actor, request.pupil_id, folder)
        except DomainError as exc:
            self.message_label.setText(str(exc))
            return
        self.message_label.setText(self.tr("Geëxporteerd: %1 en %2").replace("%1", pdf_path.name).replace("%2", json_path.name))

    def complete(self) -> None:
        request = self.selected()
        if request is None:
            self.message_label.setText(self.tr("Kies eerst een verzoek in de lijst."))
            return
        try:
            self.services.subject_access.complete(self.actor, request.id)
        except DomainError as exc:
            self.message_label.setText(str(exc))
            return
        self.refresh()
