"""What a consent letter needs, as plain picklable values (the renderer never sees the database).

The round service fills these from the store with bulk queries; the renderer (``consent_letter``)
and the batch writer (``batch``) turn them into PDF pages, also in worker processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Letterhead:
    school_name: str
    brin: str
    street: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    logo: bytes | None = None  # PNG or JPEG

    @property
    def return_address(self) -> str:
        """The small sender line above the address in the envelope window."""
        place = " ".join(p for p in (self.postcode, self.city) if p)
        return ", ".join(p for p in (self.school_name, self.street, place) if p)


@dataclass(frozen=True, slots=True)
class CategoryLine:
    code: str
    label: str


@dataclass(frozen=True, slots=True)
class Slip:
    """One child's return slip."""

    pupil_id: int
    child_name: str  # full name as printed: "Zoë van 't Hart"
    first_name: str
    class_name: str
    code: str  # slip code, see services.slip_codes
    filled_in_by: str = ""  # parents living apart: the guardian(s) this copy of the slip went to
    copy_of: str = ""  # parents living apart: "J. de Vries, Molenweg 7", printed beside the code and offered on entry


@dataclass(frozen=True, slots=True)
class Letter:
    """One envelope: the recipients, the salutation and one slip per child (siblings share one letter)."""

    address_lines: tuple[str, ...]
    aanhef: str  # "Geachte heer De Vries en mevrouw Jansen"
    reference: str  # kenmerk
    slips: tuple[Slip, ...]
    class_name: str  # the class the letter is filed under (the first child's)

    @property
    def child_names(self) -> str:
        return join_dutch([s.first_name or s.child_name for s in self.slips])

    @property
    def class_names(self) -> str:
        return join_dutch(list(dict.fromkeys(s.class_name for s in self.slips)))


@dataclass(frozen=True, slots=True)
class LetterSettings:
    """Everything that is the same on every letter of one batch."""

    letterhead: Letterhead
    school_year: str  # "2026-2027"
    letter_date: date
    deadline: date | None
    body_text: str  # with placeholders, see letters.placeholders
    categories: tuple[CategoryLine, ...]
    signer_name: str
    signer_role: str = "directeur"
    subject: str = "Toestemming voor foto's, film en geluid van uw kind"
    reminder: bool = False


@dataclass(frozen=True, slots=True)
class LetterJob:
    settings: LetterSettings
    letters: tuple[Letter, ...] = field(default_factory=tuple)

    @property
    def slip_count(self) -> int:
        return sum(len(letter.slips) for letter in self.letters)


def join_dutch(items: list[str]) -> str:
    """ "Anna", "Anna en Bram", "Anna, Bram en Cas"."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return items[0] if items else ""
    return ", ".join(items[:-1]) + " en " + items[-1]


MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")


def dutch_date(day: date | None) -> str:
    """ "1 september 2026" (no locale needed)."""
    if day is None:
        return ""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
