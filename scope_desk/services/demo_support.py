"""Shared pieces of the demo-data generator: the generation context and bulk-insert helpers."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone

from sqlalchemy import Connection, Table, insert

from scope_desk.naming import fold


@dataclass
class DemoPupil:
    id: int
    school_id: int
    family: int
    grade: int  # current grade 1–8; 9 = left after groep 8 last year
    class_id: int | None  # current-year class (None for last year's leavers)
    guardian_ids: list[int] = field(default_factory=list)
    gezag_ids: list[int] = field(default_factory=list)  # guardians with parental authority
    left_on: date | None = None


@dataclass
class DemoSchool:
    id: int
    brin: str
    name: str
    director: str
    admin: str
    anti_bullying: str
    staff_ids: dict[str, list[int]] = field(default_factory=dict)  # function → ids
    staff_names: dict[int, str] = field(default_factory=dict)
    class_names: dict[int, str] = field(default_factory=dict)  # current classes
    class_teacher: dict[int, int] = field(default_factory=dict)
    pupils: list[DemoPupil] = field(default_factory=list)

    @property
    def current_pupils(self) -> list[DemoPupil]:
        return [p for p in self.pupils if p.class_id is not None]


@dataclass
class DemoContext:
    conn: Connection
    rng: random.Random
    today: date
    year_id: int = 0
    year_start: date = date.min
    previous_year_id: int = 0
    previous_start: date = date.min
    schools: list[DemoSchool] = field(default_factory=list)


def insert_ids(conn: Connection, table: Table, rows: list[dict]) -> list[int]:
    """Bulk insert; the new ids in the order of ``rows`` (RETURNING, on SQLite and PostgreSQL)."""
    if not rows:
        return []
    result = conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
    return list(result.scalars())


def insert_rows(conn: Connection, table: Table, rows: list[dict]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A fixed, timezone-aware moment (no time of day from the clock: demo data is deterministic)."""
    return datetime.combine(day, time(hour, minute), tzinfo=timezone.utc)


def ascii_part(text: str) -> str:
    """ "van 't Hart" → "vanthart"; for e-mail addresses."""
    return "".join(ch for ch in fold(text) if ch.isascii() and ch.isalnum())


def weighted(rng: random.Random, options: dict) -> object:
    """One key of ``options`` (key → weight, or key → tuple whose first item is the weight)."""
    keys = list(options)
    weights = [v[0] if isinstance(v, tuple) else v for v in options.values()]
    return rng.choices(keys, weights=weights, k=1)[0]
