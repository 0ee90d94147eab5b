"""The side tables of the Toestemmingen page: counts per class and the chosen pupil's history,
plus the short category headers that let eight categories fit next to the names."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from scope_desk.ui.consent_labels import state_label, via_label

_LINE = 9  # characters per header line before it is shortened


def _tr(text: str) -> str:
    return QCoreApplication.translate("consent", text)


def _short(code: str) -> str | None:
    """Short, two-line headers for the board's default categories (the full label is the tooltip)."""
    return {
        "school_guide": _tr("School-\ngids"), "website": _tr("Website"), "newsletter": _tr("Nieuws-\nbrief"),
        "parent_app": _tr("Ouder-\napp"), "social_media": _tr("Social\nmedia"), "local_press": _tr("Pers"),
        "research_training": _tr("Onder-\nzoek"), "recordings": _tr("Beeld &\ngeluid"),
    }.get(code)


def short_header(code: str, label: str) -> str:
    """A header of at most two short lines: the board's own abbreviation, else the label folded."""
    short = _short(code)
    if short is not None:
        return short
    words, lines = label.split(), [""]
    for word in words:
        candidate = f"{lines[-1]} {word}".strip()
        if len(candidate) <= _LINE or not lines[-1]:
            lines[-1] = candidate
        elif len(lines) < 2:
            lines.append(word)
        else:
            lines[-1] = candidate
            break
    return "\n".join(line if len(line) <= _LINE else line[:_LINE - 1] + "…" for line in lines[:2])


class _Table(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def tips(self) -> tuple[str, ...]:
        return ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and self.tips():
            return self.tips()[section]
        return None


class CountsTableModel(_Table):
    """Per class: pupils, slips returned, with a refusal, guardians disagree. Sorted on the class name."""

    HEADERS = ("Groep", "Leerl.", "Ingel.", "Weig.", "Oneens")

    def tips(self) -> tuple[str, ...]:
        return (_tr("Groep"), _tr("Leerlingen in de groep"), _tr("Leerlingen van wie een antwoord is ingeleverd"),
                _tr("Leerlingen met minstens één weigering of intrekking"),
                _tr("Leerlingen van wie de ouders het oneens zijn"))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (c.class_name, str(c.pupils), str(c.returned), str(c.any_refusal), str(c.disputed))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2 and c.not_returned:
            return _tr("%1 niet ingeleverd").replace("%1", str(c.not_returned))
        return None


def one_line(header: str) -> str:
    """ "Nieuws-\nbrief" → "Nieuwsbrief", "Sociale\nmedia" → "Sociale media"."""
    return header.replace("-\n", "").replace("\n", " ")


class HistoryTableModel(_Table):
    """The decision events of one pupil, newest first: date, category, and the answer with, on a
    second line, how it came in and from whom (so the pane stays narrow next to the grid)."""

    HEADERS = ("Datum", "Categorie", "Keuze · via · door")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.short_labels: dict[int, str] = {}  # category id → short label (this round's categories)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        h = self._rows[index.row()]
        counts = getattr(h, "counts", True)
        if role == Qt.ItemDataRole.DisplayRole:
            answer = state_label(h.state) + ("" if counts else " " + _tr("(telt niet: geen gezag)"))
            return (h.decided_on.strftime("%d-%m-%Y"), self.short_labels.get(h.category_id, h.category_label),
                    f"{answer}\n{via_label(h.received_via)} · {h.given_by or _tr('gezin')}")[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [f"{h.category_label} ({h.year_label})", _tr("vastgelegd door %1 op %2")
                     .replace("%1", h.recorded_by).replace("%2", h.recorded_at.strftime("%d-%m-%Y %H:%M"))]
            if not counts:
                parts.append(_tr("Deze ouder/verzorger heeft geen gezag: het antwoord is bewaard maar telt niet mee."))
            if h.note:
                parts.append(h.note)
            return "\n".join(parts)
        if role == Qt.ItemDataRole.ForegroundRole and not counts:
            return QBrush(QColor("#777777"))
        return None
