"""Protocol: the board's Protocol Sociale Media to read, search, cite, compare, print and confirm.

Contents on the left, the text in a calm reading column on the right (article codes in the margin),
Ctrl+F search with every hit highlighted and F3 / Shift+F3 to walk them, "Citaat kopiëren" per
article, a version picker, "Wat is er veranderd?", import of a new version, PDF export, and the
read confirmation of the signed-in staff member.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QTextBrowser, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from scope_desk.errors import DomainError
from scope_desk.services.access import Actor, Permission
from scope_desk.services.container import Services
from scope_desk.services.protocol_types import ProtocolDocument, VersionInfo, citation, dutch_date
from scope_desk.ui.protocol_html import anchor_of, document_html, fit_reading_column
from scope_desk.ui.text_highlighter import TextHighlighter
from scope_desk.ui.theme import PAGE_MARGINS

CODE_ROLE = Qt.ItemDataRole.UserRole


class _PdfJob(QRunnable):
    """Sets the PDF off the UI thread (pure: document in, file out)."""

    class Signals(QObject):
        finished = Signal(str)
        failed = Signal(str)

    def __init__(self, document: ProtocolDocument, path: Path, organisation: str) -> None:
        super().__init__()
        self.document, self.path, self.organisation, self.signals = document, path, organisation, _PdfJob.Signals()

    def run(self) -> None:
        from scope_desk.atomic_files import write_atomic
        from scope_desk.letters.protocol_pdf import protocol_pdf

        try:
            write_atomic(self.path, protocol_pdf(self.document, self.organisation))
        except Exception as exc:  # reported to the user as one sentence, nothing half-written
            self.signals.failed.emit(str(exc))
            return
        self.signals.finished.emit(str(self.path))


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text, objectName=name)
    button.setAutoDefault(False)
    return button


class ProtocolPage(QWidget):
    incidents_requested = Signal(str, int)  # article code and version id: show the incidents citing it
    export_finished = Signal(str)  # path of the PDF, or "" when it failed

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.protocol = services.protocol
        self.document: ProtocolDocument | None = None
        self.versions: list[VersionInfo] = []
        self.open_after_export = True
        self._jobs: list[_PdfJob] = []
        self._current_id: int | None = None

        self.title_label = QLabel(self.tr("Protocol Sociale Media"), objectName="title_label")
        self.title_label.setProperty("role", "pageTitle")
        self.subtitle_label = QLabel("", objectName="subtitle_label")
        self.subtitle_label.setProperty("role", "pageSubtitle")
        self.version_combo = QComboBox(objectName="version_combo")
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.diff_button = _button(self.tr("Wat is er veranderd?"), "diff_button")
        self.import_button = _button(self.tr("Nieuwe versie…"), "import_button")
        self.export_button = _button(self.tr("Afdrukken / PDF…"), "export_button")
        self.register_button = _button(self.tr("Leesbevestigingen"), "register_button")
        self.search_edit = QLineEdit(objectName="search_edit")
        self.search_edit.setPlaceholderText(self.tr("Zoeken in het protocol (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(220)
        self.search_edit.setMaximumWidth(320)
        self.previous_button = _button(self.tr("Vorige"), "previous_button")
        self.next_button = _button(self.tr("Volgende"), "next_button")
        self.previous_button.setToolTip(self.tr("Vorige treffer (Shift+F3)"))
        self.next_button.setToolTip(self.tr("Volgende treffer (F3)"))
        self.hit_label = QLabel("", objectName="hit_label")
        self.hit_label.setProperty("role", "muted")
        self.confirm_label = QLabel("", objectName="confirm_label")
        self.confirm_label.setProperty("role", "muted")
        self.confirm_button = _button(self.tr("Ik heb deze versie gelezen"), "confirm_button")
        self.status_label = QLabel("", objectName="status_label")
        self.status_label.setProperty("role", "muted")

        self.toc_tree = QTreeWidget(objectName="toc_tree")
        self.toc_tree.setHeaderHidden(True)
        self.toc_tree.setIndentation(14)
        self.toc_tree.setUniformRowHeights(True)
        self.copy_citation_button = _button(self.tr("Citaat kopiëren"), "copy_citation_button")
        self.copy_citation_button.setToolTip(self.tr("Kopieer de verwijzing naar het gekozen artikel"))
        self.reader = QTextBrowser(objectName="reader")
        self.reader.setOpenLinks(False)
        self.reader.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.reader.viewport().installEventFilter(self)
        self.reader.setStyleSheet("QTextBrowser#reader { background: #ffffff; border: 1px solid #d9dee3; border-radius: 8px; }")
        self.highlighter = TextHighlighter(self.reader)

        self._layout()
        self._connect()
        self._apply_permissions()
        self.refresh()

    # -- building ------------------------------------------------------------------------------
    def _layout(self) -> None:
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header.addLayout(titles, 1)
        header.addWidget(self.confirm_label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignBottom)
        header.addSpacing(12)
        header.addWidget(self.version_combo, 0, Qt.AlignmentFlag.AlignBottom)
        search = QHBoxLayout()
        search.addWidget(self.search_edit, 1)
        search.addWidget(self.previous_button)
        search.addWidget(self.next_button)
        search.addWidget(self.hit_label)
        search.addStretch(1)
        for widget in (self.diff_button, self.export_button, self.import_button, self.register_button):
            search.addWidget(widget)
        left = QWidget(objectName="toc_panel")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.toc_tree, 1)
        left_layout.addWidget(self.copy_citation_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="protocol_splitter")
        splitter.addWidget(left)
        splitter.addWidget(self.reader)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 880])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(search)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)

    def _connect(self) -> None:
        self.version_combo.currentIndexChanged.connect(self._on_version_picked)
        self.search_edit.textChanged.connect(self.search)
        self.search_edit.returnPressed.connect(self.next_hit)
        self.next_button.clicked.connect(self.next_hit)
        self.previous_button.clicked.connect(self.previous_hit)
        self.toc_tree.itemClicked.connect(self._on_toc_clicked)
        self.toc_tree.itemActivated.connect(self._on_toc_clicked)
        self.copy_citation_button.clicked.connect(self._copy_selected_citation)
        self.reader.anchorClicked.connect(self._on_link)
        self.diff_button.clicked.connect(self.show_diff)
        self.import_button.clicked.connect(self.show_import)
        self.export_button.clicked.connect(self._ask_export)
        self.register_button.clicked.connect(self.show_register)
        self.confirm_button.clicked.connect(self.confirm_read)
        shortcuts = ((QKeySequence.StandardKey.Find, self.focus_search), ("F3", self.next_hit),
                     ("Shift+F3", self.previous_hit))
        for key, slot in shortcuts:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _apply_permissions(self) -> None:
        self.import_button.setVisible(self.actor.can_everywhere(Permission.MANAGE_PROTOCOL))
        schools = self.actor.school_ids(Permission.MANAGE_PROTOCOL)
        self.register_button.setVisible(schools is None or bool(schools))

    # -- data ----------------------------------------------------------------------------------
    @staticmethod
    def is_relevant(change) -> bool:
        return bool(getattr(change, "protocol", False))

    def refresh(self) -> None:
        try:
            self.versions = self.protocol.list_versions(self.actor)
            current = self.protocol.current_version(self.actor)
        except DomainError as exc:
            self.reader.setPlainText(str(exc))
            return
        # Keep a version the user picked; follow the one in force when that was shown.
        following = self.document is None or self.document.version.id == self._current_id
        shown = current.id if following else self.document.version.id
        self._current_id = current.id
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for version in self.versions:
            text = self.tr("versie %1 · %2").replace("%1", version.label).replace("%2", dutch_date(version.effective_on))
            if version.id == current.id:
                text += self.tr(" (van kracht)")
            self.version_combo.addItem(text, version.id)
        self.version_combo.setCurrentIndex(max(0, self.version_combo.findData(shown)))
        self.version_combo.blockSignals(False)
        self.diff_button.setEnabled(len(self.versions) > 1)
        self.show_version(self.version_combo.currentData())

    def _on_version_picked(self, _index: int) -> None:
        self.show_version(self.version_combo.currentData())

    def show_version(self, version_id: int) -> None:
        try:
            self.document = self.protocol.document(self.actor, version_id)
        except DomainError as exc:
            self.reader.setPlainText(str(exc))
            return
        version = self.document.version
        current = self.protocol.current_version(self.actor)
        if version.id == current.id:
            state = self.tr("van kracht sinds %1").replace("%1", dutch_date(version.effective_on))
        elif version.effective_on > current.effective_on:
            state = self.tr("gaat in op %1").replace("%1", dutch_date(version.effective_on))
        else:
            state = self.tr("vervangen; gold vanaf %1").replace("%1", dutch_date(version.effective_on))
        self.subtitle_label.setText(self.tr("Versie %1, %2 · %3 artikelen").replace("%1", version.label)
                                    .replace("%2", state).replace("%3", str(version.article_count)))
        scroll = self.reader.verticalScrollBar().value()
        self.reader.setHtml(document_html(self.document, self._incident_counts(version.id)))
        fit_reading_column(self.reader)
        self.reader.verticalScrollBar().setValue(scroll)
        self._fill_toc()
        self._show_confirmation()
        self.search(self.search_edit.text())

    def _incident_counts(self, version_id: int) -> dict[str, int]:
        """Counts per article from the incidents feature, when it offers them and the actor may see them."""
        counter = getattr(getattr(self.services, "incidents", None), "count_by_article", None)
        if counter is None:
            return {}
        try:
            return dict(counter(self.actor, version_id))
        except DomainError:
            return {}

    def _fill_toc(self) -> None:
        self.toc_tree.clear()
        for section in self.document.sections:
            heading = f"{section.part}: {section.heading}" if section.part else section.heading
            item = QTreeWidgetItem([f"{section.code}   {heading}"])
            item.setData(0, CODE_ROLE, section.code)
            item.setToolTip(0, heading)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            for article in section.articles:
                words = article.text if len(article.text) <= 48 else article.text[:46].rsplit(" ", 1)[0] + " …"
                child = QTreeWidgetItem([f"{article.code}   {words}"])
                child.setData(0, CODE_ROLE, article.code)
                child.setToolTip(0, article.text)
                item.addChild(child)
            self.toc_tree.addTopLevelItem(item)
        self.toc_tree.expandAll()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.reader.viewport() and event.type() == QEvent.Type.Resize:
            fit_reading_column(self.reader)
        return super().eventFilter(watched, event)

    # -- navigation and citations ----------------------------------------------------------------
    def go_to(self, code: str) -> None:
        self.reader.scrollToAnchor(anchor_of(code))

    def _on_toc_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.go_to(item.data(0, CODE_ROLE))

    def citation_for(self, code: str) -> str:
        return citation(code, self.document.version)

    def copy_citation(self, code: str) -> str:
        text = self.citation_for(code)
        QGuiApplication.clipboard().setText(text)
        self.status_label.setText(self.tr("Gekopieerd: %1").replace("%1", text))
        return text

    def _copy_selected_citation(self) -> None:
        item = self.toc_tree.currentItem()
        if item is None:
            self.status_label.setText(self.tr("Kies eerst een artikel in de inhoudsopgave."))
            return
        self.copy_citation(item.data(0, CODE_ROLE))

    def _on_link(self, url: QUrl) -> None:
        kind, code = url.scheme(), url.path()
        if kind == "cite":
            self.copy_citation(code)
        elif kind == "incidents":
            self.incidents_requested.emit(code, self.document.version.id)

    # -- search ----------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def search(self, query: str) -> int:
        count = self.highlighter.search(query)
        self._show_hit_count()
        return count

    def next_hit(self) -> None:
        self.highlighter.move(1)
        self._show_hit_count()

    def previous_hit(self) -> None:
        self.highlighter.move(-1)
        self._show_hit_count()

    def _show_hit_count(self) -> None:
        total = len(self.highlighter.hits)
        if not self.search_edit.text().strip():
            self.hit_label.setText("")
        elif total == 0:
            self.hit_label.setText(self.tr("geen treffers"))
        else:
            self.hit_label.setText(self.tr("%1 van %2").replace("%1", str(self.highlighter.current + 1))
                                   .replace("%2", str(total)))
        self.previous_button.setEnabled(total > 1)
        self.next_button.setEnabled(total > 1)

    # -- read confirmation ----------------------------------------------------------------------
    def _show_confirmation(self) -> None:
        try:
            linked = self.protocol.linked_staff_member(self.actor) is not None
            confirmed = self.protocol.my_confirmation(self.actor, self.document.version.id) if linked else None
        except DomainError:
            linked, confirmed = False, None
        self.confirm_button.setVisible(linked and confirmed is None)
        self.confirm_label.setVisible(confirmed is not None)
        if confirmed is not None:
            self.confirm_label.setText(self.tr("✓ U las deze versie op %1").replace(
                "%1", dutch_date(confirmed.astimezone().date() if confirmed.tzinfo else confirmed.date())))

    def confirm_read(self) -> None:
        try:
            self.protocol.confirm_read(self.actor, self.document.version.id)
        except DomainError as exc:
            self.status_label.setText(str(exc))
            return
        self._show_confirmation()
        self.status_label.setText(self.tr("Dank u; uw leesbevestiging is vastgelegd."))

    # -- dialogs and export -----------------------------------------------------------------------
    def show_diff(self):
        from scope_desk.ui.dialogs.protocol_diff import ProtocolDiffDialog

        dialog = ProtocolDiffDialog(self.versions, lambda old, new: self.protocol.diff(self.actor, old, new),
                                    new_id=self.document.version.id if self.document else None, parent=self)
        dialog.open()
        return dialog

    def show_import(self):
        from scope_desk.ui.dialogs.protocol_import import ProtocolImportDialog

        def submit(path, effective, label):
            return self.protocol.import_version(self.actor, path, effective, label=label or None)

        dialog = ProtocolImportDialog(self.versions, submit, parent=self)
        dialog.accepted.connect(lambda: self.status_label.setText(
            self.tr("Versie %1 is ingelezen.").replace("%1", dialog.imported.label)))
        dialog.open()
        return dialog

    def show_register(self):
        from scope_desk.ui.dialogs.protocol_register import ProtocolRegisterDialog

        version_id = self.document.version.id
        dialog = ProtocolRegisterDialog(
            self.protocol.register_schools(self.actor),
            load=lambda school_id: self.protocol.confirmation_register(self.actor, version_id, school_id),
            record=lambda staff_id: self.protocol.confirm_read(self.actor, version_id, staff_member_id=staff_id),
            to_pdf=lambda register, path: self.protocol.write_confirmation_register(
                self.actor, version_id, register.school_id, path), parent=self)
        dialog.open()
        return dialog

    def _ask_export(self) -> None:
        if self.document is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Protocol opslaan als PDF"), f"protocol-sociale-media-{self.document.version.label}.pdf",
            "PDF (*.pdf)")
        if name:
            self.export_pdf(Path(name))

    def export_pdf(self, path: Path) -> None:
        """Set the shown version as a PDF off the UI thread; ``export_finished`` says when it is there.

        The footer names the signed-in user's school when he works for one school, else the board."""
        try:
            organisation = self.protocol.organisation(self.actor)
        except DomainError as exc:
            self.status_label.setText(str(exc))
            return
        job = _PdfJob(self.document, path, organisation)
        job.setAutoDelete(False)
        self._jobs.append(job)
        job.signals.finished.connect(self._export_done)
        job.signals.failed.connect(self._export_failed)
        self.export_button.setEnabled(False)
        self.status_label.setText(self.tr("PDF wordt gemaakt…"))
        QThreadPool.globalInstance().start(job)

    def _export_done(self, path: str) -> None:
        self._jobs = [j for j in self._jobs if str(j.path) != path]
        self.export_button.setEnabled(True)
        self.status_label.setText(self.tr("PDF opgeslagen: %1").replace("%1", path))
        if self.open_after_export:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        self.export_finished.emit(path)

    def _export_failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.status_label.setText(self.tr("De PDF kon niet worden gemaakt: %1").replace("%1", message))
        self.export_finished.emit("")
