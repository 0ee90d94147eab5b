"""The Settings dialog's "Briefhoofd" tab: a school's name, address, BRIN and logo for its letters.

Edits are kept per school while the dialog is open (switching schools loses nothing); the dialog's
``accept()`` calls ``save()``, which checks every edited letterhead first and then saves them
through ``services.schools`` (a stale or invalid one raises a DomainError: one clear sentence).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from scope_desk.errors import DomainError
from scope_desk.services.access import Actor
from scope_desk.services.schools import Letterhead, validated

PREVIEW_W, PREVIEW_H = 220, 90
_TEXT_FIELDS = ("name", "street", "postcode", "city", "phone", "email", "principal_name")


class LetterheadTab(QWidget):
    def __init__(self, services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterhead_tab")
        self.services, self.actor = services, actor
        self._loaded: dict[int, Letterhead] = {}
        self._edited: dict[int, Letterhead] = {}
        self._current: int | None = None
        self._logo: bytes | None = None

        self.school_combo = QComboBox(objectName="letterhead_school_combo")
        for choice in services.schools.manageable(actor):
            self.school_combo.addItem(f"{choice.name} ({choice.brin})", choice.id)
        self.brin_label = QLabel("", objectName="letterhead_brin_label")
        self.name_edit = QLineEdit(objectName="letterhead_name_edit")
        self.street_edit = QLineEdit(objectName="letterhead_street_edit")
        self.postcode_edit = QLineEdit(objectName="letterhead_postcode_edit")
        self.postcode_edit.setPlaceholderText(self.tr("1234 AB"))
        self.postcode_edit.setMaximumWidth(110)
        self.city_edit = QLineEdit(objectName="letterhead_city_edit")
        self.phone_edit = QLineEdit(objectName="letterhead_phone_edit")
        self.email_edit = QLineEdit(objectName="letterhead_email_edit")
        self.principal_edit = QLineEdit(objectName="letterhead_principal_edit")
        self.logo_preview = QLabel(objectName="letterhead_logo_preview")
        self.logo_preview.setFixedSize(PREVIEW_W, PREVIEW_H)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #c8c8c8; background: white; color: #707070;")
        self.logo_choose_button = QPushButton(self.tr("Logo kiezen…"), objectName="letterhead_logo_choose")
        self.logo_remove_button = QPushButton(self.tr("Logo verwijderen"), objectName="letterhead_logo_remove")
        self.logo_choose_button.clicked.connect(self._choose_logo)
        self.logo_remove_button.clicked.connect(lambda: self.set_logo(None))

        place = QHBoxLayout()
        place.addWidget(self.postcode_edit)
        place.addWidget(self.city_edit, 1)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.logo_choose_button)
        logo_buttons.addWidget(self.logo_remove_button)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("School"), self.school_combo)
        form.addRow(self.tr("BRIN"), self.brin_label)
        form.addRow(self.tr("Naam"), self.name_edit)
        form.addRow(self.tr("Straat en huisnummer"), self.street_edit)
        form.addRow(self.tr("Postcode en plaats"), place)
        form.addRow(self.tr("Telefoon"), self.phone_edit)
        form.addRow(self.tr("E-mail"), self.email_edit)
        form.addRow(self.tr("Directeur"), self.principal_edit)
        form.addRow(self.tr("Logo"), logo_row)
        hint = QLabel(self.tr("Het logo (PNG of JPEG, kleiner dan 1 MB) staat linksboven op de brieven; "
                              "een breed logo wordt verkleind tot 600 pixels."), objectName="letterhead_hint")
        hint.setWordWrap(True)
        self.no_school_label = QLabel(self.tr("U mag het briefhoofd van geen enkele school wijzigen."),
                                      objectName="letterhead_no_school")
        self.no_school_label.setWordWrap(True)
        self.fields = QWidget(objectName="letterhead_fields")
        inner = QVBoxLayout(self.fields)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form)
        inner.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.no_school_label)
        layout.addWidget(self.fields)
        layout.addStretch(1)
        has_schools = self.school_combo.count() > 0
        self.no_school_label.setVisible(not has_schools)
        self.fields.setVisible(has_schools)
        self.school_combo.currentIndexChanged.connect(self._school_changed)
        if has_schools:
            self._school_changed()

    # ------------------------------------------------------------------ editing
    def _edits(self) -> dict[str, QLineEdit]:
        return {"name": self.name_edit, "street": self.street_edit, "postcode": self.postcode_edit,
                "city": self.city_edit, "phone": self.phone_edit, "email": self.email_edit,
                "principal_name": self.principal_edit}

    def _school_changed(self) -> None:
        self._stash()
        school_id = self.school_combo.currentData()
        if school_id is None:
            return
        if school_id not in self._loaded:
            self._loaded[school_id] = self.services.schools.letterhead(self.actor, school_id)
        head = self._edited.get(school_id, self._loaded[school_id])
        self._current = school_id
        self.brin_label.setText(head.brin)
        for field, edit in self._edits().items():
            edit.setText(getattr(head, field))
        self.set_logo(head.logo)

    def _stash(self) -> None:
        """Keep the form's values of the school shown, so switching schools loses no edit."""
        if self._current is None:
            return
        values = {field: edit.text() for field, edit in self._edits().items()}
        self._edited[self._current] = self._loaded[self._current].changed(logo=self._logo, **values)

    def set_logo(self, data: bytes | None) -> None:
        self._logo = data or None
        self.logo_remove_button.setEnabled(self._logo is not None)
        if self._logo is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("geen logo"))
            return
        pixmap = QPixmap()
        if pixmap.loadFromData(self._logo):
            self.logo_preview.setPixmap(pixmap.scaled(PREVIEW_W - 8, PREVIEW_H - 8, Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("geen voorbeeld"))

    def set_logo_file(self, path: str | Path) -> None:
        self.set_logo(Path(path).read_bytes())

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo kiezen"), "",
                                              self.tr("Afbeeldingen (*.png *.jpg *.jpeg)"))
        if path:
            try:
                self.set_logo_file(path)
            except OSError as exc:
                self.logo_preview.setText(self.tr("Niet te lezen: %1").replace("%1", exc.strerror or str(exc)))

    def has_logo(self) -> bool:
        return self._logo is not None

    # ------------------------------------------------------------------- saving
    def pending(self) -> list[Letterhead]:
        """The letterheads with an edit, in the combo's order."""
        self._stash()
        return [self._edited[i] for i in self._edited if self._edited[i] != self._loaded[i]]

    def save(self) -> None:
        """Check every edited letterhead, then save them; a DomainError leaves the failing one unsaved."""
        heads = self.pending()
        for head in heads:
            try:
                validated(head)  # all checked before any is saved
            except DomainError:
                self._show(head.school_id)
                raise
        for head in heads:
            try:
                saved = self.services.schools.update_letterhead(self.actor, head)
            except DomainError:
                self._show(head.school_id)
                raise
            self._loaded[saved.school_id] = saved
            self._edited.pop(saved.school_id, None)
            if saved.school_id == self._current:
                self._current = None  # show the saved values (a scaled logo) without stashing the form
                self._show(saved.school_id, force=True)

    def _show(self, school_id: int, force: bool = False) -> None:
        index = self.school_combo.findData(school_id)
        if force or index != self.school_combo.currentIndex():
            if index == self.school_combo.currentIndex():
                self._school_changed()
            else:
                self.school_combo.setCurrentIndex(index)
