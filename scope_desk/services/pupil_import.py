"""Import pupils, classes and guardians from a school-administration export.

``preview`` is the dry run; ``apply`` recomputes the same plan inside ONE write transaction and
writes it with Core bulk statements: all or nothing. Pupils are matched on leerlingnummer within
the school; those missing from a full export get ``left_on`` (never deleted). A school that does
not exist yet is created with its BRIN code.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import select

from scope_desk.db import Store
from scope_desk.errors import DomainError, ImportRejected, InvalidInput
from scope_desk.importers.columns import REQUIRED, ColumnMapping, all_fields, field_label, layout_key, recognise
from scope_desk.importers.pupil_records import records_of
from scope_desk.importers.table import Table, read_table
from scope_desk.models.audit import AppSetting
from scope_desk.models.school import School, SchoolYear
from scope_desk.services import audit, school_years
from scope_desk.services.access import Actor, Permission, require
from scope_desk.services.events import ChangeSet, Changes
from scope_desk.services.pupil_import_plan import ImportPlan, compare, load_existing
from scope_desk.services.pupil_import_write import ImportWriter

Progress = Callable[[int, int], bool]  # (done, total) → False to cancel
_BRIN = __import__("re").compile(r"^[0-9]{2}[A-Z]{2}$|^[0-9A-Z]{4}$")
MAPPING_KEY = "import.mapping."
REQUIRED_FIELDS = (*REQUIRED, "class_name")  # what an import cannot do without
__all__ = ["ColumnMapping", "REQUIRED_FIELDS", "all_fields", "field_label", "normalise_brin", "ImportCancelled",
           "PupilImportService"]


class ImportCancelled(DomainError):
    def __init__(self) -> None:
        super().__init__("De import is afgebroken; er is niets veranderd.")


def normalise_brin(brin: str) -> str:
    text = brin.strip().upper().replace(" ", "")
    if not _BRIN.match(text):
        raise InvalidInput(f"'{brin}' is geen BRIN-code (vier tekens, bijvoorbeeld 12AB).")
    return text


class PupilImportService:
    def __init__(self, store: Store, changes: Changes) -> None:
        self._store = store
        self._changes = changes

    def schools(self, actor: Actor) -> tuple[tuple[int, str, str], ...]:
        """(id, BRIN, name) of the schools this actor may import into, by name."""
        allowed = actor.school_ids(Permission.IMPORT_PUPILS)
        with self._store.transaction() as s:
            q = select(School.id, School.brin, School.name).order_by(School.name)
            if allowed is not None:
                q = q.where(School.id.in_(allowed))
            return tuple((i, b, n) for i, b, n in s.execute(q))

    @staticmethod
    def can_create_school(actor: Actor) -> bool:
        return actor.can(Permission.MANAGE_SCHOOLS) and actor.can(Permission.IMPORT_PUPILS)

    @staticmethod
    def read(path: str | Path) -> Table:
        """Read the file (no store access); raises ImportRejected naming the line."""
        return read_table(path)

    def mapping_for(self, actor: Actor, table: Table, brin: str | None = None) -> tuple[ColumnMapping, list[str]]:
        """The remembered mapping for this layout, else the recognised headers; plus the headers skipped."""
        require(actor, Permission.IMPORT_PUPILS)
        with self._store.transaction() as s:
            stored = s.get(AppSetting, _mapping_key(table.headers))
            labels = self._consent_labels(s, brin)
        recognised, unknown = recognise(table.headers, labels)
        if stored is not None:
            try:
                remembered = ColumnMapping.from_json(stored.value)
                used = set(remembered.fields.values())
                return remembered, [h for h in table.headers if h.strip() and h not in used]
            except ValueError:
                pass
        return recognised, unknown

    def remember_mapping(self, actor: Actor, headers: tuple[str, ...], mapping: ColumnMapping) -> None:
        require(actor, Permission.IMPORT_PUPILS)
        with self._store.transaction(write=True) as s:
            key = _mapping_key(headers)
            row = s.get(AppSetting, key)
            if row is None:
                s.add(AppSetting(key=key, value=mapping.to_json()))
            else:
                row.value = mapping.to_json()

    def preview(self, actor: Actor, table: Table, brin: str, year_label: str, mapping: ColumnMapping | None = None,
                full_export: bool = True, today: date | None = None, progress: Progress | None = None) -> ImportPlan:
        """The dry run: what ``apply`` would do, nothing written. ``progress(done, total)`` answering
        False stops it with ImportCancelled."""
        brin = normalise_brin(brin)
        school_years.first_year_of(year_label)
        total = len(table.rows) + 1

        def tick(done: int, _rows: int) -> None:
            if progress is not None and progress(done, total) is False:
                raise ImportCancelled()

        with self._store.transaction() as s:
            school_id = s.execute(select(School.id).where(School.brin == brin)).scalar_one_or_none()
            self._require(actor, school_id)
            plan, _ = self._plan(s, actor, table, brin, school_id, year_label, mapping, full_export, today or date.today(),
                                 tick)
        tick(total, total)
        return plan

    def apply(self, actor: Actor, table: Table, brin: str, year_label: str, mapping: ColumnMapping | None = None,
              full_export: bool = True, skip_rejected: bool = False, progress: Progress | None = None,
              today: date | None = None) -> ImportPlan:
        brin = normalise_brin(brin)
        school_years.first_year_of(year_label)
        today = today or date.today()
        with self._store.transaction(write=True) as s:
            school_id = s.execute(select(School.id).where(School.brin == brin)).scalar_one_or_none()
            self._require(actor, school_id)
            plan, parts = self._plan(s, actor, table, brin, school_id, year_label, mapping, full_export, today)
            if plan.rejected and not skip_rejected:
                raise ImportRejected(_rejection_sentence(plan))
            if not parts["records"]:
                raise ImportRejected("Het bestand bevat geen leerlingen die kunnen worden ingelezen; er is niets veranderd.")
            if school_id is None:
                school = School(brin=brin, name=f"School {brin}")
                s.add(school)
                s.flush()
                school_id = school.id
                audit.record(s, actor, "school.create", "school", school_id, school_id=school_id, brin=brin, via="import")
            year = school_years.get_or_create(s, year_label)
            writer = ImportWriter(s, actor, school_id, year, parts["existing"], parts["present"], today, progress)
            decisions = writer.write(parts["records"], [p.leerlingnummer for p in plan.left], table.source)
            plan = replace(plan, applied=True, decisions=decisions, school_exists=True)
            audit.record(s, actor, "pupils.import", "school", school_id, school_id=school_id, year=year_label,
                         source=table.source, new=len(plan.new), changed=len(plan.changed), left=len(plan.left),
                         rejected=len(plan.rejected), decisions=decisions)
        self._changes.emit(ChangeSet(schools=frozenset({school_id}), pupils=True, consent=bool(decisions)))
        return plan

    # ------------------------------------------------------------------------------------------
    def _require(self, actor: Actor, school_id: int | None) -> None:
        if school_id is None:
            require(actor, Permission.MANAGE_SCHOOLS)  # creating a school
            require(actor, Permission.IMPORT_PUPILS)
        else:
            require(actor, Permission.IMPORT_PUPILS, school_id)

    def _consent_labels(self, s, brin: str | None, year_label: str | None = None) -> dict[str, str]:
        from scope_desk.importers.columns import key
        from scope_desk.services.pupil_import_write import round_categories

        labels: dict[str, str] = {}
        for code, label in round_categories(s, brin, year_label):
            labels[key(label)] = code
            labels[key(code)] = code
        return labels

    def _plan(self, s, actor, table: Table, brin, school_id, year_label, mapping, full_export, today, tick=None):
        labels = self._consent_labels(s, brin, year_label)
        recognised, unknown = recognise(table.headers, labels)
        mapping = mapping or recognised
        if mapping is not recognised:
            used = set(mapping.fields.values())
            unknown = [h for h in table.headers if h.strip() and h not in used]
        missing = [f for f in REQUIRED_FIELDS if f not in mapping.fields]
        if missing:
            names = ", ".join(field_label(f) for f in missing)
            raise ImportRejected(f"Regel {table.header_line}: de kopregel mist {names}; kies de kolommen in het koppelscherm.")
        records, rejected = records_of(table, mapping, today, tick)
        for rec in records:
            if not rec.class_name:
                rejected.append(_reject(rec, "groep ontbreekt"))
        records = [r for r in records if r.class_name]
        rejected.sort(key=lambda r: r.line)
        if any(f.startswith("consent:") for f in mapping.fields):
            require(actor, Permission.RECORD_CONSENT, school_id)
        year_id = s.execute(select(SchoolYear.id).where(SchoolYear.label == year_label)).scalar_one_or_none()
        existing = load_existing(s, school_id, year_id)
        present = set(mapping.fields)
        new, changed, unchanged, left, new_classes = compare(existing, records, rejected, present, full_export)
        plan = ImportPlan(
            brin=brin, school_exists=school_id is not None, year_label=year_label, source=table.source,
            mapping=dict(mapping.fields), unknown_columns=tuple(unknown), new=tuple(new), changed=tuple(changed),
            unchanged=unchanged, left=tuple(left), rejected=tuple(rejected), new_classes=tuple(new_classes),
            decisions=sum(1 for r in records for _ in r.decisions),
        )
        return plan, {"records": records, "existing": existing, "present": present}


def _reject(rec, reason):
    from scope_desk.importers.pupil_records import Rejection

    return Rejection(rec.line, rec.leerlingnummer, reason)


def _rejection_sentence(plan: ImportPlan) -> str:
    shown = "; ".join(r.sentence() for r in plan.rejected[:3])
    more = f" (en nog {len(plan.rejected) - 3})" if len(plan.rejected) > 3 else ""
    return f"{len(plan.rejected)} regel(s) afgewezen, er is niets veranderd — {shown}{more}."


def _mapping_key(headers) -> str:
    return MAPPING_KEY + hashlib.sha1(layout_key(headers).encode("utf-8")).hexdigest()[:40]
