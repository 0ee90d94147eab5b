"""The code printed on every return slip, and read back by a USB barcode scanner.

Format: ``SD-<BRIN>-<round>-<pupil>-<check>``, for example ``SD-12AB-0007-000123-K``:

- ``BRIN``: the school's BRIN code (letters and digits, upper case), so a slip of another
  school is recognised as such before anything is looked up;
- ``round``: the consent round id, at least 4 digits; ``pupil``: the pupil id, at least 6 digits;
- ``check``: one ISO 7064 MOD 37,36 check character over everything before it. It catches every
  single mistyped character and every swap of two neighbouring characters, so a smudged or
  half-scanned code is refused instead of opening another child's slip.

Only upper-case letters, digits and "-" are used: Code128 and QR carry them, and a scanner that
emulates a keyboard types them the same on every layout. ``decode`` forgives case, spaces and a
scanner's trailing Enter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scope_desk.errors import InvalidInput

PREFIX = "SD"
_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_PATTERN = re.compile(r"^SD-([0-9A-Z]{2,8})-([0-9]{4,9})-([0-9]{6,12})-([0-9A-Z])$")


@dataclass(frozen=True)
class SlipCode:
    brin: str
    round_id: int
    pupil_id: int

    @property
    def text(self) -> str:
        return encode(self.brin, self.round_id, self.pupil_id)


def check_char(payload: str) -> str:
    """ISO 7064 MOD 37,36 over letters and digits (separators are skipped)."""
    modulus = 36
    product = modulus
    for ch in payload:
        if ch == "-":
            continue
        value = _ALPHABET.index(ch)
        total = (product + value) % modulus or modulus
        product = (2 * total) % (modulus + 1)
    return _ALPHABET[(modulus + 1 - product) % modulus]


def _clean_brin(brin: str) -> str:
    cleaned = (brin or "").strip().upper()
    if not re.fullmatch(r"[0-9A-Z]{2,8}", cleaned):
        raise InvalidInput(f"De BRIN-code '{brin}' is ongeldig voor een strookjescode (2 tot 8 letters of cijfers).")
    return cleaned


def encode(brin: str, round_id: int, pupil_id: int) -> str:
    """The slip code for one pupil in one round of one school."""
    if round_id < 0 or pupil_id < 0:
        raise InvalidInput("Een strookjescode kan alleen voor een bestaande ronde en leerling worden gemaakt.")
    payload = f"{PREFIX}-{_clean_brin(brin)}-{round_id:04d}-{pupil_id:06d}"
    return f"{payload}-{check_char(payload)}"


def normalise(typed: str) -> str:
    """What a scanner or a person typed, in the canonical form (upper case, no spaces)."""
    text = (typed or "").strip().upper().replace(" ", "")
    # Some keyboard layouts turn the scanner's "-" into another dash-like character.
    for dash in ("\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "_"):
        text = text.replace(dash, "-")
    return text


def decode(typed: str) -> SlipCode:
    """The values behind a scanned code, or InvalidInput with one clear sentence."""
    text = normalise(typed)
    if not text:
        raise InvalidInput("Er is geen strookjescode ingevoerd; scan de code op het strookje.")
    match = _PATTERN.match(text)
    if match is None:
        raise InvalidInput(
            f"De code '{text}' is geen geldige strookjescode of is beschadigd; scan het strookje opnieuw of typ de code over."
        )
    brin, round_text, pupil_text, check = match.groups()
    payload = text[: -2]
    if check_char(payload) != check:
        raise InvalidInput(
            f"De code '{text}' is beschadigd (het controleteken klopt niet); scan het strookje opnieuw of typ de code over."
        )
    return SlipCode(brin=brin, round_id=int(round_text), pupil_id=int(pupil_text))


def looks_like_slip_code(typed: str) -> bool:
    """True when the text has the shape of a slip code (a search box can then decode it)."""
    return normalise(typed).startswith(f"{PREFIX}-")
