"""Compare an export with the store: which pupils are new, changed, unchanged or have left.

``load_existing`` reads what the store holds for one school and year with a few set-based
queries; ``compare`` is pure. The same plan is shown as a dry run and recomputed inside the write
transaction when it is applied.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from scope_desk.importers.pupil_records import GuardianRecord, PupilRecord, Rejection
from scope_desk.models.school import Enrolment, Guardian, Pupil, PupilGuardian, SchoolClass
from scope_desk.naming import full_name

GUARDIAN_COLUMNS = ("initials", "first_name", "tussenvoegsel", "surname", "street", "house_number", "postcode",
                    "city", "email", "phone")
FIELD_LABELS = {"first_name": "roepnaam", "tussenvoegsel": "tussenvoegsel", "surname": "achternaam",
                "birth_date": "geboortedatum", "class_name": "groep", "left_on": "weer ingeschreven",
                "guardians": "ouders/verzorgers"}


@dataclass
class ExistingPupil:
    id: int
    leerlingnummer: str
    first_name: str
    tussenvoegsel: str
    surname: str
    birth_date: date | None
    left_on: date | None
    class_name: str | None = None  # in this year
    enrolment_id: int | None = None
    guardians: dict[int, tuple[int, tuple[str, ...], bool]] = field(default_factory=dict)  # position → (id, values, authority)


@dataclass
class Existing:
    school_id: int | None
    pupils: dict[str, ExistingPupil] = field(default_factory=dict)  # by leerlingnummer
    classes: dict[str, int] = field(default_factory=dict)  # name → id, this year
    guardian_ids: dict[tuple[str, str, str], int] = field(default_factory=dict)  # identity → id


@dataclass(frozen=True)
class PlannedPupil:
    line: int
    leerlingnummer: str
    name: str
    class_name: str
    changes: tuple[str, ...] = ()  # Dutch field labels; empty for a new pupil


@dataclass(frozen=True)
class LeavingPupil:
    leerlingnummer: str
    name: str
    class_name: str


@dataclass(frozen=True)
class ImportPlan:
    brin: str
    school_exists: bool
    year_label: str
    source: str
    mapping: dict[str, str]
    unknown_columns: tuple[str, ...]
    new: tuple[PlannedPupil, ...]
    changed: tuple[PlannedPupil, ...]
    unchanged: int
    left: tuple[LeavingPupil, ...]
    rejected: tuple[Rejection, ...]
    new_classes: tuple[str, ...]
    decisions: int = 0  # consent decisions the file changes (registry exports)
    applied: bool = False

    def summary(self) -> str:
        verb = "Geïmporteerd" if self.applied else "Proefimport"
        parts = [f"{len(self.new)} nieuw", f"{len(self.changed)} gewijzigd", f"{self.unchanged} ongewijzigd",
                 f"{len(self.left)} vertrokken", f"{len(self.rejected)} afgewezen"]
        if self.decisions:
            parts.append(f"{self.decisions} keuzes")
        return f"{verb} ({self.source}): " + ", ".join(parts) + "."


def guardian_values(g: GuardianRecord) -> tuple[str, ...]:
    return tuple(getattr(g, c) for c in GUARDIAN_COLUMNS)


def identity_of(values: tuple[str, ...]) -> tuple[str, str, str]:
    row = dict(zip(GUARDIAN_COLUMNS, values))
    return GuardianRecord(position=0, **row).identity


def load_existing(s: Session, school_id: int | None, school_year_id: int | None) -> Existing:
    existing = Existing(school_id=school_id)
    if school_id is None:
        return existing
    for p in s.execute(
        select(Pupil.id, Pupil.leerlingnummer, Pupil.first_name, Pupil.tussenvoegsel, Pupil.surname, Pupil.birth_date,
               Pupil.left_on).where(Pupil.school_id == school_id)
    ):
        existing.pupils[p.leerlingnummer] = ExistingPupil(*p)
    by_id = {p.id: p for p in existing.pupils.values()}
    if school_year_id is not None:
        existing.classes = dict(s.execute(
            select(SchoolClass.name, SchoolClass.id).where(SchoolClass.school_id == school_id,
                                                           SchoolClass.school_year_id == school_year_id)
        ).all())
        for pupil_id, enrolment_id, class_name in s.execute(
            select(Enrolment.pupil_id, Enrolment.id, SchoolClass.name)
            .join(SchoolClass, SchoolClass.id == Enrolment.class_id)
            .where(SchoolClass.school_id == school_id, Enrolment.school_year_id == school_year_id)
        ):
            by_id[pupil_id].class_name, by_id[pupil_id].enrolment_id = class_name, enrolment_id
    g = Guardian.__table__.c
    q = (
        select(PupilGuardian.pupil_id, PupilGuardian.position, PupilGuardian.has_parental_authority, g.id,
               *[g[c] for c in GUARDIAN_COLUMNS])
        .join(Guardian, Guardian.id == PupilGuardian.guardian_id)
        .join(Pupil, Pupil.id == PupilGuardian.pupil_id)
        .where(Pupil.school_id == school_id)
    )
    for row in s.execute(q):
        values = tuple(row[4:])
        by_id[row.pupil_id].guardians[row.position] = (row.id, values, bool(row.has_parental_authority))
        existing.guardian_ids.setdefault(identity_of(values), row.id)
    return existing


def pupil_changes(old: ExistingPupil, rec: PupilRecord, present: set[str]) -> tuple[str, ...]:
    """Labels of what the file changes; only fields the file has a column for count."""
    changes = [FIELD_LABELS[f] for f in ("first_name", "tussenvoegsel", "surname", "birth_date")
               if f in present and getattr(old, f) != getattr(rec, f)]
    if old.class_name != rec.class_name:
        changes.append(FIELD_LABELS["class_name"])
    if old.left_on is not None:
        changes.append(FIELD_LABELS["left_on"])
    for g in rec.guardians:
        current = old.guardians.get(g.position)
        if current is None or current[1] != guardian_values(g) or current[2] != g.has_parental_authority:
            changes.append(FIELD_LABELS["guardians"])
            break
    return tuple(changes)


def compare(existing: Existing, records: list[PupilRecord], rejected: list[Rejection], present: set[str],
            full_export: bool) -> tuple[list[PlannedPupil], list[PlannedPupil], int, list[LeavingPupil], list[str]]:
    new, changed, unchanged = [], [], 0
    for rec in records:
        name = full_name(rec.first_name, rec.tussenvoegsel, rec.surname)
        old = existing.pupils.get(rec.leerlingnummer)
        if old is None:
            new.append(PlannedPupil(rec.line, rec.leerlingnummer, name, rec.class_name))
            continue
        changes = pupil_changes(old, rec, present)
        if changes:
            changed.append(PlannedPupil(rec.line, rec.leerlingnummer, name, rec.class_name, changes))
        else:
            unchanged += 1
    left = []
    if full_export and records:
        in_file = {r.leerlingnummer for r in records} | {r.leerlingnummer for r in rejected}
        left = [LeavingPupil(p.leerlingnummer, full_name(p.first_name, p.tussenvoegsel, p.surname), p.class_name or "")
                for p in existing.pupils.values() if p.left_on is None and p.leerlingnummer not in in_file]
        left.sort(key=lambda p: (p.class_name, p.name))
    new_classes = sorted({r.class_name for r in records} - set(existing.classes))
    return new, changed, unchanged, left, new_classes
