"""Write an import plan with SQLAlchemy Core bulk statements, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from scope_desk.importers.pupil_records import GuardianRecord, PupilRecord
from scope_desk.models.consent import ConsentState, ReceivedVia
from scope_desk.models.school import Enrolment, Guardian, Pupil, PupilGuardian, School, SchoolClass, SchoolYear
from scope_desk.naming import sort_key
from scope_desk.services import consent_setup as setup
from scope_desk.services.access import Actor
from scope_desk.services.consent_state import current_cells
from scope_desk.services.consent_types import NOT_RETURNED_CELL
from scope_desk.services.pupil_import_plan import GUARDIAN_COLUMNS, Existing, guardian_values

CHUNK = 2000
_P, _E, _G, _L, _C = (m.__table__ for m in (Pupil, Enrolment, Guardian, PupilGuardian, SchoolClass))


def round_categories(s: Session, brin: str | None, year_label: str | None) -> list[tuple[str, str]]:
    """(code, label) of the round's categories, or the board's defaults when there is no round yet."""
    if brin and year_label:
        from scope_desk.models.consent import ConsentCategory, ConsentRound

        rows = s.execute(
            select(ConsentCategory.code, ConsentCategory.label)
            .join(ConsentRound, ConsentRound.id == ConsentCategory.round_id)
            .join(School, School.id == ConsentRound.school_id)
            .join(SchoolYear, SchoolYear.id == ConsentRound.school_year_id)
            .where(School.brin == brin, SchoolYear.label == year_label)
        ).all()
        if rows:
            return [(c, lab) for c, lab in rows]
    return [(code, label) for code, label, _ in setup.default_categories()]


def _grades(class_name: str) -> str:
    """ "Groep 5a" → "5", "groep 3/4" → "3/4", "1-2" → "1/2"."""
    import re

    m = re.search(r"(\d)\s*[/-]\s*(\d)", class_name)
    if m:
        return f"{m.group(1)}/{m.group(2)}"
    m = re.search(r"\d", class_name)
    return m.group(0) if m else ""


class ImportWriter:
    def __init__(self, s: Session, actor: Actor, school_id: int, year: SchoolYear, existing: Existing,
                 present: set[str], today: date, progress: Callable[[int, int], bool] | None) -> None:
        self.s, self.actor, self.school_id, self.year = s, actor, school_id, year
        self.existing, self.present, self.today, self.progress = existing, present, today, progress
        self._done = 0
        self._total = 1

    def _step(self, n: int) -> None:
        from scope_desk.services.pupil_import import ImportCancelled

        self._done += n
        if self.progress is not None and self.progress(min(self._done, self._total), self._total) is False:
            raise ImportCancelled()

    def _bulk(self, statement, rows: list[dict]) -> None:
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start:start + CHUNK]
            self.s.execute(statement, chunk)
            self._step(len(chunk))

    def write(self, records: list[PupilRecord], left: list[str], source: str) -> int:
        ex = self.existing
        self._total = max(1, 3 * len(records) + len(left))
        self._step(0)
        # classes of this year
        missing = sorted({r.class_name for r in records} - set(ex.classes))
        if missing:
            rows = [{"school_id": self.school_id, "school_year_id": self.year.id, "name": n, "grades": _grades(n)} for n in missing]
            ids = self.s.execute(insert(_C).returning(_C.c.id, sort_by_parameter_order=True), rows).scalars().all()
            ex.classes.update(zip(missing, ids))
        # pupils: insert the new, update the changed
        new = [r for r in records if r.leerlingnummer not in ex.pupils]
        new_rows = [{"school_id": self.school_id, "leerlingnummer": r.leerlingnummer, "first_name": r.first_name,
                     "tussenvoegsel": r.tussenvoegsel, "surname": r.surname, "birth_date": r.birth_date,
                     "sort_name": sort_key(r.first_name, r.tussenvoegsel, r.surname)} for r in new]
        pupil_ids: dict[str, int] = {n: p.id for n, p in ex.pupils.items()}
        for start in range(0, len(new_rows), CHUNK):
            chunk = new_rows[start:start + CHUNK]
            ids = self.s.execute(insert(_P).returning(_P.c.id, sort_by_parameter_order=True), chunk).scalars().all()
            pupil_ids.update(zip((row["leerlingnummer"] for row in chunk), ids))
            self._step(len(chunk))
        self._update_pupils(records)
        if left:
            self._bulk(update(_P).where(_P.c.id == bindparam("pid")).values(left_on=self.today, version=_P.c.version + 1),
                       [{"pid": ex.pupils[n].id} for n in left])
        self._enrol(records, pupil_ids)
        self._guardians(records, pupil_ids)
        return self._decisions(records, pupil_ids, source)

    def _update_pupils(self, records: list[PupilRecord]) -> None:
        fields = [f for f in ("first_name", "tussenvoegsel", "surname", "birth_date") if f in self.present]
        rows = []
        for r in records:
            old = self.existing.pupils.get(r.leerlingnummer)
            if old is None:
                continue
            values = {f: getattr(r, f) for f in fields}
            if any(getattr(old, f) != v for f, v in values.items()) or old.left_on is not None:
                merged = {f: values.get(f, getattr(old, f)) for f in ("first_name", "tussenvoegsel", "surname", "birth_date")}
                rows.append({"pid": old.id, **{f"v_{k}": v for k, v in merged.items()},
                             "v_sort_name": sort_key(merged["first_name"], merged["tussenvoegsel"], merged["surname"])})
        if rows:
            stmt = update(_P).where(_P.c.id == bindparam("pid")).values(
                first_name=bindparam("v_first_name"), tussenvoegsel=bindparam("v_tussenvoegsel"),
                surname=bindparam("v_surname"), birth_date=bindparam("v_birth_date"), sort_name=bindparam("v_sort_name"),
                left_on=None, version=_P.c.version + 1,
            )
            self._bulk(stmt, rows)
        self._step(len(records) - len(rows))

    def _enrol(self, records: list[PupilRecord], pupil_ids: dict[str, int]) -> None:
        inserts, moves = [], []
        for r in records:
            class_id = self.existing.classes[r.class_name]
            old = self.existing.pupils.get(r.leerlingnummer)
            if old is None or old.enrolment_id is None:
                inserts.append({"pupil_id": pupil_ids[r.leerlingnummer], "class_id": class_id, "school_year_id": self.year.id})
            elif old.class_name != r.class_name:
                moves.append({"eid": old.enrolment_id, "cid": class_id})
        if inserts:
            self._bulk(insert(_E), inserts)
        if moves:
            self._bulk(update(_E).where(_E.c.id == bindparam("eid")).values(class_id=bindparam("cid")), moves)

    def _guardians(self, records: list[PupilRecord], pupil_ids: dict[str, int]) -> None:
        ex = self.existing
        new_guardians: list[GuardianRecord] = []
        new_keys: dict[tuple[str, str, str], int] = {}  # identity → index in new_guardians
        updates: dict[int, GuardianRecord] = {}
        wanted: list[tuple[int, GuardianRecord, object]] = []  # (pupil_id, record, guardian id or ("new", index))
        for r in records:
            old = ex.pupils.get(r.leerlingnummer)
            for g in r.guardians:
                current = old.guardians.get(g.position) if old else None
                if current is not None and _same_person(current[1], g):
                    if current[1] != guardian_values(g):
                        updates[current[0]] = g
                    target = current[0]
                elif g.identity in ex.guardian_ids:
                    target = ex.guardian_ids[g.identity]  # a sibling's guardian
                else:
                    if g.identity not in new_keys:
                        new_keys[g.identity] = len(new_guardians)
                        new_guardians.append(g)
                    target = ("new", new_keys[g.identity])
                wanted.append((pupil_ids[r.leerlingnummer], g, target))
        new_ids: list[int] = []
        rows = [{c: getattr(g, c) for c in GUARDIAN_COLUMNS} for g in new_guardians]
        for start in range(0, len(rows), CHUNK):
            new_ids += self.s.execute(insert(_G).returning(_G.c.id, sort_by_parameter_order=True), rows[start:start + CHUNK]).scalars().all()
        if updates:
            stmt = update(_G).where(_G.c.id == bindparam("gid")).values(
                **{c: bindparam(f"v_{c}") for c in GUARDIAN_COLUMNS}, version=_G.c.version + 1)
            self.s.execute(stmt, [{"gid": gid, **{f"v_{c}": getattr(g, c) for c in GUARDIAN_COLUMNS}} for gid, g in updates.items()])
        self._links(wanted, new_ids)

    def _links(self, wanted, new_ids: list[int]) -> None:
        ex = self.existing
        by_pupil_old = {p.id: p.guardians for p in ex.pupils.values()}
        desired: dict[int, dict[int, tuple[int, bool, str]]] = {}
        for pupil_id, g, target in wanted:
            gid = new_ids[target[1]] if isinstance(target, tuple) else target
            desired.setdefault(pupil_id, {})[gid] = (g.position, g.has_parental_authority, g.relation)
        removes, adds = [], []
        for pupil_id, links in desired.items():
            old = {gid: (pos, auth) for pos, (gid, _, auth) in by_pupil_old.get(pupil_id, {}).items()}
            positions = {pos for pos, _, _ in links.values()}
            for gid, (pos, _auth) in old.items():
                if gid in links or pos in positions:
                    if gid not in links or old[gid] != links[gid][:2]:
                        removes.append({"p": pupil_id, "g": gid})
            for gid, (pos, auth, relation) in links.items():
                if gid not in old or old[gid] != (pos, auth):
                    adds.append({"pupil_id": pupil_id, "guardian_id": gid, "position": pos,
                                 "has_parental_authority": auth, "relation": relation})
        if removes:
            self.s.execute(delete(_L).where(_L.c.pupil_id == bindparam("p"), _L.c.guardian_id == bindparam("g")), removes)
        if adds:
            self._bulk(insert(_L), adds)

    def _decisions(self, records: list[PupilRecord], pupil_ids: dict[str, int], source: str) -> int:
        """Decision columns (a registry export read back): record only what differs from the current state."""
        with_decisions = [r for r in records if r.decisions]
        if not with_decisions:
            return 0
        from scope_desk.services.consent import ConsentService

        r = setup.find_round(self.s, self.school_id, self.year.id) or setup.create_round(self.s, self.school_id, self.year.id, self.today)
        view = setup.round_view(self.s, r)
        by_code = {c.code: c.id for c in view.categories}
        current = current_cells(self.s, by_code.values(), select(_P.c.id).where(_P.c.school_id == self.school_id))
        rows = []
        for rec in with_decisions:
            pid = pupil_ids[rec.leerlingnummer]
            for code, state in rec.decisions.items():
                cid = by_code.get(code)
                if cid is None or current.get((pid, cid), NOT_RETURNED_CELL).state.value == state:
                    continue
                rows.append(ConsentService._row(
                    _entry(pid, cid, ConsentState(state), self.today, f"Ingelezen uit {source}"), self.actor, _now()))
        from scope_desk.models.consent import ConsentDecision

        if rows:
            self._bulk(insert(ConsentDecision.__table__), rows)
        return len(rows)


def _same_person(values: tuple[str, ...], g: GuardianRecord) -> bool:
    from scope_desk.services.pupil_import_plan import identity_of

    return identity_of(values) == g.identity


def _entry(pid, cid, state, on, note):
    from scope_desk.services.consent_types import DecisionEntry

    return DecisionEntry(pupil_id=pid, category_id=cid, state=state, decided_on=on, received_via=ReceivedVia.SYSTEM, note=note)


def _now():
    from scope_desk.models.base import utcnow

    return utcnow()
