"""A dialog that validates in accept(): a red sentence under the form, and it stays open on errors.

``submit`` (optional) is called with the value from accept(); a DomainError it raises (the service
refusing) is shown the same way, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from scope_desk.errors import DomainError


class ValidatingDialog(QDialog):
    def __init__(self, title: str, submit: Callable[[Any], Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._submit = submit
        self.value: Any = None
        self.result_value: Any = None
        self.form = QFormLayout()
        self.form.setSpacing(8)
        self.error_label = QLabel(objectName="error_label")
        self.error_label.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                           objectName="button_box")
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok_button")
        self.ok_button.setText(self.tr("Opslaan"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.button_box)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def build_value(self) -> Any:
        """Return the value object, or raise ValueError with the sentence to show."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            value = self.build_value()
        except ValueError as exc:
            self.show_error(str(exc))
            return
        if self._submit is not None:
            try:
                self.result_value = self._submit(value)
            except DomainError as exc:
                self.show_error(str(exc))
                return
        self.value = value
        super().accept()
