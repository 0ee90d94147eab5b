"""Toestemmingen: the registry grid per school, year and class, entered from the keyboard.

Keys in the grid: J = toestemming (ja), N = geen toestemming (nee), O = niet ingeleverd (a
correction), I = intrekken (asks date and reason). With Shift the answer goes to the whole slip
(every category of the pupil). The cursor then moves on, so a pile of slips needs no mouse.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QMessageBox, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from scope_desk.errors import DomainError
from scope_desk.services import slip_codes
from scope_desk.services.access import Actor, Permission
from scope_desk.services.consent_types import ConsentState, DecisionEntry, ReceivedVia
from scope_desk.ui.consent_labels import state_label, via_label
from scope_desk.services.container import Services
from scope_desk.ui.consent_model import FILTER_ALL, FILTER_DISPUTED, FILTER_NOT_RETURNED, FILTER_REFUSAL, ConsentTableModel

KEYS = {Qt.Key.Key_J: ConsentState.GRANTED, Qt.Key.Key_N: ConsentState.REFUSED, Qt.Key.Key_O: ConsentState.NOT_RETURNED,
        Qt.Key.Key_I: ConsentState.WITHDRAWN}


class ConsentGridView(QTableView):
    answered = Signal(object, bool)  # ConsentState, whole slip

    def keyPressEvent(self, event) -> None:
        state = KEYS.get(Qt.Key(event.key()))
        if state is not None and not (event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.answered.emit(state, bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            return
        super().keyPressEvent(event)


class WithdrawDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Toestemming intrekken"))
        self.date_edit = QDateEdit(QDate.currentDate(), objectName="withdraw_date", calendarPopup=True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.reason_edit = QLineEdit(objectName="withdraw_reason")
        self.error_label = QLabel("", objectName="withdraw_error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Datum"), self.date_edit)
        form.addRow(self.tr("Reden"), self.reason_edit)
        form.addRow(self.error_label)
        form.addRow(buttons)

    def accept(self) -> None:
        if not self.reason_edit.text().strip():
            self.error_label.setText(self.tr("Geef een reden voor het intrekken."))
            return
        if self.date_edit.date() > QDate.currentDate():
            self.error_label.setText(self.tr("De datum ligt in de toekomst."))
            return
        super().accept()

    def value(self) -> tuple[date, str]:
        return self.date_edit.date().toPython(), self.reason_edit.text().strip()


class ConsentPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.registry = None
        self.round_combo = QComboBox(objectName="round_combo")
        self.class_combo = QComboBox(objectName="class_combo")
        self.search_edit = QLineEdit(objectName="search_edit", placeholderText=self.tr("Zoek op naam of scan een strookje…"))
        self.filter_combo = QComboBox(objectName="filter_combo")
        for text, kind in ((self.tr("Iedereen"), FILTER_ALL), (self.tr("Met een weigering"), FILTER_REFUSAL),
                           (self.tr("Niet ingeleverd"), FILTER_NOT_RETURNED), (self.tr("Ouders oneens"), FILTER_DISPUTED)):
            self.filter_combo.addItem(text, kind)
        self.category_combo = QComboBox(objectName="category_combo")
        self.via_combo = QComboBox(objectName="via_combo")
        for via in (ReceivedVia.PAPER, ReceivedVia.EMAIL, ReceivedVia.PHONE, ReceivedVia.PARENT_APP, ReceivedVia.IN_PERSON):
            self.via_combo.addItem(via_label(via), via)
        self.model = ConsentTableModel(self)
        self.grid = ConsentGridView(objectName="consent_grid")
        self.grid.setModel(self.model)
        self.grid.setSortingEnabled(True)
        self.grid.sortByColumn(ConsentTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().hide()
        self.counts_label = QLabel("", objectName="counts_label", wordWrap=True)
        self.status_label = QLabel("", objectName="status_label", wordWrap=True)
        self.history_list = QListWidget(objectName="history_list")
        self.withdraw_button = QPushButton(self.tr("Intrekken…"), objectName="withdraw_button")
        self.import_button = QPushButton(self.tr("Leerlingen inlezen…"), objectName="import_button")
        self.import_button.setVisible(actor.school_ids(Permission.IMPORT_PUPILS) != set())
        self.import_dialog = None
        self.can_record = False
        self._recording = False  # our own keystroke: the row is updated in place, no full refresh

        pickers, filters = QHBoxLayout(), QHBoxLayout()
        for box, label, widget in ((pickers, self.tr("School en jaar"), self.round_combo), (pickers, self.tr("Groep"), self.class_combo),
                                   (pickers, self.tr("Ontvangen via"), self.via_combo), (filters, self.tr("Tonen"), self.filter_combo),
                                   (filters, self.tr("in"), self.category_combo)):
            box.addWidget(QLabel(label))
            box.addWidget(widget)
        pickers.addStretch(1)
        pickers.addWidget(self.import_button)
        filters.addWidget(self.search_edit, 1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(QLabel(self.tr("Geschiedenis van de gekozen leerling")))
        side_layout.addWidget(self.history_list, 1)
        side_layout.addWidget(self.withdraw_button)
        splitter = QSplitter()
        splitter.addWidget(self.grid)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addLayout(filters)
        layout.addWidget(QLabel(self.tr("Toetsen: J = toestemming, N = geen toestemming, O = niet ingeleverd, "
                                        "I = intrekken; met Shift voor het hele strookje.")))
        layout.addWidget(splitter, 1)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.status_label)

        self.round_combo.currentIndexChanged.connect(self._round_changed)
        self.class_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.filter_combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.category_combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.search_edit.textChanged.connect(lambda _t: self._apply_filter())
        self.search_edit.returnPressed.connect(self._search_entered)
        self.grid.answered.connect(self._answer)
        self.grid.selectionModel().currentChanged.connect(self._current_changed)
        self.withdraw_button.clicked.connect(lambda: self._answer(ConsentState.WITHDRAWN, False))
        self.import_button.clicked.connect(self.open_import)
        self._load_rounds()

    # ---- loading -----------------------------------------------------------------------------
    def _load_rounds(self) -> None:
        shown = self.round_combo.currentData()
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for choice in self.services.consent.round_choices(self.actor):
            self.round_combo.addItem(f"{choice.school_name} ({choice.brin}) · {choice.year_label}", choice)
            if shown is not None and choice.round_id == shown.round_id:
                self.round_combo.setCurrentIndex(self.round_combo.count() - 1)
        self.round_combo.blockSignals(False)
        if self.round_combo.count():
            self.status_label.clear()
            self._round_changed()
        else:
            self.status_label.setText(self.tr("Er is nog geen toestemmingsronde. Lees eerst leerlingen in en open een ronde."))

    def _round_changed(self, _index: int = 0) -> None:
        choice = self.round_combo.currentData()
        if choice is None:
            return
        self.can_record = self.actor.can(Permission.RECORD_CONSENT, choice.school_id)
        self.withdraw_button.setEnabled(self.can_record)
        shown_class = self.class_combo.currentData() if self.class_combo.count() else -1
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        classes = self.services.consent.classes(self.actor, choice.school_id, choice.school_year_id)
        if self.actor.can(Permission.VIEW_CONSENT, choice.school_id):
            self.class_combo.addItem(self.tr("Alle groepen"), None)
        for c in classes:
            self.class_combo.addItem(f"{c.name} ({c.pupil_count})", c.id)
        if self.class_combo.findData(shown_class) >= 0:
            self.class_combo.setCurrentIndex(self.class_combo.findData(shown_class))
        self.class_combo.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        choice = self.round_combo.currentData()
        if choice is None:
            return
        try:
            self.registry = self.services.consent.registry(self.actor, choice.round_id, self.class_combo.currentData())
        except DomainError as exc:
            self.status_label.setText(str(exc))
            return
        labels = [c.label for c in self.registry.round.categories]
        self.category_combo.blockSignals(True)
        current = self.category_combo.currentIndex()
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("alle categorieën"), None)
        for i, label in enumerate(labels):
            self.category_combo.addItem(label, i)
        self.category_combo.setCurrentIndex(max(0, min(current, len(labels))))
        self.category_combo.blockSignals(False)
        self.model.set_rows(self.registry.rows, labels)
        self._apply_filter()
        self._show_counts()
        self.grid.resizeColumnsToContents()

    def _apply_filter(self) -> None:
        self.model.set_filter(self.search_edit.text() if not self.search_edit.text().upper().startswith("SD-") else "",
                              self.filter_combo.currentData() or FILTER_ALL, self.category_combo.currentData())
        if self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(0, ConsentTableModel.COL_FIRST_CATEGORY))

    def _show_counts(self, counts=None) -> None:
        counts = self.registry.counts if counts is None else counts
        parts = [self.tr("%1: %2 leerlingen, %3 ingeleverd, %4 niet ingeleverd, %5 met een weigering, %6 oneens")
                 .replace("%1", c.class_name).replace("%2", str(c.pupils)).replace("%3", str(c.returned))
                 .replace("%4", str(c.not_returned)).replace("%5", str(c.any_refusal)).replace("%6", str(c.disputed))
                 for c in counts]
        self.counts_label.setText("  ·  ".join(parts) if len(parts) < 4 else
                                  self.tr("Per groep (ingeleverd/leerlingen, weigering, oneens): ") + "  ·  ".join(
                                      f"{c.class_name} {c.returned}/{c.pupils}, {c.any_refusal}, {c.disputed}" for c in counts))

    @staticmethod
    def is_relevant(change) -> bool:
        return bool(change.consent or change.pupils)

    def refresh(self) -> None:
        """Data changed elsewhere (a slip on the Brieven page, an import): reload, keeping the round,
        class, filters and the cell the cursor is on."""
        if self._recording:
            return
        index = self.grid.currentIndex()
        row = self.model.row_at(index.row())
        pupil_id, column = (row.pupil_id if row else None), index.column()
        self._load_rounds()
        at = self.model.row_of_pupil(pupil_id) if pupil_id is not None else -1
        if at >= 0:
            self.grid.setCurrentIndex(self.model.index(at, max(column, 0)))

    def open_import(self) -> None:
        """Leerlingen inlezen for the shown school and year (another school can be picked there)."""
        from scope_desk.ui.consent_import.import_dialog import ImportDialog

        choice = self.round_combo.currentData()
        self.import_dialog = ImportDialog(self.services, self.actor, self, brin=choice.brin if choice else "",
                                          year_label=choice.year_label if choice else "")
        self.import_dialog.finished.connect(lambda _r, d=self.import_dialog: d.result is not None and self.refresh())
        self.import_dialog.open()

    # ---- entering ----------------------------------------------------------------------------
    def _answer(self, state: ConsentState, whole_slip: bool) -> None:
        index = self.grid.currentIndex()
        row = self.model.row_at(index.row())
        if row is None or self.registry is None:
            return
        if not self.can_record:
            self.status_label.setText(self.tr("U kunt deze lijst alleen bekijken."))
            return
        categories = self.registry.round.categories
        column = max(index.column(), ConsentTableModel.COL_FIRST_CATEGORY)
        targets = categories if whole_slip else [categories[column - ConsentTableModel.COL_FIRST_CATEGORY]]
        note, on = "", date.today()
        if state is ConsentState.WITHDRAWN:
            dialog = WithdrawDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            on, note = dialog.value()
        entries = [DecisionEntry(pupil_id=row.pupil_id, category_id=c.id, state=state, decided_on=on,
                                 received_via=self.via_combo.currentData(), note=note) for c in targets]
        try:
            self._recording = True
            try:
                self.services.consent.record(self.actor, entries)
            finally:
                self._recording = False
            fresh = self.services.consent.registry(self.actor, self.registry.round.id, row.class_id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Niet vastgelegd"), str(exc))
            return
        updated = next(r for r in fresh.rows if r.pupil_id == row.pupil_id)
        self.model.replace_row(updated)
        shown = self.class_combo.currentData()
        self._show_counts([c for c in fresh.counts if shown is None or c.class_id == shown] if shown else
                          self.services.consent.class_counts(self.actor, self.registry.round.id))
        self.status_label.setText(self.tr("Vastgelegd: %1 voor %2 categorie(ën).")
                                  .replace("%1", state_label(state)).replace("%2", str(len(targets))))
        self._move_on(index, whole_slip)
        self._show_history(row.pupil_id)

    def _move_on(self, index: QModelIndex, whole_slip: bool) -> None:
        last = self.model.columnCount() - 1
        row, column = index.row(), max(index.column(), ConsentTableModel.COL_FIRST_CATEGORY)
        if whole_slip or column >= last:
            row, column = row + 1, ConsentTableModel.COL_FIRST_CATEGORY
        else:
            column += 1
        if row < self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(row, column))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        if row is not None:
            self._show_history(row.pupil_id)

    def _show_history(self, pupil_id: int) -> None:
        self.history_list.clear()
        try:
            history = self.services.consent.history(self.actor, pupil_id)
        except DomainError:
            return
        for h in history:
            by = f" · {h.given_by}" if h.given_by else ""
            note = f" · {h.note}" if h.note else ""
            self.history_list.addItem(f"{h.decided_on:%d-%m-%Y} {h.category_label}: {state_label(h.state)}"
                                      f" ({via_label(h.received_via)}{by}){note} — {h.recorded_by}")

    def _search_entered(self) -> None:
        text = self.search_edit.text().strip()
        if not text.upper().startswith("SD-"):
            return
        try:
            code = slip_codes.decode(text)
        except DomainError as exc:
            self.status_label.setText(str(exc))
            return
        for i in range(self.round_combo.count()):
            if self.round_combo.itemData(i).round_id == code.round_id:
                self.round_combo.setCurrentIndex(i)
                break
        else:
            self.status_label.setText(self.tr("Dit strookje hoort bij een ronde die u niet kunt openen."))
            return
        self.class_combo.setCurrentIndex(0)
        self.search_edit.clear()
        row = self.model.row_of_pupil(code.pupil_id)
        if row < 0:
            self.status_label.setText(self.tr("De leerling van dit strookje staat niet (meer) in deze ronde."))
            return
        self.grid.setCurrentIndex(self.model.index(row, ConsentTableModel.COL_FIRST_CATEGORY))
        self.grid.setFocus()
        self.status_label.setText(self.tr("Strookje geopend: typ de antwoorden (J/N) per categorie."))
