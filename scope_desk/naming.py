"""Dutch personal names: display forms and the sort key that files "Van den Berg" under B.

Never change the case of a name the school administration gave us (no ``.title()``: "IJsbrand",
"McDonald", "d'Souza" stay as they are).
"""

from __future__ import annotations

import unicodedata

# Longest first, so "van der" wins over "van".
TUSSENVOEGSELS: tuple[str, ...] = tuple(
    sorted(
        {
            "van", "de", "der", "den", "het", "'t", "te", "ter", "ten", "in", "op", "onder", "uit",
            "von", "le", "la", "du", "des", "da", "di", "del", "della", "dos", "el", "al", "bin", "ben",
            "van de", "van der", "van den", "van het", "van 't", "in de", "in het", "in 't", "op de",
            "op den", "op het", "op 't", "uit de", "uit den", "uit het", "van de la", "de la", "de van der",
            "van in 't", "onder de", "onder den", "aan de", "aan den", "aan het", "bij de", "voor de",
            "voor den", "von der", "von dem", "de los", "de las", "van ter", "van ten",
        },
        key=len,
        reverse=True,
    )
)

_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "œ": "oe", "ĳ": "ij"})


def fold(text: str) -> str:
    """Case- and accent-insensitive form used for sorting and searching ("Şeyma" → "seyma")."""
    lowered = text.casefold().translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("\u2019", "'").replace("`", "'")


def split_prefix(surname: str) -> tuple[str, str]:
    """Split a tussenvoegsel off a full surname: "Van den Berg" → ("van den", "Berg").

    Only used when an import gives the surname with its prefix in one field; names without a
    known prefix come back unchanged with an empty tussenvoegsel.
    """
    words = surname.split()
    for prefix in TUSSENVOEGSELS:
        parts = prefix.split()
        if len(words) > len(parts) and [fold(w) for w in words[: len(parts)]] == parts:
            return " ".join(words[: len(parts)]).lower(), " ".join(words[len(parts) :])
    return "", surname.strip()


def full_name(first_name: str, tussenvoegsel: str, surname: str) -> str:
    """ "Zoë van 't Hart" — the form for letters and lists."""
    return " ".join(part for part in (first_name.strip(), tussenvoegsel.strip(), surname.strip()) if part)


def surname_first(first_name: str, tussenvoegsel: str, surname: str) -> str:
    """ "Hart, Zoë van 't" — the form for sorted registers."""
    tail = " ".join(part for part in (first_name.strip(), tussenvoegsel.strip()) if part)
    return f"{surname.strip()}, {tail}" if tail else surname.strip()


def sort_key(first_name: str, tussenvoegsel: str, surname: str) -> str:
    """The key stored in ``sort_name`` columns: surname without prefix, then prefix, then first name."""
    prefix, core = split_prefix(surname) if not tussenvoegsel else (tussenvoegsel, surname)
    return "\x1f".join((fold(core), fold(first_name), fold(prefix)))
