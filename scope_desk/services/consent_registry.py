"""Read side of the registry: pupils × categories, counts per class, a pupil's history. SQL does the work."""

from __future__ import annotations

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from scope_desk.models.consent import ConsentCategory, ConsentDecision, ConsentRound
from scope_desk.models.school import Enrolment, Guardian, Pupil, PupilGuardian, SchoolClass, SchoolYear
from scope_desk.naming import full_name
from scope_desk.services.consent_state import current_cells, ranks_subquery
from scope_desk.services.consent_types import (
    NOT_RETURNED_CELL, RESTRICTIVENESS, ClassCounts, ClassView, ConsentState, GuardianView, HistoryEntry,
    RegistryRow, RoundView,
)


def round_pupils(r: RoundView | ConsentRound, class_id: int | None = None, include_left: bool = False):
    """SELECT pupil_id of the pupils enrolled in the round's school and year (optionally one class)."""
    q = (
        select(Enrolment.pupil_id)
        .join(SchoolClass, SchoolClass.id == Enrolment.class_id)
        .where(SchoolClass.school_id == r.school_id, Enrolment.school_year_id == r.school_year_id)
    )
    if class_id is not None:
        q = q.where(Enrolment.class_id == class_id)
    if not include_left:
        q = q.join(Pupil, Pupil.id == Enrolment.pupil_id).where(Pupil.left_on.is_(None))
    return q


def registry_rows(s: Session, r: RoundView, class_ids: set[int] | None, include_left: bool = False) -> tuple[RegistryRow, ...]:
    """Rows sorted by class name, then Dutch sort name. ``class_ids`` None = the whole school."""
    q = (
        select(Pupil.id, Pupil.leerlingnummer, Pupil.first_name, Pupil.tussenvoegsel, Pupil.surname, Pupil.sort_name,
               Pupil.birth_date, Pupil.left_on, SchoolClass.id.label("class_id"), SchoolClass.name.label("class_name"))
        .join(Enrolment, Enrolment.pupil_id == Pupil.id)
        .join(SchoolClass, SchoolClass.id == Enrolment.class_id)
        .where(SchoolClass.school_id == r.school_id, Enrolment.school_year_id == r.school_year_id)
        .order_by(SchoolClass.name, Pupil.sort_name, Pupil.id)
    )
    pupil_ids = round_pupils(r, include_left=include_left)
    if class_ids is not None:
        q = q.where(SchoolClass.id.in_(class_ids))
        pupil_ids = pupil_ids.where(Enrolment.class_id.in_(class_ids))
    if not include_left:
        q = q.where(Pupil.left_on.is_(None))
    category_ids = [c.id for c in r.categories]
    cells = current_cells(s, category_ids, pupil_ids)
    return tuple(
        RegistryRow(
            pupil_id=p.id, leerlingnummer=p.leerlingnummer, first_name=p.first_name, tussenvoegsel=p.tussenvoegsel,
            surname=p.surname, sort_name=p.sort_name, class_id=p.class_id, class_name=p.class_name,
            birth_date=p.birth_date, left_on=p.left_on,
            cells=tuple(cells.get((p.id, cid), NOT_RETURNED_CELL) for cid in category_ids),
        )
        for p in s.execute(q)
    )


def classes_of(s: Session, school_id: int, school_year_id: int, class_ids: set[int] | None = None) -> tuple[ClassView, ...]:
    # Count only this school's classes of this year (found through ix_classes_school_id and
    # ix_enrolments_class); unrestricted, this scanned every enrolment of the store (19 ms at 50,000).
    counts = (
        select(Enrolment.class_id, func.count(Enrolment.id).label("n"))
        .join(SchoolClass, SchoolClass.id == Enrolment.class_id)
        .join(Pupil, Pupil.id == Enrolment.pupil_id)
        .where(Pupil.left_on.is_(None), SchoolClass.school_id == school_id, SchoolClass.school_year_id == school_year_id)
        .group_by(Enrolment.class_id)
    )
    if class_ids is not None:
        counts = counts.where(Enrolment.class_id.in_(class_ids))
    counts = counts.subquery()
    q = (
        select(SchoolClass.id, SchoolClass.name, SchoolClass.grades, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.class_id == SchoolClass.id)
        .where(SchoolClass.school_id == school_id, SchoolClass.school_year_id == school_year_id)
        .order_by(SchoolClass.name)
    )
    if class_ids is not None:
        q = q.where(SchoolClass.id.in_(class_ids))
    return tuple(ClassView(id=i, name=n, grades=g, pupil_count=c) for i, n, g, c in s.execute(q))


def class_counts(s: Session, r: RoundView, class_ids: set[int] | None = None) -> tuple[ClassCounts, ...]:
    """Per class: pupils, returned, nothing returned, any refusal, disputed, refusals per category — in SQL."""
    category_ids = [c.id for c in r.categories]
    classes = classes_of(s, r.school_id, r.school_year_id, class_ids)
    if not classes:
        return ()
    pupils = round_pupils(r)
    if class_ids is not None:
        pupils = pupils.where(Enrolment.class_id.in_(class_ids))
    ranked = ranks_subquery(category_ids, pupils) if category_ids else None
    per_pupil = {}
    per_cat: dict[tuple[int, int], int] = {}
    if ranked is not None:
        restrictive = RESTRICTIVENESS[ConsentState.REFUSED]
        pupil_agg = (
            select(ranked.c.pupil_id, func.max(ranked.c.rank).label("top"), func.max(ranked.c.disputed).label("disputed"))
            .group_by(ranked.c.pupil_id).subquery()
        )
        q = (
            select(Enrolment.class_id,
                   func.sum(case((pupil_agg.c.top > 0, 1), else_=0)),
                   func.sum(case((pupil_agg.c.top >= restrictive, 1), else_=0)),
                   func.sum(pupil_agg.c.disputed))
            .join(pupil_agg, pupil_agg.c.pupil_id == Enrolment.pupil_id)
            .where(Enrolment.school_year_id == r.school_year_id)
            .group_by(Enrolment.class_id)
        )
        per_pupil = {cid: (int(a or 0), int(b or 0), int(c or 0)) for cid, a, b, c in s.execute(q)}
        q2 = (
            select(Enrolment.class_id, ranked.c.category_id, func.count())
            .join(ranked, ranked.c.pupil_id == Enrolment.pupil_id)
            .where(Enrolment.school_year_id == r.school_year_id, ranked.c.rank >= restrictive)
            .group_by(Enrolment.class_id, ranked.c.category_id)
        )
        per_cat = {(cid, cat): int(n) for cid, cat, n in s.execute(q2)}
    out = []
    for c in classes:
        returned, refusing, disputed = per_pupil.get(c.id, (0, 0, 0))
        out.append(ClassCounts(
            class_id=c.id, class_name=c.name, pupils=c.pupil_count, returned=returned,
            not_returned=c.pupil_count - returned, any_refusal=refusing, disputed=disputed,
            refused_per_category=tuple(per_cat.get((c.id, cat), 0) for cat in category_ids),
        ))
    return tuple(out)


def counts_of_rows(rows: tuple[RegistryRow, ...], classes: tuple[ClassView, ...], categories: int) -> tuple[ClassCounts, ...]:
    """The same figures as ``class_counts``, from registry rows already read (current pupils only):
    switching class then needs no second pass over the decisions."""
    out = []
    for c in classes:
        mine = [r for r in rows if r.class_id == c.id]
        refused = [sum(1 for r in mine if r.cells[i].state in (ConsentState.REFUSED, ConsentState.WITHDRAWN))
                   for i in range(categories)]
        returned = sum(1 for r in mine if not r.nothing_returned)
        out.append(ClassCounts(
            class_id=c.id, class_name=c.name, pupils=len(mine), returned=returned, not_returned=len(mine) - returned,
            any_refusal=sum(1 for r in mine if r.any_refusal), disputed=sum(1 for r in mine if r.disputed),
            refused_per_category=tuple(refused),
        ))
    return tuple(out)


def guardians_of(s: Session, pupil_id: int) -> tuple[GuardianView, ...]:
    q = (
        select(Guardian, PupilGuardian.has_parental_authority, PupilGuardian.position)
        .join(PupilGuardian, PupilGuardian.guardian_id == Guardian.id)
        .where(PupilGuardian.pupil_id == pupil_id)
        .order_by(PupilGuardian.position, Guardian.id)
    )
    return tuple(
        GuardianView(id=g.id, name=full_name(g.first_name or g.initials, g.tussenvoegsel, g.surname),
                     has_parental_authority=bool(auth), position=pos, email=g.email)
        for g, auth, pos in s.execute(q)
    )


def history_of(s: Session, pupil_id: int) -> tuple[HistoryEntry, ...]:
    """Every decision event of one pupil, newest first, over all years."""
    q = (
        select(ConsentDecision, ConsentCategory.label, SchoolYear.label.label("year"), Guardian.first_name,
               Guardian.initials, Guardian.tussenvoegsel, Guardian.surname, PupilGuardian.has_parental_authority)
        .join(ConsentCategory, ConsentCategory.id == ConsentDecision.category_id)
        .join(ConsentRound, ConsentRound.id == ConsentCategory.round_id)
        .join(SchoolYear, SchoolYear.id == ConsentRound.school_year_id)
        .outerjoin(Guardian, Guardian.id == ConsentDecision.given_by_guardian_id)
        .outerjoin(PupilGuardian, and_(PupilGuardian.pupil_id == ConsentDecision.pupil_id,
                                       PupilGuardian.guardian_id == ConsentDecision.given_by_guardian_id))
        .where(ConsentDecision.pupil_id == pupil_id)
        .order_by(ConsentDecision.id.desc())
    )
    out = []
    for d, cat_label, year, g_first, g_init, g_tv, g_sur, authority in s.execute(q):
        given_by = "leerling zelf" if d.given_by_pupil else (full_name(g_first or g_init or "", g_tv or "", g_sur) if g_sur else "")
        out.append(HistoryEntry(
            id=d.id, category_id=d.category_id, category_label=cat_label, year_label=year, state=d.state,
            decided_on=d.decided_on, received_via=d.received_via, given_by=given_by, recorded_by=d.recorded_by_name,
            recorded_at=d.recorded_at, carried_over=d.carried_over, note=d.note,
            counts=d.given_by_guardian_id is None or bool(authority),
        ))
    return tuple(out)


def guardian_links(s: Session, pupil_ids: set[int]) -> set[tuple[int, int]]:
    if not pupil_ids:
        return set()
    q = select(PupilGuardian.pupil_id, PupilGuardian.guardian_id).where(PupilGuardian.pupil_id.in_(pupil_ids))
    return {(p, g) for p, g in s.execute(q)}

