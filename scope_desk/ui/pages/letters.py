"""Brieven: the yearly consent round — set-up, letter batches with preview, progress, scanned slips."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from scope_desk.errors import DomainError
from scope_desk.letters.batch import BatchResult
from scope_desk.services.access import Actor, Permission
from scope_desk.services.container import Services
from scope_desk.services.round_types import LetterSelection, RoundSetup
from scope_desk.ui import theme
from scope_desk.ui.letters.batch_job import LetterBatchJob
from scope_desk.ui.letters.deadline import deadline_text
from scope_desk.ui.letters.preview_pane import PreviewPane
from scope_desk.ui.letters.printing import PrintJob
from scope_desk.ui.letters.progress_model import ClassProgressTableModel
from scope_desk.ui.letters.returns_panel import ReturnsPanel
from scope_desk.ui.letters.setup_panel import RoundSetupPanel
from scope_desk.ui.progress_delegate import ProgressBarDelegate
from scope_desk.ui.theme import PAGE_MARGINS

PREVIEW_LETTERS = 3


class LettersPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.rounds = services, actor, services.rounds
        self.setup: RoundSetup | None = None
        self.job: LetterBatchJob | None = None
        self.last_result: BatchResult | None = None
        self.school_combo = QComboBox(objectName="school_combo")
        self.year_combo = QComboBox(objectName="year_combo")
        self.open_round_button = QPushButton(self.tr("Ronde openen"), objectName="open_round_button")
        self.round_label = QLabel("", objectName="round_label", wordWrap=True)
        self.tabs = QTabWidget(objectName="letters_tabs")
        self.setup_panel = RoundSetupPanel(self.rounds, actor)
        self.returns_panel = ReturnsPanel(self.rounds, actor)

        self.class_list = QListWidget(objectName="class_list")
        self.only_missing_check = QCheckBox(self.tr("Alleen wie nog niet inleverde"), objectName="only_missing_check")
        self.reminder_check = QCheckBox(self.tr("Herinnering (alleen wie nog niet inleverde)"), objectName="reminder_check")
        self.per_family_check = QCheckBox(self.tr("Eén brief per gezin (broers en zussen samen)"), objectName="per_family_check")
        self.per_class_check = QCheckBox(self.tr("Eén bestand per groep"), objectName="per_class_check")
        self.preview_button = QPushButton(self.tr("Voorbeeld"), objectName="preview_button")
        self.generate_button = QPushButton(self.tr("Brieven maken…"), objectName="generate_button")
        self.generate_button.setProperty("role", "primary")
        self.open_button = QPushButton(self.tr("Openen"), objectName="open_button")
        self.print_button = QPushButton(self.tr("Afdrukken…"), objectName="print_button")
        self.folder_button = QPushButton(self.tr("Map openen"), objectName="folder_button")
        self.result_label = QLabel("", objectName="result_label", wordWrap=True)
        self.preview_pane = PreviewPane()
        self.preview = self.preview_pane.preview
        self.print_job: PrintJob | None = None
        self.deadline_label = QLabel("", objectName="deadline_label", wordWrap=True)
        self.progress_model = ClassProgressTableModel(self)
        self.progress_table = QTableView(objectName="progress_table")
        self.progress_table.setModel(self.progress_model)
        self.progress_table.setSortingEnabled(True)
        self.progress_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.progress_table.verticalHeader().hide()
        self.progress_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.progress_table.setItemDelegateForColumn(ClassProgressTableModel.COL_PROGRESS,
                                                     ProgressBarDelegate(self.progress_table))
        header = self.progress_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ClassProgressTableModel.COL_PROGRESS, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.progress_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.progress_label = QLabel("", objectName="progress_label")

        pickers = QHBoxLayout()
        for text, widget in ((self.tr("School"), self.school_combo), (self.tr("Schooljaar"), self.year_combo)):
            pickers.addWidget(QLabel(text))
            pickers.addWidget(widget)
        pickers.addWidget(self.open_round_button)
        pickers.addWidget(self.round_label, 1)

        choose = QVBoxLayout()
        choose.addWidget(QLabel(self.tr("Groepen")))
        choose.addWidget(self.class_list, 1)
        for widget in (self.only_missing_check, self.reminder_check, self.per_family_check, self.per_class_check):
            choose.addWidget(widget)
        for buttons in ((self.preview_button, self.generate_button),
                        (self.open_button, self.print_button, self.folder_button)):
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            choose.addLayout(row)
        choose.addWidget(self.result_label)
        left = QWidget()
        left.setLayout(choose)
        left.setMinimumWidth(left.sizeHint().width())  # every option and button readable
        # Progress and preview side by side with the choice, each with the room of the wide column:
        # the progress table shows every column without scrolling at 1280 x 800.
        progress = QWidget()
        progress_layout = QVBoxLayout(progress)
        progress_layout.addWidget(self.deadline_label)
        progress_layout.addWidget(self.progress_table, 1)
        progress_layout.addWidget(self.progress_label)
        self.view_tabs = QTabWidget(objectName="letters_view_tabs")
        self.view_tabs.addTab(progress, self.tr("Voortgang per groep"))
        self.view_tabs.addTab(self.preview_pane, self.tr("Voorbeeld"))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.view_tabs)
        splitter.setStretchFactor(0, 0)  # extra width goes to the progress table and the preview
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.tabs.addTab(splitter, self.tr("Brieven"))
        self.tabs.addTab(self.setup_panel, self.tr("Ronde instellen"))
        self.tabs.addTab(self.returns_panel, self.tr("Strookjes invoeren"))
        title = QLabel(self.tr("Brieven en strookjes"), objectName="title_label")
        title.setProperty("role", "pageTitle")
        subtitle = QLabel(self.tr("Brieven over de toestemmingsronde voor de ouders, herinneringen voor wie nog niet "
                                  "inleverde, en de ingeleverde strookjes."), objectName="subtitle_label")
        subtitle.setProperty("role", "pageSubtitle")
        subtitle.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(pickers)
        layout.addWidget(self.tabs, 1)

        self.school_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.year_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.open_round_button.clicked.connect(self.open_round)
        self.preview_button.clicked.connect(self.show_preview)
        self.generate_button.clicked.connect(self._ask_target)
        self.open_button.clicked.connect(self.open_result)
        self.print_button.clicked.connect(self.print_result)
        self.preview_pane.wanted.connect(self.show_preview)
        self.preview_pane.ready.connect(self._preview_ready)
        self.preview_pane.failed.connect(self.result_label.setText)
        self.class_list.itemChanged.connect(lambda _item: self._choice_changed())
        for check in (self.only_missing_check, self.reminder_check, self.per_family_check):
            check.toggled.connect(lambda _on: self._choice_changed())
        self.folder_button.clicked.connect(self.open_folder)
        self.setup_panel.saved.connect(self._setup_saved)
        self.returns_panel.saved.connect(lambda _pid: self.refresh_progress())
        self.reminder_check.toggled.connect(self._reminder_toggled)
        self.services.changes.connect(self._on_change)
        self._fill_pickers()

    # ---- choosing ------------------------------------------------------------------------------
    def _fill_pickers(self) -> None:
        for combo in (self.school_combo, self.year_combo):
            combo.blockSignals(True)
            combo.clear()
        for school in self.rounds.schools(self.actor):
            self.school_combo.addItem(f"{school.name} ({school.brin})", school.id)
        for label in self.rounds.year_labels(self.actor):
            self.year_combo.addItem(label, label)
        for combo in (self.school_combo, self.year_combo):
            combo.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        school_id, year = self.school_combo.currentData(), self.year_combo.currentData()
        self.setup = None
        self.class_list.blockSignals(True)
        self.class_list.clear()
        if school_id is None or year is None:
            self.round_label.setText(self.tr("Er is geen school waarvoor u brieven mag maken."))
            self._enable()
            return
        try:
            self.setup = self.rounds.find_setup(self.actor, school_id, year)
            classes = self.rounds.classes(self.actor, school_id, year)
        except DomainError as exc:
            self.round_label.setText(str(exc))
            classes = ()
        for klass in classes:
            item = QListWidgetItem(f"{klass.name} ({klass.pupil_count})")
            item.setData(Qt.ItemDataRole.UserRole, klass.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.class_list.addItem(item)
        self.class_list.blockSignals(False)
        if self.setup is None:
            self.round_label.setText(self.tr("Nog geen toestemmingsronde voor dit schooljaar; open de ronde eerst."))
        else:
            self.round_label.setText(self.tr("Ronde %1 · %2 categorieën")
                                     .replace("%1", self.setup.year_label).replace("%2", str(len(self.setup.categories))))
        self._show_deadline()
        self.preview_pane.show_empty(None, can_request=self.setup is not None)
        self.setup_panel.show_setup(self.setup)
        self.returns_panel.set_school(school_id)
        self.refresh_progress()
        self._enable()

    def _enable(self) -> None:
        school_id = self.school_combo.currentData()
        has_round = self.setup is not None
        self.open_round_button.setVisible(not has_round and school_id is not None
                                          and self.actor.can(Permission.MANAGE_ROUNDS, school_id))
        can_print = has_round and self.actor.can(Permission.PRINT_LETTERS, school_id)
        self.preview_button.setEnabled(can_print)
        self.generate_button.setEnabled(can_print and self.job is None)
        self.open_button.setEnabled(self.last_result is not None)
        self.print_button.setEnabled(self.last_result is not None and self.print_job is None)
        self.folder_button.setEnabled(self.last_result is not None)
        self.tabs.setTabEnabled(2, has_round and self.actor.can(Permission.RECORD_CONSENT, school_id))

    def selection(self) -> LetterSelection:
        checked = [self.class_list.item(i) for i in range(self.class_list.count())
                   if self.class_list.item(i).checkState() == Qt.CheckState.Checked]
        whole_school = len(checked) == self.class_list.count()
        return LetterSelection(
            class_ids=() if whole_school else tuple(item.data(Qt.ItemDataRole.UserRole) for item in checked),
            only_missing=self.only_missing_check.isChecked(), reminder=self.reminder_check.isChecked(),
            per_family=self.per_family_check.isChecked())

    def _reminder_toggled(self, on: bool) -> None:
        if on:
            self.only_missing_check.setChecked(True)
        self.only_missing_check.setEnabled(not on)

    # ---- actions -------------------------------------------------------------------------------
    def open_round(self) -> None:
        try:
            self.rounds.open_round(self.actor, self.school_combo.currentData(), self.year_combo.currentData())
        except DomainError as exc:
            self.round_label.setText(str(exc))
            return
        self.reload()

    def show_preview(self):
        """Render the first letters of the current choice off the UI thread; the preview tab shows
        them when ready (``preview_pane.ready``). Returns the worker thread, or None."""
        if self.setup is None:
            return None
        if not self._any_class_checked():
            self.result_label.setText(self.tr("Kies ten minste één groep."))
            return None
        rounds, actor, round_id, selection = self.rounds, self.actor, self.setup.round_id, self.selection()
        self.view_tabs.setCurrentWidget(self.preview_pane)
        self.result_label.setText("")
        return self.preview_pane.request(
            lambda: rounds.prepare_letters(actor, round_id, selection, preview=PREVIEW_LETTERS))

    def _preview_ready(self, letters: int, pages: int) -> None:
        if letters == 0:
            self.result_label.setText(self.tr("Er zijn geen brieven voor deze keuze."))
            return
        self.result_label.setText(self.tr("Voorbeeld: de eerste %1 brieven (%2 pagina's).")
                                  .replace("%1", str(letters)).replace("%2", str(pages)))

    def _choice_changed(self) -> None:
        """A preview of an earlier choice would mislead: back to the empty state."""
        if self.preview_pane.currentIndex() == 1 or self.preview_pane.busy:
            self.preview_pane.show_empty(self.tr("U heeft de keuze gewijzigd. Klik op Voorbeeld om de eerste "
                                                 "brieven van de nieuwe keuze te zien."), can_request=self.setup is not None)

    def _show_deadline(self) -> None:
        if self.setup is None:
            self.deadline_label.setText("")
            return
        text, passed = deadline_text(self.setup.deadline, self.today())
        self.deadline_label.setText(text)
        self.deadline_label.setStyleSheet(f"color: {theme.WARN}; font-weight: 600;" if passed else "")

    today: Callable[[], date] = staticmethod(date.today)  # tests set a fixed day

    def _any_class_checked(self) -> bool:
        return any(self.class_list.item(i).checkState() == Qt.CheckState.Checked for i in range(self.class_list.count()))

    def _ask_target(self) -> None:
        if self.setup is None:
            return
        kind = "Herinneringen" if self.reminder_check.isChecked() else "Toestemmingsbrieven"
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"{kind} {self.setup.year_label} {self.setup.brin}.pdf")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Brieven opslaan als"), suggested, self.tr("PDF (*.pdf)"))
        if target:
            self.generate(Path(target))

    def generate(self, target: Path, write=None) -> LetterBatchJob | None:
        """Load the letters, then write them off the UI thread with a progress dialog."""
        if self.setup is None or self.job is not None:
            return None
        if not self._any_class_checked():
            self.result_label.setText(self.tr("Kies ten minste één groep."))
            return None
        try:
            data = self.rounds.prepare_letters(self.actor, self.setup.round_id, self.selection())
        except DomainError as exc:
            self.result_label.setText(str(exc))
            return None
        if not data.letters:
            self.result_label.setText(self.tr("Er zijn geen brieven voor deze keuze."))
            return None
        extra = {"write": write} if write is not None else {}
        self.job = LetterBatchJob(self, data, target, self.per_class_check.isChecked(), **extra)
        self.job.finished.connect(self._generated)
        self.job.failed.connect(self._job_failed)
        self.job.cancelled.connect(self._job_cancelled)
        self.result_label.setText(self.tr("Bezig met %1 brieven…").replace("%1", str(len(data.letters))))
        self._enable()
        self.job.start()
        return self.job

    def _job_ended(self) -> None:
        if self.job is not None:
            self.job.wait()
            self.job.deleteLater()
        self.job = None
        self._enable()

    def _generated(self, result: BatchResult) -> None:
        self.last_result = result
        self._job_ended()
        where = result.files[0].name if len(result.files) == 1 else self.tr("%1 bestanden").replace("%1", str(len(result.files)))
        self.result_label.setText(self.tr("%1 brieven met %2 strookjes (%3 pagina's) opgeslagen in %4.")
                                  .replace("%1", str(result.letters)).replace("%2", str(result.slips))
                                  .replace("%3", str(result.pages)).replace("%4", where))

    def _job_failed(self, message: str) -> None:
        self._job_ended()
        self.result_label.setText(message)

    def _job_cancelled(self) -> None:
        self._job_ended()
        self.result_label.setText(self.tr("Afgebroken; er is geen bestand weggeschreven."))

    def open_result(self) -> None:
        if self.last_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_result.files[0])))

    def print_result(self, ask: bool = True) -> PrintJob | None:
        """The print dialog for the last written file; its pages are printed off the UI thread."""
        if self.last_result is None or self.print_job is not None:
            return None
        job = PrintJob(self, self.last_result.files[0])
        job.finished.connect(self._printed)
        self.print_job = job
        started = job.ask() if ask else (job.start() or True)
        if not started:
            self.print_job = None
            job.deleteLater()
            return None
        self._enable()
        return job

    def _printed(self, message: str) -> None:
        self.result_label.setText(message)
        if self.print_job is not None:
            self.print_job.deleteLater()
        self.print_job = None
        self._enable()

    def open_folder(self) -> None:
        if self.last_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_result.files[0].parent)))

    def _setup_saved(self, setup: RoundSetup) -> None:
        self.setup = setup
        self.reload()

    def _on_change(self, change) -> None:
        if not change.consent:
            return
        try:
            self.refresh_progress()
        except RuntimeError:  # the page is gone
            pass

    def refresh_progress(self) -> None:
        if self.setup is None:
            self.progress_model.set_rows(())
            self.progress_label.setText("")
            return
        try:
            self.progress_model.set_rows(self.rounds.progress(self.actor, self.setup.round_id))
        except DomainError as exc:
            self.progress_label.setText(str(exc))
            return
        pupils, returned = self.progress_model.totals()
        self.progress_label.setText(self.tr("%1 van %2 strookjes ingeleverd.").replace("%1", str(returned))
                                    .replace("%2", str(pupils)))

