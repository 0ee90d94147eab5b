"""The protocol as a well-set A4 PDF: a heading block, a short contents list, section headings, every
article with its code in the margin column, and a footer with organisation, version and page numbers.

Pure: a ``ProtocolDocument`` in, PDF bytes out (``scope_desk.atomic_files.write_atomic`` puts them on disk).
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus.flowables import HRFlowable

from scope_desk.letters.protocol_page import (
    ACCENT, BOTTOM_MARGIN, LEFT_MARGIN, RIGHT_MARGIN, RULE, TOP_MARGIN, numbered_canvas, paragraph_styles,
)
from scope_desk.services.protocol_types import BOARD_NAME, ProtocolDocument, dutch_date

__all__ = ["protocol_pdf"]

CODE_GUTTER = 15 * mm


class CodedParagraph(Paragraph):
    """A paragraph indented by the gutter, with its code set in the gutter beside the first line."""

    def __init__(self, text, style, margin_code: str = "", code_style=None, **kwargs) -> None:
        super().__init__(text, style, **kwargs)
        self.margin_code = margin_code
        self.code_style = code_style

    def split(self, avail_width, avail_height):
        parts = super().split(avail_width, avail_height)
        if parts:
            parts[0].margin_code, parts[0].code_style = self.margin_code, self.code_style
        return parts

    def draw(self) -> None:
        if self.margin_code and self.code_style is not None:
            code = Paragraph(escape(self.margin_code), self.code_style)
            _, height = code.wrap(CODE_GUTTER, self.height)
            code.drawOn(self.canv, 0, self.height - height)
        super().draw()


def protocol_pdf(document: ProtocolDocument, organisation: str = BOARD_NAME) -> bytes:
    """``organisation``: the school printing it (its name in the heading and footer), or the board."""
    styles = paragraph_styles()
    body = styles["body"].clone("indented", leftIndent=CODE_GUTTER)
    heading = styles["heading"].clone("indentedHeading", leftIndent=CODE_GUTTER)
    heading_code = styles["heading"].clone("headingCode", textColor=ACCENT, spaceBefore=0, spaceAfter=0)
    part = styles["part"].clone("indentedPart", leftIndent=CODE_GUTTER)
    version = document.version

    story: list = [
        Paragraph(escape(organisation if organisation == BOARD_NAME else f"{organisation} · {BOARD_NAME}"),
                  styles["board"]),
        Paragraph(escape(version.title), styles["title"]),
        Paragraph(escape(f"Versie {version.label} · geldig vanaf {dutch_date(version.effective_on)}"), styles["subtitle"]),
        Spacer(1, 3 * mm),
        HRFlowable(width="100%", thickness=0.8, color=RULE, spaceBefore=2, spaceAfter=8),
        *_contents(document, styles),
        HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=6, spaceAfter=4),
    ]
    last_part = ""
    for section in document.sections:
        block: list = []
        if section.part and section.part != last_part:
            block.append(Paragraph(escape(section.part), part))
        last_part = section.part
        block.append(CodedParagraph(escape(section.heading), heading, margin_code=section.code,
                                    code_style=heading_code))
        first = None
        paragraphs = [Paragraph(escape(p), body) for p in section.intro_paragraphs]
        paragraphs += [CodedParagraph(escape(a.text), body, margin_code=a.code, code_style=styles["code"])
                       for a in section.articles]
        if paragraphs:
            first = paragraphs.pop(0)
        story.append(CondPageBreak(40 * mm))
        story.append(KeepTogether(block + ([first] if first else [])))  # no heading alone at a page foot
        story.extend(paragraphs)
    if document.closing:
        story += [Spacer(1, 6 * mm), Paragraph(escape(document.closing), body)]

    footer = f"{organisation} · {version.title} · versie {version.label}, geldig vanaf {dutch_date(version.effective_on)}"
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=(210 * mm, 297 * mm), leftMargin=LEFT_MARGIN, rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN, title=f"{version.title} (versie {version.label})",
        author=organisation, subject="Protocol Sociale Media", creator="scope-desk",
    )
    doc.build(story, canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()


def _contents(document: ProtocolDocument, styles) -> list:
    """One line per section, its code in the margin column: "U  Uitgangspunten (U.1–U.6)"."""
    style = styles["toc"].clone("contents", leftIndent=CODE_GUTTER, spaceAfter=1.5)
    code_style = styles["toc"].clone("contentsCode", textColor=ACCENT)
    lines = []
    for section in document.sections:
        span = ""
        if section.articles:
            first, last = section.articles[0].code, section.articles[-1].code
            span = f" <font color='#5d6b78'>({escape(first)}{'–' + escape(last) if first != last else ''})</font>"
        title = f"{section.part}: {section.heading}" if section.part else section.heading
        lines.append(CodedParagraph(f"{escape(title)}{span}", style, margin_code=section.code, code_style=code_style))
    return lines
