"""Table models of the import wizard: the dry-run rows and the first rows of the file.

Both keep and sort their own Python lists (no proxy model).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

KIND_NEW, KIND_CHANGED, KIND_LEFT, KIND_REJECTED = "new", "changed", "left", "rejected"
KINDS = (KIND_NEW, KIND_CHANGED, KIND_LEFT, KIND_REJECTED)
_KIND_ORDER = {kind: i for i, kind in enumerate(KINDS)}


def _tr(text: str) -> str:
    return QCoreApplication.translate("import", text)


def kind_label(kind: str) -> str:
    return {KIND_NEW: _tr("nieuw"), KIND_CHANGED: _tr("gewijzigd"), KIND_LEFT: _tr("vertrokken"),
            KIND_REJECTED: _tr("afgewezen")}[kind]


@dataclass(frozen=True)
class PlanRow:
    kind: str
    line: int | None  # None: a pupil who left is not in the file
    leerlingnummer: str
    name: str
    class_name: str
    detail: str


def plan_rows(plan) -> list[PlanRow]:
    """The rows of an ``ImportPlan`` in the order a user reads them: rejected first, then by line."""
    rows = [PlanRow(KIND_REJECTED, r.line, r.leerlingnummer, "", "", r.reason) for r in plan.rejected]
    rows += [PlanRow(KIND_NEW, p.line, p.leerlingnummer, p.name, p.class_name, "") for p in plan.new]
    rows += [PlanRow(KIND_CHANGED, p.line, p.leerlingnummer, p.name, p.class_name, ", ".join(p.changes))
             for p in plan.changed]
    rows += [PlanRow(KIND_LEFT, None, p.leerlingnummer, p.name, p.class_name,
                     _tr("staat niet in de volledige export")) for p in plan.left]
    return rows


class PlanTableModel(QAbstractTableModel):
    """What the import would do, one row per pupil (or rejected line); filter on one kind."""

    HEADERS = ("Wat", "Regel", "Leerlingnummer", "Naam", "Groep", "Toelichting")
    COL_KIND, COL_LINE, COL_NUMBER, COL_NAME, COL_CLASS, COL_DETAIL = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[PlanRow] = []
        self._rows: list[PlanRow] = []
        self._kind: str | None = None
        self._sort = (self.COL_KIND, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: list[PlanRow]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._rows = self._filtered()
        self.endResetModel()

    def set_kind(self, kind: str | None) -> None:
        self.beginResetModel()
        self._kind = kind
        self._rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[PlanRow]:
        rows = [r for r in self._all if self._kind is None or r.kind == self._kind]
        column, order = self._sort
        rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        return rows

    def _key(self, column: int):
        line = lambda r: r.line if r.line is not None else 1 << 30  # noqa: E731
        if column == self.COL_LINE:
            return lambda r: (line(r), r.leerlingnummer)
        if column == self.COL_NUMBER:
            return lambda r: r.leerlingnummer
        if column == self.COL_NAME:
            return lambda r: (r.name.casefold(), line(r))
        if column == self.COL_CLASS:
            return lambda r: (r.class_name, r.name.casefold())
        if column == self.COL_DETAIL:
            return lambda r: (r.detail, line(r))
        return lambda r: (_KIND_ORDER[r.kind], line(r), r.name.casefold())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._rows = self._filtered()
        self.layoutChanged.emit()

    def row_at(self, row: int) -> PlanRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (kind_label(r.kind), "" if r.line is None else str(r.line), r.leerlingnummer, r.name, r.class_name,
                    r.detail)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_DETAIL and r.detail:
            return r.detail
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FilePreviewModel(QAbstractTableModel):
    """The header and the first rows of the file, as they are (for the mapping dialog)."""

    def __init__(self, headers: tuple[str, ...], rows: list[tuple[int, tuple[str, ...]]], parent=None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows = list(rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(self._rows[section][0]) if 0 <= section < len(self._rows) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole or not 0 <= index.row() < len(self._rows):
            return None
        cells = self._rows[index.row()][1]
        return cells[index.column()] if index.column() < len(cells) else ""
