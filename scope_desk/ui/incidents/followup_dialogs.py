"""Gesprek vastleggen, verslag wijzigen (with a reason: a new version) and maatregel vastleggen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QWidget,
)

from scope_desk.services.incident_lists import (
    CAO_MEASURES, MEASURE_LABELS, PLACE_LABELS, ROLE_LABELS, IncidentKind, MeasureKind,
)
from scope_desk.services.incident_types import ConversationInput, ConversationView, MeasureInput, PartyView
from scope_desk.ui.incidents.dialog_base import ValidatingDialog
from scope_desk.ui.incidents.text import from_qdate, from_qdatetime, t, to_qdate


def _text(name: str, height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit(objectName=name)
    edit.setMinimumHeight(height)
    edit.setTabChangesFocus(True)
    return edit


class ConversationDialog(ValidatingDialog):
    def __init__(self, parties: tuple[PartyView, ...], submit: Callable | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Gesprek vastleggen"), submit, parent)
        self.setMinimumWidth(560)
        now = QDateTime.currentDateTime()
        self.held_at_edit = QDateTimeEdit(now, objectName="held_at_edit")
        self.held_at_edit.setCalendarPopup(True)
        self.held_at_edit.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.place_combo = QComboBox(objectName="place_combo")
        for place, label in PLACE_LABELS.items():
            self.place_combo.addItem(t(label), place)
        self.attendees_list = QListWidget(objectName="attendees_list")
        self.attendees_list.setFixedHeight(110)
        for party in parties:
            item = QListWidgetItem(f"{party.name} ({t(ROLE_LABELS[party.role]).lower()})")
            item.setData(Qt.ItemDataRole.UserRole, party.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.attendees_list.addItem(item)
        self.others_edit = QLineEdit(objectName="others_edit")
        self.others_edit.setPlaceholderText(self.tr("Anderen, bijv. mentor, intern begeleider"))
        self.notes_edit = _text("notes_edit")
        self.agreements_edit = _text("agreements_edit", 70)
        self.check_back_box = QCheckBox(self.tr("Terugkomen op"), objectName="check_back_box")
        self.check_back_box.setChecked(True)
        self.check_back_edit = QDateEdit(to_qdate(date.today() + timedelta(days=14)), objectName="check_back_edit")
        self.check_back_edit.setCalendarPopup(True)
        self.check_back_edit.setDisplayFormat("dd-MM-yyyy")
        self.check_back_box.toggled.connect(self.check_back_edit.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.check_back_box)
        row.addWidget(self.check_back_edit, 1)
        self.form.addRow(self.tr("Datum en tijd"), self.held_at_edit)
        self.form.addRow(self.tr("Plaats"), self.place_combo)
        self.form.addRow(self.tr("Deelnemers"), self.attendees_list)
        self.form.addRow(self.tr("Verder aanwezig"), self.others_edit)
        self.form.addRow(self.tr("Verslag"), self.notes_edit)
        self.form.addRow(self.tr("Afspraken"), self.agreements_edit)
        self.form.addRow("", row)

    def set_attendee_checked(self, row: int, checked: bool = True) -> None:
        self.attendees_list.item(row).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def build_value(self) -> ConversationInput:
        ids = tuple(self.attendees_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.attendees_list.count())
                    if self.attendees_list.item(i).checkState() == Qt.CheckState.Checked)
        others = self.others_edit.text().strip()
        if not ids and not others:
            raise ValueError(self.tr("Kies wie aan het gesprek deelnamen."))
        notes, agreements = self.notes_edit.toPlainText().strip(), self.agreements_edit.toPlainText().strip()
        if not notes and not agreements:
            raise ValueError(self.tr("Leg vast wat er besproken of afgesproken is."))
        held_at = from_qdatetime(self.held_at_edit.dateTime())
        check_back = from_qdate(self.check_back_edit.date()) if self.check_back_box.isChecked() else None
        if check_back is not None and check_back < held_at.date():
            raise ValueError(self.tr("De terugkomdatum ligt vóór de datum van het gesprek."))
        return ConversationInput(held_at=held_at, place=self.place_combo.currentData(), attendee_party_ids=ids,
                                 other_attendees=others, notes=notes, agreements=agreements, check_back_on=check_back)


class NoteEditDialog(ValidatingDialog):
    """A new version of the notes and agreements; the reason is required, earlier versions stay."""

    def __init__(self, conversation: ConversationView, submit: Callable | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Verslag wijzigen"), submit, parent)
        self.setMinimumWidth(520)
        self.conversation = conversation
        self.notes_edit = _text("notes_edit")
        self.notes_edit.setPlainText(conversation.notes)
        self.agreements_edit = _text("agreements_edit", 70)
        self.agreements_edit.setPlainText(conversation.agreements)
        self.reason_edit = QLineEdit(objectName="reason_edit")
        self.reason_edit.setPlaceholderText(self.tr("Waarom wordt het verslag gewijzigd?"))
        self.form.addRow(self.tr("Verslag"), self.notes_edit)
        self.form.addRow(self.tr("Afspraken"), self.agreements_edit)
        self.form.addRow(self.tr("Reden"), self.reason_edit)

    def build_value(self) -> tuple[str, str, str]:
        reason = self.reason_edit.text().strip()
        if not reason:
            raise ValueError(self.tr("Geef een reden voor de wijziging; de eerdere versie blijft leesbaar."))
        notes, agreements = self.notes_edit.toPlainText().strip(), self.agreements_edit.toPlainText().strip()
        if notes == self.conversation.notes and agreements == self.conversation.agreements:
            raise ValueError(self.tr("Het verslag is niet gewijzigd."))
        return notes, agreements, reason


class MeasureDialog(ValidatingDialog):
    def __init__(self, kind: IncidentKind, parties: tuple[PartyView, ...], decided_by: str,
                 submit: Callable | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Maatregel vastleggen"), submit, parent)
        self.setMinimumWidth(480)
        self.kind_combo = QComboBox(objectName="kind_combo")
        kinds = CAO_MEASURES if kind is IncidentKind.STAFF else [k for k in MeasureKind if k is not MeasureKind.CAO_MEASURE]
        for measure in kinds:
            self.kind_combo.addItem(t(MEASURE_LABELS[measure]), measure)
        self.decided_on_edit = QDateEdit(to_qdate(date.today()), objectName="decided_on_edit")
        self.decided_on_edit.setCalendarPopup(True)
        self.decided_on_edit.setDisplayFormat("dd-MM-yyyy")
        self.decided_by_edit = QLineEdit(decided_by, objectName="decided_by_edit")
        self.party_combo = QComboBox(objectName="party_combo")
        self.party_combo.addItem(self.tr("(het incident als geheel)"), None)
        for party in parties:
            self.party_combo.addItem(f"{party.name} ({t(ROLE_LABELS[party.role]).lower()})", party.id)
        self.note_edit = _text("note_edit", 60)
        self.form.addRow(self.tr("Maatregel"), self.kind_combo)
        self.form.addRow(self.tr("Datum"), self.decided_on_edit)
        self.form.addRow(self.tr("Besloten door"), self.decided_by_edit)
        self.form.addRow(self.tr("Betreft"), self.party_combo)
        self.form.addRow(self.tr("Toelichting"), self.note_edit)

    def build_value(self) -> MeasureInput:
        decided_by = self.decided_by_edit.text().strip()
        if not decided_by:
            raise ValueError(self.tr("Vul in wie de maatregel heeft genomen."))
        return MeasureInput(kind=self.kind_combo.currentData(), decided_on=from_qdate(self.decided_on_edit.date()),
                            decided_by=decided_by, party_id=self.party_combo.currentData(),
                            note=self.note_edit.toPlainText().strip())
