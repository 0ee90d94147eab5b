"""One incident: a header with its state and actions, and tabs Melding, Betrokkenen, Gesprekken,
Maatregelen, Bewijs and Beeldmateriaal. Dialogs are opened non-blocking (``active_dialog``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QTabBar, QTabWidget, QVBoxLayout, QWidget,
)

from scope_desk.errors import DomainError
from scope_desk.services.access import Actor, Permission
from scope_desk.services.incident_lists import (
    IMAGE_CATEGORY, KIND_LABELS, SEVERITY_LABELS, STATUS_LABELS, VISIBILITY_LABELS, IncidentStatus, category_label,
)
from scope_desk.services.incident_types import IncidentDetail
from scope_desk.services.incidents import IncidentService
from scope_desk.ui.incidents.detail_tabs import ConversationsTab, EvidenceTab, ImagesTab, TableTab, html_escape
from scope_desk.ui.incidents.followup_dialogs import MeasureDialog
from scope_desk.ui.incidents.incident_dialog import IncidentDialog
from scope_desk.ui.incidents.models import MeasureTableModel, PartyTableModel
from scope_desk.ui.incidents.party_dialog import PartyDialog
from scope_desk.ui.incidents.text import fmt_date, t


class IncidentDetailView(QWidget):
    changed = Signal()  # something was saved: the list should reload
    chronology_requested = Signal(int, str)  # pupil id, name
    dossier_requested = Signal(int)  # incident id

    def __init__(self, service: IncidentService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.actor = service, actor
        self.detail: IncidentDetail | None = None
        self.active_dialog = None
        self.can_write = actor.can(Permission.WRITE_INCIDENTS)
        self.title_label = QLabel(objectName="detail_title")
        self.title_label.setProperty("role", "sectionTitle")
        self.title_label.setWordWrap(True)
        self.meta_label = QLabel(objectName="detail_meta")
        self.meta_label.setProperty("role", "muted")
        self.error_label = QLabel(objectName="detail_error")
        self.error_label.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.edit_button = QPushButton(self.tr("Bewerken"), objectName="edit_button")
        self.status_button = QPushButton(objectName="status_button")
        self.dossier_button = QPushButton(self.tr("Dossier (PDF)"), objectName="dossier_button")
        self.meta_label.setWordWrap(True)
        header = QHBoxLayout()  # title and actions on one line, the facts below at full width
        header.addWidget(self.title_label, 1)
        for button in (self.edit_button, self.status_button, self.dossier_button):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        self.report_label = QLabel(objectName="report_label")
        self.report_label.setWordWrap(True)
        self.report_label.setOpenExternalLinks(False)
        self.report_label.setTextFormat(Qt.TextFormat.RichText)
        self.report_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_label.setStyleSheet("background: white; border: 1px solid #d9dee3; border-radius: 8px; padding: 12px;")
        self.parties_tab = TableTab(PartyTableModel(self), "parties_table",
                                    [("add_party_button", self.tr("Betrokkene toevoegen")),
                                     ("remove_party_button", self.tr("Verwijderen")),
                                     ("chronology_button", self.tr("Tijdlijn van deze leerling"))])
        self.conversations_tab = ConversationsTab(service, actor, self)
        self.measures_tab = TableTab(MeasureTableModel(self), "measures_table",
                                     [("add_measure_button", self.tr("Maatregel vastleggen"))])
        self.evidence_tab = EvidenceTab(service, actor, self)
        self.images_tab = ImagesTab(service, actor, self)
        self.tabs = QTabWidget(objectName="detail_tabs")
        report_scroll = QScrollArea(objectName="report_scroll")  # a long report scrolls instead of being cut off
        report_scroll.setWidget(self.report_label)
        report_scroll.setWidgetResizable(True)
        report_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs.addTab(report_scroll, self.tr("Melding"))
        self.tabs.addTab(self.parties_tab, self.tr("Betrokkenen"))
        self.tabs.addTab(self.conversations_tab, self.tr("Gesprekken"))
        self.tabs.addTab(self.measures_tab, self.tr("Maatregelen"))
        self.tabs.addTab(self.evidence_tab, self.tr("Bewijs"))
        self.tabs.addTab(self.images_tab, self.tr("In beeld"))
        self.tabs.setTabToolTip(5, self.tr("Beeldmateriaal zonder toestemming: de leerlingen die in beeld zijn"))
        self.empty_label = QLabel(self.tr("Kies links een incident, of leg een nieuw incident vast."), objectName="detail_empty")
        self.empty_label.setProperty("role", "emptyState")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addLayout(header)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)

        self.add_party_button = self.parties_tab.buttons["add_party_button"]
        self.remove_party_button = self.parties_tab.buttons["remove_party_button"]
        self.chronology_button = self.parties_tab.buttons["chronology_button"]
        self.add_measure_button = self.measures_tab.buttons["add_measure_button"]
        self.edit_button.clicked.connect(self.edit_incident)
        self.status_button.clicked.connect(self.advance_status)
        self.dossier_button.clicked.connect(lambda: self.detail and self.dossier_requested.emit(self.detail.id))
        self.add_party_button.clicked.connect(self.add_party)
        self.remove_party_button.clicked.connect(self.remove_party)
        self.chronology_button.clicked.connect(self._chronology)
        self.add_measure_button.clicked.connect(self.add_measure)
        for tab in (self.conversations_tab, self.evidence_tab, self.images_tab):
            tab.saved.connect(self.reload)
            tab.failed.connect(self.show_error)
        for button in (self.edit_button, self.status_button, self.add_party_button, self.remove_party_button,
                       self.add_measure_button):
            button.setVisible(self.can_write)
        self.show_incident(None)

    def wide_width(self) -> int:
        """The width at which the tabs of a usual incident (counts below 10, no 'In beeld') fit without
        scroll arrows; the page puts the list beside this view only when it has that much room."""
        probe = QTabBar()
        probe.setFont(self.tabs.tabBar().font())
        for text in (self.tr("Melding"), self.tr("Betrokkenen (%1)"), self.tr("Gesprekken (%1)"),
                     self.tr("Maatregelen (%1)"), self.tr("Bewijs (%1)")):
            probe.addTab(text.replace("%1", "8"))
        tabs = probe.sizeHint().width() + 4  # the tab widget's frame
        buttons = sum(b.sizeHint().width() for b in (self.edit_button, self.status_button, self.dossier_button))
        return max(tabs, buttons + 160)  # beside the buttons a title of a few words

    # ---- showing -----------------------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def open_incident(self, incident_id: int) -> None:
        try:
            self.show_incident(self.service.open_incident(self.actor, incident_id))
            self.show_error("")
        except DomainError as exc:
            self.show_incident(None)
            self.show_error(str(exc))

    def reload(self) -> None:
        if self.detail is not None:
            self.open_incident(self.detail.id)
        self.changed.emit()

    def show_incident(self, d: IncidentDetail | None) -> None:
        self.detail = d
        has = d is not None
        self.empty_label.setVisible(not has)
        for widget in (self.title_label, self.meta_label, self.tabs, self.dossier_button):
            widget.setVisible(has)
        for widget in (self.edit_button, self.status_button):
            widget.setVisible(has and self.can_write)
        if d is None:
            return
        self.title_label.setText(f"{d.id} · {d.title}")
        self.meta_label.setText(" · ".join([d.school_name, t(STATUS_LABELS[d.status]), t(category_label(d.category)),
                                            d.platform, f"{self.tr('voorval')} {fmt_date(d.happened_on)}"]))
        self.status_button.setText({IncidentStatus.NEW: self.tr("In behandeling nemen"),
                                    IncidentStatus.IN_PROGRESS: self.tr("Afsluiten"),
                                    IncidentStatus.CLOSED: self.tr("Heropenen")}[d.status])
        self.report_label.setText(self._report_html(d))
        self.parties_tab.model.set_rows(list(d.parties))
        self.conversations_tab.show_incident(d)
        self.measures_tab.model.set_rows(list(d.measures))
        self.evidence_tab.show_incident(d)
        self.images_tab.show_incident(d)
        # A count only when there is something: the six tabs must fit beside the list.
        for index, plain, counted, rows in ((1, self.tr("Betrokkenen"), self.tr("Betrokkenen (%1)"), d.parties),
                                            (2, self.tr("Gesprekken"), self.tr("Gesprekken (%1)"), d.conversations),
                                            (3, self.tr("Maatregelen"), self.tr("Maatregelen (%1)"), d.measures),
                                            (4, self.tr("Bewijs"), self.tr("Bewijs (%1)"), d.evidence),
                                            (5, self.tr("In beeld"), self.tr("In beeld (%1)"), d.depicted)):
            self.tabs.setTabText(index, counted.replace("%1", str(len(rows))) if rows else plain)
        self.tabs.setTabVisible(5, d.category == IMAGE_CATEGORY or bool(d.depicted))  # only for images

    def _report_html(self, d: IncidentDetail) -> str:
        rows = [(self.tr("Soort"), t(KIND_LABELS[d.kind])), (self.tr("Gemeld op"), fmt_date(d.reported_on)),
                (self.tr("Voorval op"), fmt_date(d.happened_on)), (self.tr("Gemeld door"), d.reported_by or "—"),
                (self.tr("Platform"), d.platform), (self.tr("Categorie"), t(category_label(d.category))),
                (self.tr("Ernst"), t(SEVERITY_LABELS[d.severity])), (self.tr("Status"), t(STATUS_LABELS[d.status])),
                (self.tr("Zichtbaar voor"), t(VISIBILITY_LABELS[d.visibility])),
                (self.tr("Vastgelegd door"), d.created_by)]
        html = "<table cellpadding='3'>" + "".join(
            f"<tr><td style='color:#5d6b78'>{html_escape(k)}</td><td>{html_escape(v)}</td></tr>" for k, v in rows) + "</table>"
        if d.description:
            html += f"<p><b>{self.tr('Wat er gebeurde')}</b><br>{html_escape(d.description)}</p>"
        if d.links:
            html += f"<p><b>{self.tr('Links')}</b><br>" + "<br>".join(html_escape(link.url) for link in d.links) + "</p>"
        if d.articles:
            html += f"<p><b>{self.tr('Protocolartikelen')} ({html_escape(d.protocol_version_label)})</b></p>"
            html += "".join(f"<p><b>{html_escape(a.code)}</b> {html_escape(a.text)}</p>" for a in d.articles)
        return html

    # ---- actions -----------------------------------------------------------------------------------
    def _open_dialog(self, dialog) -> None:
        self.active_dialog = dialog
        dialog.accepted.connect(self.reload)
        dialog.open()

    def new_incident_dialog(self) -> IncidentDialog:
        dialog = IncidentDialog(self.service, self.actor, submit=lambda v: self.service.create_incident(self.actor, v),
                                parent=self)
        dialog.accepted.connect(lambda: self.open_incident(dialog.result_value))
        dialog.accepted.connect(self.changed.emit)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def edit_incident(self) -> None:
        d = self.detail
        if d is None:
            return
        self._open_dialog(IncidentDialog(self.service, self.actor, d, parent=self,
                                         submit=lambda v: self.service.update_incident(self.actor, d.id, d.version, v)))

    def advance_status(self) -> None:
        d = self.detail
        if d is None:
            return
        target = {IncidentStatus.NEW: IncidentStatus.IN_PROGRESS, IncidentStatus.IN_PROGRESS: IncidentStatus.CLOSED,
                  IncidentStatus.CLOSED: IncidentStatus.IN_PROGRESS}[d.status]
        self._call(lambda: self.service.set_status(self.actor, d.id, d.version, target))

    def _call(self, action) -> None:
        try:
            action()
        except DomainError as exc:
            self.show_error(str(exc))
            return
        self.reload()

    def add_party(self) -> None:
        d = self.detail
        if d is None:
            return
        pupils = tuple(p.person_id for p in d.parties if p.kind.value == "pupil")
        self._open_dialog(PartyDialog(self.service, self.actor, d.school_id, pupils, parent=self,
                                      submit=lambda v: self.service.add_party(self.actor, d.id, v)))

    def remove_party(self) -> None:
        party = self.parties_tab.current_row()
        if self.detail is not None and party is not None:
            self._call(lambda: self.service.remove_party(self.actor, self.detail.id, party.id))

    def _chronology(self) -> None:
        party = self.parties_tab.current_row()
        if party is None or party.kind.value != "pupil":
            self.show_error(self.tr("Kies eerst een leerling in de lijst van betrokkenen."))
            return
        self.chronology_requested.emit(party.person_id, party.name)

    def add_measure(self) -> None:
        d = self.detail
        if d is None:
            return
        self._open_dialog(MeasureDialog(d.kind, d.parties, self.actor.name, parent=self,
                                        submit=lambda v: self.service.add_measure(self.actor, d.id, v)))
