"""The Overzicht's "Per groep" section: the consent round per class of the school chosen above.

Read only when the office picks a school row (one GROUP BY over that school), never at start-up.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from scope_desk.errors import DomainError
from scope_desk.naming import fold
from scope_desk.services.access import Actor
from scope_desk.services.dashboard import SchoolFigures
from scope_desk.services.dashboard_classes import ClassProgress
from scope_desk.ui.dashboard_models import _ListTableModel, format_count, percent
from scope_desk.ui.progress_delegate import PARTS_ROLE, ProgressBarDelegate


def natural_key(text: str) -> tuple:
    """ "Groep 2" before "Groep 10"."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, fold(p)) for p in re.split(r"(\d+)", text) if p)


def _tr(text: str) -> str:
    return QCoreApplication.translate("dashboard", text)


class ClassFiguresTableModel(_ListTableModel):
    """One row per class: pupils, complete / partial / nothing returned, and a progress bar."""

    COL_PROGRESS = 5
    _roles = _ListTableModel._roles | {int(PARTS_ROLE)}

    def _columns(self):
        return [
            (_tr("Groep"), lambda r: r.class_name, lambda r: (r.class_id is None, natural_key(r.class_name))),
            (_tr("Leerlingen"), lambda r: format_count(r.pupils), lambda r: r.pupils),
            (_tr("Volledig"), lambda r: format_count(r.complete), lambda r: r.complete),
            (_tr("Deels"), lambda r: format_count(r.partial), lambda r: r.partial),
            (_tr("Niets ingeleverd"), lambda r: format_count(r.nothing), lambda r: r.nothing),
            (_tr("Voortgang"), lambda r: f"{percent(r.complete, r.pupils)} %",
             lambda r: (r.complete / r.pupils if r.pupils else 0.0, natural_key(r.class_name))),
        ]

    def _is_number_column(self, column: int) -> bool:
        return column in (1, 2, 3, 4)

    def _extra_data(self, row: ClassProgress, column: int, role: int):
        if column == self.COL_PROGRESS and role == PARTS_ROLE:
            return (row.complete, row.partial, row.nothing)
        return None


class ClassFiguresSection(QWidget):
    """``show_school(row, today)`` loads that school's classes; ``show_school(None)`` shows the hint."""

    MAX_ROWS = 40  # a whole school in view: the Overzicht page scrolls, not this table as well

    def __init__(self, load: Callable[[Actor, int, date], tuple[ClassProgress, ...]], actor: Actor,
                 make_table: Callable[[str, object], QTableView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load, self._actor = load, actor
        self.school_id: int | None = None
        self.title_label = QLabel(_tr("Per groep"), objectName="classes_title")
        self.title_label.setProperty("role", "sectionTitle")
        self.hint_label = QLabel("", objectName="classes_hint", wordWrap=True)
        self.hint_label.setProperty("role", "emptyState")
        self.model = ClassFiguresTableModel(self)
        self.table = make_table("classes_table", self.model)
        self.table.setItemDelegateForColumn(ClassFiguresTableModel.COL_PROGRESS, ProgressBarDelegate(self.table))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.table)
        self.show_school(None)

    def show_school(self, row: SchoolFigures | None, today: date | None = None) -> None:
        self.school_id = row.school_id if row is not None else None
        if row is None:
            self._hint(_tr("Klik op een school in de tabel hierboven: hier ziet u dan per groep wie het strookje "
                           "inleverde."), _tr("Per groep"))
            return
        title = _tr("Per groep · %1").replace("%1", row.name)
        if row.consent is None:
            self._hint(_tr("%1 heeft in dit schooljaar nog geen toestemmingsronde.").replace("%1", row.name), title)
            return
        try:
            classes = self._load(self._actor, row.consent.round_id, today or date.today())
        except DomainError as exc:
            self._hint(str(exc), title)
            return
        self.title_label.setText(title)
        self.model.set_rows(classes)
        self.hint_label.hide()
        self.table.show()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ClassFiguresTableModel.COL_PROGRESS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ClassFiguresTableModel.COL_PROGRESS, 230)
        header.setMinimumSectionSize(90)
        rows = min(max(self.model.rowCount(), 1), self.MAX_ROWS)
        self.table.setFixedHeight(header.sizeHint().height() + rows * self.table.verticalHeader().defaultSectionSize() + 4)
        if self.table.horizontalHeader().sortIndicatorSection() < 0:
            self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def _hint(self, text: str, title: str) -> None:
        self.title_label.setText(title)
        self.hint_label.setText(text)
        self.hint_label.show()
        self.model.set_rows(())
        self.table.hide()
