"""Table models of the incident page. Each sorts (and the incident list also filters) its own list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from scope_desk.naming import fold
from scope_desk.services.incident_lists import (
    MEASURE_LABELS,
    PARTY_KIND_LABELS,
    ROLE_LABELS,
    SEVERITY_LABELS,
    STATUS_LABELS,
    IncidentStatus,
    category_label,
)
from scope_desk.services.incident_types import (
    ChronologyEntry,
    EvidenceState,
    EvidenceView,
    FollowUpItem,
    IncidentSummary,
    MeasureView,
    PartyView,
    DepictedView,
    ConversationView,
)
from scope_desk.ui.incidents.text import fmt_date, fmt_datetime, t

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
BAD = QColor("#b3261e")
GOOD = QColor("#2e7d4f")
WARN = QColor("#b26a00")


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    key: Callable[[Any], Any] | None = None  # sort key; the text when None
    color: Callable[[Any], QColor | None] | None = None


class RowsTableModel(QAbstractTableModel):
    """A read-only table over a list of frozen rows; sorting happens on the model's own list."""

    columns: tuple[Column, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return t(self.columns[section].title)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (0 <= index.column() < len(self.columns)):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            color = column.color(row)
            return QBrush(color) if color is not None else None
        if role == ROW_ID_ROLE:
            return getattr(row, "id", None)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.columns)):
            return
        spec = self.columns[column]
        key = spec.key or (lambda r: fold(spec.text(r)))
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=lambda r: (key(r) is None, key(r) if key(r) is not None else 0),
                        reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def _status_color(row: IncidentSummary) -> QColor | None:
    return {IncidentStatus.NEW: WARN, IncidentStatus.CLOSED: QColor("#5d6b78")}.get(row.status)


def _due_color(row) -> QColor | None:
    due = getattr(row, "next_check_back", None) or getattr(row, "check_back_on", None)
    return BAD if due is not None and due < date.today() else None


class IncidentTableModel(RowsTableModel):
    columns = (
        Column("Nr.", lambda r: str(r.id), key=lambda r: r.id),
        Column("Voorval", lambda r: fmt_date(r.happened_on), key=lambda r: r.happened_on),
        Column("Omschrijving", lambda r: r.title),
        Column("Status", lambda r: t(STATUS_LABELS[r.status]), key=lambda r: list(STATUS_LABELS).index(r.status),
               color=_status_color),
        Column("Terugkomen", lambda r: fmt_date(r.next_check_back), key=lambda r: r.next_check_back, color=_due_color),
        Column("Categorie", lambda r: t(category_label(r.category))),
        Column("Platform", lambda r: r.platform),
        Column("Ernst", lambda r: t(SEVERITY_LABELS[r.severity]), key=lambda r: list(SEVERITY_LABELS).index(r.severity)),
        Column("School", lambda r: r.school_name),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[IncidentSummary] = []
        self._filter: tuple = (None, None, None, None, "", None)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_incidents(self, rows: list[IncidentSummary]) -> None:
        self._all = list(rows)
        self._apply()

    def set_filter(self, *, school_id: int | None = None, status: IncidentStatus | None = None,
                   date_from: date | None = None, date_to: date | None = None, text: str = "",
                   article: tuple[str, int | None] | None = None) -> None:
        """``article`` is (code, protocol version id or None): keep the incidents citing that article."""
        self._filter = (school_id, status, date_from, date_to, fold(text.strip()), article)
        self._apply()

    def _apply(self) -> None:
        school_id, status, date_from, date_to, needle, article = self._filter
        rows = [r for r in self._all
                if (school_id is None or r.school_id == school_id) and (status is None or r.status is status)
                and (date_from is None or r.happened_on >= date_from) and (date_to is None or r.happened_on <= date_to)
                and all(word in r.search_text for word in needle.split())
                and (article is None or r.cites(*article))]
        self.set_rows(rows)
        if self._sort is not None:
            super().sort(*self._sort)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        super().sort(column, order)

    def row_of(self, incident_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == incident_id), -1)


class PartyTableModel(RowsTableModel):
    columns = (
        Column("Naam", lambda r: r.name),
        Column("Soort", lambda r: t(PARTY_KIND_LABELS[r.kind])),
        Column("Rol", lambda r: t(ROLE_LABELS[r.role])),
        Column("Toelichting", lambda r: r.note),
    )


class ConversationTableModel(RowsTableModel):
    columns = (
        Column("Datum en tijd", lambda r: fmt_datetime(r.held_at), key=lambda r: r.held_at),
        Column("Terugkomen", lambda r: (fmt_date(r.check_back_on) + (" ✓" if r.checked_back else "")) if r.check_back_on else "",
               key=lambda r: r.check_back_on, color=lambda r: None if r.checked_back else _due_color(r)),
        Column("Versies", lambda r: str(len(r.versions)), key=lambda r: len(r.versions)),
        Column("Deelnemers", lambda r: ", ".join([a.name for a in r.attendees] + ([r.other_attendees] if r.other_attendees else []))),
    )


class MeasureTableModel(RowsTableModel):
    columns = (
        Column("Datum", lambda r: fmt_date(r.decided_on), key=lambda r: r.decided_on),
        Column("Maatregel", lambda r: t(MEASURE_LABELS[r.kind])),
        Column("Besloten door", lambda r: r.decided_by),
        Column("Betreft", lambda r: r.party_name),
        Column("Toelichting", lambda r: r.note),
    )


class EvidenceTableModel(RowsTableModel):
    columns = (
        Column("Bestand", lambda r: r.original_name),
        Column("Controle", lambda r: t(r.state_label), key=lambda r: r.state.value,
               color=lambda r: GOOD if r.state is EvidenceState.VERIFIED else BAD),
        Column("SHA-256", lambda r: r.sha256),
        Column("Toegevoegd", lambda r: f"{fmt_datetime(r.added_at)} · {r.added_by}", key=lambda r: r.added_at),
    )


class DepictedTableModel(RowsTableModel):
    columns = (
        Column("Leerling", lambda r: r.name),
        Column("Kanaal", lambda r: r.channel_label),
        Column("Geplaatst", lambda r: fmt_date(r.posted_on), key=lambda r: r.posted_on),
        Column("Toestemming op die datum", lambda r: t(r.consent_label),
               color=lambda r: GOOD if r.consent_given else BAD),
    )


class AgendaTableModel(RowsTableModel):
    columns = (
        Column("Terugkomen", lambda r: fmt_date(r.check_back_on) + ("  (te laat)" if r.overdue else ""),
               key=lambda r: r.check_back_on, color=lambda r: BAD if r.overdue else None),
        Column("Incident", lambda r: f"{r.incident_id} · {r.incident_title}"),
        Column("Gesprek van", lambda r: fmt_datetime(r.held_at), key=lambda r: r.held_at),
        Column("Vastgelegd door", lambda r: r.owner),
        Column("School", lambda r: r.school_name),
    )


class ChronologyTableModel(RowsTableModel):
    columns = (
        Column("Datum", lambda r: fmt_date(r.on), key=lambda r: r.on),
        Column("Wat", lambda r: {"incident": t("Incident"), "gesprek": t("Gesprek"), "maatregel": t("Maatregel")}[r.kind]),
        Column("Incident", lambda r: f"{r.incident_id} · {r.title}"),
        Column("Bijzonderheden", lambda r: r.detail),
    )


__all__ = [
    "AgendaTableModel", "ChronologyTableModel", "ConversationTableModel", "DepictedTableModel", "EvidenceTableModel",
    "IncidentTableModel", "MeasureTableModel", "PartyTableModel", "RowsTableModel", "ROW_ID_ROLE",
    # value types the rows hold (re-exported for type hints in widgets)
    "ChronologyEntry", "ConversationView", "DepictedView", "EvidenceView", "FollowUpItem", "MeasureView", "PartyView",
]
