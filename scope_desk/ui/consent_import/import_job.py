"""Apply an import off the UI thread, with a progress dialog whose Cancel really stops it.

The service writes in ONE transaction and asks the progress callback after every chunk; a
cancel makes the callback answer False, the service raises ImportCancelled and the transaction
rolls back: the store is exactly as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from scope_desk.errors import DomainError
from scope_desk.services.pupil_import import ImportCancelled


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportJob", text)


class _Worker(QThread):
    progressed = Signal(int, int)
    done = Signal(object)  # ImportPlan
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, work: Callable, cancel: threading.Event, parent=None) -> None:
        super().__init__(parent)
        self._work, self._cancel = work, cancel

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except ImportCancelled:
            self.stopped.emit()
        except DomainError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - one sentence; the transaction rolled back
            self.failed.emit(_tr("De import is mislukt (%1); er is niets veranderd.")
                             .replace("%1", f"{exc.__class__.__name__}: {exc}"))
        else:
            self.done.emit(result)


class ImportJob(QObject):
    """``ImportJob(parent, work).start()`` where ``work(progress)`` runs the import; then exactly one
    of ``finished(plan)``, ``failed(str)`` or ``cancelled()``."""

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget, work: Callable) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.dialog = QProgressDialog(_tr("Leerlingen inlezen…"), _tr("Annuleren"), 0, 100, parent)
        self.dialog.setObjectName("import_progress")
        self.dialog.setWindowTitle(_tr("Leerlingen inlezen"))
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.worker = _Worker(work, self.cancel_event, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.stopped.connect(self._stopped)

    def start(self) -> None:
        self.dialog.setValue(0)
        self.worker.start()

    def cancel(self) -> None:
        self.cancel_event.set()
        self.dialog.setLabelText(_tr("Afbreken… er wordt niets veranderd."))

    def wait(self, ms: int = 30_000) -> bool:
        return self.worker.wait(ms)

    def _progressed(self, done: int, total: int) -> None:
        if self.cancel_event.is_set():
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, total))

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.reset()
        self.dialog.hide()

    def _done(self, plan) -> None:
        self._close()
        self.finished.emit(plan)

    def _failed(self, message: str) -> None:
        self._close()
        self.failed.emit(message)

    def _stopped(self) -> None:
        self._close()
        self.cancelled.emit()
