"""Leerlingen inlezen: pick a file, a school (or a new BRIN), the year and full/partial export; see
the dry run (new / changed / left / rejected, with line numbers and reasons); then import. Reading
the file, the dry run and the import all run off the UI thread with progress and a working Cancel.
Any error: one sentence, nothing changed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from scope_desk.errors import DomainError
from scope_desk.services.access import Actor, Permission
from scope_desk.services.container import Services
from scope_desk.services.pupil_import import REQUIRED_FIELDS, ImportCancelled, normalise_brin
from scope_desk.ui.consent_import.import_job import DryRunJob, ImportJob
from scope_desk.ui.consent_import.mapping_dialog import MappingDialog
from scope_desk.ui.consent_import.plan_model import KINDS, PlanTableModel, kind_label, plan_rows

NEW_SCHOOL = ""  # data of the "new school" entry in the school combo


@dataclass(frozen=True)
class DryRun:
    """What a dry-run job hands back: the table and mapping, and the plan or why there is none."""

    table: object
    mapping: object
    plan: object = None
    error: str = ""  # the dry run's one sentence (a wrong BRIN, a missing column…)
    needs_mapping: bool = False


class ImportDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None, brin: str = "",
                 year_label: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Leerlingen inlezen"))
        self.resize(980, 660)
        self.services, self.actor = services, actor
        self.svc = services.pupil_import
        self.table = None
        self.mapping = None
        self.plan = None
        self.result = None
        self.job: ImportJob | DryRunJob | None = None
        self.mapping_dialog: MappingDialog | None = None

        self.file_edit = QLineEdit(objectName="file_edit", placeholderText=self.tr("CSV-, Excel- (.xlsx) of EDEXML-bestand (.xml)"))
        self.browse_button = QPushButton(self.tr("Kiezen…"), objectName="browse_button")
        self.school_combo = QComboBox(objectName="school_combo")
        for _id, school_brin, name in self.svc.schools(actor):
            self.school_combo.addItem(f"{name} ({school_brin})", school_brin)
        if self.svc.can_create_school(actor):
            self.school_combo.addItem(self.tr("Nieuwe school (BRIN-code)…"), NEW_SCHOOL)
        self.brin_edit = QLineEdit(objectName="brin_edit", placeholderText=self.tr("BRIN-code, bv. 12AB"))
        self.brin_edit.setMaxLength(6)
        self.year_combo = QComboBox(objectName="year_combo")
        self.year_combo.addItems(list(services.rounds.year_labels(actor)))
        self.full_check = QCheckBox(self.tr("Volledige export: wie er niet in staat, wordt als vertrokken gemarkeerd"),
                                    objectName="full_check", checked=True)
        self.round_check = QCheckBox(self.tr("Daarna de toestemmingsronde van dit schooljaar openen (als die er nog niet is)"),
                                     objectName="round_check", checked=True)
        self.round_check.setVisible(actor.can(Permission.MANAGE_ROUNDS))
        self.mapping_button = QPushButton(self.tr("Kolommen koppelen…"), objectName="mapping_button", enabled=False)
        self.preview_button = QPushButton(self.tr("Proefimport"), objectName="preview_button", enabled=False)
        self.summary_label = QLabel(self.tr("Kies een bestand; u ziet eerst wat er zou veranderen."),
                                    objectName="summary_label", wordWrap=True)
        self.kind_combo = QComboBox(objectName="kind_combo")
        self.kind_combo.addItem(self.tr("alle regels"), None)
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.plan_model = PlanTableModel(self)
        self.plan_view = QTableView(objectName="plan_view")
        self.plan_view.setModel(self.plan_model)
        self.plan_view.setSortingEnabled(True)
        self.plan_view.sortByColumn(PlanTableModel.COL_KIND, Qt.SortOrder.AscendingOrder)
        self.plan_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plan_view.verticalHeader().hide()
        self.plan_view.horizontalHeader().setStretchLastSection(True)
        self.skip_check = QCheckBox(self.tr("Afgewezen regels overslaan en de rest inlezen"), objectName="skip_check")
        self.error_label = QLabel("", objectName="error_label", wordWrap=True)
        self.error_label.setProperty("role", "error")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button = QPushButton(self.tr("Importeren"), objectName="import_button", enabled=False)
        self.close_button = QPushButton(self.tr("Sluiten"), objectName="close_button")

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        school_row = QHBoxLayout()
        school_row.addWidget(self.school_combo, 1)
        school_row.addWidget(self.brin_edit)
        form = QFormLayout()
        form.addRow(self.tr("Bestand"), file_row)
        form.addRow(self.tr("School"), school_row)
        form.addRow(self.tr("Schooljaar"), self.year_combo)
        form.addRow("", self.full_check)
        form.addRow("", self.round_check)
        actions = QHBoxLayout()
        actions.addWidget(self.mapping_button)
        actions.addWidget(self.preview_button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Tonen")))
        actions.addWidget(self.kind_combo)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_check)
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.plan_view, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(bottom)

        if brin and self.school_combo.findData(brin) >= 0:
            self.school_combo.setCurrentIndex(self.school_combo.findData(brin))
        if year_label and self.year_combo.findText(year_label) >= 0:
            self.year_combo.setCurrentText(year_label)
        self._school_changed()
        self.browse_button.clicked.connect(self._browse)
        self.file_edit.returnPressed.connect(lambda: self.load_file(self.file_edit.text()))
        self.school_combo.currentIndexChanged.connect(lambda _i: (self._school_changed(), self._inputs_changed()))
        self.brin_edit.editingFinished.connect(self._inputs_changed)
        self.year_combo.currentIndexChanged.connect(lambda _i: self._inputs_changed())
        self.full_check.toggled.connect(lambda _b: self._inputs_changed())
        self.skip_check.toggled.connect(lambda _b: self._update_buttons())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.plan_model.set_kind(self.kind_combo.currentData()))
        self.mapping_button.clicked.connect(self.open_mapping)
        self.preview_button.clicked.connect(self.run_preview)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)

    # ---- inputs ------------------------------------------------------------------------------
    def brin(self) -> str:
        data = self.school_combo.currentData()
        return self.brin_edit.text() if data == NEW_SCHOOL or data is None else data

    def _school_changed(self) -> None:
        self.brin_edit.setVisible(self.school_combo.currentData() in (NEW_SCHOOL, None))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Export uit de leerlingadministratie"), "",
                                              self.tr("Exports (*.csv *.txt *.xlsx *.xml);;Alle bestanden (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path) -> None:
        """Read the file and make the dry run (off the UI thread); an unknown layout then opens the
        mapping dialog."""
        if not self._stop_dry_run():
            return
        self.file_edit.setText(str(path))
        self.table = self.mapping = None
        self._clear_plan()
        self.mapping_button.setEnabled(False)
        svc, actor, brin, preview = self.svc, self.actor, self._valid_brin(), self._preview_call()

        def work(progress) -> DryRun:
            progress(0, 0)
            table = svc.read(path)
            mapping, _unknown = svc.mapping_for(actor, table, brin)
            if progress(0, 0) is False:
                raise ImportCancelled()
            if any(f not in mapping.fields for f in REQUIRED_FIELDS):
                return DryRun(table, mapping, needs_mapping=True)
            return preview(table, mapping, progress)

        self._start_dry_run(work)

    def _valid_brin(self) -> str | None:
        try:
            return normalise_brin(self.brin())
        except DomainError:
            return None

    def _inputs_changed(self) -> None:
        if self.table is not None and self.plan is not None:
            self.run_preview()
        self._update_buttons()

    # ---- mapping -----------------------------------------------------------------------------
    def open_mapping(self) -> None:
        if self.table is None:
            return
        self.mapping_dialog = MappingDialog(self.table, self.mapping, self)
        self.mapping_dialog.accepted.connect(self._mapping_chosen)
        self.mapping_dialog.open()

    def _mapping_chosen(self) -> None:
        self.mapping = self.mapping_dialog.value()
        try:
            self.svc.remember_mapping(self.actor, self.table.headers, self.mapping)
        except DomainError as exc:
            self._error(str(exc))
        self.run_preview()

    # ---- dry run and import ------------------------------------------------------------------
    def run_preview(self) -> None:
        if isinstance(self.job, ImportJob) or not self._stop_dry_run():
            return
        self._clear_plan()
        if self.table is None:
            return
        table, mapping, preview = self.table, self.mapping, self._preview_call()
        self._start_dry_run(lambda progress: preview(table, mapping, progress))

    def _preview_call(self):
        """The dry run with the inputs as they are now (read on the UI thread), for the worker."""
        svc, actor, brin, year, full = (self.svc, self.actor, self.brin(), self.year_combo.currentText(),
                                        self.full_check.isChecked())

        def call(table, mapping, progress) -> DryRun:
            try:
                return DryRun(table, mapping, plan=svc.preview(actor, table, brin, year, mapping=mapping,
                                                                full_export=full, progress=progress))
            except ImportCancelled:
                raise
            except DomainError as exc:
                return DryRun(table, mapping, error=str(exc))
        return call

    def _start_dry_run(self, work) -> None:
        self.error_label.clear()
        self.summary_label.setText(self.tr("Bestand lezen en vergelijken…"))
        job = self.job = DryRunJob(self, work)
        job.finished.connect(lambda result: self._dry_run_done(job, result))
        job.failed.connect(lambda message: self._dry_run_failed(job, message))
        job.cancelled.connect(lambda: self._dry_run_cancelled(job))
        self._update_buttons()
        job.start()

    def _stop_dry_run(self) -> bool:
        """A newer dry run replaces a running one (stopped and waited for: it only reads); an
        import that is running is never interrupted this way (False)."""
        if isinstance(self.job, ImportJob):
            return False
        if self.job is not None:
            old, self.job = self.job, None
            old.cancel()
            old.wait()
        return True

    def _dry_run_done(self, job: DryRunJob, result: DryRun) -> None:
        if job is not self.job:
            return  # replaced by a newer dry run
        self.job = None
        self.table, self.mapping = result.table, result.mapping
        self.mapping_button.setEnabled(True)
        if result.needs_mapping:
            self.summary_label.setText(self.tr("Niet alle kolommen zijn herkend: koppel ze eerst."))
            self._update_buttons()
            self.open_mapping()
        elif result.plan is None:
            self.summary_label.clear()
            self._error(result.error)
            self._update_buttons()
        else:
            self._show_plan(result.plan)

    def _dry_run_failed(self, job: DryRunJob, message: str) -> None:
        if job is self.job:
            self.job = None
            self.summary_label.clear()
            self._error(message)
            self._update_buttons()

    def _dry_run_cancelled(self, job: DryRunJob) -> None:
        if job is self.job:
            self.job = None
            self.summary_label.clear()
            self._error(self.tr("De proefimport is afgebroken; er is niets veranderd."))
            self._update_buttons()

    def _show_plan(self, plan) -> None:
        self.plan = plan
        self.error_label.clear()
        self.plan_model.set_rows(plan_rows(self.plan))
        self.plan_view.resizeColumnsToContents()
        text = self._plan_text(self.plan)
        if self.plan.unknown_columns:
            text += " " + self.tr("Overgeslagen kolommen: %1.").replace("%1", ", ".join(self.plan.unknown_columns))
        if not self.plan.school_exists:
            text += " " + self.tr("School %1 bestaat nog niet en wordt aangemaakt.").replace("%1", self.plan.brin)
        self.summary_label.setText(text)
        self._update_buttons()

    def _plan_text(self, plan) -> str:
        head = self.tr("Geïmporteerd") if plan.applied else self.tr("Proefimport, er is nog niets veranderd")
        return self.tr("%1: %2 nieuw, %3 gewijzigd, %4 ongewijzigd, %5 vertrokken, %6 afgewezen.") \
            .replace("%1", head).replace("%2", str(len(plan.new))).replace("%3", str(len(plan.changed))) \
            .replace("%4", str(plan.unchanged)).replace("%5", str(len(plan.left))).replace("%6", str(len(plan.rejected)))

    def _clear_plan(self) -> None:
        self.plan = None
        self.plan_model.set_rows([])
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_plan = self.plan is not None and self.result is None
        rejected = bool(self.plan and self.plan.rejected)
        self.preview_button.setEnabled(self.table is not None and self.job is None)
        self.skip_check.setEnabled(rejected)
        self.import_button.setEnabled(has_plan and self.job is None and (not rejected or self.skip_check.isChecked()))
        if rejected and not self.skip_check.isChecked():
            self.import_button.setToolTip(self.tr("Er zijn afgewezen regels: verbeter het bestand, of vink aan dat ze "
                                                  "worden overgeslagen."))
        else:
            self.import_button.setToolTip("")

    def start_import(self) -> None:
        if self.plan is None or self.table is None or self.job is not None:
            return
        table, mapping, brin, year = self.table, self.mapping, self.brin(), self.year_combo.currentText()
        full, skip = self.full_check.isChecked(), self.skip_check.isChecked()
        open_round = self.round_check.isVisible() and self.round_check.isChecked()
        svc, rounds, actor = self.svc, self.services.rounds, self.actor

        def work(progress):
            plan = svc.apply(actor, table, brin, year, mapping=mapping, full_export=full, skip_rejected=skip,
                             progress=progress)
            if open_round:
                try:
                    rounds.open_round(actor, rounds.school_by_brin(actor, plan.brin).id, year)
                except DomainError:
                    pass  # the pupils are in; the round can still be opened on the Brieven page
            return plan

        self.error_label.clear()
        self.job = ImportJob(self, work)
        self.job.finished.connect(self._imported)
        self.job.failed.connect(self._job_failed)
        self.job.cancelled.connect(self._job_cancelled)
        self._update_buttons()
        self.job.start()

    def _imported(self, plan) -> None:
        self.job, self.result = None, plan
        self.summary_label.setText(self._plan_text(plan))
        self._update_buttons()
        self.close_button.setFocus()

    def _job_failed(self, message: str) -> None:  # the import's
        self.job = None
        self._error(message)
        self._update_buttons()

    def _job_cancelled(self) -> None:
        self.job = None
        self._error(self.tr("De import is afgebroken; er is niets veranderd."))
        self._update_buttons()

    def _error(self, message: str) -> None:
        self.error_label.setText(message)

    def reject(self) -> None:
        if self.job is not None:  # closing while working: cancel first, wait (for the rollback)
            self.job.cancel()
            self.job.wait()
        super().reject()
