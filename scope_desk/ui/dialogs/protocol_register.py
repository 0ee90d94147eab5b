"""Leesbevestigingen per school: who confirmed the protocol version and when, who has not yet;
record a paper confirmation; print the list as a PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from scope_desk.errors import DomainError
from scope_desk.services.protocol_types import Confirmation, ConfirmationRegister


def _local(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return (moment.astimezone() if moment.tzinfo else moment).strftime("%d-%m-%Y %H:%M")


class ConfirmationTableModel(QAbstractTableModel):
    COL_NAME, COL_FUNCTION, COL_STATUS, COL_AT = range(4)
    HEADERS = ("Naam", "Functie", "Status", "Gelezen op")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Confirmation] = []

    def set_rows(self, rows: list[Confirmation]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Confirmation:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, row.function,
                    self.tr("gelezen") if row.confirmed_at else self.tr("nog niet"), _local(row.confirmed_at))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.COL_STATUS:
            from PySide6.QtGui import QColor
            return QColor("#2e7d4f") if row.confirmed_at else QColor("#b26a00")
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        keys = {
            self.COL_NAME: lambda r: r.name.casefold(),
            self.COL_FUNCTION: lambda r: (r.function.casefold(), r.name.casefold()),
            self.COL_STATUS: lambda r: (r.confirmed_at is not None, r.name.casefold()),
            self.COL_AT: lambda r: (r.confirmed_at is None, r.confirmed_at or datetime.min, r.name.casefold()),
        }
        if column not in keys:
            return
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=keys[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class ProtocolRegisterDialog(QDialog):
    """``load(school_id) -> ConfirmationRegister``, ``record(staff_member_id)``, ``to_pdf(register) -> bytes``."""

    def __init__(self, schools: list[tuple[int, str]], load: Callable[[int], ConfirmationRegister],
                 record: Callable[[int], object], to_pdf: Callable[[ConfirmationRegister, Path], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Leesbevestigingen"))
        self.setObjectName("protocol_register_dialog")
        self._load, self._record, self._to_pdf = load, record, to_pdf
        self.register: ConfirmationRegister | None = None
        self.school_combo = QComboBox(objectName="school_combo")
        for school_id, name in schools:
            self.school_combo.addItem(name, school_id)
        self.summary_label = QLabel("", objectName="summary_label")
        self.summary_label.setWordWrap(True)
        self.model = ConfirmationTableModel(self)
        self.table = QTableView(objectName="register_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.record_button = QPushButton(self.tr("Papieren bevestiging vastleggen"), objectName="record_button")
        self.record_button.clicked.connect(self._record_selected)
        self.pdf_button = QPushButton(self.tr("Afdrukken als PDF…"), objectName="pdf_button")
        self.pdf_button.clicked.connect(self._save_pdf)
        self.error_label = QLabel("", objectName="error_label")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("School")))
        top.addWidget(self.school_combo, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.record_button)
        actions.addStretch(1)
        actions.addWidget(self.pdf_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        self.school_combo.currentIndexChanged.connect(self.refresh)
        self.resize(720, 560)
        self.refresh()

    def refresh(self) -> None:
        school_id = self.school_combo.currentData()
        self.error_label.clear()
        if school_id is None:
            self.summary_label.setText(self.tr("Er zijn geen scholen waarvan u de leesbevestigingen mag zien."))
            self.model.set_rows([])
            return
        try:
            self.register = self._load(school_id)
        except DomainError as exc:
            self.error_label.setText(str(exc))
            return
        done, todo = len(self.register.confirmed), len(self.register.pending)
        self.summary_label.setText(self.tr("Versie %1: %2 van %3 medewerkers hebben bevestigd dat zij deze versie lazen.")
                                   .replace("%1", self.register.version.label).replace("%2", str(done))
                                   .replace("%3", str(done + todo)))
        self.model.set_rows(list(self.register.pending) + list(self.register.confirmed))

    def _record_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.error_label.setText(self.tr("Kies eerst een medewerker in de lijst."))
            return
        person = self.model.row_at(rows[0].row())
        try:
            self._record(person.staff_member_id)
        except DomainError as exc:
            self.error_label.setText(str(exc))
            return
        self.refresh()

    def _save_pdf(self) -> None:
        if self.register is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Leesbevestigingen opslaan"),
                                              f"leesbevestigingen-{self.register.school_name}.pdf", "PDF (*.pdf)")
        if name:
            try:
                self._to_pdf(self.register, Path(name))
            except (DomainError, OSError) as exc:
                self.error_label.setText(str(exc))
