"""Table models of the Beheer page; each sorts its own Python list."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from scope_desk.services.access import ROLE_LABELS
from scope_desk.services.audit_labels import action_label
from scope_desk.services.retention_plan import DATA_TYPE_LABELS


def _tr(text: str) -> str:
    return QCoreApplication.translate("admin", text)


def _when(value: datetime | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%d-%m-%Y %H:%M")
    return value.strftime("%d-%m-%Y")


TOOLTIP_FROM = 40  # characters: longer cells also show their text as a tooltip
MAX_COLUMN_WIDTH = 380  # pixels: no column pushes the others out of sight


def fit_columns(table) -> None:
    """Columns as wide as their contents, but none wider than MAX_COLUMN_WIDTH (the last one stretches)."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count() - 1):
        if header.sectionSize(column) > MAX_COLUMN_WIDTH:
            header.resizeSection(column, MAX_COLUMN_WIDTH)


class ListTableModel(QAbstractTableModel):
    """Rows are frozen dataclasses; ``columns`` are (header, getter) pairs; sorting on the raw value."""

    columns: tuple[tuple[str, Any], ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return _tr(self.columns[section][0])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell too long for its column
            text = self.data(index)
            return text if len(text) > TOOLTIP_FROM else None
        value = self.columns[index.column()][1](self._rows[index.row()])
        if isinstance(value, (datetime, date)):
            return _when(value)
        return "" if value is None else str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        getter = self.columns[column][1]
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=lambda r: _sort_key(getter(r)), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def _sort_key(value: Any) -> tuple:
    if value is None:
        return (2, "")
    if isinstance(value, datetime):
        return (0, value.timestamp())
    if isinstance(value, date):
        return (0, value.toordinal())
    if isinstance(value, (int, float)):
        return (0, value)
    return (1, str(value).casefold())


def grants_text(grants, school_names: dict[int, str]) -> str:
    parts = []
    for g in grants:
        where = _tr("alle scholen") if g.school_id is None else school_names.get(g.school_id, f"school {g.school_id}")
        parts.append(f"{ROLE_LABELS[g.role]} ({where})")
    return "; ".join(parts)


class AccountsTableModel(ListTableModel):
    school_names: dict[int, str] = {}
    columns = (
        ("Gebruikersnaam", lambda a: a.username),
        ("Naam", lambda a: a.display_name),
        ("Rollen", lambda a: grants_text(a.grants, AccountsTableModel.school_names)),
        ("Status", lambda a: _tr("actief") if a.active else _tr("uitgeschakeld")),
        ("Laatst aangemeld", lambda a: a.last_login_at),
    )


def action_text(code: str) -> str:
    """The Logboek's name for an audit action code, in the interface language."""
    return _tr(action_label(code))


class AuditTableModel(ListTableModel):
    ACTION_COLUMN = 2
    columns = (
        ("Moment", lambda r: r.at),
        ("Gebruiker", lambda r: r.actor_name),
        ("Handeling", lambda r: action_text(r.action)),
        ("Over", lambda r: f"{r.entity_type} {r.entity_id}" if r.entity_id is not None else r.entity_type),
        ("Leerling", lambda r: r.pupil_id),
        ("Details", lambda r: r.detail),
    )

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == self.ACTION_COLUMN:
            return self._rows[index.row()].action  # the code as stored, for whoever needs it exactly
        return super().data(index, role)


class RequestsTableModel(ListTableModel):
    columns = (
        ("Leerling", lambda r: r.pupil_name),
        ("Aangevraagd door", lambda r: r.requested_by),
        ("Ontvangen", lambda r: r.received_on),
        ("Uiterlijk", lambda r: r.due_on),
        ("Afgehandeld", lambda r: r.completed_on),
    )


class HoldsTableModel(ListTableModel):
    columns = (
        ("Incident", lambda h: h.incident_id),
        ("School", lambda h: h.school),
        ("Gemeld", lambda h: h.reported_on),
        ("Titel", lambda h: h.title or _tr("(niet zichtbaar voor uw rol)")),
        ("Bewaarplicht", lambda h: _tr("ja") if h.legal_hold else _tr("nee")),
    )


class PlanTableModel(ListTableModel):
    columns = (
        ("Soort", lambda line: DATA_TYPE_LABELS.get(line.data_type, line.data_type)),
        ("Kenmerk", lambda line: line.reference),
        ("School", lambda line: line.school),
        ("Sinds", lambda line: line.since),
    )
