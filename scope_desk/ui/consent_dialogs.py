"""Dialogs of the Toestemmingen page: withdraw a consent (date and reason), and edit the round's
categories (add, rename, reorder). Both validate in accept() and hand back plain values."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QVBoxLayout, QWidget,
)

MAX_LABEL = 120
ID_ROLE = Qt.ItemDataRole.UserRole


class WithdrawDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Toestemming intrekken"))
        self.date_edit = QDateEdit(QDate.currentDate(), objectName="withdraw_date", calendarPopup=True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.reason_edit = QLineEdit(objectName="withdraw_reason")
        self.error_label = QLabel("", objectName="withdraw_error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Datum"), self.date_edit)
        form.addRow(self.tr("Reden"), self.reason_edit)
        form.addRow(self.error_label)
        form.addRow(buttons)

    def accept(self) -> None:
        if not self.reason_edit.text().strip():
            self.error_label.setText(self.tr("Geef een reden voor het intrekken."))
            return
        if self.date_edit.date() > QDate.currentDate():
            self.error_label.setText(self.tr("De datum ligt in de toekomst."))
            return
        super().accept()

    def value(self) -> tuple[date, str]:
        return self.date_edit.date().toPython(), self.reason_edit.text().strip()


class CategoryEditorDialog(QDialog):
    """The categories of one round, in order. Double-click (or F2) renames; new ones are added at the
    end; Omhoog/Omlaag reorder. Removing is not offered: answers may already hang on a category."""

    def __init__(self, categories, year_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("category_editor")
        self.setWindowTitle(self.tr("Categorieën van %1").replace("%1", year_label))
        self.resize(460, 420)
        self.category_list = QListWidget(objectName="category_list")
        for c in categories:
            self._add_item(c.label, c.id)
        self.new_edit = QLineEdit(objectName="new_category_edit", placeholderText=self.tr("Nieuwe categorie"))
        self.new_edit.setMaxLength(MAX_LABEL)
        self.add_button = QPushButton(self.tr("Toevoegen"), objectName="add_category_button")
        self.up_button = QPushButton(self.tr("Omhoog"), objectName="up_button")
        self.down_button = QPushButton(self.tr("Omlaag"), objectName="down_button")
        self.error_label = QLabel("", objectName="category_error", wordWrap=True)
        self.error_label.setProperty("role", "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        add_row = QHBoxLayout()
        add_row.addWidget(self.new_edit, 1)
        add_row.addWidget(self.add_button)
        move = QVBoxLayout()
        move.addWidget(self.up_button)
        move.addWidget(self.down_button)
        move.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.category_list, 1)
        middle.addLayout(move)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Dubbelklik op een categorie om de naam te wijzigen. De volgorde is die "
                                        "van de brief, het strookje en de kolommen."), wordWrap=True))
        layout.addLayout(middle, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.add_button.clicked.connect(self.add_new)
        self.new_edit.installEventFilter(self)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        if self.category_list.count():
            self.category_list.setCurrentRow(0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        # Enter in the "new category" field adds it; it must not reach the dialog and press OK too.
        if watched is self.new_edit and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_new()
            return True
        return super().eventFilter(watched, event)

    def _add_item(self, label: str, category_id: int | None) -> QListWidgetItem:
        item = QListWidgetItem(label)
        item.setData(ID_ROLE, category_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.category_list.addItem(item)
        return item

    def add_new(self) -> None:
        label = self.new_edit.text().strip()
        if not label:
            self.error_label.setText(self.tr("Typ eerst de naam van de nieuwe categorie."))
            return
        self.category_list.setCurrentItem(self._add_item(label, None))
        self.new_edit.clear()
        self.error_label.clear()

    def move_current(self, step: int) -> None:
        row = self.category_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.category_list.count():
            return
        item = self.category_list.takeItem(row)
        self.category_list.insertItem(target, item)
        self.category_list.setCurrentRow(target)

    def value(self) -> list[tuple[int | None, str]]:
        return [(self.category_list.item(i).data(ID_ROLE), self.category_list.item(i).text().strip())
                for i in range(self.category_list.count())]

    def accept(self) -> None:
        labels = [label for _id, label in self.value()]
        if any(not label for label in labels):
            self.error_label.setText(self.tr("Elke categorie heeft een naam nodig."))
            return
        if any(len(label) > MAX_LABEL for label in labels):
            self.error_label.setText(self.tr("Een naam is langer dan %1 tekens.").replace("%1", str(MAX_LABEL)))
            return
        folded = [label.casefold() for label in labels]
        twice = sorted({label for label in labels if folded.count(label.casefold()) > 1})
        if twice:
            self.error_label.setText(self.tr("Deze naam staat er twee keer in: %1.").replace("%1", ", ".join(twice)))
            return
        super().accept()
