"""Betrokkene toevoegen (with a picker that searches the registry) and the pupils shown in images."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from scope_desk.errors import DomainError
from scope_desk.services.access import Actor
from scope_desk.services.incident_lists import PARTY_KIND_LABELS, ROLE_LABELS, PartyKind
from scope_desk.services.incident_types import PartyInput
from scope_desk.services.incidents import IncidentService
from scope_desk.ui.incidents.dialog_base import ValidatingDialog
from scope_desk.ui.incidents.text import from_qdate, t, to_qdate

BASE_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1
CONSENT_ROLE = Qt.ItemDataRole.UserRole + 2
GOOD, BAD = "#2e7d4f", "#b3261e"


class PartyDialog(ValidatingDialog):
    def __init__(self, service: IncidentService, actor: Actor, school_id: int, pupil_ids: tuple[int, ...] = (),
                 submit: Callable | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Betrokkene toevoegen"), submit, parent)
        self.service, self.actor, self.school_id, self.pupil_ids = service, actor, school_id, pupil_ids
        self.setMinimumWidth(520)
        self.kind_combo = QComboBox(objectName="kind_combo")
        for kind, label in PARTY_KIND_LABELS.items():
            self.kind_combo.addItem(t(label), kind)
        self.role_combo = QComboBox(objectName="role_combo")
        for role, label in ROLE_LABELS.items():
            self.role_combo.addItem(t(label), role)
        self.search_edit = QLineEdit(objectName="search_edit")
        self.search_edit.setPlaceholderText(self.tr("Zoek op naam of leerlingnummer"))
        self.search_edit.setClearButtonEnabled(True)
        self.results_list = QListWidget(objectName="results_list")
        self.results_list.setMinimumHeight(160)
        self.outsider_edit = QLineEdit(objectName="outsider_edit")
        self.outsider_edit.setPlaceholderText(self.tr("Naam van de buitenstaander"))
        self.note_edit = QLineEdit(objectName="note_edit")
        self.form.addRow(self.tr("Soort"), self.kind_combo)
        self.form.addRow(self.tr("Rol"), self.role_combo)
        self.form.addRow(self.tr("Zoeken"), self.search_edit)
        self.form.addRow("", self.results_list)
        self.form.addRow(self.tr("Buitenstaander"), self.outsider_edit)
        self.form.addRow(self.tr("Toelichting"), self.note_edit)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.search_edit.textChanged.connect(lambda _t: self.refresh_results())
        self._kind_changed()

    def kind(self) -> PartyKind:
        return self.kind_combo.currentData()

    def _kind_changed(self) -> None:
        outsider = self.kind() is PartyKind.OUTSIDER
        for widget in (self.search_edit, self.results_list):
            widget.setEnabled(not outsider)
        self.outsider_edit.setEnabled(outsider)
        self.refresh_results()

    def refresh_results(self) -> None:
        self.results_list.clear()
        text, kind = self.search_edit.text(), self.kind()
        if kind is PartyKind.PUPIL:
            options = self.service.search_pupils(self.actor, self.school_id, text)
        elif kind is PartyKind.GUARDIAN:
            options = self.service.search_guardians(self.actor, self.school_id, text, self.pupil_ids)
        elif kind is PartyKind.STAFF:
            options = self.service.search_staff(self.actor, self.school_id, text)
        else:
            options = []
        for option in options:
            item = QListWidgetItem(f"{option.name}   —   {option.detail}" if option.detail else option.name)
            item.setData(Qt.ItemDataRole.UserRole, option.id)
            self.results_list.addItem(item)
        if self.results_list.count() == 1:
            self.results_list.setCurrentRow(0)

    def build_value(self) -> PartyInput:
        kind, role, note = self.kind(), self.role_combo.currentData(), self.note_edit.text().strip()
        if kind is PartyKind.OUTSIDER:
            name = self.outsider_edit.text().strip()
            if not name:
                raise ValueError(self.tr("Vul de naam van de buitenstaander in."))
            return PartyInput(kind=kind, role=role, outsider_name=name, note=note)
        item = self.results_list.currentItem()
        if item is None:
            raise ValueError(self.tr("Kies iemand uit de lijst (zoek op naam)."))
        person = item.data(Qt.ItemDataRole.UserRole)
        field = {PartyKind.PUPIL: "pupil_id", PartyKind.GUARDIAN: "guardian_id", PartyKind.STAFF: "staff_member_id"}[kind]
        return PartyInput(kind=kind, role=role, note=note, **{field: person})


class DepictedDialog(ValidatingDialog):
    """Images without consent: the pupils shown, the channel, the date of posting."""

    def __init__(self, service: IncidentService, actor: Actor, school_id: int, happened_on: date,
                 chosen: tuple[int, ...] = (), submit: Callable | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Leerlingen in beeld"), submit, parent)
        self.setMinimumWidth(480)
        self.channel_combo = QComboBox(objectName="channel_combo")
        for code, label in service.consent_channels(actor, school_id, happened_on):
            self.channel_combo.addItem(label, code)
        social = self.channel_combo.findData("social_media")
        if social >= 0:
            self.channel_combo.setCurrentIndex(social)
        self.posted_on_edit = QDateEdit(to_qdate(happened_on), objectName="posted_on_edit")
        self.posted_on_edit.setCalendarPopup(True)
        self.posted_on_edit.setDisplayFormat("dd-MM-yyyy")
        self.service, self.actor, self.school_id = service, actor, school_id
        self.pupils_list = QListWidget(objectName="pupils_list")
        self.pupils_list.setMinimumHeight(220)
        for option in service.search_pupils(actor, school_id, "", limit=5000):
            item = QListWidgetItem(f"{option.name}   —   {option.detail}")
            item.setData(Qt.ItemDataRole.UserRole, option.id)
            item.setData(BASE_TEXT_ROLE, item.text())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if option.id in chosen else Qt.CheckState.Unchecked)
            self.pupils_list.addItem(item)
        self.hint_label = QLabel(self.tr("Achter elke aangevinkte leerling: de toestemming voor dit kanaal op de "
                                         "dag van plaatsing."), objectName="consent_hint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setProperty("role", "muted")
        self.form.addRow(self.tr("Kanaal"), self.channel_combo)
        self.form.addRow(self.tr("Geplaatst op"), self.posted_on_edit)
        self.form.addRow(self.tr("In beeld"), self.pupils_list)
        self.form.addRow("", self.hint_label)
        self.pupils_list.itemChanged.connect(lambda _item: self.show_consent())
        self.channel_combo.currentIndexChanged.connect(lambda _i: self.show_consent())
        self.posted_on_edit.dateChanged.connect(lambda _d: self.show_consent())
        self.show_consent()

    def _checked_rows(self) -> list[int]:
        return [i for i in range(self.pupils_list.count())
                if self.pupils_list.item(i).checkState() == Qt.CheckState.Checked]

    def show_consent(self) -> None:
        """Each checked pupil's consent for the chosen channel on the posting date, after the name."""
        rows = self._checked_rows()
        ids = [self.pupils_list.item(i).data(Qt.ItemDataRole.UserRole) for i in rows]
        try:
            states = self.service.consent_on_date(self.actor, self.school_id, ids, self.channel_combo.currentData() or "",
                                                  from_qdate(self.posted_on_edit.date())) if ids else {}
        except DomainError as exc:
            self.show_error(str(exc))
            states = {}
        self.pupils_list.blockSignals(True)
        for i in range(self.pupils_list.count()):
            item = self.pupils_list.item(i)
            label, given = states.get(item.data(Qt.ItemDataRole.UserRole), ("", False))
            item.setData(CONSENT_ROLE, t(label) if label else "")
            item.setText(item.data(BASE_TEXT_ROLE) + (f"   ·   {t(label)}" if label else ""))
            item.setForeground(QBrush(QColor(GOOD if given else BAD)) if label else QBrush())
        self.pupils_list.blockSignals(False)

    def consent_text(self, row: int) -> str:
        """The consent shown for the pupil on ``row`` ("" when not checked)."""
        return self.pupils_list.item(row).data(CONSENT_ROLE) or ""

    def build_value(self) -> tuple[list[int], str, date]:
        ids = [self.pupils_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.pupils_list.count())
               if self.pupils_list.item(i).checkState() == Qt.CheckState.Checked]
        if not ids:
            raise ValueError(self.tr("Vink de leerlingen aan die in beeld zijn."))
        return ids, self.channel_combo.currentData(), from_qdate(self.posted_on_edit.date())
