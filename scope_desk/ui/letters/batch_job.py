"""Write a letter batch off the UI thread, with a progress dialog whose Cancel really stops it.

The worker thread calls ``letters.batch.write_batch``, which renders in worker processes and
writes atomically: after a cancel nothing is left under the target name.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from scope_desk.letters.batch import BatchCancelled, write_batch
from scope_desk.letters.model import LetterJob
from scope_desk.ui.cancellable_job import CancellableJob


def _describe(exc: Exception) -> str:
    return (f"De brieven konden niet worden gemaakt ({exc.__class__.__name__}: {exc}); "
            "er is geen bestand weggeschreven.")


class LetterBatchJob(CancellableJob):
    """``LetterBatchJob(parent, job, target, per_class).start()``; then exactly one of
    ``finished(BatchResult)``, ``failed(str)`` or ``cancelled()``."""

    def __init__(self, parent: QWidget, job: LetterJob, target: Path, per_class: bool = False,
                 write: Callable = write_batch) -> None:
        target = Path(target)

        def work():
            return write(job, target, per_class=per_class, progress=self.report, cancelled=self.cancel_event.is_set)

        super().__init__(parent, work, stop_error=BatchCancelled, describe=_describe, name="letters_progress",
                         title=QCoreApplication.translate("LetterBatchJob", "Brieven maken"),
                         label=QCoreApplication.translate("LetterBatchJob", "Brieven maken…"),
                         cancel_text=QCoreApplication.translate("LetterBatchJob", "Annuleren"),
                         stopping_text=QCoreApplication.translate("LetterBatchJob", "Afbreken…"),
                         maximum=max(len(job.letters), 1))

    def _progressed(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(done)
        self.dialog.setLabelText(QCoreApplication.translate("LetterBatchJob", "Brieven maken… %1 van %2")
                                 .replace("%1", str(done)).replace("%2", str(total)))
