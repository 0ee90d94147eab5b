"""Placeholders in the editable letter text: which exist, checking a text, filling it in."""

from __future__ import annotations

import string

from scope_desk.errors import InvalidInput

# name → what it becomes (shown as help next to the letter text editor)
PLACEHOLDERS: dict[str, str] = {
    "aanhef": "de aanhef aan de ouder(s)/verzorger(s) met gezag, bijvoorbeeld 'Geachte mevrouw Jansen'",
    "kind": "de voornaam van het kind (bij een gezinsbrief: 'Anna en Bram')",
    "groep": "de groep van het kind, bijvoorbeeld 'Groep 5a'",
    "school": "de naam van de school",
    "schooljaar": "het schooljaar, bijvoorbeeld '2026-2027'",
    "uiterlijk": "de inleverdatum, bijvoorbeeld '15 september 2026'",
}


def help_text() -> str:
    return "\n".join(f"{{{name}}} — {meaning}" for name, meaning in PLACEHOLDERS.items())


def names_in(text: str) -> list[str]:
    """The placeholder names used in ``text``; InvalidInput for a stray brace."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise InvalidInput(
            "De brieftekst bevat een losse accolade; gebruik { en } alleen rond een plaatshouder zoals {kind}."
        ) from None
    found = []
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if spec or conversion or not name:
            raise InvalidInput(f"De plaatshouder {{{name}}} in de brieftekst is ongeldig; schrijf bijvoorbeeld {{kind}}.")
        found.append(name)
    return found


def validate(text: str, what: str = "De brieftekst") -> None:
    """One clear sentence for the first problem in ``text``; nothing when it is fine."""
    if not text.strip():
        raise InvalidInput(f"{what} is leeg; schrijf een tekst voor de ouders.")
    for name in names_in(text):
        if name not in PLACEHOLDERS:
            allowed = ", ".join(f"{{{n}}}" for n in PLACEHOLDERS)
            raise InvalidInput(f"{what} bevat de onbekende plaatshouder {{{name}}}; toegestaan zijn {allowed}.")


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with every placeholder replaced (validate first; unknown names stay visible)."""
    return text.format_map(_Keep(values))


class _Keep(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
