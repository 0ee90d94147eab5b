"""Toestemmingen: the registry grid per school, year and class, entered from the keyboard.

Keys in the grid: J = toestemming (ja), N = geen toestemming (nee), O = niet ingeleverd (a
correction), I = intrekken (asks date and reason). With Shift the answer goes to the whole slip
(every category of the pupil). The cursor then moves on, so a pile of slips needs no mouse.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
    QSplitter, QTableView, QVBoxLayout, QWidget,
)

from scope_desk.errors import DomainError
from scope_desk.services import slip_codes
from scope_desk.services.access import Actor, Permission
from scope_desk.services.consent_types import ConsentState, DecisionEntry, ReceivedVia
from scope_desk.ui.consent_labels import state_label, via_label
from scope_desk.services.container import Services
from scope_desk.ui.consent_dialogs import CategoryEditorDialog, WithdrawDialog
from scope_desk.ui.consent_tables import CountsTableModel, HistoryTableModel, one_line, short_header
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


def _side_table(name: str, model) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setStretchLastSection(True)
    view.setStyleSheet("QTableView::item { padding: 0 3px; } QHeaderView::section { padding: 4px 3px; }")
    return view


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
        self.counts_title = QLabel("", objectName="counts_title", wordWrap=True)
        self.counts_model = CountsTableModel(self)
        self.counts_view = _side_table("counts_view", self.counts_model)
        self.counts_view.horizontalHeader().setStretchLastSection(False)
        self.counts_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.status_label = QLabel("", objectName="status_label", wordWrap=True)
        self.history_model = HistoryTableModel(self)
        self.history_view = _side_table("history_view", self.history_model)
        self.history_view.setWordWrap(True)
        self.history_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.history_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history_view.horizontalHeader().setStretchLastSection(False)
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for column, mode in enumerate((fit, fit, fit, fit, stretch)):  # the giver's name wraps
            self.history_view.horizontalHeader().setSectionResizeMode(column, mode)
        self.grid.setStyleSheet("QHeaderView::section { padding: 4px 3px; }")
        self.withdraw_button = QPushButton(self.tr("Intrekken…"), objectName="withdraw_button")
        self.import_button = QPushButton(self.tr("Leerlingen inlezen…"), objectName="import_button")
        self.import_button.setVisible(actor.school_ids(Permission.IMPORT_PUPILS) != set())
        self.import_dialog = None
        self.categories_button = QPushButton(self.tr("Categorieën…"), objectName="categories_button")
        self.categories_button.setToolTip(self.tr("Categorieën van deze ronde toevoegen, hernoemen of in een andere "
                                                  "volgorde zetten"))
        self.category_dialog = None
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
        filters.addWidget(self.categories_button)
        counts_box, history_box = QWidget(), QWidget()
        counts_layout, history_layout = QVBoxLayout(counts_box), QVBoxLayout(history_box)
        for box_layout in (counts_layout, history_layout):
            box_layout.setContentsMargins(0, 0, 0, 0)
        counts_layout.addWidget(self.counts_title)
        counts_layout.addWidget(self.counts_view, 1)
        self.history_title = QLabel(self.tr("Geschiedenis van de gekozen leerling"), objectName="history_title")
        history_layout.addWidget(self.history_title)
        history_layout.addWidget(self.history_view, 1)
        history_layout.addWidget(self.withdraw_button)
        side = QSplitter(Qt.Orientation.Vertical, objectName="side_splitter")
        side.addWidget(counts_box)
        side.addWidget(history_box)
        side.setSizes([260, 440])
        self.splitter = splitter = QSplitter(objectName="consent_splitter")
        splitter.addWidget(self.grid)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([830, 360])
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addLayout(filters)
        layout.addWidget(QLabel(self.tr("Toetsen: J = toestemming, N = geen toestemming, O = niet ingeleverd, "
                                        "I = intrekken; met Shift voor het hele strookje.")))
        layout.addWidget(splitter, 1)
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
        self.categories_button.clicked.connect(self.open_categories)
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
        self.categories_button.setVisible(self.actor.can(Permission.MANAGE_ROUNDS, choice.school_id))
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
        headers = [short_header(c.code, c.label) for c in self.registry.round.categories]
        self.history_model.short_labels = {c.id: one_line(h) for c, h in zip(self.registry.round.categories, headers)}
        self.category_combo.blockSignals(True)
        current = self.category_combo.currentIndex()
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("alle categorieën"), None)
        for i, label in enumerate(labels):
            self.category_combo.addItem(label, i)
        self.category_combo.setCurrentIndex(max(0, min(current, len(labels))))
        self.category_combo.blockSignals(False)
        self.model.set_rows(self.registry.rows, labels, headers)
        self._apply_filter()
        self._show_counts()
        self._size_columns()

    def _size_columns(self) -> None:
        """Names and class to their contents (within reason); every category the same compact width,
        just wide enough for its two-line short header."""
        self.grid.resizeColumnToContents(ConsentTableModel.COL_NAME)
        self.grid.resizeColumnToContents(ConsentTableModel.COL_CLASS)
        self.grid.setColumnWidth(ConsentTableModel.COL_NAME, min(self.grid.columnWidth(ConsentTableModel.COL_NAME), 175))
        metrics = self.grid.horizontalHeader().fontMetrics()
        lines = [line for c in range(ConsentTableModel.COL_FIRST_CATEGORY, self.model.columnCount())
                 for line in str(self.model.headerData(c, Qt.Orientation.Horizontal)).split("\n")]
        width = max([metrics.horizontalAdvance(line) for line in lines] + [24]) + 10
        for column in range(ConsentTableModel.COL_FIRST_CATEGORY, self.model.columnCount()):
            self.grid.setColumnWidth(column, width)
        self._fit_splitter()

    def _fit_splitter(self) -> None:
        """Give the grid the width its columns need; the side pane (counts, history) gets the rest."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        needed = sum(self.grid.columnWidth(c) for c in range(self.model.columnCount()))
        needed += self.grid.verticalScrollBar().sizeHint().width() + 2 * self.grid.frameWidth() + 2
        side = max(300, total - needed)
        self.splitter.setSizes([total - side, side])

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self._fit_splitter()

    def _apply_filter(self) -> None:
        self.model.set_filter(self.search_edit.text() if not self.search_edit.text().upper().startswith("SD-") else "",
                              self.filter_combo.currentData() or FILTER_ALL, self.category_combo.currentData())
        if self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(0, ConsentTableModel.COL_FIRST_CATEGORY))

    def _show_counts(self, counts=None) -> None:
        counts = self.registry.counts if counts is None else counts
        self.counts_model.set_rows(counts)
        self.counts_view.resizeColumnsToContents()
        total = [sum(getattr(c, f) for c in counts) for f in ("pupils", "returned", "any_refusal")]
        self.counts_title.setText(self.tr("Per groep · samen %1 leerlingen, %2 ingeleverd, %3 met weigering")
                                  .replace("%1", str(total[0])).replace("%2", str(total[1])).replace("%3", str(total[2])))

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

    def open_categories(self) -> None:
        """The category editor for the shown round (MANAGE_ROUNDS); saved in one transaction."""
        if self.registry is None:
            return
        round_view = self.registry.round
        self.category_dialog = CategoryEditorDialog(round_view.categories, round_view.year_label, self)
        self.category_dialog.accepted.connect(lambda d=self.category_dialog: self._save_categories(round_view.id, d.value()))
        self.category_dialog.open()

    def _save_categories(self, round_id: int, items) -> None:
        try:
            self._recording = True
            try:
                self.services.consent.edit_categories(self.actor, round_id, items)
            finally:
                self._recording = False
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Niet opgeslagen"), str(exc))
            return
        self.refresh()
        self.status_label.setText(self.tr("De categorieën zijn opgeslagen."))

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
        try:
            history = self.services.consent.history(self.actor, pupil_id)
        except DomainError:
            history = ()
        self.history_model.set_rows(history)

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
