"""Overzicht: the figures a school office checks first — pupils, the consent round, open incidents
and the follow-up conversations that need a check-back this week."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTime, QTimer, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QScrollArea, QTableView, QVBoxLayout,
    QWidget,
)

from scope_desk.errors import DomainError
from scope_desk.services.access import Actor, Permission
from scope_desk.services.container import Services
from scope_desk.services.dashboard import CHECK_BACK_HORIZON_DAYS, DashboardFigures, is_relevant
from scope_desk.ui.dashboard_classes import ClassFiguresSection
from scope_desk.ui.dashboard_models import (
    CheckBackTableModel, SchoolFiguresTableModel, format_count, format_date, percent,
)
from scope_desk.ui.figure_card import FigureCard
from scope_desk.ui.progress_delegate import ProgressBarDelegate
from scope_desk.ui.theme import PAGE_MARGINS


def _label(text: str, role: str, name: str) -> QLabel:
    label = QLabel(text, objectName=name)
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


def _table(name: str, model) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setWordWrap(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setShowGrid(False)
    view.setAlternatingRowColors(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(34)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return view


# The Overzicht is one scrolling page: its tables show all their rows up to this many, then scroll themselves.
MAX_TABLE_ROWS = 40


class _HeadingKeeper(QObject):
    """Keeps a stretched column at least as wide as its heading (with room for the sort arrow): in a
    narrow window the ``give`` column (School, elided with its tooltip) gives way instead of "Voortgan"."""

    def __init__(self, view: QTableView, column: int, give: int) -> None:
        super().__init__(view)
        self.view, self.column, self.give = view, column, give
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self.fit)
        return False

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        if self.view.model().columnCount() <= self.column:
            return
        view = self.view

        def natural(column: int) -> int:
            return max(header.sectionSizeHint(column), view.sizeHintForColumn(column))

        others = sum(natural(c) for c in range(view.model().columnCount()) if c != self.column and not header.isSectionHidden(c))
        short = header.sectionSizeHint(self.column) - (view.viewport().width() - others)
        if short <= 0:
            header.setSectionResizeMode(self.give, QHeaderView.ResizeMode.ResizeToContents)
            return
        header.setSectionResizeMode(self.give, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.give, max(natural(self.give) - short, 120))


def _fit_height(view: QTableView, max_rows: int) -> None:
    rows = min(max(view.model().rowCount(), 1), max_rows)
    height = view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize() + 4
    view.setFixedHeight(height)


class DashboardPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.figures: DashboardFigures | None = None

        self.title_label = _label(self.tr("Overzicht"), "pageTitle", "title_label")
        self.subtitle_label = _label("", "pageSubtitle", "subtitle_label")
        self.error_label = _label("", "emptyState", "error_label")
        self.pupils_card = FigureCard(self.tr("Leerlingen"), "pupils_card")
        self.consent_card = FigureCard(self.tr("Toestemmingsronde"), "consent_card")
        self.incidents_card = FigureCard(self.tr("Open incidenten"), "incidents_card")
        self.check_backs_card = FigureCard(self.tr("Terugkoppelen"), "check_backs_card")
        # A leerkracht's own class: the consent round in their group (counts only), read after first paint.
        self.my_class_card = FigureCard(self.tr("Mijn groep"), "my_class_card")
        self.my_class_card.hide()
        cards = QHBoxLayout()  # the cards a role sees share the row: no empty half for a leerkracht
        cards.setSpacing(14)
        for card in (self.pupils_card, self.consent_card, self.my_class_card, self.incidents_card, self.check_backs_card):
            cards.addWidget(card, 1)

        self.schools_title = _label(self.tr("Per school"), "sectionTitle", "schools_title")
        self.schools_model = SchoolFiguresTableModel(self)
        self.schools_table = _table("schools_table", self.schools_model)
        self.schools_table.setItemDelegateForColumn(5, ProgressBarDelegate(self.schools_table))
        self._heading_keeper = _HeadingKeeper(self.schools_table, 5, 0)
        self.schools_empty = _label(
            self.tr("Nog geen leerlingen — importeer een export uit de leerlingadministratie, of start met --demo "
                    "om het programma met voorbeeldgegevens te verkennen."), "emptyState", "schools_empty")
        self.legend_label = _label(
            self.tr("Volledig: alle keuzes van de toestemmingsronde ingeleverd. Deels: een deel ingeleverd. "
                    "Niets ingeleverd telt nooit als toestemming."), "muted", "legend_label")

        # Per class of the school row the office clicks: read then, never at start-up.
        self.classes_section = ClassFiguresSection(
            lambda actor, round_id, today: services.class_progress.for_round(actor, round_id, today), actor, _table)
        self.schools_table.selectionModel().currentRowChanged.connect(lambda current, _old: self._school_chosen(current.row()))

        self.check_backs_title = _label(self.tr("Terugkoppeling nodig"), "sectionTitle", "check_backs_title")
        self.check_backs_model = CheckBackTableModel(self)
        self.check_backs_table = _table("check_backs_table", self.check_backs_model)
        self.check_backs_empty = _label(
            self.tr("Geen gesprekken die in de komende %1 dagen een terugkoppeling nodig hebben.")
            .replace("%1", str(CHECK_BACK_HORIZON_DAYS)), "emptyState", "check_backs_empty")

        content = QWidget(objectName="dashboard_content")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.setSpacing(10)
        header = QVBoxLayout()
        header.setSpacing(2)
        header.addWidget(self.title_label)
        header.addWidget(self.subtitle_label)
        layout.addLayout(header)
        layout.addSpacing(6)
        layout.addWidget(self.error_label)
        layout.addLayout(cards)
        layout.addSpacing(12)
        layout.addWidget(self.schools_title)
        layout.addWidget(self.schools_table)
        layout.addWidget(self.schools_empty)
        layout.addWidget(self.legend_label)
        layout.addSpacing(12)
        layout.addWidget(self.classes_section)
        layout.addSpacing(12)
        layout.addWidget(self.check_backs_title)
        layout.addWidget(self.check_backs_table)
        layout.addWidget(self.check_backs_empty)
        layout.addStretch(1)

        scroll = QScrollArea(objectName="dashboard_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(content)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    @staticmethod
    def is_relevant(change) -> bool:
        return is_relevant(change)

    def refresh(self) -> None:
        try:
            figures = self.services.dashboard.overview(self.actor)
        except DomainError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        self.error_label.hide()
        self.show_figures(figures)

    def show_figures(self, figures: DashboardFigures) -> None:
        self.figures = figures
        parts = [self.tr("Schooljaar %1").replace("%1", figures.school_year)] if figures.school_year else []
        parts.append(self.tr("bijgewerkt om %1").replace("%1", QTime.currentTime().toString("HH:mm")))
        self.subtitle_label.setText(" · ".join(parts))
        self._show_pupils(figures)
        self._show_classes_again(figures)
        self._show_consent(figures)
        self._show_incidents(figures)
        self._show_check_backs(figures)
        QTimer.singleShot(0, self._show_my_class)

    def _show_pupils(self, figures: DashboardFigures) -> None:
        schools = len(figures.schools)
        caption = (self.tr("op 1 school") if schools == 1 else self.tr("op %1 scholen").replace("%1", str(schools))) \
            if schools else self.tr("nog geen scholen")
        self.pupils_card.set_figure(format_count(figures.total_pupils), caption)
        has_pupils = figures.total_pupils > 0
        self.schools_model.set_figures(figures.schools if has_pupils else (), figures.shows_incidents)
        self.schools_table.setVisible(has_pupils)
        self.schools_empty.setVisible(not has_pupils)
        self.legend_label.setVisible(has_pupils and figures.consent_totals() is not None)
        if has_pupils:
            header = self.schools_table.horizontalHeader()
            # School names are what the office reads first: they get their full width, the
            # progress bar takes what is left (in a narrow window the percentage stands above the bar).
            # The minimum applies to every column: a low one lets Deels stay narrow, so that at
            # 1200x780 Voortgang keeps about 110 px and Open incidenten stays in view.
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
            header.setMinimumSectionSize(64)
            _fit_height(self.schools_table, MAX_TABLE_ROWS)
            self._heading_keeper.fit()

    def _school_chosen(self, row: int) -> None:
        chosen = self.schools_model.row_at(row) if 0 <= row < self.schools_model.rowCount() else None
        self.classes_section.show_school(chosen, self.figures.today if self.figures else None)

    def _show_classes_again(self, figures: DashboardFigures) -> None:
        """After a refresh: the same school stays chosen, with fresh per-class figures."""
        chosen = self.classes_section.school_id
        rows = [r for r in range(self.schools_model.rowCount()) if self.schools_model.row_at(r).school_id == chosen]
        if chosen is None or not rows:
            self.classes_section.show_school(None)
            return
        selection = self.schools_table.selectionModel()
        selection.blockSignals(True)  # one reload below, not a second one through currentRowChanged
        self.schools_table.selectRow(rows[0])
        selection.blockSignals(False)
        self.classes_section.show_school(self.schools_model.row_at(rows[0]), figures.today)

    def _show_consent(self, figures: DashboardFigures) -> None:
        totals = figures.consent_totals()
        if totals is None:
            self.consent_card.set_figure("—", self.tr("Nog geen toestemmingsronde in dit schooljaar"))
            return
        complete, partial, nothing = totals
        share = percent(complete, complete + partial + nothing)
        caption = self.tr("volledig ingeleverd\n%1 deels · %2 niets ingeleverd") \
            .replace("%1", format_count(partial)).replace("%2", format_count(nothing))
        self.consent_card.set_figure(f"{share} %", caption, "good" if share >= 90 else "")

    def _show_my_class(self) -> None:
        """The consent round in the signed-in leerkracht's own class; hidden for every other role."""
        grant = next((g for g in self.actor.grants if g.class_id is not None), None)
        school = next((r for r in self.figures.schools if grant and r.school_id == grant.school_id), None) \
            if self.figures else None
        mine = None
        if school is not None and school.consent is not None:
            try:
                classes = self.services.class_progress.for_round(self.actor, school.consent.round_id, self.figures.today)
            except DomainError:
                classes = ()
            mine = next((c for c in classes if c.class_id == grant.class_id), None)
        self.my_class_card.setVisible(mine is not None)
        if mine is None:
            return
        share = percent(mine.complete, mine.pupils)
        self.my_class_card.title_label.setText(self.tr("Mijn groep · %1").replace("%1", mine.class_name))
        caption = self.tr("volledig ingeleverd\n%1 deels · %2 niets ingeleverd") \
            .replace("%1", format_count(mine.partial)).replace("%2", format_count(mine.nothing))
        self.my_class_card.set_figure(f"{share} %", caption, "good" if share >= 90 else "")

    def _show_incidents(self, figures: DashboardFigures) -> None:
        total = figures.total_open_incidents
        self.incidents_card.setVisible(total is not None)
        if total is not None:
            self.incidents_card.set_figure(format_count(total), self.tr("nieuw of in behandeling"),
                                           "warn" if total else "good")

    def _show_check_backs(self, figures: DashboardFigures) -> None:
        items = figures.check_backs
        visible = items is not None and self.actor.can(Permission.VIEW_INCIDENTS)
        for widget in (self.check_backs_card, self.check_backs_title):
            widget.setVisible(visible)
        if not visible:
            self.check_backs_model.set_rows(())
            self.check_backs_table.hide()
            self.check_backs_empty.hide()
            return
        overdue = sum(1 for item in items if item.days_left < 0)
        caption = self.tr("waarvan %1 te laat").replace("%1", str(overdue)) if overdue else \
            self.tr("binnen %1 dagen").replace("%1", str(CHECK_BACK_HORIZON_DAYS))
        self.check_backs_card.set_figure(str(len(items)), caption, "bad" if overdue else "")
        self.check_backs_model.set_rows(items)
        self.check_backs_table.setVisible(bool(items))
        self.check_backs_empty.setVisible(not items)
        if items:
            header = self.check_backs_table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
            _fit_height(self.check_backs_table, MAX_TABLE_ROWS)
        if items and figures.today:
            self.check_backs_table.setToolTip(self.tr("Peildatum %1").replace("%1", format_date(figures.today)))
