"""The read-confirmation list of one school as an A4 PDF: who has not yet confirmed the protocol
version (with room to sign on paper) and who has, with the date. Pure: register in, bytes out."""

from __future__ import annotations

import io
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from scope_desk.letters.protocol_page import (
    BOTTOM_MARGIN, LEFT_MARGIN, PAGE_WIDTH, RIGHT_MARGIN, RULE, SHADE, TOP_MARGIN, numbered_canvas,
    paragraph_styles,
)
from scope_desk.services.protocol_types import BOARD_NAME, ConfirmationRegister, dutch_date

__all__ = ["confirmations_pdf"]


def _local(moment: datetime) -> datetime:
    return moment.astimezone() if moment.tzinfo else moment


def confirmations_pdf(register: ConfirmationRegister, organisation: str = BOARD_NAME,
                      printed_on: datetime | None = None) -> bytes:
    styles = paragraph_styles()
    version = register.version
    printed = _local(printed_on or datetime.now().astimezone())
    width = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN
    story: list = [
        Paragraph(escape(f"{organisation} · {register.school_name}"), styles["board"]),
        Paragraph("Leesbevestigingen", styles["title"]),
        Paragraph(escape(f"{version.title}, versie {version.label} (geldig vanaf {dutch_date(version.effective_on)}). "
                         f"Stand van {dutch_date(printed.date())}, {printed:%H:%M}: {len(register.confirmed)} van "
                         f"{len(register.confirmed) + len(register.pending)} medewerkers hebben bevestigd."),
                  styles["subtitle"]),
        Spacer(1, 6 * mm),
    ]
    cell, head = styles["cell"], styles["cellhead"]

    story.append(Paragraph(f"Nog niet bevestigd ({len(register.pending)})", styles["heading"]))
    if register.pending:
        rows = [[Paragraph("Naam", head), Paragraph("Functie", head), Paragraph("Datum", head),
                 Paragraph("Handtekening", head)]]
        rows += [[Paragraph(escape(c.name), cell), Paragraph(escape(c.function), cell), "", ""] for c in register.pending]
        story.append(_table(rows, [0.32 * width, 0.2 * width, 0.16 * width, 0.32 * width], row_height=11 * mm))
    else:
        story.append(Paragraph("Iedereen heeft deze versie gelezen.", styles["body"]))

    story.append(Paragraph(f"Bevestigd ({len(register.confirmed)})", styles["heading"]))
    if register.confirmed:
        rows = [[Paragraph("Naam", head), Paragraph("Functie", head), Paragraph("Gelezen op", head),
                 Paragraph("Vastgelegd door", head)]]
        rows += [[Paragraph(escape(c.name), cell), Paragraph(escape(c.function), cell),
                  Paragraph(_local(c.confirmed_at).strftime("%d-%m-%Y %H:%M"), cell),
                  Paragraph(escape(c.recorded_by), cell)] for c in register.confirmed]
        story.append(_table(rows, [0.3 * width, 0.2 * width, 0.24 * width, 0.26 * width]))
    else:
        story.append(Paragraph("Nog niemand heeft deze versie bevestigd.", styles["body"]))

    footer = f"{organisation} · {register.school_name} · leesbevestigingen {version.title}, versie {version.label}"
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=(210 * mm, 297 * mm), leftMargin=LEFT_MARGIN, rightMargin=RIGHT_MARGIN,
                            topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN, author=organisation,
                            title=f"Leesbevestigingen {register.school_name}, versie {version.label}", creator="scope-desk")
    doc.build(story, canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()


def _table(rows: list, widths: list[float], row_height: float | None = None) -> Table:
    heights = [None] + [row_height] * (len(rows) - 1) if row_height else None
    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table
