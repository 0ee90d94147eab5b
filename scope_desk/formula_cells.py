"""Spreadsheet cells that must not run as formulas, and reading our own neutralised cells back.

The export puts an apostrophe before a cell that Excel would run as a formula (one starting with
= + - @, tab or CR), and also before a cell that already is apostrophes followed by such a
character ("'=1" → "''=1"), so the step can be undone without guessing. Reading a file back
removes exactly that one apostrophe, and only in that pattern: "'t Hart", "d'Ancona" and a lone
"'" are left alone.
"""

from __future__ import annotations

import re

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_NEEDS_PREFIX = re.compile(r"^'*[=+\-@\t\r]")
_PREFIXED = re.compile(r"^'+[=+\-@\t\r]")


def neutralise(value: str) -> str:
    """ "=HYPERLINK(…)" → "'=HYPERLINK(…)": shown as text, never run."""
    return "'" + value if _NEEDS_PREFIX.match(value) else value


def restore(value: str) -> str:
    """The inverse of ``neutralise``: "'=HYPERLINK(…)" → "=HYPERLINK(…)"; anything else unchanged."""
    return value[1:] if _PREFIXED.match(value) else value
