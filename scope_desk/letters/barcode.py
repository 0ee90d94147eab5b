"""Code128 for the slip code, drawn as one filled path (a USB scanner reads it; 1D scanners cannot read QR)."""

from __future__ import annotations

from functools import lru_cache

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm

MODULE_PT = 0.254 * mm  # narrowest bar (10 mil); ≥ 0.25 mm reads well on cheap office scanners and printers
QUIET_MODULES = 10


@lru_cache(maxsize=64)
def _runs(value: str) -> tuple[tuple[int, int], ...]:
    """(start, width) in modules of every bar of ``value``."""
    symbol = Code128(value, quiet=0)
    symbol.validate()
    symbol.encode()
    symbol.decompose()
    runs = []
    pos = 0
    for ch in symbol.decomposed:
        width = ord(ch.upper()) - ord("A") + 1
        if ch.isupper():
            runs.append((pos, width))
        pos += width
    return tuple(runs)


def width_pt(value: str) -> float:
    runs = _runs(value)
    start, width = runs[-1]
    return (start + width) * MODULE_PT


def draw(canvas, value: str, x: float, y: float, height: float) -> float:
    """Draw the bars with their bottom-left at (x, y); returns the width drawn (without quiet zone)."""
    path = canvas.beginPath()
    for start, width in _runs(value):
        path.rect(x + start * MODULE_PT, y, width * MODULE_PT, height)
    canvas.drawPath(path, stroke=0, fill=1)
    return width_pt(value)
