"""Searching the registry for the people involved: pupils, guardians and staff of one school."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select

from scope_desk.models.consent import ConsentState
from scope_desk.models.incident import PartyKind
from scope_desk.models.school import Enrolment, Guardian, Pupil, PupilGuardian, SchoolClass, SchoolYear, StaffMember
from scope_desk.naming import fold
from scope_desk.services.access import Actor, Permission, require
from scope_desk.services.incident_people import CONSENT_LABELS, consent_on, guardian_name, pupil_name, staff_name
from scope_desk.services.incident_types import PersonOption


def _matches(needle: str, *parts: str) -> bool:
    if not needle:
        return True
    haystack = fold(" ".join(parts))
    return all(word in haystack for word in needle.split())


class PickersMixin:
    def consent_on_date(self, actor: Actor, school_id: int, pupil_ids: list[int], channel_code: str,
                        on: date) -> dict[int, tuple[str, bool]]:
        """Pupil id → (Dutch label, consent given) for the channel as it stood on ``on`` (images without consent).

        No decision on or before that date is "niet ingeleverd", which is never consent."""
        require(actor, Permission.WRITE_INCIDENTS, school_id)
        result: dict[int, tuple[str, bool]] = {}
        with self._store.transaction() as s:
            ids = set(s.scalars(select(Pupil.id).where(Pupil.id.in_(pupil_ids), Pupil.school_id == school_id))) if pupil_ids else set()
            for pupil_id in pupil_ids:
                if pupil_id in ids:
                    state, _label = consent_on(s, pupil_id, school_id, channel_code, on)
                    result[pupil_id] = (CONSENT_LABELS[state], state == ConsentState.GRANTED.value)
        return result

    def search_pupils(self, actor: Actor, school_id: int, text: str = "", limit: int = 50) -> list[PersonOption]:
        """Pupils of the school whose name or leerlingnummer matches every word of ``text``."""
        require(actor, Permission.WRITE_INCIDENTS, school_id)
        needle = fold(text.strip())
        with self._store.transaction() as s:
            found = [p for p in s.scalars(select(Pupil).where(Pupil.school_id == school_id).order_by(Pupil.sort_name))
                     if _matches(needle, pupil_name(p), p.leerlingnummer)][:limit]
            classes: dict[int, str] = {}
            if found:
                rows = s.execute(
                    select(Enrolment.pupil_id, SchoolClass.name)
                    .join(SchoolClass, SchoolClass.id == Enrolment.class_id)
                    .join(SchoolYear, SchoolYear.id == Enrolment.school_year_id)
                    .where(Enrolment.pupil_id.in_([p.id for p in found]))
                    .order_by(SchoolYear.starts_on)
                )
                for pupil_id, class_name in rows:
                    classes[pupil_id] = class_name  # the latest year wins
            return [
                PersonOption(kind=PartyKind.PUPIL, id=p.id, name=pupil_name(p),
                             detail=" · ".join(x for x in (classes.get(p.id, ""), f"lln. {p.leerlingnummer}",
                                                           "vertrokken" if p.left_on and p.left_on <= date.today() else "") if x))
                for p in found
            ]

    def search_guardians(self, actor: Actor, school_id: int, text: str = "", pupil_ids: tuple[int, ...] = (),
                         limit: int = 50) -> list[PersonOption]:
        """Guardians of pupils of the school (of ``pupil_ids`` first when given)."""
        require(actor, Permission.WRITE_INCIDENTS, school_id)
        needle = fold(text.strip())
        with self._store.transaction() as s:
            rows = s.execute(
                select(Guardian, Pupil)
                .join(PupilGuardian, PupilGuardian.guardian_id == Guardian.id)
                .join(Pupil, Pupil.id == PupilGuardian.pupil_id)
                .where(Pupil.school_id == school_id)
                .order_by(Guardian.surname, Guardian.id)
            ).all()
            options: dict[int, PersonOption] = {}
            first: list[int] = []
            for guardian, pupil in rows:
                name = guardian_name(guardian)
                if not _matches(needle, name, pupil_name(pupil)):
                    continue
                detail = f"ouder van {pupil_name(pupil)}"
                if guardian.id in options:
                    detail = options[guardian.id].detail + f", {pupil.first_name}"
                options[guardian.id] = PersonOption(kind=PartyKind.GUARDIAN, id=guardian.id, name=name, detail=detail)
                if pupil.id in pupil_ids and guardian.id not in first:
                    first.append(guardian.id)
            ordered = [options[g] for g in first] + [o for g, o in options.items() if g not in first]
            return ordered[:limit]

    def search_staff(self, actor: Actor, school_id: int, text: str = "", limit: int = 50) -> list[PersonOption]:
        require(actor, Permission.WRITE_INCIDENTS, school_id)
        needle = fold(text.strip())
        with self._store.transaction() as s:
            rows = s.scalars(select(StaffMember).where(or_(StaffMember.school_id == school_id,
                                                           StaffMember.school_id.is_(None)))
                             .order_by(StaffMember.sort_name))
            return [PersonOption(kind=PartyKind.STAFF, id=m.id, name=staff_name(m), detail=m.function)
                    for m in rows if _matches(needle, staff_name(m), m.function)][:limit]
