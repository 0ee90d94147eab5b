"""Print a letter PDF from the app: QPrintDialog, then QtPdf renders each page onto the QPrinter.

Pages are rendered off the UI thread (QPainter may paint on a QPrinter in another thread) at the
printer's resolution, at most 300 dpi, full page and true to size — the address must land in the
envelope window. A progress dialog shows the pages and Cancel aborts the print job.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, QThread, Signal
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

MAX_DPI = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate("LetterPrinting", text)


def page_count(path: Path) -> int:
    document = QPdfDocument()
    document.load(str(path))
    try:
        return document.pageCount()
    finally:
        document.close()


def print_pdf(path: Path, printer: QPrinter, first: int = 1, last: int = 0,
              progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None) -> int:
    """Print pages ``first``..``last`` (1-based; 0 = to the end) of ``path``; returns pages printed."""
    document = QPdfDocument()
    document.load(str(path))
    try:
        count = document.pageCount()
        if count == 0:
            raise ValueError(_tr("Het bestand is geen leesbare PDF."))
        first = max(1, first)
        last = count if last <= 0 else min(last, count)
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(_tr("De printer kon niet worden gestart."))
        printed = 0
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            target = printer.paperRect(QPrinter.Unit.DevicePixel)
            for number in range(first, last + 1):
                if cancelled and cancelled():
                    printer.abort()
                    break
                if printed:
                    printer.newPage()
                points = document.pagePointSize(number - 1)  # 1/72 inch
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                painter.drawImage(target, document.render(number - 1, size))
                printed += 1
                if progress:
                    progress(printed, last - first + 1)
        finally:
            painter.end()
        return printed
    finally:
        document.close()


class _PrintWorker(QThread):
    progressed = Signal(int, int)
    done = Signal(int)
    failed = Signal(str)

    def __init__(self, path: Path, printer: QPrinter, cancel: threading.Event) -> None:
        super().__init__()
        self._path, self._printer, self._cancel = path, printer, cancel

    def run(self) -> None:
        try:
            first, last = self._printer.fromPage(), self._printer.toPage()
            printed = print_pdf(self._path, self._printer, first or 1, last, self.progressed.emit, self._cancel.is_set)
        except (OSError, ValueError) as exc:
            self.failed.emit(str(exc))
        else:
            self.done.emit(printed)


class PrintJob(QObject):
    """``PrintJob(parent, path).ask()`` shows the print dialog; then ``finished(message)``."""

    finished = Signal(str)

    def __init__(self, parent: QWidget, path: Path) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.printer.setDocName(self.path.stem)
        self.cancel_event = threading.Event()
        self.worker: _PrintWorker | None = None
        self.dialog: QProgressDialog | None = None

    def ask(self) -> bool:
        """The print dialog (page range 1..pages); True when printing started."""
        pages = page_count(self.path)
        dialog = QPrintDialog(self.printer, self.parent())
        dialog.setWindowTitle(_tr("Brieven afdrukken"))
        dialog.setMinMax(1, max(pages, 1))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.start()
        return True

    def start(self) -> None:
        """Print with ``self.printer`` as it is set up (the dialog did that, or a test)."""
        self.dialog = QProgressDialog(_tr("Afdrukken…"), _tr("Annuleren"), 0, 0, self.parent())
        self.dialog.setObjectName("print_progress")
        self.dialog.setWindowTitle(_tr("Brieven afdrukken"))
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self.cancel_event.set)
        self.worker = _PrintWorker(self.path, self.printer, self.cancel_event)
        self.worker.progressed.connect(self._progressed)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.start()

    def wait(self, ms: int = 60_000) -> bool:
        return self.worker.wait(ms) if self.worker is not None else True

    def _progressed(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)
            self.dialog.setLabelText(_tr("Afdrukken… pagina %1 van %2").replace("%1", str(done)).replace("%2", str(total)))

    def _close(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel_event.set)
            self.dialog.reset()
            self.dialog.hide()
        if self.worker is not None:
            self.worker.wait()

    def _done(self, printed: int) -> None:
        self._close()
        if self.cancel_event.is_set():
            self.finished.emit(_tr("Afdrukken afgebroken na %1 pagina's.").replace("%1", str(printed)))
        else:
            self.finished.emit(_tr("%1 pagina's naar de printer gestuurd.").replace("%1", str(printed)))

    def _failed(self, message: str) -> None:
        self._close()
        self.finished.emit(message)
