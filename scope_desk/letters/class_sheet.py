"""The class sheet: per class one A4 (or more) for the teacher's desk and the photographer.

Who may NOT appear on which channel, names grouped per category. Only an explicit, current
grant allows publication: refused, withdrawn and not returned are all listed (with their reason
as a symbol and a word, not by colour). Pure: data in, PDF bytes out.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from xml.sax.saxutils import escape

from scope_desk.letters import fonts


@dataclass(frozen=True)
class BlockedPupil:
    name: str  # "Yıldız, Şeyma"
    reason: str  # "geen toestemming" / "ingetrokken" / "niet ingeleverd"
    symbol: str  # ✗ ↺ ?


@dataclass(frozen=True)
class SheetCategory:
    label: str
    blocked: tuple[BlockedPupil, ...]


@dataclass(frozen=True)
class ClassSheet:
    school_name: str
    year_label: str
    class_name: str
    pupil_count: int
    categories: tuple[SheetCategory, ...]
    allowed_everywhere: int  # pupils with a grant in every category


def class_sheet_pdf(sheets: Sequence[ClassSheet], made_on: date) -> bytes:
    regular, bold = fonts.register()
    styles = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=15, leading=19),
        "sub": ParagraphStyle("sub", fontName=regular, fontSize=9.5, leading=12, textColor=colors.HexColor("#333333")),
        "head": ParagraphStyle("head", fontName=bold, fontSize=10.5, leading=13),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=9, leading=11, alignment=TA_LEFT),
        "ok": ParagraphStyle("ok", fontName=regular, fontSize=9, leading=11, textColor=colors.HexColor("#225522")),
    }
    buffer = io.BytesIO()
    made = made_on.strftime("%d-%m-%Y")

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(bold, 9)
        canvas.drawRightString(A4[0] - 15 * mm, A4[1] - 10 * mm, "VERTROUWELIJK")
        canvas.setFont(regular, 8)
        canvas.drawString(15 * mm, 10 * mm, f"Gemaakt op {made} · alleen voor leerkrachten en fotograaf · "
                                            "niet ophangen waar ouders of leerlingen het zien")
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"blad {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title="Klassenlijst toestemmingen (vertrouwelijk)", author="scope_desk")
    story = []
    for index, sheet in enumerate(sheets):
        if index:
            story.append(PageBreak())
        story += [
            Paragraph(escape(f"{sheet.class_name} — wie mag NIET in beeld"), styles["title"]),
            Paragraph(escape(f"{sheet.school_name} · schooljaar {sheet.year_label} · {sheet.pupil_count} leerlingen · "
                             f"gemaakt op {made} · Vertrouwelijk"), styles["sub"]),
            Paragraph(escape("✗ geen toestemming   ↺ ingetrokken   ? niet ingeleverd (geldt als géén toestemming). "
                             f"{sheet.allowed_everywhere} leerling(en) hebben voor alles toestemming gegeven."), styles["sub"]),
            Spacer(1, 5 * mm),
        ]
        for category in sheet.categories:
            story.append(KeepTogether(_category_block(category, styles)))
            story.append(Spacer(1, 3 * mm))
    if not sheets:
        story.append(Paragraph("Geen groepen om af te drukken.", styles["cell"]))
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def _category_block(category: SheetCategory, styles) -> list:
    head = Paragraph(escape(f"{category.label} ({len(category.blocked)} niet)"), styles["head"])
    if not category.blocked:
        return [head, Paragraph("Iedereen heeft toestemming gegeven.", styles["ok"])]
    cells = [Paragraph(escape(f"{p.symbol} {p.name}") + f" <font size=7 color='#555555'>{escape(p.reason)}</font>",
                       styles["cell"]) for p in category.blocked]
    columns = 3
    rows = [cells[i:i + columns] + [""] * (columns - len(cells[i:i + columns])) for i in range(0, len(cells), columns)]
    table = Table(rows, colWidths=[60 * mm] * columns)
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#888888")),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return [head, Spacer(1, 1.5 * mm), table]
