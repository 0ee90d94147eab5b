"""Long work off the UI thread, with a progress dialog whose Cancel really stops it.

The work runs in a QThread and is handed ``report(done, total) -> bool`` (False once cancelled)
and ``self.cancel_event``; it stops by raising the job's ``stop_error``. Then exactly one of
``finished(result)``, ``failed(str)`` or ``cancelled()``: a DomainError is shown as it is, any
other error as ``describe(exc)``. Subclasses name the dialog and say how progress is shown.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from scope_desk.errors import DomainError


class _Worker(QThread):
    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, work: Callable[[], object], stop_error: type[BaseException],
                 describe: Callable[[Exception], str], parent=None) -> None:
        super().__init__(parent)
        self._work, self._stop_error, self._describe = work, stop_error, describe

    def run(self) -> None:
        try:
            result = self._work()
        except self._stop_error:
            self.stopped.emit()
        except DomainError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - one sentence; nothing was changed or written
            self.failed.emit(self._describe(exc))
        else:
            self.done.emit(result)


class CancellableJob(QObject):
    """Base of ImportJob and LetterBatchJob: ``start()``, ``cancel()``, ``wait()``."""

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget, work: Callable[[], object], *, stop_error: type[BaseException],
                 describe: Callable[[Exception], str], name: str, title: str, label: str,
                 cancel_text: str, stopping_text: str, maximum: int) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self._stopping_text = stopping_text
        self.dialog = QProgressDialog(label, cancel_text, 0, maximum, parent)
        self.dialog.setObjectName(name)
        self.dialog.setWindowTitle(title)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.worker = _Worker(work, stop_error, describe, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.stopped.connect(self._stopped)

    def report(self, done: int, total: int) -> bool:
        """The work's progress callback (called in the worker thread); False once cancelled."""
        self.worker.progressed.emit(done, total)
        return not self.cancel_event.is_set()

    def start(self) -> None:
        self.dialog.setValue(0)
        self.worker.start()

    def cancel(self) -> None:
        """Ask the work to stop; it cleans up and the job reports ``cancelled``."""
        self.cancel_event.set()
        self.dialog.setLabelText(self._stopping_text)

    def wait(self, ms: int = 30_000) -> bool:
        return self.worker.wait(ms)

    def _progressed(self, done: int, total: int) -> None:
        raise NotImplementedError

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.reset()
        self.dialog.hide()

    def _done(self, result: object) -> None:
        self._close()
        self.finished.emit(result)

    def _failed(self, message: str) -> None:
        self._close()
        self.failed.emit(message)

    def _stopped(self) -> None:
        self._close()
        self.cancelled.emit()
