"""Make a PDF off the UI thread, with a progress dialog and a cancel button; write it atomically."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from scope_desk.errors import DomainError
from scope_desk.letters.incident_pdf_style import write_atomic


class _Worker(QThread):
    done = Signal(bytes)
    failed = Signal(str)

    def __init__(self, build: Callable[[], bytes], parent=None) -> None:
        super().__init__(parent)
        self._build = build

    def run(self) -> None:
        try:
            self.done.emit(self._build())
        except DomainError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the user as one sentence
            self.failed.emit(f"De PDF kon niet worden gemaakt: {exc}")


class PdfJob(QObject):
    """``PdfJob(parent, label, build, out).start()``; ``finished(path_or_empty, error)`` when done.

    Cancelling stops waiting: the result is then thrown away and nothing is written."""

    finished = Signal(str, str)

    def __init__(self, parent: QWidget, label: str, build: Callable[[], bytes], out: Path) -> None:
        super().__init__(parent)
        self.out = Path(out)
        self.cancelled = False
        self.progress = QProgressDialog(label, QCoreApplication.translate("PdfJob", "Annuleren"), 0, 0, parent)
        self.progress.setObjectName("pdf_progress")
        self.progress.setWindowTitle(QCoreApplication.translate("PdfJob", "PDF maken"))
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self._cancel)
        self.worker = _Worker(build, self)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)

    def start(self) -> None:
        self.worker.start()

    def _cancel(self) -> None:
        self.cancelled = True
        self.finished.emit("", "")

    def _done(self, data: bytes) -> None:
        self.progress.reset()
        if self.cancelled:
            return
        try:
            write_atomic(self.out, data, make_parents=True)
        except OSError as exc:
            self.finished.emit("", f"{self.out} kon niet worden geschreven: {exc.strerror or exc}")
            return
        self.finished.emit(str(self.out), "")

    def _failed(self, message: str) -> None:
        self.progress.reset()
        if not self.cancelled:
            self.finished.emit("", message)
