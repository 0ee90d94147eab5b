"""The follow-up agenda (check-backs due this week and overdue) and the per-pupil chronology."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from scope_desk.errors import DomainError
from scope_desk.services.access import Actor
from scope_desk.services.incidents import IncidentService
from scope_desk.ui.incidents.detail_tabs import make_table
from scope_desk.ui.incidents.models import AgendaTableModel, ChronologyTableModel


class AgendaPanel(QWidget):
    incident_requested = Signal(int)

    def __init__(self, service: IncidentService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.actor = service, actor
        self.scope_combo = QComboBox(objectName="agenda_scope_combo")
        self.scope_combo.addItem(self.tr("Mijn gesprekken"), "mine")
        self.scope_combo.addItem(self.tr("Hele school"), "school")
        self.summary_label = QLabel(objectName="agenda_summary")
        self.summary_label.setProperty("role", "muted")
        self.model = AgendaTableModel(self)
        self.table = make_table("agenda_table", self.model)
        self.table.doubleClicked.connect(lambda index: self.incident_requested.emit(self.model.row_at(index.row()).incident_id))
        row = QHBoxLayout()
        title = QLabel(self.tr("Terugkomen deze week en te laat"))
        title.setProperty("role", "sectionTitle")
        row.addWidget(title)
        row.addStretch(1)
        row.addWidget(self.scope_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.refresh())

    def refresh(self, today: date | None = None) -> None:
        try:
            items = self.service.follow_up_agenda(self.actor, today or date.today(), self.scope_combo.currentData())
        except DomainError as exc:
            self.summary_label.setText(str(exc))
            self.model.set_rows([])
            return
        self.model.set_rows(items)
        overdue = sum(1 for i in items if i.overdue)
        self.summary_label.setText(
            self.tr("Niets om op terug te komen deze week.") if not items else
            self.tr("%1 terugkommoment(en), waarvan %2 te laat. Dubbelklik om het incident te openen.")
            .replace("%1", str(len(items))).replace("%2", str(overdue)))


class ChronologyPanel(QWidget):
    incident_requested = Signal(int)

    def __init__(self, service: IncidentService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.actor = service, actor
        self.school_combo = QComboBox(objectName="chronology_school_combo")
        try:
            for school in service.schools(actor):
                self.school_combo.addItem(school.name, school.id)
        except DomainError:
            pass
        self.search_edit = QLineEdit(objectName="chronology_search")
        self.search_edit.setPlaceholderText(self.tr("Zoek een leerling op naam of leerlingnummer"))
        self.results_list = QListWidget(objectName="chronology_results")
        self.results_list.setMaximumHeight(130)
        self.heading_label = QLabel(objectName="chronology_heading")
        self.heading_label.setProperty("role", "sectionTitle")
        self.model = ChronologyTableModel(self)
        self.table = make_table("chronology_table", self.model)
        self.table.doubleClicked.connect(lambda index: self.incident_requested.emit(self.model.row_at(index.row()).incident_id))
        row = QHBoxLayout()
        row.addWidget(self.school_combo)
        row.addWidget(self.search_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.results_list)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.table, 1)
        self.search_edit.textChanged.connect(lambda _t: self.search())
        self.results_list.itemActivated.connect(lambda item: self.show_pupil(item.data(Qt.ItemDataRole.UserRole), item.text()))
        self.results_list.itemClicked.connect(lambda item: self.show_pupil(item.data(Qt.ItemDataRole.UserRole), item.text()))

    def search(self) -> None:
        self.results_list.clear()
        if len(self.search_edit.text().strip()) < 2 or self.school_combo.currentData() is None:
            return
        try:
            options = self.service.search_pupils(self.actor, self.school_combo.currentData(), self.search_edit.text(), 20)
        except DomainError:
            return
        for option in options:
            item = QListWidgetItem(f"{option.name}   —   {option.detail}")
            item.setData(Qt.ItemDataRole.UserRole, option.id)
            self.results_list.addItem(item)

    def show_pupil(self, pupil_id: int, label: str = "") -> None:
        try:
            entries = self.service.pupil_chronology(self.actor, pupil_id)
        except DomainError as exc:
            self.heading_label.setText(str(exc))
            return
        heading = (self.tr("Tijdlijn: %1").replace("%1", label.split("   —")[0]) if label else
                   self.tr("Tijdlijn van de leerling"))
        if not entries:
            heading += " — " + self.tr("geen incidenten of gesprekken")
        self.heading_label.setText(heading)
        self.model.set_rows(entries)
