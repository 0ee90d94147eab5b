"""Strookjes invoeren: a USB scanner types the slip code and Enter; the office ticks Ja/Nee and saves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton,
    QVBoxLayout, QWidget,
)

from scope_desk.errors import DomainError
from scope_desk.services.access import Actor
from scope_desk.services.consent_round import RoundService
from scope_desk.services.round_types import ConsentState, SlipView
from scope_desk.ui.letters.setup_panel import from_qdate

YES, NO = 1, 0


class ReturnsPanel(QWidget):
    """``school_id`` is the school being entered; ``saved(pupil_id)`` after each saved slip."""

    saved = Signal(int)

    def __init__(self, rounds: RoundService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rounds, self.actor = rounds, actor
        self.school_id: int | None = None
        self.slip: SlipView | None = None
        self.groups: dict[int, QButtonGroup] = {}
        self.code_edit = QLineEdit(objectName="code_edit", placeholderText=self.tr("Scan de code op het strookje (of typ hem) en druk op Enter"))
        self.child_label = QLabel("", objectName="child_label", wordWrap=True)
        self.child_label.setProperty("role", "sectionTitle")
        self.message_label = QLabel("", objectName="returns_message_label", wordWrap=True)
        self.received_edit = QDateEdit(QDate.currentDate(), objectName="received_edit", calendarPopup=True,
                                       displayFormat="d MMMM yyyy")
        self.received_edit.setMaximumDate(QDate.currentDate())
        # Parents living apart each got a slip with this code: the office picks the name printed on it.
        self.sender_label = QLabel(self.tr("Strookje van:"), objectName="sender_label")
        self.sender_combo = QComboBox(objectName="sender_combo")
        self.sender_hint = QLabel("", objectName="sender_hint", wordWrap=True)
        self.sender_hint.setProperty("role", "muted")
        self.boxes = QWidget(objectName="slip_boxes")
        self.boxes_layout = QGridLayout(self.boxes)
        self.all_yes_button = QPushButton(self.tr("Alles Ja"), objectName="all_yes_button")
        self.all_no_button = QPushButton(self.tr("Alles Nee"), objectName="all_no_button")
        self.save_button = QPushButton(self.tr("Opslaan"), objectName="save_slip_button")

        date_row = QHBoxLayout()
        date_row.addWidget(QLabel(self.tr("Ontvangen op")))
        date_row.addWidget(self.received_edit)
        date_row.addStretch(1)
        date_row.addWidget(self.all_yes_button)
        date_row.addWidget(self.all_no_button)
        date_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code_edit)
        layout.addWidget(self.message_label)
        layout.addWidget(self.child_label)
        sender_row = QHBoxLayout()
        sender_row.addWidget(self.sender_label)
        sender_row.addWidget(self.sender_combo, 1)
        layout.addLayout(sender_row)
        layout.addWidget(self.sender_hint)
        layout.addWidget(self.boxes)
        layout.addLayout(date_row)
        layout.addWidget(QLabel(self.tr("Een leeg vakje blijft 'niet ingeleverd': dat is nooit toestemming.")))
        layout.addStretch(1)
        self.code_edit.returnPressed.connect(self.open_code)
        self.save_button.clicked.connect(self.save)
        self.all_yes_button.clicked.connect(lambda: self._all(True))
        self.all_no_button.clicked.connect(lambda: self._all(False))
        self._show(None)

    def set_school(self, school_id: int | None) -> None:
        self.school_id = school_id
        self._show(None)

    def open_code(self) -> None:
        typed = self.code_edit.text()
        try:
            slip = self.rounds.open_slip(self.actor, typed, self.school_id)
        except DomainError as exc:
            self._show(None)
            self.message_label.setText(str(exc))
            self.code_edit.selectAll()
            return
        self.message_label.setText("")
        self._show(slip)

    def answers(self) -> dict[int, bool | None]:
        out: dict[int, bool | None] = {}
        for category_id, group in self.groups.items():
            checked = group.checkedId()
            out[category_id] = None if checked < 0 else checked == YES
        return out

    def set_answer(self, category_id: int, yes: bool) -> None:
        group = self.groups[category_id]
        group.button(YES if yes else NO).setChecked(True)

    def save(self) -> bool:
        if self.slip is None:
            return False
        try:
            self.rounds.save_slip(self.actor, self.slip, self.answers(), from_qdate(self.received_edit.date()),
                                  given_by_guardian_id=self.sender_combo.currentData() if self.slip.senders else None)
        except DomainError as exc:
            self.message_label.setText(str(exc))
            return False
        pupil_id, name = self.slip.pupil_id, self.slip.child_name
        self._show(None)
        self.message_label.setText(self.tr("Strookje van %1 opgeslagen. Scan het volgende strookje.").replace("%1", name))
        self.code_edit.clear()
        self.code_edit.setFocus()
        self.saved.emit(pupil_id)
        return True

    def _all(self, yes: bool) -> None:
        for category_id in self.groups:
            self.set_answer(category_id, yes)

    def _show(self, slip: SlipView | None) -> None:
        self.slip = slip
        while self.boxes_layout.count():
            item = self.boxes_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.groups = {}
        self.sender_combo.clear()
        split = slip is not None and bool(slip.senders)
        self.sender_label.setVisible(split)
        self.sender_combo.setVisible(split)
        self.sender_hint.setVisible(split)
        if split:  # nothing preselected: the office reads the name printed beside the code
            self.sender_hint.setText(self.tr(
                "Dit kind kreeg %1 strookjes met dezelfde code, één per adres. Naast de code staat van wie dit "
                "strookje is: kies die naam.").replace("%1", str(len(slip.senders))))
            self.sender_combo.addItem(self.tr("— kies de naam die naast de code staat —"), None)
            for guardian_id, label in slip.senders:
                self.sender_combo.addItem(label, guardian_id)
        self.save_button.setEnabled(slip is not None)
        self.all_yes_button.setEnabled(slip is not None)
        self.all_no_button.setEnabled(slip is not None)
        if slip is None:
            self.child_label.setText("")
            return
        self.child_label.setText(f"{slip.child_name} · {slip.class_name} · {slip.school_name} · {slip.year_label}")
        self.boxes_layout.addWidget(QLabel(self.tr("<b>Ja</b>")), 0, 1)
        self.boxes_layout.addWidget(QLabel(self.tr("<b>Nee</b>")), 0, 2)
        self.boxes_layout.addWidget(QLabel(self.tr("<i>nu</i>")), 0, 3)
        for row, (category, state) in enumerate(zip(slip.categories, slip.current), start=1):
            yes = QRadioButton(objectName=f"yes_{category.code}")
            no = QRadioButton(objectName=f"no_{category.code}")
            group = QButtonGroup(self)
            group.addButton(yes, YES)
            group.addButton(no, NO)
            self.groups[category.id] = group
            self.boxes_layout.addWidget(QLabel(category.label), row, 0)
            self.boxes_layout.addWidget(yes, row, 1)
            self.boxes_layout.addWidget(no, row, 2)
            self.boxes_layout.addWidget(QLabel(_state_text(self, state)), row, 3)
        self.boxes_layout.setColumnStretch(0, 1)


def _state_text(widget: QWidget, state: ConsentState) -> str:
    return {
        ConsentState.GRANTED: QCoreApplication.translate("ReturnsPanel", "toestemming"),
        ConsentState.REFUSED: QCoreApplication.translate("ReturnsPanel", "geen toestemming"),
        ConsentState.WITHDRAWN: QCoreApplication.translate("ReturnsPanel", "ingetrokken"),
        ConsentState.NOT_RETURNED: QCoreApplication.translate("ReturnsPanel", "niet ingeleverd"),
    }[state]
