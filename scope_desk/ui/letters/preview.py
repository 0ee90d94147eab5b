"""The first pages of a batch, shown inside the app (QtPdf).

The preview PDF goes to a private temporary file that QPdfDocument loads by name; the file is
removed when the preview is cleared or closed.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

from scope_desk.letters import consent_letter
from scope_desk.letters.model import LetterJob


class LetterPreview(QPdfView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letter_preview")
        # Not a child of the view: a child document is closed while the view is half destroyed and
        # its statusChanged then reaches the dying view (segfault in QAbstractScrollArea::viewport).
        self.document = QPdfDocument()
        self.setDocument(self.document)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._file: Path | None = None

    def show_job(self, job: LetterJob) -> int:
        """Render ``job`` (a few letters) here, on this thread, and show it; returns the page count."""
        return self.show_file(render_to_temp_file(job))

    def show_file(self, path: Path) -> int:
        """Show a rendered preview file; the preview owns it from now on (removed on clear)."""
        self.clear()
        self._file = Path(path)
        self.document.load(str(path))
        return self.document.pageCount()

    def clear(self) -> None:
        self.document.close()
        if self._file is not None:
            self._file.unlink(missing_ok=True)
            self._file = None

    def closeEvent(self, event) -> None:
        self.clear()
        super().closeEvent(event)

    def __del__(self) -> None:
        try:
            if self._file is not None:
                self._file.unlink(missing_ok=True)
        except Exception:  # noqa: BLE001 - interpreter shutdown
            pass


def render_to_temp_file(job: LetterJob) -> Path:
    """Render ``job`` into a private temporary file (any thread); the caller owns the file."""
    fd, name = tempfile.mkstemp(prefix="scope-desk-voorbeeld-", suffix=".pdf")
    os.close(fd)
    try:
        consent_letter.render(job.settings, job.letters, name)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)
