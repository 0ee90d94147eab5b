"""Page frame shared by the protocol PDFs: A4, DejaVu Sans embedded, a footer with the organisation,
the version and "pagina X van Y", written atomically."""

from __future__ import annotations


from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from scope_desk.letters import fonts

INK = colors.HexColor("#1d2730")
MUTED = colors.HexColor("#5d6b78")
ACCENT = colors.HexColor("#1f5f8b")
RULE = colors.HexColor("#c9d2da")
SHADE = colors.HexColor("#eef3f7")

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN = 20 * mm
RIGHT_MARGIN = 30 * mm
TOP_MARGIN = 24 * mm
BOTTOM_MARGIN = 24 * mm


def paragraph_styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts.register()
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=15.5, textColor=INK, spaceAfter=7)
    return {
        "body": body,
        "board": ParagraphStyle("board", fontName=bold, fontSize=10, leading=13, textColor=ACCENT, spaceAfter=2),
        "title": ParagraphStyle("title", fontName=bold, fontSize=24, leading=29, textColor=INK, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", fontName=regular, fontSize=11, leading=15, textColor=MUTED, spaceAfter=4),
        "part": ParagraphStyle("part", fontName=bold, fontSize=15, leading=19, textColor=INK, spaceBefore=16,
                               spaceAfter=2),
        "heading": ParagraphStyle("heading", fontName=bold, fontSize=12.5, leading=16.5, textColor=INK,
                                  spaceBefore=14, spaceAfter=7),
        "code": ParagraphStyle("code", parent=body, fontName=bold, textColor=ACCENT, spaceAfter=0),
        "small": ParagraphStyle("small", fontName=regular, fontSize=8.5, leading=11.5, textColor=MUTED),
        "toc": ParagraphStyle("toc", fontName=regular, fontSize=10, leading=14.5, textColor=INK),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=9.5, leading=12.5, textColor=INK),
        "cellhead": ParagraphStyle("cellhead", fontName=bold, fontSize=9, leading=12, textColor=MUTED),
    }


def numbered_canvas(footer_left: str, footer_right_prefix: str = ""):
    """A canvas class that writes the footer with "pagina X van Y" once the page count is known."""

    class FooterCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            regular, _ = fonts.register()
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            y = BOTTOM_MARGIN - 9 * mm
            self.line(LEFT_MARGIN, y + 4 * mm, PAGE_WIDTH - RIGHT_MARGIN, y + 4 * mm)
            self.setFont(regular, 8)
            self.setFillColor(MUTED)
            self.drawString(LEFT_MARGIN, y, footer_left)
            self.drawRightString(PAGE_WIDTH - RIGHT_MARGIN, y,
                                 f"{footer_right_prefix}pagina {self._pageNumber} van {total}")
            self.restoreState()

    return FooterCanvas
