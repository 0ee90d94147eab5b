"""The registry grid: pupils × categories. Filters and sorts its own Python lists (no proxy model)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from scope_desk.naming import fold, surname_first
from scope_desk.services.consent_types import STATE_SYMBOLS, ConsentState, RegistryRow
from scope_desk.ui.consent_labels import state_label

_COLOURS = {
    ConsentState.GRANTED: QColor("#dff0df"),
    ConsentState.REFUSED: QColor("#f6d8d8"),
    ConsentState.WITHDRAWN: QColor("#f3e1c7"),
    ConsentState.NOT_RETURNED: QColor("#eeeeee"),
}

FILTER_ALL, FILTER_REFUSAL, FILTER_NOT_RETURNED, FILTER_DISPUTED = range(4)


class ConsentTableModel(QAbstractTableModel):
    COL_NAME, COL_CLASS, COL_FIRST_CATEGORY = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[RegistryRow] = []
        self._rows: list[RegistryRow] = []
        self._categories: list[str] = []
        self._headers: list[str] = []  # short headers; the full label is the tooltip
        self._text = ""
        self._kind = FILTER_ALL
        self._category: int | None = None
        self._sort = (self.COL_NAME, Qt.SortOrder.AscendingOrder)

    # ---- data in -----------------------------------------------------------------------------
    def set_rows(self, rows, categories: list[str], headers: list[str] | None = None) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._categories = list(categories)
        self._headers = list(headers) if headers is not None else list(categories)
        self._rows = self._filtered()
        self.endResetModel()

    def replace_row(self, row: RegistryRow) -> None:
        """After recording: update one pupil in place (keeps the cursor where it is)."""
        self._all = [row if r.pupil_id == row.pupil_id else r for r in self._all]
        for i, r in enumerate(self._rows):
            if r.pupil_id == row.pupil_id:
                self._rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def set_filter(self, text: str = "", kind: int = FILTER_ALL, category: int | None = None) -> None:
        self.beginResetModel()
        self._text, self._kind, self._category = fold(text.strip()), kind, category
        self._rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[RegistryRow]:
        out = []
        for r in self._all:
            if self._text and self._text not in fold(f"{r.first_name} {r.tussenvoegsel} {r.surname} {r.leerlingnummer}"):
                continue
            cells = r.cells if self._category is None else r.cells[self._category:self._category + 1]
            if self._kind == FILTER_REFUSAL and not any(c.state in (ConsentState.REFUSED, ConsentState.WITHDRAWN) for c in cells):
                continue
            if self._kind == FILTER_NOT_RETURNED and not any(c.state is ConsentState.NOT_RETURNED for c in cells):
                continue
            if self._kind == FILTER_DISPUTED and not any(c.disputed for c in cells):
                continue
            out.append(r)
        column, order = self._sort
        out.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        return out

    def _sort_key(self, column: int):
        if column == self.COL_CLASS:
            return lambda r: (r.class_name, r.sort_name)
        if column >= self.COL_FIRST_CATEGORY:
            i = column - self.COL_FIRST_CATEGORY
            return lambda r: (r.cells[i].state.value if i < len(r.cells) else "", r.sort_name)
        return lambda r: r.sort_name

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._rows = self._filtered()
        self.layoutChanged.emit()

    # ---- data out ----------------------------------------------------------------------------
    def row_at(self, row: int) -> RegistryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_pupil(self, pupil_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.pupil_id == pupil_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COL_FIRST_CATEGORY + len(self._categories)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section == self.COL_NAME:
            return self.tr("Leerling")
        if section == self.COL_CLASS:
            return self.tr("Groep")
        i = section - self.COL_FIRST_CATEGORY
        if not 0 <= i < len(self._categories):
            return None
        return self._headers[i] if role == Qt.ItemDataRole.DisplayRole else self._categories[i]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        column = index.column()
        if column == self.COL_NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return surname_first(r.first_name, r.tussenvoegsel, r.surname) + ("  ⚠" if r.disputed else "")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Leerlingnummer %s") % r.leerlingnummer + (
                    self.tr(" · ouders zijn het oneens: het strengste antwoord telt") if r.disputed else "")
            return None
        if column == self.COL_CLASS:
            return r.class_name if role == Qt.ItemDataRole.DisplayRole else None
        i = column - self.COL_FIRST_CATEGORY
        if not 0 <= i < len(r.cells):
            return None
        cell = r.cells[i]
        if role == Qt.ItemDataRole.DisplayRole:
            return STATE_SYMBOLS[cell.state] + (" ⚠" if cell.disputed else "") + (" ⇢" if cell.carried_over else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            extra = []
            if cell.disputed:
                extra.append(self.tr("ouders oneens"))
            if cell.carried_over:
                extra.append(self.tr("overgenomen van vorig jaar"))
            return state_label(cell.state) + (f" ({', '.join(extra)})" if extra else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return state_label(cell.state)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_COLOURS[cell.state])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return cell.state.value
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
