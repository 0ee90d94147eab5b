"""A card with one big figure, a label above it and a short caption below (the Overzicht page)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class FigureCard(QFrame):
    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("role", "card")
        self.title_label = QLabel(title, objectName=f"{object_name}_title")
        self.title_label.setProperty("role", "cardLabel")
        self.title_label.setWordWrap(True)
        self.value_label = QLabel("—", objectName=f"{object_name}_value")
        self.value_label.setProperty("role", "cardValue")
        self.caption_label = QLabel("", objectName=f"{object_name}_caption")
        self.caption_label.setProperty("role", "cardCaption")
        self.caption_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        layout.addStretch(1)
        self.setMinimumWidth(150)

    def set_figure(self, value: str, caption: str = "", tone: str = "") -> None:
        self.value_label.setText(value)
        self.caption_label.setText(caption)
        if self.value_label.property("tone") != tone:
            self.value_label.setProperty("tone", tone)
            self.value_label.style().unpolish(self.value_label)
            self.value_label.style().polish(self.value_label)
