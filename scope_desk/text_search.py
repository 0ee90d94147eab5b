"""Case- and accent-insensitive search that reports positions in the ORIGINAL text.

"fatsoensnormen" finds "Fatsoensnormen", "privé" finds "prive" and the other way round. Used by the
protocol service and by the reading view (to highlight the hits in the text as shown).
"""

from __future__ import annotations

import unicodedata


def fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for every folded character, the index of the original character."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        piece = fold_char(char)
        folded.append(piece)
        origin.extend([index] * len(piece))
    return "".join(folded), origin


def fold(text: str) -> str:
    return fold_with_map(text)[0]


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Every (start, end) of ``needle`` in ``text`` (positions in ``text``), non-overlapping."""
    wanted = " ".join(fold(needle).split())
    if not wanted:
        return []
    folded, origin = fold_with_map(text)
    hits: list[tuple[int, int]] = []
    start = folded.find(wanted)
    while start != -1:
        end = start + len(wanted)
        hits.append((origin[start], origin[end - 1] + 1))
        start = folded.find(wanted, end)
    return hits
