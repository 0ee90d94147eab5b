"""Round progress per class (returned / not returned); sorts its own list (no proxy model)."""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from scope_desk.naming import fold
from scope_desk.services.round_types import ClassCounts
from scope_desk.ui.progress_delegate import PARTS_ROLE


def natural_key(text: str) -> tuple:
    """ "Groep 2" before "Groep 10"."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, fold(p)) for p in re.split(r"(\d+)", text) if p)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClassProgressTableModel", text)


class ClassProgressTableModel(QAbstractTableModel):
    COL_CLASS, COL_PUPILS, COL_RETURNED, COL_MISSING, COL_PROGRESS = range(5)
    HEADERS = ("Groep", "Leerlingen", "Ingeleverd", "Niet ingeleverd", "Voortgang")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ClassCounts] = []
        self._sort = (self.COL_CLASS, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._apply_sort()
        self.endResetModel()

    def totals(self) -> tuple[int, int]:
        return sum(r.pupils for r in self._rows), sum(r.returned for r in self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_CLASS:
                return row.class_name
            if col == self.COL_PUPILS:
                return str(row.pupils)
            if col == self.COL_RETURNED:
                return str(row.returned)
            if col == self.COL_MISSING:
                return str(row.not_returned)
            if col == self.COL_PROGRESS:
                return f"{round(100 * row.returned / row.pupils) if row.pupils else 0} %"
        if role == PARTS_ROLE and col == self.COL_PROGRESS:
            return (row.returned, 0, row.not_returned)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_PUPILS, self.COL_RETURNED, self.COL_MISSING):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        keys = {
            self.COL_CLASS: lambda r: natural_key(r.class_name),
            self.COL_PUPILS: lambda r: r.pupils,
            self.COL_RETURNED: lambda r: r.returned,
            self.COL_MISSING: lambda r: r.not_returned,
            self.COL_PROGRESS: lambda r: (r.returned / r.pupils if r.pupils else 0, fold(r.class_name)),
        }
        self._rows.sort(key=keys.get(column, keys[self.COL_CLASS]), reverse=order == Qt.SortOrder.DescendingOrder)
