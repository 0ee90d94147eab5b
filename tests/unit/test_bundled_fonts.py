"""Every font a PDF writer registers is shipped in resources/fonts, so PDFs work on a PC without DejaVu."""

from __future__ import annotations

import re
from pathlib import Path

from scope_desk import paths

FONTS_MODULE = Path(__file__).resolve().parents[2] / "scope_desk" / "letters" / "fonts.py"


def test_every_font_file_named_in_fonts_py_is_bundled():
    names = set(re.findall(r'"([A-Za-z-]+\.ttf)"', FONTS_MODULE.read_text(encoding="utf-8")))
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf"} <= names
    missing = [name for name in sorted(names) if not paths.resource("fonts", name).is_file()]
    assert missing == []
