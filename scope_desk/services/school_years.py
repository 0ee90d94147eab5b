"""Dutch school years: "2026-2027" runs from 1 August 2026 to 31 July 2027."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from scope_desk.errors import InvalidInput
from scope_desk.models.school import SchoolYear

_LABEL = re.compile(r"^(\d{4})-(\d{4})$")


def label_for(first_year: int) -> str:
    """2026 → "2026-2027"."""
    return f"{first_year}-{first_year + 1}"


def first_year_of(label: str) -> int:
    """ "2026-2027" → 2026; anything else is refused with one clear sentence."""
    m = _LABEL.match(label.strip()) if isinstance(label, str) else None
    if not m or int(m.group(2)) != int(m.group(1)) + 1:
        raise InvalidInput(f"'{label}' is geen schooljaar; schrijf het als bijvoorbeeld 2026-2027.")
    return int(m.group(1))


def dates_of(label: str) -> tuple[date, date]:
    """ "2026-2027" → (1 Aug 2026, 31 Jul 2027)."""
    first = first_year_of(label)
    return date(first, 8, 1), date(first + 1, 7, 31)


def year_of(day: date) -> str:
    """The label of the school year a date falls in (1 August starts a new one)."""
    return label_for(day.year if day.month >= 8 else day.year - 1)


def current_year_label(today: date | None = None) -> str:
    return year_of(today or date.today())


def previous_label(label: str) -> str:
    return label_for(first_year_of(label) - 1)


def next_label(label: str) -> str:
    return label_for(first_year_of(label) + 1)


def get_or_create(session: Session, label: str) -> SchoolYear:
    """The SchoolYear row with this label, created (and flushed) when missing."""
    starts_on, ends_on = dates_of(label)
    year = session.execute(select(SchoolYear).where(SchoolYear.label == label)).scalar_one_or_none()
    if year is None:
        year = SchoolYear(label=label, starts_on=starts_on, ends_on=ends_on)
        session.add(year)
        session.flush()
    return year
