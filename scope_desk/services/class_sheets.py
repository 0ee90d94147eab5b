"""Class sheets (who may not appear where) for one class or every class of a school."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from scope_desk.db import Store
from scope_desk.errors import NotFound
from scope_desk.letters.class_sheet import BlockedPupil, ClassSheet, SheetCategory, class_sheet_pdf
from scope_desk.models.school import School, SchoolYear
from scope_desk.naming import surname_first
from scope_desk.services import audit
from scope_desk.services.consent import ConsentService
from scope_desk.atomic_files import write_atomic
from scope_desk.services.consent_types import STATE_LABELS, STATE_SYMBOLS, ConsentState, Registry
from scope_desk.services.events import Changes


def sheets_of(registry: Registry, school_name: str) -> list[ClassSheet]:
    by_class: dict[str, list] = {}
    for row in registry.rows:
        by_class.setdefault(row.class_name, []).append(row)
    sheets = []
    for class_name, rows in by_class.items():
        categories = []
        for i, category in enumerate(registry.round.categories):
            blocked = tuple(
                BlockedPupil(surname_first(r.first_name, r.tussenvoegsel, r.surname), STATE_LABELS[r.cells[i].state],
                             STATE_SYMBOLS[r.cells[i].state])
                for r in rows if r.cells[i].state is not ConsentState.GRANTED
            )
            categories.append(SheetCategory(category.label, blocked))
        everywhere = sum(1 for r in rows if all(c.state is ConsentState.GRANTED for c in r.cells))
        sheets.append(ClassSheet(school_name, registry.round.year_label, class_name, len(rows), tuple(categories), everywhere))
    return sheets


class ClassSheetService:
    def __init__(self, store: Store, changes: Changes) -> None:
        self._store = store
        self._consent = ConsentService(store, changes)

    def pdf(self, actor, year_label: str, brin: str, class_name: str | None = None, today: date | None = None) -> tuple[bytes, int]:
        """PDF bytes and the number of classes in it. A leerkracht gets only their own class."""
        with self._store.transaction() as s:
            school = s.execute(select(School).where(School.brin == brin.strip().upper())).scalar_one_or_none()
            year = s.execute(select(SchoolYear).where(SchoolYear.label == year_label)).scalar_one_or_none()
            if school is None or year is None:
                raise NotFound(f"Er is geen school {brin} of geen schooljaar {year_label}.")
            school_id, school_name = school.id, school.name
        found = self._consent.find_round(actor, school_id, year.id)
        if found is None:
            raise NotFound(f"Er is geen toestemmingsronde voor {year_label} bij {brin}.")
        class_id = None
        if class_name:
            match = [c for c in self._consent.classes(actor, school_id, year.id) if c.name.casefold() == class_name.strip().casefold()]
            if not match:
                raise NotFound(f"Er is geen groep '{class_name}' in {year_label} bij {brin}.")
            class_id = match[0].id
        registry = self._consent.registry(actor, found.id, class_id)
        sheets = sheets_of(registry, school_name)
        with self._store.transaction(write=True) as s:
            audit.record(s, actor, "consent.class_sheet", "consent_round", found.id, school_id=school_id, classes=len(sheets))
        return class_sheet_pdf(sheets, today or date.today()), len(sheets)

    def write(self, actor, year_label: str, brin: str, out: str | Path, class_name: str | None = None) -> int:
        data, count = self.pdf(actor, year_label, brin, class_name)
        write_atomic(out, data, make_parents=True)
        return count
