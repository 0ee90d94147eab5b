"""Shared look of the incident PDFs: DejaVu Sans embedded, paragraph styles, page frame, atomic writes."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from scope_desk.atomic_files import write_atomic  # noqa: F401  (the incident PDF writers import it from here)
from scope_desk.letters import fonts

REGULAR, BOLD, MONO = fonts.REGULAR, fonts.BOLD, fonts.MONO

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#1d4e89")
LINE = colors.HexColor("#cbd2d9")
SHADE = colors.HexColor("#eef2f6")
ALERT = colors.HexColor("#b42318")
OK = colors.HexColor("#1e7b34")


def register_fonts() -> None:
    fonts.register()
    fonts.register_mono()
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13, textColor=INK, alignment=TA_LEFT)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "cellbold": ParagraphStyle("cellbold", parent=base, fontName=BOLD, fontSize=8.5, leading=11),
        "mono": ParagraphStyle("mono", parent=base, fontName=MONO, fontSize=7, leading=9),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=17, leading=22, textColor=ACCENT),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10, leading=14, textColor=MUTED),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=12, leading=16, textColor=ACCENT,
                             spaceBefore=10, spaceAfter=4),
        "h3": ParagraphStyle("h3", parent=base, fontName=BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2),
    }


def page_frame(header: str, footer: str):
    """An onPage callback: a thin header line with ``header`` and a footer with the page number."""
    stamp = datetime.now().strftime("%d-%m-%Y %H:%M")

    def draw(canvas, doc) -> None:
        register_fonts()
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.5)
        canvas.line(18 * mm, height - 14 * mm, width - 18 * mm, height - 14 * mm)
        canvas.line(18 * mm, 14 * mm, width - 18 * mm, 14 * mm)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(18 * mm, height - 12 * mm, header)
        canvas.drawString(18 * mm, 10 * mm, f"{footer} · gemaakt {stamp}")
        canvas.drawRightString(width - 18 * mm, 10 * mm, f"pagina {doc.page}")
        canvas.restoreState()

    return draw


def escape(text: str) -> str:
    """Text for a reportlab Paragraph: markup characters escaped, line breaks kept."""
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
