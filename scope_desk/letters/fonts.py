"""The Unicode font for letters: DejaVu Sans, embedded as a subset by reportlab.

"Şeyma Yıldız", "Łukasz Wąs" and "Zoë van 't Hart" need more than the 14 standard PDF fonts
(Latin-1 only). The TTFs travel in ``resources/fonts`` (Bitstream Vera licence, see
LICENSE-DejaVu.txt); a system copy is the fallback on a development machine. Every PDF writer
registers its fonts here (the incident PDFs also DejaVu Sans Mono, for checksums).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from scope_desk import paths

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_MONO_FILE = "DejaVuSansMono.ttf"
_SYSTEM_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"), Path("C:/Windows/Fonts"))


def _find(filename: str) -> Path:
    bundled = paths.resource("fonts", filename)
    if bundled.exists():
        return bundled
    for folder in _SYSTEM_DIRS:
        if (folder / filename).exists():
            return folder / filename
    raise FileNotFoundError(f"font {filename} not found in resources/fonts")


def register() -> tuple[str, str]:
    """Register the letter fonts once per process; returns (regular, bold) font names."""
    registered = pdfmetrics.getRegisteredFontNames()
    for name, filename in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(_find(filename))))
    return REGULAR, BOLD


def register_mono() -> str:
    """Register DejaVu Sans Mono once per process; returns its font name."""
    if MONO not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(MONO, str(_find(_MONO_FILE))))
    return MONO
