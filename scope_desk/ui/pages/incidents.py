"""Incidenten: the incident log (protocol A.7) with the "in real life" follow-up conversations.

Tabs: Meldingen (filters, list, one incident in detail), Terugkomagenda, Tijdlijn leerling and
Jaaroverzicht. The board (bestuur) sees only the anonymised Jaaroverzicht; a role without either
permission sees one sentence saying so.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTabWidget,
    QVBoxLayout, QWidget,
)

from scope_desk.errors import DomainError
from scope_desk.services.access import Actor, Permission
from scope_desk.services.container import Services
from scope_desk.services.incident_lists import SEVERITY_LABELS, STATUS_LABELS
from scope_desk.ui.adaptive_splitter import AdaptiveSplitter
from scope_desk.ui.incidents.detail_tabs import make_table
from scope_desk.ui.incidents.detail_view import IncidentDetailView
from scope_desk.ui.incidents.models import IncidentTableModel
from scope_desk.ui.incidents.overview_view import OverviewView
from scope_desk.ui.incidents.panels import AgendaPanel, ChronologyPanel
from scope_desk.ui.incidents.pdf_job import PdfJob
from scope_desk.ui.incidents.text import from_qdate, t
from scope_desk.ui.theme import PAGE_MARGINS


# Nr., Voorval, Omschrijving (fitted to the room left), Status, Terugkomen, Categorie, Platform, Ernst, School;
# Voorval, Status, Terugkomen and Ernst are widened to their texts in this font and language.
COLUMN_WIDTHS = (44, 104, 220, 120, 108, 190, 96, 90, 170)
TITLE_MIN_WIDTH = 120
COMPACT_TITLE_WIDTH = 104  # 'Pesterige be…' beside the detail at 1200x780, the window's first size
KEY_COLUMNS = (0, 1, 3, 4)  # beside Omschrijving, kept in view while there is room
COMPACT_COLUMNS = (3, 4)  # Status and Terugkomen: in view however narrow the list
EXTRA_COLUMNS = (5, 6, 7, 8)  # Categorie, Platform, Ernst, School: in view, in this order, while Omschrijving
WIDE_TITLE_WIDTH = 300  # keeps this much


class IncidentsPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.service = services.incidents
        self.job: PdfJob | None = None
        self.can_view = actor.can(Permission.VIEW_INCIDENTS)
        self.can_report = actor.can(Permission.VIEW_ANONYMISED_REPORTS)
        title = QLabel(self.tr("Incidenten"), objectName="title_label")
        title.setProperty("role", "pageTitle")
        subtitle = QLabel(self.tr("Meldingen van grensoverschrijdend gedrag op sociale media (protocol A.7), de gesprekken "
                                  "daarna en de afspraken om op terug te komen."), objectName="subtitle_label")
        subtitle.setProperty("role", "pageSubtitle")
        subtitle.setWordWrap(True)
        self.status_label = QLabel(objectName="status_label")
        self.status_label.setWordWrap(True)
        self.tabs = QTabWidget(objectName="page_tabs")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tabs, 1)
        self.detail = None
        self.agenda = None
        self.chronology = None
        self.overview = None
        if self.can_view:
            self._build_incidents_tab()
            self.agenda = AgendaPanel(self.service, actor, self)
            self.agenda.incident_requested.connect(self.show_incident)
            self.tabs.addTab(self.agenda, self.tr("Terugkomagenda"))
            self.chronology = ChronologyPanel(self.service, actor, self)
            self.chronology.incident_requested.connect(self.show_incident)
            self.tabs.addTab(self.chronology, self.tr("Tijdlijn leerling"))
        if self.can_report:
            self.overview = OverviewView(self.service, actor, self)
            self.overview.report_requested.connect(self.make_report)
            self.tabs.addTab(self.overview, self.tr("Jaaroverzicht"))
        if not self.can_view and not self.can_report:
            self.tabs.hide()
            self.status_label.setProperty("role", "emptyState")
            self.status_label.setText(self.tr("U hebt geen toegang tot incidenten. Incidenten zijn alleen zichtbaar voor de "
                                              "directeur en de anti-pestcoördinator van de school."))
        self.refresh()

    # ---- the Meldingen tab ---------------------------------------------------------------------------
    def _build_incidents_tab(self) -> None:
        self.school_filter = QComboBox(objectName="school_filter")
        self.school_filter.addItem(self.tr("Alle scholen"), None)
        for school in self.service.schools(self.actor):
            self.school_filter.addItem(school.name, school.id)
        self.status_filter = QComboBox(objectName="status_filter")
        self.status_filter.addItem(self.tr("Alle statussen"), None)
        for status, label in STATUS_LABELS.items():
            self.status_filter.addItem(t(label), status)
        self.period_box = QCheckBox(self.tr("Periode"), objectName="period_box")
        self.from_edit = QDateEdit(QDate(date.today().year, 1, 1), objectName="from_edit")
        self.to_edit = QDateEdit(QDate.currentDate(), objectName="to_edit")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.apply_filter())
            self.period_box.toggled.connect(edit.setEnabled)
        self.search_edit = QLineEdit(objectName="search_edit")
        # The full hint where it fits (1920 px), the short one beside the filters at 1200 px.
        self._search_hints = (self.tr("Zoeken in omschrijving, platform, categorie"), self.tr("Zoeken…"))
        self.search_edit.setPlaceholderText(self._search_hints[0])
        self.search_edit.setToolTip(self.tr("Zoekt in de omschrijving, het platform en de categorie"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(self.search_edit.fontMetrics().horizontalAdvance(self._search_hints[1]) + 48)
        self.search_edit.installEventFilter(self)
        self.article_filter: tuple[str, int | None] | None = None
        self.article_filter_button = QPushButton(objectName="article_filter_button")
        self.article_filter_button.setToolTip(self.tr("Toon weer alle incidenten"))
        self.article_filter_button.setVisible(False)
        self.new_button = QPushButton(self.tr("Nieuw incident"), objectName="new_incident_button")
        self.new_button.setVisible(self.actor.can(Permission.WRITE_INCIDENTS))
        filters = QHBoxLayout()
        for widget in (self.article_filter_button, self.school_filter, self.status_filter, self.period_box,
                       self.from_edit, self.to_edit):
            filters.addWidget(widget)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.new_button)
        self.list_model = IncidentTableModel(self)
        self.list_table = make_table("incident_table", self.list_model)
        self.list_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        header = self.list_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.list_table.setWordWrap(False)  # "In behandel…", not "In …"
        self._size_columns()
        self.list_table.viewport().installEventFilter(self)  # also resized when a scroll bar comes or goes
        self.count_label = QLabel(objectName="count_label")
        self.count_label.setProperty("role", "muted")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_table, 1)
        left_layout.addWidget(self.count_label)
        self.detail = IncidentDetailView(self.service, self.actor, self)
        # Side by side when the list (up to Terugkomen) and the detail's tabs both fit; the detail gets what its
        # tabs need and at most about a third, the list the rest (on 1920x1080 Categorie and Platform in view too).
        self.splitter = AdaptiveSplitter(left, self.detail, first_width=self._list_width,
                                         second_width=self.detail.wide_width, first_share=0.66, vertical_share=0.38)
        self.splitter.setObjectName("incident_splitter")
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        tab = QWidget()
        tab_layout = QVBoxLayout(tab)
        tab_layout.setContentsMargins(6, 8, 6, 6)
        tab_layout.addLayout(filters)
        tab_layout.addWidget(self.splitter, 1)
        self.tabs.addTab(tab, self.tr("Meldingen"))
        for combo in (self.school_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.period_box.toggled.connect(lambda _on: self.apply_filter())
        self.search_edit.textChanged.connect(lambda _t: self.apply_filter())
        self.list_table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button.clicked.connect(self.new_incident)
        self.article_filter_button.clicked.connect(lambda: self.show_article(None))
        self.detail.changed.connect(self.reload_list)
        self.detail.chronology_requested.connect(self.show_chronology)
        self.detail.dossier_requested.connect(self.make_dossier)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is getattr(self, "search_edit", None) and event.type() == QEvent.Type.Resize:
            full, short = self._search_hints
            room = event.size().width() - 48  # the frame, padding and clear button
            self.search_edit.setPlaceholderText(full if self.search_edit.fontMetrics().horizontalAdvance(full) <= room else short)
        if self.detail is not None and watched is self.list_table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_title_column()
        return super().eventFilter(watched, event)

    def _size_columns(self) -> None:
        self._column_widths: dict[int, int] = {}
        metrics, header = self.list_table.fontMetrics(), self.list_table.horizontalHeader().fontMetrics()
        samples = {1: ["30-10-2026"], 3: [t(label) for label in STATUS_LABELS.values()], 4: ["30-10-2026"],
                   7: [t(label) for label in SEVERITY_LABELS.values()]}  # "Zeer ernstig", not "Zeer er…"
        for column, width in enumerate(COLUMN_WIDTHS):
            if column in samples:
                title = str(self.list_model.headerData(column, Qt.Orientation.Horizontal))
                needed = max([metrics.horizontalAdvance(x) for x in samples[column]]
                             + [round(header.horizontalAdvance(title) * 1.1) + 14])  # bold header, sort arrow
                width = max(width, needed + 22)
            self.list_table.setColumnWidth(column, width)
            self._column_widths[column] = width

    def _list_width(self) -> int:
        """The narrowest list the page puts beside the detail: Status and Terugkomen in full and a few words
        of Omschrijving (Nr. and Voorval give way first: the detail's heading shows both)."""
        table = self.list_table
        return (sum(self._column_widths[c] for c in COMPACT_COLUMNS) + COMPACT_TITLE_WIDTH
                + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 4)

    def _fit_title_column(self) -> None:
        """Omschrijving takes what is left after Nr., Voorval, Status and Terugkomen, so those stay in view
        (the columns after them are a scroll away); in a narrow list Nr. and Voorval step aside, on a wide
        one every column is in view."""
        table, widths = self.list_table, self._column_widths
        viewport = table.viewport().width()
        every_other = sum(w for c, w in widths.items() if c != 2)
        roomy = viewport - sum(widths[c] for c in KEY_COLUMNS) >= TITLE_MIN_WIDTH
        for column in set(KEY_COLUMNS) - set(COMPACT_COLUMNS):
            table.setColumnHidden(column, not roomy)
        if viewport - every_other >= 2 * TITLE_MIN_WIDTH:  # the list has the full width: all columns in view
            table.setColumnWidth(2, viewport - every_other - 2)
            return
        shown = list(KEY_COLUMNS if roomy else COMPACT_COLUMNS)
        for column in EXTRA_COLUMNS if roomy else ():  # a wide list: Categorie, Platform … in view while Omschrijving
            if viewport - sum(widths[c] for c in shown) - widths[column] < WIDE_TITLE_WIDTH:  # keeps a sentence
                break
            shown.append(column)
        table.setColumnWidth(2, max(COMPACT_TITLE_WIDTH, viewport - sum(widths[c] for c in shown) - 2))

    def apply_filter(self) -> None:
        period = self.period_box.isChecked()
        self.list_model.set_filter(
            school_id=self.school_filter.currentData(), status=self.status_filter.currentData(),
            date_from=from_qdate(self.from_edit.date()) if period else None,
            date_to=from_qdate(self.to_edit.date()) if period else None, text=self.search_edit.text(),
            article=self.article_filter)
        count = self.tr("%1 incident(en)").replace("%1", str(self.list_model.rowCount()))
        if self.article_filter is not None:
            count = self.tr("%1 bij artikel %2").replace("%1", count).replace("%2", self.article_filter[0])
        self.count_label.setText(count)
        self._select_current()

    def show_article(self, code: str | None, version_id: int | None = None) -> None:
        """Show the incidents citing protocol article ``code`` (of ``version_id``); None shows all again.

        The other filters are cleared, so the list holds exactly what the protocol page counted."""
        if not self.can_view:
            if code is not None:
                self.status_label.setText(self.tr("Incidenten bij een artikel kunt u niet openen; het jaaroverzicht "
                                                  "telt ze zonder namen."))
            return
        self.tabs.setCurrentIndex(0)
        self.article_filter = (code, version_id) if code else None
        self.article_filter_button.setText(self.tr("Artikel %1  ✕").replace("%1", code) if code else "")
        self.article_filter_button.setVisible(code is not None)
        if code is not None:
            widgets = (self.school_filter, self.status_filter, self.period_box, self.search_edit)
            for widget in widgets:
                widget.blockSignals(True)
            self.school_filter.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(0)
            self.period_box.setChecked(False)
            for edit in (self.from_edit, self.to_edit):
                edit.setEnabled(False)
            self.search_edit.clear()
            for widget in widgets:
                widget.blockSignals(False)
        self.apply_filter()
        shown = self.detail.detail is not None and self.list_model.row_of(self.detail.detail.id) >= 0
        if not shown and self.list_model.rowCount():
            self.list_table.selectRow(0)

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            incident_id = self.list_model.row_at(current.row()).id
            if self.detail.detail is None or self.detail.detail.id != incident_id:
                self.detail.open_incident(incident_id)

    def _select_current(self) -> None:
        if self.detail is not None and self.detail.detail is not None:
            row = self.list_model.row_of(self.detail.detail.id)
            if row >= 0:
                self.list_table.selectionModel().blockSignals(True)
                self.list_table.selectRow(row)
                self.list_table.selectionModel().blockSignals(False)

    def reload_list(self) -> None:
        try:
            self.list_model.set_incidents(self.service.list_incidents(self.actor))
        except DomainError as exc:
            self.status_label.setText(str(exc))
            return
        self.apply_filter()
        if self.detail.detail is None and self.list_model.rowCount():
            self.list_table.selectRow(0)  # open the most recent incident instead of an empty half page
        if self.agenda is not None:
            self.agenda.refresh()

    def new_incident(self):
        return self.detail.new_incident_dialog()

    def show_incident(self, incident_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.detail.open_incident(incident_id)
        self._select_current()

    def show_chronology(self, pupil_id: int, name: str = "") -> None:
        self.tabs.setCurrentWidget(self.chronology)
        self.chronology.show_pupil(pupil_id, name)

    # ---- page protocol ---------------------------------------------------------------------------------
    @staticmethod
    def is_relevant(change) -> bool:
        return bool(getattr(change, "incidents", False))

    def refresh(self) -> None:
        if self.can_view:
            self.reload_list()
        if self.overview is not None:
            self.overview.refresh()

    # ---- PDFs, off the UI thread -----------------------------------------------------------------------
    def _save_path(self, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("PDF opslaan"), str(Path.home() / suggested), "PDF (*.pdf)")
        return Path(path) if path else None

    def make_dossier(self, incident_id: int, out: Path | None = None) -> PdfJob | None:
        from scope_desk.letters.incident_dossier import build_dossier

        out = out or self._save_path(f"incidentdossier-{incident_id}.pdf")
        if out is None:
            return None
        return self._start(self.tr("Dossier maken…"), lambda: build_dossier(self.service.dossier(self.actor, incident_id)), out)

    def make_report(self, period: str, out: Path | None = None) -> PdfJob | None:
        from scope_desk.letters.incident_overview import build_overview

        out = out or self._save_path(f"jaaroverzicht-incidenten-{period}.pdf")
        if out is None:
            return None
        return self._start(self.tr("Jaaroverzicht maken…"), lambda: build_overview(self.service.overview(self.actor, period)), out)

    def _start(self, label: str, build, out: Path) -> PdfJob:
        self.job = PdfJob(self, label, build, out)
        self.job.finished.connect(self._job_finished)
        self.job.start()
        return self.job

    def _job_finished(self, path: str, error: str) -> None:
        if error:
            self.status_label.setText(error)
        elif path:
            self.status_label.setText(self.tr("PDF opgeslagen: %1").replace("%1", path))
