"""Where things go on the A4 letter, and word wrapping with cached widths.

All positions are in millimetres from the TOP-left corner of the page (as a ruler on paper);
``y_pt`` turns them into reportlab's bottom-left points.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

PAGE_W, PAGE_H = A4  # points

# The envelope window. A4 folded in three goes into a C5/6 (114 x 229 mm) or EA5/6 / DL
# (110 x 220 mm) envelope with the window on the LEFT; NEN 1026 and PostNL's guidance place the
# address field 20 mm from the left edge of the letter and 50 mm from its top, about 90 x 40 mm.
# The address text keeps a few millimetres inside that field because the letter shifts in the
# envelope.
WINDOW_LEFT_MM = 20.0
WINDOW_TOP_MM = 50.0
WINDOW_WIDTH_MM = 90.0
WINDOW_HEIGHT_MM = 40.0
ADDRESS_INSET_MM = 5.0  # text starts 25 mm from the left edge
RETURN_LINE_TOP_MM = WINDOW_TOP_MM + 5.0  # baseline of the small sender line
ADDRESS_FIRST_BASELINE_MM = WINDOW_TOP_MM + 12.0
ADDRESS_LEADING_MM = 4.6
ADDRESS_MAX_LINES = 5

MARGIN_LEFT_MM = WINDOW_LEFT_MM + ADDRESS_INSET_MM  # letter text lines up with the address
MARGIN_RIGHT_MM = 20.0
TEXT_WIDTH_MM = 210.0 - MARGIN_LEFT_MM - MARGIN_RIGHT_MM

LETTERHEAD_TOP_MM = 16.0
META_TOP_MM = 94.0  # datum / kenmerk / betreft, below the window
BODY_TOP_MM = 111.0
BODY_SIZE = 9.6
BODY_LEADING_MM = 4.55
PARAGRAPH_GAP_MM = 2.4
BOTTOM_MARGIN_MM = 12.0

SLIP_TITLE_MM = 23.0  # tear line, title, name and class
SLIP_ROW_MM = 5.0  # one Ja/Nee row per category
SLIP_FOOTER_MM = 18.0  # signature, name and date lines
BOX_MM = 3.8


def y_pt(top_mm: float) -> float:
    return PAGE_H - top_mm * mm


def slip_height_mm(category_count: int) -> float:
    return SLIP_TITLE_MM + SLIP_ROW_MM * (category_count + 1) + SLIP_FOOTER_MM


def slip_top_on_letter_mm(category_count: int) -> float:
    """The slip sits at the foot of the letter page, above the bottom margin."""
    return 297.0 - BOTTOM_MARGIN_MM - slip_height_mm(category_count)


@lru_cache(maxsize=2048)  # bounded: names make most words unique; common words stay cached
def _word_width(word: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(word, font, size)


def wrap(paragraph: str, font: str, size: float, width_pt: float) -> tuple[str, ...]:
    """Greedy word wrap; a single word wider than the line is left whole (it will not be cut).

    Not cached here: a personalised paragraph is different on every letter (a cache of them only
    grew the worker's memory); the renderer wraps the paragraphs without per-letter values once."""
    words = paragraph.split()
    if not words:
        return ("",)
    space = _word_width(" ", font, size)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in words:
        w = _word_width(word, font, size)
        if current and used + space + w > width_pt:
            lines.append(" ".join(current))
            current, used = [word], w
        else:
            used = used + space + w if current else w
            current.append(word)
    lines.append(" ".join(current))
    return tuple(lines)


def paragraphs(text: str) -> list[str]:
    """Paragraphs separated by empty lines; single newlines inside a paragraph are kept as breaks."""
    blocks = [block.strip("\n") for block in text.replace("\r\n", "\n").split("\n\n")]
    return [block for block in blocks if block.strip()]
