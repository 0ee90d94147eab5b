"""Write a letter batch off the UI thread, with a progress dialog whose Cancel really stops it.

The worker thread calls ``letters.batch.write_batch``, which renders in worker processes and
writes atomically: after a cancel nothing is left under the target name.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from scope_desk.errors import DomainError
from scope_desk.letters.batch import BatchCancelled, BatchResult, write_batch
from scope_desk.letters.model import LetterJob


class _Worker(QThread):
    progressed = Signal(int, int)
    done = Signal(object)  # BatchResult
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, job: LetterJob, target: Path, per_class: bool, cancel: threading.Event,
                 write: Callable = write_batch, parent=None) -> None:
        super().__init__(parent)
        self._job, self._target, self._per_class, self._cancel, self._write = job, target, per_class, cancel, write

    def run(self) -> None:
        try:
            result = self._write(self._job, self._target, per_class=self._per_class,
                                 progress=lambda done, total: self.progressed.emit(done, total),
                                 cancelled=self._cancel.is_set)
        except BatchCancelled:
            self.stopped.emit()
        except DomainError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - shown as one sentence; nothing was written
            self.failed.emit(f"De brieven konden niet worden gemaakt ({exc.__class__.__name__}: {exc}); "
                             "er is geen bestand weggeschreven.")
        else:
            self.done.emit(result)


class LetterBatchJob(QObject):
    """``LetterBatchJob(parent, job, target, per_class).start()``; then exactly one of
    ``finished(BatchResult)``, ``failed(str)`` or ``cancelled()``."""

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget, job: LetterJob, target: Path, per_class: bool = False,
                 write: Callable = write_batch) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.dialog = QProgressDialog(QCoreApplication.translate("LetterBatchJob", "Brieven maken…"), QCoreApplication.translate("LetterBatchJob", "Annuleren"), 0, max(len(job.letters), 1), parent)
        self.dialog.setObjectName("letters_progress")
        self.dialog.setWindowTitle(QCoreApplication.translate("LetterBatchJob", "Brieven maken"))
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.worker = _Worker(job, Path(target), per_class, self.cancel_event, write, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.stopped.connect(self._stopped)

    def start(self) -> None:
        self.dialog.setValue(0)
        self.worker.start()

    def cancel(self) -> None:
        """Ask the worker to stop; it cleans up and reports ``cancelled``."""
        self.cancel_event.set()
        self.dialog.setLabelText(QCoreApplication.translate("LetterBatchJob", "Afbreken…"))

    def wait(self, ms: int = 30_000) -> bool:
        return self.worker.wait(ms)

    def _progressed(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(done)
        self.dialog.setLabelText(QCoreApplication.translate("LetterBatchJob", "Brieven maken… %1 van %2").replace("%1", str(done)).replace("%2", str(total)))

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.reset()
        self.dialog.hide()

    def _done(self, result: BatchResult) -> None:
        self._close()
        self.finished.emit(result)

    def _failed(self, message: str) -> None:
        self._close()
        self.failed.emit(message)

    def _stopped(self) -> None:
        self._close()
        self.cancelled.emit()
