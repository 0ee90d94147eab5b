"""Bestand → Reservekopie maken…: a verified copy of the store, made off the UI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from scope_desk.errors import DomainError


class _Done(QObject):
    finished = Signal(object, object)  # (path or None, error text or None)


def make_backup(window: QWidget) -> None:
    services, actor = window.services, window.actor
    progress = QProgressDialog(QCoreApplication.translate("BackupAction", "Reservekopie maken…"), "", 0, 0, window)
    progress.setObjectName("backup_progress")
    progress.setWindowTitle(QCoreApplication.translate("BackupAction", "Reservekopie"))
    progress.setCancelButton(None)  # one atomic step: nothing half-written to cancel
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    done = _Done(window)

    def work() -> None:
        try:
            done.finished.emit(services.backups.backup_now(actor), None)
        except DomainError as exc:
            done.finished.emit(None, str(exc))
        except OSError as exc:
            done.finished.emit(None, QCoreApplication.translate("BackupAction", "De reservekopie is mislukt: %1").replace("%1", str(exc)))

    def report(path, error) -> None:
        progress.close()
        done.deleteLater()
        if error:
            QMessageBox.warning(window, QCoreApplication.translate("BackupAction", "Reservekopie"), error)
        else:
            QMessageBox.information(window, QCoreApplication.translate("BackupAction", "Reservekopie"),
                                    QCoreApplication.translate("BackupAction", "Reservekopie gemaakt en gecontroleerd:\n%1").replace("%1", str(path)))

    done.finished.connect(report, Qt.ConnectionType.QueuedConnection)
    threading.Thread(target=work, name="backup", daemon=True).start()
