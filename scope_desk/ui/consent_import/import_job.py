"""Read + dry run, and apply, off the UI thread, with a progress dialog whose Cancel really stops it.

The service writes in ONE transaction and asks the progress callback after every chunk; a
cancel makes the callback answer False, the service raises ImportCancelled and the transaction
rolls back: the store is exactly as it was. The dry run only reads; a cancel there just stops it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from scope_desk.services.pupil_import import ImportCancelled
from scope_desk.ui.cancellable_job import CancellableJob


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportJob", text)


def _describe(exc: Exception) -> str:
    return _tr("De import is mislukt (%1); er is niets veranderd.").replace("%1", f"{exc.__class__.__name__}: {exc}")


class ImportJob(CancellableJob):
    """``ImportJob(parent, work).start()`` where ``work(progress)`` runs the import; then exactly one
    of ``finished(plan)``, ``failed(str)`` or ``cancelled()``."""

    def __init__(self, parent: QWidget, work: Callable) -> None:
        super().__init__(parent, lambda: work(self.report), stop_error=ImportCancelled, describe=_describe,
                         name="import_progress", title=_tr("Leerlingen inlezen"), label=_tr("Leerlingen inlezen…"),
                         cancel_text=_tr("Annuleren"), stopping_text=_tr("Afbreken… er wordt niets veranderd."),
                         maximum=100)

    def _progressed(self, done: int, total: int) -> None:
        if self.cancel_event.is_set():
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, total))


class DryRunJob(CancellableJob):
    """Reading the file and the dry run: ``work(progress)`` returns what the dialog shows next.
    The progress dialog only appears when it takes longer than a moment."""

    def __init__(self, parent: QWidget, work: Callable) -> None:
        super().__init__(parent, lambda: work(self.report), stop_error=ImportCancelled, describe=_describe_dry_run,
                         name="dry_run_progress", title=_tr("Proefimport"),
                         label=_tr("Bestand lezen en vergelijken met de leerlingen die er al zijn…"),
                         cancel_text=_tr("Annuleren"), stopping_text=_tr("Afbreken…"), maximum=0)
        self.dialog.setMinimumDuration(400)

    def _progressed(self, done: int, total: int) -> None:
        if self.cancel_event.is_set():
            return
        self.dialog.setMaximum(total)  # 0 while the file is read: a busy bar
        self.dialog.setValue(min(done, total))


def _describe_dry_run(exc: Exception) -> str:
    return _tr("De proefimport is mislukt (%1); er is niets veranderd.").replace("%1", f"{exc.__class__.__name__}: {exc}")
