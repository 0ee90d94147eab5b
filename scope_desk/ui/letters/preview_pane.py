"""The preview of a letter batch: an empty state that says what to do, then the first pages (QtPdf).

Loading the letter data and rendering the PDF happen in a QThread; the UI thread only loads the
finished file into the QPdfDocument. A newer request makes an older, still running one void.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from scope_desk.errors import DomainError
from scope_desk.letters.model import LetterJob
from scope_desk.ui.letters.preview import LetterPreview, render_to_temp_file


_RUNNING: set[QThread] = set()


class _PreviewWorker(QThread):
    done = Signal(object, int)  # (Path of the rendered PDF or None when there are no letters, letters)
    failed = Signal(str)

    def __init__(self, build: Callable[[], LetterJob], parent=None) -> None:
        super().__init__(parent)
        self._build = build

    def run(self) -> None:
        try:
            job = self._build()
            if not job.letters:
                self.done.emit(None, 0)
                return
            self.done.emit(render_to_temp_file(job), len(job.letters))
        except DomainError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - shown as one sentence
            self.failed.emit(self.tr("Het voorbeeld kon niet worden gemaakt (%1).").replace("%1", str(exc)))


class PreviewPane(QStackedWidget):
    """``request(build)`` renders in a thread; then ``ready(letters, pages)`` or ``failed(message)``."""

    ready = Signal(int, int)
    failed = Signal(str)
    wanted = Signal()  # the empty state's button

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview_pane")
        self.preview = LetterPreview()
        self.empty_label = QLabel("", objectName="preview_empty_label", wordWrap=True)
        self.empty_label.setProperty("role", "emptyState")
        self.empty_button = QPushButton(self.tr("Voorbeeld tonen"), objectName="preview_empty_button")
        empty = QWidget()
        column = QVBoxLayout(empty)
        column.addStretch(1)
        column.addWidget(self.empty_label)
        column.addWidget(self.empty_button)
        column.addStretch(2)
        column.setContentsMargins(40, 20, 40, 20)
        self.addWidget(empty)
        self.addWidget(self.preview)
        self._worker: _PreviewWorker | None = None
        self.empty_button.clicked.connect(self.wanted)
        self.show_empty()

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def show_empty(self, text: str | None = None, can_request: bool = True) -> None:
        self.preview.clear()
        self.empty_label.setText(text or self.tr(
            "Hier ziet u de eerste drie brieven van uw keuze, precies zoals ze worden afgedrukt: met het "
            "adres in het venster van de envelop, de brieftekst en het strookje met de streepjescode.\n\n"
            "Kies links de groepen en klik op Voorbeeld."))
        self.empty_button.setVisible(can_request)
        self.setCurrentIndex(0)

    def request(self, build: Callable[[], LetterJob]) -> _PreviewWorker:
        """Start rendering what ``build()`` returns (called in the thread: it may query the store)."""
        self.show_empty(self.tr("Het voorbeeld wordt gemaakt…"), can_request=False)
        # No Qt parent, kept alive in _RUNNING until it ends: closing the page mid-render must not
        # destroy a running thread (Qt aborts the program then).
        worker = _PreviewWorker(build)
        _RUNNING.add(worker)
        worker.done.connect(self._done)
        worker.failed.connect(self._failed)
        worker.finished.connect(lambda w=worker: _RUNNING.discard(w))
        self._worker = worker
        worker.start()
        return worker

    def _done(self, path: Path | None, letters: int) -> None:
        if self.sender() is not self._worker:  # an older request: its file is not wanted any more
            if path is not None:
                path.unlink(missing_ok=True)
            return
        self._worker = None
        if path is None:
            self.show_empty(self.tr("Er zijn geen brieven voor deze keuze."), can_request=False)
            self.ready.emit(0, 0)
            return
        pages = self.preview.show_file(path)
        self.setCurrentIndex(1)
        self.ready.emit(letters, pages)

    def _failed(self, message: str) -> None:
        if self.sender() is not self._worker:
            return
        self._worker = None
        self.show_empty(message)
        self.failed.emit(message)

    def wait(self, ms: int = 30_000) -> None:
        if self._worker is not None:
            self._worker.wait(ms)
