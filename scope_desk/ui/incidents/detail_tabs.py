"""The tabs of an incident that do more than list: conversations (with note versions), evidence (with
preview and hash check) and images without consent."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableView, QTextBrowser,
    QVBoxLayout, QWidget,
)

from scope_desk.errors import DomainError
from scope_desk.services.access import Actor, Permission
from scope_desk.services.incident_lists import IMAGE_CATEGORY, PLACE_LABELS, ROLE_LABELS
from scope_desk.services.incident_types import ConversationView, EvidenceState, IncidentDetail
from scope_desk.services.incidents import IncidentService
from scope_desk.ui.incidents.followup_dialogs import ConversationDialog, NoteEditDialog
from scope_desk.ui.incidents.models import ConversationTableModel, DepictedTableModel, EvidenceTableModel
from scope_desk.ui.incidents.party_dialog import DepictedDialog
from scope_desk.ui.incidents.text import fmt_date, fmt_datetime, t


def html_escape(text: str) -> str:
    return html.escape(text or "").replace("\n", "<br>")


def make_table(name: str, model) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(30)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setShowGrid(False)
    return view


class TableTab(QWidget):
    """A table with a row of buttons above it."""

    def __init__(self, model, table_name: str, buttons: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = make_table(table_name, model)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, text in buttons:
            self.buttons[name] = QPushButton(text, objectName=name)
            row.addWidget(self.buttons[name])
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def current_row(self):
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None


class _Tab(QWidget):
    saved = Signal()
    failed = Signal(str)

    def __init__(self, service: IncidentService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.actor = service, actor
        self.detail: IncidentDetail | None = None
        self.active_dialog = None
        self.can_write = actor.can(Permission.WRITE_INCIDENTS)

    def _open(self, dialog) -> None:
        self.active_dialog = dialog
        dialog.accepted.connect(self.saved.emit)
        dialog.open()


class ConversationsTab(_Tab):
    def __init__(self, service: IncidentService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(service, actor, parent)
        self.model = ConversationTableModel(self)
        self.table = make_table("conversations_table", self.model)
        self.text_view = QTextBrowser(objectName="conversation_text")
        self.add_button = QPushButton(self.tr("Gesprek vastleggen"), objectName="add_conversation_button")
        self.edit_notes_button = QPushButton(self.tr("Verslag wijzigen"), objectName="edit_notes_button")
        self.checked_back_button = QPushButton(self.tr("Teruggekomen"), objectName="checked_back_button")
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_notes_button, self.checked_back_button):
            row.addWidget(button)
            button.setVisible(self.can_write)
        row.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.text_view)
        splitter.setSizes([160, 320])
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_current(cur.row()))
        self.add_button.clicked.connect(self.add_conversation)
        self.edit_notes_button.clicked.connect(self.edit_notes)
        self.checked_back_button.clicked.connect(self.mark_checked_back)

    def show_incident(self, d: IncidentDetail) -> None:
        self.detail = d
        self.model.set_rows(list(d.conversations))
        if d.conversations:
            self.table.selectRow(len(d.conversations) - 1)
            self._show_current(len(d.conversations) - 1)
        else:
            self.text_view.setHtml(f"<p style='color:#5d6b78'>{self.tr('Nog geen gesprekken vastgelegd.')}</p>")

    def current(self) -> ConversationView | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_current(self, row: int) -> None:
        if not (0 <= row < self.model.rowCount()):
            return
        self.text_view.setHtml(conversation_html(self.model.row_at(row)))

    def add_conversation(self) -> None:
        d = self.detail
        if d is not None:
            self._open(ConversationDialog(d.parties, parent=self,
                                          submit=lambda v: self.service.log_conversation(self.actor, d.id, v)))

    def edit_notes(self) -> None:
        conv = self.current()
        if conv is not None:
            self._open(NoteEditDialog(conv, parent=self, submit=lambda v: self.service.edit_conversation_notes(
                self.actor, conv.id, conv.version, *v)))

    def mark_checked_back(self) -> None:
        conv = self.current()
        if conv is None or conv.check_back_on is None:
            return
        try:
            self.service.set_check_back(self.actor, conv.id, conv.version, conv.check_back_on, done=True)
        except DomainError as exc:
            self.failed.emit(str(exc))
            return
        self.saved.emit()


def conversation_html(c: ConversationView) -> str:
    who = [f"{html_escape(a.name)} <span style='color:#5d6b78'>({t(ROLE_LABELS[a.role]).lower()})</span>" for a in c.attendees]
    if c.other_attendees:
        who.append(html_escape(c.other_attendees))
    check = fmt_date(c.check_back_on) + (" — teruggekomen" if c.checked_back else "") if c.check_back_on else "—"
    parts = [f"<h3 style='margin:0'>{fmt_datetime(c.held_at)} · {t(PLACE_LABELS[c.place])}</h3>",
             f"<p><b>Deelnemers:</b> {', '.join(who) or '—'}</p>",
             f"<p><b>Verslag</b><br>{html_escape(c.notes) or '—'}</p>",
             f"<p><b>Afspraken</b><br>{html_escape(c.agreements) or '—'}</p>",
             f"<p><b>Terugkomen op:</b> {check}</p>"]
    if len(c.versions) > 1:
        parts.append("<hr><p><b>Eerdere versies van het verslag</b></p>")
        for v in reversed(c.versions[:-1]):
            nxt = c.versions[v.number] if v.number < len(c.versions) else None
            parts.append(f"<p style='color:#5d6b78'>Versie {v.number}, {fmt_datetime(v.written_at)}, {html_escape(v.written_by)}"
                         + (f" — vervangen omdat: {html_escape(nxt.reason)}" if nxt else "") + "</p>"
                         f"<p>{html_escape(v.notes)}<br><i>Afspraken:</i> {html_escape(v.agreements)}</p>")
    return "".join(parts)


class EvidenceTab(_Tab):
    def __init__(self, service: IncidentService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(service, actor, parent)
        self.model = EvidenceTableModel(self)
        self.table = make_table("evidence_table", self.model)
        self.add_button = QPushButton(self.tr("Bestand toevoegen…"), objectName="add_evidence_button")
        self.add_button.setVisible(self.can_write)
        self.preview_label = QLabel(objectName="evidence_preview")
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setMinimumHeight(180)
        self.preview_label.setStyleSheet("background: white; border: 1px solid #d9dee3; border-radius: 8px;")
        self.hash_label = QLabel(objectName="evidence_hash")
        self.hash_label.setWordWrap(True)
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hash_label)
        layout.addWidget(self.preview_label, 1)
        self._previewed: int | None = None  # the evidence id shown in the preview
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.preview(cur.row()))
        self.add_button.clicked.connect(self.choose_file)

    def show_incident(self, d: IncidentDetail) -> None:
        """The first item is selected and previewed as soon as the tab is on screen (opening evidence is
        audited, so it is not opened for an incident whose Bewijs tab nobody looks at)."""
        self.detail = d
        self.model.set_rows(list(d.evidence))
        self.preview_label.clear()
        self.hash_label.clear()
        self._previewed = None
        if d.evidence:
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.table.selectRow(0)
            selection.blockSignals(False)
            if self.isVisible():
                self.preview(0)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        row = self.table.currentIndex().row()
        if row >= 0 and self._previewed != self.model.row_at(row).id:
            self.preview(row)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Bewijsstuk kiezen"), "",
                                              self.tr("Afbeeldingen en documenten (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.eml *.mp4);;Alle bestanden (*)"))
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        try:
            self.service.add_evidence(self.actor, self.detail.id, path)
        except (DomainError, OSError) as exc:
            self.failed.emit(str(exc))
            return
        self.saved.emit()

    def preview(self, row: int) -> None:
        if not (0 <= row < self.model.rowCount()):
            return
        self._previewed = self.model.row_at(row).id
        try:
            view, content = self.service.evidence_file(self.actor, self.model.row_at(row).id)
        except DomainError as exc:
            self.failed.emit(str(exc))
            return
        ok = view.state is EvidenceState.VERIFIED
        color = "#2e7d4f" if ok else "#b3261e"
        text = (f"<b>{html_escape(view.original_name)}</b> — <span style='color:{color}; font-weight:600'>"
                f"{t(view.state_label)}</span><br><span style='font-family:monospace'>SHA-256 {view.sha256}</span>")
        if not ok:
            warning = self.tr("Het bestand klopt niet meer met de vastgelegde hash; gebruik het niet als bewijs.")
            text += f"<br><span style='color:{color}'>{warning}</span>"
        self.hash_label.setText(text)
        self.preview_label.clear()
        if ok and view.is_image and content is not None:
            pixmap = QPixmap()
            if pixmap.loadFromData(content):
                self.preview_label.setPixmap(pixmap.scaled(560, 320, Qt.AspectRatioMode.KeepAspectRatio,
                                                           Qt.TransformationMode.SmoothTransformation))
                return
        self.preview_label.setText(self.tr("Geen voorbeeld") if ok else self.tr("Geen voorbeeld: het bestand is gewijzigd of ontbreekt"))


class ImagesTab(_Tab):
    def __init__(self, service: IncidentService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(service, actor, parent)
        self.model = DepictedTableModel(self)
        self.table = make_table("depicted_table", self.model)
        self.choose_button = QPushButton(self.tr("Leerlingen in beeld kiezen…"), objectName="choose_depicted_button")
        self.choose_button.setVisible(self.can_write)
        self.hint_label = QLabel(objectName="images_hint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setProperty("role", "muted")
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.table, 1)
        self.choose_button.clicked.connect(self.choose)

    def show_incident(self, d: IncidentDetail) -> None:
        self.detail = d
        self.model.set_rows(list(d.depicted))
        missing = sum(1 for x in d.depicted if not x.consent_given)
        if d.depicted:
            self.hint_label.setText(self.tr("Toestemming zoals die gold op de dag van plaatsing. Zonder toestemming: %1 "
                                            "van %2 leerlingen.").replace("%1", str(missing)).replace("%2", str(len(d.depicted))))
        elif d.category == IMAGE_CATEGORY:
            self.hint_label.setText(self.tr("Kies de leerlingen die op de foto of video staan."))
        else:
            self.hint_label.setText(self.tr("Alleen nodig bij beeldmateriaal dat zonder toestemming is geplaatst."))

    def choose(self) -> None:
        d = self.detail
        if d is None:
            return
        chosen = tuple(x.pupil_id for x in d.depicted)
        self._open(DepictedDialog(self.service, self.actor, d.school_id, d.happened_on, chosen, parent=self,
                                  submit=lambda v: self.service.set_depicted(self.actor, d.id, *v)))
