"""The yearly anonymised overview for the participation council (MR) and the board: counts per
category, platform, month and measure with bar charts. It holds no names: it is built only from an
``Overview`` (labels and counts). Pure: data in, PDF bytes out."""

from __future__ import annotations

import io

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from scope_desk.letters.incident_pdf_style import ACCENT, INK, LINE, REGULAR, SHADE, escape, page_frame, styles
from scope_desk.services.incident_types import Overview

WIDTH = A4[0] - 36 * mm


def _nice_max(value: int) -> int:
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        if value <= step * 5:
            return max(step * ((value + step - 1) // step), step)
    return value


def _bars(chart, counts: dict[str, int], category_font_size: float) -> None:
    """What both bar charts share: the data, the value axis with its grid, the bars and their labels."""
    labels = list(counts)
    chart.data = [[counts[k] for k in labels] or [0]]
    chart.categoryAxis.categoryNames = labels or [""]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = category_font_size
    chart.categoryAxis.strokeColor = LINE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max(chart.data[0]) if chart.data[0] else 0)
    chart.valueAxis.valueStep = max(chart.valueAxis.valueMax // 5, 1)
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = LINE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = LINE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: str(int(v)) if v else ""
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7


def horizontal_chart(counts: dict[str, int], width: float = WIDTH, label_width: float = 62 * mm) -> Drawing:
    labels = list(counts)
    bar_h = 13
    height = max(len(labels), 1) * bar_h + 28
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 18
    chart.width, chart.height = width - label_width - 16, height - 26
    _bars(chart, counts, category_font_size=8)
    chart.categoryAxis.reverseDirection = True
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def vertical_chart(counts: dict[str, int], width: float = WIDTH, height: float = 58 * mm) -> Drawing:
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 24, 22
    chart.width, chart.height = width - 34, height - 34
    _bars(chart, counts, category_font_size=7)
    chart.categoryAxis.labels.angle = 0
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def _count_table(counts: dict[str, int], st, first: str) -> Table:
    total = sum(counts.values()) or 1
    rows = [[Paragraph(first, st["cellbold"]), Paragraph("Aantal", st["cellbold"]), Paragraph("Aandeel", st["cellbold"])]]
    rows += [[Paragraph(escape(k), st["cell"]), str(v), f"{round(100 * v / total)}%"] for k, v in counts.items()]
    table = Table(rows, colWidths=[WIDTH - 50 * mm, 25 * mm, 25 * mm])
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("FONTNAME", (0, 0), (-1, -1), REGULAR), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


def _section(title: str, chart: Drawing | None, counts: dict[str, int], st, first: str) -> list:
    if not counts or not any(counts.values()):
        return [Paragraph(title, st["h2"]), Paragraph("Geen in deze periode.", st["body"])]
    parts = [Paragraph(title, st["h2"])]
    if chart is not None:
        parts += [chart, Spacer(1, 4)]
    return [KeepTogether(parts + [_count_table({k: v for k, v in counts.items() if v}, st, first)])]


def _figures(overview: Overview, st) -> Table:
    measures = sum(overview.by_measure.values())
    cells = [(str(overview.total), "incidenten"), (str(overview.conversations), "gesprekken"),
             (str(measures), "maatregelen"), (str(overview.by_status.get("Afgesloten", 0)), "afgesloten")]
    big = st["title"].clone("big", fontSize=20, leading=24, alignment=1)
    small = st["small"].clone("under", alignment=1)
    table = Table([[Paragraph(v, big) for v, _ in cells], [Paragraph(k, small) for _, k in cells]],
                  colWidths=[WIDTH / 4] * 4)
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.4, LINE), ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                               ("LINEAFTER", (0, 0), (-2, -1), 0.4, LINE), ("TOPPADDING", (0, 0), (-1, 0), 8),
                               ("BOTTOMPADDING", (0, 1), (-1, 1), 8)]))
    return table


def build_overview(overview: Overview) -> bytes:
    st = styles()
    story = [
        Paragraph("Jaaroverzicht incidenten sociale media", st["title"]),
        Paragraph(escape(f"{overview.period_label.capitalize()} ({overview.starts_on:%d-%m-%Y} t/m "
                         f"{overview.ends_on:%d-%m-%Y}) · {overview.scope_label}"), st["subtitle"]),
        Paragraph("Geanonimiseerd overzicht voor de medezeggenschapsraad en het bestuur: alleen aantallen, geen "
                  "namen. Grondslag: Protocol Sociale Media, artikel A.7 en Sancties.", st["small"]),
        Spacer(1, 8), _figures(overview, st),
        *_section("Per categorie", horizontal_chart(overview.by_category), overview.by_category, st, "Categorie"),
        *_section("Per maand", vertical_chart(overview.by_month), overview.by_month, st, "Maand"),
        *_section("Per platform", horizontal_chart(overview.by_platform, label_width=32 * mm), overview.by_platform,
                  st, "Platform"),
        *_section("Maatregelen", horizontal_chart(overview.by_measure), overview.by_measure, st, "Maatregel"),
        *_section("Ernst", None, overview.by_severity, st, "Ernst"),
        *_section("Stand van zaken", None, overview.by_status, st, "Status"),
    ]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title="Jaaroverzicht incidenten sociale media", author="SCOPE scope-desk")
    frame = page_frame("SCOPE · jaaroverzicht incidenten sociale media · geanonimiseerd", overview.period_label)
    doc.build(story, onFirstPage=frame, onLaterPages=frame)
    return buffer.getvalue()

