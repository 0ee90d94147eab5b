"""Round set-up: deadline, signer, letter and reminder text with the placeholder help."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from scope_desk.errors import DomainError
from scope_desk.letters import placeholders
from scope_desk.services.access import Actor, Permission
from scope_desk.services.consent_round import RoundService
from scope_desk.services.round_types import RoundSetup


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class RoundSetupPanel(QWidget):
    """Shows one round's letter set-up and saves it; ``saved(RoundSetup)`` after a save."""

    saved = Signal(object)

    def __init__(self, rounds: RoundService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rounds, self.actor = rounds, actor
        self.setup: RoundSetup | None = None
        self.deadline_edit = QDateEdit(objectName="deadline_edit", calendarPopup=True, displayFormat="d MMMM yyyy")
        self.signed_by_edit = QLineEdit(objectName="signed_by_edit")
        self.signed_as_edit = QLineEdit(objectName="signed_as_edit")
        self.letter_text_edit = QPlainTextEdit(objectName="letter_text_edit")
        self.reminder_text_edit = QPlainTextEdit(objectName="reminder_text_edit")
        self.categories_label = QLabel("", objectName="categories_label", wordWrap=True)
        self.help_label = QLabel(self.tr("Plaatshouders in de tekst (een lege regel begint een nieuwe alinea):") + "\n"
                                 + placeholders.help_text(), objectName="help_label", wordWrap=True)
        self.help_label.setProperty("role", "muted")
        self.save_button = QPushButton(self.tr("Opslaan"), objectName="save_setup_button")
        self.status_label = QLabel("", objectName="setup_status_label", wordWrap=True)

        form = QFormLayout()
        form.addRow(self.tr("Inleveren vóór"), self.deadline_edit)
        form.addRow(self.tr("Ondertekend door"), self.signed_by_edit)
        form.addRow(self.tr("Functie"), self.signed_as_edit)
        form.addRow(self.tr("Categorieën"), self.categories_label)
        texts = QTabWidget(objectName="texts_tabs")
        texts.addTab(self.letter_text_edit, self.tr("Brief"))
        texts.addTab(self.reminder_text_edit, self.tr("Herinnering"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(texts, 1)
        layout.addWidget(self.help_label)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.show_setup(None)

    def show_setup(self, setup: RoundSetup | None) -> None:
        self.setup = setup
        editable = setup is not None and self.actor.can(Permission.MANAGE_ROUNDS, setup.school_id)
        for widget in (self.deadline_edit, self.signed_by_edit, self.signed_as_edit, self.letter_text_edit,
                       self.reminder_text_edit, self.save_button):
            widget.setEnabled(editable)
        if setup is None:
            self.categories_label.setText("")
            self.status_label.setText(self.tr("Nog geen ronde voor deze school en dit jaar."))
            return
        self.deadline_edit.setDate(to_qdate(setup.deadline) if setup.deadline else QDate.currentDate().addDays(14))
        self.signed_by_edit.setText(setup.signed_by)
        self.signed_as_edit.setText(setup.signed_as)
        self.letter_text_edit.setPlainText(setup.letter_text)
        self.reminder_text_edit.setPlainText(setup.reminder_text)
        self.categories_label.setText(", ".join(c.label for c in setup.categories))
        self.status_label.setText("" if editable else self.tr("U kunt deze ronde alleen bekijken."))

    def save(self) -> bool:
        if self.setup is None:
            return False
        try:
            fresh = self.rounds.update_setup(
                self.actor, self.setup, deadline=from_qdate(self.deadline_edit.date()),
                letter_text=self.letter_text_edit.toPlainText(), reminder_text=self.reminder_text_edit.toPlainText(),
                signed_by=self.signed_by_edit.text(), signed_as=self.signed_as_edit.text())
        except DomainError as exc:
            self.status_label.setText(str(exc))
            return False
        self.setup = fresh
        self.status_label.setText(self.tr("Opgeslagen."))
        self.saved.emit(fresh)
        return True
