"""Table models of the Overzicht page: figures per school, and conversations due for a check-back.

Both sort their own Python lists (no proxy model) and show Dutch headers through tr().
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from scope_desk.services.dashboard import CheckBack, SchoolFigures
from scope_desk.ui import theme
from scope_desk.ui.progress_delegate import PARTS_ROLE

SORT_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex
_ALIGN_NUMBER = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("dashboard", text)


def format_count(value: int) -> str:
    return QLocale().toString(value)


def format_date(value) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


class _ListTableModel(QAbstractTableModel):
    """Rows in a Python list; columns as (header, display, sort key) triples."""

    # The roles data() answers; a view sizing its columns asks eight roles per cell, thousands of
    # times at start-up, and every other role returns at once.
    _roles: frozenset[int] = frozenset(
        int(r) for r in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.TextAlignmentRole)
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._column_cache: Sequence[tuple[str, Callable[[Any], str], Callable[[Any], Any]]] | None = None

    def _columns(self) -> Sequence[tuple[str, Callable[[Any], str], Callable[[Any], Any]]]:
        raise NotImplementedError

    def _column_list(self) -> Sequence[tuple[str, Callable[[Any], str], Callable[[Any], Any]]]:
        """``_columns()`` built once per reset: views ask data() thousands of times while sizing."""
        if self._column_cache is None:
            self._column_cache = self._columns()
        return self._column_cache

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._column_cache = None
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._column_list())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
            if role == Qt.ItemDataRole.DisplayRole:
                return self._column_list()[section][0]
            if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
                return _ALIGN_NUMBER if self._is_number_column(section) else None
        return None

    def _is_number_column(self, column: int) -> bool:
        return False

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in self._roles or not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        _header, display, key = self._column_list()[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(row)
        if role == SORT_ROLE:
            return key(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and self._is_number_column(index.column()):
            return _ALIGN_NUMBER
        return self._extra_data(row, index.column(), role)

    def _extra_data(self, row: Any, column: int, role: int):
        """Further roles of a subclass; each must also be listed in its ``_roles``."""
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        key = self._column_list()[column][2]
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)


def _consent_parts(row: SchoolFigures) -> tuple[int, int, int] | None:
    c = row.consent
    return (c.complete, c.partial, c.nothing) if c is not None else None


class SchoolFiguresTableModel(_ListTableModel):
    """One row per school: pupils, consent round progress, and (when allowed) open incidents."""

    _roles = _ListTableModel._roles | {int(PARTS_ROLE), int(Qt.ItemDataRole.ToolTipRole)}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._with_incidents = False

    def set_figures(self, rows: Sequence[SchoolFigures], with_incidents: bool) -> None:
        self.beginResetModel()
        self._with_incidents = with_incidents
        self._column_cache = None
        self.endResetModel()
        self.set_rows(rows)

    def _columns(self):
        def count_or_dash(value: int | None) -> str:
            return "—" if value is None else format_count(value)

        columns = [
            (_tr("School"), lambda r: r.name, lambda r: r.name.casefold()),
            (_tr("Leerlingen"), lambda r: format_count(r.pupils), lambda r: r.pupils),
            (_tr("Volledig"), lambda r: count_or_dash(r.consent and r.consent.complete),
             lambda r: r.consent.complete if r.consent else -1),
            (_tr("Deels"), lambda r: count_or_dash(r.consent and r.consent.partial),
             lambda r: r.consent.partial if r.consent else -1),
            (_tr("Niets ingeleverd"), lambda r: count_or_dash(r.consent and r.consent.nothing),
             lambda r: r.consent.nothing if r.consent else -1),
            (_tr("Voortgang"), self._progress_text, self._progress_key),
        ]
        if self._with_incidents:
            columns.append((_tr("Open incidenten"), lambda r: count_or_dash(r.open_incidents),
                            lambda r: r.open_incidents if r.open_incidents is not None else -1))
        return columns

    @staticmethod
    def _progress_text(row: SchoolFigures) -> str:
        if row.consent is None:
            return _tr("geen ronde")
        return f"{percent(row.consent.complete, row.consent.pupils)} %"

    @staticmethod
    def _progress_key(row: SchoolFigures) -> float:
        return row.consent.complete / row.consent.pupils if row.consent and row.consent.pupils else -1.0

    def _is_number_column(self, column: int) -> bool:
        return column in (1, 2, 3, 4, 6)

    def _extra_data(self, row: SchoolFigures, column: int, role: int):
        if column == 0 and role == Qt.ItemDataRole.ToolTipRole:
            return row.name  # the full name where a narrow window elides it with "…"
        if column == 5 and role == PARTS_ROLE:
            return _consent_parts(row)
        if column == 5 and role == Qt.ItemDataRole.ToolTipRole and row.consent is not None:
            c = row.consent
            return _tr("%1 van %2 leerlingen hebben alle %3 keuzes ingeleverd").replace(
                "%1", format_count(c.complete)).replace("%2", format_count(c.pupils)).replace("%3", str(c.categories))
        return None


def check_back_status(item: CheckBack) -> str:
    if item.days_left < 0:
        days = -item.days_left
        return _tr("1 dag te laat") if days == 1 else _tr("%1 dagen te laat").replace("%1", str(days))
    if item.days_left == 0:
        return _tr("vandaag")
    if item.days_left == 1:
        return _tr("morgen")
    return _tr("over %1 dagen").replace("%1", str(item.days_left))


class CheckBackTableModel(_ListTableModel):
    """Conversations whose check-back is due within a week or overdue; overdue ones in red."""

    _roles = _ListTableModel._roles | {int(Qt.ItemDataRole.ForegroundRole)}

    def _columns(self):
        return [
            (_tr("Terugkoppelen op"), lambda r: format_date(r.due_on), lambda r: (r.due_on, r.conversation_id)),
            (_tr("Status"), check_back_status, lambda r: r.days_left),
            (_tr("School"), lambda r: r.school_name, lambda r: r.school_name.casefold()),
            (_tr("Incident"), lambda r: f"#{r.incident_id}  {r.incident_title}".rstrip(),
             lambda r: r.incident_id),
            (_tr("Gesprek van"), lambda r: format_date(r.held_on), lambda r: r.held_on),
        ]

    def _extra_data(self, row: CheckBack, column: int, role: int):
        if column == 1 and role == Qt.ItemDataRole.ForegroundRole:
            if row.days_left < 0:
                return QColor(theme.BAD)
            if row.days_left <= 1:
                return QColor(theme.WARN)
        return None
