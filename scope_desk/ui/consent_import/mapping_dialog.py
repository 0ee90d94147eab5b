"""Koppelen: which column of an unknown file layout holds what. Shows the first rows of the file;
each column gets a field or "overslaan". Validates in accept(); the page remembers the mapping."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QLabel, QScrollArea, QTableView,
    QVBoxLayout, QWidget,
)

from scope_desk.services.pupil_import import REQUIRED_FIELDS, ColumnMapping, all_fields, field_label
from scope_desk.ui.consent_import.plan_model import FilePreviewModel

PREVIEW_ROWS = 5


class MappingDialog(QDialog):
    def __init__(self, table, mapping: ColumnMapping, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapping_dialog")
        self.setWindowTitle(self.tr("Kolommen koppelen"))
        self.resize(900, 600)
        self._headers = list(table.headers)
        by_header = {header: name for name, header in mapping.fields.items()}
        fields = all_fields() + sorted(f for f in mapping.fields if f not in all_fields())

        intro = QLabel(self.tr("Dit bestand heeft een indeling die scope-desk niet (helemaal) herkent. Kies per kolom "
                               "wat erin staat; kolommen op 'overslaan' worden niet ingelezen. Leerlingnummer, "
                               "achternaam en groep zijn nodig. De koppeling wordt onthouden voor bestanden met "
                               "dezelfde kolommen."), wordWrap=True)
        self.preview_model = FilePreviewModel(table.headers, list(table.rows[:PREVIEW_ROWS]), self)
        self.preview_view = QTableView(objectName="mapping_preview")
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.resizeColumnsToContents()
        self.preview_view.setMaximumHeight(190)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for column, text in enumerate((self.tr("Kolom in het bestand"), self.tr("Voorbeeld"), self.tr("Bevat"))):
            header = QLabel(f"<b>{text}</b>")
            grid.addWidget(header, 0, column)
        self.combos: list[QComboBox] = []
        for i, header in enumerate(self._headers):
            sample = next((cells[i] for _line, cells in table.rows[:PREVIEW_ROWS] if i < len(cells) and cells[i]), "")
            combo = QComboBox(objectName=f"mapping_combo_{i}")
            combo.setMinimumWidth(240)
            combo.addItem(self.tr("overslaan"), None)
            for name in fields:
                combo.addItem(field_label(name), name)
            if header in by_header:
                combo.setCurrentIndex(combo.findData(by_header[header]))
            grid.addWidget(QLabel(header or self.tr("(zonder kop)")), i + 1, 0)
            grid.addWidget(QLabel(sample[:40]), i + 1, 1)
            grid.addWidget(combo, i + 1, 2)
            self.combos.append(combo)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(len(self._headers) + 1, 1)
        grid.setHorizontalSpacing(18)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)

        self.error_label = QLabel("", objectName="mapping_error", wordWrap=True)
        self.error_label.setProperty("role", "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("De eerste regels van het bestand:")))
        layout.addWidget(self.preview_view)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def set_field(self, header: str, name: str | None) -> None:
        """Choose what the column ``header`` holds (None = overslaan)."""
        combo = self.combos[self._headers.index(header)]
        combo.setCurrentIndex(combo.findData(name))

    def value(self) -> ColumnMapping:
        fields = {}
        for header, combo in zip(self._headers, self.combos):
            if combo.currentData() is not None:
                fields[combo.currentData()] = header
        return ColumnMapping(fields)

    def accept(self) -> None:
        chosen = [c.currentData() for c in self.combos if c.currentData() is not None]
        twice = sorted({field_label(f) for f in chosen if chosen.count(f) > 1})
        if twice:
            self.error_label.setText(self.tr("Elk gegeven mag maar één kolom hebben; dubbel gekozen: %1.")
                                     .replace("%1", ", ".join(twice)))
            return
        missing = [field_label(f) for f in REQUIRED_FIELDS if f not in chosen]
        if missing:
            self.error_label.setText(self.tr("Kies nog een kolom voor: %1.").replace("%1", ", ".join(missing)))
            return
        super().accept()
