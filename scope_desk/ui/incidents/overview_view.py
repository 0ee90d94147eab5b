"""Jaaroverzicht: the anonymised counts as bar charts (QtCharts), and the PDF for the MR and the board."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from scope_desk.errors import DomainError
from scope_desk.services.access import Actor
from scope_desk.services.incident_types import Overview
from scope_desk.services.incidents import IncidentService

ACCENT = QColor("#1f5f8b")


def _chart(title: str, counts: dict[str, int], horizontal: bool) -> QChartView:
    labels = [k for k, v in counts.items() if v or not horizontal]
    if horizontal:  # Qt draws the first category at the bottom; keep the first label at the top
        labels.reverse()
    bar_set = QBarSet(title)
    bar_set.append([float(counts[k]) for k in labels])
    bar_set.setColor(ACCENT)
    bar_set.setBorderColor(ACCENT)
    bar_set.setLabelColor(QColor("#ffffff"))
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
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
    categories = QBarCategoryAxis()
    label_font = QFont()
    label_font.setPointSizeF(9)  # QtCharts cuts labels wider than a share of the chart ("Ouders geïnforme…")
    categories.setLabelsFont(label_font)
    categories.append(labels if horizontal else [k.split()[0] for k in labels])  # "sep 2025" → "sep"
    values = QValueAxis()
    values.setLabelFormat("%d")
    values.setMin(0)
    top = max(counts.values(), default=0)
    values.setMax(max(top + 1, 2))
    values.setTickCount(min(max(top + 2, 3), 6))
    values.applyNiceNumbers()  # whole, round steps (0, 2, 4 … 12) instead of 0 … 11
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
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
        # QtCharts gives axis labels at most a share of a chart's width and cuts off the rest ("Beeldmateriaal
        # zonder toeste…", "…" for every month): categories and months get the wide column.
        self.charts.addWidget(_chart(self.tr("Per categorie"), overview.by_category, True), 0, 0)
        self.charts.addWidget(_chart(self.tr("Maatregelen"), overview.by_measure, True), 0, 1)
        self.charts.addWidget(_chart(self.tr("Per maand"), overview.by_month, False), 1, 0)
        self.charts.addWidget(_chart(self.tr("Per platform"), overview.by_platform, True), 1, 1)
        self.charts.setColumnStretch(0, 2)
        self.charts.setColumnStretch(1, 1)
