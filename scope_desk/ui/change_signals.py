"""Adapts the Qt-free ``services.changes`` observer to a Qt signal pages can connect to.

A service may emit from a worker thread; the signal's automatic connection then queues the call
into the thread of each receiving widget, so pages always refresh on the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from scope_desk.services.events import ChangeSet, Changes


class ChangeSignals(QObject):
    changed = Signal(object)  # ChangeSet

    def __init__(self, changes: Changes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        changes.connect(self._forward)

    def _forward(self, change: ChangeSet) -> None:
        try:
            self.changed.emit(change)
        except RuntimeError:  # the window (and this object) is gone; nothing left to refresh
            pass
