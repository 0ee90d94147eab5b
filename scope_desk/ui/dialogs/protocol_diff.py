"""Wat is er veranderd? Two versions side by side, article by article (added, changed, removed)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget,
)

from scope_desk.errors import DomainError
from scope_desk.services.protocol_types import VersionDiff, VersionInfo, dutch_date
from scope_desk.ui.protocol_html import diff_html


class ProtocolDiffDialog(QDialog):
    def __init__(self, versions: list[VersionInfo], compute: Callable[[int, int], VersionDiff],
                 new_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wat is er veranderd?"))
        self.setObjectName("protocol_diff_dialog")
        self._compute = compute
        self.old_combo = QComboBox(objectName="old_combo")
        self.new_combo = QComboBox(objectName="new_combo")
        for version in versions:  # newest first
            text = self.tr("versie %1 (%2)").replace("%1", version.label).replace("%2", dutch_date(version.effective_on))
            self.old_combo.addItem(text, version.id)
            self.new_combo.addItem(text, version.id)
        new_index = max(0, self.new_combo.findData(new_id)) if new_id is not None else 0
        self.new_combo.setCurrentIndex(new_index)
        self.old_combo.setCurrentIndex(min(new_index + 1, len(versions) - 1))
        self.diff_view = QTextBrowser(objectName="diff_view")
        self.diff_view.setOpenLinks(False)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Van")))
        row.addWidget(self.old_combo, 1)
        row.addWidget(QLabel(self.tr("naar")))
        row.addWidget(self.new_combo, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.diff_view, 1)
        layout.addWidget(buttons)
        self.old_combo.currentIndexChanged.connect(self.refresh)
        self.new_combo.currentIndexChanged.connect(self.refresh)
        self.diff: VersionDiff | None = None
        self.resize(860, 640)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.diff = self._compute(self.old_combo.currentData(), self.new_combo.currentData())
        except DomainError as exc:
            self.diff_view.setPlainText(str(exc))
            return
        self.diff_view.setHtml(diff_html(self.diff))
