"""Plain values of the consent round (set-up, letter selection, slips): what RoundService hands out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from scope_desk.services.consent_types import CategoryView, ClassCounts, ConsentState, GuardianView, RoundStatus

__all__ = ["SchoolChoice", "RoundSetup", "LetterSelection", "SlipView", "ClassCounts", "ConsentState", "RoundStatus"]


@dataclass(frozen=True)
class SchoolChoice:
    id: int
    brin: str
    name: str


@dataclass(frozen=True)
class RoundSetup:
    """A school's round for one year, with what the letters need from it."""

    round_id: int
    version: int
    school_id: int
    school_name: str
    brin: str
    school_year_id: int
    year_label: str
    status: RoundStatus
    opened_on: date
    deadline: date | None
    letter_text: str
    reminder_text: str
    signed_by: str
    signed_as: str
    categories: tuple[CategoryView, ...]


@dataclass(frozen=True)
class LetterSelection:
    """Which letters to make. A reminder goes only to those who have not returned the slip."""

    class_ids: tuple[int, ...] = ()  # empty: the whole school
    only_missing: bool = False
    reminder: bool = False
    per_family: bool = False
    letter_date: date | None = None  # default: today

    @property
    def missing_only(self) -> bool:
        return self.only_missing or self.reminder


@dataclass(frozen=True)
class SlipView:
    """One child's slip, opened from its scanned code, with the current answers per category."""

    code: str
    round_id: int
    school_id: int
    school_name: str
    year_label: str
    pupil_id: int
    child_name: str
    class_name: str
    categories: tuple[CategoryView, ...]
    current: tuple[ConsentState, ...]  # per category, in the same order
    guardians: tuple[GuardianView, ...]
    # Parents living apart got a letter each: (guardian id, "J. de Vries, Molenweg 7") per address.
    # Empty for one household. When not empty, saving needs the guardian whose slip this is.
    senders: tuple[tuple[int, str], ...] = ()
