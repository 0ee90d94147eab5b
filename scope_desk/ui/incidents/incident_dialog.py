"""Nieuw incident / incident bewerken: the report, with the protocol articles of the version in force."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget,
)

from scope_desk.services.access import Actor
from scope_desk.services.incident_lists import (
    CATEGORIES, KIND_LABELS, SEVERITY_LABELS, VISIBILITY_LABELS, IncidentKind, Severity, Visibility,
)
from scope_desk.services.incident_types import IncidentDetail, IncidentInput, LinkInput
from scope_desk.services.incidents import IncidentService
from scope_desk.ui.incidents.dialog_base import ValidatingDialog
from scope_desk.ui.incidents.text import from_qdate, t, to_qdate


def _combo(name: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox(objectName=name)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _date_edit(name: str, value: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value), objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setMaximumDate(QDate.currentDate())
    return edit


class IncidentDialog(ValidatingDialog):
    def __init__(self, service: IncidentService, actor: Actor, existing: IncidentDetail | None = None,
                 submit: Callable | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Incident bewerken") if existing else self.tr("Nieuw incident"), submit, parent)
        self.service, self.actor = service, actor
        self.setMinimumWidth(620)
        today = date.today()
        self.school_combo = _combo("school_combo", [(s.name, s.id) for s in service.schools(actor)])
        self.kind_combo = _combo("kind_combo", [(t(v), k) for k, v in KIND_LABELS.items()])
        self.title_edit = QLineEdit(objectName="title_edit")
        self.title_edit.setPlaceholderText(self.tr("Korte omschrijving, zonder namen"))
        self.reported_on_edit = _date_edit("reported_on_edit", today)
        self.happened_on_edit = _date_edit("happened_on_edit", today)
        self.reported_by_edit = QLineEdit(objectName="reported_by_edit")
        self.platform_combo = _combo("platform_combo", [(p, p) for p in service.platforms(actor)])
        self.category_combo = _combo("category_combo", [(t(v), k) for k, v in CATEGORIES.items()])
        self.severity_combo = _combo("severity_combo", [(t(v), k) for k, v in SEVERITY_LABELS.items()])
        self.severity_combo.setCurrentIndex(list(SEVERITY_LABELS).index(Severity.MEDIUM))
        self.visibility_combo = _combo("visibility_combo", [(t(v), k) for k, v in VISIBILITY_LABELS.items()])
        self.description_edit = QPlainTextEdit(objectName="description_edit")
        self.description_edit.setFixedHeight(80)
        self.links_edit = QPlainTextEdit(objectName="links_edit")
        self.links_edit.setPlaceholderText(self.tr("Eén link per regel"))
        self.links_edit.setFixedHeight(52)
        self.articles_list = QListWidget(objectName="articles_list")
        self.articles_list.setFixedHeight(96)
        self.article_text = QLabel(objectName="article_text")
        self.article_text.setWordWrap(True)
        self.article_text.setProperty("role", "muted")
        for label, widget in [
            (self.tr("School"), self.school_combo), (self.tr("Soort"), self.kind_combo),
            (self.tr("Omschrijving (titel)"), self.title_edit), (self.tr("Gemeld op"), self.reported_on_edit),
            (self.tr("Voorval op"), self.happened_on_edit), (self.tr("Gemeld door"), self.reported_by_edit),
            (self.tr("Platform"), self.platform_combo), (self.tr("Categorie"), self.category_combo),
            (self.tr("Ernst"), self.severity_combo), (self.tr("Zichtbaar voor"), self.visibility_combo),
            (self.tr("Wat er gebeurde"), self.description_edit), (self.tr("Links naar berichten"), self.links_edit),
            (self.tr("Protocolartikelen"), self.articles_list), ("", self.article_text),
        ]:
            self.form.addRow(label, widget)
        self.happened_on_edit.dateChanged.connect(lambda _d: self._load_articles())
        self.articles_list.currentItemChanged.connect(self._show_article)
        self._chosen_articles: set[int] = set()
        if existing is not None:
            self._fill(existing)
        self._load_articles()

    def _fill(self, d: IncidentDetail) -> None:
        self.school_combo.setCurrentIndex(max(self.school_combo.findData(d.school_id), 0))
        self.school_combo.setEnabled(False)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(d.kind))
        self.title_edit.setText(d.title)
        self.reported_on_edit.setDate(to_qdate(d.reported_on))
        self.happened_on_edit.setDate(to_qdate(d.happened_on))
        self.reported_by_edit.setText(d.reported_by)
        if self.platform_combo.findData(d.platform) < 0:
            self.platform_combo.addItem(d.platform, d.platform)
        self.platform_combo.setCurrentIndex(self.platform_combo.findData(d.platform))
        self.category_combo.setCurrentIndex(self.category_combo.findData(d.category))
        self.severity_combo.setCurrentIndex(self.severity_combo.findData(d.severity))
        self.visibility_combo.setCurrentIndex(self.visibility_combo.findData(d.visibility))
        self.description_edit.setPlainText(d.description)
        self.links_edit.setPlainText("\n".join(link.url for link in d.links))
        self._chosen_articles = {a.id for a in d.articles}

    def _load_articles(self) -> None:
        self._chosen_articles |= set(self.checked_article_ids())
        self.articles_list.clear()
        articles = self.service.articles_for_date(self.actor, from_qdate(self.happened_on_edit.date()))
        for article in articles:
            item = QListWidgetItem(f"{article.code}  {article.text[:70]}{'…' if len(article.text) > 70 else ''}")
            item.setData(Qt.ItemDataRole.UserRole, article.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, f"{article.code} ({article.version_label}): {article.text}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = article.id in self._chosen_articles or (not self._chosen_articles and article.code == "A.7")
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.articles_list.addItem(item)
        if not articles:
            self.article_text.setText(self.tr("Geen protocolversie van kracht op deze datum."))

    def _show_article(self, item: QListWidgetItem | None) -> None:
        self.article_text.setText(item.data(Qt.ItemDataRole.UserRole + 1) if item else "")

    def checked_article_ids(self) -> list[int]:
        return [self.articles_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.articles_list.count())
                if self.articles_list.item(i).checkState() == Qt.CheckState.Checked]

    def build_value(self) -> IncidentInput:
        if self.school_combo.currentData() is None:
            raise ValueError(self.tr("Kies de school."))
        title = self.title_edit.text().strip()
        if not title:
            raise ValueError(self.tr("Geef het incident een korte omschrijving (titel)."))
        reported, happened = from_qdate(self.reported_on_edit.date()), from_qdate(self.happened_on_edit.date())
        if happened > reported:
            raise ValueError(self.tr("De datum van het voorval ligt na de datum van de melding."))
        links = [line.strip() for line in self.links_edit.toPlainText().splitlines() if line.strip()]
        bad = [link for link in links if not link.lower().startswith(("http://", "https://"))]
        if bad:
            raise ValueError(self.tr("Een link moet met http:// of https:// beginnen: %1").replace("%1", bad[0]))
        return IncidentInput(
            school_id=self.school_combo.currentData(), kind=self.kind_combo.currentData() or IncidentKind.PUPIL,
            title=title, reported_on=reported, happened_on=happened, reported_by=self.reported_by_edit.text().strip(),
            platform=self.platform_combo.currentData(), category=self.category_combo.currentData(),
            description=self.description_edit.toPlainText().strip(), severity=self.severity_combo.currentData(),
            visibility=self.visibility_combo.currentData() or Visibility.SCHOOL_CARE_TEAM,
            links=tuple(LinkInput(url=link) for link in links), article_ids=tuple(self.checked_article_ids()),
        )
