"""Jaaroverzicht: the anonymised counts as bar charts (QtCharts), and the PDF for the MR and the board."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from scope_desk.errors import DomainError
from scope_desk.services.access import Actor
from scope_desk.services.incident_types import Overview
from scope_desk.services.incidents import IncidentService
from scope_desk.ui.incidents.horizontal_bars import ACCENT, HorizontalBars



def _month_chart(title: str, counts: dict[str, int]) -> QChartView:
    """Per maand: vertical bars under the short month names ("sep 2025" → "sep"), which always fit."""
    labels = list(counts)
    bar_set = QBarSet(title)
    bar_set.append([float(counts[k]) for k in labels])
    bar_set.setColor(ACCENT)
    bar_set.setBorderColor(ACCENT)
    bar_set.setLabelColor(QColor("#ffffff"))
    series = QBarSeries()
    series.append(bar_set)
    series.setLabelsVisible(True)
    series.setBarWidth(0.65)
    chart = QChart()
    chart.addSeries(series)
    chart.setTitle(title)
    font = QFont()
    font.setPointSizeF(10.5)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.legend().hide()
    chart.setBackgroundRoundness(8)
    chart.setMargins(QMargins(4, 4, 4, 4))
    months = QBarCategoryAxis()
    label_font = QFont()
    label_font.setPointSizeF(9)
    months.setLabelsFont(label_font)
    months.append([k.split()[0] for k in labels])
    values = QValueAxis()
    values.setLabelFormat("%d")
    values.setMin(0)
    top = max(counts.values(), default=0)
    values.setMax(max(top + 1, 2))
    values.setTickCount(min(max(top + 2, 3), 6))
    values.applyNiceNumbers()  # whole, round steps (0, 2, 4 … 12) instead of 0 … 11
    chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(months)
    series.attachAxis(values)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def school_years(today: date, count: int = 4) -> list[str]:
    first = today.year if today.month >= 8 else today.year - 1
    return [f"{y}-{y + 1}" for y in range(first, first - count, -1)] + [str(y) for y in range(today.year, today.year - count, -1)]


class OverviewView(QWidget):
    report_requested = Signal(str)  # period

    def __init__(self, service: IncidentService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.actor = service, actor
        self.overview: Overview | None = None
        self.period_combo = QComboBox(objectName="period_combo")
        for period in school_years(date.today()):
            self.period_combo.addItem(period.replace("-", " – ") if "-" in period else f"kalenderjaar {period}", period)
        self.report_button = QPushButton(self.tr("Jaaroverzicht (PDF)…"), objectName="report_button")
        self.summary_label = QLabel(objectName="overview_summary")
        self.summary_label.setProperty("role", "pageSubtitle")
        self.summary_label.setWordWrap(True)
        self.charts = QGridLayout()
        self.charts.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Periode")))
        top.addWidget(self.period_combo)
        top.addStretch(1)
        top.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addLayout(self.charts, 1)
        self.period_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.report_button.clicked.connect(lambda: self.report_requested.emit(self.period_combo.currentData()))

    def refresh(self) -> None:
        try:
            overview = self.service.overview(self.actor, self.period_combo.currentData())
        except DomainError as exc:
            self.summary_label.setText(str(exc))
            return
        self.overview = overview
        while self.charts.count():
            widget = self.charts.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        measures = sum(overview.by_measure.values())
        self.summary_label.setText(
            self.tr("%1 incidenten, %2 gesprekken, %3 maatregelen in %4 (%5). Alleen aantallen, geen namen.")
            .replace("%1", str(overview.total)).replace("%2", str(overview.conversations)).replace("%3", str(measures))
            .replace("%4", overview.period_label).replace("%5", overview.scope_label))
        # The names need the width: categories (long names) and months get the wide column.
        self.category_chart = HorizontalBars(self.tr("Per categorie"), overview.by_category)
        self.measure_chart = HorizontalBars(self.tr("Maatregelen"), overview.by_measure)
        self.month_chart = _month_chart(self.tr("Per maand"), overview.by_month)
        self.platform_chart = HorizontalBars(self.tr("Per platform"), overview.by_platform)
        for name in ("category_chart", "measure_chart", "month_chart", "platform_chart"):
            getattr(self, name).setObjectName(name)
        self.charts.addWidget(self.category_chart, 0, 0)
        self.charts.addWidget(self.measure_chart, 0, 1)
        self.charts.addWidget(self.month_chart, 1, 0)
        self.charts.addWidget(self.platform_chart, 1, 1)
        self.charts.setColumnStretch(0, 3)
        self.charts.setColumnStretch(1, 2)
